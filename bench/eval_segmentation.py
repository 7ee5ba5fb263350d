#!/usr/bin/env python3
"""The shared sentence splitter (`lint/nlp.py` `segment`) against sentences people split.

Gold boundaries: the health-page rows (bench/data/health_pages/sentences.tsv, one
sentence a row, labelled by hand) and the citation-worthiness sets
(bench/data/citeworthy/*.tsv with their paragraphs from context/, split by
`citeworthy.py`'s rule, so their initials and abbreviations are noisy). Consecutive
rows of one page (one paragraph of a manuscript) that each end with a full stop,
question or exclamation mark are joined with a space into a paragraph and segmented
as Markdown; a boundary is found when a sentence starts exactly where the next row
does, and a split inside a row is a false one.

Each figure is given twice in one run: without the repairs of
`_mend_sentence_starts` (the sentencizer alone) and with them, and the number of
sentences the repair re-splits is counted.

    python3 bench/eval_segmentation.py             # health pages train+dev+test, citeworthy train+dev
    python3 bench/eval_segmentation.py --test      # also the citeworthy test manuscripts (measure only)
    python3 bench/eval_segmentation.py --show 20   # the first 20 changed paragraphs
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.scores import rates  # noqa: E402
from lint import nlp  # noqa: E402
from lint.document.markdown import parse_document  # noqa: E402
from lint.document.textmap import SourceText  # noqa: E402

ENDS = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")
csv.field_size_limit(10**8)


def health_paragraphs(splits: set[str]) -> list[list[str]]:
    rows = list(csv.DictReader(open(HERE / "data/health_pages/sentences.tsv", encoding="utf-8"),
                               delimiter="\t", quoting=csv.QUOTE_NONE))
    return _runs([(r["url"], r["text"]) for r in rows
                  if r["split"] in splits and r["kind"] != "heading"])


def citeworthy_paragraphs(splits: set[str]) -> list[list[str]]:
    sources = csv.DictReader(open(HERE / "data/citeworthy/sources.tsv", encoding="utf-8"),
                             delimiter="\t")
    found = []
    for source in sources:
        if source["split"] not in splits:
            continue
        name = source["name"]
        context = HERE / "data/citeworthy/context" / f"{name}.tsv"
        if not context.exists():
            continue
        paragraph = {r["id"]: r["paragraph"] for r in csv.DictReader(
            open(context, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE)}
        rows = csv.DictReader(open(HERE / "data/citeworthy" / f"{name}.tsv", encoding="utf-8"),
                              delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")
        found += _runs([(paragraph.get(r["id"], r["id"]), r["text"]) for r in rows])
    return found


def _runs(rows: list[tuple[str, str]]) -> list[list[str]]:
    """Runs of consecutive rows of one group, each ending as a sentence does."""
    runs, run, group = [], [], None
    for key, text in rows:
        text = text.strip()
        if key != group or not run or not ENDS.search(run[-1]):
            if run:
                runs.append(run)
            run, group = [], key
        run.append(text)
    if run:
        runs.append(run)
    return runs


def _starts(paragraph: str) -> list[int]:
    document = parse_document("p.md", SourceText(paragraph + "\n"))
    nlp.segment([document])
    blocks = [b for b in document.blocks if b.sentences]
    if len(blocks) != 1:  # Markdown made more (or less) of it than a paragraph: skip
        return []
    return [block_start for block_start in (s.start for s in blocks[0].sentences)]


def score(paragraphs: list[list[str]], show: int) -> dict:
    result = {}
    mend = nlp._mend_sentence_starts
    changed_sentences = changed_paragraphs = shown = 0
    counts = {"off": [0, 0, 0], "on": [0, 0, 0]}
    for rows in paragraphs:
        text = " ".join(rows)
        gold, offset = set(), 0
        for row in rows:
            gold.add(offset)
            offset += len(row) + 1
        found = {}
        for name, function in (("off", lambda *a: None), ("on", mend)):
            nlp._mend_sentence_starts = function
            try:
                found[name] = _starts(text)
            finally:
                nlp._mend_sentence_starts = mend
        if not found["off"] or not found["on"]:
            continue
        for name in ("off", "on"):
            starts = set(found[name]) - {0}
            inner = gold - {0}
            counts[name][0] += len(starts & inner)
            counts[name][1] += len(starts - inner)
            counts[name][2] += len(inner - starts)
        if found["off"] != found["on"]:
            changed_paragraphs += 1
            moved = set(found["off"]) ^ set(found["on"])
            changed_sentences += len(moved)
            for cut in sorted(moved):
                if shown < show:
                    shown += 1
                    side = "split" if cut in found["on"] else "joined"
                    truth = "gold boundary" if cut in gold else "no gold boundary"
                    print(f"  {side} ({truth}): ...{text[max(0, cut - 60):cut]}|"
                          f"{text[cut:cut + 40]}...")
    result["paragraphs"] = len(paragraphs)
    result["rows"] = sum(len(rows) for rows in paragraphs)
    result["sentencizer"] = rates(*counts["off"])
    result["mended"] = rates(*counts["on"])
    result["re-split paragraphs"] = changed_paragraphs
    result["boundaries moved"] = changed_sentences
    return result


def markdown_files(roots: list[str], show: int) -> None:
    """Sentences of every Markdown file under `roots` that the repairs re-split (no gold:
    each changed boundary is printed to be read)."""
    from lint.document.loader import read_text

    mend, shown = nlp._mend_sentence_starts, 0
    print("| project | files | sentences before | after | boundaries moved (joined in code "
          "/ split after an abbreviation) |")
    print("| --- | ---: | ---: | ---: | --- |")
    for root in roots:
        paths = sorted(p for p in Path(root).rglob("*")
                       if p.suffix in (".md", ".qmd", ".Rmd") and p.is_file())
        files = before = after = joined = split = 0
        for path in paths:
            source = read_text(str(path))
            if not isinstance(source, SourceText):  # unreadable: not this bench's question
                continue
            found = {}
            for name, function in (("off", lambda *a: None), ("on", mend)):
                nlp._mend_sentence_starts = function
                try:
                    document = parse_document(str(path), source)
                    nlp.segment([document])
                finally:
                    nlp._mend_sentence_starts = mend
                found[name] = {s.start for s in document.sentences}
            files += 1
            before += len(found["off"])
            after += len(found["on"])
            text = source.text
            for start in sorted(found["off"] ^ found["on"]):
                gone = start in found["off"]
                joined += gone
                split += not gone
                if shown < show:
                    shown += 1
                    line = (f"  {'joined' if gone else 'split'} {path.name}: "
                            f"...{text[max(0, start - 60):start]}|{text[start:start + 40]}...")
                    print(line.replace("\n", " "))
        print(f"| {root} | {files} | {before} | {after} | {joined + split} ({joined} / {split}) |",
              flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--test", action="store_true",
                        help="also the citeworthy test manuscripts (measure only)")
    parser.add_argument("--show", type=int, default=0, help="changed paragraphs to print")
    parser.add_argument("--markdown", nargs="+", metavar="DIR",
                        help="instead: count what the repairs re-split in these projects")
    args = parser.parse_args()
    if args.markdown:
        markdown_files(args.markdown, args.show)
        return
    sets = [("health pages train+dev", health_paragraphs({"train", "dev"})),
            ("health pages test", health_paragraphs({"test"})),
            ("citeworthy train+dev", citeworthy_paragraphs({"train", "dev"}))]
    if args.test:
        sets.append(("citeworthy test", citeworthy_paragraphs({"test"})))
    print("| set | paragraphs | rows | sentencizer P / R (fp, fn) | mended P / R (fp, fn) "
          "| paragraphs re-split | boundaries moved |")
    print("| --- | ---: | ---: | --- | --- | ---: | ---: |")
    for name, paragraphs in sets:
        if args.show:
            print(name)
        r = score(paragraphs, args.show)
        off, on = r["sentencizer"], r["mended"]
        print(f"| {name} | {r['paragraphs']} | {r['rows']} | {off['precision']:.3f} / "
              f"{off['recall']:.3f} ({off['fp']}, {off['fn']}) | {on['precision']:.3f} / "
              f"{on['recall']:.3f} ({on['fp']}, {on['fn']}) | {r['re-split paragraphs']} "
              f"| {r['boundaries moved']} |", flush=True)


if __name__ == "__main__":
    main()
