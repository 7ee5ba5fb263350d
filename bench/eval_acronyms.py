"""Precision of GLO005/GLO008 on writing nobody here wrote (bench/data/acronyms).

    python3 bench/eval_acronyms.py --sources DIR            # dev split
    python3 bench/eval_acronyms.py --sources DIR --split test
    python3 bench/eval_acronyms.py --sources DIR --show     # dev items still reported / new

`sample.tsv` holds findings of the two rules, labelled `right` or `false` (a false
alarm, with its reason) on the code as it was before the acronym work of session 9;
`sources.tsv` says where each source comes from. The health-page sources are built here
from `bench/data/health_pages/raw` (rounds 1-7: one Markdown page per site, a heading
row as a `##` heading). The manuscripts and books are read from DIR/NAME, a copy of each
repository at the commit `sources.tsv` records; a missing one is skipped, saying so.

A labelled item is one rule and acronym in one source (in one page for the health
sources). It is still reported when the run finds that rule and acronym there again.
Figures: precision among the labelled items still reported; how many of the items
labelled right are still reported (what the change kept); how many reported items are
not in the sample (new, unlabelled: look at them on dev with --show, never on test).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from eval_hedges import site_rounds  # the health pages' site -> labelling round

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "bench" / "data" / "acronyms"
RAW = REPO / "bench" / "data" / "health_pages" / "raw"
RULES = ("GLO005", "GLO008")


def build_health_pages(out: Path, wanted: set[int]) -> None:
    """One Markdown page per site of the wanted rounds, under out/health_rN/."""
    rounds = site_rounds()
    for path in sorted(RAW.glob("*.txt")):
        site, lines = None, []
        for line in path.read_text("utf-8").splitlines():
            if line.startswith("#site "):
                site = line[6:].split("|")[0]
            elif "\t" in line and not line.startswith("@"):
                kind, text = line.split("\t", 1)
                lines.append("## " + text if kind.startswith("h") else text)
        number = rounds.get(site)
        if number in wanted:
            folder = out / f"health_r{number}"
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{path.stem}.md").write_text("\n\n".join(lines) + "\n", "utf-8")


def findings(root: Path) -> list[dict]:
    """The GLO005/GLO008 findings of `content-lint check` on a project, as a user runs it."""
    run = subprocess.run(
        [sys.executable, "-m", "lint", "check", str(root), "--no-baseline", "--format", "json",
         "--select", ",".join(RULES), "--fail-level", "never"],
        cwd=REPO, capture_output=True, text=True, check=False)
    if run.returncode not in (0, 1):
        raise SystemExit(f"content-lint check failed on {root}:\n{run.stderr}")
    return json.loads(run.stdout)["diagnostics"]


def item_key(source: str, rule: str, acronym: str, file: str) -> tuple:
    return (source, rule, acronym, file if source.startswith("health") else "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sources", type=Path, help="folder holding a copy of each repository")
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--show", action="store_true",
                        help="list the items still reported and the new ones (dev only)")
    args = parser.parse_args()
    if args.show and args.split == "test":
        parser.error("--show is for the dev split: the test split is read for its figures only")
    sources = [row for row in csv.DictReader(open(DATA / "sources.tsv", encoding="utf-8"),
                                             delimiter="\t") if row["split"] == args.split]
    sample = [row for row in csv.DictReader(open(DATA / "sample.tsv", encoding="utf-8"),
                                            delimiter="\t", quoting=csv.QUOTE_NONE)
              if row["split"] == args.split]
    labelled = {item_key(r["source"], r["rule"], r["acronym"], r["file"]): r for r in sample}
    reported: dict[tuple, dict] = {}
    read = []
    with tempfile.TemporaryDirectory() as temp:
        pages = Path(temp)
        build_health_pages(pages, {int(s["source"][-1]) for s in sources
                                   if s["source"].startswith("health_r")})
        for source in sources:
            name = source["source"]
            root = pages / name if name.startswith("health_r") else \
                (args.sources / name if args.sources else None)
            if root is None or not root.is_dir():
                print(f"skipped {name}: no copy of {source['repository']} at "
                      f"{source['commit'][:12]} (pass --sources DIR with DIR/{name})")
                continue
            read.append(name)
            for finding in findings(root):
                acronym = re.match(r"'(.+?)'", finding["message"]).group(1)
                key = item_key(name, finding["code"], acronym, finding["file"])
                reported.setdefault(key, finding)
    scored = [r for key, r in labelled.items() if r["source"] in read]
    print(f"{args.split}: {len(read)} sources, {len(scored)} labelled items")
    for rule in RULES:
        items = [r for r in scored if r["rule"] == rule]
        right = [r for r in items if r["label"] == "right"]
        kept = [r for r in items if item_key(r["source"], rule, r["acronym"], r["file"])
                in reported]
        kept_right = [r for r in kept if r["label"] == "right"]
        new = [k for k in reported if k[1] == rule and k not in labelled]
        before = len(right) / len(items) if items else 0
        after = len(kept_right) / len(kept) if kept else 0
        print(f"{rule}: precision before {len(right)}/{len(items)} = {before:.2f}; "
              f"now {len(kept_right)}/{len(kept)} = {after:.2f}; right kept "
              f"{len(kept_right)}/{len(right)}; reported items not in the sample: {len(new)}")
        reasons = defaultdict(lambda: [0, 0])
        for r in items:
            if r["label"] == "false":
                still = item_key(r["source"], rule, r["acronym"], r["file"]) in reported
                reasons[r["reason"]][0] += 1
                reasons[r["reason"]][1] += still
        print("  false alarms by reason (labelled / still reported): " + ", ".join(
            f"{reason} {n}/{s}" for reason, (n, s) in sorted(reasons.items())))
        if args.show:
            for r in items:
                key = item_key(r["source"], rule, r["acronym"], r["file"])
                if r["label"] == "right" and key not in reported:
                    print(f"  LOST right: {r['id']} {r['source']} {r['acronym']}: "
                          f"{r['context'][:120]}")
                if r["label"] == "false" and key in reported:
                    print(f"  still false: {r['id']} {r['source']} {r['acronym']} "
                          f"({r['reason']})")
            for key in new:
                f = reported[key]
                print(f"  new: {key[0]} {f['file']}:{f['start']['line']} {key[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
