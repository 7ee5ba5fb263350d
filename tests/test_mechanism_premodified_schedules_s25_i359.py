"""Schedule and site recall on real drug texts (session 25, branch i359, issue 16), on
tests/data/mechanisms/premodified_schedules_s25.md (sentences written for the tests).

A frequency said before a drug's name ("once-weekly, subcutaneous tirzepatide", "weekly
dulaglutide … daily liraglutide") or opening its apposition ("Dulaglutide, a once-weekly
GLP-1 receptor agonist") is how that drug is given, with or without a word of giving, and
that drug's alone (mechanism_routes.premodified_drug). A course bounded from above ("fewer
than twelve weeks") keeps its bound (schedules.durations). An adverb of place after a verb
of acting and its object ("blocks the decarboxylase enzyme peripherally") is where the drug acts
(mechanism_sites.adverb_of_acting); before an organ it names, or in a clause about
receptors, it is not."""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import assert_no_mec_warnings, assert_statement, read_fixture


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "premodified_schedules_s25.md")


@pytest.mark.parametrize("statement", [
    (3, "tirzepatide", "schedule", "weekly"),  # before the name, over a comma and a route
    (5, "dulaglutide", "schedule", "weekly"),  # ", a once-weekly …" apposition
    (7, "dulaglutide", "schedule", "weekly"),  # each name its own frequency
    (7, "liraglutide", "schedule", "daily"),
    (9, "semaglutide", "schedule", "weekly"),  # no word of giving at all
    (13, "phentermine", "schedule", "course:less than 12 weeks"),
    (15, "carbidopa", "site", "peripheral tissues"),
    (17, "tolcapone", "site", "central nervous system"),
    (17, "tolcapone", "site", "peripheral tissues"),
])
def test_frequencies_courses_and_adverbs_of_place_are_read(read, statement):
    assert_statement(read, True, statement)


@pytest.mark.parametrize("statement", [
    (7, "dulaglutide", "schedule", "daily"),  # liraglutide's, not the other name's
    (7, "liraglutide", "schedule", "weekly"),
    (13, "phentermine", "schedule", "course:12 weeks"),  # not an exact length
    (19, "dulaglutide", "schedule", "weekly"),  # a weekly clinic, no dose
    (21, "dantrolene", "site", "peripheral tissues"),  # the muscle it names is the place
    (23, "conivaptan", "site", "peripheral tissues"),  # where the receptors are expressed
])
def test_frequencies_and_adverbs_that_say_no_such_thing(read, statement):
    assert_statement(read, False, statement)


def test_a_centrally_acting_drug_is_still_read_by_its_name(read):
    # "centrally" is now a site word too; the longer name "centrally acting" keeps its reading
    assert_statement(read, True, (25, "clonidine", "site", "central nervous system"))


def test_no_mec_warning_on_these_correct_sentences(read):
    assert_no_mec_warnings(read)


# Mends of i359's review (session 25, branch i367, issue 16): a frequency after a verb, then a
# comma, is not the next clause's drug's (only a route word after the comma carries it on); an
# apposition that turns into a list ("a daily multivitamin and fish oil capsules") describes no
# drug; an adverb of place past "but", "whose", "in people" or another verb is not where the
# drug acts.
@pytest.mark.parametrize("statement", [
    (27, "risedronic acid", "schedule", "monthly"),  # the other clause's frequency
    (31, "metformin", "schedule", "weekly"),  # the nurses' checking, not a dose
    (33, "ibuprofen", "schedule", "daily"),  # the list's multivitamin
    (35, "morphine", "site", "central nervous system"),  # "but is … kept out centrally"
    (37, "liraglutide", "site", "central nervous system"),  # "adults whose weight is …"
    (39, "romosozumab", "site", "central nervous system"),  # "people whose bone loss is …"
])
def test_frequencies_and_adverbs_of_another_clause_are_not_read(read, statement):
    assert_statement(read, False, statement)


@pytest.mark.parametrize("statement", [
    (29, "exenatide", "schedule", "twice daily"),  # no longer handed to the next name
    (39, "romosozumab", "site", "bone"),  # the object's own place stays
    (41, "survodutide", "schedule", "weekly"),  # "and" inside a drug kind's apposition
])
def test_own_frequencies_and_places_are_still_read(read, statement):
    assert_statement(read, True, statement)
