"""How likely an uncited sentence of a paper or review is to need a citation where it stands.

The claim scorer reads a sentence alone. Authors of papers and reviews also
cite by place: a sentence in a paragraph whose other sentences are cited is
more often cited itself, one in a section that cites nothing (an outlook, the
authors' discussion) rarely is, and topic sentences, contrasts ("However,
...") and speculation ("may", "will") are the authors' framing more often
than a source's finding. Genre "scholarly" only: on a health page every
checkable statement needs its source wherever it stands. A document that
cites nothing (a draft before its sources) is read sentence by sentence.

The cues and their weights are data (lint/data/in_context.yaml, fitted by
bench/fit_in_context.py on the citation-worthiness dev manuscripts, with the
counts that justify each cue). The judgment is stored on each uncited,
scored sentence as `annotations.in_context` (an InContext: the claim score
moved by the cues found, with reasons); CIT001 reads its score instead of
the claim score alone.
"""

from __future__ import annotations

import functools
import math
import re

from lint.data import load_data
from lint.document.annotations import InContext


class InContextJudge:
    def __init__(self):
        data = load_data("in_context.yaml")
        self.claim_weight = float(data["claim_weight"])
        self.bias = float(data["bias"])
        self.weights = {name: float(cue["weight"]) for name, cue in data["cues"].items()}
        self.reasons = {name: cue["reason"] for name, cue in data["cues"].items()}
        self.contrast = re.compile(data["contrast_opener"], re.I)
        self.speculation = re.compile(data["speculation"], re.I)
        self.number = re.compile(data["number"])

    def annotate(self, document) -> None:
        for sentence, judged in self.judgments(document):
            if judged is not None and not sentence.citations:
                sentence.annotations.in_context = judged

    def judgments(self, document):
        """(sentence, InContext or None) for every sentence, cited ones judged as if their
        citation were missing (what bench/eval_context.py measures)."""
        cited_sections = {}
        for block in document.blocks:
            key = id(block.section)
            cited_sections[key] = cited_sections.get(key, 0) + sum(
                1 for s in block.sentences if s.citations)
        document_cites = sum(cited_sections.values())
        for block in document.blocks:
            cited_here = sum(1 for s in block.sentences if s.citations)
            for index, sentence in enumerate(block.sentences):
                claim = sentence.annotations.claim
                if claim is None or claim.excluded or _ruled_out(claim):
                    yield sentence, None
                    continue
                own = 1 if sentence.citations else 0
                if document_cites - own == 0:
                    # Nothing cited around it (a draft before its sources): no place to read.
                    yield sentence, None
                    continue
                found = self.cues(sentence, index, block, cited_here - own,
                                  cited_sections[id(block.section)] - own)
                yield sentence, self._judgment(claim.points, found)

    def cues(self, sentence, index: int, block, cited_in_paragraph: int,
             cited_in_section: int) -> list[str]:
        """The names of the cues (in_context.yaml) the sentence shows, counting only the
        other sentences' citations (of which the document has some)."""
        text = sentence.text
        found = []
        if cited_in_paragraph:
            found.append("paragraph cites")
        if index and block.sentences[index - 1].citations:
            found.append("follows a cited sentence")
        if not cited_in_section:
            found.append("section cites nothing")
        if index == 0 and len(block.sentences) > 1:
            found.append("opens its paragraph")
        if self.contrast.match(text):
            found.append("contrast opener")
        if self.speculation.search(text):
            found.append("speculation")
        if self.number.search(text):
            found.append("number")
        return found

    def _judgment(self, claim_points: float, found: list[str]) -> InContext:
        points = self.claim_weight * claim_points + self.bias + sum(
            self.weights[name] for name in found)
        reasons = [f"{self.reasons[name]} ({self.weights[name]:+.2f})" for name in found]
        return InContext(1.0 / (1.0 + math.exp(-points)), points, tuple(found), reasons)


def _ruled_out(claim) -> bool:
    """A sentence the detector set aside for what it is, not for its score (about the text,
    a list opener, no known word): no context makes it a claim."""
    return any(reason.startswith("not a claim:") for reason in claim.reasons)


@functools.cache
def judge() -> InContextJudge:
    return InContextJudge()
