"""Health pages, session 26 (i374, issue 15): causes of the claim errors of rounds 26-34.

- A story of one other person told by the page ("She was admitted ...", "He started ...") is
  not a claim (claims.yaml not_claims, personal_story); the same opening with a verb of
  saying, noting or urging carries an expert's statement and goes to the model.
- A list lead-in that ranks or counts ("The most common ... include:", "... 40% ... can
  include:") states a fact and goes to the model; "Warning signs include:" stays set aside.
- Seeking advice is a call to action only when the reader is told to: as what people do,
  it is a finding and goes to the model.

Sentences in our own words."""

from __future__ import annotations

import pytest

from health_judgments import assert_left_to_model, assert_set_aside

STORY = "not a claim: a personal story"
LIST = "not a claim: introduces a list"
CALL = "not a claim: a call to action"


@pytest.mark.parametrize("line", [
    "She was admitted to the ward on a Tuesday and went home two days later.",
    "He started walking to work each morning after the scare.",
    "She keeps a diary of every reading her meter gives.",
    "He has been trying to lose weight since the spring.",
])
def test_the_story_of_one_person_is_set_aside(line):
    assert_set_aside(line, STORY)


@pytest.mark.parametrize("line", [
    "He said most kidney stones pass without surgery.",
    "She added that one adult in three has high blood pressure.",
    "He warns that untreated sleep apnoea strains the heart.",
    "She explained that the vaccine takes two weeks to work.",
    "He or she will check your blood pressure at each visit.",
])
def test_an_expert_reported_by_pronoun_goes_to_the_model(line):
    assert_left_to_model(line)


def test_a_plain_list_lead_in_stays_set_aside():
    assert_set_aside("Warning signs of a blocked drain include:", LIST)


@pytest.mark.parametrize("line", [
    "The most common causes of ankle pain in runners include:",
    "About 40% of adults with the infection notice nothing, and the signs can include:",
    "Leading reasons for a hospital stay in winter include:",
])
def test_a_lead_in_that_ranks_or_counts_goes_to_the_model(line):
    assert_left_to_model(line)


@pytest.mark.parametrize("line", [
    "If the pain wakes you at night, please seek medical advice.",
    "Before you stop any tablets, you should seek expert advice.",
])
def test_the_reader_told_to_seek_advice_is_a_call_to_action(line):
    assert_set_aside(line, CALL)


@pytest.mark.parametrize("line", [
    "Older men tend to wait months before they seek medical help for low mood.",
    "Many surgeons now think a runner with knee pain should seek professional help early.",
])
def test_seeking_advice_as_what_people_do_goes_to_the_model(line):
    assert_left_to_model(line)
