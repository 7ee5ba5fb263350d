"""Claim detection keeps its measured quality on the gold set (a floor, not the target).

The numbers themselves come from `python3 bench/eval_claims.py`.
"""

from __future__ import annotations

import sys

from conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
from eval_claims import classify_pairs, load_gold, rule_pairs, scores  # noqa: E402

FLOOR_PRECISION = 0.90
FLOOR_RECALL = 0.85


def test_claim_rule_quality_floor():
    result = scores(rule_pairs(load_gold()))
    assert result["n"] >= 140
    assert result["precision"] >= FLOOR_PRECISION, result
    assert result["recall"] >= FLOOR_RECALL, result


def test_classify_matches_the_rule_outside_tables():
    gold = load_gold()
    by_rule = {text: label for _, label, text in rule_pairs(gold)}
    by_classify = {text: label for _, label, text in classify_pairs(gold)}
    kinds = {text: kind for _, kind, text in gold}
    # Same code path: sentences outside tables (where the row gives context) agree.
    differ = [t for t in by_rule if kinds[t] != "table_cell" and by_rule[t] != by_classify[t]]
    assert not differ, differ
