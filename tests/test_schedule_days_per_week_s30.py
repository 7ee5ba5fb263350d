"""Session 30 (coordinator, issue 16): a count of days in a week is no weekly schedule.

A clinic's tesamorelin page of round 44 (spent) says "injections 5–7 days per week", and
"per week" alone was read as weekly: MEC004 against the base's once daily. Five to seven
days a week is a count of dosing days, as "four times per week" is a count of times
(`counted_per`). Sentences in our own words."""

from __future__ import annotations

import pytest

from conftest import mec_found, mec_on, said_in


@pytest.mark.parametrize("text", [
    "# Tesamorelin\n\nTesamorelin is injected under the skin 5–7 days per week.\n",
    "# Tesamorelin\n\nMost clinics give tesamorelin injections five days per week.\n",
    "# Tesamorelin\n\nTesamorelin is injected 6-7 days a week in cycles of three months.\n",
])
def test_a_count_of_days_in_a_week_is_not_weekly(project, text):
    said = said_in(mec_on(project, text))
    assert ("tesamorelin", "schedule", "weekly") not in said, said
    assert mec_found(project, text) == []


@pytest.mark.parametrize("text", [
    "# Tesamorelin\n\nTesamorelin is injected one day per week.\n",
    "# Tesamorelin\n\nTesamorelin is injected once per week.\n",
])
def test_one_day_or_once_per_week_is_still_weekly(project, text):
    assert ("tesamorelin", "schedule", "weekly") in said_in(mec_on(project, text))
