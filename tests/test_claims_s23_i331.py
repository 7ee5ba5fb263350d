"""Health pages, session 23 (i331): mends of i325 after its review. An event's attendance
and an organisation's reach are set aside as its own work, not counted as a news report's
claim; a year before "people" or "children" is no count; a list lead-in that goes on to
say something after a comma stays with the model; the campaign arm's finding exemption
needs a finding verb with "that" (i336: or a number after it). Sentences in our own words."""

from __future__ import annotations

import pytest

from health_judgments import OWN_WORK, assert_left_to_model, assert_set_aside, cue_texts, judge

LIST = "not a claim: introduces a list"
# Review finding 1: people at an event, or reached by a programme, report no finding.
@pytest.mark.parametrize("line", [
    "Fifteen people attended the diabetes webinar on Thursday evening.",
    "Roughly 30 people came to the open day at the surgery.",
    "Since it began, the programme has reached nearly two million people with its advice on "
    "safe sleep.",
    "Every year more than 900 people come to us after a stroke.",
])
def test_attendance_and_reach_are_an_institutions_own_work(line):
    assert_set_aside(line, OWN_WORK)
    assert not judge(line).label


# The same words where the count is news of harm, or a study's participants: still a count,
# left to the model.
@pytest.mark.parametrize("line, count", [
    ("Around 20 people attended hospital with burns after the fire.", "20 people"),
    ("The outbreak has now reached 40 people in the district.", "40 people"),
])
def test_a_count_of_harm_with_the_same_verbs_stays_a_count(line, count):
    assert_left_to_model(line)
    assert cue_texts(line, "quantity") == [count]


def test_a_studys_attendees_with_an_outcome_go_to_the_model():
    assert_left_to_model("Volunteers who attended the workshop reported lower stress a month "
                         "later.")


# Review finding 2: a year is no count of people.
@pytest.mark.parametrize("line", [
    "In 2021 children at the nursery grew vegetables for a care home.",
    "Since 2019 people have been able to order repeat prescriptions online.",
])
def test_a_year_before_people_is_no_count(line):
    assert cue_texts(line, "quantity") == []


@pytest.mark.parametrize("line, count", [
    ("About 1,500 people caught measles in the region last spring.", "1,500 people"),
    ("Adults should keep vitamin D below 4000 IU a day.", "4000 IU"),
])
def test_counts_and_doses_that_look_like_years_still_count(line, count):
    assert cue_texts(line, "quantity") == [count]


# Review finding 3: a lead-in that states something after a comma stays with the model.
@pytest.mark.parametrize("line", [
    "There are several types of herpes virus, and some of them stay in the body for life:",
    "There are various forms of arthritis, all of which stiffen the joints:",
    "There are many reasons why dieters regain weight, but poor sleep is among the most "
    "common:",
    "There are a few kinds of stroke, most of them caused by a clot:",
])
def test_a_list_lead_in_with_a_clause_after_a_comma_goes_to_the_model(line):
    assert_left_to_model(line)


def test_a_lead_in_ending_in_most_commonly_still_introduces_a_list():
    assert_set_aside("There are a few types of rosacea, most commonly:", LIST)


# Review finding 4: a campaign's target with a percentage is its own work; a finding
# reported with "that" is not.
@pytest.mark.parametrize("line", [
    "The campaign wants flu jab uptake among carers to reach 75% this winter.",
    "This campaign aims for a 20 percent drop in drink driving by next summer.",
])
def test_a_campaigns_target_is_its_own_work(line):
    assert_set_aside(line, OWN_WORK)


def test_a_campaign_finding_with_that_goes_to_the_model():
    assert_left_to_model("Our campaign's survey found that half of parents forget sun cream on "
                         "cloudy days.")
