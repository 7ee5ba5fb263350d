"""Issue 16, session 20 (branches i253, i258): a drug the knowledge base does not know is
read when the text itself defines, doses or brands it (lint/annotate/mechanism_text_drugs.py;
tests/data/mechanisms/s20_i253.md: sentences of our own in the shapes of the gold texts of
rounds 11-22, one per shape), and the mention keeps why, with the line that said so; people,
companies, products, bacteria, food additives, body proteins, salts, English words and a
numeral before a bracket written in the same shapes are no drugs (i258, the review of i253)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_mechanisms_acceptance import _mec_on

DATA = Path(__file__).parent / "data" / "mechanisms" / "s20_i253.md"

READ = [
    ("paltusotine", "route", "oral"),
    ("paltusotine", "schedule", "daily"),
    ("paltusotine", "kind", "non-peptide"),
    ("relacorilant", "route", "oral"),
    ("poziotinib", "route", "oral"),
    ("poziotinib", "target", "egfr"),
    ("elinzanetant", "route", "oral"),
    ("sonrotoclax", "target", "bcl2"),
    # a brand before a known drug's name in brackets is that drug (round 26's thyrotropin
    # alfa label, after scoring: "Thyrogen (thyrotropin alfa for injection) is supplied as")
    ("thyrotropin alfa", "route", "intramuscular"),
]
NOT_READ = [
    # a target inside a compound class noun names the class the tables lack, not a target
    ("relacorilant", "target", "glucocorticoid_receptor"),
    # a chemical kind in the plural is what the drug acts on ("Bcl-2 family proteins")
    ("sonrotoclax", "kind", "protein"),
]
# each drug, why it is one, and the start of the sentence that says so (one per shape)
# (paltusotine, aprocitentan, elinzanetant and crinecerfont, unknown when this was written,
# are FDA approvals the newer-approvals layer knows since session 31: no MEC005, below; the
# cardiac myosin inhibitor of the title shape is ulacamten, still investigational)
REASONS = {
    "relacorilant": ("describes it as one", "Relacorilant, a selective"),  # "<W>, a …"
    "ulacamten": ("describes it as one", "Ulacamten: A cardiac myosin"),  # a title
    "sonrotoclax": ("describes it as one", "Sonrotoclax, a BCL2 inhibitor"),
    "baxdrostat": ("gives it a dose", "Baxdrostat 2 mg"),  # "<W> 2 mg"
    "poziotinib": ("gives it a dose", "Upon oral administration, poziotinib"),
}
# Words written in the drugs' shapes that are no drugs (the review of i253, items 1-3).
NOT_DRUGS = {"penile", "ovarian", "spexin", "krumholz", "avicenna", "pfizer", "klebsiella",
             "kowalski", "carrageenan", "moriarty", "quixote", "sclerostin", "adiponectin",
             "samsung", "hypromellose", "tempeh", "sodium", "lorvanta"}


def _line_of(start: str) -> int:
    lines = DATA.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if line.startswith(start))


@pytest.fixture(scope="module", name="read")
def read_fixture(tmp_path_factory):
    from conftest import Project

    project = Project(tmp_path_factory.mktemp("s20_i253"))
    found, result, said = _mec_on(project, "s20_i253.md", "s20.md")
    mentions = {m.name: m.reason for d in result.documents
                for m in d.annotations.drug_mentions if not m.known}
    messages = {d.context: (d.span.start.line, d.message) for d in result.diagnostics
                if d.code == "MEC005"}
    return found, {s[:3] for s in said if s[3]}, mentions, messages


@pytest.mark.parametrize("statement", READ)
def test_read_of_a_drug_the_text_defines(read, statement):
    assert statement in read[1], sorted(s for s in read[1] if s[0] == statement[0])


@pytest.mark.parametrize("statement", NOT_READ)
def test_not_read(read, statement):
    assert statement not in read[1]


@pytest.mark.parametrize("name", sorted(REASONS))
def test_each_mention_says_why_and_where(read, name):
    said, start = REASONS[name]
    assert read[2].get(name) == f"taken for a drug because line {_line_of(start)} {said}", \
        read[2].get(name)


def test_the_reason_keeps_the_defining_line_not_the_first_use(read):
    # ulacamten is first used two lines before the title that defines it
    line, message = read[3]["ulacamten"]
    assert line == _line_of("Results with ulacamten")
    assert message == ("'ulacamten' is not in the drug knowledge base (taken for a drug "
                       f"because line {_line_of('Ulacamten: A')} describes it as one)")


def test_people_products_bacteria_additives_body_proteins_salts_are_no_drugs(read):
    assert not NOT_DRUGS & set(read[2]), sorted(NOT_DRUGS & set(read[2]))


def test_no_mec_warning_on_these_correct_sentences(read):
    # (a salt's word after "Sodium 2300 mg" took heparin's and naproxen's schedules: MEC003)
    assert read[0] == [], read[0]


def test_a_word_right_after_a_drugs_name_stays_part_of_it():
    """'Heparin sodium …' once another sentence made 'sodium' a drug: the word after a
    drug's name is not matched again (the first reading already skips it)."""
    import spacy

    from lint.annotate.mechanism_text_drugs import text_drug_matches

    doc = spacy.blank("en")("Heparin ritovase is given twice daily; ritovase 5 mg.")
    matches = [("drug", "heparin", 0, 1)]
    out = text_drug_matches(doc, matches, {"ritovase": ("dosed", 0, 7)})
    assert [m[2] for m in out] == [0, 7], out


@pytest.mark.parametrize("name", ["paltusotine", "aprocitentan", "elinzanetant", "crinecerfont"])
def test_drugs_approved_since_are_known_and_not_reported_unknown(read, name):
    from lint.sources.drugs import load_knowledge

    assert load_knowledge().find(name).approval.startswith("FDA novel drug approval")
    assert name not in read[3]
