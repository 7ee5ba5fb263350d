"""Qualifiers, session 31 (branch i427, issue 15): "you / we can" before an act the reader
(or the writer) chooses to do is an option or an instruction, not a qualifier (LABELING.md
4), while "you can" before a risk that befalls the reader or an effect on health stays one;
"possible" closing its clause after a copula is what can be done, not a view that a claim
may hold. Sentences in our own words, from the shapes of the health pages."""

from __future__ import annotations

import pytest


def judge(text: str, scheme: str = "qualifier"):
    from lint.annotate.hedges import annotate_hedges, detector
    from lint.lines import document_from_lines

    document = document_from_lines([text], "blank")
    annotate_hedges(document, detector("blank"))
    return next(document.sentences).annotations.hedge


@pytest.mark.parametrize("text", [
    # first aid and self-care instructions
    "You can rewarm numb fingers by tucking them under your arms.",
    "You can wrap the scald loosely in clean plastic film.",
    "For a frozen ear you can also thaw it against a friend's warm palm.",
    # permissions and options of a service
    "You can donate plasma every two weeks at most centres.",
    "You can book the clinic's blood test online.",
    "With the results in hand, we can work out which stage the disease has reached.",
    # a condition on the reader's own act
    "If you can taste metal in your mouth, stop the tablets.",
    "Keep the wound covered until you can reach a nurse.",
])
def test_the_readers_option_is_no_qualifier(text):
    judgment = judge(text)
    assert not judgment.hedged, judgment.cues


@pytest.mark.parametrize("text", [
    # a risk that befalls the reader (LABELING.md 4: "can" over a risk)
    "You can catch shingles again years after the first bout.",
    "You can get tetanus from a rusty nail.",
    "You can even get food poisoning from washed salad.",
    "If your sugar runs high you can quickly develop ketoacidosis.",
    # an effect on health
    "You can lower your chance of a stroke by walking daily.",
    "By stopping smoking we can prevent most of these cancers.",
    # another qualifier beside the option stays one
    "You can usually ease a tension headache with rest and water.",
    # "have" reads both ways and stays a qualifier
    "You can have high blood pressure for years without a sign.",
    # "can" with another subject is read as before
    "Cold water can make the skin numb within minutes.",
])
def test_a_risk_or_an_effect_on_the_reader_stays_a_qualifier(text):
    judgment = judge(text)
    assert judgment.hedged, judgment.cues


@pytest.mark.parametrize("text", [
    "Keyhole surgery on the whole gland is also possible here.",
    "Yes, that is possible.",
    "Pregnancy through donor sperm is quite possible without a partner.",
    "Call the helpline whenever contact with a stray dog is possible.",
])
def test_feasible_is_no_qualifier(text):
    judgment = judge(text)
    assert not judgment.hedged, judgment.cues


@pytest.mark.parametrize("text", [
    "It is possible that the pills raise blood pressure.",
    "It is possible for men on the drug to lose bone mass.",
    "Possible side effects include a dry mouth.",
    "Harm to the kidneys is possible with long use.",
])
def test_possible_as_a_view_stays_a_qualifier(text):
    judgment = judge(text)
    assert judgment.hedged, judgment.cues


@pytest.mark.parametrize("text", [
    # a test's cut-off, a definition
    "A resting pulse under 60 beats a minute is considered low in adults.",
    "Fasting glucose of 5 mmol/L or below is considered to be normal.",
    "A ferritin level above 300 is considered a poor sign in these patients.",
    # an instruction's condition, as "if possible"
    "If at all possible, bring the empty packet to the surgery.",
])
def test_a_cut_off_or_an_instructions_condition_is_no_qualifier(text):
    judgment = judge(text)
    assert not judgment.hedged, judgment.cues


@pytest.mark.parametrize("text", [
    # a view of a cause or a class, and a scope word beside "considered"
    "Heavy drinking is considered a risk factor for gout.",
    "A level of 300 is generally considered low by most labs.",
    # "possible" the adjective of the claim after "if at all"
    "Ask whether the rash is a sign of a possible allergy.",
])
def test_considered_as_a_view_stays_a_qualifier(text):
    judgment = judge(text)
    assert judgment.hedged, judgment.cues


@pytest.mark.parametrize("text", [
    # how often an act is done or a thing happens, after it
    "Rinse the eye with clean water frequently during the first hour.",
    "Turn the patient occasionally, every two hours at night.",
    "Chest infections still occur frequently in care homes.",
])
def test_frequency_after_the_act_is_no_qualifier(text):
    judgment = judge(text)
    assert not judgment.hedged, judgment.cues


@pytest.mark.parametrize("text", [
    # before what it scopes over, it makes the claim non-universal
    "Gout is frequently linked with kidney stones.",
    "Knee pain occasionally comes from a problem in the hip.",
    # "often" after its verb is labelled qualified: not matched
    "Sleep apnoea goes undiagnosed often in young women.",
    # a modal before it keeps its own reading
    "The rash may frequently return in winter.",
])
def test_frequency_as_scope_stays_a_qualifier(text):
    judgment = judge(text)
    assert judgment.hedged, judgment.cues
