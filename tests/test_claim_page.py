"""The page prior of the claim judgment (lint/annotate/claim_page.py): a sentence is read
with the other sentences of its page; `classify` reads unrelated lines alone."""

from __future__ import annotations

import json
import sys

import pytest
import sklearn  # noqa: F401 - in the [test] extra: a broken install fails, never skips

from conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "scripts"))
import claims_cv  # noqa: E402
import eval_claims  # noqa: E402

from lint.annotate.claim_page import PagePrior  # noqa: E402

# Public-domain rows of round 8 (bench/data/health_pages, hp4757-hp4769): one page of a
# ClinicalTrials.gov record (NCT00287586). Labelled `other`: a registry's description of
# its own trial is not a claim that needs a source (LABELING.md).
REGISTRY = "https://www.clinicaltrials.gov/ct2/show/results/NCT00287586"
REGISTRY_PAGE = [
    "The safety and scientific validity of this study is the responsibility of the study "
    "sponsor and investigators.",
    "Listing a study does not mean it has been evaluated by the U.S. Federal Government.",
    "Read our disclaimer for details.",
    "ClinicalTrials.gov Identifier: NCT00287586",
    "Recruitment Status : Completed",
    "Results First Posted : June 29, 2017",
    "Information provided by (Responsible Party):",
    "Study Type Interventional",
    "Study Design Allocation: Randomized; Intervention Model: Parallel Assignment; Masking: "
    "Double (Participant, Investigator); Primary Purpose: Treatment",
    "Conditions Hypogonadism",
    "Participants received 7.5 g of 1% testosterone gel to achieve a nominal delivery of "
    "75 mg testosterone daily for 3 years.",
    "Dose adjustments were made by an unblinded observer.",
    "Participants received placebo-matching testosterone gel daily for 3 years.",
]
# Public-domain rows of round 5 (hp2812-hp2815, hp2817): OSHA's "Water. Rest. Shade." heat-illness
# text, each labelled a claim.
HEAT_PAGE = [
    "The body normally cools itself by sweating.",
    "During hot weather, especially with high humidity, sweating isn’t enough.",
    "Body temperature can rise to dangerous levels if you don’t drink enough water and rest "
    "in the shade.",
    "You can suffer from heat exhaustion or heat stroke.",
    "Heat illnesses and deaths are preventable.",
]


def test_the_context_is_the_mean_of_the_other_sentences_clipped():
    prior = PagePrior(weight=1.0, threshold=0.0, clip=4.0, min_others=2)
    # 9.0 counts as 4.0: one emphatic sentence does not carry the page.
    assert prior.context([9.0, -2.0, 0.0]) == [-1.0, 2.0, 1.0]


def test_a_page_of_too_few_other_sentences_is_no_page():
    prior = PagePrior(weight=1.0, threshold=0.0, clip=4.0, min_others=2)
    assert prior.context([1.0, 2.0]) == [None, None]
    assert prior.context([]) == []


def test_the_neighbourhood_is_the_mean_of_the_sentences_beside_it_clipped():
    prior = PagePrior(weight=1.0, threshold=0.0, clip=2.0, min_others=2, neighbours=1.0)
    # The first and last sentences have one neighbour each; 9.0 counts as 2.0.
    assert prior.nearby([9.0, -2.0, 0.0, 1.0]) == [-2.0, 1.0, -0.5, 0.0]
    assert prior.nearby([1.0, 2.0]) == [None, None]


def test_the_prior_weighs_the_sentences_beside_a_row_where_a_page_changes_kind():
    # Pages of two sections: six sentences of claims (+2), six of something else (-2); in
    # each section one sentence scores 0 alone and is of its section's kind. The page's
    # mean cannot tell them apart; the sentences beside them can.
    rows, scores = [], []
    for page in range(20):
        for n in range(12):
            claims = n < 6
            rows.append(claims_cv.Row(f"s{page}-{n}", int(claims), f"site{page}", "train",
                                      True, f"p{page}"))
            scores.append(0.0 if n in (2, 8) else 2.0 if claims else -2.0)
    never = [False] * len(rows)
    prior = claims_cv.fit_page_prior(rows, scores, never, threshold=0.0, goal=0.9,
                                     clips=(2.0,))
    assert prior.neighbours > 0
    read = claims_cv.with_page(rows, scores, never, 0.0, prior)
    assert read == [r.label for r in rows]
    without = claims_cv.fit_page_prior(rows, scores, never, threshold=0.0, goal=0.9,
                                       clips=(2.0,), neighbours=False)
    assert without.neighbours == 0.0
    assert claims_cv.with_page(rows, scores, never, 0.0, without) != read


def test_the_prior_is_fitted_on_out_of_fold_scores_and_weighs_the_page():
    # Two kinds of page: on one, sentences scoring +1 are claims; on the other, not.
    rows, scores = [], []
    for page in range(20):
        claims = page % 2 == 0
        for n in range(6):
            rows.append(claims_cv.Row(f"s{page}-{n}", int(claims), f"site{page}",
                                      "train", True, f"p{page}"))
            scores.append((2.0 if claims else -2.0) if n else 1.0)
    never = [False] * len(rows)
    prior = claims_cv.fit_page_prior(rows, scores, never, threshold=0.0, goal=0.9)
    assert prior.weight > 0
    alone = [int(s >= 0.0) for s in scores]
    read = claims_cv.with_page(rows, scores, never, 0.0, prior)
    # The +1 sentences are claims only on the pages of claims, which the page tells.
    wrong = sum(a != r.label for a, r in zip(alone, rows))
    assert wrong == 10 and sum(p != r.label for p, r in zip(read, rows)) < wrong


def _shipped_prior():
    spec = json.loads((REPO / "lint" / "data" / "claim_model.json").read_text("utf-8"))
    return spec["profiles"]["health"].get("page")


def test_the_same_list_item_reads_as_its_page():
    if not _shipped_prior():
        pytest.skip("the shipped health profile has no page prior")
    # "Dizziness" completes a claim under OSHA's heat-illness fact sheet (public domain,
    # round 5, labelled a claim with its page's other items); alone it is a word.
    items = ["Dizziness", "Headache", "Weakness"]
    on_fact_sheet = eval_claims.judgments(HEAT_PAGE + items, "health", ["heat"] * 8)
    on_registry = eval_claims.judgments(REGISTRY_PAGE + items, "health",
                                        [REGISTRY] * (len(REGISTRY_PAGE) + 3))
    alone = eval_claims.judgments(items, "health")
    assert [j.label for j in on_fact_sheet[-3:]] == [True] * 3
    # Beside the registry's rows, the first item is not a claim, though alone it is.
    assert on_registry[-3].label is False and alone[0].label is True
    assert on_registry[-3].points < alone[0].points
    # Alone, a one-word item is the model's guess ("Weakness" is a claim since round 9's
    # rows); every item reads lower on the registry than alone on the fact sheet. (Since the
    # retraining with round 10, the sentences beside a row weigh about as much as its page,
    # +1.41 against +1.43, so the later items, whose neighbours are their sibling items, are
    # held up by them on the registry page too: near the threshold, on the claim side.)
    for registry, by_itself, fact_sheet in zip(on_registry[-3:], alone, on_fact_sheet[-3:]):
        assert registry.points < fact_sheet.points and by_itself.points < fact_sheet.points
    # The context is named among the drivers, in a check as in the report (since round 16
    # trains, the section term, +1.56, outweighs the page's own, +0.26, on this page).
    context = ("its page (the other sentences score +", "its section (the others under its heading",
               "the sentences beside it")
    assert any(c in r for r in on_fact_sheet[-1].reasons for c in context)
    assert not any(c in r for r in alone[-1].reasons for c in context)
    # A plain claim of the fact sheet (labelled so) that the sentence alone misses.
    assert on_fact_sheet[0].label


def test_classify_reads_unrelated_lines_alone(project):
    records = [json.loads(line) for line in project.cli(
        "classify", "claims", "-", stdin="\n".join(REGISTRY_PAGE) + "\n").stdout.splitlines()]
    alone = eval_claims.judgments(REGISTRY_PAGE, "health")
    assert [r["label"] for r in records] == [int(j.label) for j in alone]
    assert not any("its page" in reason for r in records for reason in r["reasons"])


def test_the_section_is_the_mean_of_the_other_sentences_under_its_heading():
    prior = PagePrior(weight=1.0, threshold=0.0, clip=2.0, min_others=2, section=1.0)
    # Two sections: 9.0 counts as 2.0; a sentence alone in its section reads 0.0.
    assert prior.in_section([9.0, -2.0, 0.0, 1.0], [0, 0, 0, 1]) == [-1.0, 1.0, 0.0, 0.0]
    assert prior.in_section([1.0, 2.0], [0, 0]) == [None, None]


def test_a_check_reads_the_sections_from_the_documents_headings():
    from lint import nlp
    from lint.annotate.claim_page import page_scores
    from lint.annotate.claims import ClaimDetector, annotate_claims
    from lint.document.markdown import parse_document
    from lint.document.textmap import SourceText

    markdown = ("# Heat illness\n\n" + " ".join(HEAT_PAGE[:2]) + "\n\n## Symptoms\n\n"
                "- Dizziness\n- Headache\n\n## Contact us\n\nRead our disclaimer for details.\n")
    document = parse_document("a.md", SourceText(markdown))
    nlp.segment([document])
    annotate_claims(document, ClaimDetector(nlp.pipeline(nlp.BLANK), profile="health"))
    _, scores, sections = page_scores(document, 1.0)
    # The two sentences under the title, the two list items, the disclaimer: headings are
    # not the page's sentences, and each heading opens a section.
    assert len(scores) == 5 and sections == [0, 0, 1, 1, 2]


def test_the_prior_weighs_the_section_where_a_page_changes_kind_at_a_heading():
    # Pages of two sections under two headings: eight sentences of claims (+1), eight of
    # something else (-1); in each section three sentences score 0 alone and are of their
    # section's kind. The page's mean cannot tell them apart; their section can.
    rows, scores = [], []
    for page in range(20):
        for n in range(16):
            claims = n < 8
            rows.append(claims_cv.Row(f"s{page}-{n}", int(claims), f"site{page}", "train",
                                      True, f"p{page}", section=int(not claims)))
            scores.append(0.0 if n % 8 in (2, 4, 6) else 1.0 if claims else -1.0)
    never = [False] * len(rows)
    saved = claims_cv.SECTION_TERM
    try:
        claims_cv.SECTION_TERM = True
        prior = claims_cv.fit_page_prior(rows, scores, never, threshold=0.0, goal=0.9,
                                         clips=(1.0,))
    finally:
        claims_cv.SECTION_TERM = saved
    assert prior.section > 0
    read = claims_cv.with_page(rows, scores, never, 0.0, prior)
    assert read == [r.label for r in rows]


def test_the_prior_weighs_a_form_that_the_sentences_weights_read_wrong():
    # Pages of ten sentences: six claims (+1), and four that all score -0.2 alone: two
    # imperatives that are claims (specific clinical advice), two that are neither. Only the
    # form tells them apart: its page term must learn it.
    rows, scores = [], []
    for page in range(20):
        for n in range(10):
            form = ("grammar=imperative",) if n in (6, 7) else ()
            rows.append(claims_cv.Row(f"s{page}-{n}", int(n < 8), f"site{page}", "train",
                                      True, f"p{page}", forms=form))
            scores.append(1.0 if n < 6 else -0.2)
    never = [False] * len(rows)
    saved = claims_cv.FORM_TERMS
    try:
        claims_cv.FORM_TERMS = True
        prior = claims_cv.fit_page_prior(rows, scores, never, threshold=0.0, goal=0.9,
                                         clips=(1.0,))
        claims_cv.FORM_TERMS = False
        without = claims_cv.fit_page_prior(rows, scores, never, threshold=0.0, goal=0.9,
                                           clips=(1.0,))
    finally:
        claims_cv.FORM_TERMS = saved
    assert prior.forms["grammar=imperative"] > 0 and not without.forms
    assert claims_cv.with_page(rows, scores, never, 0.0, prior) == [r.label for r in rows]
    assert claims_cv.with_page(rows, scores, never, 0.0, without) != [r.label for r in rows]


def test_a_check_adds_the_page_terms_of_its_forms_and_cues_and_names_them():
    import dataclasses

    from lint import nlp
    from lint.annotate.claims import ClaimDetector, annotate_claims
    from lint.document.markdown import parse_document
    from lint.document.textmap import SourceText

    markdown = "# Heat illness\n\n" + " ".join(HEAT_PAGE + ["Drink more water every 2 hours."])
    detector = ClaimDetector(nlp.pipeline(nlp.BLANK), profile="health")
    page = detector.model.page

    def judged(forms: dict) -> list:
        document = parse_document("a.md", SourceText(markdown + "\n"))
        nlp.segment([document])
        detector.model.page = dataclasses.replace(page, forms=forms)
        try:
            annotate_claims(document, detector)
        finally:
            detector.model.page = page
        return [s.annotations.claim for s in document.sentences][-1:]

    plain, = judged({})
    pushed, = judged({"grammar=imperative": 9.0})
    assert "grammar=imperative" in {"grammar=" + f for f in detector.forms.of(
        "Drink more water every 2 hours.")}
    assert pushed.points == pytest.approx(plain.points + 9.0, abs=1e-6) and pushed.label
    assert any("its grammar (imperative) on pages of every licence +9.00" in reason
               for reason in pushed.reasons)
    # A cue group's term likewise ("2 hours": a quantity).
    cued, = judged({"cue=quantity": 4.0})
    assert cued.points == pytest.approx(plain.points + 4.0, abs=1e-6)
    assert any("cue 'quantity' on pages of every licence +4.00" in reason
               for reason in cued.reasons)
