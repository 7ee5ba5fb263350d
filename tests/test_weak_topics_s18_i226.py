"""Weak topics, session 18 (branch i226, issue 15): a body's own workings beside a benefit
word. An outcome that comes after a role predicate of its clause ("plays a role in", "is
essential for", "acts as a messenger", "stimulates ... release") with no benefit verb in the
sentence is the subject's basic physiology, not a claim that taking it brings the outcome.
A research compound that bears the role itself, or a benefit verb, keeps the claim. Every
sentence is of our own wording; figures per round in bench/README.md."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Growth hormone plays a central role in muscle growth and deep sleep.",
    "Growth hormone is essential for deep sleep and muscle mass.",
    "Kisspeptin is a peptide that plays a key role in puberty and sperm production.",
    "Peptides act as signaling molecules in many tissues, from the gut to tissue repair.",
    "In children, growth hormone is released in pulses during deep sleep.",
    "The peptide stimulates LH release, which in turn drives sperm production.",
])
def test_physiology_is_no_weak_topic(topics_of, text):
    assert topics_of(text)[-1] == [], text


@pytest.mark.parametrize("text,topic", [
    # a benefit verb makes the sentence a claim on what the agent brings
    ("Ipamorelin stimulates GH release, which improves muscle recovery.", "peptides-repair"),
    ("Growth hormone plays a role in deep sleep, and injections boost it in older adults.",
     "gh-wellbeing"),
    # a research compound that bears the role itself is claimed to act
    ("BPC-157 plays a key role in tissue repair.", "peptides-repair"),
    ("BPC-157 appears to play a role in tendon repair.", "peptides-repair"),
    # no role predicate: the outcome is the agent's effect
    ("Growth hormone injections lengthen deep sleep in older adults.", "gh-wellbeing"),
])
def test_weak_topic_kept(topics_of, text, topic):
    assert topic in topics_of(text)[-1], text


def test_a_role_after_the_outcome_does_not_drop_it(topics_of):
    # the outcome comes before the role predicate: the role governs something else
    found = topics_of("Sermorelin lengthens deep sleep, and rest is essential for memory.")[-1]
    assert "peptides-wellbeing" in found or "gh-wellbeing" in found
