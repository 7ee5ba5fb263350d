"""The shipped English lemma table answers as spaCy's full lookup table did, without it."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, cli

BLOCKER = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split(".")[0] == "spacy_lookups_data":
            raise ImportError("spacy_lookups_data is not installed")
sys.meta_path.insert(0, Block())
from lint.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_every_lookup_matches_spacy_lookups_data():
    lookups = pytest.importorskip(
        "spacy_lookups_data", reason="spacy-lookups-data is not installed (no longer a "
                                     "dependency); only needed to compare the tables")
    from lint.nlp import lemma_table

    source = Path(lookups.en["lemma_lookup"])
    if not source.exists():
        source = source.with_name(source.name + ".gz")
    with gzip.open(source, "rt", encoding="utf-8") as handle:
        full = json.load(handle)
    shipped = lemma_table()
    words = {word.lower() for word in full} | {"studies", "unknownword"}
    for word in words:
        assert shipped.get(word, word) == full.get(word, word), word


def test_norms_are_lemmas_without_spacy_lookups_data(project):
    from lint.nlp import pipeline

    doc = pipeline()("Studies showed that men were treated.")
    assert [t.norm_ for t in doc] == ["study", "show", "that", "man", "be", "treat", "."]
    project.write("references.bib", "")
    project.write("content/a.md", "---\ntitle: T\n---\n\nStudies have shown that it cures.\n")
    (project.root / "run.py").write_text(BLOCKER)
    blocked = subprocess.run([sys.executable, "run.py", "check", "--no-cache"], cwd=project.root,
                             env=dict(os.environ, PYTHONPATH=str(REPO)), capture_output=True,
                             text=True, timeout=300)
    normal = cli(project.root, "check", "--no-cache")
    assert blocked.returncode == normal.returncode == 1, blocked.stderr
    assert blocked.stdout == normal.stdout and "EVD002" in blocked.stdout
