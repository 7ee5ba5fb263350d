"""Session 29: a plan verb with a content clause on a health page states a finding.

"We propose that the kisspeptin system plays a central role ..." (an abstract quoted on a
health page of round 42, labelled a claim) was taken out as the authors announcing their
text. On a health page it is a finding a reader should be able to trace; in a manuscript
it stays the authors' own conclusion, which needs no citation. Sentences in our own words."""

from __future__ import annotations

import json

import pytest

ABOUT = "not a claim: about the text itself"


def _reasons(project, genre, sentence):
    result = project.cli("classify", "claims", "--genre", genre, "-", stdin=sentence + "\n")
    return json.loads(result.stdout)["reasons"]


@pytest.mark.parametrize("sentence", [
    "We propose that the kisspeptin system links energy status with fertility.",
    "We conclude that zinc lowers sperm DNA damage in smokers.",
])
def test_a_finding_in_a_that_clause_is_read_on_a_health_page(project, sentence):
    assert ABOUT not in _reasons(project, "health", sentence)


@pytest.mark.parametrize("sentence", [
    "We propose that the kisspeptin system links energy status with fertility.",
    "We conclude that zinc lowers sperm DNA damage in smokers.",
])
def test_in_a_manuscript_it_stays_the_authors_own(project, sentence):
    assert _reasons(project, "scholarly", sentence) == [ABOUT]


@pytest.mark.parametrize("sentence", [
    "We propose a simple schedule for the clinic visits.",
    "In this review, we describe how the testes make sperm.",
])
def test_a_plan_without_a_clause_is_still_about_the_text(project, sentence):
    assert _reasons(project, "health", sentence) == [ABOUT]
