"""Where things are, for the editorial report: links to lines, sections, and the findings
raised on a sentence."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass


@dataclass
class Link:
    path: str
    line: int

    @property
    def label(self) -> str:
        # "line 52", never "l. 52", which reads like the number 1.52 in many fonts.
        return f"{self.path}, line {self.line}"

    @property
    def short(self) -> str:
        return f"line {self.line}"


def sentence_link(document, sentence) -> Link:
    return Link(document.path, sentence.span.start.line)


def section_label(sentence) -> str:
    return sentence.block.section.label


def top_section(sentence) -> str:
    path = sentence.block.section.path
    return path[0] if path else "(top)"


def section_place(path: str, section: str, several: bool) -> str:
    """A section as the report and `mechanisms` name it. Articles may share section names,
    and a line number means nothing without its file: with several files, "file: section".
    """
    return f"{path}: {section}" if several else section


def cell_place(block) -> str:
    """'table cell, row “X”, column “Y”' for a table cell; several cells share a line."""
    meta = block.meta
    if meta.table_line is None:
        return ""
    parts = []
    if meta.row_header:
        parts.append(f"row “{meta.row_header}”")
    if meta.column_header:
        parts.append(f"column “{meta.column_header}”")
    return "table cell, " + ", ".join(parts) if parts else "table cell"


def section_at(document, line: int) -> str:
    """The section a line falls in, by its heading's line."""
    label = "(top)"
    for section in document.sections:
        if section.line <= line:
            label = section.label
    return label


class FindingIndex:
    """The findings of a run by file, to ask which of them were raised on a sentence.

    A finding belongs to a sentence when its start lies within the sentence's span.
    """

    def __init__(self, diagnostics):
        self._by_path = defaultdict(list)
        for d in diagnostics:
            self._by_path[d.path].append(d)

    def on(self, path: str, span) -> list:
        start = (span.start.line, span.start.col)
        end = (span.end.line, span.end.col)
        return [d for d in self._by_path.get(path, [])
                if start <= (d.span.start.line, d.span.start.col) <= end]

    def in_file(self, path: str) -> list:
        return list(self._by_path.get(path, []))
