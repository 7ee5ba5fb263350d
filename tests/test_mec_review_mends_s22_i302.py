"""Session 22, branch i302 (issue 16): the review of i292 mended. Each test names the review
finding it covers; the passing shapes of i292 stay in test_mec_false_alarms_s22_i292.py.
Sentences in our own words."""

from __future__ import annotations

import json

from conftest import DAILY_TWICE, mec_found, mec_on, said_in, two_sections


# Finding 1: "then", "later", "maintenance" only in a dosing sense.

def test_then_in_another_clause_sets_no_phase(project):
    text = two_sections(DAILY_TWICE, "The clinic then changed the plan, and lacosamide is "
                                     "taken once a week.")
    assert ("MEC003", 7) in mec_found(project, text)


def test_later_studies_set_no_phase(project):
    text = two_sections(DAILY_TWICE, "Later trials reported that lacosamide is taken once "
                                     "a week.")
    assert ("MEC003", 7) in mec_found(project, text)


def test_maintenance_of_an_effect_sets_no_phase(project):
    text = two_sections(DAILY_TWICE, "For the maintenance of fewer seizures, lacosamide is "
                                     "taken once a week.")
    assert ("MEC003", 7) in mec_found(project, text)


def test_then_right_before_a_schedule_is_still_a_later_phase(project):
    text = two_sections("Lacosamide is taken once a week.",
                       "Lacosamide is taken three times a day at first, then 50 mg once a week.")
    assert mec_found(project, text) == []


# Finding 2: "initially" only by its schedule.

def test_initially_approved_sets_no_phase(project):
    text = two_sections(DAILY_TWICE, "Initially licensed for epilepsy, lacosamide is taken "
                                     "once a week.")
    assert ("MEC003", 7) in mec_found(project, text)


def test_initially_opening_the_sentence_is_still_a_phase(project):
    text = two_sections("Lacosamide is taken once a week.",
                       "Initially, lacosamide is taken two times a day.")
    assert mec_found(project, text) == []


# Finding 3: the hormone must be the passive's agent itself.

def test_a_pituitary_stimulated_by_the_drug_still_releases_lh(project):
    said = said_in(mec_on(project, "Gonadorelin acts because the pituitary is stimulated by "
                                   "it to secrete luteinizing hormone.\n"))
    assert ("gonadorelin", "effect", "lh:up") in said


def test_a_tumour_stimulated_by_the_hormone_is_still_no_effect(project):
    said = said_in(mec_on(project, "Letrozole slows tumours that are stimulated by the "
                                   "estrogens of the body.\n"))
    assert ("letrozole", "effect", "estradiol:up") not in said


# Finding 4: a membership said is a class claim.

def test_belonging_to_the_class_of_inhibitors_of_reuptake_is_a_class_claim(project):
    text = two_sections("Clomipramine is a tricyclic antidepressant.",
                       "Clomipramine belongs to the class of inhibitors of serotonin reuptake.")
    found = mec_found(project, text)
    assert ("MEC001", 7) in found or ("MEC001", 3) in found
    assert any(code == "MEC004" for code, _ in found)


# Finding 5: a change of dose needs a dose after "to".

def test_to_reduce_harm_sets_no_phase(project):
    text = two_sections(DAILY_TWICE, "To reduce harm to the liver, lacosamide is taken "
                                     "once a week.")
    assert ("MEC003", 7) in mec_found(project, text)


def test_a_rise_to_a_peak_sets_no_phase(project):
    text = two_sections(DAILY_TWICE, "Seizures increased to a peak at night; lacosamide is "
                                     "taken once a week.")
    assert ("MEC003", 7) in mec_found(project, text)


def test_a_dose_increased_to_an_amount_is_still_adjusted(project):
    text = two_sections(DAILY_TWICE, "Lacosamide can be increased to 200 mg once a week.")
    assert mec_found(project, text) == []


# Finding 7: phases per schedule; no phase is upkeep.

def test_one_phased_schedule_does_not_set_apart_the_sentence(project):
    text = two_sections("Lacosamide is taken two times a day.",
                       "Lacosamide is taken once a week, after an initial dose two times a "
                       "day.")
    assert ("MEC003", 7) in mec_found(project, text)


def test_a_dose_after_then_conflicts_with_a_bare_dose(project):
    text = two_sections("Lacosamide is taken three times a week.",
                       "Lacosamide is taken two times a day, then once a day.")
    assert ("MEC003", 7) in mec_found(project, text)


def test_an_initial_dose_beside_a_bare_dose_still_passes(project):
    text = two_sections("Lacosamide is taken once a week.",
                       "The initial dose of lacosamide is taken two times a day.")
    assert mec_found(project, text) == []


# Finding 8: the phase's reason is stored and shown.

def test_the_phase_and_its_word_are_in_the_json_matrix(project):
    from lint.report.mechanisms import records

    result = mec_on(project, "Lacosamide is taken two times a day initially.\n")
    rows = [r for r in records(result.documents, result.corpus.knowledge)
            if r["attribute"] == "schedule"]
    assert rows and rows[0]["phase"] == "initial" and rows[0]["phase_word"] == "initially"
    json.dumps(rows)


# Finding 9: one load of the schedule words; one import block.

def test_schedules_load_the_mechanism_words_once():
    from pathlib import Path

    import lint.annotate.schedules as schedules

    source = Path(schedules.__file__).read_text("utf-8")
    assert source.count('load_data("mechanism_words.yaml")') == 1
    import lint.annotate.mechanisms as mechanisms

    source = Path(mechanisms.__file__).read_text("utf-8")
    assert source.count("from lint.annotate.mechanism_guards import") == 1


# Finding 10: the passive's words are data.

def test_the_passive_agent_words_are_data(monkeypatch):
    import lint.annotate.mechanism_guards as guards
    from lint.data import load_data

    data = load_data("mechanism_guards.yaml")
    assert "by" in data["passive_agent_words"] and "ed" in data["passive_participle_endings"]
    lowers = ["tumours", "stimulated", "by", "estrogen"]
    assert guards.hormone_as_agent(lowers, 1, 3)
    monkeypatch.setattr(guards, "_PASSIVE_AGENT_WORDS", frozenset({"through"}))
    assert not guards.hormone_as_agent(lowers, 1, 3)


# Finding 11: the phased passing example of MEC003 is a real titration.

def test_the_titration_example_passes_and_needs_its_phase(project):
    first = "Adalimumab is injected under the skin every 2 weeks."
    text = two_sections(first, "Without methotrexate, the adalimumab dose can be increased to "
                              "40 mg every week.")
    assert mec_found(project, text) == []
    bare = two_sections(first, "Without methotrexate, the adalimumab dose is 40 mg every week.")
    assert ("MEC003", 7) in mec_found(project, bare)


# Kept for the round-28 text under finding 7: a dose the sentence goes on to change.

def test_a_dose_the_sentence_then_reduces_is_a_step_before_another(project):
    text = two_sections("Lacosamide is taken by mouth once a day.",
                       "Upkeep doses of lacosamide are taken three times a day and can slowly be "
                       "reduced to 200 mg a day.")
    assert mec_found(project, text) == []


def test_a_change_in_another_clause_is_no_step_of_the_dose(project):
    text = two_sections(DAILY_TWICE, "Lacosamide is taken once a week, and seizures increased "
                                     "to 10 a day.")
    assert ("MEC003", 7) in mec_found(project, text)
