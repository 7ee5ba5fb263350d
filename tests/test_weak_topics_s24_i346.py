"""Weak topics, session 24 (branch i346, issue 15): shapes read in the misses and false
alarms of rounds 26-32. An outcome inside a subject of its own topic ("testosterone" in
"testosterone booster") is none; a generational decline told by a trend without a span of
time ("on the increase", "at an unusual rate") is the secular-decline topic, but not when
the measure is what people attend to or treat; "T-boosters" is a booster name; a section
whose heading is on the body's own hormone takes no product from the page's title.
Sentences and pages in our own words; figures in bench/README.md (session 24, i346)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    # the product named, no effect on the hormone claimed
    "A testosterone booster is a capsule sold mainly online.",
    "Plenty of young men now order testosterone boosters after watching gym videos.",
    # a trend said of what people attend to or treat, not of men's fertility
    "Demand for male infertility clinics is on the increase in big cities.",
    "Research into male fertility is rising fast at universities.",
])
def test_no_weak_topic(topics_of, text):
    assert topics_of(text)[-1] == [], text


@pytest.mark.parametrize("text,topic", [
    # an effect on the hormone, named apart from the product, is still claimed
    ("Testosterone boosters lift testosterone within weeks.", "lifestyle-testosterone"),
    # generational trends without a span of time
    ("Male infertility is on the rise, clinicians in the capital warn.",
     "secular-decline"),
    ("Across the region, fertility problems in men are rising rapidly, a clinic reports.",
     "secular-decline"),
    ("Sperm counts are declining as part of a global trend, one survey team argues.", "secular-decline"),
    # the hyphenated booster name
    ("Most T-boosters contain a blend of zinc and herbs.", "testosterone-booster-products"),
    ("Published trials of T-boosters are few and small.", "testosterone-boosters-evidence"),
])
def test_weak_topic_found(topics_of, text, topic):
    assert topic in topics_of(text)[-1], text


def test_prevalence_without_a_trend_is_not_secular(topics_of):
    # a measure with no trend word and no span of time: no secular decline
    assert topics_of("Fertility problems affect many couples.")[-1] == []


BOOSTER_PAGE = ("# Testosterone boosters: what is in the tub\n\n"
                "Testosterone boosters are sold in most sports shops.\n\n")
PHYSIOLOGY = "Levels tend to fall slowly from the thirties, and fatigue is common then."


def test_hormone_heading_takes_no_product_from_the_title(marked):
    hits = marked(BOOSTER_PAGE + "## How testosterone works in the body\n\n"
                  f"{PHYSIOLOGY}\n")
    assert hits[PHYSIOLOGY] == [], hits


def test_other_heading_still_takes_the_product_from_the_title(marked):
    # control: under a heading that is not about the hormone, the title's product is the
    # subject of a claim naming none
    hits = marked(BOOSTER_PAGE + "## What buyers report\n\n"
                  f"{PHYSIOLOGY}\n")
    assert hits[PHYSIOLOGY] != [], hits


@pytest.mark.parametrize("text", [
    "The clinic tunes each dose to hold testosterone inside an optimal range.",
    "Their programme sells hormone optimization with testosterone to men past forty.",
    "Once testosterone drops under optimal levels, some men feel flat.",
])
def test_optimal_hormone_levels_are_weak(topics_of, text):
    assert "hormone-optimisation" in topics_of(text)[-1], text


@pytest.mark.parametrize("text", [
    # the same words without a hormone, and a hormone without an optimal target
    "Muscles heal best at an optimal range of motion.",
    "Men with low testosterone often feel tired.",
])
def test_no_optimisation_topic(topics_of, text):
    assert "hormone-optimisation" not in topics_of(text)[-1], text


@pytest.mark.parametrize("text", [
    # cholesterol as the body's raw material or as a level a drug moves: no diet measure
    "The body builds testosterone from cholesterol in the testes.",
    "Testosterone tablets may raise cholesterol and strain the liver.",
])
def test_cholesterol_as_chemistry_or_a_level_is_no_subject(topics_of, text):
    assert topics_of(text)[-1] == [], text


@pytest.mark.parametrize("text,topic", [
    # control: dietary cholesterol said to feed testosterone stays a lifestyle claim
    ("Eggs rich in cholesterol boost testosterone, fans of the diet say.",
     "lifestyle-testosterone"),
    ("SARMs can shut down endogenous testosterone within weeks.", "sarms"),
])
def test_cholesterol_and_sarms_kept(topics_of, text, topic):
    assert topic in topics_of(text)[-1], text
