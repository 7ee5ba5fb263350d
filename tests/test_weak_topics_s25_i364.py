"""Weak topics, session 25 (branch i364, issue 15): shapes of rounds 26-34. A hormone that
"is converted to" another is the body's chemistry, not a claim that taking it raises the
other; a therapy that draws "growing / increasing interest" is what people attend to, not a
claim of its effect. Each with the neighbouring claim that stays on its topic; a named intake
or a benefit sought keeps the claim (review of i364, branch i368). Sentences in
our own words; figures in bench/README.md (session 25, i364)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    # passive conversion: a hormone made from another in the body
    "Inside the adrenal cortex, DHEA is largely converted to testosterone and oestrogen.",
    "Androstenedione circulating in the blood is converted into testosterone by the testes.",
    # no intake named: still the body's chemistry (review of i364, i368)
    "In older men, DHEA is converted to testosterone in peripheral tissues.",
    # attention, not effect
    "Testosterone treatment for elderly men is drawing increasing interest among family doctors.",
    "Over the past ten years there has been growing interest in DHEA pills for ageing skin.",
])
def test_no_weak_topic(topics_of, text):
    assert topics_of(text)[-1] == [], text


@pytest.mark.parametrize("text,topic", [
    # the body converting what a man swallows: a claim about the supplement (active voice)
    ("Once swallowed, DHEA is something your body converts into testosterone in middle age.",
     "hormone-supplements-ageing"),
    ("Taking DHEA every morning raises testosterone in men past fifty.",
     "hormone-supplements-ageing"),
    # interest with the reason it is drawn: a claim of effect
    ("There is growing interest in testosterone treatment for elderly men because it "
     "restores their vigour.", "testosterone-therapy-ageing"),
    # interest with a benefit it is sought for: a claim of effect (review of i364, i368)
    ("Athletes have shown growing interest in BPC-157 for healing strained tendons.",
     "peptides-repair"),
    ("Gym-goers display rising interest in SARMs as a way to build lean mass.", "sarms"),
    # the reason first, capitalised: read case-insensitively ("works" is no benefit term)
    ("Because it works on damaged tendons, there is growing interest in BPC-157.",
     "peptides-repair"),
    # a named intake converted to a hormone: a claim for the supplement (review of i364)
    ("Taken as a daily pill, DHEA is converted into testosterone in older men.",
     "hormone-supplements-ageing"),
    ("Oral DHEA is partly converted to testosterone in men over sixty.",
     "hormone-supplements-ageing"),
])
def test_weak_topic_kept(topics_of, text, topic):
    assert topic in topics_of(text)[-1], text
