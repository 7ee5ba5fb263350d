"""Session 22, branch i292 (issue 16): the MEC false alarms of round 28 of the mechanism gold
set, each mended as a shape, with a real contradiction of the same kind that is still found.

- a mechanism described ("an inhibitor of serotonin reuptake") is no class membership for a
  drug the knowledge base gives that target and another class (clomipramine, a tricyclic);
- a hormone after "<participle> by" is what acts ("tumours stimulated by estrogens"), not a
  level the drug changes (testolactone);
- schedules said for phases of one regimen (initial / loading vs maintenance, "then",
  "reduced to") are not contradictory; "four times per week" is not "weekly" (fosfestrol).

Sentences in our own words."""

from __future__ import annotations

from conftest import mec_found, mec_on, said_in, two_sections


# A mechanism described, not a class claimed.

def test_an_inhibitor_of_serotonin_reuptake_is_no_ssri_claim_for_a_tricyclic(project):
    text = two_sections("Clomipramine is a tricyclic antidepressant.",
                       "Clomipramine is a strong inhibitor of serotonin reuptake, with a much "
                       "weaker hold on noradrenaline.")
    assert mec_found(project, text) == []


def test_the_described_target_is_still_read(project):
    result = mec_on(project, "Imipramine acts as an inhibitor of serotonin reuptake.\n")
    said = said_in(result)
    assert ("imipramine", "target", "slc6a4") in said
    assert ("imipramine", "class", "ssri") not in said


def test_a_tricyclic_called_an_ssri_still_contradicts_the_knowledge_base(project):
    assert mec_found(project, "Clomipramine belongs to the selective serotonin reuptake "
                           "inhibitors.\n") == [("MEC004", 1)]


def test_a_described_action_still_names_the_class_the_drug_is_of(project):
    """Letrozole is an aromatase inhibitor: 'an inhibitor of aromatase' is read as that class,
    so a text calling it something else in another place is still inconsistent."""
    said = said_in(mec_on(project, "Letrozole works as an inhibitor of aromatase.\n"))
    assert ("letrozole", "class", "aromatase_inhibitor") in said


# A hormone that acts, not a level changed.

def test_tumours_stimulated_by_estrogen_are_no_rise_in_estradiol(project):
    text = ("Letrozole lowers the production of estrogens, which slows breast tumours that "
            "are stimulated by estrogen.\n")
    assert mec_found(project, text) == []
    assert ("letrozole", "effect", "estradiol:up") not in said_in(mec_on(project, text))


def test_a_gland_suppressed_by_testosterone_gives_the_drug_no_effect(project):
    said = said_in(mec_on(project, "Letrozole is used in men whose pituitary output is "
                                   "suppressed by testosterone.\n"))
    assert not any(s[0] == "letrozole" and s[2].startswith("testosterone") for s in said)


def test_estradiol_raised_by_the_drug_still_contradicts_its_lowering(project):
    text = ("Letrozole lowers the production of estrogens.\n\n## Later\n\n"
            "Estradiol levels are increased by letrozole.\n")
    assert ("MEC002", 5) in mec_found(project, text)


# Phases of one regimen.

def test_an_initial_dose_three_times_a_day_beside_a_daily_dose_passes(project):
    text = two_sections("Febuxostat is taken by mouth once a day.",
                       "Febuxostat is taken by mouth initially at 20 mg three times a day.")
    assert mec_found(project, text) == []


def test_a_dose_followed_by_initially_is_an_initial_phase(project):
    text = two_sections("Febuxostat is taken once a day.",
                       "Febuxostat is taken at 10 mg twice a day initially.")
    assert mec_found(project, text) == []


def test_a_loading_dose_beside_a_weekly_dose_passes(project):
    text = two_sections("Lacosamide is given once a week.",
                       "A loading dose of lacosamide is given twice a day.")
    assert mec_found(project, text) == []


def test_a_later_dose_after_then_passes(project):
    """(i302: a schedule with no phase word is upkeep, so it is compared with the dose after
    'then'; the dose before 'then' is the start.)"""
    text = two_sections("Lacosamide is given once a day.",
                       "Lacosamide is given twice a day, then once a day.")
    assert mec_found(project, text) == []


def test_a_dose_reduced_to_weekly_beside_maintenance_doses_passes(project):
    text = two_sections("Maintenance doses of lacosamide are given three times a day.",
                       "Lacosamide can slowly be reduced to one dose per week.")
    assert mec_found(project, text) == []


def test_two_different_maintenance_frequencies_still_conflict(project):
    text = two_sections("The maintenance dose of lacosamide is given once a day.",
                       "For maintenance, lacosamide is given once a week.")
    assert ("MEC003", 7) in mec_found(project, text)


def test_two_different_initial_frequencies_still_conflict(project):
    text = two_sections("Lacosamide is initially given twice a day.",
                       "The initial dose of lacosamide is given once a week.")
    assert ("MEC003", 7) in mec_found(project, text)


def test_after_meals_is_no_phase(project):
    """'after' opens a later phase only before a number ('after 5 days')."""
    text = two_sections("Lacosamide is taken once a day after meals.",
                       "Lacosamide is taken once a week.")
    assert ("MEC003", 7) in mec_found(project, text)


def test_four_times_per_week_is_not_weekly(project):
    said = said_in(mec_on(project, "Lacosamide is given four times per week.\n"))
    assert ("lacosamide", "schedule", "weekly") not in said


def test_three_times_per_week_is_still_read(project):
    said = said_in(mec_on(project, "Lacosamide is given three times per week.\n"))
    assert ("lacosamide", "schedule", "three times weekly") in said


def test_an_initial_approval_is_no_phase(project):
    """'initial' names the start of a regimen only before a noun of dosing."""
    text = two_sections("After its initial approval, lacosamide was given once a day.",
                       "Lacosamide is given once a week.")
    assert ("MEC003", 7) in mec_found(project, text)


def test_following_this_opens_a_later_phase(project):
    """(i302: compared with a start, since a schedule with no phase word is upkeep.)"""
    text = two_sections("Lacosamide is initially given three times a week.",
                       "Following this, lacosamide is given once a day.")
    assert mec_found(project, text) == []
    phases = {(a.value, a.phase, a.phase_word) for d in mec_on(project, text).documents
              for a in d.annotations.mechanisms if a.attribute == "schedule"}
    assert ("daily", "later", "following") in phases
