"""Routes said by a coordinated place or an abbreviation, and peptides named by their length
(session 28, branch i403, issue 16), on tests/data/mechanisms/route_places_kinds_s28_i403.md
(sentences written for the tests, in the shapes of the development rounds).

- "by injection into a vein or muscle", "into a muscle or fat": the place after "or" goes on
  with the route phrase's "into" (mechanism_routes.coordinated_places; rounds 4 and 18 gave
  only the first place); another place ("or artery") or a place outside such a phrase ("bone
  or muscle") names no route.
- "(given IV)", "by deep IM injection": an abbreviation right after a verb of giving or right
  before a noun of giving is a route (mechanism_routes.abbreviated_routes; rounds 26, 30, 32,
  36); "a Schedule IV controlled substance" stays no route.
- "a synthetic tridecapeptide": the Greek numerals of a peptide's length that the kind list
  lacked (drug_classes.yaml `kinds`; round 36); "dipeptidyl peptidase" is no peptide.
- "50 to 100 mg daily long term": how long the schedule goes on, no noun "daily" describes
  (mechanism_routes.describes_noun, `schedule_how_long`; round 12), while "daily hormonal
  requirements" stays no schedule.
- "when compared with oxytocin infusion": the drug compared with is no subject, so the
  sentence's route is not its own (round 36 gave oxytocin a vaginal route)."""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import assert_no_mec_warnings, assert_statement, read_fixture


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "route_places_kinds_s28_i403.md")


@pytest.mark.parametrize("statement", [
    (3, "carbetocin", "route", "intravenous"),
    (3, "carbetocin", "route", "intramuscular"),  # "… or muscle"
    (5, "medroxyprogesterone", "route", "intramuscular"),
    (5, "medroxyprogesterone", "route", "subcutaneous"),  # "… or fat"
    (7, "gonadorelin", "route", "intravenous"),  # "(given IV)"
    (9, "carboprost", "route", "intramuscular"),  # "by deep IM injection"
    (11, "afamelanotide", "kind", "peptide"),  # "a synthetic tridecapeptide"
    (17, "alteplase", "route", "intravenous"),
    (21, "nitrofurantoin", "schedule", "daily"),  # "daily long term"
    (25, "dinoprostone", "route", "vaginal"),
])
def test_routes_and_kinds_that_are_said(read, statement):
    assert_statement(read, True, statement)


@pytest.mark.parametrize("statement", [
    (13, "modafinil", "route", "intravenous"),  # a schedule of controlled substances
    (15, "insulin glargine", "route", "intramuscular"),  # "bone or muscle": no injection
    (17, "alteplase", "route", "intramuscular"),  # "or artery": no route of its own
    (17, "alteplase", "route", "subcutaneous"),
    (19, "sitagliptin", "kind", "peptide"),  # "dipeptidyl peptidase" is its target
    (23, "letrozole", "schedule", "daily"),  # "daily hormonal requirements"
    (25, "oxytocin", "route", "vaginal"),  # compared with, not given so
    (25, "oxytocin", "route", "intravenous"),
])
def test_routes_and_kinds_that_are_not_said(read, statement):
    assert_statement(read, False, statement)


def test_no_mec_warning_on_these_correct_sentences(read):
    assert_no_mec_warnings(read)
