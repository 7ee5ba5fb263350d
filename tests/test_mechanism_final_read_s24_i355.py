"""The final read of the mechanism mends i351/i352 (session 24, branch i355, issue 16).

A week's total beside a depot given every two weeks is a weekly equivalent, not a clash
(MEC003); a comparison word far before "between", or one with the drug's name in between,
does not hide a regimen; whether one drug may have two classes is asked of the knowledge
base of the call, with no memo kept across calls. Sentences written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from lint.rules.mechanisms import _can_co_occur
from test_mechanism_dose_period_totals_s24_i351 import _lint


@pytest.mark.parametrize("depot", ["testosterone cypionate", "testosterone enanthate"])
def test_a_weekly_equivalent_of_a_depot_given_every_two_weeks_is_no_clash(tmp_path, depot):
    found, said = _lint(tmp_path, f"""
        # Depots

        {depot.capitalize()} is given into muscle every two weeks.

        ## Doses

        The men in the trial had {depot} 80 mg/week.
        """)
    # both are read, and a total of one week beside a two-week interval agrees
    assert (7, depot, "schedule", "weekly", True) in said, sorted(said)
    assert (3, depot, "schedule", "every 2 weeks", True) in said, sorted(said)
    assert "MEC003" not in {code for code, _ in found}, found


def test_a_weekly_total_still_clashes_with_a_monthly_depot(tmp_path):
    # a month is over four weeks: a week's total cannot be that schedule's dose
    found, _ = _lint(tmp_path, """
        # Depots

        Testosterone cypionate is given into muscle once a month.

        ## Doses

        The men in the trial had testosterone cypionate 80 mg/week.
        """)
    assert ("MEC003", 7) in found, found


def test_a_days_total_still_clashes_with_once_weekly(tmp_path):
    found, _ = _lint(tmp_path, """
        # Weekly

        Semaglutide is given under the skin once weekly.

        ## Results

        In one study, semaglutide 1.7 mg/day led to weight loss.
        """)
    assert ("MEC003", 7) in found, found


def test_a_comparison_with_something_else_does_not_hide_a_regimen(tmp_path):
    found, said = _lint(tmp_path, """
        # Weekly

        Semaglutide is given under the skin once weekly.

        ## Results

        Compared with diet alone, semaglutide at between 0.5 mg/day and 2 mg/day led to weight loss.
        """)
    assert (7, "semaglutide", "schedule", "daily", True) in said, sorted(said)
    assert ("MEC003", 7) in found, found


@pytest.mark.parametrize("text", [
    # the comparison word far before "between"
    "Fadrozole was studied in a comparison of two groups of older women given between "
    "2 mg/d and 6 mg/d.",
    # the drug's name between the comparison word and "between"
    "Compared with no treatment, fadrozole between 2 mg/d and 6 mg/d was given by mouth.",
])
def test_a_range_after_a_remote_comparison_is_read(tmp_path, text):
    _, said = _lint(tmp_path, f"""
        # Ranges

        {text}
        """)
    assert (3, "fadrozole", "schedule", "daily", True) in said, sorted(said)


def test_doses_compared_near_between_are_still_not_read(tmp_path):
    _, said = _lint(tmp_path, """
        # Results

        In women given fadrozole, side effects showed no clear difference between 2 mg/d and 6 mg/d.
        """)
    assert not [s for s in said if s[1] == "fadrozole"], sorted(said)


def _kb(*drugs):
    return SimpleNamespace(drugs={name: SimpleNamespace(has_class=lambda k, c=classes: k in c)
                                  for name, classes in drugs})


def test_two_classes_are_asked_of_the_knowledge_base_of_each_call():
    # two knowledge bases alive one after the other; the second adds a drug of both classes
    # (as a project's own drug file may). A memo keyed by the first's id answered for both.
    first = _kb(("velostrone", {"opioid"}))
    assert not _can_co_occur(first, "opioid", "statin")
    first.drugs["dualine"] = SimpleNamespace(has_class=lambda k: k in {"opioid", "statin"})
    assert _can_co_occur(first, "opioid", "statin")
