"""The shipped parsed YAML (lint/data/parsed_data.bin) is what parsing each file gives."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from lint.data import parsed

DATA = Path(__file__).resolve().parents[1] / "lint" / "data"


def _shipped() -> dict:
    raw = (DATA / parsed.TABLE).read_bytes()
    if raw.partition(b"\n")[0] != parsed.fingerprint():
        pytest.skip("the table was made with another Python or YAML parser; this one parses "
                    "every file itself (run scripts/build_startup_tables.py)")
    return parsed.load(raw)


@pytest.fixture
def installed(monkeypatch):
    monkeypatch.setattr(parsed, "_installed", True)
    monkeypatch.setattr(parsed, "_table", None)


def _shape(value, seen=None) -> object:
    """The value's structure with what it shares marked (an alias's list read twice)."""
    seen = {} if seen is None else seen
    if isinstance(value, (dict, list)):
        if id(value) in seen:
            return ("shared", seen[id(value)])
        seen[id(value)] = len(seen)
        items = value.items() if isinstance(value, dict) else enumerate(value)
        return (type(value).__name__, [(k, _shape(v, seen)) for k, v in items])
    return (type(value).__name__, value)


def test_every_shipped_value_is_what_its_file_parses_to():
    table = _shipped()
    assert len(table) >= 10  # hedges, claims, evidence topics, coverage ...
    for name, (digest, value) in table.items():
        text = (DATA / name).read_text("utf-8")
        assert digest == parsed.digest(text), f"{name} changed: rebuild the start-up tables"
        assert _shape(value) == _shape(parsed.parse(text)), name


def test_load_data_reads_the_same_with_the_table(installed):
    from lint.data import load_data

    shipped = _shipped()
    for path in sorted(DATA.glob("*.yaml")):
        text = path.read_text("utf-8")
        served = parsed.value(path.name, text)
        assert _shape(served) == _shape(parsed.parse(text)), path.name
        if path.name in shipped:
            assert served is parsed._table[path.name][1]  # from the table, not parsed
    assert load_data.__wrapped__("hedges.yaml") == parsed.parse(
        (DATA / "hedges.yaml").read_text("utf-8"))


def test_an_edited_file_is_parsed_again(installed):
    _shipped()
    text = (DATA / "hedges.yaml").read_text("utf-8") + "\nextra: [1, 2]\n"
    value = parsed.value("hedges.yaml", text)
    assert value["extra"] == [1, 2]


def test_a_foreign_or_damaged_table_is_empty():
    raw = (DATA / parsed.TABLE).read_bytes()
    stamp, _, body = raw.partition(b"\n")
    assert parsed.load(b"yaml 0.0 another parser\n" + body) == {}
    assert parsed.load(stamp + b"\n" + body[:40]) == {}
    assert parsed.load(stamp + b"\n" + zlib.compress(b"not marshal")) == {}
    assert parsed.load(b"") == {}


def test_without_the_table_everything_is_parsed(monkeypatch):
    monkeypatch.setattr(parsed, "_installed", False)
    monkeypatch.setattr(parsed, "_table", {"hedges.yaml": (b"x", {"planted": True})})
    text = (DATA / "hedges.yaml").read_text("utf-8")
    assert parsed.value("hedges.yaml", text) == parsed.parse(text)
