"""MEC warnings on correct writing nobody labelled for mechanisms (issue 16).

Builds a corpus of real health writing already in the repository and counts the
MEC warnings the linter gives on it, each judged by hand (true or false, and the
cause) in ``bench/data/mec_false_alarms.tsv``:

* the health-page raw files of rounds 1-17 (``bench/data/health_pages/raw``;
  never round 18's ``zz18_*``, the session's unseen test), one Markdown file per site:
  headings as ``##`` headings, rows without a sentence's end (list items, cells, labels)
  as list items, the other rows as the paragraphs they were cut from;
* the mechanisms gold texts (``bench/data/mechanisms_gold/texts``; never ``*_r18_*``);
* any further folders given with ``--extra`` (others' projects, checked as they are).

    PYTHONPATH=$PWD python3 bench/mec_false_alarms.py [--out DIR] [--extra DIR ...] [--list]
        [--tree OTHER_CHECKOUT]   # run another checkout's lint on the same corpus (before)

Prints the warnings by rule, then the judged ones by verdict and cause; a warning
with no judgment is listed as "unjudged" (read it and add a row). Info findings
(MEC005, unknown drugs) are counted, not judged.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RAW = REPO / "bench" / "data" / "health_pages" / "raw"
GOLD = REPO / "bench" / "data" / "mechanisms_gold" / "texts"
JUDGED = REPO / "bench" / "data" / "mec_false_alarms.tsv"
UNSEEN_RAW = "zz50_"      # round 50 is the next blind round: never read
UNSEEN_GOLD = "_r50_"
_ROW = re.compile(r"^([a-z])[01]{2}\t(.*)$")


def page_markdown(raw: Path) -> str:
    """One site's rows as Markdown: headings and questions as headings, the rest prose."""
    out: list[str] = []
    title = raw.stem
    para: list[str] = []

    def flush() -> None:
        if para:
            out.append(" ".join(para))
            out.append("")
            para.clear()

    for line in raw.read_text(encoding="utf-8").splitlines():
        if line.startswith("#site "):
            title = line[6:].split("|", 1)[0].strip()
            continue
        match = _ROW.match(line)
        if not match:
            continue
        kind, text = match.groups()
        if kind in "hq":
            flush()
            out.append(f"## {text}")
            out.append("")
        elif kind == "p":
            flush()
            out.append(text)
            out.append("")
        elif not re.search(r"""[.!?:;"'’”)\]]$""", text.strip()):
            # A row without a sentence's end is a list item, a table cell or a label as the
            # page showed it: one line of a list, not words run into the next sentence.
            flush()
            out.append(f"- {text}")
            out.append("")
        else:
            para.append(text)
    flush()
    return f"---\ntitle: \"{title.replace(chr(34), '')}\"\n---\n\n" + "\n".join(out)


def build(out: Path, extra: list[Path]) -> Path:
    if out.exists():
        shutil.rmtree(out)
    (out / "pages").mkdir(parents=True)
    (out / "gold").mkdir()
    for raw in sorted(RAW.glob("*.txt")):
        if raw.name.startswith(UNSEEN_RAW):
            continue
        (out / "pages" / f"{raw.stem}.md").write_text(page_markdown(raw), encoding="utf-8")
    for text in sorted(GOLD.iterdir()):
        if UNSEEN_GOLD in text.name or not text.is_file():
            continue
        shutil.copy(text, out / "gold" / text.name)
    for folder in extra:
        shutil.copytree(folder, out / "extra" / folder.name,
                        ignore=shutil.ignore_patterns(".git", "*.bib", "_build", "site"))
    return out


_OTHER_PLACE = re.compile(r" at ((?:pages|gold|extra/[^/]+)/[^:]+|[^ :]+):\d+$")


def _same_project(finding: dict) -> bool:
    """A comparison with a place in another site's file is no finding an editor would see:
    each site is its own project (the gold texts are one, as earlier sessions counted them)."""
    match = _OTHER_PLACE.search(finding["message"])
    if not match:
        return True
    here, there = finding["file"], match.group(1)
    if here.startswith("pages/") or there.startswith("pages/"):
        return here == there
    return here.split("/")[:2] == there.split("/")[:2] if here.startswith("extra/") else \
        here.split("/")[0] == there.split("/")[0]


def run(out: Path, tree: Path = REPO) -> list[dict]:
    """One run over the corpus (checking 460 sites one by one costs minutes of start-up each
    time), then comparisons across two sites' files are dropped (`_same_project`)."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    proc = subprocess.run(
        [sys.executable, "-m", "lint", "check", "pages", "gold"]
        + (["extra"] if (out / "extra").exists() else [])
        + ["--select", "MEC", "--no-baseline", "--no-cache", "--fail-level", "never",
           "--format", "json"],
        cwd=out, env=env, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.exit(f"lint check failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return [f for f in json.loads(proc.stdout)["diagnostics"] if _same_project(f)]


def _quote(out: Path, finding: dict) -> str:
    """The sentence a finding points at (its span, widened to the sentence's ends)."""
    lines = (out / finding["file"]).read_text(encoding="utf-8").splitlines()
    text = lines[finding["start"]["line"] - 1]
    start = finding["start"]["column"] - 1
    end = finding["end"]["column"] - 1 if finding["end"]["line"] == finding["start"]["line"] else len(text)
    left = max(text.rfind(". ", 0, start) + 2, 0) if ". " in text[:start] else 0
    right = text.find(". ", end)
    return text[left:len(text) if right < 0 else right + 1][:600]


def judged() -> dict[tuple[str, int, str], list[tuple[str, str, str]]]:
    """(file, line, rule) -> [(words of the message, verdict, cause)]: the hand judgments."""
    rows: dict[tuple[str, int, str], list[tuple[str, str, str]]] = {}
    if JUDGED.exists():
        for line in JUDGED.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            path, lineno, code, words, verdict, cause, _note = line.split("\t", 6)
            rows.setdefault((path, int(lineno), code), []).append((words, verdict, cause))
    return rows


def _judgment(judgments, finding) -> tuple[str, str]:
    key = (finding["file"], finding["start"]["line"], finding["code"])
    for words, verdict, cause in judgments.get(key, ()):
        if words in finding["message"]:
            return verdict, cause
    return "unjudged", "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/mec_false_alarms"))
    parser.add_argument("--extra", type=Path, nargs="*", default=[])
    parser.add_argument("--list", action="store_true", help="print every warning")
    parser.add_argument("--tree", type=Path, default=REPO,
                        help="the checkout whose lint runs (before/after; default this one)")
    args = parser.parse_args(argv)
    out = build(args.out.resolve(), [p.resolve() for p in args.extra])
    findings = run(out, args.tree.resolve())
    warnings = [f for f in findings if f["severity"] == "warning"]
    info = len(findings) - len(warnings)
    judgments = judged()
    by_rule = collections.Counter(f["code"] for f in warnings)
    table = collections.Counter()
    unjudged = []
    for f in warnings:
        verdict, cause = _judgment(judgments, f)
        table[verdict, cause] += 1
        if verdict == "unjudged":
            unjudged.append(f)
        if args.list:
            print(f"{f['file']}:{f['start']['line']}: {f['code']} [{verdict}/{cause}] {f['message']}")
            print(f"    > {_quote(out, f)}")
    pages = len(list((out / "pages").iterdir()))
    gold = len(list((out / "gold").iterdir()))
    print(f"corpus: {pages} health-page sites, {gold} gold texts"
          + (f", extra {', '.join(p.name for p in args.extra)}" if args.extra else ""))
    print(f"{len(warnings)} MEC warnings, {info} info; by rule: "
          + ", ".join(f"{code} {n}" for code, n in sorted(by_rule.items())))
    print("| verdict | cause | warnings |\n| --- | --- | ---: |")
    for (verdict, cause), n in sorted(table.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1])):
        print(f"| {verdict} | {cause} | {n} |")
    for f in unjudged:
        print(f"unjudged: {f['file']}:{f['start']['line']}: {f['code']} {f['message']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
