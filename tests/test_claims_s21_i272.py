"""Health pages: the furniture and the clinic's own staff that held-out pages let through as
claims (session 21, i272; claims.yaml not_claims). Sentences in our own words."""

from __future__ import annotations

import pytest

from health_judgments import assert_left_to_model, assert_set_aside, judge

FURNITURE = "not a claim: a byline, date or page furniture"
PUBLISHER = "not a claim: the publisher describing itself"
METHODS = "not a claim: what a study set out to do or how it was done"


@pytest.mark.parametrize("line, reason", [
    ("By AFP", FURNITURE),
    ("BY: Maria Lopez", FURNITURE),
    ("Author(s)", FURNITURE),
    ("14 days", FURNITURE),
    ("3 hours ago", FURNITURE),
    ("Dinner: 18:30", FURNITURE),
    ("Visiting hours are every day between 10:00-20:00.", FURNITURE),
    ("Blood test panel €45", FURNITURE),
    ("Follow-up visit $80 ~ $120", FURNITURE),
    ("Back to blog", FURNITURE),
    ("Book an appointment", FURNITURE),
    ("Our specialist nurses will go through the results with you.", PUBLISHER),
    ("A sleep diary was used to record bedtimes for two weeks.", METHODS),
])
def test_page_furniture_and_a_clinic_s_staff_are_set_aside(line, reason):
    assert_set_aside(line, reason)


@pytest.mark.parametrize("line", [
    # Each shares a word or a shape with a pattern above and says something checkable.
    "Our researchers found that the drug lowered blood pressure in most patients.",
    "By blocking this enzyme, the drug lowers the level of uric acid.",
    "Symptoms usually clear within 14 days.",
    "Back pain affects about four in five adults at some point.",
    "Most people need 7 to 9 hours of sleep a night.",
])
def test_claims_that_look_like_furniture_are_left_to_the_model(line):
    assert_left_to_model(line)
    assert judge(line).label
