"""Precision, recall and F1, defined once for every evaluation script.

`rates(tp, fp, fn)` from counts; `label_scores(gold, predicted)` from two
parallel lists of truth values. Figures are rounded to three places, F1
from the unrounded precision and recall; a rate with nothing to divide by is 0.
"""

from __future__ import annotations


def rates(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(precision, 3),
            "recall": round(recall, 3), "f1": round(f1, 3)}


def label_scores(gold, predicted) -> dict:
    """Counts and rates of `predicted` against `gold` (truth values, item by item)."""
    pairs = list(zip(gold, predicted))
    tp = sum(1 for g, p in pairs if g and p)
    fp = sum(1 for g, p in pairs if p and not g)
    fn = sum(1 for g, p in pairs if g and not p)
    return {"n": len(pairs), **rates(tp, fp, fn)}


def print_differences(missed, extra) -> None:
    """The gold items a run missed and the ones it added, one a line."""
    for line in missed:
        print(f"  missed: {line}")
    for line in extra:
        print(f"  extra:  {line}")
