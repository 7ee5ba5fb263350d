"""Precision at recall 0.80 of CIT001's in-context scores, per manuscript and pooled.

The figure issue 15's target is read on (cited sentences of an unseen manuscript:
R >= 0.80 at P >= 0.60): the shipped in-context score of every sentence CIT001 scores,
ranked, and the precision of the highest threshold that finds 80 % of the sentences its
authors cited. Sentences a nearby citation covers or the authors' own work explains are
not ranked (as in bench/fit_in_context.py); CIT001's own P / R at its shipped threshold
is printed beside it. On the dev manuscripts the shipped weights were fitted on them, so
their figure is in-sample: the honest dev figure is bench/fit_in_context.py's
leave-one-manuscript-out.

    python3 bench/eval_context_ranking.py           # the dev manuscripts
    python3 bench/eval_context_ranking.py --test    # the test manuscripts (measure only)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval_context import context_sets, judge_in_context  # noqa: E402
from fit_in_context import precision_at_recall  # noqa: E402


def ranked(judged):
    """(rows as precision_at_recall reads them, their scores, cited sentences)."""
    rows, scores = [], []
    for gold, _, _, sentence, why, _ in judged:
        here = sentence.annotations.in_context
        if here is not None:
            rows.append((gold, 0, (), bool(why)))
            scores.append(here.score)
    return rows, scores, sum(g for g, *_ in judged)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--test", action="store_true", help="the test manuscripts instead")
    split = "test" if parser.parse_args().test else "dev"
    pooled_rows, pooled_scores, pooled_total, reported, right = [], [], 0, 0, 0
    for name, set_split, set_rows, places in context_sets(include_test=split == "test",
                                                          include_train=False):
        if set_split != split:
            continue
        judged = judge_in_context(set_rows, places)
        rows, scores, total = ranked(judged)
        found = sum(1 for j in judged if j[2])
        hits = sum(1 for j in judged if j[0] and j[2])
        print(f"{name}: CIT001 P {hits / max(1, found):.3f} R {hits / max(1, total):.3f}; "
              f"P at R 0.80 {precision_at_recall(rows, total, scores):.3f}")
        pooled_rows += rows
        pooled_scores += scores
        pooled_total += total
        reported += found
        right += hits
    print(f"pooled CIT001 P {right / max(1, reported):.3f} R {right / max(1, pooled_total):.3f}; "
          f"P at R 0.80 {precision_at_recall(pooled_rows, pooled_total, pooled_scores):.3f}")


if __name__ == "__main__":
    main()
