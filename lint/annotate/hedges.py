"""Does a sentence carry an uncertainty or evidence-strength qualifier, and which words?

Cues (modal verbs, speculative verbs, hedging adverbs, uncertainty nouns,
evidence phrases, attribution and weasel forms) and the contexts that
cancel them ("May" the month, "could not be detected") are data
(lint/data/hedges.yaml), matched with spaCy's PhraseMatcher and Matcher.
The judgment lists its cues; `classify hedges`, the EVD rules and the
report read it from `sentence.annotations["hedge"]`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from lint.annotate.lexicon import load_data

ANNOTATION = "hedge"


@dataclass(slots=True)
class HedgeJudgment:
    hedged: bool
    cues: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"label": int(self.hedged), "cues": list(self.cues)}


class HedgeDetector:
    def __init__(self, nlp):
        from spacy.matcher import Matcher, PhraseMatcher

        data = load_data("hedges.yaml")
        self.nlp = nlp
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.patterns = Matcher(nlp.vocab)
        self.exclusions = Matcher(nlp.vocab)
        for kind, spec in data["cues"].items():
            phrases = [nlp.make_doc(p) for p in spec.get("phrases", [])]
            if phrases:
                self.phrases.add(kind, phrases)
            if spec.get("patterns"):
                self.patterns.add(kind, spec["patterns"])
        for index, spec in enumerate(data["exclusions"]):
            self.exclusions.add(f"x{index}", spec["patterns"])

    def judge_span(self, doc, start: int, end: int) -> HedgeJudgment:
        span = doc[start:end]
        strings = self.nlp.vocab.strings
        found = []
        for match_id, s, e in list(self.phrases(span)) + list(self.patterns(span)):
            kind = strings[match_id]
            if kind == "modal" and span[s].lower_ == "could":
                e = s + 1  # the cue is the modal itself, not the word after it
            if kind == "potential":
                s = e - 1
            found.append((s, e, kind))
        blocked = set()
        for _, s, e in self.exclusions(span):
            blocked.update(range(s, e))
        cues, kinds, taken = [], [], set()
        for s, e, kind in sorted(found, key=lambda m: (m[0], -(m[1] - m[0]))):
            if any(i in blocked for i in range(s, e)) or any(i in taken for i in range(s, e)):
                continue
            taken.update(range(s, e))
            cues.append(span[s:e].text)
            kinds.append(kind)
        return HedgeJudgment(bool(cues), cues, kinds)


@functools.cache
def detector(model: str) -> HedgeDetector:
    from lint.nlp import pipeline

    return HedgeDetector(pipeline(model))


def annotate_hedges(document, hedge_detector: HedgeDetector) -> None:
    for block in document.blocks:
        doc = block.nlp_doc
        if doc is None:
            continue
        for sentence in block.sentences:
            sentence.annotations[ANNOTATION] = hedge_detector.judge_span(
                doc, sentence.token_start, sentence.token_end)
