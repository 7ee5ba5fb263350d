"""MEC findings on the unlabelled stress corpus (bench/data/mec_stress), whole and by half.

The halves are drawn by drug family (families.tsv), seeded, so that no family is in both:
one half was developed on, the other is the held-out figure. `late/` (C) holds texts
collected after the fixes were written, checked once against main and once against the
branch. Each set is checked as a corpus of its own (MEC compares statements across the
files of one run).

    python3 bench/mec_stress.py                 # this checkout
    python3 bench/mec_stress.py --code ../main  # another checkout's lint (a before figure)
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "data" / "mec_stress"
SEED = 11


def families() -> dict[str, str]:
    rows = (line.rstrip("\n").split("\t") for line in open(CORPUS / "families.tsv")
            if line.strip() and not line.startswith("#"))
    return {text: family for text, family in rows}


def halves(by_text: dict[str, str]) -> dict[str, list[str]]:
    """'A' (developed on) and 'B' (held out): the families shuffled with the seed, dealt
    alternately."""
    order = sorted(set(by_text.values()))
    random.Random(SEED).shuffle(order)
    half = {family: "AB"[index % 2] for index, family in enumerate(order)}
    out: dict[str, list[str]] = {"A": [], "B": []}
    for text, family in sorted(by_text.items()):
        out[half[family]].append(text)
    return out


def check(texts: list[str], code: Path) -> list[dict]:
    with tempfile.TemporaryDirectory() as folder:
        for text in texts:
            os.symlink(CORPUS / text, Path(folder) / Path(text).name)
        run = subprocess.run(
            [sys.executable, "-m", "lint", "check", folder, "--select", "MEC",
             "--no-baseline", "--no-cache", "--format", "json", "--fail-level", "never"],
            capture_output=True, text=True, cwd=folder,
            env={**os.environ, "PYTHONPATH": str(code)})
        if run.returncode != 0:
            sys.exit(f"lint check failed:\n{run.stderr}")
        return json.loads(run.stdout)["diagnostics"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", type=Path, default=ROOT,
                        help="the checkout whose `lint` runs (default: this one)")
    args = parser.parse_args()
    by_text = families()
    missing = {p.name for p in CORPUS.glob("*.md") if p.name != "README.md"} ^ set(by_text)
    if missing:
        sys.exit(f"families.tsv and the texts differ: {sorted(missing)}")
    runs = {"all": sorted(by_text), **halves(by_text),
            "C": sorted(f"late/{p.name}" for p in (CORPUS / "late").glob("*.md"))}
    for name, texts in runs.items():
        found = check(texts, args.code.resolve())
        warnings = [d for d in found if d["severity"] == "warning"]
        by_rule = collections.Counter(d["code"] for d in warnings)
        print(f"{name}: {len(texts)} texts, {len(warnings)} warnings "
              f"({', '.join(f'{c} {n}' for c, n in sorted(by_rule.items())) or 'none'}), "
              f"{len(found) - len(warnings)} info")
        for d in warnings:
            print(f"  {Path(d['file']).name}:{d['start']['line']} {d['code']} {d['message'][:90]}")


if __name__ == "__main__":
    main()
