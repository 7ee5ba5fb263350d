"""The shipped regular-expression programs are what `re` compiles; anything else is ignored."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from conftest import REPO, shipped_startup_table
from lint import regex_programs


def _shipped() -> dict:
    return shipped_startup_table(regex_programs, "the `re`")


def test_the_tables_hold_what_a_check_compiles():
    """Both tables (regular expressions and dataclass code): the script checks both."""
    _shipped()
    done = subprocess.run([sys.executable, "scripts/build_startup_tables.py", "--check"],
                          cwd=REPO, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr


def test_every_shipped_program_is_what_re_compiles():
    table = _shipped()
    assert len(table) > 300  # spaCy's tokenizer, the claim recognisers, YAML, Markdown ...
    for (pattern, flags), stored in table.items():
        assert regex_programs.program(pattern, flags) == stored, pattern


@pytest.fixture
def installed():
    regex_programs.install()
    re.purge()
    yield
    regex_programs.uninstall()
    re.purge()


def test_patterns_from_the_table_and_new_ones_match_as_re_compiles_them(installed):
    table = _shipped()
    assert re._compiler.compile is regex_programs._compile_from_table
    # A shipped pattern comes from the table, with its flags, groups and names.
    pattern, flags = next((p, f) for p, f in table if isinstance(p, str) and "(?P<" in p)
    from_table = re.compile(pattern, flags)
    regex_programs.uninstall()
    re.purge()
    compiled = re.compile(pattern, flags)
    regex_programs.install()
    assert (from_table.pattern, from_table.flags, from_table.groups, from_table.groupindex) \
        == (compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex)
    # One the table lacks is compiled as always.
    fresh = re.compile(r"(?P<word>zz[a-q]+)-(\d{2,})", re.IGNORECASE)
    assert ("zz-unlisted", 0) not in table
    assert fresh.fullmatch("ZZab-123").groupdict() == {"word": "ZZab"}
    assert re.compile(rb"\x00+b").search(b"a\x00\x00b").span() == (1, 4)


def test_a_table_for_another_python_or_damaged_is_ignored():
    stamp = regex_programs.fingerprint()
    good = regex_programs.dump([(r"a(b)c", 0), (rb"x+", re.IGNORECASE)])
    assert set(regex_programs.load(good)) == {(r"a(b)c", 0), (rb"x+", 2)}
    body = good.partition(b"\n")[2]
    assert regex_programs.load(b"0" * 64 + b" python 3.11\n" + body) == {}
    assert regex_programs.load(stamp + b"\n" + body[:len(body) // 2]) == {}  # cut short
    assert regex_programs.load(stamp + b"\nnot zlib") == {}
    assert regex_programs.load(b"") == {}


def test_a_damaged_entry_is_compiled_as_always(installed, monkeypatch):
    monkeypatch.setattr(regex_programs, "_programs",
                        {(r"q(r)s", 0): (0, b"\xff\xff\xff\xff", 1, {}, (None, None))})
    assert re.compile(r"q(r)s").fullmatch("qrs").group(1) == "r"
