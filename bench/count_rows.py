"""How many development rows of the health-page set does one shape match, of how many
sites, and how many of them are claims? (To justify a claims.yaml arm or cue.)

Development rows only (scripts/train_claims.development_rows: the train and dev splits and
the test sites of the rounds already read once, never a fresh round). The shape is a Python
regular expression (`re`, as the not_claims recognisers) or a spaCy token pattern in JSON
(`tok`, as the cue patterns, on the blank pipeline the cues use).

    python3 bench/count_rows.py re '\\bcome to us\\b' --rows
    python3 bench/count_rows.py tok '[{"LIKE_NUM": true}, {"LOWER": "people"}]'
    python3 bench/count_rows.py re '^She ' --without-round 36   # a round held out unread
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "scripts"), str(REPO / "bench")]


def matching_rows(kind: str, shape: str, rows: list) -> list:
    if kind == "re":
        return [row for row in rows if re.search(shape, row.text)]
    from spacy.matcher import Matcher

    from lint.nlp import BLANK, pipeline

    nlp = pipeline(BLANK)
    matcher = Matcher(nlp.vocab)
    matcher.add("shape", [json.loads(shape)])
    return [row for row, doc in zip(rows, nlp.pipe(row.text for row in rows)) if matcher(doc)]


def summary(rows: list) -> str:
    claims = sum(row.label for row in rows)
    return (f"{len(rows)} rows, {len({row.site for row in rows})} sites, {claims} claims "
            f"({claims / max(1, len(rows)):.2f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("kind", choices=("re", "tok"))
    parser.add_argument("shape")
    parser.add_argument("--rows", action="store_true", help="list the rows (label, group, site)")
    # A spent round used as a session's held-out check is neither counted nor listed.
    parser.add_argument("--without-round", type=int, action="append", default=[], metavar="N",
                        help="leave out round N's rows (repeatable)")
    args = parser.parse_args()
    import train_claims

    held = {f"round {number}" for number in args.without_round}
    rows = [row for row in train_claims.development_rows() if row.group not in held]
    hit = matching_rows(args.kind, args.shape, rows)
    if args.rows:
        for row in hit:
            print(f"{row.label} {row.group:<9} {row.site[:32]:<32} {row.text[:200]}")
    base = sum(row.label for row in rows) / max(1, len(rows))
    print(f"{summary(hit)}; without round 30: "
          f"{summary([row for row in hit if row.group != 'round 30'])}; "
          f"base rate {base:.2f} of {len(rows)} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
