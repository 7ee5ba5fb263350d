"""Shared asserts for the health-page `not_claims` recognisers (claims.yaml): a line set aside
with its reason, or left to the learned model."""

from __future__ import annotations

import sys

from conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
import eval_claims  # noqa: E402

NOT_A_CLAIM = "not a claim: "


OWN_WORK = "not a claim: an institution describing its own work"


def judge(line: str):
    judged, = eval_claims.judgments([line], "health")
    return judged


def assert_set_aside(line: str, reason: str) -> None:
    """Not a claim, and the first reason the user reads is the recogniser's."""
    judged = judge(line)
    assert not judged.label
    assert judged.reasons[0].startswith(reason), judged.reasons


def assert_left_to_model(line: str) -> None:
    """No recogniser took the line: the model's reasons come first."""
    judged = judge(line)
    assert not judged.reasons[0].startswith(NOT_A_CLAIM), judged.reasons


def cue_texts(line: str, group: str) -> list[str]:
    """The words of the line's cues of one group ("quantity", "effect", ...)."""
    return [cue.text for cue in judge(line).cues if cue.group == group]
