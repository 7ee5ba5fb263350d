"""Session 32 (i446, issue 16): MEC false alarms of the spent rounds, mended as shapes.

- a substance named as what a drug acts on or raises is no subject ("blocking dopamine",
  "the reuptake of the neurotransmitters noradrenaline, dopamine and serotonin");
- a class after "described as" is a description, not a class statement;
- a schedule with a condition in its clause ("… if …", "in patients with …, adjust …") is
  conditional and does not contradict the usual one;
- a chemical name in brackets after a listed peptide names its parts, not more members;
- a hormone's change "with age" is the ageing body's, not the drug's.
Each has a case that failed before and one that must still be found. Sentences in our own
words."""

from __future__ import annotations

import pytest

from conftest import mec_found, mec_on, said_in, two_sections


def _drugs(result) -> set[str]:
    return {drug for drug, _, _ in said_in(result)}


# --- what a drug acts on or raises -------------------------------------------------------

@pytest.mark.parametrize("text", [
    two_sections("It slows the reuptake of the neurotransmitters noradrenaline, dopamine and "
                 "serotonin, and so raises all three.",
                 "Blocking dopamine re-uptake curbs food cravings, while increasing serotonin "
                 "lowers hunger."),
    two_sections("The drug acts on three neurotransmitters in the brain - serotonin, noradrenaline, "
                 "and dopamine - which it raises.",
                 "Noradrenaline lowers appetite and serotonin raises mood."),
])
def test_transmitters_a_drug_acts_on_are_no_subjects(project, text):
    result = mec_on(project, text)
    assert "dopamine" not in _drugs(result), said_in(result)
    assert mec_found(project, text) == []


def test_a_blocked_hormone_does_not_take_the_blockers_effect(project):
    text = two_sections(
        "Dopamine is the body's own brake on prolactin release.",
        "Older gut-motility drugs such as metoclopramide raised prolactin by blocking dopamine "
        "at the pituitary. The rise these drugs caused was modest.")
    result = mec_on(project, text)
    assert ("dopamine", "effect", "prolactin:up") not in said_in(result)
    assert ("metoclopramide", "effect", "prolactin:up") in said_in(result)
    assert mec_found(project, text) == []


def test_a_hormone_said_as_a_subject_is_still_compared(project):
    text = two_sections("Dopamine raises prolactin.", "Dopamine lowers prolactin.")
    assert ("MEC002", 7) in mec_found(project, text)


def test_a_drug_given_in_rising_doses_is_still_the_subject(project):
    text = two_sections("Increasing clomiphene doses raises LH.", "Clomiphene lowers LH.")
    assert ("MEC002", 7) in mec_found(project, text)


# --- described as ------------------------------------------------------------------------

def test_a_class_said_as_a_description_is_not_compared(project):
    text = two_sections("Trestolone is an anabolic steroid.",
                        "Trestolone is an anabolic steroid, though some writers have described "
                        "it as a selective androgen receptor modulator.")
    assert mec_found(project, text) == []


def test_a_class_the_text_states_is_still_compared(project):
    text = two_sections("Trestolone is an anabolic steroid.",
                        "Trestolone is a selective androgen receptor modulator.")
    assert ("MEC001", 7) in mec_found(project, text)


# --- conditional dose adjustments ---------------------------------------------------------

_USUAL = "# Pegcetacoplan\n\nThe usual dose is 1,080 mg SC 2x per week.\n\n"


@pytest.mark.parametrize("second", [
    "Adjust the regimen to 1,080 mg every 3 days if the LDH level more than doubles.",
    "In patients with a high LDH level, adjust the dose to 1,080 mg every 3 days.",
])
def test_a_conditional_adjustment_does_not_contradict_the_usual_schedule(project, second):
    text = _USUAL + second + "\n"
    assert ("pegcetacoplan", "schedule", "every third day") in said_in(mec_on(project, text))
    assert mec_found(project, text) == []


def test_an_unconditional_second_schedule_is_still_found(project):
    assert ("MEC003", 5) in mec_found(project, _USUAL + "The dose is 1,080 mg every 3 days.\n")


# --- a peptide's chemical name in brackets --------------------------------------------------

@pytest.mark.parametrize("text", [
    "# GHK-Cu\n\nCopper peptides such as GHK-Cu (glycyl-L-histidyl-L-lysine) are said to help "
    "wounds heal.\n",
    "# GHK-Cu\n\nSmall tripeptides like GHK-Cu (glycyl-l-histidyl-l-lysine) occur in blood.\n",
])
def test_a_peptides_bracketed_chemical_name_is_no_member(project, text):
    result = mec_on(project, text)
    assert not any(drug == "lysine" for drug in _drugs(result)), said_in(result)
    assert ("ghk-cu", "kind", "peptide") in said_in(result)
    assert mec_found(project, text) == []


def test_an_amino_acid_listed_as_a_peptide_is_still_found(project):
    text = "# Lysine\n\nPeptides such as lysine and GHK-Cu help wounds heal.\n"
    assert ("MEC008", 3) in mec_found(project, text)


# --- a change with age -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "# Ibutamoren\n\nIbutamoren restores GH pulses in older adults, whose GH secretion has "
    "fallen with age.\n",
    "# Ibutamoren\n\nIbutamoren is taken to offset the age-related decline in GH.\n",
])
def test_a_change_with_age_is_not_the_drugs(project, text):
    result = mec_on(project, text)
    assert ("mk-677", "effect", "gh:down") not in said_in(result), said_in(result)
    assert mec_found(project, text) == []


def test_a_fall_the_drug_causes_is_still_found(project):
    text = "# Ibutamoren\n\nIbutamoren lowers GH in older adults.\n"
    assert ("MEC004", 3) in mec_found(project, text)
