"""The shipped readings of the gated patterns (lint/data/regex_words.bin) are what reading
each pattern's parse tree gives, and a gate built from the table parses nothing."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from lint import regex_programs, startup_table
from lint.annotate import regex_gate
from lint.annotate.regex_gate import (TABLE, FoldedGatedPattern, GatedPattern, fingerprint,
                                      needed_words, needed_words_any_case, reading)


DATA = Path(__file__).resolve().parents[1] / "lint" / "data"


def _shipped() -> dict:
    stamp = (DATA / TABLE).read_bytes().partition(b"\n")[0]
    if not stamp.startswith(regex_programs.fingerprint() or b"\0"):
        pytest.skip("the table was made with another Python; this one reads every "
                    "pattern's parse tree (run scripts/build_startup_tables.py)")
    return startup_table.unpack(None, TABLE, fingerprint())


def test_every_shipped_reading_is_what_the_parse_tree_gives():
    table = _shipped()
    # the claim, evidence and sentence-form gates of a check (empty: made before the
    # last edit of lint/annotate/regex_gate.py; run scripts/build_startup_tables.py)
    assert len(table) > 100
    for pattern, found in table.items():
        assert found == reading(pattern), pattern


@pytest.fixture
def no_parsing(monkeypatch):
    """The table read afresh, and `re`'s parser counted: a tabled pattern must not reach it."""
    monkeypatch.setattr(regex_gate, "_table", None)
    parsed = []
    parse = regex_gate.sre_parse.parse

    def counted(pattern, *args):
        parsed.append(pattern)
        return parse(pattern, *args)

    monkeypatch.setattr(regex_gate.sre_parse, "parse", counted)
    return parsed


def test_gates_of_shipped_patterns_are_built_without_parsing(no_parsing, monkeypatch):
    tabled = sorted(_shipped())
    # what parsing gives (an empty table: every pattern read from its parse tree)
    monkeypatch.setattr(regex_gate, "_table", {})
    expected = {p: (needed_words(p), needed_words_any_case(p)) for p in tabled}
    monkeypatch.setattr(regex_gate, "_table", None)
    kept = re.compile("(?!)")  # (compiled by `re`'s parser)
    no_parsing.clear()
    for pattern in tabled:
        assert (needed_words(pattern), needed_words_any_case(pattern)) == expected[pattern]
    # a gate over all the parts at once (as the claims' recognisers are built; the compiled
    # pattern is only kept)
    assert GatedPattern(kept, tabled).part_words == tuple(
        expected[p][0] for p in tabled)
    assert no_parsing == []


@pytest.mark.parametrize("pattern, words, any_case", [
    # our own patterns, in no table: read from their parse trees as before
    (r"\bour (own|made-up) reading\b", {" reading"}, {" reading"}),
    (r"(?i)only in any case", None, {"only in any case"}),
    (r"\d+ mg daily", {" mg daily"}, {" mg daily"}),
])
def test_a_pattern_the_table_lacks_is_read_from_its_parse_tree(no_parsing, pattern, words,
                                                               any_case):
    assert pattern not in _shipped()
    no_parsing.clear()
    assert needed_words(pattern) == words
    assert needed_words_any_case(pattern) == any_case
    assert pattern in no_parsing
    assert FoldedGatedPattern(re.compile(pattern, re.I), [pattern]).words == (
        tuple(sorted(any_case)) if any_case else None)


def test_a_table_made_by_another_reader_is_not_read(monkeypatch):
    raw = startup_table.pack(b"another reader", {"x(y|z)": (False, ("nonsense",))})
    assert startup_table.unpack(raw, TABLE, fingerprint()) == {}
    # the stamp names this module's own bytes: an edit of the reading makes the table stale
    own = hashlib.sha256(Path(regex_gate.__file__).read_bytes()).hexdigest()
    assert fingerprint().endswith(own.encode())
    monkeypatch.setattr(regex_gate, "_table", {"x(y|z)": (False, ("nonsense",))})
    assert needed_words("x(y|z)") == {"nonsense"}  # what the table says is what a gate reads
    monkeypatch.setattr(regex_gate, "_table", {})
    assert needed_words("x(y|z)") == {"x"}
