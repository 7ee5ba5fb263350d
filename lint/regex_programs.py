"""Compiled regular-expression programs, shipped, so a process need not compile them again.

A one-article check compiles some 400 regular expressions before it reads the article
(spaCy's tokenizer affixes, the claim recognisers, YAML's reader, ...): Python's `re`
parses and compiles each in Python, about 90 ms, 7 % of the check. The program a
pattern compiles to depends only on the pattern, its flags and the `re` package of
this Python, so the programs of the patterns a check compiles are shipped
(lint/data/regex_programs.bin, made by scripts/build_startup_tables.py) and handed
to `_sre.compile`, the last step of `re`'s own compiler, which is all `re.compile`
does with them. The file carries a fingerprint of the Python and of the `re` sources
that compile; a file made by another Python or `re`, damaged or missing is ignored,
as is any pattern it lacks: then `re` compiles as always. It only ever costs the time
it would have saved; the patterns work the same either way.

Only the command-line process installs it (`lint.cli.entry`), before anything is
compiled; a caller of `lint.cli.main` keeps `re` as it is.

Format: the fingerprint's line, then zlib + marshal of {(pattern, flags): (flags,
code as 32-bit words, groups, groupindex, indexgroup)}.
"""

from __future__ import annotations

import hashlib
import marshal
import re
import sys
from array import array
from pathlib import Path

import _sre

from lint import startup_table

TABLE = "regex_programs.bin"
# The parts of `re` that turn a pattern into a program (_casefix: Python 3.11+).
_COMPILER_MODULES = ("_compiler", "_parser", "_constants", "_casefix")
_WORD = "I"  # one code word: `_sre.CODESIZE` bytes

_compile = None  # re._compiler.compile, when installed
_programs: dict | None = None


def fingerprint() -> bytes | None:
    """The digest of what makes a program: this Python's `re` compiler (its sources, the
    engine's version and code size); None where they cannot be read."""
    if array(_WORD).itemsize != _sre.CODESIZE:
        return None
    digest = hashlib.sha256(f"{_sre.MAGIC} {_sre.CODESIZE} {marshal.version}".encode())
    package = Path(re.__file__).parent
    for name in _COMPILER_MODULES:
        path = package / f"{name}.py"
        try:
            digest.update(name.encode() + b"\0" + path.read_bytes())
        except FileNotFoundError:
            continue  # _casefix: Python 3.11+
        except OSError:
            return None
    return f"{digest.hexdigest()} python {python()}".encode()


def python() -> str:
    return "{}.{}".format(*sys.version_info[:2])


def program(pattern, flags: int):
    """What `re` hands `_sre.compile` for a str or bytes pattern, as stored in the table."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), array(_WORD, code).tobytes(),
            parsed.state.groups - 1, groupindex, tuple(indexgroup))


def dump(patterns) -> bytes:
    """A table of the programs of these (pattern, flags) pairs, in sorted order."""
    table = {key: program(*key) for key in sorted(
        {(p, int(f)) for p, f in patterns}, key=lambda k: (type(k[0]).__name__, k))}
    return startup_table.pack(fingerprint(), table)


def load(raw: bytes | None = None) -> dict:
    """The shipped table, or nothing if it is missing, made by another Python, or damaged."""
    return startup_table.unpack(raw, TABLE, fingerprint())


def install() -> None:
    """Compile regular expressions from the shipped table where it holds their program."""
    global _compile
    from re import _compiler

    if _compile is None:
        _compile = _compiler.compile
        _compiler.compile = _compile_from_table


def uninstall() -> None:
    global _compile
    from re import _compiler

    if _compile is not None:
        _compiler.compile = _compile
        _compile = None


def _compile_from_table(pattern, flags=0):
    global _programs
    if _programs is None:
        _programs = load()  # on the first pattern `re` has not compiled yet
    if isinstance(pattern, (str, bytes)) and not flags & re.DEBUG:
        found = _programs.get((pattern, int(flags)))
        if found is not None:
            try:
                final_flags, code, groups, groupindex, indexgroup = found
                return _sre.compile(pattern, final_flags, array(_WORD, code).tolist(),
                                    groups, groupindex, indexgroup)
            except (TypeError, ValueError, RuntimeError):
                pass  # a damaged entry: compile it as always
    return _compile(pattern, flags)
