"""Source text with line/column lookup, and plain text mapped back to it."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from lint.diagnostics import Position, Span


class SourceText:
    """A decoded file with newlines normalised to `\\n`.

    Line endings are remembered so that a fix can write them back; columns
    are unaffected because `\\r` only ever ends a line.
    """

    def __init__(self, text: str, newline: str = "\n", had_bom: bool = False,
                 final_newline: bool = True, encoding: str = "utf-8"):
        self.text = text
        self.newline = newline
        self.had_bom = had_bom
        self.final_newline = final_newline
        self.encoding = encoding
        self.digest = ""  # sha256 of the bytes read, to notice a file changed under us
        self.line_starts = [0]
        find = text.find
        pos = find("\n")
        while pos != -1:
            self.line_starts.append(pos + 1)
            pos = find("\n", pos + 1)

    @classmethod
    def from_decoded(cls, raw: str, encoding: str = "utf-8") -> "SourceText":
        had_bom = raw.startswith("\ufeff")
        if had_bom:
            raw = raw[1:]
        if "\r\n" in raw:
            newline = "\r\n"
        elif "\r" in raw:
            newline = "\r"
        else:
            newline = "\n"
        text = raw.replace("\r\n", "\n").replace("\r", "\n")
        return cls(text, newline, had_bom, raw.endswith(("\n", "\r")), encoding)

    def position(self, offset: int) -> Position:
        offset = max(0, min(offset, len(self.text)))
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return Position(index + 1, offset - self.line_starts[index] + 1)

    def span(self, start: int, end: int) -> Span:
        return Span(self.position(start), self.position(max(start, end)))

    def line_offset(self, line: int) -> int:
        """Offset of the start of a 0-based line index."""
        if line >= len(self.line_starts):
            return len(self.text)
        return self.line_starts[max(0, line)]

    @property
    def line_count(self) -> int:
        return len(self.line_starts)


@dataclass
class TextMap:
    """Maps offsets of an extracted plain text back to file offsets.

    Stored as runs (plain start, source start); characters inside a run map
    linearly, so a long paragraph costs a handful of entries, not one per
    character.
    """

    plain_starts: list[int] = field(default_factory=list)
    source_starts: list[int] = field(default_factory=list)
    run_lengths: list[int] = field(default_factory=list)

    def add(self, plain_start: int, source_start: int, length: int) -> None:
        self.plain_starts.append(plain_start)
        self.source_starts.append(source_start)
        self.run_lengths.append(length)

    def to_source(self, offset: int) -> int:
        if not self.plain_starts:
            return 0
        index = bisect.bisect_right(self.plain_starts, offset) - 1
        if index < 0:
            return self.source_starts[0]
        delta = offset - self.plain_starts[index]
        # Past the end of a run (inserted separators) stays at its end.
        return self.source_starts[index] + min(delta, self.run_lengths[index])


class PlainTextBuilder:
    """Builds a block's plain text by locating each inline piece in the source."""

    def __init__(self, source: str, start: int, limit: int):
        self.source = source
        self.cursor = start
        self.limit = limit
        self.parts: list[str] = []
        self.length = 0
        self.mapping = TextMap()
        self.ranges: dict[str, list[tuple[int, int]]] = {}
        self._open: dict[str, int] = {}

    def open_range(self, name: str) -> None:
        self._open[name] = self.length

    def close_range(self, name: str) -> None:
        start = self._open.pop(name, None)
        if start is not None and self.length > start:
            self.ranges.setdefault(name, []).append((start, self.length))

    def add_found(self, piece: str) -> None:
        """Add text that appears verbatim in the source at or after the cursor."""
        if not piece:
            return
        found = self.source.find(piece, self.cursor, self.limit)
        if found == -1:
            # Entities and escapes change the text; keep the cursor position.
            self.mapping.add(self.length, self.cursor, 0)
        else:
            self.mapping.add(self.length, found, len(piece))
            self.cursor = found + len(piece)
        self.parts.append(piece)
        self.length += len(piece)

    def add_separator(self, piece: str) -> None:
        """Add text that stands for markup (a line break becomes a space)."""
        self.mapping.add(self.length, self.cursor, 0)
        self.parts.append(piece)
        self.length += len(piece)

    def skip_to(self, piece: str) -> None:
        """Move the cursor past markup such as an inline HTML comment."""
        found = self.source.find(piece, self.cursor, self.limit)
        if found != -1:
            self.cursor = found + len(piece)

    def result(self) -> tuple[str, TextMap]:
        return "".join(self.parts), self.mapping
