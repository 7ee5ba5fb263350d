"""Genre "book": which claims of a textbook or course notes are its field's standard teaching.

A textbook states its field's standard knowledge, definitions, explanations and worked
examples to students without citations, and cites where it reports something particular to
someone else's work. So in a book a sentence keeps its claim only when it shows a sign of such
a report (lint/data/teaching.yaml): a study or its finding, a statistic about people, a date
or attribution ("in 1981", "et al.", "first described"), a treatment's dose, duration or list,
a guideline or recommendation, or a quotation introduced as one. A sentence naming the book's
own code, analysis or advice shows none. Every other sentence is marked not a claim, "standard
teaching in a book", with its score and the model's reasons kept; a kept claim gets its signs
as its first reason. Run after the claim judgment and the structure pass (annotate/claims.py),
for the book genre only. Measured on the book set's dev half and the books of others'-writing
rounds 5-7 (bench/README.md, "session 18, branch i212").
"""

from __future__ import annotations

import functools
import re

from lint.data import load_data

TEACHING = "standard teaching in a book (no study, statistic, attribution, guideline or quotation)"


@functools.cache
def _code() -> re.Pattern:
    data = load_data("teaching.yaml")
    return re.compile(f"{data['code']}|(?i:{data['own']})")


@functools.cache
def _signs() -> tuple[tuple[str, re.Pattern, re.Pattern | None, re.Pattern | None], ...]:
    signs = []
    for sign in load_data("teaching.yaml")["signs"].values():
        parts = [r"\b(?:" + "|".join(re.escape(w) for w in sign["words"]) + r")\b"] \
            if sign.get("words") else []
        parts += sign.get("patterns", [])
        unless, needs = (re.compile(sign[key], re.IGNORECASE) if sign.get(key) else None
                         for key in ("unless", "with"))
        signs.append((sign["reason"], re.compile("|".join(f"(?:{p})" for p in parts),
                                                 re.IGNORECASE), unless, needs))
    return tuple(signs)


def prepare_teaching_signs() -> None:
    _code()
    _signs()


def source_signs(text: str) -> list[str]:
    """The reasons a book's sentence reports someone's work (empty: standard teaching)."""
    if _code().search(text):
        return []  # about the book's own code, analysis or advice
    return [reason for reason, pattern, unless, needs in _signs()
            if pattern.search(text) and not (unless and unless.search(text))
            and (needs is None or needs.search(text))]


def mark_standard_teaching(document) -> None:
    for block in document.blocks:
        for sentence in block.sentences:
            judgment = sentence.annotations.claim
            if judgment is None or judgment.excluded:
                continue
            found = source_signs(sentence.text)
            if found:
                if judgment.label:
                    judgment.reasons = [f"in a book, needs a source: {'; '.join(found)}"] \
                        + list(judgment.reasons)
                continue
            judgment.label = False
            judgment.excluded = TEACHING
            judgment.reasons = [f"not a claim: {TEACHING}"] + list(judgment.reasons)
