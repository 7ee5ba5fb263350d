"""Course lengths and alternative frequencies (lint/annotate/schedules.py)."""

from __future__ import annotations

import pytest

from lint.annotate.schedules import alternatives, durations
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
    # not the length of a course
    ("tests should be started 3 to 4 days after the last tablet", []),
    ("starting on cycle day 3, 4, or 5", []),
    ("testosterone fell within 2 weeks", []),
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
