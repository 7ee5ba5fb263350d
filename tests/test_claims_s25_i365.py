"""Health pages, session 25 (i365, issue 15): mends of the review of i361. The interval that
leaves a call to action to the model needs a word of timing before it (not opening hours, an
offer or a course's length); a sum of money, a share of a measure and "one in <year>" give
no quantity cue; a publication noun before "provides information" keeps the sentence set
aside; and every reader of the `not_claims` groups heeds a group's `unless` through one
helper. Sentences in our own words."""

from __future__ import annotations

import re
import sys

import pytest

from conftest import REPO
from health_judgments import assert_left_to_model, assert_set_aside, cue_texts

CALL = "not a claim: a call to action"
PAGE = "not a claim: the page describing itself"


# Opening hours, an offer, a course's or a guide's length: no advice on timing.
@pytest.mark.parametrize("line", [
    "Call the crisis line, which is staffed 24 hours a day.",
    "Visit the walk-in centre, open 365 days a year, for minor injuries.",
    "Contact the surgery, which answers the phone seven days a week.",
    "Sign up for our 8 week course on managing back pain.",
    "Download our ten minute guide to checking your moles.",
    "Join today and use the pool for 2 weeks free.",
])
def test_a_call_to_action_with_hours_or_a_course_length_is_set_aside(line):
    assert_set_aside(line, CALL)


# Advice on timing, with a frequency as well as an interval, still goes to the model.
@pytest.mark.parametrize("line", [
    "Talk to your nurse if you need the blue inhaler more than three times a week.",
    "Ask the pharmacist before you take a second dose within 6 hours.",
])
def test_a_call_to_action_with_a_timing_word_goes_to_the_model(line):
    assert_left_to_model(line)


# A sum of money named after the number is no count of people or cases. (A sign before
# it, "$40 million", is still cued: see bench/README.md, i365.)
@pytest.mark.parametrize("line", [
    "The charity raised 2 million pounds for the new children's ward.",
    "Ministers promised an extra 3 billion dollars for community nursing.",
])
def test_a_sum_of_money_gives_no_quantity(line):
    assert not any("million" in c or "billion" in c for c in cue_texts(line, "quantity"))


@pytest.mark.parametrize("line, count", [
    ("Nearly 1.5 million in the county live with diabetes.", "1.5 million"),
    ("40 million prescriptions for statins were written last year.", "40 million"),
])
def test_a_count_in_millions_still_gives_a_quantity(line, count):
    assert any(count in c for c in cue_texts(line, "quantity"))


# A share of a time, a distance or a kitchen measure is no share of a population.
@pytest.mark.parametrize("line", [
    "Walk for a quarter of an hour after each meal.",
    "Stir in a third of the sugar and keep mixing.",
    "We were two thirds of the way up the hill when the rain came.",
    "We held one in 2018 and a second in 2022 at the town hall.",
])
def test_a_share_of_a_measure_or_one_in_a_year_gives_no_quantity(line):
    assert cue_texts(line, "quantity") == []


@pytest.mark.parametrize("line, share", [
    ("Roughly a quarter of nurses report back pain at work.", "a quarter of"),
    ("A third of the patients stopped the drug early.", "A third of"),
    ("One in 12 adults is thought to have diabetes.", "One in 12"),
])
def test_a_share_of_a_group_still_gives_a_quantity(line, share):
    assert any(share in c for c in cue_texts(line, "quantity"))


# A publication noun before the verb: the page's own material, although a test is named.
@pytest.mark.parametrize("line", [
    "Our leaflet on allergy tests provides information about how to get ready.",
    "The scans section of this website offers information about booking.",
    "This page on hearing tests contains information for worried parents.",
])
def test_a_publication_about_tests_providing_information_is_set_aside(line):
    assert_set_aside(line, PAGE)


def test_the_unless_helper_leaves_a_match_to_the_model():
    from lint.annotate.not_claims import taken, unless_of

    unless = unless_of({"unless": r"\bweeks\b", "patterns": []})
    assert taken(True, unless, "ring us in two weeks") is None
    assert taken(True, unless, "ring us soon")
    assert taken(None, unless, "ring us soon") is None
    assert unless_of({"patterns": []}) is None


def test_error_diff_heeds_a_groups_unless():
    sys.path.insert(0, str(REPO / "bench"))
    import error_diff
    from lint.annotate.lexicon import load_data
    from lint.annotate.not_claims import unless_of

    spec = load_data("claims.yaml")["not_claims"]["call_to_action"]
    patterns = [("call_to_action pattern 1", re.compile(spec["patterns"][0]), unless_of(spec))]
    assert error_diff.taken_by("Call the clinic at least ten days before your flight.",
                               patterns) == "context"
    assert error_diff.taken_by("Call the clinic before your flight.", patterns) \
        == "call_to_action pattern 1"


def test_not_claims_cost_heeds_a_groups_unless(tmp_path, monkeypatch, capsys):
    sys.path.insert(0, str(REPO / "bench"))
    import not_claims_cost

    (tmp_path / "a.md").write_text("Call the clinic at least ten days before your flight.\n",
                                   "utf-8")
    monkeypatch.setattr(sys, "argv", ["not_claims_cost.py", str(tmp_path)])
    assert not_claims_cost.main() == 0
    assert "1 sentences, 0 matched" in capsys.readouterr().out
