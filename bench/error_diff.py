"""What a change did to one round's health-page errors, by the recogniser that took each row.

Reads two outputs of `bench/eval_claims.py --errors N` (before and after a change) and lists
the false alarms that went and the claims newly missed (and the reverse; a row is its site and
text), each named by the
first claims.yaml `not_claims` pattern that now takes its text, its group's `unless`
heeded ("group pattern k", numbered
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
sys.path[:0] = [str(REPO), str(REPO / "bench")]


def errors(path: Path) -> dict[tuple[str, str], str]:
    """(site, text) -> kind of error of one `--errors` output, read by
    bench/claim_miss_causes.py's parser (session 24, i350: one parser, not two)."""
    from claim_miss_causes import misses

    return {row: kind for kind, false_alarms in (("missed", False), ("false alarm", True))
            for row in misses(path, false_alarms=false_alarms)}


def taken_by(text: str, patterns: list[tuple[str, re.Pattern, re.Pattern | None]]) -> str:
    """The first pattern that takes the text, its group's `unless` heeded (i365)."""
    from lint.annotate.not_claims import taken

    text = text.rstrip()
    return next((name for name, rx, unless in patterns if taken(rx.search(text), unless, text)),
                "context")


def main(before: Path, after: Path) -> int:
    from lint.annotate.lexicon import load_data
    from lint.annotate.not_claims import unless_of

    patterns = [(f"{group} pattern {k}", re.compile(p), unless_of(spec))
                for group, spec in load_data("claims.yaml")["not_claims"].items()
                for k, p in enumerate(spec["patterns"], 1)]
    old, new = errors(before), errors(after)
    counts: collections.Counter = collections.Counter()
    for site, text in sorted(old.keys() ^ new.keys()):
        kind = old.get((site, text)) or new[site, text]
        change = ("gone" if (site, text) in old else "new") + " " + kind
        by = taken_by(text, patterns)
        counts[change, by] += 1
        print(f"{change}\t{by}\t{site}\t{text[:110]}")
    print()
    for (change, by), n in sorted(counts.items()):
        print(f"{n:4d}  {change:17s} {by}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
