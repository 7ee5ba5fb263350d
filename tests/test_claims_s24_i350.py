"""Health pages, session 24 (i350, issue 15): the review of i345 probed its `not_claims` arms
with real claims that a clinic or news page could write (an effect, a risk, a schedule, a
prevalence, a correction of a belief); each must stay with the learned model. The probe
sentences are the reviewer's own and ours, none taken from a labelled row or a page."""

from __future__ import annotations

import pytest

from health_judgments import assert_left_to_model


# Finding 1: a word straight after "Updated" / "Revised" makes it a sentence, not a stamp.
@pytest.mark.parametrize("line", [
    "Updated guidance in 2023 lowered the target blood pressure for adults over 65.",
    "Revised guidelines in 2017 cut the threshold for treating high cholesterol.",
    "Updated advice from 2024 says that children under two should not have honey.",
])
def test_a_finding_opening_with_updated_is_not_a_stamp(line):
    assert_left_to_model(line)


# Findings 2 and 8: the clinic inside a relative clause about patients, and a list item in
# lower case that completes a claim.
@pytest.mark.parametrize("line", [
    "Children who visit our clinic with asthma are far less likely to end up in hospital.",
    "Half of the women who contact our clinic after a miscarriage go on to have a healthy "
    "pregnancy.",
    "Most women who speak to our nurses after a miscarriage go on to have a healthy pregnancy.",
    "Patients who contact our office within a day of symptoms recover faster.",
    "identify prostate cancer early, when it is easier to treat",
    "select patients with early disease gain most from surgery.",
])
def test_patients_who_visit_the_clinic_and_lower_case_findings_go_to_the_model(line):
    assert_left_to_model(line)


# Findings 3 and 4: the nation's health care, a clinic's claims of safety, efficacy or cure,
# and the staff's effect after an opening clause.
@pytest.mark.parametrize("line", [
    "Our health care system spends more on drugs per person than any other country.",
    "Our mental health services cannot keep up with demand from teenagers.",
    "Our treatment is safe for pregnant women.",
    "Our laser treatment is painless and permanent.",
    "At our clinic, acupuncture cures chronic migraine without drugs.",
    "Our clinic offers the only hair regrowth treatment that works for every man.",
    "For most people with a slipped disc, our physiotherapists can ease the pain without "
    "surgery.",
    "Without surgery, our specialists can treat most varicose veins in a single visit.",
])
def test_a_clinic_claiming_an_effect_goes_to_the_model(line):
    assert_left_to_model(line)


# Findings 5 and 6: a screening schedule for a group, what happens to carriers, and a
# finding about the users of an app.
@pytest.mark.parametrize("line", [
    "Women aged 50 to 71 will be invited for breast screening every three years.",
    "People found to carry the gene will be contacted and offered yearly scans.",
    "You will be invited for screening every three years from the age of 50.",
    "People who logged their meals on our app lost more weight than those who did not.",
])
def test_schedules_and_findings_about_users_go_to_the_model(line):
    assert_left_to_model(line)


# Finding 7: a belief followed by its correction, and "Most ..." as a prevalence.
@pytest.mark.parametrize("line", [
    "Many people think antibiotics cure colds, yet they do nothing against viruses.",
    "Many women think the pill causes weight gain, although trials show no such effect.",
    "Some people think that vaccines cause autism, a myth that has been disproved.",
    "Many parents assume fever harms the brain, which is not true.",
    "Many people believe the flu jab can give you flu, which is wrong.",
    "Most patients ask for antibiotics they do not need.",
])
def test_a_belief_and_its_correction_goes_to_the_model(line):
    assert_left_to_model(line)


# Finding 12: a list announced as below, with a figure or an effect in it.
@pytest.mark.parametrize("line", [
    "Listed below are the three drugs that doubled survival in the trial.",
    "Listed below are foods that lower cholesterol.",
])
def test_a_list_lead_in_with_a_finding_goes_to_the_model(line):
    assert_left_to_model(line)


# The final read of i350: probes in the reviewer's words that the narrowed arms still took.
@pytest.mark.parametrize("line", [
    "Revised in 2022, the guideline now advises daily aspirin only for people who already "
    "have heart disease.",
    "Updated in 2024, the vaccine protects against the strains now spreading.",
    "tap water with added fluoride cuts tooth decay in children by about a quarter",
    "Most ear infections clear up on their own; visiting our clinic is only needed if the "
    "fever lasts more than two days.",
    "At our clinic, we have seen far fewer heart attacks since the smoking ban.",
    "Our clinic uses a laser that heals scars twice as fast as creams do.",
    "You will be sent home the same day in nine cases out of ten after keyhole surgery.",
    "Listed below are the side effects that affect more than one person in ten.",
    "Many people think vitamin C prevents colds; it does not.",
    "Many patients ask for a scan, and most of them do not need one.",
])
def test_the_final_reads_probes_go_to_the_model(line):
    assert_left_to_model(line)
