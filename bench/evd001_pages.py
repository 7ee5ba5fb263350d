"""EVD001 findings on health-page sites, counted by the row's kind and weak-topic label.

    python3 bench/evd001_pages.py --rounds 1,2,10,12,13,26

Each site of the rounds given becomes a Markdown page in a temporary folder (its first row,
when a heading, "# ", later headings "## ", every row its own paragraph), `check --select
EVD001` runs on them as a user would run it (claim, hedge and topic judgments together), and
each finding is counted by the kind of row it falls on (claim, other, rhetoric, …) and that
row's `weak_topic` label: findings on rows that are no claim are false alarms whatever the
topic (session 21, branch i275).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", required=True, help="comma-separated labelling rounds")
    parser.add_argument("--list", action="store_true", help="print each finding's row")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO / "bench"))
    from eval_hedges import health_rows, site_rounds

    wanted = {int(n) for n in args.rounds.split(",")}
    of_site = site_rounds()
    pages: dict[str, list[dict]] = {}
    for row in health_rows(("train", "dev", "test"), None, kinds=None):
        if of_site.get(row["site"]) in wanted:
            pages.setdefault(row["site"], []).append(row)
    with tempfile.TemporaryDirectory() as folder:
        rows_at = {}
        for number, page in enumerate(pages.values()):
            lines = []
            for position, row in enumerate(page):
                text = " ".join(row["text"].split())
                if row["kind"] == "heading":
                    text = ("# " if position == 0 else "## ") + text
                rows_at[(f"p{number}.md", len(lines) + 1)] = row
                lines += [text, ""]
            Path(folder, f"p{number}.md").write_text("\n".join(lines), encoding="utf-8")
        files = sorted(p.name for p in Path(folder).glob("p*.md"))
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        out = subprocess.run([sys.executable, "-m", "lint", "check", "--select", "EVD001",
                              "--format", "json", "--fail-level", "never", *files],
                             cwd=folder, env=env, capture_output=True, text=True, check=True)
    found = json.loads(out.stdout)["diagnostics"]
    counts = collections.Counter()
    for finding in found:
        row = rows_at.get((finding["file"], finding["start"]["line"]))
        key = (row["kind"], row["weak_topic"]) if row else ("?", "?")
        counts[key] += 1
        if args.list and row:
            print(f"  {row['kind']} weak={row['weak_topic']}: {row['text'][:110]}")
    print(f"EVD001 on rounds {args.rounds} ({len(pages)} sites): "
          + ", ".join(f"{kind} weak={label}: {n}" for (kind, label), n in sorted(counts.items())))


if __name__ == "__main__":
    main()
