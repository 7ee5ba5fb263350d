"""Weak topics, session 23 (branch i326, issue 15): the page's subject reaches its statements
of the evidence and the safety that name no agent; the condition of ageing men takes no
subject from a heading; the genre's words for trials, regeneration and fat burning.
Sentences in our own words; figures in bench/README.md ("session 23, branch i326")."""

from __future__ import annotations

import pytest

# `judged` and `marked` (tests/conftest.py) read lines and Markdown pages.

OPENING = "Ipamorelin is sold online as a dry powder."
# Nine sentences that name nothing: past the page agent's reach (`page_agent_reach`: 8).
FILLER = ("Vials go in the fridge.", "Shipping takes a week.", "Prices vary.",
          "Some shops offer bundles.", "Returns are accepted.", "Payment is by card.",
          "Parcels are tracked.", "Labels are printed in English.", "Boxes are recycled.")


AGAIN = "Ipamorelin vials hold two milligrams."


def test_page_subject_reaches_past_the_agent_reach(judged):
    hits = judged(OPENING, AGAIN, *FILLER, "The safety record is spotless.")
    assert "peptides-wellbeing" in hits[-1], hits[-1]


def test_agent_named_once_is_no_page_subject(judged):
    # named in the opening but never again: i255's reach still holds
    hits = judged(OPENING, *FILLER, "The safety record is spotless.")
    assert hits[-1] == []


def test_page_subject_off_after_another_treatment_until_named_again(judged):
    other = "Physiotherapy is the usual treatment for sore tendons."
    assert judged(OPENING, AGAIN, other, *FILLER, "The safety record is spotless.")[-1] == []
    hits = judged(OPENING, other, AGAIN, *FILLER, "The safety record is spotless.")
    assert "peptides-wellbeing" in hits[-1], hits[-1]


def test_page_subject_only_from_the_opening_sentences(judged):
    # an agent first named after the page's opening is no page subject
    hits = judged(*FILLER[:5], OPENING, AGAIN, *FILLER, "The safety record is spotless.")
    assert hits[-1] == []


@pytest.mark.parametrize("sentence", [
    # its own subject comes first: about unlicensed remedies, not the page's peptide
    "Unlicensed remedies are seldom tested for safety.",
    # names another drug
    "Clomiphene has a spotless safety record.",
    # a lead-in: its items say what is claimed
    "The safety record in short:",
])
def test_page_subject_not_carried(judged, sentence):
    assert judged(OPENING, AGAIN, *FILLER, sentence)[-1] == [], sentence


def test_page_subject_ends_when_the_page_turns_away(judged):
    hits = judged(OPENING, AGAIN, "He stopped injecting ipamorelin after a month.", *FILLER,
                  "The safety record is spotless.")
    assert hits[-1] == []


def test_page_subject_under_a_heading_naming_nothing(marked):
    hits = marked("# A buyer's notes\n\n" + OPENING + " " + AGAIN + "\n\n## In short\n\n"
                  "The safety record is spotless.\n")
    assert "peptides-wellbeing" in hits["The safety record is spotless."], hits


def test_page_subject_from_the_title(marked):
    hits = marked("# Ipamorelin, briefly\n\n## Storage\n\nVials go in the fridge.\n\n"
                  "## In short\n\nThe safety record is spotless.\n")
    assert "peptides-wellbeing" in hits["The safety record is spotless."], hits


def test_another_subject_after_a_peptide_paragraph_gets_no_carried_topic(marked):
    # a heading naming another subject (or a treatment) pauses the page's subject there
    for heading in ("Zinc tablets", "Physiotherapy"):
        hits = marked("# A buyer's notes\n\n" + OPENING + " " + AGAIN
                      + f"\n\n## {heading}\n\n"
                      "The safety record is spotless.\n")
        assert hits["The safety record is spotless."] == [], heading


@pytest.mark.parametrize("sentence", [
    "Andropause brings low mood and tiredness to many men past fifty.",
    "Men tend to feel less energy as testosterone declines with age.",
    "Male menopause leaves many men flat, tired and low in mood.",
])
def test_condition_of_ageing_men_takes_no_heading_subject(marked, sentence):
    hits = marked("## Downsides of testosterone supplementation\n\n" + sentence + "\n")
    assert hits[sentence] == [], sentence


def test_heading_subject_still_reaches_a_claim(marked):
    # control: the same heading still gives its subject to a claim of the therapy
    sentence = "Within weeks, older men report better mood and energy."
    hits = marked("## Testosterone supplementation\n\n" + sentence + "\n")
    assert hits[sentence], hits


@pytest.mark.parametrize("sentence, topic", [
    ("Its only trial in patients was stopped early, yet ipamorelin is sold for recovery.",
     "peptides-wellbeing"),
    ("Sermorelin is said to have regenerative effects.", "peptides-repair"),
    ("CJC-1295 is credited with lipolytic effects.", "peptides-wellbeing"),
])
def test_genre_outcomes(judged, sentence, topic):
    assert topic in judged(sentence)[0], sentence


def test_trial_of_an_unrelated_subject_is_no_topic(judged):
    assert judged("The trial enrolled 40 nurses to test a new rota.")[0] == []
