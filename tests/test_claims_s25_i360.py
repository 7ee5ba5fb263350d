"""Health pages, session 25 (i360, issue 15): false alarms of rounds 26-34 by shape. Two more
closing phrases of the "That's where ..." turn, "it is important to understand how ..." with
nothing said, a place as a top destination for treatment abroad, and doctors or clinics
praised for their standing are set aside (claims.yaml not_claims); each shape's near claims
stay with the model. Sentences in our own words."""

from __future__ import annotations

import pytest

from health_judgments import assert_left_to_model, assert_set_aside

FRAMING = "not a claim: rhetoric that frames the text, with nothing to check"
TRAVEL = "not a claim: a place promoted to travellers for treatment"
REPUTATION = "not a claim: the reputation of the doctors or clinics on offer"


@pytest.mark.parametrize("line", [
    "That's where a second opinion enters the conversation.",
    "This is where a written checklist can be especially helpful.",
    "Before booking, it's crucial to understand how each option differs.",
    "That's why it's important to know what to do when a child runs a fever.",
    "It is important to learn about the warning signs of a stroke and act quickly.",
])
def test_framing_that_says_nothing_checkable_is_set_aside(line):
    assert_set_aside(line, FRAMING)


# The same openings with a finding after them, or a phrase the rows do not hold.
@pytest.mark.parametrize("line", [
    "This is where the virus enters the cell.",
    "It's also important to know that smoking doubles the odds of a stroke.",
    "It's important to understand how much salt is too much: adults should keep below 6 grams.",
    "It's very important to know how insulin acts, because it lowers blood sugar within minutes.",
    "It is important to know when a cough needs a doctor.",
])
def test_openings_followed_by_a_finding_go_to_the_model(line):
    assert_left_to_model(line)


@pytest.mark.parametrize("line", [
    "Portugal is fast becoming a popular destination for knee surgery.",
    "For many families, Malta is now the top destination for fertility care in the region.",
])
def test_a_place_as_a_top_destination_for_treatment_is_set_aside(line):
    assert_set_aside(line, TRAVEL)


@pytest.mark.parametrize("line", [
    "Spain is a top destination for IVF, with 150,000 cycles a year.",
    "Travellers with a weak immune system should not visit a malaria destination.",
    "Bali is a popular destination for divers, but rabies is found in its dogs.",
    "Goa is a favourite destination where dengue peaks after the monsoon.",
])
def test_a_destination_with_a_figure_or_advice_goes_to_the_model(line):
    assert_left_to_model(line)


@pytest.mark.parametrize("line", [
    "The dentists in the old town have earned a fine reputation among visitors.",
    "The staff at the clinic have a long record of caring for visitors from abroad.",
    "The surgeons of the eye unit are regarded as one of the best teams in the country.",
])
def test_doctors_or_clinics_praised_for_their_standing_are_set_aside(line):
    assert_set_aside(line, REPUTATION)


# A drug's record, a figure, safety or a ranked treatment: left to the model.
@pytest.mark.parametrize("line", [
    "Metformin has a long record of use in pregnancy.",
    "Our surgeons have a long record of success, with 95% of patients walking the next day.",
    "Our clinic is regarded as one of the best centres for safe egg freezing.",
    "Doctors say statins are regarded as the best treatment for high cholesterol.",
])
def test_a_record_or_ranking_that_states_a_fact_goes_to_the_model(line):
    assert_left_to_model(line)
