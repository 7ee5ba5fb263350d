"""A sentence read on its page: how claim-like the page's other sentences are.

Kinds of page differ in how much of them needs a source: a fact sheet is
mostly claims, a trial registry record, an enforcement notice or a programme
page mostly not. A sentence's own words carry only part of that (a dose in a
registry record reads like a dose in a fact sheet), and the share of claims
moves from one kind of page to the next (0.48 to 0.82 of the rows of a
labelling round), so a single threshold fits no round. The page prior adds to each
sentence's score a learned multiple of the mean score of the page's other
sentences (each clipped, so one emphatic sentence does not carry the page;
sentences set aside before the model count as clearly not claims) and judges
against the threshold fitted with it. A page also changes kind along its
length (a list of symptoms under "Symptoms include:", a box of trial
details in a news story, a section of advice after one of facts), so a
second learned multiple adds the mean score of the sentences just before
and after it: a list item is read with its lead-in and its siblings.
`scripts/train_claims.py` fits both multiples and that threshold on
out-of-fold scores, so that they see pages the way a check sees an unseen
page.

It needs a page: `classify` (one sentence per line, unrelated lines) and
pages of fewer than `min_others` other sentences are judged by the
sentence alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lint.document.model import BlockKind

# Blocks that are not the page's text: a check never judges them (claims._NOT_PROSE).
_NOT_TEXT = {BlockKind.HEADING, BlockKind.CAPTION, BlockKind.FRONT_MATTER}
# Sentences set aside for their place or shape, not read (claims.py: a table's labels and
# values, a short label paragraph): like headings, they are not the page's sentences. Those
# set aside for what they say (a question, a recogniser's reason) are, as clear non-claims.
_NOT_SENTENCES = frozenset({"a table label", "a table value", "a label", "empty"})


@dataclass(frozen=True)
class PagePrior:
    """The fitted page prior of a profile (claim_model.json: a profile's `page`)."""

    weight: float      # added per unit of the other sentences' mean score
    threshold: float   # the sentence's score threshold when its page is read
    clip: float        # each other sentence's score is clipped to [-clip, +clip]
    min_others: int    # fewer other sentences than this: no page, the sentence alone
    neighbours: float = 0.0  # added per unit of the mean score of the sentences beside it
    section: float = 0.0  # added per unit of the mean score of its section's other sentences
    # Added when the sentence has a grammatical form ("grammar=imperative": sentence_forms.py)
    # or a cue group ("cue=reader": claims.yaml): its weight as every labelled page reads it,
    # beyond the sentence's own weight for it (which is learnt from the openly licensed rows
    # only). Empty in the shipped model: fitted on every labelled row, these terms would train
    # on text under copyright (claims_cv.FORM_TERMS; docs/model-card-claims.md).
    forms: dict[str, float] = field(default_factory=dict)

    @classmethod
    def of(cls, spec: dict | None) -> PagePrior | None:
        if not spec:
            return None
        return cls(float(spec["weight"]), float(spec["threshold"]), float(spec["clip"]),
                   int(spec["min_others"]), float(spec.get("neighbours", 0.0)),
                   float(spec.get("section", 0.0)),
                   {name: float(v) for name, v in (spec.get("forms") or {}).items()})

    def form_term(self, forms) -> float:
        """What the sentence's forms add to its score on a page."""
        return sum(self.forms.get(name, 0.0) for name in forms) if self.forms else 0.0

    def context(self, scores: list[float]) -> list[float | None]:
        """Each score's page context: the mean of the others' clipped scores, or None
        when there are too few others."""
        clipped = [max(-self.clip, min(self.clip, s)) for s in scores]
        total, others = sum(clipped), len(clipped) - 1
        if others < self.min_others:
            return [None] * len(scores)
        return [(total - own) / others for own in clipped]

    def nearby(self, scores: list[float]) -> list[float | None]:
        """Each score's neighbourhood: the mean clipped score of the sentences just before
        and after it (one at either end of the page), or None where `context` is None."""
        clipped = [max(-self.clip, min(self.clip, s)) for s in scores]
        if len(clipped) - 1 < self.min_others:
            return [None] * len(scores)
        out = []
        for i in range(len(clipped)):
            beside = clipped[max(0, i - 1):i] + clipped[i + 1:i + 2]
            out.append(sum(beside) / len(beside))
        return out

    def in_section(self, scores: list[float], sections: list[int]) -> list[float | None]:
        """Each score's section: the mean clipped score of the other sentences under the
        same heading (0.0 when it is alone there), or None where `context` is None."""
        clipped = [max(-self.clip, min(self.clip, s)) for s in scores]
        if len(clipped) - 1 < self.min_others:
            return [None] * len(scores)
        totals: dict[int, list[float]] = {}
        for value, section in zip(clipped, sections):
            total = totals.setdefault(section, [0.0, 0])
            total[0] += value
            total[1] += 1
        return [(totals[k][0] - v) / (totals[k][1] - 1) if totals[k][1] > 1 else 0.0
                for v, k in zip(clipped, sections)]


def page_scores(document, clip: float) -> tuple[list, list[float], list[int]]:
    """The page's sentences that the model judged, and every scored sentence's raw score
    (the model's logit before its threshold) and section (the document's section, numbered
    in order: the part under one heading): sentences set aside before the model for
    what they say (questions, recognisers) score -clip; headings, captions, front matter,
    table labels and values are not the page's sentences and are left out."""
    judged, scores, sections = [], [], []
    numbers: dict[int, int] = {}
    for sentence in document.sentences:
        if sentence.block.kind in _NOT_TEXT:
            continue
        judgment = sentence.annotations.claim
        if judgment is None or judgment.excluded in _NOT_SENTENCES:
            continue
        sections.append(numbers.setdefault(id(sentence.block.section), len(numbers)))
        if judgment.excluded or judgment.raw_score is None:
            scores.append(-clip)
            continue
        judged.append((sentence, len(scores)))
        scores.append(judgment.raw_score)
    return judged, scores, sections
