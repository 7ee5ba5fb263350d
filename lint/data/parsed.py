"""The shipped YAML data as parsed, shipped too (lint/data/parsed_data.bin).

A check parses a dozen of the YAML files beside this module at start-up (hedges,
claims, evidence topics, coverage ...): some 15 ms with libyaml, most of it building
Python objects node by node. What a file parses to depends only on its text and the
YAML parser, and it is plain data, so the parsed files are shipped as marshal (made by
scripts/build_startup_tables.py with the other start-up tables), each beside the
SHA-256 of the text it was parsed from. `value` returns the shipped value only for
that very text, and only from a table made with this Python and this YAML parser;
anything else (a file edited since, another PyYAML or libyaml, a damaged or missing
table) is parsed as always. It only ever saves time. Marshal keeps what the parser
shares (an alias's one list read in several places stays one list). Only the
command-line process installs it (`lint.cli.entry`).

Format: lint/startup_table.py's (the fingerprint's line, then zlib + marshal of a dict),
here {name: (SHA-256, value)}.
"""

from __future__ import annotations

import hashlib
import marshal
import sys

import yaml

from lint import startup_table
from lint.yamltext import FAST_SAFE_LOADER

TABLE = "parsed_data.bin"

_installed = False
_table: dict | None = None  # name -> (digest, value), read on first use once installed


def parse(text: str):
    """What a shipped file's text parses to (the one way `load_data` parses)."""
    return yaml.load(text, Loader=FAST_SAFE_LOADER)  # noqa: S506 - a safe loader


def fingerprint() -> bytes:
    """The parser that made the values: PyYAML, libyaml where used, the loader, and the
    Python whose marshal wrote them."""
    try:
        from yaml import _yaml

        libyaml = _yaml.get_version_string()
    except ImportError:
        libyaml = "none"
    return (f"yaml {yaml.__version__} libyaml {libyaml} loader {FAST_SAFE_LOADER.__name__} "
            f"python {sys.version_info[0]}.{sys.version_info[1]} "
            f"marshal {marshal.version}").encode()


def digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def dump(texts: dict[str, str]) -> bytes:
    """The table of these files' texts (name -> text), each parsed as `load_data` parses it.

    A value marshal cannot write, or writes back otherwise, is left out (parsed at run time).
    """
    table = {}
    for name in sorted(texts):
        value = parse(texts[name])
        try:
            if marshal.loads(marshal.dumps(value)) != value:
                continue
        except ValueError:
            continue
        table[name] = (digest(texts[name]), value)
    return startup_table.pack(fingerprint(), table)


def load(raw: bytes | None = None) -> dict:
    """The shipped table, or nothing when it was made otherwise, is damaged or missing."""
    return startup_table.unpack(raw, TABLE, fingerprint())


def install() -> None:
    """`value` serves the shipped parsed files from now on."""
    global _installed
    _installed = True


def value(name: str, text: str):
    """What `text`, the shipped file `name`, parses to: from the table when it holds
    exactly this text, else parsed."""
    global _table
    if _installed:
        if _table is None:
            _table = load()
        shipped = _table.get(name)
        if (isinstance(shipped, tuple) and len(shipped) == 2
                and shipped[0] == digest(text)):
            return shipped[1]
    return parse(text)
