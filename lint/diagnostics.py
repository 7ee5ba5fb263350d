"""Findings: what rules produce and every later stage reads."""

from __future__ import annotations

import enum
import functools
import bisect
import hashlib
import heapq
import operator
import re
from dataclasses import dataclass, field
from typing import Any, Iterator


class Severity(enum.IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> "Severity":
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(
                f"unknown severity {value!r} (expected one of: error, warning, info)"
            ) from None

    def __str__(self) -> str:
        return self.name.lower()


# The fail level is a Severity (the lowest that fails the run) or None for "never";
# these names are how users write it (config, --fail-level) and reports show it.
FAIL_LEVELS = ("error", "warning", "info", "never")


def parse_fail_level(name: str) -> Severity | None:
    if not isinstance(name, str) or name.lower() not in FAIL_LEVELS:
        raise ValueError(f"expected one of: {', '.join(FAIL_LEVELS)}")
    return None if name.lower() == "never" else Severity.parse(name)


def fail_level_name(level: Severity | None) -> str:
    return str(level) if level else "never"


@dataclass(frozen=True, slots=True)
class Position:
    """1-based line and column (columns count Unicode code points)."""

    line: int
    col: int

    def __reduce__(self):  # frozen dataclasses pickle through a slow Python __getstate__
        return Position, (self.line, self.col)


@dataclass(frozen=True, slots=True)
class Span:
    start: Position
    end: Position

    def __reduce__(self):
        return Span, (self.start, self.end)

    @classmethod
    def at(cls, line: int, col: int = 1) -> "Span":
        return cls(Position(line, col), Position(line, col))


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace the text between two absolute offsets of the file."""

    start: int
    end: int
    replacement: str


@dataclass(slots=True)
class Diagnostic:
    code: str
    name: str
    severity: Severity
    path: str
    span: Span
    message: str
    suggestion: str | None = None
    edits: tuple[Edit, ...] = ()
    # Text that identifies the finding independently of its line (the
    # sentence, the reference key ...); the baseline fingerprint is built from it.
    context: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    fingerprint: str = ""
    input_error: bool = False

    def to_row(self) -> tuple:
        """Plain values only (JSON- and pickle-friendly); `Diagnostic.from_row` inverts it."""
        return (self.code, self.name, int(self.severity), self.path,
                self.span.start.line, self.span.start.col, self.span.end.line,
                self.span.end.col, self.message, self.suggestion,
                [[e.start, e.end, e.replacement] for e in self.edits],
                self.context, self.data, self.fingerprint, self.input_error)

    @classmethod
    def from_row(cls, row) -> "Diagnostic":
        (code, name, severity, path, line, col, end_line, end_col, message, suggestion,
         edits, context, data, fingerprint, input_error) = row
        return cls(code, name, _SEVERITIES[severity], path,
                   Span(Position(line, col), Position(end_line, end_col)), message,
                   suggestion, tuple(Edit(*edit) for edit in edits), context, data,
                   fingerprint, input_error)

    def __reduce__(self):
        # Workers of --jobs send every finding to the parent: a flat row pickles
        # several times faster than slots and an Enum member.
        return Diagnostic.from_row, (self.to_row(),)

    @property
    def family(self) -> str:
        return family_of(self.code)

    def sort_key(self) -> tuple:
        return (self.path, self.span.start.line, self.span.start.col, self.code, self.message)


# Severity(value) goes through Enum's Python-level lookup: too slow for every finding.
_SEVERITIES = {int(severity): severity for severity in Severity}


def row_severity(row: tuple) -> Severity:
    return _SEVERITIES[row[2]]


def row_shaped(row) -> bool:
    """A row `Diagnostic.from_row` can read: fifteen values, a known severity, edits as
    lists of three (what `to_row` writes; read back from a cache file, it is checked)."""
    return type(row) is tuple and len(row) == 15 and row[2] in _SEVERITIES and \
        type(row[10]) is list and all(type(e) is list and len(e) == 3 for e in row[10])


_CODE = re.compile(r"([A-Z]+)(\d+)")


@functools.cache  # a few dozen codes, read for every finding a report writes
def family_of(code: str) -> str:
    match = _CODE.fullmatch(code)
    return match.group(1) if match else code


def normalise_text(text: str) -> str:
    """Case- and whitespace-insensitive form of a text, for fingerprints.

    str.split() splits at exactly the characters regular expressions' `\\s` matches.
    """
    return " ".join(text.split()).casefold()


def assign_fingerprints(diagnostics: list[Diagnostic], ordered: bool = False) -> None:
    """Give each finding a fingerprint that survives lines moving (see `fingerprints`).

    Occurrences count in `Diagnostic.sort_key` order (`ordered`: the list is in it).
    """
    ordered_list = diagnostics if ordered else sorted(diagnostics, key=Diagnostic.sort_key)
    for diag, fingerprint in zip(ordered_list, fingerprints(
            (d.code, d.path, d.context or d.message) for d in ordered_list)):
        diag.fingerprint = fingerprint


def fingerprints(keys) -> Iterator[str]:
    """The fingerprints of findings given as (code, path, context or message), in sort order.

    Rule + file + normalised context text, plus the occurrence number among
    findings that share those, so two identical sentences stay distinct. The one
    formula: objects (`assign_fingerprints`) and rows (`finish_rows`) both come here.
    """
    seen: dict[tuple[str, str, str], int] = {}
    for code, path, text in keys:
        key = (code, path, normalise_text(text))
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        raw = "\x1f".join((*key, str(occurrence)))
        yield hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


# `Diagnostic.sort_key` of a finding's row (`Diagnostic.to_row`): path, line, column, code,
# message (tests/test_packed_findings.py holds the two equal).
row_sort_key = operator.itemgetter(3, 4, 5, 0, 8)


def finish_rows(rows: list[tuple]) -> list[tuple]:
    """Rows in sort order with their fingerprints, as one file's findings are reported:
    the rows of `Diagnostic`s that `assign_fingerprints` gives, without making objects."""
    rows = sorted(rows, key=row_sort_key)
    return [(*row[:13], fingerprint, row[14]) for row, fingerprint in zip(rows, fingerprints(
        (row[0], row[3], row[11] or row[8]) for row in rows))]


def merge_finished(pieces: list[list[tuple]]) -> list[tuple] | None:
    """`finish_rows` of the pieces' rows one after another, from pieces each already
    finished, or None when two pieces hold findings of one rule.

    A fingerprint counts occurrences among findings of its own rule and file: when no
    rule has findings in two pieces, each piece's fingerprints stand, and a stable merge
    (earlier pieces first among equal keys) is the sort of their concatenation.
    """
    pieces = [piece for piece in pieces if piece]
    if len(pieces) < 2:
        return pieces[0] if pieces else []
    codes: set[str] = set()
    for piece in pieces:
        own = {row[0] for row in piece}
        if own & codes:
            return None
        codes |= own
    merged = pieces[0]
    for piece in pieces[1:]:
        if len(piece) * 8 < len(merged):  # a few findings into many: each put in its place
            merged = list(merged)
            low = 0
            for row in piece:
                low = bisect.bisect_right(merged, row_sort_key(row), lo=low, key=row_sort_key)
                merged.insert(low, row)
                low += 1
        else:
            merged = list(heapq.merge(merged, piece, key=row_sort_key))
    return merged
