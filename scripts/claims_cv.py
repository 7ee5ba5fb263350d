"""Leave-site-out cross-validation of the health claim scorer (scripts/train_claims.py).

Every development row of the health-page set (train and dev splits and the test
sites of the labelling rounds already read once, eval_claims.SPENT_ROUNDS; never a
fresh round) is scored by a model that never saw its site: the sites are split into
FOLDS groups (GroupKFold), and each group is scored by a model fitted on the openly
licensed rows of the other groups (plus the repository's article at a chosen weight).
Rows under copyright or a non-commercial licence train nothing and are scored all
the same. Rows that a `not_claims` recogniser sets aside, and questions, are "not a
claim" without the model, as in a check.

Two uses:

- `choose`: the configuration (vocabulary minimum count, C, the article's weight) and
  the threshold of the shipped model, chosen on the pooled out-of-fold scores: the
  highest recall at precision >= the goal, configurations that leave the article below its
  floors passed over;
- `nested`: the honest estimate of that whole procedure: for each group of sites, the
  configuration and threshold are chosen by the same cross-validation on the other
  groups only, then the group is scored once.
"""

from __future__ import annotations

from dataclasses import dataclass

FOLDS = 10
# Folds of whole labelling rounds rather than of sites (Folds(by_round=...)).
FOLDS_BY_ROUND = False
MIN_COUNTS = (3, 5)
CS = (0.3, 1.0, 3.0)
ARTICLE_WEIGHTS = (0.3, 0.5, 1.0)
# A word or pair weighs only when seen on this many training sites (the article is one):
# one site's wording says nothing of the genre (train_claims.Vocabulary).
MIN_SITES = 2
# The target is P >= 0.90 at R >= 0.85 on unseen sites; the threshold aims a little
# above it (`--precision-goal`), for new sites bring new non-claims. Session 12 (i126): at
# 0.92 recall was below 0.85 on four of six rounds held out (5, 6, 9, 11); at 0.91 no
# round's F1 drops and the mean rises 0.865 -> 0.872; at 0.90 the article's CIT001
# precision fell below its floor (0.876). Kept at 0.92 all the same: at 0.91, trained with
# round 11, the model no longer called CIT001's own documented example ("Anastrozole reduces
# the conversion of testosterone to estrogen.") a claim (score 0.452: 'estrogen' -0.96,
# 'testosterone' -0.77), a miss on the field's plainest claim (bench/README.md, session 12).
# Session 14, rounds 8-13 each left out: held-out precision runs 0.02-0.03 under the goal
# (0.92: pooled P 0.897 R 0.825; 0.91: 0.882 / 0.858), so 0.92 is the goal whose unseen
# precision meets the target; lower goals cost five rounds more than 0.01 of precision.
# (`python3 bench/claim_operating_point.py --round 8 ... --round 13 --goal 0.91 --goal 0.92
# --full`: bench/README.md, "Health-page claims, session 14", step 2a.)
# Session 20 (i252, mended in i259): 0.915. Why: at the shipped configuration, each round
# 8-24 left out of the whole procedure, F1 rises or holds on every round against 0.92 while
# precision drops by at most 0.010 per round. On what: held-out precision at 0.915 is at or
# above the goal on rounds 10, 11, 13-16, 20, 22, 24, just under it on round 18 (0.907) and
# well under it on rounds 8, 9, 12 (0.779-0.879): the goal is met out of fold, not on every
# new round (docs/model-card-claims.md, session 20: every round at 0.92 and 0.915).
# 0.915 rather than 0.91 was forced by the article's floor (fitted on every row, 0.91 leaves
# its CIT001 rule at P 0.876; 0.915 at 0.908, tp 99 fp 10: one more false alarm still passes,
# a second does not), chosen after round 24 had been read at several goals, so round 24's
# figures are development figures; round 26 is the unseen test (bench/README.md, "session 20,
# branch i252" and "branch i259").
# Session 21 (i272): kept at 0.915, and the weights kept too; new not_claims recognisers (page
# furniture, a clinic's own staff) set more rows aside before the model. With rounds 20, 22,
# 24 and 26 each left out (the `--fixed-config` screen), held-out precision at 0.915 ran 0.880-0.955 (round 26, the
# last unseen round, under the goal and under the 0.90): the goal is an out-of-fold
# aim, not a promise on new sites (bench/README.md, "session 21, branch i272").
PRECISION_GOAL = 0.915
# The page prior (lint/annotate/claim_page.py): each other sentence's score is clipped to
# one of these, chosen on the out-of-fold scores (one emphatic sentence does not carry a
# page), and a page needs this many others.
PAGE_CLIPS = (1.0, 2.0, 4.0)
PAGE_MIN_OTHERS = 2
# The sentences just before and after a row weigh too (a list item with its lead-in and
# siblings; a section of one kind inside a page of another): claim_page.PagePrior.nearby.
PAGE_NEIGHBOURS = True
# The words of the heading a row sits under as features of its own (train_claims.
# add_heading_features): a section named "Symptoms" against one named "Fees" (an
# experiment that lowered the leave-round-out F1: off).
HEADING_WORDS = False
# The mean score of the other sentences of its section (the part of the page under one
# heading) as a third term of the page prior (claim_page.PagePrior.in_section): a page
# changes kind at its headings ("Symptoms" against "Fees"). Session 15: rounds 10-15 each
# left out, mean F1 0.887 -> 0.890 (i162), and with the training round 17 0.893 -> 0.896,
# no round's precision down by more than 0.004; fitted on every row the article's CIT001
# precision is 0.900, on its floor (bench/README.md, session 15). On; `--no-section-term`
# measures without it.
SECTION_TERM = True
# The grammatical forms of a row (claims.yaml sentence_forms) and its cue groups as terms of
# the page prior, fitted with its weights on the out-of-fold scores of every labelled row: the
# sentence's weights learn a form or cue from the openly licensed rows only, where an
# imperative, an obligation or addressing the reader is a claim less often than on the pages
# that only measure (session 16, i177: 0.39 against 0.71, 0.51 against 0.76, 0.50 against
# 0.68), so held-out rounds under-call them. Rounds 10-16 each left out: mean F1 0.8980 ->
# 0.9014, no round's precision down by more than 0.008 (forms alone: 0.8979, not kept);
# bench/README.md, session 16, branch i177. Off in the shipped model: the gain is the copyrighted
# pages' label rates by form, carried in 22 weights fitted on those rows, which the licence rule
# (docs/model-card-claims.md, "Training data and licences") does not allow to train; measure
# with `--form-terms`.
FORM_TERMS = False
# Session 23 (i324): the configuration is chosen by `pick` (the development rows choose the
# minimum count and C, within this much pooled out-of-fold recall of the best the most
# regularised; the article's floors choose only the article's weight). Off: the rule before,
# floors first. Half a point of recall: the grid's (minimum count, C) pairs differ by
# 0.003-0.01 at one retrain and change order at the next.
STABLE_CHOICE = True
CV_RECALL_TOLERANCE = 0.005
# Heading words only from this heading of the page on (2: not the page's title).
HEADING_FROM = 1
# The article's gold floors are P 0.90 and R 0.85; a configuration keeps a margin. The margin
# covers the page prior, fitted after the choice: read in its page, the article's rule lost up
# to 0.022 of precision against the sentence model alone (0.914 -> 0.892 with round 18, session 17).
ARTICLE_FLOORS = (0.93, 0.87)


@dataclass(frozen=True)
class Row:
    text: str
    label: int
    site: str
    group: str        # "train", "dev" or "round N": where the row's figures are reported
    trainable: bool   # openly licensed text (train_claims.trainable)
    page: str = ""    # the page (its address) the row was read on: its context
    heading: str = ""  # the heading the row sits under on its page ("" when none)
    section: int = 0   # how many headings precede it on its page: its section
    forms: tuple[str, ...] = ()  # its forms and cue groups ("grammar=...", "cue=..."): FORM_TERMS


@dataclass(frozen=True)
class Config:
    min_count: int
    c: float
    article_weight: float


def row_features(row: Row, features_of: dict) -> list[str]:
    """A row's features: its sentence's, and (HEADING_WORDS) its heading's words."""
    if HEADING_WORDS and row.heading and row.section >= HEADING_FROM:
        return features_of[row.text] + features_of[("heading", row.heading)]
    return features_of[row.text]


def configs() -> list[Config]:
    return [Config(m, c, a) for m in MIN_COUNTS for c in CS for a in ARTICLE_WEIGHTS]


def best_threshold(gold: list[int], logits: list[float],
                   goal: float = PRECISION_GOAL) -> tuple[float, tuple]:
    """The threshold with the highest recall at precision >= `goal` (else the best F1), found
    in one sweep over the scores sorted from high to low; and its (met, recall or F1) key."""
    order = sorted(range(len(logits)), key=lambda i: -logits[i])
    positives = sum(gold) or 1
    tp = fp = 0
    best, best_key = (logits[order[0]] if order else 0.0), (0, 0.0)
    for rank, i in enumerate(order):
        tp += gold[i]
        fp += 1 - gold[i]
        if rank + 1 < len(order) and logits[order[rank + 1]] == logits[i]:
            continue  # a threshold cannot split equal scores
        precision, recall = tp / (tp + fp), tp / positives
        f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
        key = (1, recall) if precision >= goal else (0, f1)
        if key > best_key:
            best, best_key = logits[i], key
    return best, best_key


class Folds:
    """The features of every row, and fitting on any subset of them."""

    def __init__(self, rows: list[Row], article: list[tuple[str, int]], features_of: dict,
                 aside: set[str], goal: float = PRECISION_GOAL, min_sites: int = MIN_SITES,
                 by_round: bool = False):
        from sklearn.model_selection import GroupKFold

        self.rows, self.article, self.features_of, self.goal = rows, article, features_of, goal
        self.min_sites = min_sites
        self._x: list | None = None
        self.never = [r.text.rstrip().endswith("?") or r.text in aside for r in rows]
        self.article_rows = [(t, y) for t, y in article if t not in aside]
        self.article_never = [t.rstrip().endswith("?") or t in aside for t, _ in article]
        # by_round: each fold is a labelling round (or split), as a new round meets the
        # model: with its own kinds of page, not sites of kinds already seen.
        groups = [r.group if by_round else r.site for r in rows]
        self.splits = [test.tolist() for _, test in
                       GroupKFold(n_splits=min(FOLDS, len(set(groups)))).split(
                           rows, groups=groups)]
        self.count = len(self.splits)

    def fit(self, train: list[int], config: Config):
        """A model and vocabulary fitted on the given rows (openly licensed, not set aside)
        and the article's rows at the configuration's weight."""
        import train_claims

        own = self.training_rows(train)
        texts = [t for t, _ in self.article_rows]
        labels = [self.rows[i].label for i in own] + [y for _, y in self.article_rows]
        weights = [1.0] * len(own) + [config.article_weight] * len(self.article_rows)
        x = [self.x[i] for i in own] + [self.features_of[t] for t in texts]
        sites = [self.rows[i].site for i in own] + ["the article"] * len(self.article_rows)
        vocabulary = train_claims.Vocabulary(x, config.min_count, sites, self.min_sites)
        return train_claims.fit(x, labels, weights, vocabulary, config.c), vocabulary

    @property
    def x(self) -> list[list[str]]:
        """Each row's features (row_features), built on first use."""
        if self._x is None:
            self._x = [row_features(r, self.features_of) for r in self.rows]
        return self._x

    def training_rows(self, indices: list[int]) -> list[int]:
        """Of the given rows, those that may train: openly licensed, not set aside."""
        return [i for i in indices if self.rows[i].trainable and not self.never[i]]

    def logits(self, model, vocabulary, indices: list[int]) -> list[float]:
        if not indices:
            return []
        values = model.decision_function(vocabulary.matrix([self.x[i] for i in indices]))
        return [-99.0 if self.never[i] else float(v) for i, v in zip(indices, values)]

    def article_figures(self, model, vocabulary, threshold: float) -> tuple[float, float]:
        import train_claims

        values = model.decision_function(vocabulary.matrix(
            [self.features_of[t] for t, _ in self.article]))
        found = train_claims.prf([y for _, y in self.article],
                                 [int(v >= threshold and not never)
                                  for v, never in zip(values, self.article_never)])
        return found["precision"], found["recall"]

    def out_of_fold(self, folds: list[int], config: Config) -> dict[int, float]:
        """Row -> score of a model fitted on the other folds of `folds` (each fold once)."""
        scores = {}
        for k in folds:
            train = [i for j in folds if j != k for i in self.splits[j]]
            model, vocabulary = self.fit(train, config)
            scores.update(zip(self.splits[k], self.logits(model, vocabulary, self.splits[k])))
        return scores

    def choose(self, folds: list[int], log=None) -> tuple[Config, float, dict]:
        """The configuration and threshold chosen by cross-validation over `folds`
        (`pick`): the vocabulary's minimum count and C by the pooled out-of-fold goal, the
        article's weight by the article's floors (the model fitted on all of `folds`, at
        that threshold)."""
        tried = []
        every = [i for k in folds for i in self.splits[k]]
        for config in configs():
            scores = self.out_of_fold(folds, config)
            gold = [self.rows[i].label for i in every]
            threshold, key = best_threshold(gold, [scores[i] for i in every], self.goal)
            model, vocabulary = self.fit(every, config)
            article = self.article_figures(model, vocabulary, threshold)
            floors = article[0] >= ARTICLE_FLOORS[0] and article[1] >= ARTICLE_FLOORS[1]
            if log:
                pooled = figures(gold, [int(scores[i] >= threshold) for i in every])
                log(f"   health CV: min count {config.min_count} C {config.c:<3} article "
                    f"weight {config.article_weight:<3} threshold {threshold:+.2f}: "
                    f"P {pooled['precision']:.3f} R {pooled['recall']:.3f} "
                    f"F1 {pooled['f1']:.3f}; article P {article[0]:.3f} R {article[1]:.3f}"
                    + ("" if floors else " (article floors missed)"))
            tried.append(Tried(config, key, floors, threshold, scores))
        if not STABLE_CHOICE:
            best = max(tried, key=lambda t: (t.floors, t.key))  # the rule before session 23
        else:
            best = pick(tried)
        if log:
            log(f"   health CV: picked min count {best.config.min_count}, C {best.config.c}, "
                f"article weight {best.config.article_weight}"
                + (" (stable choice: CV_RECALL_TOLERANCE "
                   f"{CV_RECALL_TOLERANCE})" if STABLE_CHOICE else " (floors, then the goal)"))
        return best.config, best.threshold, best.scores

    def nested(self, log=None, paged: list[int] | None = None) -> list[int]:
        """Each row's prediction by the whole procedure run without its fold's sites; with
        `paged`, also each row's prediction read in its page (the page prior fitted on the
        other folds' out-of-fold scores, as the shipped one is), filled in."""
        predicted = [0] * len(self.rows)
        everything = list(range(self.count))
        for k in everything:
            inner = [j for j in everything if j != k]
            config, threshold, scores = self.choose(inner)
            train = [i for j in inner for i in self.splits[j]]
            model, vocabulary = self.fit(train, config)
            held = self.splits[k]
            values = self.logits(model, vocabulary, held)
            for i, v in zip(held, values):
                predicted[i] = int(v >= threshold)
            if paged is not None:
                prior = fit_page_prior([self.rows[i] for i in train], [scores[i] for i in train],
                                       [self.never[i] for i in train], threshold, self.goal)
                for i, p in zip(held, with_page([self.rows[i] for i in held], values,
                                                [self.never[i] for i in held], threshold, prior)):
                    paged[i] = p
            if log:
                log(f"   nested fold {k + 1}/{self.count}: chose min count {config.min_count}, "
                    f"C {config.c}, article weight {config.article_weight}, "
                    f"threshold {threshold:+.2f}")
        return predicted


@dataclass(frozen=True)
class Tried:
    """A configuration as cross-validation found it."""
    config: Config
    key: tuple        # best_threshold's (goal met, recall or F1) on the pooled out-of-fold scores
    floors: bool      # its model, fitted on every row, keeps the article's floors
    threshold: float
    scores: dict


def pick(tried: list[Tried]) -> Tried:
    """The stable choice (session 23). The development rows choose the regularisation: each
    (minimum count, C) pair is judged by its best out-of-fold goal among the article weights
    whose model keeps the article's floors (the configuration it would ship); of the pairs
    within CV_RECALL_TOLERANCE of the best pair, the most regularised (the smallest C, then
    the larger minimum count), at that weight (the smallest on a tie). A pair where no weight
    keeps the floors is passed over.

    Why: the earlier rule ranked the floors first, so a check on the article's 142 rows
    (one false alarm moves its precision by about 0.01) chose C; sessions 21 and 22 chose
    C 0.3 and C 1.0 on near-equal out-of-fold recall, and the C 1.0 model rejected claims the
    suite pins (bench/README.md, session 23, branch i324). A pair is judged only by weights
    that keep the floors: judged by one that misses them, it could win with a weight whose
    recall was far lower (review of i324, finding 4)."""
    pairs: dict[tuple[int, float], Tried] = {}
    for t in tried:
        if not t.floors:
            continue
        pair = (t.config.min_count, t.config.c)
        best = pairs.get(pair)
        if best is None or (t.key, -t.config.article_weight) > \
                (best.key, -best.config.article_weight):
            pairs[pair] = t
    if not pairs:
        # No configuration keeps the article's floors: the rule before.
        return max(tried, key=lambda t: (t.floors, t.key))
    top = max(t.key for t in pairs.values())

    def close(key: tuple) -> bool:
        return key[0] == top[0] and key[1] >= top[1] - CV_RECALL_TOLERANCE

    chosen = min((p for p, t in pairs.items() if close(t.key)), key=lambda p: (p[1], -p[0]))
    return pairs[chosen]


def figures(gold: list[int], predicted: list[int]) -> dict:
    import train_claims

    return train_claims.prf(gold, predicted)


def report(rows: list[Row], predicted: list[int], log) -> dict[str, dict]:
    """P/R/F1 of predictions over all rows and per group (split or round), logged."""
    groups = {"all development rows": list(range(len(rows)))}
    for name in sorted({r.group for r in rows}):
        groups[name] = [i for i, r in enumerate(rows) if r.group == name]
    groups["openly licensed rows"] = [i for i, r in enumerate(rows) if r.trainable]
    groups["rows under copyright (never trained on)"] = [i for i, r in enumerate(rows)
                                                         if not r.trainable]
    out = {}
    for name, indices in groups.items():
        out[name] = figures([rows[i].label for i in indices], [predicted[i] for i in indices])
        found = out[name]
        log(f"   {name:<42} n={found['n']:<5} P {found['precision']:.3f} "
            f"R {found['recall']:.3f} F1 {found['f1']:.3f}")
    return out


def page_context(rows: list[Row], scores: list[float], prior,
                 with_section: bool = False) -> tuple:
    """Each row's page context and neighbourhood (claim_page.PagePrior.context and
    .nearby) over the rows of its page, in the page's order; None where a row has no page
    or too few others."""
    pages: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        if row.page:
            pages.setdefault(row.page, []).append(i)
    context: list[float | None] = [None] * len(rows)
    nearby: list[float | None] = [None] * len(rows)
    section: list[float | None] = [None] * len(rows)
    for indices in pages.values():
        page_scores = [scores[i] for i in indices]
        for i, value, beside, own in zip(indices, prior.context(page_scores),
                                         prior.nearby(page_scores),
                                         prior.in_section(page_scores,
                                                          [rows[i].section for i in indices])):
            context[i], nearby[i], section[i] = value, beside, own
    if with_section:
        return context, nearby, section
    return context, nearby


def fit_page_prior(rows: list[Row], scores: list[float], never: list[bool], threshold: float,
                   goal: float = PRECISION_GOAL, clips: tuple[float, ...] = PAGE_CLIPS,
                   min_others: int = PAGE_MIN_OTHERS, neighbours: bool | None = None):
    """The page prior (lint/annotate/claim_page.py) fitted on out-of-fold raw scores, for
    each clip of `clips`; the clip whose prior reads the rows best (the highest recall at
    precision >= `goal`, as the threshold is chosen) wins. `neighbours`: with the weight of
    the sentences beside each row."""
    best = None
    neighbours = PAGE_NEIGHBOURS if neighbours is None else neighbours
    for clip in clips:
        prior = _fit_page_prior(rows, scores, never, threshold, goal, clip, min_others,
                                neighbours)
        key = best_threshold([r.label for r in rows],
                             _paged_scores(rows, scores, never, threshold, prior), goal)[1]
        if best is None or key > best[0]:
            best = (key, prior)
    return best[1]


def _paged_scores(rows: list[Row], scores: list[float], never: list[bool], threshold: float,
                  prior) -> list[float]:
    """Each row's distance from its threshold, read in its page where it has one."""
    context, nearby, section = page_context(rows, scores, prior, True)
    return [-99.0 if never[i] else scores[i] - threshold if context[i] is None
            else scores[i] + prior.weight * context[i] + prior.neighbours * nearby[i]
            + prior.section * section[i] + prior.form_term(rows[i].forms) - prior.threshold
            for i in range(len(rows))]


def _fit_page_prior(rows: list[Row], scores: list[float], never: list[bool], threshold: float,
                    goal: float, clip: float, min_others: int, neighbours: bool):
    """The weights of the page context and of the neighbourhood by a logistic regression of
    the label on the row's score, its page's context and its neighbours' mean (each weight
    is the ratio of its coefficient to the score's, in the score's units), the threshold by
    the goal over the rows with a page."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from lint.annotate.claim_page import PagePrior

    prior = PagePrior(0.0, threshold, clip, min_others)
    context, nearby, section = page_context(rows, scores, prior, True)
    used = [i for i in range(len(rows)) if context[i] is not None and not never[i]]
    names = sorted({f for i in used for f in rows[i].forms}) if FORM_TERMS else []
    x = np.array([[scores[i], context[i]] + ([nearby[i]] if neighbours else [])
                  + ([section[i]] if SECTION_TERM else [])
                  + [float(name in rows[i].forms) for name in names] for i in used])
    y = [rows[i].label for i in used]
    fitted = LogisticRegression(C=1.0).fit(x, y)
    own, page, *rest = fitted.coef_[0]
    weight = round(float(page / own), 3)
    beside_weight = round(float(rest[0] / own), 3) if neighbours else 0.0
    terms = 1 + bool(neighbours) + bool(SECTION_TERM)
    section_weight = round(float(rest[terms - 2] / own), 3) if SECTION_TERM else 0.0
    forms = {name: round(float(v / own), 3) for name, v in zip(names, rest[terms - 1:])}
    forms = {name: v for name, v in forms.items() if v}
    with_page = [i for i in range(len(rows)) if context[i] is not None]
    prior = PagePrior(weight, threshold, clip, min_others, beside_weight, section_weight, forms)
    values = [scores[i] + weight * context[i] + beside_weight * nearby[i]
              + section_weight * section[i] + prior.form_term(rows[i].forms)
              if not never[i] else -99.0 for i in with_page]
    page_threshold, _ = best_threshold([rows[i].label for i in with_page], values, goal)
    return PagePrior(weight, float(page_threshold), clip, min_others, beside_weight,
                     section_weight, forms)


def with_page(rows: list[Row], scores: list[float], never: list[bool], threshold: float,
              prior) -> list[int]:
    """Each row's label with the page prior where its page has enough other rows, by its
    own score against `threshold` elsewhere (as a check decides)."""
    if prior is None:
        return [0 if never[i] else int(scores[i] >= threshold) for i in range(len(rows))]
    return [int(v >= 0) for v in _paged_scores(rows, scores, never, threshold, prior)]

