"""The health claim scorer's operating point and page prior, judged leave-round-out.

The same procedure as `scripts/train_claims.py --profile health --hold-out-round N`
(claims_cv.Folds: configuration and threshold by leave-site-out CV, then the page prior
fitted on the out-of-fold scores), run once per held-out round with every fit cached, so
that several precision goals and page-prior variants are read from one run instead of one
run each. At the goal claims_cv.PRECISION_GOAL and the prior as shipped it reproduces
train_claims.py's leave-round-out table exactly.

    python3 bench/claim_operating_point.py --round 8 --round 9 --round 10 --round 11 \
        --round 12 --round 13 [--goal 0.90 --goal 0.92 ...] [--full] [--config M,C,A]

`--config M,C,A`: one configuration instead of the grid (as train_claims.py --config), so
that a screen of several goals over several rounds takes minutes, not an hour (session 25).

Per held-out round and goal: the sentence alone; read in its page with the prior as the
procedure fits it (`chosen`), with the clip fixed at 1 or 2, and with the page's weight and
the neighbours' weight halved (`half`: does a large fitted weight carry?). `--full`: also
the procedure on every development row, per goal: the article's CIT001 figures (in
training) and whether CIT001's documented failing examples stay claims.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO / "bench"))

import claims_cv  # noqa: E402
import train_claims  # noqa: E402

# CIT001's documented failing examples (lint/rules/claims.py): they must stay claims.
DOC_EXAMPLES = ("Anastrozole reduces the conversion of testosterone to estrogen.",
                "Improved body composition and better sleep quality.")
VARIANTS = ("alone", "chosen", "clip 1", "clip 2", "half")


class CachedFolds(claims_cv.Folds):
    """Folds whose fits are kept: a fit depends only on its rows and configuration (seeded,
    deterministic), so a second goal reuses the first goal's models."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._fits: dict = {}

    def fit(self, train, config):
        key = (tuple(train), config)
        if key not in self._fits:
            self._fits[key] = super().fit(train, config)
        return self._fits[key]


def priors(rows, oof, never, threshold, goal):
    """The page-prior variants of one fitted procedure."""
    chosen = claims_cv.fit_page_prior(rows, oof, never, threshold, goal)
    out = {"chosen": chosen}
    for clip in (1.0, 2.0):
        out[f"clip {int(clip)}"] = claims_cv.fit_page_prior(rows, oof, never, threshold, goal,
                                                            clips=(clip,))
    half = replace(chosen, weight=chosen.weight / 2, neighbours=chosen.neighbours / 2,
                   section=chosen.section / 2)
    # The threshold refitted for the halved weights, on the same out-of-fold scores.
    values = claims_cv._paged_scores(rows, oof, never, threshold, replace(half, threshold=0.0))
    context, _ = claims_cv.page_context(rows, oof, half)
    used = [i for i in range(len(rows)) if context[i] is not None]
    t, _ = claims_cv.best_threshold([rows[i].label for i in used], [values[i] for i in used],
                                    goal)
    out["half"] = replace(half, threshold=float(t))
    return out


def narrow(config: tuple[int, float, float]) -> None:
    """The grid of claims_cv narrowed to one configuration (min count, C, article weight)."""
    claims_cv.MIN_COUNTS, claims_cv.CS, claims_cv.ARTICLE_WEIGHTS = \
        (config[0],), (config[1],), (config[2],)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--round", type=int, action="append", default=[], dest="rounds")
    parser.add_argument("--goal", type=float, action="append", default=[], dest="goals")
    parser.add_argument("--full", action="store_true",
                        help="also the procedure on every row: the article and the examples")
    parser.add_argument("--config", metavar="M,C,A",
                        help="one configuration (min count, C, article weight) instead of "
                             "the grid, e.g. 3,0.3,1.0")
    parser.add_argument("--dump", type=Path, default=None,
                        help="held-out rows' scores and decisions at the first goal, chosen "
                             "prior (train_claims.py --dump's format)")
    args = parser.parse_args(argv)
    if args.config:
        narrow(train_claims.parse_config(parser, args.config))
    goals = args.goals or [claims_cv.PRECISION_GOAL]
    every = train_claims.development_rows()
    article = train_claims.article_gold()
    texts = sorted({r.text for r in every} | {t for t, _ in article} | set(DOC_EXAMPLES))
    features_of = dict(zip(texts, train_claims.featurize(texts, forms=True)))
    aside = train_claims.set_aside(texts)
    table: dict = {}
    dumped = []
    for held_round in args.rounds + ([None] if args.full else []):
        name = f"round {held_round}"
        rows = [r for r in every if r.group != name]
        held = [r for r in every if r.group == name]
        folds = CachedFolds(rows, article, features_of, aside, goals[0],
                            claims_cv.MIN_SITES, claims_cv.FOLDS_BY_ROUND)
        never_held = [r.text.rstrip().endswith("?") or r.text in aside for r in held]
        for goal in goals:
            folds.goal = goal
            config, threshold, scores = folds.choose(list(range(folds.count)))
            oof = [scores[i] for i in range(len(rows))]
            model, vocabulary = folds.fit(list(range(len(rows))), config)
            variants = priors(rows, oof, folds.never, threshold, goal)
            print(f"{name if held_round else 'every row'} goal {goal}: min count "
                  f"{config.min_count} C {config.c} article weight {config.article_weight} "
                  f"threshold {threshold:+.2f}; " + "; ".join(
                      f"{k}: weight {p.weight:+.2f} beside {p.neighbours:+.2f} section "
                      f"{p.section:+.2f} clip {p.clip:g} threshold {p.threshold:+.2f}"
                      for k, p in variants.items()),
                  flush=True)
            if held_round is None:
                p, r = folds.article_figures(model, vocabulary, threshold)
                values = model.decision_function(vocabulary.matrix(
                    [features_of[t] for t in DOC_EXAMPLES]))
                print(f"   article (in training, alone) P {p:.3f} R {r:.3f}; documented "
                      "examples (score - threshold): "
                      + ", ".join(f"{v - threshold:+.3f}" for v in values), flush=True)
                continue
            values = model.decision_function(vocabulary.matrix(
                [features_of[r.text] for r in held]))
            held_scores = [-99.0 if n else float(v) for v, n in zip(values, never_held)]
            gold = [r.label for r in held]
            for variant in VARIANTS:
                if variant == "alone":
                    predicted = [int(v >= threshold) for v in held_scores]
                else:
                    predicted = claims_cv.with_page(held, held_scores, never_held, threshold,
                                                    variants[variant])
                table[(held_round, goal, variant)] = train_claims.prf(gold, predicted)
                if goal == goals[0] and variant == "chosen":
                    alone = [int(v >= threshold) for v in held_scores]
                    dumped.extend(zip(held, held_scores, alone, predicted))
            found = table[(held_round, goal, "chosen")]
            print(f"   held out: P {found['precision']:.3f} R {found['recall']:.3f} "
                  f"F1 {found['f1']:.3f}", flush=True)
    if args.dump:
        train_claims._write_dump(args.dump, dumped)
    for variant in VARIANTS:
        print(f"\n{variant}: P / R / F1 per held-out round (goal down the side)")
        print("| goal | " + " | ".join(str(n) for n in args.rounds) + " | mean | min P |")
        print("| --- " * (len(args.rounds) + 3) + "|")
        for goal in goals:
            cells = [table[(n, goal, variant)] for n in args.rounds]
            mean = [sum(c[k] for c in cells) / len(cells) for k in ("precision", "recall", "f1")]
            print(f"| {goal} | " + " | ".join(
                f"{c['precision']:.3f} / {c['recall']:.3f} / {c['f1']:.3f}" for c in cells)
                + f" | {mean[0]:.4f} / {mean[1]:.4f} / {mean[2]:.4f} | "
                f"{min(c['precision'] for c in cells):.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
