"""Whose schedule a sentence gives, and which durations are courses (session 26, branch
i373, issue 16), on tests/data/mechanisms/schedule_owners_s26_i373.md (sentences written for
the tests).

- A clause that doses a compound named by a code name no vocabulary knows ("rising doses of
  RAD-150 administered daily for 28 days") gives its schedule to that compound, not to the
  drug or class the text spoke of before (mechanism_routes.dose_of_code_name; round 36's
  false MEC004 on LGD-4033's 'daily', given to testosterone's esters), nor its route; a code
  name the block gives in brackets ("Fadrozole (ZK-2231)") is the drug's other name.
- "for the first 3 months" is how long a first phase lasts, not the course
  (schedules.durations); "approved in over 20 years" is time since, not a course.
- "Δ4,9-nandrolone" names a derivative: the kind said of it is not nandrolone's
  (mechanisms._chemical_name_tail); "19-nortestosterone" is nandrolone's own name."""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import assert_no_mec_warnings, assert_statement, read_fixture


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "schedule_owners_s26_i373.md")


@pytest.mark.parametrize("statement", [
    (5, "testosterone cypionate", "schedule", "every 2 weeks"),  # "Doses of the ester"
    (7, "goserelin", "schedule", "monthly"),  # the frequency of the first phase stays
    (9, "zelbrotide", "schedule", "course:10 days"),  # a course with no phase word
    (13, "rifapentine", "schedule", "course:2 months"),  # "over 2 months" is a course
    (17, "nandrolone", "kind", "steroid"),  # its own chemical name
    (19, "ormeloxifene", "schedule", "twice weekly"),  # a first phase, then weekly: no clash
    (19, "ormeloxifene", "schedule", "weekly"),
    (21, "fadrozole", "schedule", "daily"),  # the code name is its bracketed other name
    (21, "fadrozole", "schedule", "course:8 weeks"),
])
def test_schedules_courses_and_kinds_that_are_said(read, statement):
    assert_statement(read, True, statement)


@pytest.mark.parametrize("statement", [
    (3, "testosterone cypionate", "schedule", "daily"),  # RAD-150's
    (3, "class:androgen", "schedule", "daily"),
    (3, "class:androgen", "schedule", "course:28 days"),
    (3, "nandrolone", "schedule", "course:28 days"),
    (7, "goserelin", "schedule", "course:3 months"),  # a first phase
    (11, "rifapentine", "schedule", "course:20 years"),  # time since
    (15, "nandrolone", "kind", "steroid"),  # the derivative's
    (19, "ormeloxifene", "schedule", "course:12 weeks"),  # a first phase
    (23, "letrozole", "schedule", "daily"),  # QX-4410's dose
    (23, "letrozole", "route", "oral"),  # nor its route
])
def test_schedules_courses_and_kinds_of_something_else(read, statement):
    assert_statement(read, False, statement)


def test_no_mec_warning_on_these_correct_sentences(read):
    assert_no_mec_warnings(read)
