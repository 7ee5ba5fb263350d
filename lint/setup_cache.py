"""A run's fixed set-up kept for the next run in the same process.

The command runs the engine once; the tests, an editor's repeated checks and the
benchmarks run it hundreds of times in one process, and each run rebuilt the same
drug knowledge base (a project's `drug-knowledge` file laid over the packaged one),
the evidence registry and, from them, the annotators' matchers. Each value here is
kept under a key naming everything it was made from: the project file's path and
bytes, and the objects it read (held by the entry, so their ids stay theirs). A run
whose files differ gets a fresh value. Only a few entries are kept: memory stays
that of a run or two.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Callable

SIZE = 4

_kept: OrderedDict = OrderedDict()


def file_bytes(path: str | None) -> bytes | None:
    """What a file holds (None without a file, or when it cannot be read: then the
    loader reports it, and nothing is kept)."""
    if not path:
        return None
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError:
        return None


def kept(kind: str, path: str | None, held: tuple, build: Callable[[], object]):
    """`build()`, or the value a run made from the same file bytes and the same `held`
    objects (compared by identity).

    Kept only when the file held the same bytes before and after the build, so a file
    written during the build is read again next time.
    """
    before = file_bytes(path)
    if path and before is None:
        return build()  # unreadable: the loader's own error, never kept
    key = (kind, path, before, tuple(id(obj) for obj in held))
    entry = _kept.get(key)
    if entry is not None:
        _kept.move_to_end(key)
        return entry[1]
    value = build()
    if file_bytes(path) == before:
        _kept[key] = (held, value)
        while len(_kept) > SIZE:
            _kept.popitem(last=False)
    return value


def clear() -> None:
    _kept.clear()
