"""Health pages, session 26 (i380, review of i374): the narrowed not_claims arms.

- "He" / "She" opening a sentence is also a generic patient in advice ("She may notice ...")
  or a researcher in a finding ("He et al. found ..."): both claims, left to the model and
  reported on a page; the story of one person ("She was sent home ...", "He's been on
  dialysis ...") stays set aside, and a table row is not a story.
- A list lead-in with "leading" is a ranking only as "leading causes / reasons".
- "Seek medical advice" is a call when the reader is told to, also at the start, after an
  adverb and after "important / recommend / hesitate to"; after a comma (a condition, then
  the advice) the one development row is a claim, so it goes to the model.

Sentences in our own words (the reviewer's probes of i374)."""

from __future__ import annotations

import pytest

from health_judgments import assert_left_to_model, assert_set_aside, judge

STORY = "not a claim: a personal story"
LIST = "not a claim: introduces a list"
CALL = "not a claim: a call to action"

GENERIC_OR_RESEARCHER = [
    "She may notice hot flushes, night sweats and vaginal dryness as her oestrogen levels fall.",
    "He should have his levels checked twice, in the morning, before any treatment starts.",
    "She will need folic acid supplements from before conception until week 12.",
    "He is more likely than a woman to develop gout, because his uric acid levels are higher.",
    "She is at higher risk of pre-eclampsia if she had high blood pressure before pregnancy.",
    "He et al. found that metformin lowered HbA1c by 1.2% over 24 weeks.",
    "She found that women who slept less than six hours had a 30% higher risk of stroke.",
    "He led a trial showing that aspirin cut the risk of a second heart attack by a quarter.",
    "He wrote in The Lancet that most adult-onset diabetes could be avoided by walking daily.",
    "He and colleagues showed that low vitamin D was linked to a 30% higher risk of fractures.",
]


@pytest.mark.parametrize("line", GENERIC_OR_RESEARCHER)
def test_a_generic_patient_or_a_researcher_goes_to_the_model(line):
    assert_left_to_model(line)
    assert judge(line).label


@pytest.mark.parametrize("line", [
    "He's more likely to need a second operation if he keeps smoking.",
    "She'd need an injection every three months to keep the level steady.",
    "She's at risk of a second clot for several months.",
])
def test_a_contraction_before_advice_goes_to_the_model(line):
    """The model weighs these (the recogniser no longer decides)."""
    assert_left_to_model(line)


@pytest.mark.parametrize("line", [
    "She was sent home the same evening with a leaflet and a follow-up appointment.",
    "He has lived in Leeds for twenty years.",
    "He’s been on dialysis since 2019.",
    "She’d had three miscarriages before the diagnosis.",
    "He usually walks the dog before breakfast.",
])
def test_the_story_of_one_person_is_still_set_aside(line):
    assert_set_aside(line, STORY)


def test_a_table_row_is_not_a_story():
    assert not judge("He | 5 mg | twice daily").reasons[0].startswith(STORY)


PAGE = """
    # Menopause

    When a woman reaches menopause, her ovaries stop releasing eggs and her oestrogen levels
    fall. She may notice hot flushes, night sweats and vaginal dryness. She is also more likely
    to lose bone density in the first five years, so her risk of fracture rises.

    # Low testosterone

    A man with low testosterone often feels tired. He may lose muscle mass and his bones can
    become thinner. He should have his levels checked twice, in the morning, before any
    treatment starts.

    # One reader

    She was sent home the same evening with a leaflet and a follow-up appointment.
"""


def test_on_a_page_the_generic_patient_is_reported_and_the_story_is_not(project):
    result = project.run_paper(PAGE, "health")
    reported = {" ".join(d.context.split()) for d in result.diagnostics if d.code == "CIT001"}
    for line in ("She may notice hot flushes, night sweats and vaginal dryness.",
                 "He may lose muscle mass and his bones can become thinner.",
                 "He should have his levels checked twice, in the morning, before any "
                 "treatment starts."):
        assert line in reported, reported
    assert ("She was sent home the same evening with a leaflet and a follow-up appointment."
            not in reported)


def test_leading_that_does_not_rank_only_announces_a_list():
    assert_set_aside("Factors leading to burnout include:", LIST)
    assert_left_to_model("The leading causes of blindness worldwide include:")


@pytest.mark.parametrize("line", [
    "Always seek medical advice before you stop taking an antidepressant.",
    "Seek medical help straight away if you cough up blood.",
    "You should always seek medical advice before changing your dose.",
    "It is important to seek medical advice if you notice a new lump.",
    "Do not hesitate to seek medical help if your child has a fever above 39C.",
    "We recommend that you seek professional advice before starting any supplement.",
])
def test_the_reader_told_to_seek_advice_is_a_call(line):
    assert_set_aside(line, CALL)


@pytest.mark.parametrize("line", [
    "If the rash keeps spreading, seek medical help.",
    "Men seek medical help later than women do.",
])
def test_advice_after_its_condition_and_what_people_do_go_to_the_model(line):
    assert_left_to_model(line)
