"""Last mends of i332 (session 23, branch i337, issue 15): another agent turns the page's
subject off only until the next heading, and not when the sentence is about the subject
("It makes the pituitary put out growth hormone"); testosterone stops the page's subject only
as a prescribed treatment or the sentence's subject, not as what the peptide is bought to
raise. Pages and sentences in our own words; figures in bench/README.md ("Last mends of
i332")."""

from __future__ import annotations

import pytest

# `marked` (tests/conftest.py) reads a Markdown page: its weak topics by sentence.
TITLE = ("# Ipamorelin: a buyer's guide\n\n"
         "Ipamorelin is a lab peptide marketed to lifters. "
         "Most lifters inject ipamorelin before bed.\n\n")
CLEAN = "The long-term safety record looks flawless so far."


def test_page_subject_reaches_a_safety_section(marked):
    # control: nothing between the opening and the safety section
    hits = marked(TITLE + f"## Safety\n\n{CLEAN}\n")
    assert "peptides-wellbeing" in hits[CLEAN], hits


@pytest.mark.parametrize("section", [
    # what the peptide does: another agent as the object of release
    "## How it acts\n\nIt makes the pituitary put out more growth hormone.\n\n",
    # what it is mixed with
    "## Combinations\n\nA few shops blend it with BPC-157 in the same vial.\n\n",
    # testosterone as what buyers hope it raises
    "## Hopes\n\nMany buyers expect it to boost their testosterone.\n\n",
    # testosterone as a comparison, in the opening
    "## Access\n\nUnlike testosterone, it is sold without a prescription.\n\n",
])
def test_page_subject_reaches_a_later_safety_section(marked, section):
    hits = marked(TITLE + section + f"## Safety\n\n{CLEAN}\n")
    assert "peptides-wellbeing" in hits[CLEAN], hits


def test_heading_asking_about_testosterone_keeps_the_subject(marked):
    # testosterone as what the peptide might raise, in the heading right above
    hits = marked(TITLE + f"## Will it push up testosterone?\n\n{CLEAN}\n")
    assert "peptides-wellbeing" in hits[CLEAN], hits


def test_sentence_about_the_subject_naming_another_agent_keeps_it(marked):
    # same section: "It ..." is about the page's subject, growth hormone only its product
    hits = marked(TITLE + "## How it acts\n\n"
                  f"It makes the pituitary put out more growth hormone. {CLEAN}\n")
    assert "peptides-wellbeing" in hits[CLEAN], hits


@pytest.mark.parametrize("treatment", [
    "Testosterone shots from a clinic carry a long record.",
    "Testosterone replacement is given by prescription.",
    "Men on TRT are seen every few months.",
])
def test_prescribed_testosterone_still_stops_the_page_subject(marked, treatment):
    hits = marked(TITLE + f"## Another route\n\n{treatment} {CLEAN}\n")
    assert hits[CLEAN] == [], hits
