"""Schedules and sites of action on new texts (session 30, branch i420, issue 16), on
tests/data/mechanisms/schedules_sites_s30_i420.md (sentences written for the tests).

- "nightly", "once nightly" and "once-a-day" are once a day (drugs.yaml `schedules: daily`;
  round 38's gold keys "nightly" daily, the bedtime being a timing).
- "approved … in more than 40 years", "in nearly 50 years" is the time since the last such
  drug, not a course (schedules.durations, `_TIME_SINCE`; "in over 40 years" was read so
  since session 26).
- An action noun after a word of how strong or of what kind the drug's action is ("strong
  effects in the uterus", "potent effects on bone") gives the place where the drug acts
  (mechanism_sites.effects_at, `pharmacology_words`); "toxic effects on the liver" and
  "strong side effects in the liver" are harms, no site.
- Latin dosing abbreviations ("p.o.", "i.v.", "i.m.", "s.c.", "b.i.d.", "t.i.d.", "q.i.d.",
  "q.d.") are kept whole with their stop (abbreviations.yaml), so "10 mg p.o. t.i.d." is one
  sentence, and the frequencies are schedule words (drugs.yaml)."""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import assert_no_mec_warnings, assert_statement, read_fixture


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "schedules_sites_s30_i420.md")


@pytest.mark.parametrize("statement", [
    (3, "sodium oxybate", "schedule", "daily"),  # "nightly"
    (5, "linaclotide", "schedule", "daily"),  # "a once-a-day dosage regimen"
    (11, "letrozole", "schedule", "course:longer than 5 years"),  # "for more than": a course
    (13, "dienogest", "site", "uterus"),  # "strong effects in the uterus"
    (15, "enobosarm", "site", "bone"),  # "potent effects on bone"
    # Latin dosing abbreviations, kept whole with their stop (abbreviations.yaml)
    (21, "zonisamide", "schedule", "twice daily"),  # "b.i.d."
    (23, "baclofen", "schedule", "three times daily"),  # "p.o. t.i.d."
    (23, "baclofen", "route", "oral"),
    (25, "fulvestrant", "schedule", "monthly"),  # a dose, "i.m.", its frequency
])
def test_schedules_and_sites_that_are_said(read, statement):
    assert_statement(read, True, statement)


@pytest.mark.parametrize("statement", [
    (7, "bedaquiline", "schedule", "course:longer than 40 years"),  # time since
    (9, "belimumab", "schedule", "course:50 years"),  # time since
    (17, "ketoconazole", "site", "liver"),  # a harm, not where it acts
    (19, "flutamide", "site", "liver"),  # "strong side effects"
])
def test_schedules_and_sites_that_are_not(read, statement):
    assert_statement(read, False, statement)


def test_no_mec_warning_on_these_correct_sentences(read):
    assert_no_mec_warnings(read)
