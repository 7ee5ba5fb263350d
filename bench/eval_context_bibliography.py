"""Does the manuscript's bibliography tell which sentences need a citation? (issue 15)

A sentence that shares rare content words with the title of a reference in the
manuscript's bibliography may be about that source; one sharing nothing with any
reference less likely so. This measures that signal in bench/fit_in_context.py's
protocol: each dev manuscript scored by the in-context weights fitted on the others (the
claim points, the cues, the section share and the text's word prior), with the signal as
one more graded feature, against the same fit without it. Pooled precision at recall 0.80
(the folds' points ranked together), the mean over manuscripts, and how many manuscripts
get better or worse.

The bibliographies are bench/data/citeworthy/bibliography/NAME.json (reference titles
from each Manubot manuscript's output branch, and which references each cited row cited;
built by bench/citeworthy_bibliography.py). A manuscript without one (crawford-dissertation:
no output branch) gets 0, as a check without a bibliography would.

Honest by default: a reference that only the sentence itself cites is left out of the
bibliography when that sentence is read (had its citation been forgotten, the reference
would not be there: Manubot's and pandoc's bibliographies hold what the text cites).
`--full-bibliography` keeps it (a BibTeX file that lists the source anyway: an upper bound).
Rarity is the bibliography's own (idf over its titles); the test manuscripts are not read.

    python3 bench/eval_context_bibliography.py                       # every variant, one table
    python3 bench/eval_context_bibliography.py --full-bibliography   # the upper bound
    python3 bench/eval_context_bibliography.py --claim-alone         # against the claim points alone
    python3 bench/eval_context_bibliography.py --show title           # one variant, per manuscript

Needs scikit-learn (`pip install '.[train]'`).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from pathlib import Path

from eval_context import context_sets, judge_in_context
from eval_claims import CITEWORTHY
from fit_in_context import precision_at_recall, shift_to_recall

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
BIBLIOGRAPHY = CITEWORTHY / "bibliography"
WORD = re.compile(r"[a-z][a-z0-9]{2,}")
TOKEN = re.compile(r"\b[A-Za-z][\w-]*")
INNER_CAPITAL = re.compile(r"[A-Z].*[A-Z]|[a-z][A-Z]|\d")


def content_words(text: str) -> set:
    from spacy.lang.en.stop_words import STOP_WORDS

    from lint.normalise import singular

    return {singular(w) for w in WORD.findall(text.lower()) if w not in STOP_WORDS}


def word_pairs(text: str) -> set:
    from spacy.lang.en.stop_words import STOP_WORDS

    from lint.normalise import singular

    words = [singular(w) for w in re.findall(r"[a-z][a-z0-9]+", text.lower())]
    return {(a, b) for a, b in zip(words, words[1:])
            if a not in STOP_WORDS and b not in STOP_WORDS}


def names(text: str, title: bool = False) -> set:
    """Acronyms and words with an inner capital or a digit ("DeepBind", "CD8"); in a
    sentence also capitalised words after the first (a title capitalises every word)."""
    tokens = TOKEN.findall(text)
    return {w.lower() for i, w in enumerate(tokens)
            if (INNER_CAPITAL.search(w) and any(c.isupper() for c in w))
            or (not title and i and w[0].isupper())}


# variant: (the terms of a title, the terms of a sentence, the value of a shared set)
def _idf_sum(shared, idf, title_terms, sentence_terms):
    # Summed in a fixed order: a set's order changes with the hash seed, and so would ties.
    return sum(idf[t] for t in sorted(shared))


VARIANTS = {
    "title": (content_words, content_words, _idf_sum),
    "title coverage": (content_words, content_words,
                       lambda shared, idf, title, sentence: _idf_sum(shared, idf, title, sentence)
                       / sum(idf[t] for t in sorted(title))),
    "rare shared": (content_words, content_words,
                    lambda shared, idf, title, sentence: float(
                        sum(idf[t] >= idf["__rare__"] for t in shared))),
    "title pairs": (word_pairs, word_pairs, _idf_sum),
    "names": (lambda t: names(t, title=True), names, _idf_sum),
}


def bibliography_signal(name: str, rows: list, variant: str, full: bool) -> list[float]:
    """Per row: the largest value, over the references, of what it shares with a title."""
    path = BIBLIOGRAPHY / f"{name}.json"
    if not path.is_file():
        return [0.0] * len(rows)
    data = json.loads(path.read_text("utf-8"))
    of_title, of_sentence, value = VARIANTS[variant]
    references = [(key, of_title(title)) for key, title in data["references"]]
    size = len(references)
    frequency: dict = {}
    for _, terms in references:
        for term in terms:
            frequency[term] = frequency.get(term, 0) + 1
    idf = {t: math.log((size + 1) / (n + 0.5)) for t, n in frequency.items()}
    idf["__rare__"] = math.log((size + 1) / 2.5)  # a term of at most two titles
    citing: dict[str, set] = {}
    for row_id, keys in data["cites"].items():
        for key in keys:
            citing.setdefault(key, set()).add(row_id)
    found = []
    for row in rows:
        terms = of_sentence(row["text"])
        own = set() if full else {k for k in data["cites"].get(row["id"], ())
                                  if citing[k] <= {row["id"]}}
        best = 0.0
        for key, title in references:
            shared = terms & title
            if shared and key not in own:
                best = max(best, value(shared, idf, title, terms))
        found.append(best)
    return found


def document_order(rows, judged):
    """The set's rows in the order judge_in_context returns its sentences (section by
    section as eval_context.build_document groups them): matched by text, rows of the same
    text in the set's order."""
    waiting: dict[str, list] = {}
    for row in rows:
        waiting.setdefault(row["text"], []).append(row)
    return [waiting[sentence.text].pop(0) for _, _, _, sentence, _, _ in judged]


def manuscripts():
    """{name: (rows, cited)}: the scored sentences of each dev manuscript as
    fit_in_context.examples reads them, with the set's row id and text."""
    found = {}
    for name, split, set_rows, places in context_sets(include_test=False):
        if split != "dev":
            continue
        judged = judge_in_context(set_rows, places)
        rows = []
        for row, (gold, _, _, sentence, why, _) in zip(document_order(set_rows, judged),
                                                       judged, strict=True):
            if int(row["label"]) != gold:
                raise SystemExit(f"{name}: row {row['id']} is not where the document has it")
            here, claim = sentence.annotations.in_context, sentence.annotations.claim
            if here is not None:
                rows.append({"gold": gold, "points": claim.points, "cues": here.cues,
                             "decided": bool(why), "alone": bool(claim.label and not why),
                             "share": here.section_share, "words": here.words_cited,
                             "id": row["id"], "text": row["text"]})
        found[name] = (rows, sum(g for g, *_ in judged))
    return found


def leave_one_out(sets, cue_names, extra=None, claim_alone=False):
    """fit_in_context.py's folds with an optional extra feature ({name: [value per row]}):
    (pooled P at R 0.80, mean, {name: P at R 0.80})."""
    from sklearn.linear_model import LogisticRegression

    def features(name, rows):
        base = ([[r["points"]] for r in rows] if claim_alone else
                [[r["points"]] + [c in r["cues"] for c in cue_names] + [r["share"], r["words"]]
                 for r in rows])
        if extra is None:
            return base
        return [f + [extra[name][i]] for i, f in enumerate(base)]

    def gold_rows(rows):
        return [(r["gold"], 0, (), r["decided"]) for r in rows]

    pooled_rows, pooled_points, pooled_total, each = [], [], 0, {}
    for name, (rows, total) in sets.items():
        x, y, others = [], [], []
        for other, (other_rows, other_total) in sets.items():
            if other == name:
                continue
            matrix = features(other, other_rows)
            others.append((other_rows, other_total, matrix))
            for r, f in zip(other_rows, matrix):
                if not r["decided"]:
                    x.append(f)
                    y.append(r["gold"])
        model = LogisticRegression(max_iter=1000).fit(x, y)
        weights, bias = model.coef_[0], float(model.intercept_[0])

        def score(f):
            return bias + sum(w * v for w, v in zip(weights, f))

        # The bias shift of fit_in_context.lowest_shift: recall 0.80 on the other manuscripts.
        bias += shift_to_recall(
            [score(f) for o_rows, _, matrix in others
             for r, f in zip(o_rows, matrix) if r["gold"] and not r["decided"]],
            sum(r["gold"] and r["alone"] for o_rows, _, _ in others for r in o_rows),
            sum(t for _, t, _ in others))
        placed = [score(f) for f in features(name, rows)]
        each[name] = precision_at_recall(gold_rows(rows), total, placed)
        pooled_rows += gold_rows(rows)
        pooled_points += placed
        pooled_total += total
    pooled = precision_at_recall(pooled_rows, pooled_total, pooled_points)
    return pooled, sum(each.values()) / len(each), each


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--full-bibliography", action="store_true",
                        help="keep the references only the sentence itself cites")
    parser.add_argument("--claim-alone", action="store_true",
                        help="against the claim points alone (a text citing nothing yet)")
    parser.add_argument("--show", choices=sorted(VARIANTS), help="one variant, per manuscript")
    args = parser.parse_args()
    from lint.data import load_data

    cue_names = list(load_data("in_context.yaml")["cues"])
    sets = manuscripts()
    base = leave_one_out(sets, cue_names, claim_alone=args.claim_alone)
    print(f"{'claim points alone' if args.claim_alone else 'in context'}, "
          f"{'full bibliography' if args.full_bibliography else 'own-only references left out'}")
    print("| feature | pooled P at R 0.80 | mean | manuscripts better / worse |")
    print("| --- | ---: | ---: | --- |")
    print(f"| none | {base[0]:.3f} | {base[1]:.3f} | |")
    for variant in ([args.show] if args.show else VARIANTS):
        extra = {name: bibliography_signal(name, [{"id": r["id"], "text": r["text"]}
                                                  for r in rows], variant,
                                           args.full_bibliography)
                 for name, (rows, _) in sets.items()}
        pooled, mean, each = leave_one_out(sets, cue_names, extra, args.claim_alone)
        better = sum(each[n] > base[2][n] + 1e-9 for n in each)
        worse = sum(each[n] < base[2][n] - 1e-9 for n in each)
        print(f"| {variant} | {pooled:.3f} | {mean:.3f} | {better} / {worse} |")
        if args.show:
            for name in each:
                print(f"  {name}: {base[2][name]:.3f} -> {each[name]:.3f}")


if __name__ == "__main__":
    main()
