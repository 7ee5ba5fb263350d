"""Weak topics, session 21 (branch i287): the mends of i275's review. Sentences in our own
words; figures in bench/README.md ("session 21, branch i287")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    # bare "DAA" is also the hepatitis C antivirals (direct-acting antivirals)
    "DAA tablets improve liver health within months.",
    # a short rise just after a session is well established; the source covers resting levels
    "Weightlifting raises testosterone for about an hour after a workout.",
    # what the exercise trials found, said as a negation
    "Strength training does not raise resting testosterone in healthy young men.",
    # a kind of exercise with an outcome that is not testosterone
    "Resistance training builds muscle strength.",
])
def test_no_weak_topic(judged, sentence):
    assert judged(sentence)[0] == [], sentence


def test_tongkat_ali_benefits_are_not_the_booster_topic(judged):
    # its meta-analysis finds a testosterone rise and calls it possibly safe: no source
    # makes its benefit or safety claims weak (review of i275)
    found = judged("Tongkat ali is a safe way to get more energy.")[0]
    assert "testosterone-boosters-benefits" not in found, found


def test_defined_daa_is_still_a_booster(judged):
    # the short form defined on the page as the amino acid keeps its booster topic
    # (sentences between, so no subject is carried from the definition)
    found = judged("D-aspartic acid (DAA) comes as a powder sold in gyms.",
                   "The weather was mild last spring.", "Our shop opens at nine.",
                   "DAA gives bodybuilders bigger muscle gains.")
    assert "testosterone-boosters-benefits" in found[3], found


@pytest.mark.parametrize("sentence, topic", [
    # a finding reported with "were identified in" is a claim, not a study's methods
    ("Better sperm counts were identified in men taking maca.", "antioxidants-sperm"),
    # a page that says what it covers and then makes the claim
    ("Our guide covers why BPC-157 heals torn tendons in weeks.", None),
])
def test_aims_pattern_keeps_the_claim_after_it(judged, sentence, topic):
    found = judged(sentence)[0]
    assert found if topic is None else topic in found, sentence


def test_claims_opening_does_not_stop_the_carried_subject(judged):
    # "The claims ..." opens with a word of the products topic; it must not count as an
    # outcome that ends the carried subject of the sentence before
    plain = judged("BPC-157 is a peptide sold online.", "It repairs torn tendons in days.")
    claims = judged("BPC-157 is a peptide sold online.",
                    "The claims say it repairs torn tendons in days.")
    assert plain[1], "control: the carried subject makes the second line weak"
    assert claims[1], claims


@pytest.mark.parametrize("sentence", [
    # aims and methods stay off the topics (as in i275's tests, reworded)
    "In this post we will explore whether fenugreek helps muscle and libido.",
    "Trials of tribulus were screened for muscle outcomes.",
    "This article aims to offer a fresh look at how well fenugreek works for libido.",
])
def test_methods_still_off_topic(judged, sentence):
    assert judged(sentence)[0] == [], sentence
