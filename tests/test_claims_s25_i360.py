"""Health pages, session 25 (i360, issue 15): false alarms of rounds 26-34 by shape. Two more
closing phrases of the "That's where ..." turn, "it is important to understand how ..." with
nothing said, and a place as a top destination for treatment abroad are set aside (claims.yaml not_claims);
each shape's near claims stay with the model (i366, the review of i360: more of them, and
i360's provider_reputation arm dropped). Sentences in our own words."""

from __future__ import annotations

import pytest

from health_judgments import assert_left_to_model, assert_set_aside

FRAMING = "not a claim: rhetoric that frames the text, with nothing to check"
TRAVEL = "not a claim: a place promoted to travellers for treatment"


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


# i360's provider_reputation arm was dropped by i366 (review of i360): it set aside real
# claims with a doctor anywhere before "a long record of", and narrowed it kept 2 rows of 2
# sites. Praise of a clinic and a record or ranking that states a fact: all with the model.
@pytest.mark.parametrize("line", [
    "The dentists in the old town have earned a fine reputation among visitors.",
    "Metformin has a long record of use in pregnancy.",
    "Our surgeons have a long record of success, with 95% of patients walking the next day.",
    "Our clinic is regarded as one of the best centres for safe egg freezing.",
    "Doctors say statins are regarded as the best treatment for high cholesterol.",
    "Physicians say low-dose aspirin has a long record of averting repeat heart attacks.",
    "We have learned that peppermint has a long record of calming an irritable bowel.",
    "Community practitioners have a proven record of cutting caesarean rates on the wards they run.",
    "Specialists caution that energy drinks have earned a reputation as a route to poor sleep.",
])
def test_a_record_or_reputation_goes_to_the_model(line):
    assert_left_to_model(line)


# i366 (review of i360): "it is important to know ..." after a reason clause, followed by a
# ", as / so / and" clause, or with an effect verb after how / what says something checkable.
@pytest.mark.parametrize("line", [
    "Because stroke strikes younger adults more than many think, it's important to understand what its early signs look like.",
    "As kidney disease is often silent, it's vital to know what your test results mean.",
    "It is crucial to know about iodine, as it keeps the thyroid working in pregnancy.",
    "It's important to understand how measles travels, so keep sick children at home.",
    "It is vital to know what your cholesterol level is, and high levels give no warning.",
    "It's essential to understand how smoking harms the lungs long before any cough.",
    "It's important to know how alcohol can raise blood pressure over time.",
])
def test_important_to_know_with_a_finding_goes_to_the_model(line):
    assert_left_to_model(line)


def test_important_to_know_after_a_short_opener_is_set_aside():
    assert_set_aside("When choosing a clinic, it's important to understand what each package "
                     "includes.", FRAMING)


# i366: "destination" in its medical sense (where cancer spreads, where complications follow).
@pytest.mark.parametrize("line", [
    "The spine is a favourite destination for prostate cancer once it spreads.",
    "The brain is a leading destination for tumour cells from the lung.",
    "Colombia is a popular destination for tummy tucks, and complications are common on return.",
])
def test_a_medical_destination_goes_to_the_model(line):
    assert_left_to_model(line)
