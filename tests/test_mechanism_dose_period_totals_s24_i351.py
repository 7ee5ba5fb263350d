"""Doses per period as totals (session 24, branch i351, issue 16, review of i343).

A dose said per day or per week ("0.5 mg/day", "3.5 mg/week") is that period's total
(lint/annotate/dose_periods.py). Two totals never clash; a total clashes (MEC003) or
contradicts the knowledge base (MEC004) only against frequencies spaced wider than its
period. An amount per period of another substance (alcohol, calcium, vitamin D, fibre) is
not the named drug's dose. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import Project
from lint.annotate.dose_periods import doses_per_period
from lint.nlp import pipeline
from test_mechanisms_acceptance import _mec


def _lint(tmp_path, text: str):
    """The MEC findings (code, line) on one page, and what was read: (line, drug,
    attribute, value, polarity) of each schedule."""
    project = Project(tmp_path)
    project.write("content/page.md", text)
    found, result = _mec(project)
    said = {(a.sentence.span.start.line, a.drug, a.attribute, a.value, a.polarity)
            for d in result.documents for a in d.annotations.mechanisms
            if a.attribute == "schedule"}
    return found, said


def _codes(found) -> set[str]:
    return {code for code, _ in found}


def test_a_days_total_and_a_weeks_total_of_the_same_dose_agree(tmp_path):
    found, said = _lint(tmp_path, """
        # Doses

        Older men were given anastrozole 0.5 mg/day in the first trial.

        ## Later

        A second trial gave older men anastrozole 3.5 mg/week.
        """)
    assert (3, "anastrozole", "schedule", "daily", True) in said
    assert (7, "anastrozole", "schedule", "weekly", True) in said
    assert not _codes(found) & {"MEC003", "MEC004"}, found


def test_a_days_total_of_a_drug_injected_once_weekly_still_clashes(tmp_path):
    found, said = _lint(tmp_path, """
        # Doses

        Semaglutide is injected subcutaneously once a week.

        ## Later

        In one study, semaglutide 2.4 mg/day reduced body weight.
        """)
    assert (7, "semaglutide", "schedule", "daily", True) in said
    assert "MEC003" in _codes(found), found


def test_a_weeks_total_beside_a_daily_frequency_does_not_clash(tmp_path):
    found, _ = _lint(tmp_path, """
        # Doses

        Anastrozole is taken by mouth once daily.

        ## Later

        Over a week, patients took anastrozole 7 mg/week in all.
        """)
    assert not _codes(found) & {"MEC003", "MEC004"}, found


def test_amounts_of_other_substances_are_not_the_drugs_dose(tmp_path):
    _, said = _lint(tmp_path, """
        # Other substances

        Anastrozole was studied in men who drank 21 units/week of alcohol.

        Letrozole was taken with vitamin D 50,000 IU/week for two months.

        Semaglutide was combined with calcium 1000 mg/day in older women.

        Semaglutide was tested in adults eating 30 g/day of fibre.
        """)
    # (the course "for two months" is read, as before: not a dose per period)
    schedules = {(line, drug) for line, drug, _, value, _ in said
                 if value in ("daily", "weekly")}
    assert not schedules & {(3, "anastrozole"), (5, "letrozole"), (7, "semaglutide"),
                            (9, "semaglutide")}, sorted(said)


def test_the_drugs_own_dose_beside_another_substance_is_still_read(tmp_path):
    _, said = _lint(tmp_path, """
        # Own doses

        Women took letrozole 2.5 mg/day together with calcium.

        Heparin 20000 units/day was given to the older patients.
        """)
    assert (3, "letrozole", "schedule", "daily", True) in said, sorted(said)
    assert (5, "heparin", "schedule", "daily", True) in said, sorted(said)


@pytest.mark.parametrize("text, expected", [
    # results set side by side (the shape of jco1992_r32_fadrozole, reworded)
    ("Side effects did not differ between 2 mg/d and 6 mg/d.", []),
    ("There was little difference in response between 2 mg/d and 6 mg/d.", []),
    # a range of doses given still says daily, once for each end
    ("Doses between 2 mg/d and 6 mg/d were given by mouth.", ["daily", "daily"]),
    ("Each man took 3 mg/week.", ["weekly"]),
])
def test_doses_compared_between_two_amounts_are_not_read(text, expected):
    assert [key for key, _, _ in doses_per_period(pipeline()(text))] == expected


def test_a_range_of_daily_doses_is_read_and_a_cap_denies_none(tmp_path):
    _, said = _lint(tmp_path, """
        # Ranges and caps

        Fadrozole was tested in older women with breast cancer.

        Fadrozole doses between 2 mg/d and 6 mg/d were given by mouth.

        The dose of anastrozole should not exceed 1 mg/day.
        """)
    assert (5, "fadrozole", "schedule", "daily", True) in said, sorted(said)
    # a cap limits the day's total: it denies no daily schedule (nor is it read as one)
    assert not [s for s in said if s[0] == 7 and not s[4]], sorted(said)


def test_a_days_total_of_a_weekly_injection_contradicts_the_knowledge_base(tmp_path):
    # tirzepatide: once weekly in the knowledge base (lint/data/drugs.yaml)
    found, said = _lint(tmp_path, """
        # Doses

        In the trial, tirzepatide 5 mg/day was injected under the skin.
        """)
    assert (3, "tirzepatide", "schedule", "daily", True) in said, sorted(said)
    assert ("MEC004", 3) in found, found


def test_a_weeks_total_of_a_daily_tablet_agrees_with_the_knowledge_base(tmp_path):
    # anastrozole: once daily in the knowledge base; 7 mg a week is that week's tablets
    found, said = _lint(tmp_path, """
        # Doses

        Men in the trial took anastrozole 7 mg/week by mouth.
        """)
    assert (3, "anastrozole", "schedule", "weekly", True) in said, sorted(said)
    assert "MEC004" not in _codes(found), found
