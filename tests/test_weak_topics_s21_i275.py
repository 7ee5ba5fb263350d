"""Weak topics, session 21 (branch i275, issue 15): testosterone boosters, the herbs and
amino acids sold in them, and lifestyle measures for testosterone. Sentences in our own
words; figures in bench/README.md ("session 21, branch i275")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, topic", [
    # D-aspartic acid is a booster: a subject of the booster and lifestyle topics
    ("D-aspartic acid raises testosterone in young men.", "lifestyle-testosterone"),
    ("D-aspartate gives bodybuilders bigger muscle gains.", "testosterone-boosters-benefits"),
    # a booster herb's benefit other than testosterone, or its safety
    ("Tribulus builds muscle strength within weeks.", "testosterone-boosters-benefits"),
    ("Tribulus is a safe way to gain energy.", "testosterone-boosters-benefits"),
    # what a booster product holds or promises
    ("Most testosterone boosters contain zinc and fenugreek.",
     "testosterone-booster-products"),
    # the kinds of exercise by name
    ("Strength training raises testosterone in older men.", "lifestyle-testosterone"),
    ("HIIT sessions lift free testosterone.", "lifestyle-testosterone"),
])
def test_booster_and_lifestyle_claims_are_weak(judged, sentence, topic):
    assert topic in judged(sentence)[0], sentence


@pytest.mark.parametrize("sentence", [
    # what it is: no outcome
    "D-aspartic acid is an amino acid made in the body.",
    # ashwagandha for stress or mood is no booster claim (rounds 1-24: mostly not weak)
    "Ashwagandha eases stress and lifts mood.",
    # a page's or a study's own aims and methods (`off_topic`)
    "This review aims to measure how D-aspartic acid changes muscle strength.",
    "Three databases were searched for trials of tongkat ali and energy.",
    "All of the tribulus trials we pooled had a low risk of bias for muscle outcomes.",
    "Below we will look at whether fenugreek really helps libido or muscle.",
])
def test_not_a_weak_booster_claim(judged, sentence):
    assert judged(sentence)[0] == [], sentence


def test_hedged_booster_claim_raises_no_evd001(project):
    project.write("content/a.md",
                  "Tribulus builds muscle strength in older men.\n\n"
                  "Tribulus may help some men gain a little energy, though trials are small.\n")
    found = project.run(use_baseline=False, select=["EVD001"])
    assert [d.span.start.line for d in found.diagnostics] == [1]
