"""Health pages, session 32 (i439, issue 15): two error shapes that recur over rounds and
sites. Seeing a clinician put as what matters ("It is important to talk to your doctor
...") is a call to action, LABELING.md's "talk to your doctor" (15 development rows of 14
sites, none a claim); and a term named or spelt out ("is called", "also called", "stands
for", "is defined as", "the medical term for", "a term used to describe") is read by the
definition cue (158 development rows, 156 of them claims), and so is "is a ... infection /
examination / treatment ..." (the cue's nouns now take general medical ones: 227 more rows,
0.95 claims). Each shape's near neighbours stay
as they were. Sentences in our own words."""

from __future__ import annotations

import pytest

from health_judgments import assert_left_to_model, assert_set_aside, cue_texts, judge

CALL = "not a claim: a call to action"


@pytest.mark.parametrize("line", [
    "It is important to talk to your GP about the side effects before you start the tablets.",
    "It's essential to consult with a pharmacist before mixing these supplements with blood thinners.",
    "It is crucial for anyone planning a pregnancy to have a frank conversation with their doctor.",
    "If the rash spreads, it is best to discuss it with a dermatologist.",
    "It is recommended that you speak with your nurse before the first injection.",
    "It is important to notify a doctor or pharmacist if the dizziness gets worse.",
])
def test_seeing_a_clinician_put_as_what_matters_is_a_call_to_action(line):
    assert_set_aside(line, CALL)


# No clinician named (a health recommendation), an interval (a specific clinical
# recommendation, call_to_action's `unless`), a reason given with "because", or no verb of
# consulting: the model weighs them.
@pytest.mark.parametrize("line", [
    "It's important to check your blood pressure every year after forty.",
    "It is important to see a doctor within 48 hours of a tick bite.",
    "It is vital to see a doctor quickly because a twisted testicle can die within hours.",
    "It is important for doctors to treat high blood pressure early.",
    "It is essential to keep insulin in the fridge once the pen is opened.",
])
def test_near_shapes_go_to_the_model(line):
    assert_left_to_model(line)


@pytest.mark.parametrize("line, words", [
    ("Gout is sometimes called the disease of kings.", "is sometimes called the"),
    ("These swellings are called bunions.", "are called bunions"),
    ("Hypertension is defined as a blood pressure of 140/90 or more.", "is defined"),
    ("Shingles, also called herpes zoster, is a painful rash.", "also called"),
    ("HbA1c stands for glycated haemoglobin.", "stands for"),
    ("The medical term for a nosebleed is epistaxis.", "medical term for"),
    ("Tinnitus is a term used to describe ringing in the ears.", "a term used"),
    ("Shingles is a painful viral infection of one nerve.", "is a painful viral infection"),
    ("A colonoscopy is a camera examination of the bowel.", "is a camera examination"),
])
def test_a_term_named_or_spelt_out_is_a_definition(line, words):
    assert words in cue_texts(line, "definition")


# A call, a stand, someone summoned, "long term for": no term is defined.
@pytest.mark.parametrize("line", [
    "You can also call the helpline on weekdays.",
    "Avoid standing for long periods after the operation.",
    "A nurse is called when the alarm sounds.",
    "Doctors are called in to help when the ward is short of staff.",
    "He was called to the ward at midnight.",
    "In the long term for most men the tablets are safe.",
    "There are a few different forms of the tablet.",
    "Asking for help is a sign of strength.",
])
def test_look_alikes_are_no_definition(line):
    assert cue_texts(line, "definition") == []


def test_the_definition_is_named_to_the_editor_and_weighed():
    judged = judge("PSA stands for prostate-specific antigen.")
    assert judged.label
    assert "defines a term: 'stands for'" in judged.reasons, judged.reasons
    assert any("cue 'definition'" in reason for reason in judged.reasons), judged.reasons
