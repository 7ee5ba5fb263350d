"""The learned claim scorer: shipped weights, explanations, the genre setting, and floors
on labelled text that is not the article (bench/data; figures in bench/README.md)."""

from __future__ import annotations

import json
import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
import eval_claims  # noqa: E402

MODEL = REPO / "lint" / "data" / "claim_model.json"


def test_the_shipped_model_is_small_and_says_what_trained_it():
    spec = json.loads(MODEL.read_text("utf-8"))
    assert MODEL.stat().st_size < 400_000
    assert set(spec["profiles"]) == {"health", "scholarly"}
    for profile in spec["profiles"].values():
        assert profile["weights"] and isinstance(profile["threshold"], float)
    trained_on = " ".join(spec["info"]["train_sentences"])
    assert "CC BY" in trained_on and "own labels" in trained_on


def test_classify_names_the_features_that_drove_the_score(project):
    result = project.cli("classify", "claims", "-",
                         stdin="Anastrozole lowers estradiol in men.\n"
                               "If you have prediabetes, now is your time to take action.\n"
                               "Talk to your doctor about your options today.\n")
    assert result.returncode == 0, result.stderr
    claim, other, action = [json.loads(line) for line in result.stdout.splitlines()]
    # A call to action is recognised before the model (claims.yaml, not_claims), by name.
    assert action["label"] == 0 and not action["features"]
    assert "not a claim: a call to action: 'Talk'" in action["reasons"]
    assert claim["label"] == 1 and claim["features"]
    assert any("for a claim (health model)" in r for r in claim["reasons"])
    assert other["label"] == 0
    assert any("against a claim (health model)" in r for r in other["reasons"])
    assert all(weight < 0 for weight in other["features"].values())


def test_the_genre_chooses_the_profile(project):
    # (Not a methods sentence: on health pages "We recruited ..." is a study's method, set
    # aside before the model by claims.yaml's not_claims.)
    text = "Exogenous testosterone suppresses spermatogenesis in most men.\n"
    default = project.cli("classify", "claims", "-", stdin=text)
    scholarly = project.cli("classify", "claims", "--genre", "scholarly", "-", stdin=text)
    assert "(health model)" in default.stdout and "(scholarly model)" in scholarly.stdout
    project.write("pyproject.toml", """
        [tool.content-lint]
        paths = ["content"]
        genre = "scholarly"
    """)
    configured = project.cli("classify", "claims", "-", stdin=text)
    assert "(scholarly model)" in configured.stdout


def test_health_page_recognisers_are_the_health_genre_s(project):
    # Real sentences of public-domain pages (bench/data/health_pages, train split).
    lines = ["If you're thinking about taking a performance supplement, talk to your health "
             "care provider.", "Published July 2001.",
             "This fact sheet provides an overview of selected ingredients in dietary "
             "supplements designed or claimed to enhance exercise and athletic performance."]
    stdin = "\n".join(lines) + "\n"
    health = [json.loads(line) for line in
              project.cli("classify", "claims", "-", stdin=stdin).stdout.splitlines()]
    assert [r["reasons"][0].split(":")[1].strip() for r in health] == [
        "a call to action", "a byline, date or page furniture", "the page describing itself"]
    assert all(r["label"] == 0 for r in health)
    scholarly = project.cli("classify", "claims", "--genre", "scholarly", "-", stdin=stdin)
    assert "a call to action" not in scholarly.stdout


def test_reader_reassurance_on_a_health_page_is_rhetoric_not_a_claim(project):
    # The page of the i252 review (our own writing): "If you've been ..." openers and "You may
    # notice / feel ..." reassurance address the reader (claims.yaml, not_claims.
    # reader_experience); without those two alternatives the retrained model called both
    # CIT001 in this page. Its plain statements of cause stay claims. Session 23 (i325) dropped
    # the "If you've been" arm (6 claims of its 10 development rows); line 7 ends in "you're
    # not alone", framing since session 22, so it stays rhetoric.
    project.write("content/tired.md", """
        ---
        title: Feeling tired all the time
        ---

        ## Why am I tired?

        If you've been feeling tired for a while, you're not alone.
        Tiredness is one of the most common reasons people see a GP.
        Iron deficiency anaemia is a common cause of tiredness, especially in women who have heavy periods.
        An underactive thyroid can also make you feel tired and gain weight.
        You may notice that you feel better after a few nights of good sleep.
    """)
    found = project.run(use_baseline=False).diagnostics
    lines = {d.span.start.line for d in found if d.code == "CIT001"}
    assert 7 not in lines and 11 not in lines, lines
    assert 9 in lines, lines
    # Each line with its own recogniser (review of i325, finding 5): line 7 is framing,
    # line 11 is about the reader's experience.
    lines_and_reasons = [
        ("If you've been feeling tired for a while, you're not alone.",
         "not a claim: rhetoric that frames the text, with nothing to check"),
        ("You may notice that you feel better after a few nights of good sleep.",
         "not a claim: rhetoric about the reader's experience"),
    ]
    judged_lines = eval_claims.judgments([line for line, _ in lines_and_reasons], "health")
    for judged, (_, reason) in zip(judged_lines, lines_and_reasons, strict=True):
        assert judged.reasons[0].startswith(reason), judged.reasons


def test_the_numeral_i_is_not_the_writer(project):
    # A personal story (womenshealth.gov, public domain; bench/data/health_pages) is set aside
    # by the health recogniser; "class I" (greenelab/deep-review, CC BY 4.0) is a numeral, so
    # the model decides that sentence (in this model's view a method, not a claim: either way
    # not for the writer's "I").
    lines = ["In 1991, I went to the ER with chest pains twice in one week.",
             "For pan-allelic prediction, NetMHCpan used a pseudo-sequence representation of "
             "the MHC class I molecule, which included only polymorphic peptide contact residues."]
    records = [json.loads(line) for line in project.cli(
        "classify", "claims", "-", stdin="\n".join(lines) + "\n").stdout.splitlines()]
    assert records[0]["reasons"] == ["not a claim: a personal story: 'In 1991, I'"]
    assert not any("personal story" in reason for reason in records[1]["reasons"])
    assert records[1]["features"]


def test_an_unknown_genre_is_a_configuration_error(project):
    project.write("pyproject.toml", """
        [tool.content-lint]
        paths = ["content"]
        genre = "blog"
    """)
    result = project.cli("check")
    assert result.returncode == 2
    assert "pyproject.toml:3" in result.stderr and '"scholarly"' in result.stderr
    assert "Traceback" not in result.stderr


def _figures(name: str, split: str) -> dict:
    for set_name, set_split, profile, pairs, pages in eval_claims.labelled_sets():
        if set_name == name and set_split == split:
            predicted = eval_claims.judged([t for t, _ in pairs], profile, pages)
            return eval_claims.scores([(g, p, t) for (t, g), p in zip(pairs, predicted)])
    pytest.skip(f"{name} ({split}) is not here")


def test_health_page_claims_floor_on_the_dev_split():
    # Floors under the measured dev figures (bench/README.md), not the targets.
    result = _figures("health pages", "dev")
    assert result["n"] >= 150
    assert result["precision"] >= 0.88 and result["recall"] >= 0.70, result


def test_cited_sentences_floor_on_a_dev_manuscript():
    # Measured 0.399 / 0.798 since session 7, when the scholarly threshold was chosen at
    # recall 0.80 over seven dev manuscripts instead of five (it was 0.452 / 0.786).
    result = _figures("cited: mutator-epistasis", "dev")
    assert result["recall"] >= 0.76 and result["precision"] >= 0.35, result


def test_the_fast_scorer_scores_exactly_the_training_features():
    from lint.annotate.claim_model import load_model, sentence_features, token_norms
    from lint.lines import document_from_lines

    texts = [text for _, _, text in eval_claims.load_gold()] + [
        "In 2019, 65% of men (n = 40) on TRT had LH < 1.5 IU/L and FSH-suppression.",
        "DeepBind and AlphaFold2 outperformed CNNs in 3 of 4 benchmarks; see Table 2.",
        "Text", "STOPPING SMOKING LOWERS YOUR RISK OF A STROKE.", "CALL 911 NOW."]
    from lint.annotate.sentence_forms import sentence_forms

    texts += ["Describe the structure of the sperm cell.", "“It works,” she said."]
    document = document_from_lines(texts, "blank")
    for profile in ("health", "scholarly"):
        model = load_model(profile)
        for sentence in document.sentences:
            tokens = sentence.block.nlp_doc[sentence.token_start:sentence.token_end]
            cues, domain = ["effect", "quantity"], 1
            forms = sentence_forms().of(sentence.text.rstrip())
            fast, found = model.score(sentence.block.nlp_doc, sentence.token_start,
                                      sentence.token_end, cues, domain, sentence.text, forms)
            slow, expected = model.logit(sentence_features(
                token_norms(tokens), cues, domain, sentence.text, model.needs_domain, forms))
            assert abs(fast - slow) < 1e-9 and dict(found) == dict(expected), sentence.text


def test_a_word_reads_the_same_whatever_the_process_read_before():
    # A word's view is kept per word type; a contraction's part ("were" of "weren't") has a
    # norm of its own, and whichever the process met first used to decide for both.
    from lint.annotate import claim_model
    from lint.nlp import BLANK, pipeline

    nlp = pipeline(BLANK)
    for first, second in (("They weren't ready.", "They were ready."),
                          ("They were ready.", "They weren't ready.")):
        claim_model._VIEWS.clear()
        words = [claim_model.token_norms(nlp(text))[0] for text in (first, second)]
        assert all("be" in w and "were" not in w for w in words), (first, words)


def test_text_about_the_text_and_unreadable_text_are_not_claims(project):
    # Placeholder and self-referring sentences ended with a full stop used to be called
    # claims by their form alone; short real claims must still be.
    lines = ["Text without citations.", "See the table below.", "Continue reading below",
             "Lorem ipsum dolor sit amet.", "Le texte sans citations.",
             "Clomiphene raises LH.",
             "Citations to retracted papers rose by 50% in 2019."]
    result = project.cli("classify", "claims", "-", stdin="\n".join(lines) + "\n")
    judged = {r["text"]: r for r in map(json.loads, result.stdout.splitlines())}
    for text in lines[:3]:
        assert judged[text]["label"] == 0
        assert "not a claim: about the text itself" in judged[text]["reasons"], text
    for text in lines[3:5]:
        assert judged[text]["label"] == 0
        assert any("none of its words is known" in r for r in judged[text]["reasons"]), text
    for text in lines[5:]:
        assert judged[text]["label"] == 1, judged[text]


def test_about_the_text_takes_no_labelled_claim():
    from conftest import bench_script

    done = bench_script("lexicon_support.py", "--about-the-text")
    assert done.returncode == 0, done.stderr
    totals = dict(line.split(": ", 1) for line in done.stdout.splitlines()[-2:])
    # Health-page labels are exact: no claim may be taken. Manuscripts' labels are what
    # authors cited: far below their base rate (0.25-0.37).
    assert totals["health pages"].split(" taken, ")[1].startswith("0 labelled"), totals
    taken, rest = totals["manuscripts"].split(" taken, ")
    assert int(taken) >= 20 and int(rest.split()[0]) <= 0.1 * int(taken), totals


def test_the_authors_plan_figure_pointers_list_openers_and_table_values(project):
    lines = ["In this review, we describe how knowledge graphs are built.",
             "We briefly discuss efforts that use these graphs.",
             "Figure \\@ref(fig:design) illustrates the cohort definition.",
             "The workflow is shown in **Figure 2**.",
             "This assessment will typically include questions such as:"]
    result = project.cli("classify", "claims", "--genre", "scholarly", "-",
                         stdin="\n".join(lines) + "\n")
    judged = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["label"] for r in judged] == [0] * 5, judged
    assert judged[-1]["reasons"] == ["not a claim: introduces a list or table"]
    salt = project.cli("classify", "claims", "-", stdin="Table salt contains sodium chloride.\n")
    assert "not a claim: about the text itself" not in json.loads(salt.stdout)["reasons"]
    see = project.cli("classify", "claims", "-",
                      stdin="See chapter 4 for a more detailed overview of open source software.\n")
    assert json.loads(see.stdout)["reasons"] == ["not a claim: about the text itself"]
    # A result pointing at its figure is still read; a health page's list opener too.
    claim = project.cli("classify", "claims", "--genre", "scholarly", "-",
                        stdin="Testosterone suppresses LH secretion (Figure 2).\n")
    assert json.loads(claim.stdout)["label"] == 1
    project.write("content/t.md", "---\ntitle: T\n---\n\n"
                  "| Gene | Change | Effect |\n| --- | --- | --- |\n"
                  "| *Mbd4* | C>T | Anastrozole lowers estradiol in men with obesity. |\n")
    found = project.cli("check", "--select", "CIT001", "--no-baseline", "content/t.md")
    assert ":7:" in found.stdout and "C>T" not in found.stdout
    assert found.stdout.count("CIT001") == 1, found.stdout


def test_the_explanation_names_content_first_and_the_shape_once(project):
    # The final full stop is the health model's largest weight; it says nothing about one
    # sentence, so the words come first and the shape is named once, after them.
    result = project.cli("classify", "claims", "-",
                         stdin="Sleep deprivation increases blood pressure in adults.\n")
    record = json.loads(result.stdout)
    [explained] = [r for r in record["reasons"] if r.startswith("for a claim (health model)")]
    words, _, shape = explained.partition("; ")
    assert "ends with" not in words and "cue 'effect'" in words, explained
    assert shape.startswith("its shape (ends with '.')"), explained
    assert record["features"] and not any(f.startswith("end=") for f in record["features"])


def test_an_organisation_appealing_or_funding_is_not_a_claim_its_findings_are():
    # Real rows (bench/data/health_pages): Health New Zealand (CC BY 4.0), acl.gov and NIH
    # News in Health (public domain); labelled not a claim, not a claim, a claim.
    appeal, funded, finding = eval_claims.judgments([
        "Health New Zealand is urging communities to be on alert following the confirmation "
        "of three new cases in the Northland measles outbreak.",
        "ACL-funded programs help participants improve strength, balance, and mobility, and "
        "educate them on reducing fall risk factors.",
        "NIH-funded research shows that childhood is the best time to build up bone tissue."],
        "health")
    for judged in (appeal, funded):
        assert not judged.label
        assert "not a claim: an institution describing its own work" in judged.reasons[0]
    assert finding.label


def test_administration_is_a_route_only_in_lower_case():
    route, agency = eval_claims.judgments([
        "TRT involves the administration of exogenous testosterone.",
        "The Therapeutic Goods Administration regulates testosterone."], "health")
    assert any("gives a route or schedule" in r for r in route.reasons)
    assert not any("gives a route or schedule" in r for r in agency.reasons)


def test_the_grammar_of_a_sentence_is_a_feature_named_when_it_drives_the_score(project):
    from lint.annotate.sentence_forms import sentence_forms

    forms = sentence_forms()
    # Real rows (bench/data/health_pages, round 7: openstax.org CC BY 4.0, health.govt.nz
    # CC BY 4.0, health.act.gov.au), each labelled not a claim.
    assert forms.of("Describe the structure and function of the sperm cell") == ["imperative"]
    assert forms.of("Know the signs.") == ["imperative"]
    assert "organisation_subject" in forms.of(
        "The Ministry of Health is closely monitoring the situation and following guidance "
        "from the World Health Organization.")
    # A text saying what it holds (ausport.gov.au CC BY 4.0, round 8; aihw.gov.au CC BY 4.0,
    # round 7) and a public body's own acts told as news (nccih.nih.gov, public domain,
    # round 2; ftc.gov, public domain, round 8), each labelled not a claim; a sentence about
    # a hormone or a study's finding is neither.
    assert "self_description" in forms.of(
        "This factsheet outlines each of the ABCD categories and the sports foods and "
        "supplement ingredients that fall within them.")
    assert "self_description" in forms.of(
        "This report provides an overview of overweight and obesity in Australia.")
    assert "institutional_event" in forms.of(
        "NCCIH has launched a new initiative called “Know the Science,” to help consumers "
        "better understand complex scientific topics related to health.")
    assert "institutional_event" in forms.of(
        "The Federal Trade Commission today announced a consent agreement with online sellers.")
    for text in ("This hormone provides the signal for sperm production.",
                 "The review found that zinc did not raise testosterone."):
        assert not {"self_description", "institutional_event"} & set(forms.of(text)), text
    # The grammar of a general fact (session 13, `lean: claim`): how common something is or in
    # whom, and a named subject with a verb in the present (cdc.gov, public domain, train;
    # cancer.gov NCI PDQ, public domain, dev; nccih.nih.gov, public domain, round 2;
    # medlineplus.gov, public domain, dev), each labelled a claim; the reader, a pronoun or
    # a condition as the subject is not a general statement.
    assert forms.of("Today, 1 in 10 U.S. adults has diabetes, and if trends continue, 1 in 5 "
                    "will have it by 2025.") == ["prevalence"]
    assert forms.of("Testicular cancer is the most common cancer in men 20 to 35 years "
                    "old.") == ["prevalence", "general_statement"]
    assert "prevalence" in forms.of("Most dietary supplements have not been tested in pregnant "
                                    "women, nursing mothers, or children.")
    assert forms.of("Testosterone is a hormone made by the testicles in men.") == [
        "general_statement"]
    for text in ("You may need a blood test.", "It is important to rest.",
                 "If you smoke, you can quit.", "This is where we come in."):
        assert not {"prevalence", "general_statement"} & set(forms.of(text)), text
    # A speech verb by a quotation (army.mil, public domain, round 4); an opening quotation
    # mark alone is no form since round 8 (its rows lean to claims).
    assert "quoted_speech" in forms.of(
        "“The OPSS team works closely with all the services to increase education and "
        "awareness to promote safer supplement use across the force,” said DeMay.")
    assert forms.of("“These substances are banned for a reason.") == []
    # Not an imperative: a plural subject, a noun the lemma table also knows as a verb before
    # its verb, a conjunction.
    for text in ("Studies show that sleep loss raises cortisol.", "Sleep is a basic need.",
                 "While the drug works, it is costly.", "Like other SARMs, it binds the AR."):
        assert "imperative" not in forms.of(text), text
    result = project.cli("classify", "claims", "-", stdin="Identify the main organs of the "
                                                          "male reproductive system.\n")
    record = json.loads(result.stdout)
    assert record["label"] == 0
    assert "grammar=imperative" in record["features"], record
    assert any("its grammar (imperative)" in r for r in record["reasons"]), record


def test_a_sentence_in_capitals_has_words_not_acronyms_for_weights_trained_so():
    # Its every word read as an acronym ("an acronym, more than once" -0.66 in the round-30
    # retrain, learnt mostly from one transcript set in capitals); an acronym among lower-case
    # words is still one, and so is a short line of capitals. Only for weights trained
    # that way (train_claims marks them): see the next test.
    from lint.annotate import claim_model
    from lint.nlp import BLANK, pipeline

    nlp = pipeline(BLANK)
    words, shapes = claim_model.token_norms(nlp(
        "STOPPING SMOKING LOWERS YOUR RISK OF A STROKE."), capitals_as_words=True)
    assert "<ACR>" not in shapes and words[:3] == ["stop", "smoke", "lower"]
    assert claim_model.token_norms(nlp("NICE advises a scan within a week."),
                                   capitals_as_words=True)[1] == ["<ACR>"]
    assert claim_model.token_norms(nlp("CALL 911 NOW."), capitals_as_words=True)[1] == \
        ["<ACR>", "<ACR>"]
    # The check's scorer reads it the same way when its profile says it was trained so.
    spec = json.loads((REPO / "lint" / "data" / "claim_model.json").read_text("utf-8"))
    spec["profiles"]["health"]["capitals_as_words"] = True
    model = claim_model.ClaimModel(spec, "health")
    text = "STOPPING SMOKING LOWERS YOUR RISK OF A STROKE."
    doc = nlp(text)
    _, found = model.score(doc, 0, len(doc), [], 0, text)
    assert not [f for f, _ in found if f.startswith("shape=<ACR>")], found


def test_the_shipped_model_scores_capitals_as_it_was_trained():
    # Review of i324 (finding 5): weights learnt with capitals as acronyms must score them so
    # (read as words, every sentence in capitals scored +0.66 higher and a warning label became
    # a claim). The flag travels with the weights, so a retrain that sets it passes too.
    from lint.annotate import claim_model
    from lint.nlp import BLANK, pipeline

    model = claim_model.load_model("health")
    nlp = pipeline(BLANK)
    text = "NEVER SHARE YOUR TABLETS WITH A FRIEND."
    doc = nlp(text)
    _, found = model.score(doc, 0, len(doc), [], 0, text)
    acronyms = [f for f, _ in found if f.startswith("shape=<ACR>")]
    assert bool(acronyms) == (not model.capitals_as_words), found
    shapes = claim_model.token_norms(doc, capitals_as_words=model.capitals_as_words)[1]
    assert ("<ACR>" in shapes) == (not model.capitals_as_words)


def test_a_warning_label_in_capitals_is_not_a_claim(project):
    # (Both in capitals were claims with the shipped weights reading them as words.)
    for text in ("DO NOT SHARE YOUR PILLS WITH OTHER PEOPLE.",
                 "NEVER SHARE YOUR TABLETS WITH A FRIEND."):
        record = json.loads(project.cli("classify", "claims", "-", stdin=text + "\n").stdout)
        assert record["label"] == 0, (text, record)


def test_a_proportion_with_a_numerator_over_five_is_prevalence():
    # Session 23: the numerators stopped at "five" while the denominators ran to "ten" and on.
    from lint.annotate.sentence_forms import sentence_forms

    forms = sentence_forms()
    for text in ("Roughly eight in ten people with shingles are over fifty.",
                 "Seven out of ten smokers say they want to stop."):
        assert "prevalence" in forms.of(text), text
    # A clock time is no proportion; nor is an age in a year (review of i324).
    assert "prevalence" not in forms.of("The clinic opens at nine in the morning.")
    for text in ("He turned eight in 2004, the year his sister was born.",
                 "I was two in 1987 and remember nothing of it."):
        assert "prevalence" not in forms.of(text), text
    # A number with a thousands comma, or of another size, still is a denominator.
    for text in ("Nine in 1,000 babies are born with it.", "Six in 200 adults had a rash."):
        assert "prevalence" in forms.of(text), text
