"""Source text with line/column lookup, and plain text mapped back to it."""

from __future__ import annotations

import bisect
import html
import re
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
        # Kept apart from the text: a checked article's text is dropped once it is
        # analysed (lint/analyse.py, `compact`) while its offsets still resolve.
        self.length = len(text)
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
        offset = max(0, min(offset, self.length))
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return Position(index + 1, offset - self.line_starts[index] + 1)

    def span(self, start: int, end: int) -> Span:
        return Span(self.position(start), self.position(max(start, end)))

    def line_offset(self, line: int) -> int:
        """Offset of the start of a 0-based line index."""
        if line >= len(self.line_starts):
            return self.length
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
            # Backslash escapes (`\\%`, `\\@`) and entities change the text: align it
            # character by character so the piece still maps to where it was written.
            aligned = align(piece, self.source, self.cursor, self.limit)
            if aligned is None:
                self.mapping.add(self.length, self.cursor, 0)
            else:
                runs, end, escaped = aligned
                for plain_start, source_start, length in runs:
                    self.mapping.add(self.length + plain_start, source_start, length)
                # Escaped characters: `\\@` is a literal at sign, never a citation.
                self.ranges.setdefault("escaped", []).extend(
                    (self.length + index, self.length + index + 1) for index in escaped)
                self.cursor = end
        else:
            if found > self.cursor and self.source[found - 1] == "\\" \
                    and piece[0] in _ESCAPABLE and self.source[found - 2:found] != "\\\\":
                # A piece of its own after a backslash (`[\\@name](url)`, `**\\@x**`): the
                # backslash was consumed as markup; the piece holds the literal character.
                self.ranges.setdefault("escaped", []).append((self.length, self.length + 1))
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


# CommonMark's backslash escapes: any ASCII punctuation character.
_ESCAPABLE = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ALIGN_LOOKAHEAD = 200  # how far past the cursor a piece may start (markup skipped)


def align(piece: str, source: str, start: int, limit: int
          ) -> tuple[list[tuple[int, int, int]], int, list[int]] | None:
    """Map `piece` onto the source where it was written with escapes or entities.

    Returns runs (offset in piece, source offset, length), the source offset
    after the piece and the offsets in `piece` of backslash-escaped
    characters; None when the piece is not found near `start`.
    """
    limit = min(limit, len(source))
    for candidate in range(start, min(limit, start + _ALIGN_LOOKAHEAD)):
        result = _align_at(piece, source, candidate, limit)
        if result is not None:
            return result
    return None


def _align_at(piece: str, source: str, position: int, limit: int):
    runs: list[list[int]] = []
    escaped: list[int] = []
    index = 0
    while index < len(piece):
        if position >= limit:
            return None
        char = source[position]
        entity = _ENTITY.match(source, position, limit) if char == "&" else None
        if entity is not None:
            decoded = html.unescape(entity.group(0))
            if decoded != entity.group(0) and piece.startswith(decoded, index):
                runs.append([index, position, 0])
                index += len(decoded)
                position = entity.end()
                continue
        if char == piece[index]:
            if runs and runs[-1][0] + runs[-1][2] == index and \
                    runs[-1][1] + runs[-1][2] == position:
                runs[-1][2] += 1
            else:
                runs.append([index, position, 1])
            index += 1
            position += 1
            continue
        if char == "\\" and position + 1 < limit and source[position + 1] == piece[index]:
            runs.append([index, position + 1, 1])
            escaped.append(index)
            index += 1
            position += 2
            continue
        return None
    return [tuple(run) for run in runs], position, escaped
