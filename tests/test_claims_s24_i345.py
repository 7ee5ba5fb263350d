"""Health pages, session 24 (i345, issue 15): false alarms of rounds 26-32 by shape. Page
furniture written in figures or as a contact label, a clinic describing its own service,
the steps of using a service, a list announced as "below", what many people think as a
lead-in, and an awareness day are set aside (claims.yaml not_claims); each shape's near
claims stay with the model. Sentences in our own words."""

from __future__ import annotations

import pytest

from health_judgments import assert_left_to_model, assert_set_aside

FURNITURE = "not a claim: a byline, date or page furniture"
PUBLISHER = "not a claim: the publisher describing itself"
SERVICE = "not a claim: how the service runs for its users"
LIST = "not a claim: introduces a list"
FRAMING = "not a claim: rhetoric that frames the text, with nothing to check"
DATELINE = "not a claim: a dateline or a date"


@pytest.mark.parametrize("line", [
    "2024.11.03 09:15",
    "03.11.2024",
    "Tel: 020 7946 0000",
    "Email: clinic@example.org",
    "Tag: Gout",
])
def test_dates_in_figures_and_contact_labels_are_furniture(line):
    assert_set_aside(line, FURNITURE)


# A date inside a finding, or a number that is a measurement, is not a line of furniture.
@pytest.mark.parametrize("line", [
    "On 03.11.2024 the ministry recorded 40 new cases of measles.",
    "Guidance revised on 3 Nov 2019 lowered the target blood pressure for older adults.",
    "Phone use in bed delays sleep by about 20 minutes.",
])
def test_dates_and_numbers_in_findings_go_to_the_model(line):
    assert_left_to_model(line)


@pytest.mark.parametrize("line", [
    "Our practice offers blood tests, advice on diet and follow-up visits.",
    "The care at our practice includes home visits and help with medicines.",
    "Our clinic uses up-to-date scanners.",
    "At our clinic in town, you can drop in without an appointment.",
    "Our staff and nurses speak Polish as well as English.",
])
def test_a_clinic_describing_its_service_is_the_publisher(line):
    assert_set_aside(line, PUBLISHER)


# Research, a success rate, a number or an effect in the sentence: left to the model.
@pytest.mark.parametrize("line", [
    "Our treatment plans are based on research from large trials of older men.",
    "Our clinic's success rate for a first cycle of IVF is above the national average.",
    "Our clinic treated 300 children with asthma last year.",
    "Our care lowers the risk of a second fracture in older women.",
])
def test_a_clinic_reporting_research_or_figures_goes_to_the_model(line):
    assert_left_to_model(line)


@pytest.mark.parametrize("line", [
    "A copy of the results will be sent to your family doctor.",
    "You will be invited to a first meeting with the nurse.",
    "The scan will then be booked for the following week.",
])
def test_the_steps_of_using_a_service_are_set_aside(line):
    assert_set_aside(line, SERVICE)


@pytest.mark.parametrize("line", [
    "Men over 60 will be offered a yearly check of their prostate.",
    "Most people who catch the virus will be better within a week.",
])
def test_what_will_happen_to_patients_in_general_goes_to_the_model(line):
    assert_left_to_model(line)


def test_a_list_announced_as_below_is_set_aside():
    assert_set_aside("Listed below are five snacks that are low in salt.", LIST)


@pytest.mark.parametrize("line", [
    "Many people think gout only affects men who drink.",
    "Some patients ask for a written plan before they start.",
])
def test_what_people_think_as_a_lead_in_is_framing(line):
    assert_set_aside(line, FRAMING)


# A correction, research or a figure after it: a statement to check.
@pytest.mark.parametrize("line", [
    "Many people think gout only affects men, but women get it too after menopause.",
    "Many people believe that sugar makes children hyperactive; studies have found no link.",
    "Most men believe their blood pressure is normal, yet one in three has hypertension.",
])
def test_what_people_think_then_corrected_goes_to_the_model(line):
    assert_left_to_model(line)


@pytest.mark.parametrize("line", ["Today is World Heart Day.", "Today is World Kidney Day"])
def test_an_awareness_day_is_a_date(line):
    assert_set_aside(line, DATELINE)


def test_what_an_awareness_day_reports_goes_to_the_model():
    assert_left_to_model("Today is World Heart Day, and heart disease still kills more "
                         "people than any other illness.")


CALL = "not a claim: a call to action"


@pytest.mark.parametrize("line", [
    "If the rash spreads, book a check by visiting any of our clinics this week.",
    "Anyone with a new lump should visit our clinic for a check.",
    "describe how the kidney filters blood; and",
    "drag the bar to change the dose shown.",
])
def test_the_reader_sent_to_the_clinic_or_told_what_to_do_is_a_call_to_action(line):
    assert_set_aside(line, CALL)


# Capitalised, a verb such as "Compare" may open a finding; in lower case it is an
# instruction only at the line's start.
@pytest.mark.parametrize("line", [
    "Compared with placebo, the drug halved the number of migraine days.",
    "Doctors can describe the pathway of an infection once the cultures are back.",
])
def test_an_instruction_verb_elsewhere_goes_to_the_model(line):
    assert_left_to_model(line)


def test_the_staff_at_work_after_an_opening_clause_is_the_publisher():
    assert_set_aside("After a full check of your knee, our physiotherapists will plan your "
                     "exercises with you.", PUBLISHER)


def test_the_staff_reporting_an_effect_after_an_opening_clause_goes_to_the_model():
    assert_left_to_model("In older men, our doctors can lower the risk of falls by half with "
                         "balance training.")
