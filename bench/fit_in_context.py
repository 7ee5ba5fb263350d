"""Fit the weights of lint/data/in_context.yaml on the dev manuscripts, and measure them.

Each sentence of the citation-worthiness dev manuscripts that the claim
scorer scores, and that neither a nearby citation covers nor the authors'
own work explains, is one example: the scorer's points and the cues of
lint/annotate/in_context.py as features, whether its authors cited it as
the label. A logistic regression (scikit-learn's default L2, lbfgs:
deterministic) gives the weights; the bias is then set as high as it can
be while CIT001 finds RANKING_RECALL (the target's recall, 0.80) of the
cited sentences of the pooled manuscripts, or as many as the claim score
alone finds if that is more, so that the two are compared at the same
recall. The honest figure is leave-one-manuscript-out: each manuscript
scored with the weights and bias fitted on the others.

    python3 bench/fit_in_context.py            # leave-one-manuscript-out figures, the fit
    python3 bench/fit_in_context.py --write    # and write the weights and counts into the YAML
                                               # (only with ../shared's deep-review set here)
    python3 bench/fit_in_context.py --only biopriors-review,better-cb,...   # these dev manuscripts only
    python3 bench/fit_in_context.py --score biopriors-review,better-cb,...  # fit on all, score these

Needs scikit-learn (`pip install '.[train]'`).
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from pathlib import Path

from eval_claims import DEEPREVIEW
from eval_context import context_sets, judge_in_context

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DATA = REPO / "lint" / "data" / "in_context.yaml"
# The graded cue: the share of the other sentences of its section that are cited.
SHARE = "section share"
SHARE_BINS = (0.0, 0.15, 0.3, 0.5)
# The other graded cue (session 11): the text's word prior (in_context.words_cited), log-odds.
WORDS = "words cited"
WORDS_BINS = (-0.25, 0.0, 0.25)
# The target reads "R >= 0.80 at P >= 0.60": the ranking is judged at this recall.
RANKING_RECALL = 0.80


def examples(set_rows, places, with_text: bool = False):
    """[(gold, claim points, cues, decided elsewhere, reported without context, section
    share, words cited[, sentence text])] of a manuscript's scored sentences; and how many
    sentences its authors cited."""
    judged = judge_in_context(set_rows, places)
    found = []
    for gold, _, _, sentence, why, _ in judged:
        here, claim = sentence.annotations.in_context, sentence.annotations.claim
        if here is not None:
            found.append((gold, claim.points, here.cues, bool(why), claim.label and not why,
                          here.section_share, here.words_cited)
                         + ((sentence.text,) if with_text else ()))
    return found, sum(g for g, *_ in judged)


def features(rows, names):
    return [[r[1]] + [name in r[2] for name in names] + [r[5], r[6]] for r in rows]


def fit(rows, names):
    from sklearn.linear_model import LogisticRegression

    usable = [r for r in rows if not r[3]]
    model = LogisticRegression(max_iter=1000).fit(features(usable, names),
                                                  [r[0] for r in usable])
    return float(model.coef_[0][0]), float(model.intercept_[0]), dict(
        zip(names + [SHARE, WORDS], (float(w) for w in model.coef_[0][1:])))


def points(rows, claim_weight, bias, weights):
    return [claim_weight * r[1] + bias + sum(weights[c] for c in r[2]) + weights[SHARE] * r[5]
            + weights[WORDS] * r[6] for r in rows]


def reported(rows, scores, shift=0.0):
    return [not r[3] and score + shift >= 0 for r, score in zip(rows, scores)]


def lowest_shift(sets, claim_weight, bias, weights) -> float:
    """The shift of the bias (a multiple of 0.01, either way) that keeps it highest while
    CIT001 finds RANKING_RECALL of the sets' cited sentences (the target's recall), or
    as many as the claim score alone finds if that is more."""
    return shift_to_recall(
        [score for rows, _ in sets
         for r, score in zip(rows, points(rows, claim_weight, bias, weights))
         if r[0] and not r[3]],
        sum(r[0] and r[4] for rows, _ in sets for r in rows), sum(total for _, total in sets))


def shift_to_recall(candidates, alone: int, total: int) -> float:
    """The bias shift (a multiple of 0.01) at which RANKING_RECALL of `total` cited
    sentences, or the `alone` found by the claim score alone if more, score >= 0;
    `candidates`: the points of the cited sentences CIT001 still judges."""
    wanted = max(alone, math.ceil(RANKING_RECALL * total))
    if not candidates:
        return 0.0
    lowest = sorted(candidates, reverse=True)[min(wanted, len(candidates)) - 1]
    return math.ceil(-lowest * 100) / 100


def scores(rows, total, decided) -> tuple[float, float]:
    hits = sum(decided)
    right = sum(g and d for (g, *_), d in zip(rows, decided))
    return (right / hits if hits else 0.0), (right / total if total else 0.0)


def precision_at_recall(rows, total, scores, goal=RANKING_RECALL) -> float:
    """The precision of the highest threshold at which CIT001 would find `goal` of the
    manuscript's cited sentences (the ranking's quality, whatever the bias); 0 if no
    threshold does."""
    ranked = sorted(((s, r[0]) for r, s in zip(rows, scores) if not r[3]),
                    key=lambda pair: -pair[0])
    found = 0
    for reported_count, (_, gold) in enumerate(ranked, 1):
        found += gold
        if found >= goal * total:
            return found / reported_count
    return 0.0


def counts(sets_by_split, names) -> dict[str, str]:
    shown = {}
    for name in ["all scored"] + names:
        parts = []
        for split in ("train", "dev"):
            rows = [r for rows, _ in sets_by_split.get(split, []) for r in rows
                    if name == "all scored" or name in r[2]]
            parts.append(f"{split} {sum(r[0] for r in rows)}/{len(rows)}")
        shown[name] = " | ".join(parts)
    parts = []
    for split in ("train", "dev"):
        rows = [r for rows, _ in sets_by_split.get(split, []) for r in rows]
        edges = list(SHARE_BINS[1:]) + [float("inf")]
        bins = [[r for r in rows if r[5] == 0]] + [
            [r for r in rows if low < r[5] < high or (low > 0 and r[5] == low)]
            for low, high in zip(SHARE_BINS, edges)]
        parts.append(f"{split} " + " ".join(f"{sum(r[0] for r in b)}/{len(b)}" for b in bins))
    shown[SHARE] = " | ".join(parts)
    parts = []
    for split in ("train", "dev"):
        rows = [r for rows, _ in sets_by_split.get(split, []) for r in rows]
        edges = (float("-inf"),) + WORDS_BINS + (float("inf"),)
        bins = [[r for r in rows if low <= r[6] < high] for low, high in zip(edges, edges[1:])]
        parts.append(f"{split} " + " ".join(f"{sum(r[0] for r in b)}/{len(b)}" for b in bins))
    shown[WORDS] = " | ".join(parts)
    return shown


def write(claim_weight, bias, weights, shown) -> None:
    text = DATA.read_text("utf-8")
    text = re.sub(r"(?m)^claim_weight: .*$", f"claim_weight: {claim_weight:.3f}", text)
    text = re.sub(r"(?m)^bias: .*$", f"bias: {bias:.2f}", text)
    text = re.sub(r'(?m)^all_scored: .*$', f'all_scored: "{shown["all scored"]}"', text)
    text, n = re.subn(r'(?m)^(section_share:\n  counts: )"[^"]*"(\n  weight: )\S+',
                      lambda m: f'{m.group(1)}"{shown[SHARE]}"{m.group(2)}{weights[SHARE]:.2f}',
                      text)
    if n != 1:
        raise SystemExit(f"{DATA}: section_share not found once")
    text, n = re.subn(r'(?m)^(words_cited:\n  counts: )"[^"]*"(\n  weight: )\S+',
                      lambda m: f'{m.group(1)}"{shown[WORDS]}"{m.group(2)}{weights[WORDS]:.2f}',
                      text)
    if n != 1:
        raise SystemExit(f"{DATA}: words_cited not found once")
    for name, weight in weights.items():
        if name in (SHARE, WORDS):
            continue
        block = re.compile(rf"(?ms)^(  {re.escape(name)}:\n.*?counts: )\"[^\"]*\"(\n\s*weight: )\S+")
        text, n = block.subn(lambda m: f'{m.group(1)}"{shown[name]}"{m.group(2)}{weight:.2f}',
                             text)
        if n != 1:
            raise SystemExit(f"{DATA}: cue {name!r} not found once")
    DATA.write_text(text, "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="write the fit into the YAML")
    parser.add_argument("--only", help="comma-separated dev manuscripts to fit and score "
                        "(default: all; earlier sessions' figures are on fewer)")
    parser.add_argument("--score", help="comma-separated dev manuscripts to leave out and "
                        "score, each fitted on all the others (or the others of --only): "
                        "whether more manuscripts in the fit help these")
    args = parser.parse_args()
    only = set(args.only.split(",")) if args.only else None
    scored = set(args.score.split(",")) if args.score else None
    if (only or scored) and args.write:
        parser.error("--write fits on every dev manuscript: not with --only or --score")
    if args.write and not DEEPREVIEW.is_file():
        # The shipped weights are fitted with the deep-review set beside the repository; a fit
        # without it would silently replace them with weaker ones (docs/contributing.md: skip
        # and say why).
        shown = (f"../{DEEPREVIEW.relative_to(REPO.parent)}"
                 if DEEPREVIEW.is_relative_to(REPO.parent) else str(DEEPREVIEW))
        print(f"not written: {shown} is not here; the shipped weights are fitted with it")
        # Non-zero: a caller that goes on after --write (the claim model gate) must not go on
        # with the old weights as if refitted (review of i324, finding 2).
        raise SystemExit(1)
    from lint.data import load_data

    names = list(load_data("in_context.yaml")["cues"])
    by_split: dict[str, list] = {}
    dev = []
    for name, split, set_rows, places in context_sets(include_test=False):
        rows, total = examples(set_rows, places)
        by_split.setdefault(split, []).append((rows, total))
        if split == "dev" and (only is None or name in only):
            dev.append((name, rows, total))
    unknown = ((only or set()) | (scored or set())) - {name for name, _, _ in dev}
    if unknown:
        raise SystemExit(f"not among the dev manuscripts fitted: {', '.join(sorted(unknown))}")
    print("leave one manuscript out (fitted on the other dev manuscripts):")
    folds = []
    print("| manuscript | sentences cited | without context P / R | in context P / R "
          f"| P at R >= {RANKING_RECALL:.2f}, alone / in context |")
    print("| --- | ---: | ---: | ---: | ---: |")
    pooled = {"rows": [], "total": 0, "before": [], "after": [], "points": []}
    for name, rows, total in dev:
        if scored is not None and name not in scored:
            continue
        others = [(r, t) for n, r, t in dev if n != name]
        claim_weight, bias, weights = fit([r for o, _ in others for r in o], names)
        bias += lowest_shift(others, claim_weight, bias, weights)
        folds.append((name, weights))
        placed = points(rows, claim_weight, bias, weights)
        decided = reported(rows, placed)
        before = scores(rows, total, [r[4] for r in rows])
        precision, recall = scores(rows, total, decided)
        ranking = (precision_at_recall(rows, total, [r[1] for r in rows]),
                   precision_at_recall(rows, total, placed))
        for key, value in (("rows", rows), ("before", [r[4] for r in rows]),
                           ("after", decided), ("points", placed)):
            pooled[key] += value
        pooled["total"] += total
        print(f"| {name} | {total} | {before[0]:.3f} / {before[1]:.3f} | "
              f"{precision:.3f} / {recall:.3f} | {ranking[0]:.3f} / {ranking[1]:.3f} |")
    before = scores(pooled["rows"], pooled["total"], pooled["before"])
    after = scores(pooled["rows"], pooled["total"], pooled["after"])
    print(f"| pooled | {pooled['total']} | {before[0]:.3f} / {before[1]:.3f} | "
          f"{after[0]:.3f} / {after[1]:.3f} | |")
    # The folds' scores ranked together: the operating point set aside, how precise the
    # pooled ranking is where it finds RANKING_RECALL of the cited sentences.
    print(f"pooled P at R >= {RANKING_RECALL:.2f}, the folds' scores ranked together: "
          f"{precision_at_recall(pooled['rows'], pooled['total'], pooled['points']):.3f}")
    for name, weights in folds:
        print(f"  weights without {name}: " + ", ".join(f"{w:+.2f}" for w in weights.values()))
    for cue in names + [SHARE, WORDS]:
        signs = {weights[cue] > 0 for _, weights in folds}
        if len(signs) > 1:
            print(f"  sign changes between folds: {cue}")
    claim_weight, bias, weights = fit([r for _, rows, _ in dev for r in rows], names)
    bias += lowest_shift([(r, t) for _, r, t in dev], claim_weight, bias, weights)
    shown = counts(by_split, names)
    print(f"\nfit on every dev manuscript: claim_weight {claim_weight:.3f}, bias {bias:.2f}")
    for name in names + [SHARE, WORDS]:
        print(f"  {name}: {weights[name]:+.2f}  ({shown[name]})")
    print(f"  all scored: {shown['all scored']}")
    if args.write:
        write(claim_weight, bias, weights, shown)
        print(f"written: {DATA}")


if __name__ == "__main__":
    main()
