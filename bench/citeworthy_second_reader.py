"""How far a careful second reader agrees with what scholarly authors cited (issue 15).

A blind reader (session 16) labelled 270 dev sentences — six passages of 45 consecutive
sentences from six CC BY dev manuscripts, citations removed — as "a careful author should
cite this" or not, without seeing the authors' citations or any detector output
(``bench/data/citeworthy/second_reader.tsv``: set, sentence id, the reader's label). This
prints the reader's precision and recall against the authors' own citations: the agreement
any detector is measured against, and so a rough ceiling for the scholarly figures.

    python3 bench/citeworthy_second_reader.py
"""

from __future__ import annotations

import collections
import csv
from pathlib import Path

SETS = Path(__file__).resolve().parent / "data" / "citeworthy"


def _cited(name: str) -> dict[str, int]:
    with (SETS / f"{name}.tsv").open(encoding="utf-8", newline="") as handle:
        return {r["id"]: int(r["label"]) for r in csv.DictReader(handle, delimiter="\t")}


def agreement(rows: list[dict]) -> tuple[int, int, int]:
    """(true positives, false positives, misses) of the reader against the authors."""
    tp = fp = fn = 0
    cited: dict[str, dict[str, int]] = {}
    for row in rows:
        authors = cited.setdefault(row["set"], _cited(row["set"]))[row["id"]]
        reader = int(row["reader"])
        tp += reader and authors
        fp += reader and not authors
        fn += authors and not reader
    return tp, fp, fn


def _line(name: str, counts: tuple[int, int, int]) -> str:
    tp, fp, fn = counts
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return f"{name:24} P {precision:.3f}  R {recall:.3f}  (tp={tp} fp={fp} fn={fn})"


def main() -> None:
    with (SETS / "second_reader.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    by_set = collections.defaultdict(list)
    for row in rows:
        by_set[row["set"]].append(row)
    for name, its in by_set.items():
        print(_line(name, agreement(its)))
    print(_line("all six passages", agreement(rows)))


if __name__ == "__main__":
    main()
