"""Health pages: framing with no domain word that held-out pages let through as claims (session
22, i294; claims.yaml not_claims `framing`), and real claims of the same shapes, which the
recognisers leave to the model. Sentences in our own words."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
import eval_claims  # noqa: E402

FRAMING = "not a claim: rhetoric that frames the text, with nothing to check"


@pytest.mark.parametrize("line", [
    "Let's walk through the options one at a time.",
    "Let’s begin with what happens at a first visit.",
    "Let us show you how the booking form works.",
    "You're not alone.",
    "If waiting for results keeps you up at night, you are not alone.",
    "Picture this: your toddler wakes at midnight with a barking cough.",
    "Imagine you are halfway up a staircase and your knee gives way.",
    "That's where a good night routine comes in.",
    "This is where the choice gets complicated.",
    "Understanding these warning signs is crucial.",
    "Knowing your options is important.",
    "Recognising the early changes is essential.",
])
def test_framing_is_set_aside(line):
    judged, = eval_claims.judgments([line], "health")
    assert not judged.label
    assert judged.reasons[0].startswith(FRAMING), judged.reasons


# Real claims that open or end the way the framing does and carry no domain term of domain.yaml
# (a number, a reason, an effect, a colon before the finding): the recognisers must not take
# them; the model decides them.
SAME_SHAPES = [
    "Let's be clear: smoking doubles the risk of gum disease.",
    "Let’s start with the basics—sugar feeds the bacteria that cause tooth decay.",
    "Let us remember that most sore throats are caused by viruses, not bacteria.",
    "You're not alone: about one in five adults hears ringing in the ears.",
    "You are not alone, as acne affects most teenagers at some point.",
    "You're not alone, because millions of people snore every night.",
    "Imagine the heart as a pump: each beat pushes about 70 ml of blood into the aorta.",
    "Picture your kidneys as filters that clean about 180 litres of blood a day.",
    "This is where the sciatic nerve leaves the spine, so a bulging disc here often causes leg pain.",
    "That is where bile is stored between meals.",
    "Recognising a stroke early is crucial because clot-dissolving drugs work only within hours.",
    "Knowing your blood pressure is important, since high pressure rarely causes symptoms.",
    "Identifying the bacterium is essential to choose an antibiotic that works.",
    "Understanding the dose is critical: too much paracetamol damages the liver.",
    "Spotting sepsis early saves lives, and each hour of delay raises the risk of death.",
    "Knowing the signs of a heart attack can cut the time to treatment by half.",
]


@pytest.mark.parametrize("line", SAME_SHAPES)
def test_claims_of_the_same_shapes_are_left_to_the_model(line):
    judged, = eval_claims.judgments([line], "health")
    assert not judged.reasons[0].startswith("not a claim: "), judged.reasons


def test_most_claims_of_the_same_shapes_are_called_claims():
    """The shipped model calls 13 of the 16 claims, with the recognisers as without them (its
    three misses: a reason after "not alone", kidneys pictured as filters, "essential to choose";
    the model decides them, and a recogniser that took any would fail the test above)."""
    judged = eval_claims.judgments(SAME_SHAPES, "health")
    missed = [line for line, j in zip(SAME_SHAPES, judged) if not j.label]
    assert len(missed) <= 3, missed


FURNITURE = "not a claim: a byline, date or page furniture"


@pytest.mark.parametrize("line", [
    "Health desk | Mar. 14, 2025",
    "Page archived on 2 October 2023",
    "Checked by Ana Reyes · August 9, 2024",
])
def test_a_short_line_ending_in_its_date_is_set_aside(line):
    judged, = eval_claims.judgments([line], "health")
    assert not judged.label
    assert judged.reasons[0].startswith(FURNITURE), judged.reasons


@pytest.mark.parametrize("line", [
    # A sentence that dates an event ends with its full stop; a long line is prose.
    "The first oral antiviral for the flu was approved on 27 October 1999.",
    "Cases of measles in the city rose sharply after two school outbreaks reported on 3 March 2024",
])
def test_dated_sentences_are_left_to_the_model(line):
    judged, = eval_claims.judgments([line], "health")
    assert not judged.reasons[0].startswith("not a claim: "), judged.reasons
