"""How much more training data for the scholarly claim scorer helps CIT001 in context.

The scholarly profile of the claim scorer is trained on the citation-worthiness
manuscripts of the `train` split (scripts/train_claims.py); CIT001 reads its points
moved by where the sentence stands (bench/fit_in_context.py). This retrains the
scorer with the shipped configuration (its min count, C and other-genre weight for the
health train split's rows, read from lint/data/claim_model.json) on more or different
data and reads each dev manuscript leave-one-manuscript-out exactly as fit_in_context.py does: the
in-context weights and bias fitted on the other dev manuscripts, the precision at
recall 0.80 of each manuscript and of the folds' scores ranked together.

    python3 bench/claim_data_lever.py                    # the shipped data, refitted (reference)
    python3 bench/claim_data_lever.py --add-dev          # + the other dev manuscripts as training
    python3 bench/claim_data_lever.py --without NAME,... # training manuscripts left out
    python3 bench/claim_data_lever.py --c 0.1            # another regularisation strength
    python3 bench/claim_data_lever.py --reference-without NAME,... --without NAME,...
        # training manuscripts added to sources.tsv since the shipped scorer was trained:
        # the reference leaves them out (the learning curve of session 18)

`--add-dev` is the honest test of "more manuscripts": each dev manuscript is scored by
a scorer trained on the training manuscripts and the nineteen other dev ones (the
in-context fit's rows use the scorer that left their own manuscript out). A
sentence's points move by the retrained scorer's logit minus the reference
scorer's, so everything else a check reads is kept. Needs scikit-learn.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

import fit_in_context as fic  # noqa: E402
from eval_context import context_sets  # noqa: E402



def shipped_configuration() -> tuple[int, float, float]:
    """The scholarly profile's min count, C and other-genre weight, as train_claims.py chose
    them (lint/data/claim_model.json)."""
    import json

    profile = json.loads((REPO / "lint" / "data" / "claim_model.json").read_text("utf-8"))[
        "profiles"]["scholarly"]
    return int(profile["min_count"]), float(profile["C"]), float(profile["other_genre_weight"])


def dev_rows(placed_training: dict | None = None, examples_training: dict | None = None):
    """[(name, rows, cited, [(text, label)])]: fit_in_context's examples, each with its
    sentence's text last. `placed_training`, when given, is filled with each training
    sentence's context features (text -> ["ctx=..."], `context_features`);
    `examples_training` with each training manuscript's examples (name -> (rows, cited))."""
    out, training = [], []
    for name, split, set_rows, places in context_sets(include_test=False):
        labelled = [(r["text"], int(r["label"])) for r in set_rows]
        if split == "train":
            training.append((name, labelled))
            if placed_training is not None or examples_training is not None:
                rows, cited = fic.examples(set_rows, places, with_text=True)
                for r in rows if placed_training is not None else ():
                    placed_training[r[7]] = context_features(r)
                if examples_training is not None:
                    examples_training[name] = (rows, cited)
            continue
        rows, cited = fic.examples(set_rows, places, with_text=True)
        out.append((name, rows, cited, labelled))
    return out, training


def context_features(row) -> list[str]:
    """What fit_in_context reads of where a sentence stands, as binary features of the claim
    scorer (`--joint-context`): its cues, whether coverage or own work decides it, and the
    bins of its section's cited share and of the text's word prior."""
    found = [f"ctx=cue {cue}" for cue in row[2]] + (["ctx=decided"] if row[3] else [])
    found += [f"ctx=share>{edge}" for edge in fic.SHARE_BINS if row[5] > edge]
    found += [f"ctx=words>{edge}" for edge in fic.WORDS_BINS if row[6] > edge]
    found += [f"ctx=words<{edge}" for edge in fic.WORDS_BINS if row[6] < edge]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--add-dev", action="store_true",
                        help="train on the other dev manuscripts too (leave one out)")
    parser.add_argument("--without", help="comma-separated training manuscripts left out")
    parser.add_argument("--reference-without",
                        help="comma-separated training manuscripts the shipped scorer was "
                             "not trained on (added to sources.tsv since): the reference "
                             "leaves them out")
    parser.add_argument("--c", type=float, help="regularisation strength (default: shipped)")
    parser.add_argument("--other-weight", type=float,
                        help="weight of the health train split's rows (default: shipped)")
    parser.add_argument("--joint-context", action="store_true",
                        help="train the scorer's word weights beside the training "
                             "sentences' context features (context_features), then score "
                             "with the words alone: word weights net of where the sentence "
                             "stands, which the in-context layer adds back")
    parser.add_argument("--fit-train", action="store_true",
                        help="fit the in-context weights on the training manuscripts too, "
                             "each read with the points of a scorer trained without it "
                             "(out of fold); the bias still set on the dev manuscripts")
    parser.add_argument("--train-judged", action="store_true",
                        help="train the scorer only on the training sentences the in-context "
                             "layer judges (scored, not decided by coverage or own work): "
                             "the others' labels say where they stand, not what they say")
    args = parser.parse_args()
    min_count, shipped_c, shipped_other = shipped_configuration()
    args.c = shipped_c if args.c is None else args.c
    args.other_weight = shipped_other if args.other_weight is None else args.other_weight
    import train_claims as tc
    from lint.data import load_data

    placed_training: dict = {}
    examples_training: dict = {}
    dev, training = dev_rows(placed_training if args.joint_context else None,
                             examples_training if args.fit_train or args.train_judged
                             else None)
    left_out = set(args.without.split(",")) if args.without else set()
    not_shipped = set(args.reference_without.split(",")) if args.reference_without else set()
    unknown = (left_out | not_shipped) - {name for name, _ in training}
    if unknown:
        raise SystemExit(f"not training manuscripts: {', '.join(sorted(unknown))}")
    other = tc.health_sets(tc.HEALTH, strict=True)["train"]
    own = [row for name, rows in training if name not in left_out for row in rows]
    if args.train_judged:
        judged = {r[7] for here, _ in examples_training.values() for r in here if not r[3]}
        print(f"training sentences judged in context: {sum(t in judged for t, _ in own)} "
              f"of {len(own)}")
        own = [row for row in own if row[0] in judged]
    texts = sorted({t for t, _ in own} | {t for t, _ in other}
                   | {t for *_, labelled in dev for t, _ in labelled}
                   | {r[7] for _, rows, _, _ in dev for r in rows}
                   | {t for _, rows in training for t, _ in rows})
    features_of = dict(zip(texts, tc.featurize(texts)))

    def scorer(rows, c, joint=False):
        """The decision function of a scorer trained on (text, label, weight) rows; `joint`:
        with the training sentences' context features beside their words (scored without)."""
        x = [features_of[t] + (placed_training.get(t, []) if joint else []) for t, _, _ in rows]
        vocabulary = tc.Vocabulary(x, min_count)
        model = tc.fit(x, [label for _, label, _ in rows], [w for *_, w in rows], vocabulary, c)
        return lambda ts: model.decision_function(vocabulary.matrix([features_of[t] for t in ts]))

    every_training = [(t, label, 1.0) for name, rows in training if name not in not_shipped
                      for t, label in rows]
    # The shipped scorer, as the procedure gives it from the train split of sources.tsv.
    reference = scorer(every_training + [(t, label, shipped_other) for t, label in other],
                       shipped_c)
    rows_now = [(t, label, 1.0) for t, label in own] + [
        (t, label, args.other_weight) for t, label in other]
    changed = None if args.add_dev else scorer(rows_now, args.c, args.joint_context)
    moved = []
    for name, rows, total, _ in dev:
        model = changed or scorer(rows_now + [(t, label, 1.0) for other_name, _, _, labelled in dev
                                              if other_name != name for t, label in labelled],
                                  args.c, args.joint_context)
        texts_here = [r[7] for r in rows]
        delta = model(texts_here) - reference(texts_here)
        moved.append((name, [(r[0], r[1] + d) + tuple(r[2:7]) for r, d in zip(rows, delta)],
                      total))
    extra = []
    for name, rows in training if args.fit_train else ():
        if name in left_out:
            continue
        # Out of fold: the points of a scorer that never saw this manuscript.
        fold = scorer([row for n, r in training if n != name and n not in left_out
                       for row in ((t, label, 1.0) for t, label in r)]
                      + [(t, label, args.other_weight) for t, label in other], args.c)
        here, cited = examples_training[name]
        texts_here = [r[7] for r in here]
        delta = fold(texts_here) - reference(texts_here)
        extra.append(([(r[0], r[1] + d) + tuple(r[2:7]) for r, d in zip(here, delta)], cited))
    names = list(load_data("in_context.yaml")["cues"])
    print("| manuscript | cited | CIT001 P / R | P at R 0.80: claim alone / in context |")
    print("| --- | ---: | ---: | ---: |")
    pooled_rows, pooled_points, pooled_total, alone, placed_p = [], [], 0, [], []
    for name, rows, total in moved:
        others = [(r, t) for n, r, t in moved if n != name]
        claim_weight, bias, weights = fic.fit([r for o, _ in others + extra for r in o], names)
        bias += fic.lowest_shift(others, claim_weight, bias, weights)
        placed = fic.points(rows, claim_weight, bias, weights)
        precision, recall = fic.scores(rows, total, fic.reported(rows, placed))
        alone.append(fic.precision_at_recall(rows, total, [r[1] for r in rows]))
        placed_p.append(fic.precision_at_recall(rows, total, placed))
        print(f"| {name} | {total} | {precision:.3f} / {recall:.3f} | "
              f"{alone[-1]:.3f} / {placed_p[-1]:.3f} |")
        pooled_rows += rows
        pooled_points += placed
        pooled_total += total
    print(f"training: {len(training) - len(left_out)} manuscripts, "
          f"{len(own)} sentences ({sum(label for _, label in own)} cited)"
          f"{' + the other dev manuscripts' if args.add_dev else ''}, C {args.c}, "
          f"other genre {args.other_weight}"
          f"{', word weights fitted beside the context' if args.joint_context else ''}"
          f"{', in-context weights fitted on the training manuscripts too' if extra else ''}")
    print(f"pooled P at R 0.80, the folds ranked together: "
          f"{fic.precision_at_recall(pooled_rows, pooled_total, pooled_points):.3f}; "
          f"mean over manuscripts {statistics.mean(placed_p):.3f} "
          f"(claim alone {statistics.mean(alone):.3f})")


if __name__ == "__main__":
    main()
