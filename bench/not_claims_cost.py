"""CPU time of the health `not_claims` recognisers (lint/data/claims.yaml) on a corpus.

Every sentence of the corpus's Markdown files (split at . ! ?) is searched with
each recogniser's patterns and its `unless`, as ClaimDetector does; the best of three runs is
printed. `--yaml` compares another copy of claims.yaml (e.g. main's).

    python3 bench/make_corpus.py 100 bench/out/corpus-100
    python3 bench/not_claims_cost.py bench/out/corpus-100
    git show main:lint/data/claims.yaml > /tmp/claims-main.yaml
    python3 bench/not_claims_cost.py bench/out/corpus-100 --yaml /tmp/claims-main.yaml
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from lint.annotate.not_claims import taken, unless_of  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="a directory made by make_corpus.py")
    parser.add_argument("--yaml", type=Path, default=REPO / "lint" / "data" / "claims.yaml")
    args = parser.parse_args()
    sentences = [s for path in sorted(args.corpus.rglob("*.md"))
                 for line in path.read_text("utf-8").splitlines()
                 for s in re.split(r"(?<=[.!?])\s+", line.strip()) if s]
    specs = yaml.safe_load(args.yaml.read_text("utf-8"))["not_claims"].values()
    patterns = [(re.compile("|".join(f"(?:{p})" for p in spec["patterns"])), unless_of(spec))
                for spec in specs]
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        matched = sum(any(taken(p.search(s), unless, s) for p, unless in patterns)
                      for s in sentences)
        best = min(best, time.process_time() - started)
    print(f"{len(patterns)} recognisers, {len(sentences)} sentences, {matched} matched: "
          f"{best:.2f} s CPU (best of 3)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
