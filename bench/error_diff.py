"""What a change did to one round's health-page errors, by the recogniser that took each row.

Reads two outputs of `bench/eval_claims.py --errors N` (before and after a change) and lists
the false alarms that went and the claims newly missed (and the reverse), each named by the
first claims.yaml `not_claims` pattern that now takes its text ("group pattern k", numbered
as `bench/lexicon_support.py --not-claims` numbers them), or "context" when none does: the
row's score moved because a neighbour's did (the learned scorer reads the sentences beside
it, its section and its page). Issue 15, session 24 (i345).

    PYTHONPATH=$PWD python3 bench/error_diff.py BEFORE.txt AFTER.txt
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def errors(path: Path) -> dict[str, tuple[str, str]]:
    """id -> (kind of error, text) of one `--errors` output."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 5 and cols[0] in ("false alarm", "missed"):
            out[cols[1]] = (cols[0], cols[4])
    return out


def taken_by(text: str, patterns: list[tuple[str, re.Pattern]]) -> str:
    return next((name for name, rx in patterns if rx.search(text.rstrip())), "context")


def main(before: Path, after: Path) -> int:
    from lint.annotate.lexicon import load_data

    patterns = [(f"{group} pattern {k}", re.compile(p))
                for group, spec in load_data("claims.yaml")["not_claims"].items()
                for k, p in enumerate(spec["patterns"], 1)]
    old, new = errors(before), errors(after)
    counts: collections.Counter = collections.Counter()
    for key in sorted(old.keys() ^ new.keys()):
        kind, text = old.get(key) or new[key]
        change = ("gone" if key in old else "new") + " " + kind
        by = taken_by(text, patterns)
        counts[change, by] += 1
        print(f"{change}\t{by}\t{key}\t{text[:110]}")
    print()
    for (change, by), n in sorted(counts.items()):
        print(f"{n:4d}  {change:17s} {by}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
