"""Health pages, session 23 (i325, issue 15): round-30 error analysis. A list announced by
its kind alone and "understanding X is key" framing are set aside (claims.yaml not_claims
`list_introduction`, `framing`); three recognisers no longer take real claims: an acronym
ending in "-I" is not the writer, a campaign that reports a finding, and "If you have been
..." (its arm of `reader_experience` is gone). Sentences in our own words."""

from __future__ import annotations

import pytest

from health_judgments import assert_left_to_model, assert_set_aside, cue_texts, judge

LIST = "not a claim: introduces a list"
FRAMING = "not a claim: rhetoric that frames the text, with nothing to check"


@pytest.mark.parametrize("line", [
    "There are several kinds of migraine:",
    "There are a few different ways to take iron:",
    "There are various reasons for wheezing in young children:",
    "Possible causes of hair loss are:",
    "The usual side effects are as follows:",
    "Early signs of gout include [2] [5]:",
])
def test_a_list_announced_by_its_kind_alone_is_set_aside(line):
    assert_set_aside(line, LIST)


# A count, a ranking or a verb of its own before the colon: a statement that the list
# completes, left to the model.
@pytest.mark.parametrize("line", [
    "There are two main types of diabetes:",
    "There are 3 forms of hepatitis that spread through blood:",
    "There are several forms of psoriasis that may flare up in winter:",
    "The leading causes of blindness in older adults are:",
    "The symptoms that can follow a concussion are:",
])
def test_a_list_lead_in_with_a_count_or_a_verb_goes_to_the_model(line):
    assert_left_to_model(line)


@pytest.mark.parametrize("line", [
    "Understanding your treatment choices is the first step.",
    "Understanding these hormones is key to making sense of your results.",
    "When your knees hurt on the stairs, understanding what might help is an important first "
    "step.",
    "However, as with any supplement, understanding the possible harms is crucial for anyone "
    "thinking of taking it.",
])
def test_understanding_something_called_crucial_is_framing(line):
    assert_set_aside(line, FRAMING)


# Review of i294 (finding 5): a finding after "Understanding that / how", after a comma, a
# dash or in the opening clause stays with the model.
@pytest.mark.parametrize("line", [
    "Understanding that smoking narrows the arteries is crucial.",
    "Understanding how insulin works is key to managing diabetes.",
    "Understanding your blood pressure is vital, as it often gives no symptoms.",
    "Understanding the dose is crucial - too much vitamin A harms the unborn baby.",
    "If 1 in 3 adults has high blood pressure, understanding it is crucial.",
])
def test_understanding_with_a_finding_goes_to_the_model(line):
    assert_left_to_model(line)


# Real claims that a recogniser took before i325; each now goes to the model, which calls
# it a claim.
@pytest.mark.parametrize("line", [
    # an acronym ending in "-I" is not the writer's "I"
    "CBT-I helps more people with chronic insomnia than sleeping tablets do.",
    # a campaign reporting what it found
    "The campaign screened 5,000 adults and found that 12 percent had undiagnosed diabetes.",
    "Our campaign showed that one smoker in five quit within a year.",
    # "If you have been ..." with what follows from it
    "If you have been diagnosed with type 2 diabetes, your risk of heart disease is about "
    "twice that of other adults.",
])
def test_claims_that_recognisers_took_go_to_the_model(line):
    assert_left_to_model(line)
    assert judge(line).label


# What the changed recognisers still take.
@pytest.mark.parametrize("line, reason", [
    ("I stopped the tablets after a week.", "not a claim: a personal story"),
    ("Our campaign runs on local radio until the end of May.",
     "not a claim: an institution describing its own work"),
    ("By now you've probably heard the word keto mentioned a lot.",
     "not a claim: rhetoric about the reader's experience"),
])
def test_the_narrowed_recognisers_still_set_aside_their_own_shapes(line, reason):
    assert_set_aside(line, reason)


# The quantity cue counts people and cases after a number: a news report's claim with no
# domain word ("nine children", "six people").
@pytest.mark.parametrize("line, count", [
    ("Nine children have died in the province since the start of the year.", "Nine children"),
    ("Officers counted 14 cases in the town over the weekend.", "14 cases"),
    ("Six people are in hospital after eating at the same stall.", "Six people"),
    ("The storm left 3 deaths and many injured in the valley.", "3 deaths"),
    ("Two adults were treated for smoke inhalation after the blaze.", "Two adults"),
])
def test_a_count_of_people_or_cases_gives_a_quantity(line, count):
    assert cue_texts(line, "quantity") == [count]


@pytest.mark.parametrize("line", [
    "The ward has two rooms for visitors.",
    "Cases of flu rose across the town this winter.",
    "The children's clinic moves to a new building in May.",
    "People in the valley were told to boil their water.",
])
def test_people_or_cases_without_a_count_give_no_quantity(line):
    assert cue_texts(line, "quantity") == []


def test_a_news_count_with_no_domain_word_is_a_claim():
    judged = judge("Six people are in hospital after eating at the same stall.")
    assert judged.label
    assert judged.reasons[0] == "gives a quantity: 'Six people'"
