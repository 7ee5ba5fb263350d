"""Issue 16, session 14 (branch i147): classes and names on drug families the project had not
seen, from sentences of the gold texts (tests/data/mechanisms/kb_s14_i147.md), read where
they are said and not where they are not:

- a chemical family (DrugCentral's FDA chemical-structure class) as the subject: "The
  aminoglycosides are believed to act by binding to ribosomes …" is said of the family (a
  role such as "antifungal agents" still is not);
- a drug's activity against a group of organisms says its anti-infective class ("is active
  against most Gram-positive bacteria": antibacterial); not a denied activity ("has no
  activity against monamine oxidase"), nor one against "organisms", which names no group;
- "a nitroimidazole antibiotic" stays an antibiotic (antibacterial), as the gold set reads
  it; "broader antibacterial activity" compares, it does not classify; LiverTox's spelling
  "antihelmintic" is the anthelmintics'; "a bactericidal agent" is an antibiotic;
- a hyphen for the space of a two-word name ("Calcitonin-salmon");
- a drug approved after DrugCentral's 2016 tables, known by name from DrugCentral 2023's
  approval lists (plazomicin)."""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import read_fixture

READ = [
    (8, "class:aminoglycoside", "target", "bacterial_ribosome"),
    (12, "class:lipoglycopeptide", "route", "intravenous"),
    (16, "linezolid", "class", "antibacterial"),
    (20, "ivermectin", "class", "anthelmintic"),
    (32, "metronidazole", "class", "antibacterial"),
    (36, "albendazole", "class", "anthelmintic"),
    (40, "calcitonin (salmon synthetic)", "kind", "peptide"),
    (44, "plazomicin", "class", "aminoglycoside"),
    (52, "metronidazole", "class", "antibacterial"),
]

NOT_READ = [
    (24, "bupropion", "class", "antibacterial"),
    (28, "class:fluoroquinolone", "class", "antibacterial"),
    (28, "ciprofloxacin", "class", "antibacterial"),
    (48, "cefaclor", "class", "antibacterial"),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "kb_s14_i147.md")


@pytest.mark.parametrize("expected,statement", [(True, s) for s in READ] +
                         [(False, s) for s in NOT_READ])
def test_classes_and_names_of_new_families(read, expected, statement):
    line = statement[0]
    assert (statement in read[1]) is expected, sorted(s for s in read[1] if s[0] == line)


def test_nothing_else_is_said_of_the_activity_sentences(read):
    # no class at all from "no activity against monamine oxidase" or "against … organisms"
    assert not [s for s in read[1] if s[0] in (24, 28) and s[2] == "class"], read[1]
    # the generation's class is still read from the list
    assert (48, "cefaclor", "class", "second_generation_cephalosporin") in read[1]


def test_no_mec_finding_on_these_correct_sentences(read):
    assert not [f for f in read[0] if f.severity.name in ("ERROR", "WARNING")], read[0]


def test_approved_drug_names_its_source():
    from lint.sources.drugs import load_knowledge

    kb = load_knowledge()
    drug = kb.find("plazomicin")
    assert drug is not None and not drug.other_classes and not drug.target_list
    assert "dc2023_approvals" in kb.datasets
    assert kb.datasets["dc2023_approvals"]["licence"] == "CC BY-SA 4.0"
    assert kb.datasets["dc2023_approvals"]["name"].startswith("DrugCentral 2023")


def test_card_says_where_an_approved_drugs_name_comes_from():
    from lint.report.drug_card import render_card
    from lint.sources.drugs import load_knowledge

    kb = load_knowledge()
    text = render_card(kb.find("plazomicin"), kb, "table")
    assert "names from: DrugCentral 2023 lists of FDA, EMA and PMDA approved drugs " \
           "(CC BY-SA 4.0)" in text
