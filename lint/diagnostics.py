"""Findings: what rules produce and every later stage reads."""

from __future__ import annotations

import enum
import functools
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any


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
    """Give each finding a fingerprint that survives lines moving.

    Rule + file + normalised context text, plus the occurrence number among
    findings that share those, so two identical sentences stay distinct.
    Occurrences count in `Diagnostic.sort_key` order (`ordered`: the list is in it).
    """
    seen: dict[tuple[str, str, str], int] = {}
    for diag in diagnostics if ordered else sorted(diagnostics, key=Diagnostic.sort_key):
        key = (diag.code, diag.path, normalise_text(diag.context or diag.message))
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        raw = "\x1f".join((*key, str(occurrence)))
        diag.fingerprint = hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]
