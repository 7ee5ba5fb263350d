"""Which sentences of a paper or review report the authors' own work, and why.

In scholarly writing the authors cite others' work, not their own abstract,
figures, formulas, announced contribution, argument or worked examples. Genre
"scholarly" only: a health page's statements need sources whatever they
point at. The cues are data (lint/data/own_work.yaml, each with the counts
that justify it); the judgment is stored on the sentence as
`annotations.own_work` (an OwnWork with its reason); CIT001 reads it.
"""

from __future__ import annotations

import functools
import re

from lint.annotate.lexicon import PhraseIndex
from lint.data import load_data
from lint.document.annotations import OwnWork
from lint.document.model import BlockKind

OPENING_TOKENS = 8


class OwnWorkJudge:
    def __init__(self, nlp):
        data = load_data("own_work.yaml")
        self.abstract_headings = frozenset(h.lower() for h in data["abstract_headings"])
        self.other_parts = frozenset(h.lower() for h in data["other_parts"])
        self.definition_columns = frozenset(h.lower() for h in data["definition_columns"])
        self.figure_reference = re.compile(data["figure_reference"])
        self.inline_math = re.compile(data["inline_math"])
        self.openers = PhraseIndex(nlp)
        for kind, patterns in data["openers"].items():
            self.openers.add_patterns(kind, patterns)
        self.anywhere = PhraseIndex(nlp)
        for kind, patterns in data["anywhere"].items():
            self.anywhere.add_patterns(kind, patterns)

    def annotate(self, document) -> None:
        for block in document.blocks:
            if not block.is_prose:
                continue
            in_abstract = self._in_abstract(block.section)
            for sentence in block.sentences:
                if sentence.citations:
                    continue
                found = self.judge(sentence, in_abstract)
                if found is not None:
                    sentence.annotations.own_work = found

    def judge(self, sentence, in_abstract: bool) -> OwnWork | None:
        """The first cue that makes the sentence the authors' own work, or None."""
        if in_abstract:
            return OwnWork("abstract", "in the abstract, which cites nothing by convention")
        block = sentence.block
        if block.kind is BlockKind.TABLE_CELL and \
                _bare(block.meta.column_header) in self.definition_columns:
            return OwnWork("glossary table", "defines a term in the authors' glossary table "
                                             f"('{block.meta.column_header}' column)")
        figure = self.figure_reference.search(sentence.text)
        if figure or _has_crossref(sentence):
            shown = figure.group(0).strip(" ({)") if figure else "a cross-reference"
            return OwnWork("own figure", f"reports the authors' own figure or table ('{shown}')")
        math = self.inline_math.search(sentence.text)
        if math:
            return OwnWork("own formula",
                           f"defines or derives the authors' own quantity ('{math.group(0)}')")
        tokens = sentence.tokens
        if tokens is not None:
            opening = tokens[:OPENING_TOKENS]
            for kind, start, end in self.openers(opening):
                if start == 0:
                    return OwnWork(kind, f"the authors' {kind} ('{opening[start:end].text}')")
            for kind, start, end in self.anywhere(tokens):
                return OwnWork(kind, f"the authors' {kind} ('{tokens[start:end].text}')")
        return None

    def _in_abstract(self, section) -> bool:
        """The innermost heading that names a part of a paper decides."""
        for title in reversed(section.path if section is not None else ()):
            bare = _bare(title)
            if bare in self.abstract_headings:
                return True
            if bare in self.other_parts:
                return False
        return False


def _bare(title: str) -> str:
    """"Abstract {.page_break_before}" -> "abstract"."""
    return re.sub(r"\s*\{[^}]*\}\s*$", "", title).strip().lower()


def _has_crossref(sentence) -> bool:
    def at(position):
        return position.line, position.col

    start, end = at(sentence.span.start), at(sentence.span.end)
    return any(start <= at(span.start) and at(span.end) <= end
               for _, span in sentence.block.meta.crossrefs)


@functools.cache
def judge(model: str) -> OwnWorkJudge:
    from lint.nlp import pipeline

    return OwnWorkJudge(pipeline(model))
