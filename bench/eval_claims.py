"""Precision, recall and F1 of the claim judgment on every labelled set.

- the article (tests/data/claims_gold.tsv, every prose sentence of
  content/restoring-fertility-after-trt.md; rules in docs/claims.md), as
  `rule` (the annotator as CIT001 uses it, table cells with their row) and
  as `classify` (one sentence per line, no context). Its rows are also
  training data of the health profile (a floor, not a measurement of
  generalisation: docs/model-card-claims.md);
- the health-page set (bench/data/health_pages/sentences.tsv): claims
  (needs_citation) of its dev and test splits, profile `health`, every row
  but headings and captions (which a check knows from the Markdown). The
  test sites come in labelling rounds (splits.txt); rounds 1-5 were read once
  as tests and are development data since (SPENT_ROUNDS: split `dev*`, their
  openly licensed rows train the health model); a round not in SPENT_ROUNDS
  is a fresh test (round 6, labelled blind, is not here);
- the citation-worthiness sets (bench/data/citeworthy/): what the authors
  of a manuscript cited, its dev and test manuscripts, profile `scholarly`,
  and the shared dev set ../shared/eval/citeworthy_deepreview.tsv when it is
  there.

Each set is also scored with the naive rule "at least 6 words and not a
question" for comparison.

    python3 bench/eval_claims.py                 # the article, errors listed
    python3 bench/eval_claims.py --all           # every set, one table
    python3 bench/eval_claims.py --all --markdown
    python3 bench/eval_claims.py --all --no-test # while developing: test splits unread
    python3 bench/eval_claims.py --errors 5      # round 5's disagreements (also: dev, train)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from scores import label_scores

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "data" / "claims_gold.tsv"


def load_gold(path: Path = GOLD) -> list[tuple[int, str, str]]:
    rows = []
    lines = [line for line in path.read_text("utf-8").splitlines() if not line.startswith("#")]
    for line in lines[1:]:
        label, kind, text, *_ = line.split("\t")
        rows.append((int(label), kind, text))
    return rows


def scores(pairs) -> dict:
    return label_scores([gold for gold, _, _ in pairs], [predicted for _, predicted, _ in pairs])


def rule_pairs(gold) -> list[tuple[int, int, str]]:
    """Gold label, the annotator's label as the rule sees it, text."""
    judged = rule_judgments(gold)
    return [(label, int(judged[text].label), text) for label, _, text in gold]


def rule_judgments(gold) -> dict:
    """Each gold sentence's ClaimJudgment as CIT001 sees it (read in the article)."""
    sys.path.insert(0, str(REPO))
    from lint.config import load_config
    from lint.engine import RunOptions, run

    config = load_config(REPO / "pyproject.toml")
    result = run(config, RunOptions(paths=["content/restoring-fertility-after-trt.md"],
                                    select=["CIT001"], use_baseline=False))
    judged = {}
    for document in result.documents:
        for sentence in document.sentences:
            if sentence.block.is_prose:
                judged[sentence.text] = sentence.annotations.claim
    missing = [text for _, _, text in gold if text not in judged]
    if missing:
        raise SystemExit(f"gold sentences not found in content/: {missing[:3]}")
    return judged


def classify_pairs(gold) -> list[tuple[int, int, str]]:
    texts = "\n".join(text for _, _, text in gold) + "\n"
    done = subprocess.run([sys.executable, "-m", "lint", "classify", "claims", "-"], cwd=REPO,
                          input=texts, capture_output=True, text=True, check=True)
    records = [json.loads(line) for line in done.stdout.splitlines()]
    return [(label, record["label"], text) for (label, _, text), record in zip(gold, records)]


HEALTH = REPO / "bench" / "data" / "health_pages" / "sentences.tsv"
# Labelling rounds whose test figures were read once: their rows have been development
# data since (error analysis, the not_claims recognisers, training). Round 5 was read once
# at the end of session 6, round 6 in session 7, round 7 in session 8, round 8 in session 9,
# round 9 in session 10; round 10 is being labelled blind and is not here.
SPENT_ROUNDS = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38, 40, 42, 44, 46, 48)
CITEWORTHY = REPO / "bench" / "data" / "citeworthy"
DEEPREVIEW = REPO.parent / "shared" / "eval" / "citeworthy_deepreview.tsv"
STRUCTURAL_KINDS = {"heading", "caption"}


def read_tsv(path: Path) -> list[dict]:
    import csv

    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE,
                                   escapechar="\\"))


def labelled_sets() -> list[tuple[str, str, str, list[tuple[str, int]], list | None]]:
    """(name, split, profile, [(text, label)], pages) of every set that is here; `pages`:
    each health-page row's page (address) and section, (page, n), for the rows are read in
    their page as a check reads them (annotate/claim_page.py); None for sets of unrelated
    sentences."""
    sets = []
    if HEALTH.is_file():
        rows = [r for r in health_rows() if r["kind"] not in STRUCTURAL_KINDS]
        sys.path.insert(0, str(REPO / "scripts"))
        from train_claims import trainable

        rounds = site_rounds()
        for split in ("train", "dev"):
            chosen = [r for r in rows if r["split"] == split]
            sets.append(("health pages", split, "health", *_pairs(chosen)))
        spent = [r for r in rows if r["split"] == "test"
                 and rounds.get(r["site"], 1) in SPENT_ROUNDS]
        sets.append(("health pages, test sites of the rounds already read "
                     f"({', '.join(map(str, SPENT_ROUNDS))})", "dev*", "health", *_pairs(spent)))
        # The test sites of each labelling round, apart: each round came after the
        # figures of the one before were published. Rounds whose test figures have been
        # read once are development data from then on (SPENT_ROUNDS): their rows are
        # labelled so, and only the fresh round is a test.
        for number in sorted(set(rounds.values())) if len(set(rounds.values())) > 1 else []:
            chosen = [r for r in rows
                      if r["split"] == "test" and rounds.get(r["site"], 1) == number]
            if not chosen:
                continue
            if number in SPENT_ROUNDS:
                sets.append((f"health pages, round-{number} sites (used for development)",
                             "dev*", "health", *_pairs(chosen)))
            else:
                sets.append((f"health pages, round-{number} sites", "test", "health",
                             *_pairs(chosen)))
        # The train split's rows whose text is not openly licensed train nothing: they
        # measure, like dev (labels seen while developing, so not a test).
        held = [r for r in rows if r["split"] == "train" and not trainable(r["licence"])]
        sets.append(("health pages, train sites, not trained on (licence)", "held", "health",
                     *_pairs(held)))
    if (CITEWORTHY / "sources.tsv").is_file():
        for source in read_tsv(CITEWORTHY / "sources.tsv"):
            rows = read_tsv(CITEWORTHY / f"{source['name']}.tsv")
            sets.append((f"cited: {source['name']}", source["split"], "scholarly",
                         [(r["text"], int(r["label"])) for r in rows], None))
    if DEEPREVIEW.is_file():
        sets.append(("cited: deep-review (../shared)", "dev", "scholarly",
                     [(r["text"], int(r["label"])) for r in read_tsv(DEEPREVIEW)], None))
    else:
        print(f"skipped {DEEPREVIEW}: not here (it exists beside the repository in CI and "
              "development only)", file=sys.stderr)
    return sets


def site_rounds() -> dict[str, int]:
    """Site -> labelling round: splits.txt marks each round after the first with a comment
    line "# round N ..."; sites before the first such line are round 1."""
    import re

    path = HEALTH.parent / "splits.txt"
    rounds, current = {}, 1
    for line in path.read_text("utf-8").splitlines() if path.is_file() else []:
        if line.startswith("#"):
            marker = re.match(r"#\s*round\s+(\d+)", line, re.IGNORECASE)
            current = int(marker.group(1)) if marker else current
        elif line.strip():
            rounds[line.rsplit(" ", 1)[0]] = current
    return rounds


def _pairs(rows: list[dict]) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """The rows' (text, label) pairs, and each row's place: (page, section)."""
    return ([(r["text"], int(r["needs_citation"])) for r in rows],
            [(r["url"], r["section"]) for r in rows])


def health_rows() -> list[dict]:
    """The health-page set's rows, each with its `section`: how many headings come before
    it on its page (the rows are in their page's order), as a check reads its document's
    headings."""
    rows, page, section = read_tsv(HEALTH), None, 0
    for row in rows:
        if row["url"] != page:
            page, section = row["url"], 0
        section += row["kind"] == "heading"
        row["section"] = section
    return rows


def judged(texts: list[str], profile: str, pages: list[str] | None = None) -> list[int]:
    """`classify claims --genre PROFILE` in-process: one sentence per line; with `pages`
    (each line's page), the lines of a page are read together, as a check reads a page."""
    return [int(j.label) for j in judgments(texts, profile, pages)]


def judgments(texts: list[str], profile: str, pages: list[str] | None = None,
              sections: list[int] | None = None) -> list:
    """Each line's ClaimJudgment (label, score, reasons); with `pages`, read in its page;
    with `sections`, each line in its page's section of that number (the part under one
    heading: a check reads it from the document's headings). `pages` may hold (page,
    section) pairs instead (labelled_sets)."""
    if pages and sections is None and isinstance(pages[0], tuple):
        sections = [section for _, section in pages]
        pages = [page for page, _ in pages]
    sys.path.insert(0, str(REPO))
    from lint.annotate.claims import ClaimDetector, annotate_claims
    from lint.document.model import Section
    from lint.lines import document_from_lines
    from lint.nlp import BLANK, pipeline

    claim_detector = ClaimDetector(pipeline(BLANK), profile=profile)
    groups: dict[str, list[int]] = {}
    for i, page in enumerate(pages if pages is not None else [""] * len(texts)):
        groups.setdefault(page, []).append(i)
    out: list = [None] * len(texts)
    for page, indices in groups.items():
        document = document_from_lines([texts[i] for i in indices], BLANK)
        if sections is not None:
            parts: dict[int, Section] = {}
            for i, block in zip(indices, document.blocks):
                block.section = parts.setdefault(
                    sections[i], Section(f"section {sections[i]}", 1, (), block.span.start.line))
        annotate_claims(document, claim_detector, in_page=pages is not None)
        for i, sentence in zip(indices, document.sentences):
            out[i] = sentence.annotations.claim
    return out


def print_errors(group: str) -> int:
    """The health-page rows of one group ("dev", "train" or a spent round's number) where
    the health profile disagrees with the label: false alarms first, with the reasons."""
    rounds = site_rounds()
    if group.isdigit() and int(group) not in SPENT_ROUNDS:
        print(f"round {group} is not development data (SPENT_ROUNDS): its errors stay unread",
              file=sys.stderr)
        return 2
    rows = [r for r in health_rows() if r["kind"] not in STRUCTURAL_KINDS and (
        r["split"] == group if not group.isdigit()
        else r["split"] == "test" and rounds.get(r["site"], 1) == int(group))]
    found = judgments([r["text"] for r in rows], "health", [r["url"] for r in rows],
                      [r["section"] for r in rows])
    errors = [(int(j.label), r, j) for r, j in zip(rows, found)
              if int(j.label) != int(r["needs_citation"])]
    for predicted, row, judgment in sorted(errors, key=lambda e: -e[0]):
        print(f"{'false alarm' if predicted else 'missed'}\t{row['id']}\t{row['site']}\t"
              f"{row['kind']}\t{row['text']}\t{'; '.join(judgment.reasons)}")
    print(f"{sum(p for p, _, _ in errors)} false alarms, "
          f"{sum(1 - p for p, _, _ in errors)} misses of {len(rows)} rows", file=sys.stderr)
    return 0


def naive(text: str) -> int:
    return int(len(text.split()) >= 6 and not text.rstrip().endswith("?"))


def table(include_train: bool, include_test: bool = True) -> list[dict]:
    rows = []
    gold = load_gold()
    for name, pairs in (("article (rule, in training)", rule_pairs(gold)),
                        ("article (classify, in training)", classify_pairs(gold))):
        rows.append({"set": name, "split": "gold", "profile": "health", **scores(pairs),
                     "naive_f1": scores([(g, naive(t), t) for g, _, t in pairs])["f1"]})
    for name, split, profile, pairs, pages in labelled_sets():
        if (split == "train" and not include_train) or (split == "test" and not include_test):
            continue
        # Dev sets are also read with the other profile: does the genre setting matter?
        profiles = [profile] + ([OTHER[profile]] if split == "dev" else [])
        for chosen in profiles:
            predicted = judged([t for t, _ in pairs], chosen, pages)
            result = scores([(g, p, t) for (t, g), p in zip(pairs, predicted)])
            rows.append({"set": name, "split": split, "profile": chosen, **result,
                         "naive_f1": scores([(g, naive(t), t) for t, g in pairs])["f1"]})
    return rows


OTHER = {"health": "scholarly", "scholarly": "health"}


def print_table(rows: list[dict], markdown: bool) -> None:
    if markdown:
        print("| set | split | profile | sentences | P | R | F1 | naive F1 |")
        print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |")
        for r in rows:
            print(f"| {r['set']} | {r['split']} | {r['profile']} | {r['n']} | "
                  f"{r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | "
                  f"{r['naive_f1']:.3f} |")
        return
    for r in rows:
        print(f"{r['set']:<34} {r['split']:<5} {r['profile']:<9} n={r['n']:<5} "
              f"P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}  "
              f"(naive F1 {r['naive_f1']:.3f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quiet", action="store_true", help="numbers only")
    parser.add_argument("--all", action="store_true", help="every labelled set, one table")
    parser.add_argument("--train", action="store_true", help="with --all: training sets too")
    parser.add_argument("--markdown", action="store_true", help="with --all: a Markdown table")
    parser.add_argument("--no-test", action="store_true",
                        help="with --all: leave the test splits unread (while developing)")
    parser.add_argument("--errors", metavar="GROUP",
                        help="list the health-page disagreements of a group: dev, train, or "
                             "the number of a round already read (development data)")
    args = parser.parse_args()
    if args.errors:
        sys.exit(print_errors(args.errors))
    if args.all:
        print_table(table(args.train, not args.no_test), args.markdown)
        return
    gold = load_gold()
    for name, pairs in (("rule", rule_pairs(gold)), ("classify", classify_pairs(gold))):
        result = scores(pairs)
        print(f"{name:>8}: precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
              f"F1 {result['f1']:.3f}  (n={result['n']}, tp={result['tp']}, "
              f"fp={result['fp']}, fn={result['fn']})")
        if not args.quiet:
            for gold_label, predicted, text in pairs:
                if gold_label != predicted:
                    kind = "missed" if gold_label else "false alarm"
                    print(f"          {kind}: {text}")


if __name__ == "__main__":
    main()
