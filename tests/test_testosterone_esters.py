"""Testosterone esters each carry their own routes and dosing intervals (issue 16): a correct
sentence in the words of a US label gives no MEC004, a wrong route or interval does."""

from __future__ import annotations

import pytest

from lint.sources.drugs import interval_hours, load_knowledge

LABELLED = [
    "DEPO-Testosterone (testosterone cypionate) is injected intramuscularly every two weeks.",
    "Testosterone cypionate is injected every 4 weeks.",
    "Xyosted (testosterone enanthate) is injected subcutaneously once weekly.",
    "Testosterone enanthate is injected intramuscularly every week.",
    "Aveed (testosterone undecanoate) is injected every 10 weeks after the first two doses.",
    "Jatenzo capsules are taken twice daily with food.",
    "Testosterone undecanoate capsules are taken orally twice daily.",
    "Testosterone esters are injected intramuscularly every week.",
]
WRONG = [
    ("Testosterone cypionate is taken orally.", "route: intramuscular"),
    ("Testosterone undecanoate is injected weekly.", "given every 10 weeks or twice daily"),
    ("Testosterone cypionate capsules are taken twice daily.", "given weekly"),
]


def _mec004(project, text: str) -> list[str]:
    project.write("content/a.md", f"# Testosterone\n\n{text}\n")
    result = project.run(use_baseline=False, select=["MEC"])
    return [d.message for d in result.diagnostics if d.code == "MEC004"]


def test_each_ester_has_its_own_entry_and_the_group_name_resolves():
    kb = load_knowledge()
    keys = {name: kb.find(name).key for name in (
        "testosterone cypionate", "Depo-Testosterone", "testosterone enanthate", "Xyosted",
        "testosterone undecanoate", "Aveed", "Jatenzo", "testosterone esters")}
    assert keys["Depo-Testosterone"] == "testosterone cypionate"
    assert keys["Xyosted"] == "testosterone enanthate"
    assert keys["Aveed"] == keys["Jatenzo"] == "testosterone undecanoate"
    assert keys["testosterone esters"] == "testosterone esters"
    assert kb.find("testosterone cypionate").routes == ["intramuscular"]


def test_a_schedule_may_be_an_interval():
    assert interval_hours("every 10 weeks") == 1680.0


@pytest.mark.parametrize("text", LABELLED)
def test_label_schedules_and_routes_pass(project, text):
    assert _mec004(project, text) == []


@pytest.mark.parametrize("text,expected", WRONG)
def test_wrong_route_or_interval_fails(project, text, expected):
    messages = _mec004(project, text)
    assert len(messages) == 1 and expected in messages[0], messages
