"""Issue 16, session 15 (branch i167). Sentences of the round 6, 9, 11 and 12 gold texts
(tests/data/mechanisms/s15_i167.md: LiverTox, Wikipedia):

- targets named by the alias HGNC records for the gene (lint/data/target_aliases.json, built by
  scripts/build_target_aliases.py from an HGNC download, CC0): "binds to the CysLT1 and CysLT2
  receptors" (CYSLTR1), "also inhibits NKCC2" (SLC12A1), "an agonist at the 5-HT2A–mGlu2
  receptor protomer" (HTR2A); an alias no drug acts on ("HER4 is expressed in the heart") is
  no target;
- a class said of a class past one qualifying word: "The cephalosporins are a family of
  bactericidal antibiotics" (as "a family of antibiotics" already was)."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest
from test_mechanisms_acceptance import _mec_on

READ = [
    ("montelukast", "target", "cysltr1", True),
    ("class:loop diuretic", "target", "slc12a1", True),
    ("efavirenz", "target", "htr2a", True),
    ("class:cephalosporin", "class", "antibacterial", True),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    from conftest import Project

    project = Project(tmp_path_factory.mktemp("s15_i167"))
    found, _, said = _mec_on(project, "s15_i167.md", "s15.md")
    return found, said


@pytest.mark.parametrize("statement", READ)
def test_read_where_the_sentence_says_it(read, statement):
    assert statement in {s[:4] for s in read[1]}, sorted(
        s for s in read[1] if s[0] == statement[0])


def test_an_alias_no_drug_acts_on_is_no_target(read):
    assert not [s for s in read[1] if s[0] == "erlotinib" and s[1] == "target"], sorted(read[1])


def test_no_mec_finding_on_these_correct_sentences(read):
    assert read[0] == [], read[0]


def test_the_aliases_are_sourced_and_distinctive():
    data = json.loads(resources.files("lint.data").joinpath("target_aliases.json")
                      .read_text(encoding="utf-8"))
    assert "HGNC" in data["source"] and "CC0" in data["licence"]
    aliases = data["aliases"]
    assert "NKCC2" in aliases["SLC12A1"] and "HER4" in aliases["ERBB4"]
    seen = {}
    for symbol, written in aliases.items():
        for alias in written:
            # a digit, as the gene symbols read in text; one gene per alias
            assert re.search(r"\d", alias) and 3 <= len(alias) <= 12, (symbol, alias)
            assert seen.setdefault(alias.lower(), symbol) == symbol, (symbol, alias)


def test_the_knowledge_base_names_the_targets_by_their_aliases():
    from lint.sources.drugs import load_knowledge

    targets = load_knowledge().targets
    assert "NKCC2" in targets["slc12a1"]["names"]
    assert "CysLT1 receptor" in targets["cysltr1"]["names"]
    assert "CD117" in targets["kit"]["names"]  # KIT: DrugCentral's name alone was too long


def test_the_build_keeps_an_alias_only_where_it_names_one_gene(tmp_path):
    """Real HGNC rows: ADRA1D's alias "ADRA1A" is another gene's symbol and "ADRA1" the stem of
    the family's symbols, SLC12A1's "NKCC2" is its own; "BSC" has no digit."""
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "scripts" / "build_target_aliases.py"
    spec = importlib.util.spec_from_file_location("build_target_aliases", script)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    hgnc = tmp_path / "hgnc.tsv"
    hgnc.write_text(
        "Approved symbol\tApproved name\tStatus\tAlias symbols\tPrevious symbols\tLocus type\n"
        "ADRA1A\tadrenoceptor alpha 1A\tApproved\tADRA1L1\tADRA1C\tgene with protein product\n"
        "ADRA1D\tadrenoceptor alpha 1D\tApproved\tADRA1R, ADRA1A, ADRA1\t\t"
        "gene with protein product\n"
        "SLC12A1\tsolute carrier family 12 member 1\tApproved\tNKCC2, CCC2, BSC1, BSC, BSC-1\t\t"
        "gene with protein product\n",
        encoding="utf-8")
    drugcentral = {"drugs": [{"name": "bumetanide", "names": ["bumetanide"], "lookup": [],
                              "targets": [["Solute carrier family 12 member 1", "SLC12A1"]]},
                             {"name": "tamsulosin", "names": ["tamsulosin"], "lookup": [],
                              "targets": [["Alpha-1D adrenergic receptor", "ADRA1D"]]}]}
    aliases = build.build(hgnc, drugcentral)["aliases"]
    assert aliases["SLC12A1"] == ["NKCC2", "CCC2", "BSC1", "BSC-1"]
    assert aliases["ADRA1D"] == ["ADRA1R"]  # "ADRA1" names the family (ADRA1A, ADRA1D …)
    bad = tmp_path / "notes.tsv"
    bad.write_text("symbol\tname\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not an HGNC download"):
        build.build(bad, drugcentral)
