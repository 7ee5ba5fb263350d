"""The file format of the start-up tables (lint/data/regex_programs.bin, dataclass_code.bin,
parsed_data.bin, phrase_keys.bin).

In the base layer, beside lint.data, so that the shipped data's own table
(lint/data/parsed.py) and the compiled ones share this one format.

A fingerprint line saying which Python (and which of its compilers) made the table, then
zlib + marshal of a dict. A table whose fingerprint differs, or that is damaged or missing,
reads as empty: the tables only ever save time, so the caller then compiles as always.
"""

from __future__ import annotations

import marshal
import zlib
from importlib import resources


def pack(stamp: bytes | None, table: dict) -> bytes:
    if stamp is None:
        raise RuntimeError("this Python cannot be fingerprinted")
    return stamp + b"\n" + zlib.compress(marshal.dumps(table), 9)


def unpack(raw: bytes | None, name: str, stamp: bytes | None) -> dict:
    """The table in `raw` (or in the shipped file `name`), or {} if it does not fit `stamp`."""
    try:
        if raw is None:
            raw = resources.files("lint.data").joinpath(name).read_bytes()
        found, _, body = raw.partition(b"\n")
        if stamp is None or found != stamp:
            return {}
        table = marshal.loads(zlib.decompress(body))
    except (OSError, EOFError, ValueError, TypeError, zlib.error):
        return {}
    return table if isinstance(table, dict) else {}
