"""Session 22, branch i313 (issue 16): the final read of i302 (schedule phases for MEC003)
mended. A schedule is the start of a regimen only when a later step of a dose is said: a
"then" with a dose or a frequency after it, in the schedule's own phrase, or a change "to" an
amount of a dose. Sentences in our own words."""

from __future__ import annotations

from conftest import DAILY_TWICE, mec_found, mec_on, two_sections


# Finding 1: "then" with no dose or frequency after it says no second step.

def test_then_before_a_test_of_blood_sets_no_phase(project):
    text = two_sections(DAILY_TWICE, "Lacosamide is taken by mouth once a week, then the "
                                     "blood count is measured after ten days.")
    assert ("MEC003", 7) in mec_found(project, text)


def test_then_before_a_dose_is_still_a_step(project):
    text = two_sections(DAILY_TWICE, "Lacosamide is taken once a week, then 100 mg two "
                                     "times a day.")
    assert mec_found(project, text) == []


# Finding 2: a "then" of another verb phrase is not the schedule's.

def test_then_of_another_verb_sets_no_phase(project):
    text = two_sections(DAILY_TWICE, "Lacosamide is taken by mouth once a week and is then "
                                     "discussed with the nurse.")
    assert ("MEC003", 7) in mec_found(project, text)


def test_and_then_before_a_frequency_is_still_a_step(project):
    text = two_sections(DAILY_TWICE, "Lacosamide is taken once a week and then two times "
                                     "a day.")
    assert mec_found(project, text) == []


# Finding 3: a change to a measurement is no change of a dose.

def test_a_lab_value_reduced_to_a_level_sets_no_phase(project):
    text = two_sections(DAILY_TWICE, "Lacosamide is taken once a week and prolactin "
                                     "reduced to 30 ng/mL.")
    assert ("MEC003", 7) in mec_found(project, text)


def test_a_dose_increased_to_milligrams_is_still_a_step(project):
    text = two_sections(DAILY_TWICE, "Lacosamide is taken once a week and can be "
                                     "increased to 200 mg.")
    assert mec_found(project, text) == []


# Finding 4: a route or a bracket between a named drug's dose and its frequency.

def _kb_schedule(project, line: str):
    return [d.code for d in mec_on(project, f"# Use\n\n{line}\n").diagnostics
            if d.code == "MEC004"]


def test_a_route_adverb_between_dose_and_frequency_still_gives_the_schedule(project):
    assert _kb_schedule(project, "Letrozole 2.5 mg orally every week.") == ["MEC004"]


def test_by_mouth_between_dose_and_frequency_still_gives_the_schedule(project):
    assert _kb_schedule(project, "Letrozole 2.5 mg by mouth every week.") == ["MEC004"]


def test_a_bracketed_dose_still_gives_the_schedule(project):
    assert _kb_schedule(project, "Letrozole (2.5 mg) every week.") == ["MEC004"]


def test_the_labelled_schedule_after_a_route_is_no_finding(project):
    assert _kb_schedule(project, "Letrozole 2.5 mg orally once daily.") == []


# Session 22, branch i316 (issue 16): the last read of i313 mended.
# Finding 1: a frequency after "to" is a new step only when the dose is what changed.

def test_a_symptom_cut_to_a_frequency_sets_no_phase(project):
    text = two_sections(DAILY_TWICE, "Lacosamide is taken once a week and the attacks were "
                                     "reduced to once a fortnight.")
    assert ("MEC003", 7) in mec_found(project, text)


def test_a_dose_reduced_to_a_frequency_is_still_a_step(project):
    text = two_sections(DAILY_TWICE, "Lacosamide is taken once a week and can be reduced "
                                     "to once a month.")
    assert mec_found(project, text) == []


def test_the_dose_named_as_reduced_to_a_frequency_is_still_a_step(project):
    text = two_sections(DAILY_TWICE, "Lacosamide is taken once a week and the dose is "
                                     "reduced to once a month.")
    assert mec_found(project, text) == []


# Finding 2: the dose or frequency after "then" must be in the phrase that "then" opens.

def test_then_before_a_monthly_test_sets_no_phase(project):
    text = two_sections(DAILY_TWICE, "Lacosamide is taken once a week, then kidney function "
                                     "is tested every month.")
    assert ("MEC003", 7) in mec_found(project, text)


def test_then_reduced_to_a_dose_is_still_a_step(project):
    text = two_sections(DAILY_TWICE, "Lacosamide is taken once a week, then reduced to "
                                     "50 mg two times a day.")
    assert mec_found(project, text) == []
