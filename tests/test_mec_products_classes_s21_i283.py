"""Session 21, branch i283: mending the review of i274. MEC004 does not call a class wrong
that one of the drug's MeSH/FDA rows names (or names the family of); MEC003 ties a product
word to a route only within one phrase. Sentences in our own words."""

from __future__ import annotations

from conftest import mec_found, two_sections


# Finding 1: canrenone's MeSH rows include "Diuretics"; the FDA class "potassium-sparing
# diuretic" has other members only, yet the drug is one.

def test_a_class_whose_family_a_mesh_row_names_passes(project):
    assert mec_found(project, "# Diuretics\n\nCanrenone is a potassium-sparing diuretic.\n") == []


def test_a_class_unrelated_to_every_row_still_contradicts(project):
    """The mend does not silence the rule for canrenone: a beta blocker it is not."""
    assert mec_found(project, "# Diuretics\n\nCanrenone works as a beta blocker.\n") == \
        [("MEC004", 3)]


# Finding 2: an oral lead-in before a long-acting injection is two products, not an
# injection said to be swallowed.

def _two_places(first: str, second: str) -> str:
    return two_sections(first, second, heading="Maintenance")


def test_an_oral_lead_in_before_the_first_injection_passes(project):
    text = _two_places(
        "Naltrexone is taken orally each morning, up to the day the first injection is "
        "scheduled.",
        "Naltrexone is given intramuscularly once every four weeks.")
    assert mec_found(project, text) == []


def test_oral_doses_alongside_the_first_injection_pass(project):
    text = _two_places(
        "Cabotegravir is taken orally for fourteen days alongside the first injection.",
        "Cabotegravir is then given intramuscularly once a month.")
    assert mec_found(project, text) == []


def test_oral_doses_with_an_injection_word_later_in_the_clause_pass(project):
    text = _two_places(
        "Naltrexone is taken orally for a week before the injections begin.",
        "Naltrexone is given intramuscularly each month.")
    assert mec_found(project, text) == []


def test_an_injection_tied_to_the_oral_route_still_conflicts(project):
    """The product word in the route's own phrase: the injection is said to be swallowed."""
    text = _two_places(
        "Naltrexone is given intramuscularly as a monthly long-acting injection.",
        "Naltrexone is taken orally as an injectable suspension each month.")
    assert ("MEC003", 7) in mec_found(project, text)


def test_an_injection_said_to_be_taken_orally_still_conflicts(project):
    text = _two_places(
        "Naltrexone is given intramuscularly each month.",
        "The naltrexone injection is taken orally each month.")
    assert ("MEC003", 7) in mec_found(project, text)
