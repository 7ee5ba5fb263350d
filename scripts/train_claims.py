"""Train the claim scorer's weights (lint/data/claim_model.json).

A logistic regression over the features of lint/annotate/claim_model.py
(lemmas, word pairs, the claims.yaml cue groups, domain terms, shape),
fitted on openly licensed labelled sentences only:

- the citation-worthiness sets of CC BY manuscripts in bench/data/citeworthy/
  whose split is `train` (sources.tsv): 1 where the authors cited a sentence;
- the health-page set bench/data/health_pages/sentences.tsv: health profile,
  every development row (train and dev splits, the test sites of the labelling
  rounds already read, eval_claims.SPENT_ROUNDS) whose text is openly licensed
  (public domain, CC0, CC BY, CC BY-SA), 1 where the sentence needs a citation;
  scholarly profile, the train split's such rows as the other genre. Rows whose
  text is under copyright or a non-commercial licence only measure (our labels,
  others' text): `--all-licences` shows what they would add, and never writes
  the shipped file.

Rows that the health profile's `not_claims` recognisers (claims.yaml) set aside
train nothing in that profile and count as "not a claim" when its threshold
is chosen, as in a check.

Health: the vocabulary's minimum count, C, the article's weight and the threshold
are chosen by leave-site-out cross-validation (scripts/claims_cv.py); `--nested`
first prints the honest estimate of that procedure. Scholarly: C, the other
genre's weight and the threshold are chosen on the dev manuscripts and the shared
deep-review set.
Everything is seeded; the same data give the same file.

    pip install '.[train]'
    python3 scripts/train_claims.py            # writes lint/data/claim_model.json
    python3 scripts/train_claims.py --dry-run  # dev figures only
    python3 scripts/train_claims.py --profile health  # keep the scholarly weights
    python3 scripts/train_claims.py --profile health --gate  # written only if the pinned tests pass
    python3 scripts/train_claims.py --profile health --nested --dry-run  # honest estimate
    python3 scripts/train_claims.py --all-licences  # dev figures with copyrighted rows too
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
from scores import label_scores  # noqa: E402

CITEWORTHY = REPO / "bench" / "data" / "citeworthy"
HEALTH = REPO / "bench" / "data" / "health_pages" / "sentences.tsv"
# Session 18: with 35 training manuscripts a scholarly vocabulary of words seen 3 times makes a
# 516 KB model file for the same dev F1 (0.487 against 0.486 at 5) and the same in-context
# ranking (pooled P at R 0.80 0.472 either way); words seen 5 times keep the file at 330 KB.
SCHOLARLY_MIN_COUNTS = (5,)
OUT = REPO / "lint" / "data" / "claim_model.json"
SEED = 15
TRAINABLE_LICENCES = ("public domain", "cc0", "cc by 4.0", "cc by-sa", "cc by ")
# The scholarly profile's grid of C reaches down to 0.1 (session 12): the manuscripts'
# authors cite by habit more than by wording, and a more regularised scorer ranked the dev
# manuscripts' cited sentences better alone (bench/README.md, session 12).
SCHOLARLY_C = (0.1, 0.3, 1.0, 3.0)
# Kinds whose rows a check never judges as prose (the document says what they are).
STRUCTURAL_KINDS = {"heading", "caption"}


def read_tsv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE,
                                   escapechar="\\"))


def citeworthy_sets() -> dict[str, list[tuple[str, int]]]:
    """split -> [(text, label)] over the manuscripts of that split."""
    out: dict[str, list[tuple[str, int]]] = {"train": [], "dev": [], "test": []}
    for source in read_tsv(CITEWORTHY / "sources.tsv"):
        rows = read_tsv(CITEWORTHY / f"{source['name']}.tsv")
        out[source["split"]].extend((r["text"], int(r["label"])) for r in rows)
    return out


def trainable(licence: str) -> bool:
    lowered = licence.lower()
    return not any(bad in lowered for bad in ("unknown", "copyright", "-nc", "ogl",
                                              "open government")) and any(
        ok in lowered for ok in TRAINABLE_LICENCES)


def health_sets(path: Path = HEALTH, strict: bool = True,
                spent: bool = False) -> dict[str, list[tuple[str, int]]]:
    """split -> [(text, needs_citation)]; strict: `train` keeps openly licensed text only,
    and the train split's other rows go to `measure_only`.

    spent: the test sites of the labelling rounds already read once (eval_claims.
    SPENT_ROUNDS) are development data: their openly licensed rows train (also listed
    under `spent_train`), the others tune and measure (`spent_measure`, also in
    `measure_only`). Off for the shipped model (`--spent` shows why: docs/model-card-
    claims.md); otherwise those rows stay under `test`, which this script never scores.
    """
    out: dict[str, list[tuple[str, int]]] = {"train": [], "dev": [], "test": [],
                                             "measure_only": [], "spent_train": [],
                                             "spent_measure": []}
    if not path.is_file():
        return out
    sys.path.insert(0, str(REPO / "bench"))
    from eval_claims import SPENT_ROUNDS, site_rounds

    rounds = site_rounds()
    for row in read_tsv(path):
        if row["kind"] in STRUCTURAL_KINDS:
            continue
        split = row["split"]
        pair = (row["text"], int(row["needs_citation"]))
        if split == "test" and spent and rounds.get(row["site"], 1) in SPENT_ROUNDS:
            split = "train"
            out["spent_train" if not strict or trainable(row["licence"])
                else "spent_measure"].append(pair)
        if strict and split == "train" and not trainable(row["licence"]):
            split = "measure_only"
        out[split].append(pair)
    return out


def development_rows(path: Path = HEALTH) -> list:
    """Every health-page row that is development data (claims_cv.Row): the train and dev
    splits and the test sites of the rounds already read once (never a fresh round)."""
    from claims_cv import Row
    from eval_claims import SPENT_ROUNDS, site_rounds

    rounds = site_rounds()
    out = []
    heading, page, section = "", None, 0
    for row in read_tsv(path) if path.is_file() else []:
        if row["url"] != page:
            heading, page, section = "", row["url"], 0
        if row["kind"] == "heading":
            # The rows are in their page's order: a heading row names the section below it.
            heading, section = row["text"], section + 1
        if row["kind"] in STRUCTURAL_KINDS:
            continue
        group = row["split"]
        if group == "test":
            number = rounds.get(row["site"], 1)
            if number not in SPENT_ROUNDS:
                continue
            group = f"round {number}"
        out.append(Row(row["text"], int(row["needs_citation"]), row["site"], group,
                       trainable(row["licence"]), row["url"], heading, section))
    return out


def train_health_cv(path: Path, nested: bool, log, goal: float,
                    held_rounds: tuple[int, ...] = (), min_sites: int | None = None,
                    dump: Path | None = None) -> dict:
    """The health profile fitted on every openly licensed development row, its
    configuration and threshold chosen by leave-site-out cross-validation
    (scripts/claims_cv.py); with `nested`, first the honest estimate of the procedure.
    With `held_rounds`, for each of them in turn that round's rows are left out of all of
    it and scored at the end by the model so fitted (how the procedure carries to a round
    it never saw), and a table of the rounds closes. `dump`: each scored row's held-out
    score and decision (out of fold, or the held round's) as a TSV, for reading errors."""
    every = development_rows(path)
    for held_round in held_rounds:
        if not any(r.group == f"round {held_round}" for r in every):
            raise SystemExit(f"round {held_round} has no development rows (SPENT_ROUNDS)")
    article = article_gold()
    texts = sorted({r.text for r in every} | {t for t, _ in article})
    features_of = dict(zip(texts, featurize(texts, forms=True)))
    add_heading_features(features_of, every)
    every = with_forms(every, features_of)
    aside = set_aside(texts)
    dumped: list[tuple] = []
    if not held_rounds:
        profile = _health_procedure(every, [], None, article, features_of, aside, nested, log,
                                    goal, min_sites, dumped)
        if dump:
            _write_dump(dump, dumped)
        return profile
    table = []
    for held_round in held_rounds:
        rows = [r for r in every if r.group != f"round {held_round}"]
        held = [r for r in every if r.group == f"round {held_round}"]
        found = _health_procedure(rows, held, held_round, article, features_of, aside,
                                  nested, log, goal, min_sites, dumped)
        table.append((held_round, found))
    log("   leave-round-out, each round scored by the procedure run without it "
        "(P / R / F1): the sentence alone; read in its page")
    for n, found in table:
        alone, paged = found["alone"], found["paged"]
        log(f"   round {n}  n={paged['n']:<4} {alone['precision']:.3f} / {alone['recall']:.3f} / "
            f"{alone['f1']:.3f};  {paged['precision']:.3f} / {paged['recall']:.3f} / "
            f"{paged['f1']:.3f}")
    means = [sum(f["paged"][k] for _, f in table) / len(table)
             for k in ("precision", "recall", "f1")]
    log(f"   mean, read in its page: P {means[0]:.3f} R {means[1]:.3f} F1 {means[2]:.3f}")
    if dump:
        _write_dump(dump, dumped)
    return {}


def with_forms(rows: list, features_of: dict) -> list:
    """The rows with their grammatical forms and cue groups (claims_cv.Row.forms: "grammar=...",
    "cue=..."), read from their features, for the page prior's form terms
    (claims_cv.FORM_TERMS)."""
    from dataclasses import replace

    return [replace(r, forms=tuple(f for f in features_of[r.text]
                                   if f.startswith(("grammar=", "cue=")) and "/" not in f))
            for r in rows]


def _write_dump(path: Path, rows: list[tuple]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.write("group\tsite\tpage\tlabel\tscore\talone\tpaged\ttext\n")
        for row, score, alone, paged in rows:
            handle.write(f"{row.group}\t{row.site}\t{row.page}\t{row.label}\t{score:.3f}\t"
                         f"{alone}\t{paged}\t{row.text}\n")


def _health_procedure(rows: list, held: list, held_round: int | None, article: list,
                      features_of: dict, aside: set, nested: bool, log, goal: float,
                      min_sites: int | None, dumped: list[tuple]) -> dict:
    """train_health_cv on `rows`; `held` (a round left out) scored at the end. Each scored
    row's held-out score and decisions are appended to `dumped`: the held round's rows,
    or without one, every row out of fold."""
    import claims_cv

    folds = claims_cv.Folds(rows, article, features_of, aside, goal,
                            claims_cv.MIN_SITES if min_sites is None else min_sites,
                            claims_cv.FOLDS_BY_ROUND)
    log(f"   health CV: {len(rows)} development rows of {len({r.site for r in rows})} sites "
        f"({sum(r.trainable for r in rows)} openly licensed, the only ones that train), "
        f"{folds.count} groups of {'rounds' if claims_cv.FOLDS_BY_ROUND else 'sites'}; "
        f"threshold for precision >= {goal}")
    estimate = {}
    if nested:
        log("   nested leave-site-out estimate (configuration and threshold chosen without "
            "the scored sites):")
        paged_estimate = [0] * len(rows)
        estimate = claims_cv.report(rows, folds.nested(log, paged_estimate), log)
        log("   nested leave-site-out estimate, read in its page:")
        claims_cv.report(rows, paged_estimate, log)
    config, threshold, scores = folds.choose(list(range(folds.count)), log)
    log(f"   health CV: chose min count {config.min_count}, C {config.c}, article weight "
        f"{config.article_weight}, threshold {threshold:+.2f}; its out-of-fold figures:")
    alone_oof = [int(scores[i] >= threshold) for i in range(len(rows))]
    pooled = claims_cv.report(rows, alone_oof, log)
    oof = [scores[i] for i in range(len(rows))]
    prior = claims_cv.fit_page_prior(rows, oof, folds.never, threshold, goal)
    log(f"   health CV: page prior weight {prior.weight:+.3f}, the sentences beside "
        f"{prior.neighbours:+.3f}, its section {prior.section:+.3f}, clip {prior.clip}, "
        f"threshold with a page "
        f"{prior.threshold:+.2f}"
        + (", forms " + ", ".join(f"{k.removeprefix('grammar=')} {v:+.2f}"
                                  for k, v in sorted(prior.forms.items())) if prior.forms else "")
        + "; its out-of-fold figures:")
    paged_oof = claims_cv.with_page(rows, oof, folds.never, threshold, prior)
    paged = claims_cv.report(rows, paged_oof, log)
    model, vocabulary = folds.fit(list(range(len(rows))), config)
    if held:
        values = model.decision_function(vocabulary.matrix(
            [claims_cv.row_features(r, features_of) for r in held]))
        never = [r.text.rstrip().endswith("?") or r.text in aside for r in held]
        held_scores = [-99.0 if n else float(v) for v, n in zip(values, never)]
        log(f"   round {held_round}, never seen by the procedure above, the sentence alone:")
        held_alone = [int(v >= threshold) for v in held_scores]
        alone_found = claims_cv.report(held, held_alone, log)
        log(f"   round {held_round}, never seen by the procedure above, read in its page:")
        held_paged = claims_cv.with_page(held, held_scores, never, threshold, prior)
        paged_found = claims_cv.report(held, held_paged, log)
        dumped.extend(zip(held, held_scores, held_alone, held_paged))
        return {"alone": alone_found["all development rows"],
                "paged": paged_found["all development rows"]}
    dumped.extend(zip(rows, oof, alone_oof, paged_oof))
    article_p, article_r = folds.article_figures(model, vocabulary, threshold)
    log(f"   health: article (in training) P {article_p:.3f} R {article_r:.3f}")
    names = sorted(vocabulary.index, key=vocabulary.index.get)
    weights = {n: round(float(v), 3) for n, v in zip(names, model.coef_[0]) if abs(v) >= 0.01}
    return {"bias": round(float(model.intercept_[0]), 4), "threshold": threshold,
            "C": config.c, "other_genre_weight": 0.0, "article_weight": config.article_weight,
            "min_count": config.min_count, "min_sites": folds.min_sites,
            "precision_goal": goal,
            "chosen_by": "leave-site-out cross-validation",
            "dev": pooled["all development rows"],
            "dev_parts": {**({"cross-validated, nested": estimate["all development rows"]}
                             if estimate else {}),
                          **{f"out of fold: {k}": v for k, v in pooled.items()},
                          **{f"out of fold, read in its page: {k}": v
                             for k, v in paged.items()}},
            "page": {"weight": prior.weight, "threshold": prior.threshold,
                     "clip": prior.clip, "min_others": prior.min_others,
                     **({"neighbours": prior.neighbours} if prior.neighbours else {}),
                     **({"section": prior.section} if prior.section else {}),
                     **({"forms": dict(sorted(prior.forms.items()))} if prior.forms else {})},
            "weights": dict(sorted(weights.items()))}


def add_heading_features(features_of: dict, rows: list) -> None:
    """features_of[("heading", text)]: the words of each heading a row sits under, as
    features of the row ("under:symptom"): the lemmas of the heading's own features (an
    experiment, `--heading-words`: it lowered the leave-round-out F1, bench/README.md,
    session 15, branch i162)."""
    headings = sorted({r.heading for r in rows if r.heading})
    for heading, features in zip(headings, featurize(headings)):
        features_of[("heading", heading)] = sorted(
            {"under:" + f for f in features
             if " " not in f and "=" not in f and not f.startswith(("<", "len"))})


def set_aside(texts: list[str]) -> set[str]:
    """The texts that the health profile's not_claims recognisers (claims.yaml) decide
    before the model: they train nothing and are never claims when tuning."""
    from lint.annotate.claims import ClaimDetector
    from lint.lines import document_from_lines
    from lint.nlp import BLANK, pipeline

    detector = ClaimDetector(pipeline(BLANK), use_model=False, profile="health")
    reasons = {reason for reason, _ in detector.not_claims}
    out = set()
    for start in range(0, len(texts), 500):
        document = document_from_lines(texts[start:start + 500], BLANK)
        for block in document.blocks:
            detector.judge_block(block)
            out |= {s.text for s in block.sentences
                    if s.annotations.claim.excluded in reasons}
    return out


def featurize(texts: list[str], forms: bool = False) -> list[list[str]]:
    """Each sentence's features, through the same annotator a check uses (cues only);
    `forms`: with the grammatical forms (sentence_forms.py), which only the health
    profile weighs."""
    from lint.annotate.claim_model import sentence_features, token_norms
    from lint.annotate.claim_speaker import speaker_attribution
    from lint.annotate.claims import ClaimDetector
    from lint.lines import document_from_lines
    from lint.nlp import BLANK, pipeline

    nlp = pipeline(BLANK)
    cue_detector = ClaimDetector(nlp, use_model=False)
    # Every row gets its cues; which rows the health profile sets aside is `set_aside`.
    cue_detector.not_claims = []
    needs_domain = frozenset(n for n, g in cue_detector.groups.items() if g.needs_domain)
    out = []
    for start in range(0, len(texts), 500):
        document = document_from_lines(texts[start:start + 500], BLANK)
        for block in document.blocks:
            cue_detector.judge_block(block)
            for sentence in block.sentences:
                judgment = sentence.annotations.claim
                start, end = sentence.token_start, sentence.token_end
                tokens = block.nlp_doc[start:end]
                # As a check scores a health page: a quotation's speaker is not weighed, only
                # counted in the length (claim_speaker.py; session 30). The scholarly
                # profile (forms off) weighs the whole sentence.
                weighed = (speaker_attribution().scored_end(
                    block.nlp_doc, start, end, sentence.text.rstrip()) if forms else end)
                norms = token_norms(tokens, capitals_as_words=True)
                if weighed != end:
                    kept = token_norms(block.nlp_doc[start:weighed], capitals_as_words=True)
                    norms, count = kept, len(norms[0])
                else:
                    count = None
                out.append(sentence_features(
                    norms, [c.group for c in judgment.cues],
                    len(judgment.domain_terms), sentence.text, needs_domain,
                    cue_detector.forms.of(sentence.text.rstrip()) if forms else (), count))
    return out


class Vocabulary:
    """The features that get a weight: words and pairs seen in at least `min_count` training
    sentences and, given each sentence's site (`sites`), on at least `min_sites` sites: one
    site's wording (its name, its programme's acronym, its house phrases) says nothing of
    the genre, and a weight fitted to it carries that site's labels to every other page.
    Features with a "kind=" prefix (cues, forms, shape) are always kept."""

    def __init__(self, feature_lists: list[list[str]], min_count: int,
                 sites: list[str] | None = None, min_sites: int = 1):
        counts: dict[str, int] = {}
        seen_on: dict[str, set] = {}
        for n, features in enumerate(feature_lists):
            for f in set(features):
                counts[f] = counts.get(f, 0) + 1
                if sites is not None:
                    seen_on.setdefault(f, set()).add(sites[n])
        kept = sorted(f for f, c in counts.items()
                      if "=" in f or (c >= min_count and (
                          sites is None or len(seen_on[f]) >= min_sites)))
        self.index = {f: i for i, f in enumerate(kept)}

    def matrix(self, feature_lists: list[list[str]]):
        from scipy.sparse import csr_matrix

        rows, cols = [], []
        for r, features in enumerate(feature_lists):
            for f in set(features):
                if f in self.index:
                    rows.append(r)
                    cols.append(self.index[f])
        return csr_matrix(([1.0] * len(rows), (rows, cols)),
                          shape=(len(feature_lists), len(self.index)))


def prf(gold: list[int], predicted: list[int]) -> dict:
    s = label_scores(gold, predicted)
    return {key: s[key] for key in ("n", "precision", "recall", "f1")}  # the model card's "dev"


def choose_threshold(gold: list[int], logits: list[float], profile: str) -> float:
    """The logit threshold that best meets a profile's goal on its dev data.

    health: the highest recall at precision >= 0.90 (the issue's target), else best F1;
    scholarly: the highest precision at recall >= 0.80, else best F1.
    """
    best, best_key = 0.0, None
    for t in sorted(set(round(x, 2) for x in logits)):
        s = prf(gold, [int(x >= t) for x in logits])
        if profile == "health":
            key = (1, s["recall"]) if s["precision"] >= 0.90 else (0, s["f1"])
        else:
            key = (1, s["precision"]) if s["recall"] >= 0.80 else (0, s["f1"])
        if best_key is None or key > best_key:
            best, best_key = t, key
    return best


def fit(features, labels, weights, vocabulary: Vocabulary, c: float):
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, solver="liblinear", random_state=SEED, max_iter=1000)
    model.fit(vocabulary.matrix(features), labels, sample_weight=weights)
    return model


def deepreview_dev() -> list[tuple[str, int]]:
    """The shared citation-worthiness dev set (never copied here); empty when absent."""
    path = REPO.parent / "shared" / "eval" / "citeworthy_deepreview.tsv"
    if not path.is_file():
        return []
    return [(r["text"], int(r["label"])) for r in read_tsv(path)]


def train_profile(profile: str, own: list, other: list, dev: list, features_of: dict,
                  min_counts: tuple[int, ...], log, article: list = (),
                  report: dict | None = None, aside: set[str] = frozenset()) -> dict:
    """Fit one profile's weights: its own genre's rows at weight 1, the other genre's rows
    and (health) the article's gold rows at weights chosen on dev, like C and the threshold.

    The article's rows are there so that a learned model does not undo what the article's
    gold set guards; a weight that keeps its floors (precision 0.90, recall 0.85, with a
    margin) is preferred, then the dev goal decides.
    """
    best = None
    # Rows a recogniser sets aside never reach the model: they neither train it nor
    # move its threshold (the profile's tuning sees them as "not a claim").
    own = [row for row in own if row[0] not in aside]
    article = list(article)
    article_rows = [row for row in article if row[0] not in aside]

    def never(text: str) -> bool:
        return text.rstrip().endswith("?") or text in aside

    for min_count, other_weight, article_weight in (
            (m, o, a) for m in min_counts for o in (0.0, 0.1, 0.3)
            for a in ((0.0, 0.1, 0.2, 0.3, 0.5, 1.0) if article else (0.0,))):
        rows = own + (other if other_weight else []) + (article_rows if article_weight else [])
        x = [features_of[t] for t, _ in rows]
        y = [label for _, label in rows]
        w = ([1.0] * len(own) + ([other_weight] * len(other) if other_weight else [])
             + ([article_weight] * len(article_rows) if article_weight else []))
        vocabulary = Vocabulary(x, min_count)
        dev_x = vocabulary.matrix([features_of[t] for t, _ in dev])
        gold = [label for _, label in dev]
        for c in SCHOLARLY_C if profile == "scholarly" else (0.3, 1.0, 3.0):
            model = fit(x, y, w, vocabulary, c)
            logits = [(-99.0 if never(text) else float(v))
                      for (text, _), v in zip(dev, model.decision_function(dev_x))]
            threshold = choose_threshold(gold, logits, profile)
            figures = prf(gold, [int(v >= threshold) for v in logits])
            floors, shown = True, ""
            if article:
                article_logits = model.decision_function(
                    vocabulary.matrix([features_of[t] for t, _ in article]))
                on_article = prf([label for _, label in article],
                                 [int(v >= threshold and not never(t)) for (t, _), v in zip(article, article_logits)])
                floors = on_article["precision"] >= 0.91 and on_article["recall"] >= 0.87
                shown = (f" article P {on_article['precision']:.3f} "
                         f"R {on_article['recall']:.3f}")
            goal = (figures["precision"] >= 0.90, figures["recall"]) if profile == "health" \
                else (figures["recall"] >= 0.80, figures["precision"])
            log(f"{profile:>9}: other-genre weight {other_weight:<4} article weight "
                f"{article_weight:<4} C {c:<4} dev P {figures['precision']:.3f} "
                f"R {figures['recall']:.3f} F1 {figures['f1']:.3f} "
                f"(threshold {threshold:+.2f}){shown}"
                f"{'' if floors else ' article floors missed'}")
            if profile == "scholarly":
                # Dev precision is read to two places (a hundredth is about a dozen
                # sentences); within that, more of the other genre's rows win: the model
                # then knows words the dev manuscripts never use ("adults", "blood").
                goal = (goal[0], round(goal[1], 2), other_weight)
            key = (floors, goal, figures["f1"])
            if best is None or key > best[0]:
                best = (key, model, vocabulary, threshold, figures, c, other_weight,
                        article_weight, min_count)
    _, model, vocabulary, threshold, figures, c, other_weight, article_weight, min_count = best
    names = sorted(vocabulary.index, key=vocabulary.index.get)
    weights = {n: round(float(v), 3) for n, v in zip(names, model.coef_[0]) if abs(v) >= 0.01}
    log(f"{profile:>9}: chose min count {min_count}, C {c}, other-genre weight {other_weight}, "
        f"article weight {article_weight}: {figures}")
    parts = {}
    for name, rows in ((n, r) for n, r in (report or {}).items() if r):
        logits = model.decision_function(vocabulary.matrix([features_of[t] for t, _ in rows]))
        parts[name] = prf([label for _, label in rows],
                          [int(v >= threshold and not never(t))
                           for (t, _), v in zip(rows, logits)])
        log(f"{profile:>9}: {name}: {parts[name]}")
    return {"bias": round(float(model.intercept_[0]), 4), "threshold": threshold,
            "C": c, "other_genre_weight": other_weight, "article_weight": article_weight,
            "min_count": min_count, "dev": figures, "dev_parts": parts, "weights": dict(sorted(weights.items()))}


def article_gold() -> list[tuple[str, int]]:
    """The repository article's hand-labelled sentences (tests/data/claims_gold.tsv)."""
    lines = [line for line in (REPO / "tests" / "data" / "claims_gold.tsv").read_text(
        "utf-8").splitlines() if not line.startswith("#")]
    return [(line.split("\t")[2], int(line.split("\t")[0])) for line in lines[1:]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="print dev figures only")
    parser.add_argument("--min-count", type=int, action="append",
                        help="keep words and pairs seen in at least this many training "
                             "sentences (repeatable; default: health chosen on dev among 3 "
                             "and 5, scholarly 5: SCHOLARLY_MIN_COUNTS)")
    parser.add_argument("--health", type=Path, default=HEALTH, help="the health-page set")
    parser.add_argument("--all-licences", action="store_true",
                        help="also train on health rows whose text is under copyright or a "
                             "non-commercial licence: dev figures only, never written")
    parser.add_argument("--spent", action="store_true",
                        help="also train on the openly licensed rows of the test sites of "
                             "the rounds already read once, and tune on their other rows "
                             "(dev figures only, never written): what they would add")
    parser.add_argument("--nested", action="store_true",
                        help="health: first the nested leave-site-out estimate of the whole "
                             "procedure (minutes)")
    parser.add_argument("--hold-out-round", type=int, action="append", metavar="N",
                        help="health: leave round N's sites out of training and tuning and "
                             "score them at the end (dev figures only, never written); "
                             "repeatable: each in turn, then one table")
    parser.add_argument("--dump", type=Path, default=None, metavar="TSV",
                        help="health: write each row's held-out score and decision (out of "
                             "fold, or of the held-out rounds) to this file")
    parser.add_argument("--min-sites", type=int, default=None,
                        help="health: keep words and pairs seen on at least this many sites "
                             "(default: claims_cv.MIN_SITES)")
    parser.add_argument("--precision-goal", type=float, default=None,
                        help="health: the precision the threshold aims at (default: "
                             "claims_cv.PRECISION_GOAL)")
    parser.add_argument("--folds-by", choices=("site", "round"), default=None,
                        help="health: cross-validation folds of sites or of whole labelling "
                             "rounds (default: claims_cv.FOLDS_BY_ROUND)")
    parser.add_argument("--heading-words", type=int, default=0, metavar="FROM",
                        help="health: the words of the heading a row sits under as features, "
                             "from the page's FROM-th heading on (1: all, 2: not the title; "
                             "experiment)")
    parser.add_argument("--no-section-term", action="store_true",
                        help="health: the page prior without the mean score of the row's "
                             "section (claims_cv.SECTION_TERM, on since session 15)")
    parser.add_argument("--form-terms", action="store_true",
                        help="health (experiment): the page prior with a term for each of the "
                             "sentence's grammatical forms and cue groups, fitted on every "
                             "labelled row (claims_cv.FORM_TERMS; off: the licence rule)")
    parser.add_argument("--no-neighbours", action="store_true",
                        help="health: the page prior without the sentences beside a row "
                             "(experiment)")
    parser.add_argument("--fixed-config", action="store_true",
                        help="health: min count 3, C 1.0, article weight 1.0 (a fixed "
                             "configuration) instead of the grid: a quick screen, 18 times "
                             "fewer fits")
    parser.add_argument("--config", metavar="M,C,A",
                        help="health: this one configuration (min count, C, article weight, "
                             "e.g. 3,0.3,1.0) instead of the grid")
    parser.add_argument("--candidate", type=Path, metavar="FILE",
                        help="write the model here instead of lint/data/claim_model.json")
    parser.add_argument("--gate", action="store_true",
                        help="write the model only if it passes scripts/claim_model_gate.py "
                             "(the tests that pin claim verdicts, run against it); on failure "
                             "the shipped files stay byte for byte and the exit code is 1")
    parser.add_argument("--floors-first", action="store_true",
                        help="health: choose the configuration by the article's floors first, "
                             "then the goal (the rule before session 23; claims_cv.STABLE_CHOICE "
                             "off) instead of claims_cv.pick")
    parser.add_argument("--profile", action="append", choices=("health", "scholarly"),
                        help="retrain this profile only and keep the other's weights from "
                             "the shipped file (repeatable)")
    args = parser.parse_args()
    config = parse_config(parser, args.config) if args.config else None
    if args.gate and (args.dry_run or args.all_licences or args.spent or args.hold_out_round):
        # Each of these writes nothing, so there would be no candidate to gate.
        parser.error("--gate gates the model this run writes: not with --dry-run, "
                     "--all-licences, --spent or --hold-out-round (to gate a model written "
                     "elsewhere: scripts/claim_model_gate.py --candidate FILE)")
    if args.all_licences or args.spent or args.hold_out_round:
        args.dry_run = True
    min_counts = tuple(args.min_count or (3, 5))

    cite = citeworthy_sets()
    health = health_sets(args.health, strict=not args.all_licences, spent=args.spent)
    scholarly_dev = cite["dev"] + deepreview_dev()
    if not cite["train"] or not health["train"] or not health["dev"]:
        print("training data missing (bench/data/citeworthy, the health-page set)",
              file=sys.stderr)
        return 2
    article = article_gold()
    texts = sorted({t for rows in (cite["train"], health["train"], health["dev"],
                                   health["measure_only"], scholarly_dev, article)
                    for t, _ in rows})
    features_of = dict(zip(texts, featurize(texts)))
    spent = set(health["spent_train"])
    import claims_cv

    goal = args.precision_goal or claims_cv.PRECISION_GOAL
    if args.heading_words:
        claims_cv.HEADING_WORDS = True
        claims_cv.HEADING_FROM = args.heading_words
    if args.no_section_term:
        claims_cv.SECTION_TERM = False
    if args.no_neighbours:
        claims_cv.PAGE_NEIGHBOURS = False
    if args.form_terms:
        claims_cv.FORM_TERMS = True
    if args.fixed_config:
        claims_cv.MIN_COUNTS, claims_cv.CS, claims_cv.ARTICLE_WEIGHTS = (3,), (1.0,), (1.0,)
    if config:
        claims_cv.MIN_COUNTS, claims_cv.CS, claims_cv.ARTICLE_WEIGHTS = \
            (config[0],), (config[1],), (config[2],)
    if args.floors_first:
        claims_cv.STABLE_CHOICE = False
    if args.folds_by:
        claims_cv.FOLDS_BY_ROUND = args.folds_by == "round"
    experiment = args.all_licences or args.spent
    trainers = {
        # Every openly licensed development row; configuration and threshold by leave-site-out
        # cross-validation (scripts/claims_cv.py).
        "health": lambda: train_health_cv(args.health, args.nested, print, goal,
                                          tuple(args.hold_out_round or ()),
                                          args.min_sites, args.dump),
    } if not experiment else {
        # Experiments of the third pass (never written): tuned on the dev split and on the
        # rows that only measure (pages under copyright: clinics and blogs); each reported.
        "health": lambda: train_profile(
            "health", health["train"], cite["train"], health["dev"] + health["measure_only"],
            features_of, min_counts, print, article,
            report={"dev split": health["dev"],
                    "train and round 1-3 sites, not trained on": health["measure_only"],
                    "round 1-3 sites, openly licensed (in training)": health["spent_train"],
                    "round 1-3 sites, not trained on": health["spent_measure"]},
            aside=set_aside(texts)),
    }
    trainers |= {
        # The scholarly profile keeps its other-genre rows as they were (the train split):
        # the rounds already read once are health-page development data.
        "scholarly": lambda: train_profile(
            "scholarly", cite["train"], [row for row in health["train"] if row not in spent],
            scholarly_dev, features_of, tuple(args.min_count or SCHOLARLY_MIN_COUNTS), print),
    }
    kept = json.loads(OUT.read_text("utf-8"))["profiles"] if args.profile and OUT.is_file() \
        else {}
    profiles = {name: (train() if not args.profile or name in args.profile else kept[name])
                for name, train in trainers.items()}
    for name in profiles:
        if not args.profile or name in args.profile:
            # Its features read a sentence in capitals as words (featurize): scoring must too.
            profiles[name]["capitals_as_words"] = True
    if args.dry_run:
        return 0
    spec = {
        "info": {
            "what": "logistic regression over lint/annotate/claim_model.py features, "
                    "one weight set per genre profile; trained by scripts/train_claims.py",
            "train_sentences": train_sentences(
                len(cite["train"]), sum(r.trainable for r in development_rows(args.health)),
                len(article)),
            "health_profile": "every openly licensed row of the health-page development data "
                              "(train and dev splits, the labelling rounds already read); "
                              "configuration and threshold by leave-site-out cross-validation "
                              "(scripts/claims_cv.py)",
            "licences": "health pages: openly licensed text only (rows under copyright "
                        "or a non-commercial licence only measure); see "
                        "docs/model-card-claims.md",
            "seed": SEED,
        },
        "needs_domain": sorted(_needs_domain()),
        "profiles": profiles,
    }
    if not args.gate:
        write(spec, args.candidate or OUT)
        return 0
    import tempfile

    from claim_model_gate import gate

    with tempfile.TemporaryDirectory() as folder:
        candidate = Path(folder) / "claim_model.json"
        write(spec, candidate)
        if args.candidate:
            write(spec, args.candidate)
        if not gate(candidate):
            print("not written: the candidate failed the gate (scripts/claim_model_gate.py)",
                  file=sys.stderr)
            return 1
    return 0


def parse_config(parser: argparse.ArgumentParser, text: str) -> tuple[int, float, float]:
    """--config M,C,A: a minimum count (a whole number of 1 or more), a C and an article
    weight (each a number above 0); anything else is a usage error, not a traceback."""
    parts = text.split(",")
    try:
        if len(parts) != 3:
            raise ValueError
        m, c, a = int(parts[0]), float(parts[1]), float(parts[2])
        if m < 1 or not c > 0 or not a > 0:
            raise ValueError
    except ValueError:
        parser.error(f"--config {text!r}: three values M,C,A (min count, C, article weight), "
                     "e.g. 3,0.3,1.0")
    return m, c, a


def train_sentences(manuscripts: int, health: int, article: int) -> dict:
    return {"citeworthy manuscripts (CC BY 4.0)": manuscripts,
            "health pages, openly licensed text (public domain, CC BY, CC BY-SA; own labels)":
                health,
            "the repository's article (tests/data/claims_gold.tsv; own labels, health "
            "profile only)": article}


def write(spec: dict, out: Path = OUT) -> None:
    out.write_text(json.dumps(spec, indent=0, ensure_ascii=False) + "\n", "utf-8")
    sizes = {p: len(s["weights"]) for p, s in spec["profiles"].items()}
    print(f"wrote {out}: {sizes} weights, {out.stat().st_size // 1024} KB")


def _needs_domain() -> list[str]:
    from lint.annotate.lexicon import cue_groups, load_data

    data = load_data("claims.yaml")
    return [g.name for g in cue_groups(data, "positive") + cue_groups(data, "negative")
            if g.needs_domain]


if __name__ == "__main__":
    sys.exit(main())
