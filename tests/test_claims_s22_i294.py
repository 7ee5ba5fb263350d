"""Health pages: framing with no domain word that held-out pages let through as claims (session
22, i294; claims.yaml not_claims `framing`, narrowed by i305 after review), a short dated line
of page furniture, and real claims of the same shapes, which the recognisers leave to the model
and the model calls claims. Sentences in our own words."""

from __future__ import annotations

import pytest

from health_judgments import assert_left_to_model, assert_set_aside, judge

FRAMING = "not a claim: rhetoric that frames the text, with nothing to check"
FURNITURE = "not a claim: a byline, date or page furniture"


@pytest.mark.parametrize("line", [
    "Let's walk through the options one at a time.",
    "Let’s begin with what happens at a first visit.",
    "Let us show you how the booking form works.",
    "Honestly, you are not alone.",
    "If waiting for results keeps you up at night, you are not alone.",
    "That's where a good night routine comes in.",
    "This is where the story gets uncomfortable.",
])
def test_framing_is_set_aside(line):
    assert_set_aside(line, FRAMING)


@pytest.mark.parametrize("line", [
    "Health desk | Mar. 14, 2025",
    "Page archived on 2 October 2023",
    "Checked by Ana Reyes · August 9, 2024",
    "Revised: Friday, 4 May 2012",
])
def test_a_dated_line_of_page_furniture_is_set_aside(line):
    assert_set_aside(line, FURNITURE)


# Real claims that open the way the framing does (review of i294, findings 1-6): i294's patterns
# set each aside; they go to the model, which calls each a claim.
SAME_SHAPES = [
    # "Let's / Let us" with a comma, an ASCII hyphen, a verb outside the discourse verbs,
    # "because" or a number
    "Let's be honest, sugary drinks double the risk of tooth decay in children.",
    "Let's face it, carrying extra weight raises the odds of developing type 2 diabetes.",
    "Let's be clear - heavy drinking triples the risk of liver cirrhosis.",
    "Let's remember salt raises blood pressure in most adults.",
    "Let us not forget vaccines have all but eliminated polio.",
    "Let's talk about exercise because regular walking lowers blood pressure.",
    "Let's look at why 1 in 4 adults snores.",
    # "not alone" followed by a finding
    "You're not alone, ringing in the ears is common in older adults.",
    "You're not alone - about one adult in six has tinnitus.",
    # an explanation pictured for the reader
    "Picture this: your immune system treats harmless pollen as if it were a germ.",
    "Imagine your arteries as hoses that clog with fatty deposits over the years.",
    # "That's / This is where" followed by what happens
    "That's where vitamin K comes in: it helps the blood to clot.",
    "This is where the pancreas comes in, releasing insulin after a meal.",
    "This is where the kidneys become the main regulator of salt in the body.",
    # "Understanding / Knowing X is crucial" with a finding or a reason
    "Understanding that raised blood pressure causes strokes is crucial.",
    "Recognising meningitis early is vital, as every hour of delay raises the risk of death.",
    "Knowing your blood sugar is important, as high blood sugar often gives no symptoms.",
    "Knowing the warning signs of sepsis is essential, given that each minute matters.",
    "Understanding the dose is critical - too much iron harms a child's liver.",
    # a list item that dates a finding
    "Chickenpox cases rose 25% on 9 April 2025",
]


@pytest.mark.parametrize("line", SAME_SHAPES)
def test_claims_of_the_same_shapes_are_claims(line):
    assert_left_to_model(line)
    assert judge(line).label


# i294's own same-shape lines (its exceptions): still left to the model.
@pytest.mark.parametrize("line", [
    "Let's be clear: smoking doubles the risk of gum disease.",
    "Let’s start with the basics—sugar feeds the bacteria that cause tooth decay.",
    "Let us remember that most sore throats are caused by viruses, not bacteria.",
    "You're not alone: about one in five adults hears ringing in the ears.",
    "You are not alone, as acne affects most teenagers at some point.",
    "You're not alone, because millions of people snore every night.",
    "Imagine the heart as a pump: each beat pushes about 70 ml of blood into the aorta.",
    "This is where the sciatic nerve leaves the spine, so a bulging disc here often causes leg pain.",
    "That is where bile is stored between meals.",
    "Recognising a stroke early is crucial because clot-dissolving drugs work only within hours.",
    "Identifying the bacterium is essential to choose an antibiotic that works.",
    "Spotting sepsis early saves lives, and each hour of delay raises the risk of death.",
    # a sentence that dates an event ends with its full stop; a long line is prose
    "The first oral antiviral for the flu was approved on 27 October 1999.",
    "Cases of measles in the city rose sharply after two school outbreaks reported on 3 March 2024",
])
def test_other_lines_of_the_same_shapes_are_left_to_the_model(line):
    assert_left_to_model(line)


# Final read of i305 (session 22, i314, findings 5-7): a discourse verb followed by why / how /
# whether / "the fact", "not alone if" followed by a finding, and a finding before a dated
# separator are not framing or furniture: they go to the model. Own words, after the review.
@pytest.mark.parametrize("line", [
    "Let's look at why zinc tablets lift testosterone in older men.",
    "Let us talk about how creatine adds muscle faster than whey alone.",
    "Let's start with the fact nettle root shrinks a swollen prostate.",
    "Let's find out whether fish oil calms joint pain.",
    "You are not alone if hormone therapy raised your red cell count twofold.",
    "Minoxidil regrew hair in eight of ten women: Apr 5, 2024",
    "Dr Kim announces a cure for hair loss — Apr 5, 2024",
])
def test_findings_in_framing_or_furniture_shapes_go_to_the_model(line):
    assert_left_to_model(line)
