"""The weak-evidence registry on sentences of other writers (bench/data/health_pages rows;
figures per labelling round in bench/README.md). In-process, the blank pipeline."""

from __future__ import annotations

import pytest


def test_unsettled_questions_of_the_rubric_are_weak_topics(topics_of):
    # Wikipedia (CC BY-SA) and a supplement magazine, both labelled weak by their labellers.
    ageing, decline = topics_of(
        "It is unclear if the use of testosterone for low levels due to aging is beneficial "
        "or harmful.",
        "By some estimates, sperm counts around the world may have dropped by 50% since the "
        "1930s.")
    assert ageing == ["testosterone-therapy-ageing"]
    assert decline == ["secular-decline"]


def test_an_effect_on_sperm_count_or_trt_for_low_testosterone_is_not_those_topics(topics_of):
    effect, mainstream = topics_of(
        "Exogenous testosterone lowers sperm count in most men.",
        "TRT improves libido in men with low testosterone.")
    assert effect == [] and mainstream == []


def test_an_approval_history_touches_no_topic_but_a_lack_of_approval_does(topics_of):
    # spandidos-publications.com (CC BY; "in older men" added so that, but for its approval
    # history, the sentence would be on a topic), labelled not weak; summithealthlv.com,
    # labelled weak.
    history, missing = topics_of(
        "Testosterone replacement treatment (TRT) was first approved in 1972 by the U.S. Food "
        "and Drug Administration as a treatment for the symptoms of male hypogonadism in older "
        "men.",
        "Important: BPC-157 is not FDA-approved, and human clinical research is limited.")
    assert history == []
    assert "peptides-wellbeing" in missing
    unapproved, = topics_of("Testosterone replacement treatment (TRT) is prescribed for the "
                            "symptoms of male hypogonadism in older men.")
    assert unapproved == ["testosterone-therapy-ageing"]


def test_a_statement_of_the_evidence_for_a_peptide_is_on_its_topic(topics_of):
    # zyndio.com and testosterone-dr.com (round 8), both labelled weak; the sermorelin
    # sentence names its subject only through the drug knowledge base's GHRH analogues.
    trial, approval, research = topics_of(
        "Some peptides (tesamorelin, GLP-1 receptor agonists) have robust randomized "
        "clinical trial evidence in specific patient populations.",
        "Some (sermorelin) have older approval data plus subsequent off-label clinical use.",
        "Scientists synthesized a stable version — BPC-157 — for research purposes.")
    assert "peptides-wellbeing" in trial and "peptides-wellbeing" in approval
    assert research == []  # research as a use ("research peptides") is no evidence talk


def test_knowledge_base_members_of_a_named_class_are_subjects():
    from lint.annotate.evidence import load_topics
    from lint.sources.drugs import load_knowledge

    subjects = {s.lower() for s in load_topics()["peptides-repair"]["subjects"]}
    members = {d.name.lower() for d in load_knowledge().members("gh_secretagogue")}
    assert "ibutamoren" in subjects and members <= subjects


def test_an_unknown_knowledge_class_is_a_clear_error(tmp_path):
    from lint.annotate.evidence import load_topics

    extra = tmp_path / "topics.yaml"
    extra.write_text("topics:\n  - {id: x, label: x, level: low, subjects: [a], "
                     "outcomes: [b], knowledge_classes: [no_such_class]}\n")
    with pytest.raises(ValueError, match="topic 'x'.*no_such_class"):
        load_topics(str(extra))


def test_growth_hormone_on_body_composition_is_weak_but_its_secretion_is_not(topics_of):
    # steelhealthandhormonescentre.com (round 5), labelled weak.
    effect, secretion = topics_of(
        "This decrease in HGH can lead to an increase in fat mass, a decrease in muscle mass, "
        "and poor sleep quality.",
        "Growth hormone is released by the pituitary gland in pulses, mostly during sleep.")
    assert effect == ["gh-wellbeing"] and secretion == []


def test_a_sentence_naming_no_subject_goes_on_about_the_one_before(topics_of):
    # tga.gov.au (CC BY 4.0, round 6): the second sentence is labelled weak.
    _, risks = topics_of(
        "There is also limited information on how SARMs interact with other medications or "
        "conditions.",
        "Because there is little clinical information about the use of these substances in "
        "humans, they may have other unknown health risks.")
    assert risks == ["sarms"]


def test_a_sentence_opening_with_an_outcome_is_about_the_outcome(topics_of):
    # link.springer.com (CC BY 4.0) and intechopen.com (CC BY 3.0), both labelled not weak
    # (the second is physiology, not a lifestyle claim).
    lifestyle, physiology, after = topics_of(
        "Lifestyle interventions can result in similar outcomes to those of TRT.",
        "Testosterone affects several organs and is especially active on the erectile tissue.",
        "Testosterone affects several organs and is especially active on the erectile tissue.")
    assert lifestyle == [] and physiology == [] and after == []


def test_a_projects_own_drug_file_adds_subjects_to_the_classes_a_topic_names(project):
    # Anamorelin, a ghrelin-receptor agonist, is not in the packaged knowledge base: put in
    # the growth hormone secretagogues by the project's own drug file, it is their subject.
    project.write("drugs.yaml", """
        drugs:
          - names: [anamorelin]
            class: gh_secretagogue
            sources: [our pharmacist's note]
    """)
    project.write("content/a.md", "Anamorelin restores sperm production in men.\n")
    packaged = project.run(use_baseline=False, select=["EVD001"])
    assert [d.code for d in packaged.diagnostics] == []
    project.write("pyproject.toml", """
        [tool.content-lint]
        paths = ["content"]
        drug-knowledge = "drugs.yaml"
    """)
    own = project.run(use_baseline=False, select=["EVD001"])
    assert [d.code for d in own.diagnostics] == ["EVD001"]


def test_a_pronoun_after_a_short_fronted_phrase_is_the_subject(topics_of):
    # buyipamorelin.com (round 9), labelled weak: "it" is the fourth word, after "Outside
    # labs,", and is still the subject (ipamorelin) the sentence is about.
    _, promoted = topics_of(
        "Ipamorelin is a research peptide.",
        "Outside labs, it is promoted for sleep, recovery, and body composition — claims "
        "that rest on mechanism and short animal studies, not on finished human trials.")
    assert "peptides-wellbeing" in promoted


def test_a_definite_description_names_the_subject_again(topics_of):
    # bodyhandbook.com (round 9), labelled weak: "the compound" is tongkat ali, named three
    # sentences before; an indefinite "a compound" refers to nothing.
    *_, definite = topics_of(
        "Tongkat ali is a root extract sold as a capsule.",
        "Cost is modest, and effort is one capsule daily.",
        "The active ingredients are a class called quassinoids.",
        "The picture from cell studies goes like this: the compound nudges the testes to make "
        "a bit more testosterone.")
    *_, indefinite = topics_of(
        "Tongkat ali is a root extract sold as a capsule.",
        "Cost is modest, and effort is one capsule daily.",
        "The active ingredients are a class called quassinoids.",
        "In one study, a compound nudged the testes to make a bit more testosterone.")
    assert "lifestyle-testosterone" in definite and indefinite == []


# After medx.it.com (round 10), labelled weak: "Therapy results unfold ... with early changes
# typically seen in improved sleep and energy" under the page's title "Understanding
# Sermorelin: ..." (written here without its qualifier "typically", and with outcomes that
# no lifestyle subject spells: "sleep" is one).
_UNDER_A_TITLE = ("Therapy results unfold over several weeks, with early changes in energy "
                  "and body composition.\n")


def test_a_claim_naming_no_subject_takes_the_subject_of_the_heading_above_it(project):
    project.write("content/a.md", "# Understanding Sermorelin\n\n## What to expect\n\n"
                  + _UNDER_A_TITLE)
    titled = project.run(use_baseline=False, select=["EVD001"])
    assert [d.code for d in titled.diagnostics] == ["EVD001"]
    # The same sentence under headings that name no subject touches no topic.
    project.write("content/a.md", "# Understanding your hormones\n\n## What to expect\n\n"
                  + _UNDER_A_TITLE)
    untitled = project.run(use_baseline=False, select=["EVD001"])
    assert [d.code for d in untitled.diagnostics] == []


def test_the_front_matter_title_names_the_subject_of_a_page_without_headings(project):
    project.write("content/a.md", "---\ntitle: Sermorelin for men\n---\n\n" + _UNDER_A_TITLE)
    found = project.run(use_baseline=False, select=["EVD001"])
    assert [d.code for d in found.diagnostics] == ["EVD001"]


def test_a_heading_gives_no_subject_to_a_sentence_that_opens_with_its_outcome(project):
    # "Energy and body composition change ..." is about the outcome itself.
    project.write("content/a.md", "# Understanding Sermorelin\n\n"
                  "Energy and body composition change with age.\n")
    found = project.run(use_baseline=False, select=["EVD001"])
    assert [d.code for d in found.diagnostics] == []


def test_what_is_said_of_the_evidence_for_a_testosterone_booster_is_on_its_topic(topics_of):
    # examine.com (round 12), the third sentence labelled weak; NCCIH (public domain),
    # labelled not weak: the evidence for supplements at large is mainstream nutrition.
    _, _, scant = topics_of(
        "Tongkat ali (Eurycoma longifolia), also known as longjack or Malaysian ginseng "
        "(unrelated to Panax ginseng), is an herb from Southeast Asia.",
        "The extract of the roots of the plant has been traditionally used to enhance "
        "testosterone levels in men, though it has also been proposed to be able to reduce "
        "blood pressure, fever, and fatigue.",
        "Unfortunately, there’s scant evidence to support these effects.")
    assert scant == ["testosterone-boosters-evidence"]
    varies, = topics_of("The amount of scientific evidence we have on dietary supplements "
                        "varies widely—we have a lot of information on some and very little "
                        "on others.")
    assert varies == []


def test_a_subject_and_an_outcome_listed_side_by_side_are_no_claim_on_the_topic(topics_of):
    # mynuceria.com (round 12), labelled not weak; beinghealthiest.com (round 1), labelled
    # weak: the same lifestyle subject acting on the outcome.
    listed, = topics_of("A review of sleep, medications, fertility goals, and cardiovascular "
                        "risk.")
    assert listed == []
    acts, = topics_of("Exercise not only improves your psychical performance but also raise "
                      "your testosterone levels.")
    assert acts == ["lifestyle-testosterone"]


def test_a_definition_of_a_condition_takes_no_subject_from_the_sentence_before(topics_of):
    # herbalgram.org (round 12): after the reference of the meta-analysis, its first sentence
    # defines hypogonadism, labelled not weak (before, it took tongkat ali from the line before).
    _, defined = topics_of(
        "Eurycoma longifolia (Jack) improves serum total testosterone in men.",
        "Hypogonadism in males is a condition characterized by reduced libido, erectile "
        "dysfunction, infertility, obesity, reduced lean body mass, fatigue, and depression.")
    assert defined == []
