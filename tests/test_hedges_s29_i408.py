"""Qualifiers, session 29 (branch i408, issue 15): mends of the review of i396. "suspected"
as a view of a cause ("It is suspected that …", "is suspected of causing", "Researchers
suspected that …") is a qualifier again, while "suspected" as a diagnosis stays none; "when
possible" is an instruction's condition only where it closes its clause, not where
"possible" is the adjective of the claim. Sentences in our own words."""

from __future__ import annotations

import pytest


def judge(text: str, scheme: str = "qualifier"):
    from lint.annotate.hedges import annotate_hedges, detector
    from lint.lines import document_from_lines

    document = document_from_lines([text], "blank")
    annotate_hedges(document, detector("blank"))
    return next(document.sentences).annotations.hedge


@pytest.mark.parametrize("text,cue", [
    ("It is suspected that damp in the bedroom walls brings on the cough.", "It is suspected"),
    ("It was long suspected, though never shown, that the pill caused the clots.",
     "It was long suspected"),
    ("Researchers suspected that the painkiller was harming the liver.", "suspected that"),
    ("Some doctors have suspected that poor sleep drives the weight gain.", "suspected that"),
    ("The dye is suspected of causing the rash in a few children.", "suspected of"),
    ("Sweeteners like this have been suspected of raising blood sugar.", "suspected of"),
])
def test_suspected_as_a_view_of_a_cause_is_a_qualifier(text, cue):
    judgment = judge(text)
    assert judgment.hedged, judgment.cues
    assert cue in judgment.cues, judgment.cues


@pytest.mark.parametrize("text", [
    # a diagnosis not yet confirmed: the person's status, not a qualifier (i396's reading)
    "The boy was suspected of having measles and kept at home.",
    "The clinic logged 312 suspected cases of whooping cough in May.",
    "Anaemia is suspected in a runner when she tires far sooner than usual.",
    # the reader's belief in an instruction
    "If you suspected that your child swallowed a battery, go straight to A&E.",
])
def test_suspected_as_a_diagnosis_or_an_instruction_is_no_qualifier(text):
    judgment = judge(text)
    assert not judgment.hedged, judgment.cues


def test_suspected_stays_speculative_for_the_biomedical_scheme():
    # (BioScope marks every "suspected" speculative: the diagnosis reading keeps it there.)
    assert judge("The boy was suspected of having measles.").speculative


@pytest.mark.parametrize("text", [
    # "possible" the adjective of the claim, after "when / where"
    "Liver damage goes unnoticed when possible warning signs are put down to tiredness.",
    "Falls are common where possible hazards such as loose rugs are left in place.",
    # "possible" before "when": the claim's own possibility
    "Side effects are possible when the dose is raised quickly.",
])
def test_possible_as_the_claims_adjective_after_when_is_a_qualifier(text):
    judgment = judge(text)
    assert judgment.hedged, judgment.cues
    assert "possible" in judgment.cues, judgment.cues


@pytest.mark.parametrize("text", [
    # the condition of an instruction, closing its clause (i396's rows' shapes)
    "When possible, book the scan for the morning.",
    "Take the stairs instead of the lift when possible.",
    "Walk to the shops where possible—it adds up over a week.",
    "Use a spacer wherever possible; it gets more of the dose into the lungs.",
    "Cook at home when possible and keep takeaways for weekends.",
])
def test_when_possible_closing_an_instruction_is_no_qualifier(text):
    judgment = judge(text)
    assert not judgment.hedged, judgment.cues
