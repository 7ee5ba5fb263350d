"""Genre "book": which claims of a textbook or course notes are its field's standard teaching.

A textbook states its field's standard knowledge, definitions, explanations and worked
examples to students without citations, and cites where it reports something particular to
someone else's work. So in a book a sentence keeps its claim only when it shows a sign of such
a report (lint/data/teaching.yaml): a study or its finding, a statistic about people or an
effect, a date or attribution ("in 1981", "et al.", "first described"), a treatment's dose,
duration or list, a guideline or recommendation, or a quotation introduced as one. A sentence
naming the book's own code (an identifier in a code span, a function call) shows none, and the
book's own analysis ("our sample", "we observed") gives no statistic. A sign's exceptions
(`unless`) are read in a window of words around the sign, not the whole sentence; a
condition or an example (`frame`) is read before the sign and just after it. Every other
claim is marked not a claim, "standard teaching in a book", with its score and the model's
reasons kept; a kept claim gets its signs as its first reason. A sign marked `alone` (a body's
decision, a tally of people) makes the claim even when the scorer did not: the health scorer
gives such sentences a low score; their score is raised to 0.5 and the first reason says so.
Run after the claim judgment and the structure pass (annotate/claims.py), for the book genre
only. Measured on the book set's dev half and the books of others'-writing rounds 5-7
(bench/README.md, sessions 18, branches i212 and i218; session 19, i239, which also read the
test half's errors, and i240, the review's mends).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple, Sequence

from lint.data import load_data
from lint.document.citations import math_ranges

TEACHING = "standard teaching in a book (no study, statistic, attribution, guideline or quotation)"

# Not code: TeX math (`$R_0$`), links' addresses (".../screening_results") and `\(...\)`.
_NOT_PROSE = re.compile(r"\\\(.*?\\\)|https?://\S+|www\.\S+|\]\([^)]*\)")
_BACKTICKS = re.compile(r"`([^`]+)`")


class _Sign(NamedTuple):
    reason: str
    pattern: re.Pattern
    unless: re.Pattern | None
    before: int  # words before the sign that `unless` reads
    after: int  # words after it
    frame: re.Pattern | None  # read on everything before the sign and `after` words after
    needs: re.Pattern | None
    own: bool  # the book's own analysis cancels this sign
    alone: bool  # the sign needs a source whatever the claim score (teaching.yaml `alone`)


@functools.cache
def _code() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    data = load_data("teaching.yaml")
    return (re.compile(data["code"]), re.compile(data["call"]),
            re.compile(data["own"], re.IGNORECASE))


@functools.cache
def _signs() -> tuple[_Sign, ...]:
    signs = []
    for sign in load_data("teaching.yaml")["signs"].values():
        parts = [r"\b(?:" + "|".join(re.escape(w) for w in sign["words"]) + r")\b"] \
            if sign.get("words") else []
        parts += sign.get("patterns", [])
        unless, needs, frame = (re.compile(sign[key], re.IGNORECASE) if sign.get(key)
                                else None for key in ("unless", "with", "frame"))
        before, after = sign.get("window", (8, 4))
        signs.append(_Sign(sign["reason"], re.compile("|".join(f"(?:{p})" for p in parts),
                                                      re.IGNORECASE),
                           unless, before, after, frame, needs, bool(sign.get("own_cancels")),
                           bool(sign.get("alone"))))
    return tuple(signs)


def prepare_teaching_signs() -> None:
    _code()
    _signs()


def _window(text: str, start: int, end: int, before: int, after: int) -> str:
    head = text[:start].split()
    tail = text[end:].split()
    return " ".join(head[max(0, len(head) - before):]) + " " + text[start:end] \
        + " " + " ".join(tail[:after])


def _shows(sign: _Sign, text: str) -> bool:
    for match in sign.pattern.finditer(text):
        if sign.unless is not None and sign.unless.search(
                _window(text, match.start(), match.end(), sign.before, sign.after)):
            continue
        # A condition or an example frames all that follows it in the sentence.
        if sign.frame is not None and sign.frame.search(
                _window(text, match.start(), match.end(), len(text), sign.after)):
            continue
        return True
    return False


def _prose(text: str) -> str:
    """The sentence without TeX math and addresses, which hold no code of the book's."""
    for start, end in reversed(math_ranges(text)):
        text = text[:start] + " " + text[end:]
    return _NOT_PROSE.sub(" ", text)


def _found(text: str, code_spans: Sequence[str] = ()) -> list[_Sign]:
    code, call, own = _code()
    prose = _prose(text)
    spans = list(code_spans) + _BACKTICKS.findall(prose)
    if any(code.search(span) or call.search(span) for span in spans) or call.search(prose):
        return []  # about the book's own code
    ours = bool(own.search(prose))
    return [sign for sign in _signs()
            if not (sign.own and ours) and _shows(sign, prose)
            and (sign.needs is None or sign.needs.search(prose))]


def source_signs(text: str, code_spans: Sequence[str] = ()) -> list[str]:
    """The reasons a book's sentence reports someone's work (empty: standard teaching).

    `code_spans`: the sentence's inline code, when the Markdown reader has taken out the
    backticks (a line given to `classify` keeps them)."""
    # Two signs may give one reason (a statistic, a tally): each reason is named once.
    return list(dict.fromkeys(sign.reason for sign in _found(text, code_spans)))


def _code_spans(sentence) -> list[str]:
    block = sentence.block
    if not block.meta.code_ranges:
        return []
    at = block.text.find(sentence.raw)
    if at < 0:
        return []
    end = at + len(sentence.raw)
    # Math (`$...$`) and raw TeX are among the code ranges: not the book's code.
    return [block.text[s:e] for s, e in block.meta.code_ranges
            if at <= s and e <= end and block.text[s] not in "$\\"]


def mark_standard_teaching(document) -> None:
    for block in document.blocks:
        for sentence in block.sentences:
            judgment = sentence.annotations.claim
            if judgment is None or judgment.excluded:
                continue
            signs = _found(sentence.text, _code_spans(sentence))
            found = list(dict.fromkeys(sign.reason for sign in signs))
            if found:
                # A body's decision or a tally of people needs a source however plainly it
                # is written: the health scorer gives an outbreak report's or a regulator's
                # sentences a low score (i239), so such a sign makes the claim by itself.
                # The model's reasons then argue against a claim: the first reason says its
                # score is overridden (review of i239), and CIT001's min-score above 0.5 drops
                # such a sentence (docs/claims.md).
                overridden = ""
                if not judgment.label and any(sign.alone for sign in signs):
                    overridden = (f" (the model's score {judgment.score:.2f} is overridden: "
                                  "raised to 0.5)")
                    judgment.label = True
                    judgment.score = max(judgment.score, 0.5)
                if judgment.label:
                    judgment.reasons = [f"in a book, needs a source: {'; '.join(found)}"
                                        f"{overridden}"] + list(judgment.reasons)
                continue
            # CIT001 reads the score, so every sentence without a sign is set apart; only a
            # sentence the model called a claim is told why it no longer is one.
            judgment.excluded = TEACHING
            if judgment.label:
                judgment.label = False
                judgment.reasons = [f"not a claim: {TEACHING}"] + list(judgment.reasons)
