"""CIT001 in scholarly writing reads a claim where it stands (lint/annotate/in_context.py).

The sentences are from "Opportunities and obstacles for deep learning in biology and
medicine" (greenelab/deep-review, CC BY 4.0), its citations shortened to one key; in
the review the "However ..." sentence and the uncited paragraph are left uncited by
its authors, and "It can be trivial ..." is cited."""

from __future__ import annotations

PRIVACY = """
    ## Data sharing

    Federated learning and secure aggregations are complementary approaches that
    reinforce differential privacy [@k2020].
    Both aim to maintain privacy by training deep learning models from decentralized data
    sources such as personal mobile devices without transferring actual training instances.
    However, the training process in these approaches places constraints on the algorithms
    used and can make fitting a model substantially more challenging.
    It can be trivial to train a model without differential privacy, but quite difficult
    to train one within the differential privacy framework.

    ## Outlook

    Technical evolution in EHRs and data standards will doubtless ease the problems of
    data sharing and merging.
    Those applying deep learning to the domain should consider the potential of
    inadvertently disclosing the participants' identities.
"""

HOWEVER = ("However, the training process in these approaches places constraints on the "
           "algorithms used and can make fitting a model substantially more challenging.")
TRIVIAL = ("It can be trivial to train a model without differential privacy, but quite "
           "difficult to train one within the differential privacy framework.")


def _check(project, markdown: str, genre: str = "scholarly"):
    return project.run_paper(markdown, genre)


def _annotations(result):
    return {" ".join(s.text.split()): s.annotations for d in result.documents
            for s in d.sentences}


def test_each_cue_is_named_with_its_weight_in_the_reasons(project):
    found = _annotations(_check(project, PRIVACY))
    framing = found[HOWEVER].in_context
    assert set(framing.cues) == {"paragraph cites", "contrast opener"}
    assert "opens its paragraph" not in framing.cues
    assert any(r.startswith("it opens with a contrast") and r.endswith(")")
               for r in framing.reasons)
    outlook = found["Technical evolution in EHRs and data standards will doubtless ease the "
                    "problems of data sharing and merging."].in_context
    assert {"section cites nothing", "opens its paragraph", "speculation"} <= set(outlook.cues)
    assert "paragraph cites" not in outlook.cues
    assert found[TRIVIAL].in_context.cues[0] == "paragraph cites"


def test_a_cited_sentence_carries_no_in_context_judgment(project):
    found = _annotations(_check(project, PRIVACY))
    assert found["Federated learning and secure aggregations are complementary approaches "
                 "that reinforce differential privacy."].in_context is None


def test_where_it_stands_moves_the_claim_score_both_ways(project):
    found = _annotations(_check(project, PRIVACY))
    framing = found[HOWEVER]
    assert framing.in_context.score < framing.claim.score
    follows = found[TRIVIAL]
    assert "follows a cited sentence" not in follows.in_context.cues  # "However" came between


CATEGORIZATION = """
    ## Deep learning and patient categorization

    Once diagnosed with a disease, an individual might be assigned a stage based on another
    set of human-defined rules.

    Deep learning methods applied to a large corpus of patient phenotypes may provide a
    meaningful and more data-driven approach to patient categorization.
    Perhaps deep neural networks, by reevaluating data without the context of our
    assumptions, can reveal novel classes of treatable conditions.

    ### Imaging applications in healthcare

    Data augmentation provides an effective strategy for working with small training sets.
    The practice is exemplified by a series of papers that analyze images from mammographies
    [@k2020].
    To expand the number and diversity of images, researchers constructed adversarial or
    augmented examples.
"""


def test_cit001_leaves_the_authors_outlook_and_reports_what_the_citations_around_call_for(
        project):
    """The review's authors cited none of the outlook and did cite "To expand ...": alone,
    the scorer has the outlook as claims and "To expand ..." at its edge."""
    result = _check(project, CATEGORIZATION)
    found = _annotations(result)
    findings = [d for d in result.diagnostics if d.code == "CIT001"]
    reported = {" ".join(d.context.split()) for d in findings}
    outlook = [text for text in found if text.startswith(("Once", "Deep learning methods",
                                                          "Perhaps"))]
    assert len(outlook) == 3
    for text in outlook:
        assert found[text].claim.score >= 0.5 and text not in reported
        assert "section cites nothing" in found[text].in_context.cues
    expand = ("To expand the number and diversity of images, researchers constructed "
              "adversarial or augmented examples.")
    judged = found[expand]
    assert judged.in_context.score > judged.claim.score and expand in reported
    message = next(d.message for d in findings if d.context.startswith("To expand"))
    assert "where it stands: another sentence of its paragraph is cited (+" in message


def test_a_document_that_cites_nothing_is_read_sentence_by_sentence(project):
    """A draft before its sources: no citation to stand near, no section that cites less."""
    found = _annotations(_check(project, PRIVACY.replace(" [@k2020]", "")))
    assert found[HOWEVER].claim is not None
    assert all(a.in_context is None for a in found.values())


def test_health_pages_are_read_sentence_by_sentence(project):
    found = _annotations(_check(project, PRIVACY, genre="health"))
    assert all(a.in_context is None for a in found.values())


# Session 7 cues, on sentences of "Context-Adaptive Inference: A Unified Statistical and
# Foundation-Model View" (AdaptInfer/context-review, CC BY 4.0, a dev manuscript), citations
# shortened to one key. Its authors cited "Guo et al. jointly estimate ..." and "Extending
# this mechanistic line ..."; they left "In this section ..." and "Such implicit ..." uncited.
ADAPTIVITY = """
    ## Sharing across groups

    Most of the graph estimators above use regularizers to enforce graph structure.
    A direct extension is to regularize networks across groups, which couples the estimation
    tasks and enables information sharing.
    Guo et al. jointly estimate several graphical models, encouraging sparsity within each
    while borrowing strength across related groups, and the Joint Graphical Lasso balances
    shared structure against group-specific edges across populations.
    Bayesian formulations achieve the same pooling through priors rather than penalties
    [@k2020].

    ## Implicit adaptivity

    In this section, we offer a systematic review of the mechanisms underlying implicit
    adaptation.

    These specialized heads are hypothesized to form circuits that can scan the context for
    repeated patterns and then copy or complete them [@k2020].
    Extending this mechanistic line, Dherin et al. (2025) demonstrate that stacking
    self-attention and MLP layers allows transformers to implicitly update internal
    representations during a single forward pass.
    Such implicit internal updates offer a concrete mechanistic account of how
    context-dependent behavior arises.
"""

GUO = ("Guo et al. jointly estimate several graphical models, encouraging sparsity within "
       "each while borrowing strength across related groups, and the Joint Graphical Lasso "
       "balances shared structure against group-specific edges across populations.")
THIS_SECTION = ("In this section, we offer a systematic review of the mechanisms underlying "
                "implicit adaptation.")
DHERIN = ("Extending this mechanistic line, Dherin et al. (2025) demonstrate that stacking "
          "self-attention and MLP layers allows transformers to implicitly update internal "
          "representations during a single forward pass.")
SUCH = ("Such implicit internal updates offer a concrete mechanistic account of how "
        "context-dependent behavior arises.")


def test_the_words_of_a_source_s_report_raise_and_the_authors_pointers_lower(project):
    found = _annotations(_check(project, ADAPTIVITY))
    guo = found[GUO].in_context
    assert {"names authors", "paragraph cites"} <= set(guo.cues)
    assert "long sentence" not in guo.cues  # 31 words: "long" is more than 35
    dherin = found[DHERIN].in_context
    assert {"names authors", "first mention", "follows a cited sentence"} <= set(dherin.cues)
    assert "reports a finding" not in dherin.cues  # "demonstrate": a present, not a report
    assert "points back" in found[SUCH].in_context.cues
    assert "points at the manuscript" in found[THIS_SECTION].in_context.cues
    for text in (GUO, DHERIN):
        judged = found[text]
        assert judged.in_context.score > judged.claim.score, text
    # The pointers lower the score by their own (negative) weights, named in the reasons;
    # compared with the claim score alone the bias and the section's share move it too.
    for text, reason in ((SUCH, "it opens by pointing back"),
                         (THIS_SECTION, "it points at the manuscript itself")):
        named = next(r for r in found[text].in_context.reasons if r.startswith(reason))
        assert "(-" in named, named


def test_the_share_of_its_section_cited_is_graded_and_named(project):
    found = _annotations(_check(project, ADAPTIVITY))
    # One of the three other sentences of "Implicit adaptivity" carries a citation (its
    # heading is no sentence of it).
    such = found[SUCH].in_context
    assert such.section_share == round(1 / 3, 4)
    assert any(r.startswith("33% of the other sentences of its section are cited (+")
               for r in such.reasons)
    # Of "Sharing across groups", one of the three others.
    assert found[GUO].in_context.section_share == round(1 / 3, 4)


def test_cit001_reports_the_named_study_and_leaves_the_authors_signposts(project):
    result = _check(project, ADAPTIVITY)
    reported = {" ".join(d.context.split()) for d in result.diagnostics if d.code == "CIT001"}
    assert GUO in reported and DHERIN in reported
    assert THIS_SECTION not in reported and SUCH not in reported
    message = next(d.message for d in result.diagnostics
                   if d.code == "CIT001" and d.context.startswith("Guo"))
    assert "it names a study's authors (\"et al.\") (+" in message


def test_a_table_of_salt_is_a_word_for_the_figure_cue_but_not_the_own_work_one(project):
    """`points at a figure` reads words, not references: it lowers "Table salt ..." a
    little (fitted so), while own work, which needs a numbered reference, leaves it."""
    found = _annotations(_check(project, """
        ## Diet

        Sodium intake is high in most countries [@k2020].
        Table salt raises blood pressure in most adults.
    """))
    salt = found["Table salt raises blood pressure in most adults."]
    assert "points at a figure" in salt.in_context.cues and salt.own_work is None


# Session 8 cues, on a paragraph of "Tools for (better) computational biology"
# (computer-aided-biotech/better-cb, CC BY 4.0, a dev manuscript), citations shortened to one
# key. Its authors cited every sentence but the paragraph's general opening.
SHARE_DATA = """
    ## Share data

    The practices of sharing data are similar to sharing code: we should store our datasets,
    and any changes to them, in a repository and ensure it complies with standards by
    testing its quality.
    The main set of guidelines that represent these criteria was outlined in what is known
    as the FAIR principles [@k2020].
    Tools like FAIRshake can be used to determine if data fits FAIR criteria.
    Common options for this goal are Dash for Python, R, and Julia, and Shiny for R.

    ## Deep learning

    Python can be used to write and train deep-learning models with TensorFlow or PyTorch
    libraries [@k2020].
    Additionally, take advantage of tools such as TensorBoard to diagnose, visualize, and
    experiment with your models.
"""

PRACTICES = ("The practices of sharing data are similar to sharing code: we should store our "
             "datasets, and any changes to them, in a repository and ensure it complies with "
             "standards by testing its quality.")
FAIRSHAKE = "Tools like FAIRshake can be used to determine if data fits FAIR criteria."
DASH = "Common options for this goal are Dash for Python, R, and Julia, and Shiny for R."
TENSORBOARD = ("Additionally, take advantage of tools such as TensorBoard to diagnose, visualize, "
               "and experiment with your models.")


def test_a_sentence_that_names_something_needs_its_source_and_a_field_statement_less(
        project):
    result = _check(project, SHARE_DATA)
    found = _annotations(result)
    for named in (FAIRSHAKE, DASH, TENSORBOARD):
        assert "first mention" in found[named].in_context.cues, named
    assert "proper noun" in found[DASH].in_context.cues
    general = found[PRACTICES].in_context.cues
    assert not {"first mention", "proper noun"} & set(general)
    reported = {" ".join(d.context.split()) for d in result.diagnostics if d.code == "CIT001"}
    assert {FAIRSHAKE, DASH, TENSORBOARD} <= reported and PRACTICES not in reported
    message = next(d.message for d in result.diagnostics
                   if d.code == "CIT001" and d.context.startswith("Additionally, take"))
    assert "it names something its section has not named before" in message


def test_a_name_its_section_has_met_before_is_no_first_mention(project):
    found = _annotations(_check(project, """
        ## Tools

        FAIRshake scores datasets against the FAIR criteria [@k2020].
        FAIRshake reports each score on a public page.

        ## Elsewhere

        FAIRshake runs in a browser.
    """))
    assert "first mention" not in found["FAIRshake reports each score on a public page."
                                       ].in_context.cues
    # Met in another section only: a first mention there.
    assert "first mention" in found["FAIRshake runs in a browser."].in_context.cues


# The text's own habits of citing (session 11): its authors cite what the convolutional
# networks of others do and not what their own pipeline does.
HABITS = """
    ## Models

    Convolutional networks classify skin lesions as well as dermatologists [@k2020].
    Convolutional networks also detect diabetic retinopathy in fundus photographs [@k2020].
    Convolutional networks segment tumours in magnetic resonance images [@k2020].
    Recurrent networks model clinical time series from health records [@k2020].
    Recurrent networks predict the onset of heart failure from visit sequences [@k2020].
    Convolutional networks predict protein binding from sequence alone.

    ## Our pipeline

    Our pipeline trains every model on the same cohort split.
    Our pipeline reports the mean of five runs.
    Our pipeline stores every prediction with its model version.
"""
BINDING = "Convolutional networks predict protein binding from sequence alone."
RUNS = "Our pipeline reports the mean of five runs."


def test_the_text_s_word_prior_reads_what_its_authors_cite(project):
    found = _annotations(_check(project, HABITS))
    binding, runs = found[BINDING].in_context, found[RUNS].in_context
    assert binding.words_cited > 0 > runs.words_cited
    assert any(r.startswith("the text's sentences that share its words are cited more often")
               for r in binding.reasons)
    assert any(r.startswith("the text's sentences that share its words are cited less often")
               for r in runs.reasons)


def test_a_text_with_few_citations_teaches_no_word_prior(project):
    """Four cited sentences are too few to learn the text's habits from."""
    fewer = HABITS.replace("as well as dermatologists [@k2020]", "as well as dermatologists")
    found = _annotations(_check(project, fewer))
    assert found[BINDING].in_context.words_cited == 0
    assert not any("share its words" in r for r in found[BINDING].in_context.reasons)


def test_a_manuscript_s_word_prior_is_read_over_all_its_chapters(project):
    """A Manubot manuscript is one text: the second chapter, with one citation of its own,
    learns from the first chapter's."""
    models, pipeline = HABITS.split("    ## Our pipeline")
    second = f"""    ## Our pipeline{pipeline}
    {BINDING}
    Attention layers weigh distant residues [@k2020].
    """
    project.write("content/metadata.yaml", "title: Habits\n")
    project.write("content/01.models.md", models.replace(BINDING, ""))
    project.write("content/02.pipeline.md", second)
    project.write("references.bib",
                  "@article{k2020, author = {A, B}, title = {T}, journal = {J}, year = {2020}}\n")
    project.write("pyproject.toml", """
        [tool.content-lint]
        paths = ["content"]
        bibliography = "references.bib"
        genre = "scholarly"
    """)
    found = _annotations(project.run(use_baseline=False))
    assert found[BINDING].in_context.words_cited > 0
    # Read alone, the chapter cites once: too few to learn from.
    for name in ("metadata.yaml", "01.models.md", "02.pipeline.md"):
        (project.root / "content" / name).unlink()
    alone = _annotations(_check(project, second))
    assert alone[BINDING].in_context.words_cited == 0
