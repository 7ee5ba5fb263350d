"""Health pages, session 29 (i408, issue 15): mends of the review of i399's not_claims arms.
A quoted "I …" that says an effect, a pointer ("Here are …", "The following are …") whose
items are said to have an effect, and a leaflet that "explains how / why" an effect comes
about hold a claim: they go to the model. Pure signposting stays set aside. Sentences in our
own words."""

from __future__ import annotations

import pytest

from health_judgments import assert_left_to_model, assert_set_aside

STORY = "not a claim: a personal story"
LIST = "not a claim: introduces a list"
PAGE = "not a claim: the page describing itself"


@pytest.mark.parametrize("line", [
    "“I have seen zinc raise sperm counts in many of my patients,” said Dr Okafor.",
    "“I have watched statins lower cholesterol within weeks,” the pharmacist said.",
    "\"I had men whose blood pressure was lowered by a third on this diet,\" he said.",
    "“I am convinced the pill caused my clot,” she said.",
    "“I have found that 40% of my patients sleep better after a month,” said Dr Ruiz.",
])
def test_a_quoted_i_with_an_effect_goes_to_the_model(line):
    assert_left_to_model(line)


@pytest.mark.parametrize("line", [
    "“I was worried sick when the results came back,” she said.",
    "“I have a daughter who keeps me busy,” said the nurse.",
    "“I applaud the volunteers for their hard work at the screening day,” the mayor said.",
])
def test_a_quoted_story_without_an_effect_is_still_set_aside(line):
    assert_set_aside(line, STORY)


@pytest.mark.parametrize("line", [
    "Here are five foods that lower cholesterol.",
    "Here are three habits which raise your blood pressure:",
    "Below are medicines that cause drowsiness:",
    "The following are known to raise the risk of stroke:",
    "The following are shown to reduce hot flushes:",
])
def test_a_pointer_whose_items_have_an_effect_goes_to_the_model(line):
    assert_left_to_model(line)


@pytest.mark.parametrize("line", [
    "Here are some tips for staying well while you travel.",
    "Here are 7 ways to naturally boost your energy:",
    "The following are the questions we are asked most:",
])
def test_a_pointer_without_an_effect_is_still_set_aside(line):
    assert_set_aside(line, LIST)


@pytest.mark.parametrize("line", [
    "This leaflet explains how statins lower cholesterol.",
    "This leaflet explains why smoking raises blood pressure.",
    "This article explains how alcohol damages the liver.",
    "The booklet describes how diabetes affects the eyes.",
])
def test_a_page_explaining_an_effect_goes_to_the_model(line):
    assert_left_to_model(line)


@pytest.mark.parametrize("line", [
    "This leaflet explains what to expect at your appointment.",
    "This leaflet explains how to use your inhaler.",
    "This leaflet describes how to lower your risk of a fall.",
    "This article explains how the clinic books follow-up visits.",
])
def test_a_page_describing_itself_is_still_set_aside(line):
    assert_set_aside(line, PAGE)
