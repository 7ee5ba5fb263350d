"""Course lengths and alternative frequencies (lint/annotate/schedules.py)."""

from __future__ import annotations

import pytest

from lint.annotate.schedules import (alternatives, at_intervals, durations, intervals,
                                     pattern_before_route, phase_of, ranges)
from lint.nlp import pipeline


@pytest.fixture(scope="module")
def nlp():
    return pipeline()


@pytest.mark.parametrize("text, expected", [
    ("50 mg daily for 5 days", ["5 days"]),
    ("a course of treatment that usually lasts for five days", ["5 days"]),
    ("the long duration of treatment, sometimes longer than 2 years", ["longer than 2 years"]),
    ("taken as a 10-day course", ["10 days"]),
    ("for one week", ["1 week"]),
    # a maximum is the course's length (round-8 teriparatide and tolvaptan texts)
    ("it is typically used as second line therapy and even then for no more than two years",
     ["2 years"]),
    ("tolvaptan should not be used for longer than 30 days", ["30 days"]),
    ("250 to 500 mg three to four times daily for 7 to 30 days", ["7 to 30 days"]),
    # not the length of a course
    ("tests should be started 3 to 4 days after the last tablet", []),
    ("starting on cycle day 3, 4, or 5", []),
    ("testosterone fell within 2 weeks", []),
    # a pause (round-8 mifepristone label)
    ("if treatment is interrupted for more than 14 days in females", []),
    # a first phase's length and time since (session 26, i373)
    ("40 mg every 4 weeks for the first 3 months", []),
    ("taken twice weekly for first 10 weeks", []),
    ("the first new antifungal licensed in over 25 years", []),
    # (session 30, i420)
    ("the first biologic approved for lupus in more than 50 years", []),
    ("the first new hypnotic approved for insomnia in nearly 30 years", []),
    ("taken twice weekly over 2 months", ["2 months"]),  # "over" still opens a course
])
def test_course_lengths(nlp, text, expected):
    doc = nlp(text)
    assert [value for value, _, _ in durations(doc, 0, len(doc))] == expected


@pytest.mark.parametrize("text, expected", [
    ("injections every second or third day", ["every other day", "every third day"]),
    ("every other or third day", ["every other day", "every third day"]),
    ("every second day", []),  # one frequency: the word list has it
    ("every second or third week", []),
])
def test_alternative_frequencies(nlp, text, expected):
    doc = nlp(text)
    assert [value for value, _, _ in alternatives(doc, 0, len(doc))] == expected


@pytest.mark.parametrize("text, expected", [
    ("doses of 250 to 500 mg three to four times daily", ["three to four times daily"]),
    ("25 to 50 mg three or four times daily", ["three or four times daily"]),
    ("250 mg two to three times a day", ["two to three times daily"]),
    # counts spelt out as divided doses spell them (session 26, i373): one value either way
    ("hCG is injected 2 to 3 times per week", ["two to three times weekly"]),
    ("Take it 2 to 3 times a day.", ["two to three times daily"]),
    ("given two to three times a week", ["two to three times weekly"]),
    ("two or three times weekly", ["two or three times weekly"]),
    ("given by injection into muscle usually once every one to four weeks",
     ["every one to four weeks"]),
    ("| Intermittent Intravenous Injection | Every 4 to 6 hours |", ["every 4 to 6 hours"]),
    # session 29 (i411): a dash between the counts reads as "to" (shapes of health pages:
    # "every 48-72 hours", "every 3-6 months", "every 4-6 days"); an en dash stays one token
    ("hCG is injected every 48–72 hours", ["every 48 to 72 hours"]),
    ("one injection every 48-72 hours", ["every 48 to 72 hours"]),
    ("pellets are replaced every 3-6 months", ["every 3 to 6 months"]),
    ("| Depot | every 4–6 weeks |", ["every 4 to 6 weeks"]),
    ("applied 2–3 times a week", ["two to three times weekly"]),
    ("taken 2-3 times per day", ["two to three times daily"]),
    # not a range of frequencies
    ("100 to 250 mg daily with increases every 5 to 7 days", []),  # titration
    ("increase by 50 mg every 1–2 weeks", []),  # titration, one word (zonisamide, round 40)
    ("levels of 48–72 ng/dL", []),  # numbers with no frequency
    ("in 2–3 weeks", []),  # a time, not "every"
    ("aged 40–70 years", []),
    ("10 to 80 mg once daily", []),  # a range of doses
    ("for 7 to 14 days", []),  # a course
    # minutes in a range (session 30, i420: carboprost's "may repeat every 15 to 90 minutes")
    ("may repeat every 15 to 90 minutes", ["every 15 to 90 minutes"]),
    ("infused over 30 to 60 minutes", []),  # how long an infusion lasts, not how often
])
def test_frequency_ranges(nlp, text, expected):
    assert [value for value, _, _ in ranges(nlp(text))] == expected


@pytest.mark.parametrize("text, expected", [
    ("repeated at 3-week intervals", ["every 3 weeks"]),
    ("injected at intervals of 4 weeks", ["every 4 weeks"]),
    # a range of intervals, as `ranges` names it (session 30, i420; carboprost's "This may
    # be repeated at 15 to 90 minute intervals")
    ("This may be repeated at 15 to 90 minute intervals.", ["every 15 to 90 minutes"]),
    ("repeated at 2 to 4 week intervals", ["every 2 to 4 weeks"]),
    ("vital signs at 15 minute intervals", []),  # one number of minutes: no dose's interval
])
def test_at_intervals(nlp, text, expected):
    assert [value for value, _, _ in at_intervals(nlp(text), {})] == expected


def test_one_number_of_minutes_is_no_interval(nlp):
    # "blood pressure every 15 minutes" is how often something is checked
    assert intervals(nlp("blood pressure is checked every 15 minutes"), {}) == []



@pytest.mark.parametrize("text, route, expected", [
    # heparin label (round 4): the route between stays a route
    ("When heparin is given by continuous intravenous infusion, the coagulation time",
     "intravenous", ["continuous"]),
    ("added to an infusion solution for continuous intravenous administration", "intravenous",
     ["continuous"]),
    # no noun of giving closes the route
    ("continuous intravenous heparin", "intravenous", []),
    ("a continuous oral contraceptive", "oral", []),
])
def test_pattern_before_route(nlp, text, route, expected):
    doc = nlp(text)
    at = next(t.i for t in doc if t.lower_ == route)  # the route as the matcher gives it
    found = pattern_before_route(doc, [("route", route, at, at + 1)])
    assert [value for value, _, _ in found] == expected


@pytest.mark.parametrize("text, expected", [
    # "for (the) first N weeks" after a frequency: the first phase of the regimen (session 26,
    # i373: ormeloxifene "twice weekly for first 13 weeks", then weekly, is no clash)
    ("taken twice weekly for first 10 weeks", ("initial", "first")),
    ("taken twice weekly for the first 10 weeks", ("initial", "first")),
    ("taken twice weekly for 10 weeks", ("", "")),  # a course, no phase
])
def test_a_first_phase_is_the_schedule_s_phase(nlp, text, expected):
    doc = nlp(text)
    start = next(t.i for t in doc if t.lower_ == "twice")
    assert phase_of(doc, 0, start, start + 2, len(doc)) == expected
