"""Health pages, session 25 (i361, issue 15): claims missed on pages nobody here wrote. A
call to action that says how soon or for how long is a specific recommendation and goes to
the learned model (claims.yaml `call_to_action` `unless`), and so does what a test or an
examination "provides information about" (`about_this_page`); a count in millions, a fraction
of a group and a rate "one in N" give a quantity cue. Sentences in our own words."""

from __future__ import annotations

import pytest

from health_judgments import assert_left_to_model, assert_set_aside, cue_texts

CALL = "not a claim: a call to action"
PAGE = "not a claim: the page describing itself"


# A time interval in the advice: how soon to act, how long to wait or to refrain.
@pytest.mark.parametrize("line", [
    "Visit a nurse at least three weeks before a trip to a malaria area.",
    "Call your GP if a cough in a baby lasts longer than 10 days.",
    "Please avoid alcohol for 48 hours after the anaesthetic.",
    "If you are over 50, ask for a bowel screening kit every two years.",
    "Contact the ward if the wound still weeps after a few days.",
])
def test_a_call_to_action_with_an_interval_goes_to_the_model(line):
    assert_left_to_model(line)


# The same calls without an interval, and a telephone number, stay set aside.
@pytest.mark.parametrize("line", [
    "Visit a nurse before a trip to a malaria area.",
    "Call your GP if a cough in a baby will not go away.",
    "Please call the helpline on 0800 123 456 for advice.",
    "Contact the ward if the wound still weeps.",
])
def test_a_call_to_action_without_an_interval_is_set_aside(line):
    assert_set_aside(line, CALL)


@pytest.mark.parametrize("line, count", [
    ("Around 3.4 million in the region live with kidney disease.", "3.4 million"),
    ("Health officials expect 40 million new cases of gout by 2035.", "40 million"),
    ("Roughly a third of smokers try to quit each year.", "a third of"),
    ("Two thirds of strokes happen in people over 65.", "Two thirds of"),
    ("One in 8 women will be told they have breast cancer in their lifetime.", "One in 8"),
])
def test_a_large_count_a_fraction_or_a_rate_gives_a_quantity(line, count):
    # (The cue's words may run on: i365 reads the word after a count and a fraction.)
    assert any(count in cue for cue in cue_texts(line, "quantity"))


# No count: a word that only looks like one (a quarter of a time is no share of people;
# i365 put it here for "the second half of the concert", which no pattern could match).
@pytest.mark.parametrize("line", [
    "Thanks a million for reading this far.",
    "Our choir sang for a quarter of an hour.",
    "One in the group always asks about parking.",
])
def test_words_like_a_count_give_no_quantity(line):
    assert cue_texts(line, "quantity") == []


# What a test or an examination tells is a finding about the body, not the page's contents.
@pytest.mark.parametrize("line", [
    "A bone scan provides information about how dense the hip and spine are.",
    "The sweat test gives a clear answer; it provides information on how salty the sweat is.",
    "An ultrasound of the neck provides information about the size of the thyroid.",
])
def test_what_a_test_provides_information_about_goes_to_the_model(line):
    assert_left_to_model(line)


@pytest.mark.parametrize("line", [
    "The leaflet provides information about bone scans.",
    "The clinic's website contains information on tests for thyroid disease.",
])
def test_a_publication_providing_information_is_set_aside(line):
    assert_set_aside(line, PAGE)
