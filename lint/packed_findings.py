"""Findings held as compressed plain-data rows, file by file, decoded only while read.

A large corpus produces hundreds of thousands of findings (about 170 per
generated article); as `Diagnostic` objects with their spans and data they
take more memory than everything else a run keeps. Packed, they take a
tenth of it, so memory grows with the findings of the file in hand, not with
the corpus. `PackedFindings` reads like the list it replaces: iterating,
`len`, indexing, `+` and `==` give the findings in order, as new objects.
"""

from __future__ import annotations

import bisect
import marshal
import zlib
from collections import Counter
from collections.abc import Sequence
from typing import Iterable, Iterator

from lint.diagnostics import Diagnostic, finish_rows, row_severity, row_shaped

# Fast compression: the rows are text with much repetition (messages, paths).
_LEVEL = 1
# A run of fewer articles in one process keeps its findings as objects, in the same
# chunks: packing and reading them back costs about 5 % of a check's CPU, and about 170
# findings per article take 0.2 MiB, so below a few hundred articles memory is not at
# stake. A run that can use workers packs whatever its size (lint/engine.py, `packing`):
# a worker then sends a few compressed bytes per file instead of pickled objects.
PACK_FROM_ARTICLES = 200


def pack(diagnostics: list[Diagnostic], packed: bool = True):
    """One chunk: compressed marshal rows, or the list itself if a value is not plain data
    (or `packed` is false)."""
    if not packed:
        return list(diagnostics)
    try:
        return zlib.compress(marshal.dumps([d.to_row() for d in diagnostics]), _LEVEL)
    except ValueError:  # a value marshal cannot write: kept as it is
        return list(diagnostics)


def unpack(chunk) -> list[Diagnostic]:
    if type(chunk) is list:
        return list(chunk)
    return [Diagnostic.from_row(row) for row in chunk_rows(chunk)]


def chunk_rows(chunk) -> list[tuple]:
    """A chunk's findings as plain rows (`Diagnostic.to_row`), without making objects."""
    kind = type(chunk)
    if kind is list:
        return [d.to_row() for d in chunk]
    if kind is tuple:  # a stored chunk and a few rows put in their places (`_spliced`)
        base, inserts = chunk
        rows = marshal.loads(zlib.decompress(base))
        for index, row in inserts:
            rows.insert(index, row)
        return rows
    return marshal.loads(zlib.decompress(chunk))


def _spliced(rows: list[tuple], base: bytes, base_rows: list[tuple]):
    """`rows` as the chunk `base` (whose rows, `base_rows`, are among them, in order) and
    the others with their places, or None if that saves little: a file's findings kept
    from a cache entry with the few a corpus rule added are not compressed again."""
    inserts, at = [], 0
    for index, row in enumerate(rows):
        if at < len(base_rows) and row is base_rows[at]:
            at += 1
        else:
            inserts.append((index, row))
    if at != len(base_rows) or len(inserts) * 4 > len(rows):
        return None
    return (base, inserts) if inserts else base


def pack_rows(rows: list[tuple], packed: bool = True):
    """One chunk of findings given as rows: compressed, or as objects (see `pack`)."""
    if packed:
        try:
            return zlib.compress(marshal.dumps(rows), _LEVEL)
        except ValueError:  # a value marshal cannot write: kept as objects
            pass
    return [Diagnostic.from_row(row) for row in rows]


def pack_by_path(diagnostics: list[Diagnostic], packed: bool = True) -> list[tuple]:
    """(path, chunk) per file the findings name, in the order each file first appears.

    Each chunk is finished (`finish_rows`: sorted, fingerprinted as if they were all of
    their file's findings), so that a file whose findings come from one rule's scope
    is reported from it as it is, and a cache entry keeps them that way.
    """
    by_path: dict[str, list[tuple]] = {}
    for diagnostic in diagnostics:
        by_path.setdefault(diagnostic.path, []).append(diagnostic.to_row())
    return [(path, pack_rows(finish_rows(rows), packed)) for path, rows in by_path.items()]


def stored_pieces(pieces: list[tuple]) -> list[tuple[str, bytes]]:
    """`pack_by_path`'s pieces with every chunk as bytes, as a cache entry keeps them:
    an unchanged article's findings go back into a run without being decoded and
    packed again. ValueError if a value cannot be written."""
    return [(path, chunk if type(chunk) is bytes else
             zlib.compress(marshal.dumps([d.to_row() for d in chunk]), _LEVEL))
            for path, chunk in pieces]


def checked_pieces(pieces, outlines: dict | None = None) -> list[tuple[str, bytes]]:
    """Stored pieces read back: each chunk decompressed (zlib's checksum catches damage)
    and its rows checked for the shape `Diagnostic.from_row` reads, without building
    the findings. ValueError (or zlib's error) if they are not.

    `outlines`, if given, gets each chunk's outline (id(chunk) -> (chunk, `outline(rows)`)):
    the filter then places the corpus rules' findings among a cached article's without
    decoding its chunk a second time."""
    if type(pieces) is not list:
        raise ValueError("stored findings are not a list")
    for piece in pieces:
        if type(piece) is not tuple or len(piece) != 2 or type(piece[0]) is not str or \
                type(piece[1]) is not bytes:
            raise ValueError("a stored piece is not (path, bytes)")
        rows = marshal.loads(zlib.decompress(piece[1]))
        if type(rows) is not list or not all(map(row_shaped, rows)):
            raise ValueError("stored findings of another shape")
        if outlines is not None:
            outlines[id(piece[1])] = (piece[1], outline(rows))
    return pieces


def outline(rows: list[tuple]) -> list[tuple]:
    """Rows with only what merging and counting read: path, line, column and code (the
    sort key up to the message), severity and input error. A finished chunk's stand-in
    while the filter merges, a fraction of the rows' memory; never reported or packed
    (`PackedFindings.append_spliced`). No message: `merge_finished` merges only pieces whose
    codes differ, so a key is decided by the code at the latest. One path object a chunk."""
    paths: dict[str, str] = {}
    return [(row[0], None, row[2], paths.setdefault(row[3], row[3]), row[4], row[5], None,
             None, None, None, None, None, None, None, row[14]) for row in rows]


class PackedFindings(Sequence):
    """Findings in order, as chunks (one per file, or any run of findings)."""

    __slots__ = ("_chunks", "_ends", "severities", "input_errors", "packed")

    def __init__(self, groups: Iterable[list[Diagnostic]] = (), packed: bool = True):
        self.packed = packed  # False: chunks are lists of the findings themselves
        self._chunks: list = []
        self._ends: list[int] = []  # findings up to and including each chunk
        # Counted as findings are packed: summaries and the exit code need no decoding.
        self.severities: Counter = Counter()
        self.input_errors = 0
        for group in groups:
            self.append_group(group)

    def append_group(self, diagnostics: list[Diagnostic]) -> None:
        if diagnostics:
            self._add(pack(diagnostics, self.packed), diagnostics)

    def append_rows(self, rows: list[tuple], reuse: tuple | None = None) -> None:
        """Findings given as plain rows (`Diagnostic.to_row`), packed as `append_group`
        packs the findings they stand for. `reuse`: (a packed chunk, its rows) whose rows
        are among `rows`, in order (the same objects): kept as it is, with the others."""
        if rows:
            chunk = _spliced(rows, *reuse) if reuse is not None and self.packed else None
            self._chunks.append(pack_rows(rows, self.packed) if chunk is None else chunk)
            self._ends.append((self._ends[-1] if self._ends else 0) + len(rows))
            self.severities.update(map(row_severity, rows))
            self.input_errors += sum(1 for row in rows if row[14])

    def append_spliced(self, rows: list[tuple], base: bytes, base_rows: list[tuple]) -> bool:
        """`rows` kept as the packed chunk `base` with the others put in their places, as
        `append_rows` keeps them; `base_rows` (among `rows`, in order) may be the chunk's
        outline (`outline`), as only counting reads them. False, and nothing kept, where
        `append_rows` would pack the rows again."""
        chunk = _spliced(rows, base, base_rows) if self.packed else None
        if chunk is None:
            return False
        if rows:
            self._chunks.append(chunk)
            self._ends.append((self._ends[-1] if self._ends else 0) + len(rows))
            self.severities.update(map(row_severity, rows))
            self.input_errors += sum(1 for row in rows if row[14])
        return True

    def _add(self, chunk, diagnostics: list[Diagnostic]) -> None:
        self._chunks.append(chunk)
        self._ends.append((self._ends[-1] if self._ends else 0) + len(diagnostics))
        self.severities.update(d.severity for d in diagnostics)
        self.input_errors += sum(1 for d in diagnostics if d.input_error)

    def groups(self) -> Iterator[list[Diagnostic]]:
        """The findings chunk by chunk, each a list of new objects."""
        for chunk in self._chunks:
            yield unpack(chunk)

    def chunks(self) -> list:
        """The stored chunks: bytes, (bytes, [(place, row) ...]) for a stored chunk with a
        few findings put in their places, or a list of findings that could not be packed."""
        return list(self._chunks)

    @classmethod
    def from_chunks(cls, chunks: Iterable) -> "PackedFindings":
        """Stored chunks read back; each one is decoded here, so damage shows now, not later."""
        packed = cls()
        for chunk in chunks:
            if type(chunk) is not bytes and not (
                    type(chunk) is tuple and len(chunk) == 2 and type(chunk[0]) is bytes
                    and type(chunk[1]) is list and all(
                        type(item) is tuple and len(item) == 2 and type(item[0]) is int
                        and row_shaped(item[1]) for item in chunk[1])):
                raise ValueError("a packed chunk must be bytes, or bytes and placed rows")
            diagnostics = unpack(chunk)
            if diagnostics:
                packed._add(chunk, diagnostics)
        return packed

    def rows(self) -> Iterator[tuple]:
        """The findings in order as plain rows (`Diagnostic.to_row`), without objects."""
        for chunk in self._chunks:
            yield from chunk_rows(chunk)

    def __iter__(self) -> Iterator[Diagnostic]:
        for chunk in self._chunks:
            yield from unpack(chunk)

    def __len__(self) -> int:
        return self._ends[-1] if self._ends else 0

    def __getitem__(self, index):
        if isinstance(index, slice):
            return list(self)[index]
        size = len(self)
        if index < 0:
            index += size
        if not 0 <= index < size:
            raise IndexError("finding index out of range")
        at = bisect.bisect_right(self._ends, index)
        before = self._ends[at - 1] if at else 0
        return unpack(self._chunks[at])[index - before]

    def __add__(self, other):
        return list(self) + list(other)

    def __radd__(self, other):
        return list(other) + list(self)

    def __eq__(self, other):
        if isinstance(other, (list, PackedFindings)):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    __hash__ = None

    def __repr__(self) -> str:
        return f"PackedFindings({len(self)} findings in {len(self._chunks)} chunks)"
