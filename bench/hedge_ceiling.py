"""How far a model trained on the Wikipedia weasel set itself gets: a reference ceiling.

    python3 -m pip install scikit-learn   # not a dependency of content-lint
    python3 bench/hedge_ceiling.py

The hedge detector is a general lexicon (lint/data/hedges.yaml). To judge
whether its Wikipedia F1 is far from what the labels allow, this script
trains a supervised bag-of-n-grams classifier (TF-IDF of word 1-2-grams,
logistic regression) on the Wikipedia development set and scores it by
5-fold cross-validation, i.e. always on sentences it did not see. Such a
model fits the corpus (its topics, its tokenisation) as no shipped lexicon
should; it is a yardstick, never used by the linter.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_hedges import EVAL, load  # noqa: E402


def main() -> None:
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.metrics import precision_recall_fscore_support
        from sklearn.model_selection import StratifiedKFold, cross_val_predict
        from sklearn.pipeline import make_pipeline
    except ImportError:
        raise SystemExit("scikit-learn is needed: python3 -m pip install scikit-learn")
    if not EVAL.exists():
        raise SystemExit(f"{EVAL} not found: the development sets live beside the repository")
    for name in ("wikipedia", "bioscope"):
        pairs = load(name)
        gold = [label for label, _ in pairs]
        texts = [text for _, text in pairs]
        best = None
        for c in (0.5, 1.0, 3.0):
            model = make_pipeline(
                TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True),
                LogisticRegression(C=c, class_weight="balanced", max_iter=2000))
            folds = StratifiedKFold(5, shuffle=True, random_state=0)
            judged = cross_val_predict(model, texts, gold, cv=folds)
            p, r, f, _ = precision_recall_fscore_support(gold, judged, average="binary")
            print(f"{name:>9} C={c:<4} precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
            best = max(best or 0.0, f)
        print(f"{name:>9}: best 5-fold F1 of the in-domain model {best:.3f}")


if __name__ == "__main__":
    main()
