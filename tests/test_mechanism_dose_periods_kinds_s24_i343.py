"""Schedule and kind recall (session 24, branch i343, issue 16), on
tests/data/mechanisms/dose_periods_kinds_s24.md (sentences written for the tests).

A dose said per day or per week with a slash ("25 mg/day", "1 mg/d", "120mg/day",
"2.4 mg/w") is a daily or weekly schedule (lint/annotate/dose_periods.py); a count that is
no dose ("cigarettes/day"), a dose by body weight ("mg/kg/day") and "and/or" are not.
Chemical families a text says a drug is ("a plant alkaloid", "an imidazopyridine", "a
cyclopyrrolone", "a benzamide", "a benzothiazole") are its kinds (drug_classes.yaml
`kinds`); "ergot alkaloid" stays the ergot derivative, and a family a drug is only compared
with is not its kind."""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import assert_statement, read_fixture


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "dose_periods_kinds_s24.md")


@pytest.mark.parametrize("statement", [
    (3, "exemestane", "schedule", "daily"),  # "25 mg/day"
    (5, "anastrozole", "schedule", "daily"),  # "1 mg/d"
    (7, "raloxifene", "schedule", "daily"),  # "120mg/day": number and unit glued
    (9, "semaglutide", "schedule", "weekly"),  # "(2.4 mg/w)"
    (17, "ajmaline", "kind", "alkaloid"),
    (19, "alpidem", "kind", "imidazopyridine"),
    (21, "zopiclone", "kind", "cyclopyrrolone"),
    (23, "sulpiride", "kind", "benzamide"),
    (25, "pramipexole", "kind", "benzothiazole"),
    (27, "nicergoline", "kind", "ergot derivative"),  # the longer name wins
])
def test_doses_per_period_and_chemical_families_are_read(read, statement):
    assert_statement(read, True, statement)


@pytest.mark.parametrize("statement", [
    (11, "varenicline", "schedule", "daily"),  # "cigarettes/day": no dose of the drug
    (13, "finasteride", "schedule", "daily"),  # "80 mg/kg/day" in mice: not read
    (15, "tamoxifen", "schedule", "daily"),  # "and/or"
    (15, "anastrozole", "schedule", "daily"),
    (27, "nicergoline", "kind", "alkaloid"),  # inside "ergot alkaloid"
    (29, "cabergoline", "kind", "alkaloid"),  # compared with them, not one of them
    (29, "cabergoline", "kind", "ergot derivative"),
])
def test_slashes_and_family_words_that_say_no_such_thing(read, statement):
    assert_statement(read, False, statement)


def test_a_days_total_is_read_as_such_and_agrees_with_four_doses_a_day(read):
    # "(800 mg/day)": the day's total, phase "total", which MEC003 compares with totals only
    assert_statement(read, True, (33, "danazol", "schedule", "daily"))
    assert_statement(read, True, (31, "danazol", "schedule", "four times daily"))
    assert not [f for f in read[0] if f.code == "MEC003"], read[0]


def test_a_dose_in_hyphened_animals_is_not_the_medicines_schedule(read):
    # "In GH-deficient mice": the hyphened word counts once, so "in" doses the animals
    assert_statement(read, False, (35, "sermorelin", "schedule", "daily"))
