"""Is more openly licensed training data the lever for health-claim recall? A learning curve.

For each held-out round (leave-round-out, as `scripts/train_claims.py --profile health
--hold-out-round N`), the procedure is run with only a share of the openly licensed training
sites' rows allowed to train (sites sampled with a seed; the rows of the sites left out still
tune the threshold and the page prior as rows that only measure, so that what changes is the
training data alone). The held-out round is scored once per share and seed.

The configuration is fixed (min count 3, C 1.0, article weight 1.0; the grid chose article
weight 0.3 for the shipped profile in session 15) so that
the curve measures the data, not the grid's choice among 18 configurations (and costs 11 fits
a point, not 190); `--grid` runs the full choice instead.

    python3 bench/claim_learning_curve.py --round 10 ... --round 15 \
        --share 0.25 --share 0.5 --share 0.75 --share 1.0 --seed 1 --seed 2 --seed 3
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO / "bench"))

import claims_cv  # noqa: E402
import train_claims  # noqa: E402


def sample_sites(rows, share: float, seed: int) -> set[str]:
    """The openly licensed sites kept to train: `share` of them (rounded), seeded."""
    sites = sorted({r.site for r in rows if r.trainable})
    keep = round(len(sites) * share)
    return set(random.Random(seed).sample(sites, keep))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--round", type=int, action="append", default=[], dest="rounds")
    parser.add_argument("--share", type=float, action="append", default=[], dest="shares")
    parser.add_argument("--seed", type=int, action="append", default=[], dest="seeds")
    parser.add_argument("--grid", action="store_true",
                        help="choose the configuration by CV at each point (slow)")
    args = parser.parse_args()
    if not args.grid:
        claims_cv.MIN_COUNTS, claims_cv.CS, claims_cv.ARTICLE_WEIGHTS = (3,), (1.0,), (1.0,)
    shares = args.shares or [0.25, 0.5, 0.75, 1.0]
    seeds = args.seeds or [1, 2, 3]
    every = train_claims.development_rows()
    article = train_claims.article_gold()
    texts = sorted({r.text for r in every} | {t for t, _ in article})
    features_of = dict(zip(texts, train_claims.featurize(texts, forms=True)))
    aside = train_claims.set_aside(texts)
    goal = claims_cv.PRECISION_GOAL
    quiet = lambda *_: None  # noqa: E731
    results: dict[float, list] = {s: [] for s in shares}
    for n in args.rounds:
        rows = [r for r in every if r.group != f"round {n}"]
        held = [r for r in every if r.group == f"round {n}"]
        open_rows = sum(r.trainable for r in rows)
        for share in shares:
            for seed in (seeds if share < 1.0 else seeds[:1]):
                kept = sample_sites(rows, share, seed)
                sub = [r if not r.trainable or r.site in kept else replace(r, trainable=False)
                       for r in rows]
                found = train_claims._health_procedure(sub, held, n, article, features_of,
                                                       aside, False, quiet, goal, None, [])
                paged = found["paged"]
                trained = sum(r.trainable for r in sub)
                results[share].append((n, seed, trained, paged))
                print(f"round {n} share {share:.2f} seed {seed}: {trained}/{open_rows} open "
                      f"rows train; held out, in its page P {paged['precision']:.3f} "
                      f"R {paged['recall']:.3f} F1 {paged['f1']:.3f}", flush=True)
    print("\nshare | open rows training (mean) | mean P | mean R | mean F1 (over rounds and "
          "seeds) | F1 seed spread")
    for share in shares:
        found = results[share]
        if not found:
            continue
        by_seed: dict[int, list] = {}
        for n, seed, trained, paged in found:
            by_seed.setdefault(seed, []).append(paged["f1"])
        spread = [statistics.mean(v) for v in by_seed.values()]
        print(f"{share:.2f} | {statistics.mean(t for _, _, t, _ in found):.0f} | "
              f"{statistics.mean(p['precision'] for *_, p in found):.4f} | "
              f"{statistics.mean(p['recall'] for *_, p in found):.4f} | "
              f"{statistics.mean(p['f1'] for *_, p in found):.4f} | "
              f"{min(spread):.4f}-{max(spread):.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
