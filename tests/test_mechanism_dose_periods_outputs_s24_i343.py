"""Schedule and effect recall (session 24, branch i343, issue 16), on
tests/data/mechanisms/dose_periods_outputs_s24.md (sentences written for the tests).

A dose said per day or per week with a slash ("25 mg/day", "1 mg/d", "120mg/day",
"2.4 mg/w") is a daily or weekly schedule (lint/annotate/dose_periods.py); a count that is
no dose ("cigarettes/day"), a dose by body weight ("mg/kg/day") and "and/or" are not.
Dopamine, histamine and glutamate are outputs a drug raises or lowers (lint/data/drugs.yaml
hormones); the same words in a class ("dopamine agonist"), a target ("histamine H1
receptors") or a conversion ("converted to dopamine") are no effect."""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import assert_statement, read_fixture


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "dose_periods_outputs_s24.md")


@pytest.mark.parametrize("statement", [
    (3, "exemestane", "schedule", "daily"),  # "25 mg/day"
    (5, "anastrozole", "schedule", "daily"),  # "1 mg/d"
    (7, "raloxifene", "schedule", "daily"),  # "120mg/day": number and unit glued
    (9, "semaglutide", "schedule", "weekly"),  # "(2.4 mg/w)"
    (17, "rasagiline", "effect", "dopamine:up"),
    (19, "cromoglicic acid", "effect", "histamine:down"),  # "blocks the release of"
    (21, "lamotrigine", "effect", "glutamate:down"),
])
def test_dose_per_period_and_monoamine_outputs_are_read(read, statement):
    assert_statement(read, True, statement)


@pytest.mark.parametrize("statement", [
    (11, "varenicline", "schedule", "daily"),  # "cigarettes/day": no dose of the drug
    (13, "finasteride", "schedule", "daily"),  # "80 mg/kg/day" in mice: not read
    (15, "tamoxifen", "schedule", "daily"),  # "and/or"
    (15, "anastrozole", "schedule", "daily"),
    (23, "bromocriptine", "effect", "dopamine:up"),  # a class, no output
    (25, "loratadine", "effect", "histamine:down"),  # a target, no output
    (27, "levodopa", "effect", "dopamine:up"),  # a conversion, not said as a change
])
def test_slashes_and_transmitter_words_that_say_no_such_thing(read, statement):
    assert_statement(read, False, statement)
