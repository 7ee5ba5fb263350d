"""The shipped knowledge-base snapshot is the base the shipped data and code build."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import REPO
from lint.sources import drugs, knowledge_snapshot


@pytest.fixture(scope="module")
def built():
    """A base built from the data, and the class aliases its build leaves."""
    kb = drugs.build_packaged()
    return kb, {key: set(value) for key, value in drugs._CLASS_ALIASES.items()}


@pytest.fixture(scope="module")
def dumped(built):
    """The snapshot of that base, made once for the tests that read it (bytes: nothing a
    test does changes them; dumping the same base gives the same bytes)."""
    return knowledge_snapshot.dump(built[0])


def _shipped() -> bytes:
    raw = (REPO / "lint" / "data" / knowledge_snapshot.SNAPSHOT).read_bytes()
    made_for = raw.partition(b"\n")[0].rpartition(b" ")[2].decode()
    if made_for != knowledge_snapshot.python():
        pytest.skip(f"the snapshot was made with Python {made_for}; this Python builds the "
                    "base (run scripts/build_knowledge_snapshot.py)")
    return raw


def test_the_shipped_snapshot_is_what_the_data_and_code_build():
    _shipped()
    done = subprocess.run([sys.executable, "scripts/build_knowledge_snapshot.py", "--check"],
                          cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr


def test_a_snapshot_reads_back_as_the_base_it_was_made_of(built, dumped, monkeypatch):
    kb, aliases = built
    raw = dumped
    monkeypatch.setattr(drugs, "_CLASS_ALIASES", {})
    again = knowledge_snapshot.load(raw)
    assert again == kb  # every drug, class, target, lexicon entry and the name index
    # and the names read in text, shipped made (the mechanism extractor's start-up)
    assert again._text_names is not None and again.text_names() == kb._find_text_names()
    assert again is not kb and again.drugs["leuprorelin"] is not kb.drugs["leuprorelin"]
    assert drugs._CLASS_ALIASES == aliases


def test_objects_shared_in_the_base_stay_shared(built):
    """A drug filed under two keys (a project may do that) is one object after a snapshot."""
    kb, _ = built
    twin = drugs.KnowledgeBase(drugs={"a": kb.drugs["leuprorelin"], "b": kb.drugs["leuprorelin"],
                                      "c": kb.drugs["goserelin"]}, classes=kb.classes)
    again = knowledge_snapshot.load(knowledge_snapshot.dump(twin))
    assert again.drugs["a"] is again.drugs["b"] and again.drugs["a"] is not again.drugs["c"]
    assert again == twin


def test_a_stale_or_damaged_snapshot_is_ignored(dumped):
    raw = dumped
    stamp, _, body = raw.partition(b"\n")
    assert knowledge_snapshot.load(b"0" * len(stamp) + b"\n" + body) is None  # other inputs
    assert knowledge_snapshot.load(stamp + b"\n" + body[:len(body) // 2]) is None  # cut short
    assert knowledge_snapshot.load(stamp + b"\n" + b"not zlib") is None
    assert knowledge_snapshot.load(b"") is None


def test_the_snapshot_follows_its_inputs(monkeypatch):
    before = knowledge_snapshot.fingerprint()
    monkeypatch.setattr(knowledge_snapshot, "DATA_FILES", knowledge_snapshot.DATA_FILES[:-1])
    assert knowledge_snapshot.fingerprint() != before
