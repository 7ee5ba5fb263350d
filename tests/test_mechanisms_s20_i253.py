"""Issue 16, session 20 (branch i253): a drug the knowledge base does not know is read when
the text itself defines, doses or brands it (lint/annotate/mechanism_text_drugs.py;
tests/data/mechanisms/s20_i253.md: sentences of our own in the shapes of the gold texts of
rounds 11-22), and the mention keeps why; English words, a body's own substances and a
numeral before a bracket are no drugs."""

from __future__ import annotations

import pytest

from test_mechanisms_acceptance import _mec_on

READ = [
    ("paltusotine", "route", "oral"),
    ("paltusotine", "schedule", "daily"),
    ("paltusotine", "kind", "non-peptide"),
    ("relacorilant", "route", "oral"),
    ("poziotinib", "route", "oral"),
    ("poziotinib", "target", "egfr"),
]
# a target inside a compound class noun names the class the tables lack, not a target
NOT_READ = [("relacorilant", "target", "glucocorticoid_receptor")]
REASONS = {"paltusotine": "defined as a drug", "relacorilant": "defined as a drug",
           "crinecerfont": "a brand's generic name", "poziotinib": "dosed"}


@pytest.fixture(scope="module", name="read")
def read_fixture(tmp_path_factory):
    from conftest import Project

    project = Project(tmp_path_factory.mktemp("s20_i253"))
    found, result, said = _mec_on(project, "s20_i253.md", "s20.md")
    mentions = {m.name: m.reason for d in result.documents
                for m in d.annotations.drug_mentions if not m.known}
    messages = [d.message for d in result.diagnostics if d.code == "MEC005"]
    return found, {s[:3] for s in said if s[3]}, mentions, messages


@pytest.mark.parametrize("statement", READ)
def test_read_of_a_drug_the_text_defines(read, statement):
    assert statement in read[1], sorted(s for s in read[1] if s[0] == statement[0])


@pytest.mark.parametrize("statement", NOT_READ)
def test_not_read(read, statement):
    assert statement not in read[1]


def test_each_mention_says_why_it_is_a_drug(read):
    assert {name: read[2].get(name) for name in REASONS} == {
        name: f"read from the text: {why}" for name, why in REASONS.items()}
    assert any("'crinecerfont' is not in the drug knowledge base (read from the text: a "
               "brand's generic name)" in m for m in read[3]), read[3]


def test_english_words_and_body_substances_are_no_drugs(read):
    assert not {"acromegaly", "penile", "ovarian", "spexin"} & set(read[2]), read[2]


def test_no_mec_warning_on_these_correct_sentences(read):
    assert read[0] == [], read[0]
