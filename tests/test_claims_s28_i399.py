"""Health pages, session 28 (i399, issue 15): false alarms of rounds 1-36 by shape, each a
general shape of two sites or more and never or seldom a claim in the development rows
(`python3 bench/count_rows.py re PATTERN --rows`). A pointer to more information without a
comma, a quoted "I ..." telling the speaker's own story, a pointer to the list or text that
follows ("Here are ...", "Below are ...", "The following are ..."), and understanding
something as the subject with nothing said about it are set aside (claims.yaml not_claims);
each shape's near claims stay with the model. Sentences in our own words."""

from __future__ import annotations

import pytest

from health_judgments import assert_left_to_model, assert_set_aside

CALL = "not a claim: a call to action"
STORY = "not a claim: a personal story"
LIST = "not a claim: introduces a list"
FRAMING = "not a claim: rhetoric that frames the text, with nothing to check"


@pytest.mark.parametrize("line", [
    "For more information visit the council's mosquito page.",
    "For more details please ring the public health unit on 555 0101.",
    "For more advice about head lice, see the school nurse.",
])
def test_a_pointer_to_more_information_is_set_aside(line):
    assert_set_aside(line, CALL)


@pytest.mark.parametrize("line", [
    "For more than twenty years, aspirin has been given after heart attacks to prevent a second one.",
    "For most adults, eight hours of sleep is enough.",
])
def test_for_more_than_a_span_goes_to_the_model(line):
    assert_left_to_model(line)


@pytest.mark.parametrize("line", [
    "“I was frightened when the nurse told me my sugar was so high.",
    "\"I had no idea my swollen ankles meant anything,\" he said.",
    "“I applaud the volunteers who ran the screening tent all weekend.",
    "‘I am grateful to the ward staff for their patience,’ said Mary.",
])
def test_a_quoted_speaker_telling_their_own_story_is_set_aside(line):
    assert_set_aside(line, STORY)


# A quoted view or advice, or a quotation that does not open with the speaker's "I ...":
# the model weighs them (a doctor's quoted finding is a claim).
@pytest.mark.parametrize("line", [
    "“I think most men wait far too long before they see a doctor about their prostate.",
    "“I really recommend a daily walk for anyone with type 2 diabetes,” said the nurse.",
    "“In my clinic, one in three men over fifty has high blood pressure,” she said.",
    "“Insulin pumps cut night-time lows by half,” Dr Lee said.",
])
def test_a_quoted_view_or_finding_goes_to_the_model(line):
    assert_left_to_model(line)


@pytest.mark.parametrize("line", [
    "Here are some tips for keeping your feet healthy in summer.",
    "Here are the most frequent questions we receive:",
    "Below are a few of the vaccines travellers are offered:",
    "The following are the usual signs of heat exhaustion:",
    "Here's the full story behind the new clinic.",
    "Here is a short guide to the tests your GP may order.",
])
def test_a_pointer_to_what_follows_is_set_aside(line):
    assert_set_aside(line, LIST)


# The same openers saying something checkable: a colon with a finding after it, an
# association, an effect after "that can / may", a percentage.
@pytest.mark.parametrize("line", [
    "Here's why: vitamin D helps the gut absorb calcium.",
    "Here's the catch: the test misses one cancer in five.",
    "Here are some stretches that can reduce lower back pain.",
    "Here are the foods most strongly linked to gout attacks:",
    "Below are the side effects that appear in 10% of patients:",
    "Herein lies the link between sleep and mood.",
])
def test_a_pointer_with_a_finding_goes_to_the_model(line):
    assert_left_to_model(line)


@pytest.mark.parametrize("line", [
    "Understanding asthma and its triggers can help families plan ahead.",
    "Understanding your options helps you talk with your pharmacist.",
    "Understanding gout and when to see a doctor",
])
def test_understanding_as_the_subject_with_nothing_said_is_set_aside(line):
    assert_set_aside(line, FRAMING)


@pytest.mark.parametrize("line", [
    "Understanding that insulin resistance begins years before diabetes changes how we screen.",
    "Understanding how smoking narrows arteries explains its link to heart attacks.",
    "Understanding cholesterol matters because 1 in 3 adults has high levels.",
    "Understanding the risks is important; statins cause muscle pain in some people.",
    "Understanding your kidneys matters, as they often fail without any warning.",
    "Understanding the label is key – too much paracetamol damages the liver.",
])
def test_understanding_with_a_finding_goes_to_the_model(line):
    assert_left_to_model(line)


@pytest.mark.parametrize("line", [
    "But let's look at the basics first.",
    "Before we get to the treatments, let's review what the thyroid does in the body.",
    "Let's be honest for a moment.",
    "So, let's address the elephant in the room.",
])
def test_the_writers_turn_after_a_connective_is_set_aside(line):
    assert_set_aside(line, FRAMING)


@pytest.mark.parametrize("line", [
    "But let's be clear: smoking doubles the risk of gum disease.",
    "Let's start with the good news – walking lowers blood pressure within weeks.",
    "So let's look at how salt raises blood pressure.",
    "Let's consider that 1 in 4 adults never exercises.",
])
def test_the_writers_turn_with_a_finding_goes_to_the_model(line):
    assert_left_to_model(line)


ABOUT_PAGE = "not a claim: the page describing itself"


@pytest.mark.parametrize("line", [
    "This leaflet answers common questions about your knee operation.",
    "This handout explains how to prepare for a colonoscopy.",
    "This pamphlet introduces the team who will look after you on the ward.",
])
def test_a_leaflet_describing_itself_is_set_aside(line):
    assert_set_aside(line, ABOUT_PAGE)


@pytest.mark.parametrize("line", [
    "This leaflet covers adults only, as children with asthma need a different plan.",
    "The leaflet inside the pack lists headache as a common side effect.",
    "This factsheet addresses type 2 diabetes, which can often be prevented.",
])
def test_a_leaflet_sentence_with_a_fact_goes_to_the_model(line):
    assert_left_to_model(line)
