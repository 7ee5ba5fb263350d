"""Precision, recall and F1 of the hedge detector's judgments on ../shared/eval.

    python3 bench/eval_hedges.py            # every development set
    python3 bench/eval_hedges.py --errors 20
    python3 bench/eval_hedges.py --health-only --health-split test --round 3   # read once

Each set is scored on the judgment its labels define: BioScope abstracts label
speculation (`classify hedges --scheme speculation`), the Wikipedia sentences weasel
words (`--scheme weasel`);
the claim-strength set labels research conclusions as qualified (conditional or
correlational, 1) or direct causal (0) (`classify strength`); the health-page set
(bench/data/health_pages, labelled by ../shared/eval/LABELING.md) labels the claims of
health pages as qualified or not, every qualifier of health writing counting
(`classify hedges`, as the EVD rules judge). Its `test` split is kept for the final
figure: `--health-split test` reports it, `--round N` one labelling round's sites.

Uses `content-lint classify hedges`'s code path (document_from_lines +
annotate_hedges) in-process, for speed. The sets are evaluation data and
are not part of the package; without ../shared the script says so and
stops.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from scores import label_scores

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO.parent / "shared" / "eval"
HEALTH = REPO / "bench" / "data" / "health_pages" / "sentences.tsv"
SETS = {"bioscope": "hedge_dev_bioscope_abstracts.tsv",
        "wikipedia": "hedge_dev_wikiweasel_train.tsv",
        "strength": "claim_strength_dev.tsv"}
# What each set's label 1 means, as a test of one judgment.
JUDGMENT = {"bioscope": lambda j: j.speculative,
            "wikipedia": lambda j: bool(j.as_dict("weasel")["label"]),
            "strength": lambda j: j.strength != "direct", "health": lambda j: j.hedged}


def site_rounds() -> dict[str, int]:
    """Site -> labelling round, from splits.txt's "# round N" lines (round 1 before any)."""
    rounds, current = {}, 1
    for line in (HEALTH.parent / "splits.txt").read_text("utf-8").splitlines():
        words = line.lower().split()
        if line.startswith("#"):
            if words[1:2] == ["round"] and words[2:3] and words[2].isdigit():
                current = int(words[2])
        elif line.strip():
            rounds[line.rsplit(" ", 1)[0]] = current
    return rounds


def health_rows(splits: tuple[str, ...], labelling_round: int | None = None,
                kinds: tuple[str, ...] | None = ("claim",)) -> list[dict]:
    """Rows of the health-page set in the given splits (and labelling round): claims, or
    the given kinds (None: every kind)."""
    with open(HEALTH, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    rounds = site_rounds() if labelling_round else {}
    return [r for r in rows if r["split"] in splits and (kinds is None or r["kind"] in kinds)
            and (not labelling_round or rounds.get(r["site"]) == labelling_round)]


def load_health(splits: tuple[str, ...] = ("train", "dev"),
                labelling_round: int | None = None) -> list[tuple[int, str]]:
    """Claims of the health-page set in the given splits, with their `hedged` label."""
    return [(int(r["hedged"]), r["text"]) for r in health_rows(splits, labelling_round)]


def load(name: str, limit: int | None = None) -> list[tuple[int, str]]:
    path = EVAL / SETS[name]
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    pairs = [(int(r["label"]), r["text"]) for r in rows]
    if limit and limit < len(pairs):
        step = len(pairs) / limit  # an even spread: the files are not in random order
        pairs = [pairs[int(i * step)] for i in range(limit)]
    return pairs


def predict(texts: list[str]) -> list:
    sys.path.insert(0, str(REPO))
    from lint.annotate.hedges import annotate_hedges, detector
    from lint.lines import document_from_lines

    document = document_from_lines(texts, "blank")
    annotate_hedges(document, detector("blank"))
    return [s.annotations.hedge for s in document.sentences]


def score(gold: list[int], predicted: list[bool]) -> dict:
    return label_scores(gold, predicted)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", type=int, default=0, help="list this many errors of each kind")
    parser.add_argument("--health-split", default="train,dev",
                        help="splits of the health-page set to score (default: train,dev)")
    parser.add_argument("--round", type=int, help="only the health-page sites of this "
                        "labelling round (splits.txt); `--health-split test --round 3`")
    parser.add_argument("--health-only", action="store_true", help="skip the ../shared sets")
    args = parser.parse_args()
    names = list(SETS) if EVAL.exists() and not args.health_only else []
    if not EVAL.exists():
        print(f"{EVAL} not found: the shared development sets are skipped")
    for name in names + ["health"]:
        pairs = (load_health(tuple(args.health_split.split(",")), args.round)
                 if name == "health" else load(name))
        texts = [t.strip() or "." for _, t in pairs]
        judged = predict(texts)
        predicted = [JUDGMENT[name](j) for j in judged]
        result = score([g for g, _ in pairs], predicted)
        print(f"{name:>9}: precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
              f"F1 {result['f1']:.3f}  (n={result['n']}, tp={result['tp']}, fp={result['fp']}, "
              f"fn={result['fn']})")
        if args.errors:
            fps = [(j.cues + j.causal, t) for (g, t), j, p in zip(pairs, judged, predicted)
                   if not g and p]
            fns = [t for (g, t), p in zip(pairs, predicted) if g and not p]
            for cues, text in fps[:args.errors]:
                print(f"    false alarm {cues}: {text[:150]}")
            for text in fns[:args.errors]:
                print(f"    missed: {text[:150]}")


if __name__ == "__main__":
    main()
