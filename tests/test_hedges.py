"""The hedge detector: context rules, classify output, and a quality floor on a sample."""

from __future__ import annotations

import json
import sys

import pytest

from conftest import REPO, SHARED

sys.path.insert(0, str(REPO / "bench"))


@pytest.mark.parametrize("text,label,cue", [
    ("Peptides may support tissue repair.", 1, "may"),
    ("In May 2020 the trial ended.", 0, None),
    ("The results were published on 3 May.", 0, None),
    ("The antibody can bind the receptor.", 0, None),
    ("Peptide therapy can play a supportive role.", 1, "can"),
    ("At the suggestion of the committee, the dose was changed.", 0, None),
    ("These results suggest a role for IGF-1.", 1, "suggest"),
    ("The drug is unlikely to harm the liver.", 0, None),
    ("It is not clear whether the effect persists.", 1, "is not clear"),
    ("Evidence for this use remains limited.", 1, "remains limited"),
    ("It is believed that the drug works centrally.", 1, "It is believed"),
    ("Some experts recommend a lower dose.", 1, "Some experts"),
    ("In some men, recovery takes a year.", 1, "In some men"),
    ("The protein could not be detected in serum.", 0, None),
    ("This could explain the delayed recovery.", 1, "could"),
    ("Action potential firing was recorded.", 0, None),
    ("These data indicate that LH rises.", 1, "indicate that"),
    ("Anastrozole lowers estradiol.", 0, None),
    # Qualifiers of health writing (../shared/eval/LABELING.md, rules 2-4)
    ("Low testosterone is associated with obesity.", 1, "is associated with"),
    ("The decline associated with ageing is gradual.", 0, None),
    ("Clomiphene often raises estradiol in men.", 1, "often"),
    ("Estrogen can suppress GnRH release.", 1, "can"),
    ("The injection can be self-administered at home.", 0, None),
    ("Gonadorelin can be used as a standalone therapy.", 0, None),
    ("Omega-3 supplements could elevate serum irisin.", 1, "could"),
    ("Approximately 40% of men recover within a year.", 0, None),
])
def test_context_rules(project, text, label, cue):
    from lint.annotate.hedges import annotate_hedges, detector
    from lint.lines import document_from_lines

    document = document_from_lines([text], "blank")
    annotate_hedges(document, detector("blank"))
    judgment = next(document.sentences).annotations.hedge
    assert int(judgment.hedged) == label, judgment.cues
    if cue:
        assert cue in judgment.cues


# Health writing's conventions (../shared/eval/LABELING.md and the doubts of
# bench/data/health_pages/README.md), on public-domain (US government) and CC BY sentences
# of the health-page set: comparisons of risk, flat negative findings, classification,
# descriptive frequency words and superlatives are the asserted content; an unnamed view,
# an unsettled debate, "remains a mystery" or "inconclusive", "certain" over what a claim
# is about and "can be" over an effect qualify it.
@pytest.mark.parametrize("text,label", [
    ("Angina is not a heart attack, but having angina means you are more likely to have a "
     "heart attack.", 0),
    ('These "somatic/physical" side effects did not correlate with CGI-Parents or '
     "CGI-Teachers.", 0),
    ("Male hypogonadism can chiefly be divided into two forms; these are fetal-onset male "
     "hypogonadism and late-onset hypogonadism (LOH).", 0),
    ("Antidepressants are medications commonly used to treat depression.", 0),
    # a name given with "commonly" or "sometimes" is no qualifier; "often called / referred
    # to as" is counted (rounds 13-28, 6 of 7 such claims labelled qualified; session 22,
    # i295; own examples)
    ("Shingles, sometimes called herpes zoster, causes a painful rash.", 0),
    ("Statins, commonly known as cholesterol drugs, lower LDL levels.", 0),
    ("Low thyroid function, often called hypothyroidism, slows the body's metabolism.", 1),
    ("Kidney stones, often referred to as renal calculi, form when minerals crystallise in "
     "the urine.", 1),
    ("But diet and physical activity are major ways to build and maintain the best possible "
     "skeleton.", 0),
    ("Recurrent pregnancy loss is considered distinct from infertility.", 1),
    ("Everyone needs sleep, but its biological purpose remains a mystery.", 1),
    ("Male infertility is a widely debated issue that affects males globally.", 1),
    ("The effect of testosterone supplementation on BMD and the risk of falls or fracture "
     "remains inconclusive.", 1),
    ("This can be both painful and expensive.", 1),
    ("Other risk factors include hormonal changes in girls and women; certain diseases, such "
     "as diabetes or AIDS and their medications; and genetics.", 1),
    # "can be" over an effect, whatever follows; frequency and "most" restricting the claim;
    # an unnamed view; what research indicates (rounds 5 and 6, and own examples)
    ("Atrial fibrillation can be complicated by embolic events including stroke and systemic "
     "embolization.", 1),
    ("\u201cHowever in women, they can be signs of a heart attack and actually require urgent "
     "medical attention.\u201d", 1),
    ("The tablets can be extracted from the blister pack.", 0),
    ("However, building materials rarely cause radon problems by themselves.", 1),
    ("That\u2019s because when you breathe air containing radon, you can get lung cancer.", 1),
    ("For most babies, especially those born prematurely, breast milk is easier to digest than "
     "breastmilk substitutes, such as formula.", 1),
    ("Late-onset hypogonadism is considered a risk factor for erectile dysfunction.", 1),
    ("Research indicates several nutrients important to sperm quality.", 1),
    ("The role of low testosterone in erectile dysfunction has still not been completely "
     "clarified.", 1),
    ("In about 50% of cases, the cause of male infertility cannot be determined.", 0),
    # the reader's belief in an instruction, idioms of speed, spans of time and forecasts
    ("If you suspect a heart attack, call 911 right away.", 0),
    ("Seek medical attention as soon as possible.", 0),
    ("Clean: Wash hands and surfaces often.", 0),
    ("Spironolactone has been used in dermatology for many years.", 0),
    ("However, this year flu cases are expected to peak as early as June.", 0),
    # a diagnosis not yet confirmed, a quantifier of a comparator (round 8: dva.gov.au, CC BY
    # 4.0, reworded; the comparator as two round-8 clinic pages write it; own examples)
    ("Sleep problems such as suspected sleep apnoea are investigated by sleep centres.", 0),
    ("Low testosterone is more treatable than most men realise.", 0),
    ("The cause is suspected to be genetic.", 1),
    ("Most men with low testosterone are never diagnosed.", 1),
    # "the majority of" as "most", knowledge still to come, evidence under way (rounds 5-8:
    # samhsa.gov, public domain; peptide.wiki and health.mil, reworded; own examples)
    ("The majority of people with AUD reduce their drinking over time.", 1),
    ("The effect of kisspeptin on spermatogenesis remains to be determined.", 1),
    ("These supplements remain under investigation.", 1),
    ("The majority vote of the panel approved the guideline.", 0),
    ("The effect of kisspeptin on spermatogenesis remains a priority to be studied.", 0),
])
def test_health_writing_conventions(project, text, label):
    from lint.annotate.hedges import annotate_hedges, detector
    from lint.lines import document_from_lines

    document = document_from_lines([text], "blank")
    annotate_hedges(document, detector("blank"))
    judgment = next(document.sentences).annotations.hedge
    assert int(judgment.hedged) == label, judgment.cues


def test_a_cue_recast_as_content_still_makes_a_conclusion_qualified(project):
    """"More likely" and "did not correlate" qualify no health claim (they are what it
    asserts) but keep a research conclusion correlational, as the claim-strength set
    labels them."""
    result = project.cli("classify", "strength", "-",
                         stdin="Men with obesity are more likely to have low testosterone.\n"
                               "Sleep duration did not correlate with HbA1c.\n")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["label"] for r in records] == [1, 1], records
    hedges = project.cli("classify", "hedges", "-",
                         stdin="Men with obesity are more likely to have low testosterone.\n")
    assert json.loads(hedges.stdout)["label"] == 0, hedges.stdout


def test_classify_hedges_prints_json_lines(project):
    result = project.cli("classify", "hedges", "-",
                         stdin="Peptides may help.\nAnastrozole lowers estradiol.\n")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records == [
        {"text": "Peptides may help.", "label": 1, "cues": ["may"], "kinds": ["modal"]},
        {"text": "Anastrozole lowers estradiol.", "label": 0, "cues": [], "kinds": []}]


def test_speculation_scheme_leaves_out_scope_qualifiers(project):
    text = "Clomiphene often raises estradiol.\nClomiphene may raise estradiol.\n"
    result = project.cli("classify", "hedges", "--scheme", "speculation", "-", stdin=text)
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["label"] for line in result.stdout.splitlines()] == [0, 1]


def test_weasel_scheme_counts_vague_sources_not_modality(project):
    text = ("Many critics regard the album as a classic.\nThe bridge may close in winter.\n"
            "Several historians dispute the date.\n")
    result = project.cli("classify", "hedges", "--scheme", "weasel", "-", stdin=text)
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["label"] for line in result.stdout.splitlines()] == [1, 0, 1]
    result = project.cli("classify", "hedges", "--scheme", "qualifier", "-",
                         stdin="Several historians dispute the date.\n")
    assert json.loads(result.stdout)["label"] == 0


@pytest.mark.parametrize("text,strength", [
    ("Metformin reduced HbA1c in older adults.", "direct"),
    ("The intervention was effective and safe.", "direct"),
    ("Metformin may reduce HbA1c.", "conditional"),
    ("Obesity is associated with an increased risk of diabetes.", "correlational"),
    ("Patients with diabetes had an increased risk of stroke.", "none"),
    ("The trial enrolled 300 men.", "none"),
])
def test_conclusion_strength(project, text, strength):
    result = project.cli("classify", "strength", "-", stdin=text + "\n")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["strength"] == strength, record
    assert record["label"] == int(strength != "direct")


@pytest.mark.skipif(not (SHARED / "eval").exists(), reason="../shared/eval is not beside the repo")
@pytest.mark.parametrize("name,size,floor", [("bioscope", 2000, 0.89), ("wikipedia", 1500, 0.60),
                                             ("strength", 853, 0.89)])
def test_quality_floor_on_a_sample(name, size, floor):
    from eval_hedges import JUDGMENT, load, predict, score

    pairs = load(name, limit=size)
    judged = predict([t.strip() or "." for _, t in pairs])
    result = score([g for g, _ in pairs], [JUDGMENT[name](j) for j in judged])
    assert result["f1"] >= floor, result


def test_qualifier_floor_on_health_page_claims():
    """Claims of the health pages' development sites of rounds 1 and 2 (bench/data/health_pages,
    in the repo), the rows this floor was set on. The training round 17 (public-body pages,
    session 15) is read in bench/README, not held to this floor: its labeller leaves "an
    estimated", "can vary" and a test's "can detect" unqualified, where this detector reads
    qualifiers (F1 0.81 there when it joined)."""
    from eval_hedges import JUDGMENT, load_health, predict, score

    pairs = load_health(("train", "dev"), 1) + load_health(("train", "dev"), 2)
    judged = predict([t.strip() or "." for _, t in pairs])
    result = score([g for g, _ in pairs], [JUDGMENT["health"](j) for j in judged])
    assert result["f1"] >= 0.95, result


# Session 22 (i295): what the evidence is said to be is its own judgment, kept apart from the
# qualifier labels (LABELING.md counts a flat negative finding as the asserted content), and
# a following word of harm makes it a claim of safety. Own examples.
@pytest.mark.parametrize("text,stated", [
    ("Sermorelin has not been shown to deepen sleep in men.", "has not been shown"),
    # an active "have not shown" is no statement: no development claim supports the pattern
    # (review of i295, bench/lexicon_support.py)
    ("Studies have not shown that sermorelin deepens sleep in men.", None),
    ("Ipamorelin has not been proven to add muscle mass.", "has not been proven"),
    ("CJC-1295 has no published human trial for fat loss.", "no published human trial"),
    ("Trials of BPC-157 for knee repair are lacking.",
     "Trials of BPC-157 for knee repair are lacking"),
    ("Studies have not shown any harm from ipamorelin.", None),
    ("The child does not show any improvement after two days.", None),
    ("BPC-157 rebuilds knee cartilage within weeks.", None),
])
def test_evidence_statements(project, text, stated):
    from lint.annotate.hedges import annotate_hedges, detector
    from lint.lines import document_from_lines

    document = document_from_lines([text], "blank")
    annotate_hedges(document, detector("blank"))
    judgment = next(document.sentences).annotations.hedge
    assert not judgment.hedged, judgment.cues
    if stated:
        assert stated in judgment.evidence_stated
    else:
        assert not judgment.evidence_stated


# Review of i295 (session 22, i306): a statement denied by the words before it, one whose
# clause goes on to reverse it or to a harm, and an active "have not shown" whose subject is
# no evidence, state no weak evidence. Own examples, reworded from the review's probes.
@pytest.mark.parametrize("text", [
    "Readers will find no lack of evidence that thymosin beta-4 speeds wound repair.",
    "Far from unproven, thymosin beta-4 closes skin wounds quickly.",
    "Thymosin beta-4 is no longer unproven for wound repair.",
    "No trial has shown that thymosin beta-4 is ineffective for wounds.",
    "Thymosin beta-4 closes wounds, and no trial has found otherwise.",
    "Surgeons have not shown much curiosity about thymosin beta-4.",
])
def test_denied_or_reversed_evidence_statements(project, text):
    from lint.annotate.hedges import annotate_hedges, detector
    from lint.lines import document_from_lines

    document = document_from_lines([text], "blank")
    annotate_hedges(document, detector("blank"))
    assert not next(document.sentences).annotations.hedge.evidence_stated


# A statement whose clause goes on to a harm, or names safety and no efficacy, is kept with
# a tag that status.py weighs against the claim's outcome (final read of i306, session 22
# i314; before, a harm dropped it whatever the clause named). Own words.
@pytest.mark.parametrize("text, tags", [
    ("Ipamorelin has not been shown to do any harm.", "harm"),
    ("No trial has found that daily thymosin beta-4 over several years leads to any harm.",
     "harm"),
    ("Thymosin beta-4 has not been shown to be unsafe for the skin.", "harm"),
    ("Tongkat ali lifts mood, but its safety has not been studied.", "safety closing"),
    ("No trial has tested both the safety and the efficacy of tongkat ali.", ""),
    ("Shops claim BPC-157 knits ligaments; controlled trials are lacking.", "closing"),
])
def test_statement_tags(project, text, tags):
    from lint.annotate.hedges import annotate_hedges, detector
    from lint.lines import document_from_lines

    document = document_from_lines([text], "blank")
    annotate_hedges(document, detector("blank"))
    judgment = next(document.sentences).annotations.hedge
    assert judgment.evidence_tags == [tags], judgment


# The words between a statement and its clause's harm are the hedges annotator's judgment,
# stored with it for status.py to read (finalC of i314, finding 5); a safety clause that
# also names an effect is about the benefit too (finding 4). Own words.
@pytest.mark.parametrize("text, before_harm, tags", [
    ("No study has shown that ipamorelin mends tendons or that it causes no harm.",
     "has shown that ipamorelin mends tendons or that it causes no", "harm"),
    ("Ipamorelin has not been shown to do any harm.", "to do any", "harm"),
    ("Tongkat ali lifts mood, but research on its safety and its effects on mood is lacking.",
     "", "closing"),
    ("Tongkat ali lifts mood, but its safety and side effects have not been studied.", "",
     "safety closing"),
])
def test_statement_keeps_the_words_before_a_harm(project, text, before_harm, tags):
    from lint.annotate.hedges import annotate_hedges, detector
    from lint.lines import document_from_lines

    document = document_from_lines([text], "blank")
    annotate_hedges(document, detector("blank"))
    judgment = next(document.sentences).annotations.hedge
    assert judgment.evidence_before_harm == [before_harm], judgment
    assert judgment.evidence_tags == [tags], judgment


def test_a_statement_holds_its_clause_and_a_naming_appositive_is_recorded(project):
    from lint.annotate.hedges import annotate_hedges, detector
    from lint.lines import document_from_lines

    document = document_from_lines([
        "Critics hold that the research is lacking, but thymosin beta-4 closes wounds fast.",
        "Thymosin beta-4, often called TB-500, closes wounds fast."], "blank")
    annotate_hedges(document, detector("blank"))
    first, second = (s.annotations.hedge for s in document.sentences)
    assert first.evidence_stated == ["research is lacking"], first
    assert first.evidence_clauses and "thymosin" not in first.evidence_clauses[0]
    assert "thymosin" in first.evidence_elsewhere[0]
    assert second.hedged and second.naming_only, second
    assert second.naming == [", often called TB-500,"]


def test_evidence_statements_are_read_only_where_their_words_all_are(monkeypatch):
    """The statements' Matcher is gated by the words each pattern needs, read off the
    patterns (no hand-kept word list): one such word alone ("not", "studies") does not run
    it; a block with all a pattern's words does, and the statement is found."""
    from lint.annotate.hedges import detector

    hedges = detector("blank")
    gated = hedges.evidence_statements
    read = []
    plain = gated.matcher
    monkeypatch.setattr(gated, "matcher", lambda doc: read.append(doc.text) or plain(doc))
    for text in ["Iron is not absorbed well when taken with tea.",
                 "Two studies of zinc lozenges looked at colds in adults.",
                 "Vitamin C is found in citrus fruit and in peppers."]:
        assert hedges.evidence_statement_matches(hedges.nlp.make_doc(text)) == []
    assert read == []
    doc = hedges.nlp.make_doc("Its effect on sleep has not been properly tested.")
    assert [doc[s:e].text for s, e in hedges.evidence_statement_matches(doc)] == \
        ["has not been properly tested"]
    assert read == [doc.text]
