"""The code `dataclasses` generates for the classes a check defines, compiled and shipped.

A check defines about 140 dataclasses (content-lint's model, annotations and rules,
spaCy's and its libraries' own); for each, `dataclasses` writes the source of its
methods (`__init__`, `__repr__`, `__eq__` ...) and compiles it with `exec`: about
40 ms, 3 % of a one-article check. The code compiled from a source text depends only
on that text and this Python's compiler, so the compiled code of the texts a check
generates is shipped (lint/data/dataclass_code.bin, made by
scripts/build_startup_tables.py) and `exec` runs it instead of compiling the text
again; a text the table lacks is compiled as always. The file carries a fingerprint
of this Python's bytecode and of `dataclasses` itself; one made by another Python,
damaged or missing is ignored. Only the command-line process installs it
(`lint.cli.entry`), and only `dataclasses`' own `exec` is replaced.

Format: the fingerprint's line, then zlib + marshal of {source: code object}.
"""

from __future__ import annotations

import builtins
import dataclasses
import hashlib
import importlib.util
import sys
from pathlib import Path

from lint import startup_table

TABLE = "dataclass_code.bin"

_codes: dict | None = None


def fingerprint() -> bytes | None:
    """This Python's bytecode version and `dataclasses`' source (whose `exec` is served)."""
    try:
        source = Path(dataclasses.__file__).read_bytes()
    except (OSError, TypeError):
        return None
    digest = hashlib.sha256(importlib.util.MAGIC_NUMBER + b"\0" + source)
    return f"{digest.hexdigest()} python {sys.version_info[0]}.{sys.version_info[1]}".encode()


def compiled(source: str):
    """What `exec(source)` compiles inside `dataclasses` (no __future__ flags there)."""
    return compile(source, "<string>", "exec", dont_inherit=True)


def dump(sources) -> bytes:
    table = {source: compiled(source) for source in sorted(set(sources))}
    return startup_table.pack(fingerprint(), table)


def load(raw: bytes | None = None) -> dict:
    """The shipped table, or nothing if it is missing, made by another Python, or damaged."""
    return startup_table.unpack(raw, TABLE, fingerprint())


def install() -> None:
    """`dataclasses` runs the shipped code of the method sources it writes."""
    import __future__

    # Its `exec` compiles with its own __future__ flags; the table is compiled with none.
    if not any(isinstance(value, __future__._Feature) for value in vars(dataclasses).values()):
        dataclasses.exec = _exec  # a module global comes before the builtin


def uninstall() -> None:
    if dataclasses.__dict__.get("exec") is _exec:
        del dataclasses.exec


def _exec(source, globals=None, locals=None):
    global _codes
    if isinstance(source, str):
        if _codes is None:
            _codes = load()
        code = _codes.get(source)
        # A text the table lacks is compiled as dataclasses' own `exec` compiles it: not
        # with this module's __future__ flags (its annotations would become strings).
        return builtins.exec(compiled(source) if code is None else code, globals, locals)
    return builtins.exec(source, globals, locals)
