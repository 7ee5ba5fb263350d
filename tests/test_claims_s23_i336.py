"""Health pages, session 23 (i336): last mends of i331 after its final read. A campaign's
finding reported without "that" is still a finding; an outbreak's trail through an event or
a count of people "with" their own condition is no institution's work; a comma clause that
only points at the list still introduces it. Sentences in our own words."""

from __future__ import annotations

import pytest

from health_judgments import OWN_WORK, assert_left_to_model, assert_set_aside, cue_texts

LIST = "not a claim: introduces a list"
# Finding 1: "has shown that" and a finding verb before a number report what a campaign found.
@pytest.mark.parametrize("line", [
    "Our campaign has shown that handwashing cuts stomach bugs in schools.",
    "This campaign found 40% of drivers skip rest breaks on long trips.",
    "The campaign found about half of teenagers sleep less than seven hours.",
])
def test_a_campaign_finding_without_that_goes_to_the_model(line):
    assert_left_to_model(line)


def test_a_campaign_that_found_volunteers_is_still_its_own_work():
    # "found" before a word, not a number or share, reports no finding.
    assert_set_aside("The campaign found new volunteers in every town it visited.", OWN_WORK)


# Finding 2: the cases of an outbreak at an event are a count, not an event's attendance.
@pytest.mark.parametrize("line, count", [
    ("Most of the 14 cases had attended the same seminar.", "14 cases"),
    ("Nine patients attended a church fair.", "Nine patients"),
    ("All seven patients had attended a family meeting.", "seven patients"),
    ("Six people who had attended the workshop.", "Six people"),
])
def test_an_outbreak_trail_through_an_event_stays_a_count(line, count):
    assert_left_to_model(line)
    assert cue_texts(line, "quantity") == [count]


@pytest.mark.parametrize("line", [
    "Around 60 parents attended the open day at the clinic.",
    "Dozens of patients with asthma, their carers and local nurses attended the workshop.",
])
def test_an_events_audience_is_still_its_own_work(line):
    assert_set_aside(line, OWN_WORK)


# Finding 3: "with" the people's own condition is no programme's help.
@pytest.mark.parametrize("line, count", [
    ("The infection has now reached 35 people with a fever in the county.", "35 people"),
    ("Whooping cough has reached 150 children with no booster in the region.", "150 children"),
])
def test_a_disease_reaching_people_with_a_condition_stays_a_count(line, count):
    assert_left_to_model(line)
    assert cue_texts(line, "quantity") == [count]


def test_a_programme_reaching_people_with_free_help_is_its_own_work():
    assert_set_aside("Last year the charity reached 8,000 families with free cooking classes.",
                     OWN_WORK)


# Finding 4: a comma clause that only points at the list still introduces it.
@pytest.mark.parametrize("line", [
    "There are many kinds of talking therapy, some of which are:",
    "There are several groups of painkillers, the main ones of which are as follows:",
    "There are a few forms of psoriasis, and the commonest of them are:",
])
def test_a_lead_in_whose_comma_clause_only_points_at_the_list_is_set_aside(line):
    assert_set_aside(line, LIST)


def test_a_comma_clause_that_says_something_still_goes_to_the_model():
    assert_left_to_model("There are many kinds of talking therapy, some of which work by phone:")
