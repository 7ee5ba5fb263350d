"""Errors of the scholarly ranking at recall 0.80, and cues of a sentence's structure tried
against them (session 16, branch i176, issue 15).

Reproduces bench/fit_in_context.py's leave-one-manuscript-out protocol over the dev
manuscripts (each one scored with the in-context weights and bias fitted on the others;
the test manuscripts are never read) and

    python3 bench/eval_context_structure.py --sample        # 60 false alarms, 60 misses at R 0.80
    python3 bench/eval_context_structure.py --causes        # the hand-sorted sample, tallied
    python3 bench/eval_context_structure.py                 # each candidate cue added alone
    python3 bench/eval_context_structure.py --only "NAME;NAME" [--per]   # these, per manuscript
    python3 bench/eval_context_structure.py --with "NAME;NAME"           # these together
    python3 bench/eval_context_structure.py --numeric       # graded cues, products of shipped ones
    python3 bench/eval_context_structure.py --priors        # other forms of the text's word prior

The dev manuscripts are read once and kept in /tmp (CACHE); `--fresh` reads them again
(after any change to lint/ or to the structure read here).

The pooled threshold is where the folds' scores ranked together find 80 % of the dev
manuscripts' cited sentences (the target's recall). A false alarm is an uncited sentence
scored at or over it; a miss is a cited sentence under it, or one CIT001 never judges
(set aside by the claim scorer, covered by a citation nearby, or the authors' own work).
The causes of the sample are an annotator's judgment (this branch's, read with the
sentence before and after, the heading and the paragraph), stored with reasons in
bench/data/citeworthy/errors_i176.tsv; this script only tallies them.

Candidate cues are read from the document the bench builds (its paragraphs, headings and
the other sentences' citations), as a check reads a Markdown document's structure. Each
is one more feature of fit_in_context.py's logistic regression; a candidate is kept only if
the pooled precision at recall 0.80 rises by 0.01 or more and the mean over manuscripts does
not fall. Needs scikit-learn.
"""

from __future__ import annotations

import argparse
import csv
import pickle
import random
import re
import sys
from pathlib import Path

from eval_context import context_sets, judge_in_context
from fit_in_context import (RANKING_RECALL, fit, lowest_shift, points,
                            precision_at_recall)

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
CAUSES = REPO / "bench" / "data" / "citeworthy" / "errors_i176.tsv"
CACHE = Path("/tmp") / "i176_context_rows.pickle"


def structure(sentence, index: int, block) -> dict:
    """What the document's structure says about a sentence (no label read but the other
    sentences' citations, as in a check)."""
    doc = block.nlp_doc
    tokens = [t for t in doc[sentence.token_start:sentence.token_end]]
    words = [t.text for t in tokens if t.text[:1].isalpha()]
    lower = [w.lower() for w in words]
    before = block.sentences[index - 1] if index else None
    two_before = block.sentences[index - 2] if index > 1 else None
    return {
        "text": sentence.text,
        "before": before.text if before is not None else "",
        "before cited": bool(before is not None and before.citations),
        "two before cited": bool(two_before is not None and two_before.citations),
        "after cited": bool(index + 1 < len(block.sentences)
                            and block.sentences[index + 1].citations),
        "after": (block.sentences[index + 1].text if index + 1 < len(block.sentences)
                  else ""),
        "index": index,
        "paragraph size": len(block.sentences),
        "heading": " > ".join(block.section.path),
        "lower": lower,
        "lemmas": [t.norm_ for t in tokens],
        "words": words,
    }


def collect(fresh: bool = False):
    """[(name, rows, total, lost)] of the dev manuscripts: fit_in_context.examples' rows,
    each with its structure appended; `lost`: the cited sentences never scored (text)."""
    if CACHE.is_file() and not fresh:
        return pickle.loads(CACHE.read_bytes())
    sets = []
    for name, split, set_rows, places in context_sets(include_test=False):
        if split != "dev":
            continue
        judged = judge_in_context(set_rows, places)
        rows, lost = [], []
        position = {}
        from lint.annotate.in_context import _names

        blocks = list({id(j[3].block): j[3].block for j in judged}.values())
        for block in blocks:
            for index, sentence in enumerate(block.sentences):
                position[id(sentence)] = (index, block)
        # How many of the text's sentences use each name, and the names of its abstract:
        # a name the whole text keeps using (or its abstract announces) is more often the
        # authors' own product than a source's.
        uses, abstract = {}, set()
        for block in blocks:
            for sentence in block.sentences:
                found = _names(sentence.text)
                for name_used in found:
                    uses[name_used] = uses.get(name_used, 0) + 1
                if any("abstract" in part.lower() for part in block.section.path[:1]):
                    abstract |= found
        text_size = sum(len(b.sentences) for b in blocks)
        # Every prose sentence of the text, as in_context.words_cited pools them: to try
        # other forms of the text's word prior.
        pool, pool_index = [], {}
        for block in blocks:
            if not block.is_prose:
                continue
            for sentence in block.sentences:
                pool_index[id(sentence)] = len(pool)
                tokens = block.nlp_doc[sentence.token_start:sentence.token_end]
                pool.append((sentence.text, bool(sentence.citations),
                             [t.norm_ for t in tokens if t.text[:1].isalpha()]))
        # The share of a section's / paragraph's sentences in the first person plural: a
        # part of the text the authors write about their own work.
        first_person = {}
        for block in blocks:
            for sentence in block.sentences:
                first_person[id(sentence)] = bool(WE.search(sentence.text))
        section_we = {}
        for block in blocks:
            tally = section_we.setdefault(id(block.section), [0, 0])
            tally[0] += sum(first_person[id(x)] for x in block.sentences)
            tally[1] += len(block.sentences)
        for gold, _, _, sentence, why, _ in judged:
            here, claim = sentence.annotations.in_context, sentence.annotations.claim
            index, block = position[id(sentence)]
            if here is None:
                if gold:
                    lost.append((sentence.text, "; ".join(claim.reasons[:2]) if claim else "",
                                 structure(sentence, index, block)))
                continue
            info = structure(sentence, index, block)
            info["name uses"] = sorted((uses[n] / text_size for n in _names(sentence.text)),
                                       reverse=True)
            info["rarest name uses"] = min((uses[n] for n in _names(sentence.text)), default=0)
            info["names in abstract"] = len(_names(sentence.text) & abstract)
            own_we = first_person[id(sentence)]
            we_here, size_here = section_we[id(block.section)]
            info["section we share"] = ((we_here - own_we) / (size_here - 1)
                                        if size_here > 1 else 0.0)
            others = [x for x in block.sentences if x is not sentence]
            info["paragraph we share"] = (sum(first_person[id(x)] for x in others) / len(others)
                                          if others else 0.0)
            info["first mention"] = "first mention" in here.cues
            info["pool"] = pool_index.get(id(sentence))
            rows.append((gold, claim.points, here.cues, bool(why), claim.label and not why,
                         here.section_share, here.words_cited, info, why))
        sets.append((name, rows, sum(g for g, *_ in judged), lost, pool))
        print(f"read {name}", file=sys.stderr)
    CACHE.write_bytes(pickle.dumps(sets))
    return sets


# Candidate cues (session 16). Each reads the sentence and its place; True / False or a number.
WE = re.compile(r"\b(?:we|our|us)\b", re.I)
FIRST_PLURAL = re.compile(r"(?:^|, )(?:here,? )?(?:we|our)\b", re.I)
HAS_BEEN_SHOWN = re.compile(r"\b(?:has|have|had) been (?:shown|reported|demonstrated|found|"
                            r"observed|described|proposed|suggested|used|applied|developed)\b",
                            re.I)
UNIT = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:%(?!\w)|percent|fold|mg|g|kg|ml|mL|µl|μl|µm|μm|"
                  r"nm|mm|cm|km|m|s|h|hrs?|min|days?|weeks?|months?|years?|bp|kb|Mb|Gb|GB|TB|"
                  r"MB|°C|K|M|mM|µM|μM|nM|kDa|Da|cells|samples|patients|genes)(?!\w)")
STUDY_BACK = re.compile(r"(?:(?:this|these|that|the|their|such) (?:study|studies|work|paper|"
                        r"papers|authors|method|methods|model|models|approach|trial|analysis|"
                        r"experiment|experiments|tool|dataset|framework|group|team)|they|their)\b",
                        re.I)
PAST_AUX = {"was", "were", "had", "did"}


def _past_verbs(info) -> int:
    """Words read as a past tense: 'was', 'were', 'had', 'did', or a word ending in -ed
    whose lemma differs from it (a verb's past or participle)."""
    count = 0
    for word, lemma in zip(info["lower"], info["lemmas"]):
        if word in PAST_AUX or (word.endswith("ed") and lemma and lemma != word):
            count += 1
    return count


def _content(words) -> set[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return {w for w in words if len(w) > 2 and w not in STOP_WORDS}


def _subject_shared(info) -> bool:
    """The sentence's opening noun words (before its first verb-like word, up to five)
    appear in the sentence before: it goes on about the same subject."""
    if not info["before"]:
        return False
    before = _content(w.lower() for w in re.findall(r"[A-Za-z][\w-]+", info["before"]))
    opening = []
    for word in info["lower"][:6]:
        if word in PAST_AUX or word in {"is", "are", "has", "have", "can", "may", "will"}:
            break
        opening.append(word)
    return bool(_content(opening) & before)


CANDIDATES = {
    "first person plural subject": lambda i: bool(FIRST_PLURAL.match(i["text"])),
    "we + past verb": lambda i: bool(re.search(r"\bwe\b", i["text"], re.I)) and _past_verbs(i) > 0,
    "past tense (any)": lambda i: _past_verbs(i) > 0,
    "past tense, no 'we'": lambda i: _past_verbs(i) > 0 and not re.search(r"\b(?:we|our)\b",
                                                                          i["text"], re.I),
    "present, no past": lambda i: _past_verbs(i) == 0,
    "'has been shown'-type voice": lambda i: bool(HAS_BEEN_SHOWN.search(i["text"])),
    "number with a unit": lambda i: bool(UNIT.search(i["text"])),
    "continuation: before cited and shares the subject":
        lambda i: i["before cited"] and _subject_shared(i),
    "shares the subject with the sentence before (uncited)":
        lambda i: not i["before cited"] and _subject_shared(i),
    "continuation of the paragraph (not its first)": lambda i: i["index"] > 0,
    "paragraph of one sentence": lambda i: i["paragraph size"] == 1,
    "next sentence cited": lambda i: i["after cited"],
    "before and next cited": lambda i: i["before cited"] and i["after cited"],
    "previous two uncited (within paragraph)":
        lambda i: i["index"] >= 2 and not i["before cited"] and not i["two before cited"],
    "names only what the text keeps naming (each name in >= 1% of its sentences)":
        lambda i: bool(i["name uses"]) and min(i["name uses"]) >= 0.01,
    "names something the text keeps naming (>= 2%)":
        lambda i: bool(i["name uses"]) and max(i["name uses"]) >= 0.02,
    "names something no other sentence of the text names":
        lambda i: i["rarest name uses"] == 1,
    "names something at most one other sentence names":
        lambda i: 0 < i["rarest name uses"] <= 2,
    "names something its abstract names": lambda i: i["names in abstract"] > 0,
    "its section is a quarter or more in the first person plural":
        lambda i: i["section we share"] >= 0.25,
    "its section is a tenth or more in the first person plural":
        lambda i: i["section we share"] >= 0.10,
    "its paragraph's other sentences use 'we' (a third or more)":
        lambda i: i["paragraph we share"] >= 0.34,
    "follows a cited sentence and names nothing new":
        lambda i: i["before cited"] and not i["first mention"],
    "the next sentence goes on about a study ('This study', 'They', 'The authors')":
        lambda i: bool(STUDY_BACK.match(i["after"])),
    "the next sentence opens 'They' / 'Their' / 'The authors'":
        lambda i: bool(re.match(r"(?:they|their|the authors)\b", i["after"], re.I)),
    "colon list lead-in (ends with ':')": lambda i: i["text"].rstrip().endswith(":"),
    "parenthesis with a name": lambda i: bool(re.search(r"\([A-Z][\w-]*[A-Z0-9][\w-]*\)",
                                                        i["text"])),
}


PRIOR_WORD = re.compile(r"[a-z][a-z0-9-]{2,}")


def _raw_words(text, lemmas):
    from spacy.lang.en.stop_words import STOP_WORDS

    return {w for w in PRIOR_WORD.findall(text.lower()) if w not in STOP_WORDS}


def _lemma_words(text, lemmas):
    from spacy.lang.en.stop_words import STOP_WORDS

    return {w for w in (x.lower() for x in lemmas)
            if PRIOR_WORD.fullmatch(w) and w not in STOP_WORDS}


def _with_pairs(text, lemmas):
    from spacy.lang.en.stop_words import STOP_WORDS

    words = [w for w in PRIOR_WORD.findall(text.lower())]
    pairs = {f"{a} {b}" for a, b in zip(words, words[1:])
             if a not in STOP_WORDS and b not in STOP_WORDS}
    return _raw_words(text, lemmas) | pairs


def word_prior(pool, words_of=_raw_words, smoothing=2.0, reduce="mean", min_cited=5):
    """in_context.words_cited over the pooled prose sentences, with its parts as options."""
    import math

    def log_odds(p):
        return math.log(p / (1.0 - p))

    bags = [words_of(text, lemmas) for text, _, lemmas in pool]
    used, cited = {}, {}
    for (_, is_cited, _), words in zip(pool, bags):
        for word in words:
            used[word] = used.get(word, 0) + 1
            cited[word] = cited.get(word, 0) + is_cited
    total, total_cited = len(pool), sum(c for _, c, _ in pool)
    values = []
    for (_, is_cited, _), words in zip(pool, bags):
        if total_cited - is_cited < min_cited:
            values.append(0.0)
            continue
        rate = (total_cited - is_cited + 1) / (total - 1 + 2)
        moved = [log_odds((cited[w] - is_cited + smoothing * rate) / (used[w] - 1 + smoothing))
                 - log_odds(rate) for w in words if used[w] > 1]
        if not moved:
            values.append(0.0)
        elif reduce == "mean":
            values.append(sum(moved) / len(moved))
        elif reduce == "sqrt":
            values.append(sum(moved) / math.sqrt(len(moved)) / 2)
        elif reduce == "top":
            ranked = sorted(moved, key=abs, reverse=True)[:5]
            values.append(sum(ranked) / len(ranked))
        else:
            raise ValueError(reduce)
    return values


PRIORS = {
    "as shipped (raw words, smoothing 2, mean)": {},
    "lemmas instead of lower-cased words": {"words_of": _lemma_words},
    "words and adjacent content-word pairs": {"words_of": _with_pairs},
    "smoothing 1": {"smoothing": 1.0},
    "smoothing 4": {"smoothing": 4.0},
    "smoothing 8": {"smoothing": 8.0},
    "sum over sqrt(n) / 2 instead of the mean": {"reduce": "sqrt"},
    "mean of the five strongest words": {"reduce": "top"},
    "lemmas, smoothing 4": {"words_of": _lemma_words, "smoothing": 4.0},
}


def with_prior(sets, options):
    """The sets with each row's word prior recomputed with `options`."""
    moved = []
    for name, rows, total, lost, pool in sets:
        values = word_prior(pool, **options)
        new_rows = [r[:6] + ((values[r[7]["pool"]] if r[7]["pool"] is not None else 0.0),)
                    + r[7:] for r in rows]
        moved.append((name, new_rows, total, lost, pool))
    return moved


def run(sets, extra: list[str]):
    """Leave one manuscript out with the candidate cues `extra` added as cue names;
    [(name, P at R 0.80)], pooled P at R 0.80, pooled rows and points."""
    from lint.data import load_data

    names = list(load_data("in_context.yaml")["cues"]) + extra
    # The candidates join each row's cues, as a worded cue of in_context.yaml would.
    dev = []
    for name, rows, total, *_ in sets:
        moved = []
        for r in rows:
            cues = tuple(r[2]) + tuple(c for c in extra if CANDIDATES[c](r[7]))
            moved.append((r[0], r[1], cues) + r[3:])
        dev.append((name, moved, total))
    per, pooled_rows, pooled_points, total_all = [], [], [], 0
    for name, rows, total in dev:
        others = [(r, t) for n, r, t in dev if n != name]
        claim_weight, bias, weights = fit([r for o, _ in others for r in o], names)
        bias += lowest_shift(others, claim_weight, bias, weights)
        placed = points(rows, claim_weight, bias, weights)
        per.append((name, precision_at_recall(rows, total, placed)))
        pooled_rows += rows
        pooled_points += placed
        total_all += total
    return per, precision_at_recall(pooled_rows, total_all, pooled_points), pooled_rows, \
        pooled_points, total_all


def run_numeric(sets, extra):
    """Leave one manuscript out with graded features `extra` ({name: row -> float}) added
    to fit_in_context.py's (the same regression; each fold's bias set as there)."""
    from sklearn.linear_model import LogisticRegression

    from fit_in_context import features, shift_to_recall
    from lint.data import load_data

    names = list(load_data("in_context.yaml")["cues"])

    def matrix(rows):
        return [f + [fn(r) for fn in extra.values()] for f, r in zip(features(rows, names),
                                                                       rows)]

    dev = [(name, rows, total) for name, rows, total, *_ in sets]
    per, pooled_rows, pooled_points, total_all = [], [], [], 0
    for name, rows, total in dev:
        others = [r for n, o, _ in dev if n != name for r in o if not r[3]]
        model = LogisticRegression(max_iter=2000).fit(matrix(others), [r[0] for r in others])
        train_rows = [(r, t) for n, r, t in dev if n != name]
        cited = [s for o, _ in train_rows
                 for r, s in zip(o, model.decision_function(matrix(o))) if r[0] and not r[3]]
        shift = shift_to_recall(cited, sum(r[0] and r[4] for o, _ in train_rows for r in o),
                                sum(t for _, t in train_rows))
        placed = [float(x) + shift for x in model.decision_function(matrix(rows))]
        per.append((name, precision_at_recall(rows, total, placed)))
        pooled_rows += rows
        pooled_points += placed
        total_all += total
    return per, precision_at_recall(pooled_rows, total_all, pooled_points)


NUMERIC = {
    "none (the regression as shipped, refitted here)": {},
    "claim points x section share": {"cs": lambda r: r[1] * r[5]},
    "claim points x word prior": {"cw": lambda r: r[1] * r[6]},
    "word prior x section share": {"ws": lambda r: r[6] * r[5]},
    "claim points squared": {"c2": lambda r: r[1] * r[1]},
    "word prior squared": {"w2": lambda r: r[6] * r[6]},
    "all four products": {"cs": lambda r: r[1] * r[5], "cw": lambda r: r[1] * r[6],
                          "ws": lambda r: r[6] * r[5], "c2": lambda r: r[1] * r[1]},
    "section's 'we' share (graded)": {"we": lambda r: r[7]["section we share"]},
    "paragraph's 'we' share (graded)": {"pwe": lambda r: r[7]["paragraph we share"]},
    "how much of the text uses its most used name (graded)":
        {"nu": lambda r: max(r[7]["name uses"], default=0.0) * 10},
}


def threshold(rows, scores, total) -> float:
    ranked = sorted((s, r[0]) for r, s in zip(rows, scores) if not r[3])[::-1]
    found = 0
    for score, gold in ranked:
        found += gold
        if found >= RANKING_RECALL * total:
            return score
    return float("-inf")


def sample(sets) -> None:
    """Print 60 false alarms and 60 misses at the pooled threshold (seeded)."""
    per, pooled, rows, scores, total = run(sets, [])
    at = threshold(rows, scores, total)
    owner = [name for name, r, *_ in sets for _ in r]
    alarms = [(o, r, s) for o, r, s in zip(owner, rows, scores) if not r[0] and not r[3]
              and s >= at]
    misses = [(o, r, s) for o, r, s in zip(owner, rows, scores) if r[0] and (r[3] or s < at)]
    lost = [(name, text, why, info) for name, _, _, lost, *_ in sets for text, why, info in lost]
    print(f"pooled P at R 0.80 {pooled:.3f}; threshold {at:+.3f}; false alarms {len(alarms)}; "
          f"misses scored {len(misses)} (of which decided elsewhere "
          f"{sum(bool(r[3]) for _, r, _ in misses)}); cited never scored {len(lost)}")
    chooser = random.Random(176)
    picked_alarms = chooser.sample(alarms, 60)
    # Misses drawn from every miss, scored or not, in proportion.
    pool = [("scored", m) for m in misses] + [("never scored", m) for m in lost]
    picked_misses = chooser.sample(pool, 60)
    writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    writer.writerow(["kind", "manuscript", "score", "why", "heading", "index", "before",
                     "text"])
    for name, r, s in picked_alarms:
        i = r[7]
        writer.writerow(["false alarm", name, f"{s:+.2f}", ";".join(r[2]), i["heading"],
                         f"{i['index']}/{i['paragraph size']}",
                         ("[cited] " if i["before cited"] else "") + i["before"], i["text"]])
    for kind, m in picked_misses:
        if kind == "scored":
            name, r, s = m
            i = r[7]
            why = r[8] or ";".join(r[2])
            score = f"{s:+.2f}"
        else:
            name, text, why, i = m
            score = "unscored"
        writer.writerow(["miss", name, score, why, i["heading"],
                         f"{i['index']}/{i['paragraph size']}",
                         ("[cited] " if i["before cited"] else "") + i["before"], i["text"]])


def causes() -> None:
    """Tally the hand-sorted sample: cause counts for false alarms and misses."""
    from collections import Counter

    with CAUSES.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    for kind in ("false alarm", "miss"):
        tally = Counter(r["cause"] for r in rows if r["kind"] == kind)
        size = sum(tally.values())
        print(f"{kind}{'es' if kind == 'miss' else 's'} ({size}):")
        for cause, count in tally.most_common():
            print(f"  {cause}: {count} ({count / size:.0%})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", action="store_true")
    parser.add_argument("--causes", action="store_true")
    parser.add_argument("--fresh", action="store_true", help="re-read the manuscripts")
    parser.add_argument("--only", help="candidate names, separated by ;")
    parser.add_argument("--with", dest="together", help="candidates, separated by ;, together")
    parser.add_argument("--numeric", action="store_true",
                        help="graded features and products of the shipped ones")
    parser.add_argument("--priors", action="store_true",
                        help="forms of the text's word prior instead of new cues")
    parser.add_argument("--per", action="store_true", help="per manuscript for each candidate")
    args = parser.parse_args()
    if args.causes:
        causes()
        return
    sets = collect(args.fresh)
    if args.sample:
        sample(sets)
        return
    if args.numeric:
        per0, pooled0 = run_numeric(sets, {})
        mean0 = sum(p for _, p in per0) / len(per0)
        for label, extra in NUMERIC.items():
            per, pooled = run_numeric(sets, extra)
            mean = sum(p for _, p in per) / len(per)
            better = sum(p > q + 1e-9 for (_, p), (_, q) in zip(per, per0))
            worse = sum(p < q - 1e-9 for (_, p), (_, q) in zip(per, per0))
            print(f"{label}: pooled {pooled:.3f} ({pooled - pooled0:+.3f}), mean {mean:.3f} "
                  f"({mean - mean0:+.3f}), better / worse {better} / {worse}")
        return
    if args.priors:
        check = with_prior(sets, {})
        drift = max(abs(a[6] - b[6]) for (_, x, *_), (_, y, *_) in zip(sets, check)
                    for a, b in zip(x, y))
        print(f"the shipped prior reproduced to {drift:.5f}")
        per0, pooled0, *_ = run(sets, [])
        mean0 = sum(p for _, p in per0) / len(per0)
        print(f"baseline: pooled {pooled0:.3f}, mean {mean0:.3f}")
        for label, options in PRIORS.items():
            per, pooled, *_ = run(with_prior(sets, options), [])
            mean = sum(p for _, p in per) / len(per)
            better = sum(p > q + 1e-9 for (_, p), (_, q) in zip(per, per0))
            worse = sum(p < q - 1e-9 for (_, p), (_, q) in zip(per, per0))
            print(f"{label}: pooled {pooled:.3f} ({pooled - pooled0:+.3f}), mean {mean:.3f} "
                  f"({mean - mean0:+.3f}), better / worse {better} / {worse}")
            if args.per:
                for (name, p), (_, q) in zip(per, per0):
                    print(f"    {name}: {q:.3f} -> {p:.3f}")
        return
    per0, pooled0, *_ = run(sets, [])
    mean0 = sum(p for _, p in per0) / len(per0)
    print(f"baseline: pooled {pooled0:.3f}, mean {mean0:.3f}")
    trials = ([args.together.split(";")] if args.together else
              [[c] for c in (args.only.split(";") if args.only else CANDIDATES)])
    for extra in trials:
        fired = [r for _, rows, *_ in sets for r in rows
                 if all(CANDIDATES[c](r[7]) for c in extra)]
        print(f"  fires on {len(fired)} scored dev sentences, {sum(r[0] for r in fired)} cited "
              f"(all: {sum(r[0] for _, rows, *_ in sets for r in rows)}/"
              f"{sum(len(rows) for _, rows, *_ in sets)})")
        per, pooled, *_ = run(sets, extra)
        mean = sum(p for _, p in per) / len(per)
        better = sum(p > q + 1e-9 for (_, p), (_, q) in zip(per, per0))
        worse = sum(p < q - 1e-9 for (_, p), (_, q) in zip(per, per0))
        print(f"{' + '.join(extra)}: pooled {pooled:.3f} ({pooled - pooled0:+.3f}), mean "
              f"{mean:.3f} ({mean - mean0:+.3f}), better / worse {better} / {worse}")
        if args.per:
            for (name, p), (_, q) in zip(per, per0):
                print(f"    {name}: {q:.3f} -> {p:.3f}")


if __name__ == "__main__":
    main()
