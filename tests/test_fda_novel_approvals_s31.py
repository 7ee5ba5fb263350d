"""Session 31 (branch i424, issue 16): drugs approved after the DrugCentral snapshot, as a
sourced layer built from FDA's novel approvals 2020-2025 and their labels
(lint/data/sources/fda_novel_approvals.tsv, scripts/build_fda_approvals.py).

Round 44's newest subjects (sotatercept, iptacopan, zilucoplan ...) were unknown to the base, or
known by name alone (avacopan, voclosporin), so their sentences had no subject or nothing to be
compared with. Sentences below are in our own words, in the shapes drug pages use."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import mec_found, mec_on, said_in

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import build_fda_approvals  # noqa: E402


@pytest.fixture(scope="module")
def kb():
    from lint.sources.drugs import load_knowledge

    return load_knowledge()


def test_the_shipped_layer_is_what_its_table_builds():
    assert build_fda_approvals.main(["--check"]) == 0


def test_the_table_is_broad_and_every_row_is_a_novel_approval_of_2020_to_2025():
    rows = build_fda_approvals.rows()
    assert len(rows) >= 150
    assert {row["year"] for row in rows} == {str(y) for y in range(2020, 2026)}
    assert len({row["inn"] for row in rows}) == len(rows)


@pytest.mark.parametrize("name,key,year", [
    ("sotatercept", "sotatercept", "2024"), ("Winrevair", "sotatercept", "2024"),
    ("sotatercept-csrk", "sotatercept", "2024"), ("iptacopan", "iptacopan", "2023"),
    ("zilucoplan", "zilucoplan", "2023"), ("Beyfortus", "nirsevimab", "2023"),
    ("suzetrigine", "suzetrigine", "2025"),
])
def test_newer_approvals_are_known_with_their_year(kb, name, key, year):
    drug = kb.find(name)
    assert drug is not None and drug.key == key
    assert drug.approval.startswith(f"FDA novel drug approval {year}")


def test_a_drugcentral_name_alone_takes_the_labels_class_and_keeps_its_id(kb):
    voclosporin = kb.find("voclosporin")
    assert voclosporin.drugcentral_id == 4366
    assert voclosporin.has_class("calcineurin_inhibitor")
    assert kb.find("Lupkynis") is voclosporin
    # DrugCentral's own classes are kept where it gives one (the layer adds none then)
    amisulpride = kb.find("amisulpride")
    assert all(row[2] != "fda_novel" for row in amisulpride.other_classes)


def test_the_drug_card_names_the_source_and_its_licence(kb):
    from lint.report.drug_card import render_card

    card = render_card(kb.find("iptacopan"), kb, "text")
    assert "approved: FDA novel drug approval 2023 (Fabhalta)" in card
    assert "Complement Factor B Inhibitor (FDA established pharmacologic class)" in card
    assert "public domain (US government work)" in card


def test_an_english_word_is_a_name_for_look_up_only():
    row = {"year": "2024", "inn": "exampletide", "other_names": "", "brand": "Rapid",
           "epc": "", "targets": "", "routes": "oral", "kind": "", "checked": "unchecked"}
    built = build_fda_approvals.record(row, build_fda_approvals.english_words())
    assert built["names"] == ["exampletide"] and built["lookup"] == ["Rapid"]


# Session 31 (branch i431): the table was typed from memory; each row now says what a stored
# document confirmed, and the header's count is the column's.
def test_every_row_says_what_was_checked_and_the_header_counts_the_same():
    table = build_fda_approvals.rows()
    assert all(build_fda_approvals.CHECKED.match(row["checked"]) for row in table)
    done = [row for row in table if row["checked"].startswith("checked ")]
    header = build_fda_approvals.TABLE.read_text(encoding="utf-8").split("\nyear\t")[0]
    assert f"{len(done)} of {len(table)} rows have fields confirmed" in header
    # a checked row names a document: a web address, an openFDA record or an NDC
    assert all(("http" in row["checked"] or "openFDA" in row["checked"]) for row in done)


@pytest.mark.parametrize("note", ["", "verified", "checked: https://www.fda.gov/x",
                                  "unchecked, probably right"])
def test_a_row_that_does_not_say_what_was_checked_is_refused(note):
    row = {"year": "2024", "inn": "exampletide", "other_names": "", "brand": "Exampla",
           "epc": "", "targets": "", "routes": "oral", "kind": "", "checked": note}
    with pytest.raises(ValueError, match="checked column"):
        build_fda_approvals.record(row, set())


@pytest.mark.parametrize("note", [
    "unchecked", "unchecked (a third-party list agrees on year+inn+brand: https://example.org/x)",
    "checked year+inn+brand: https://www.fda.gov/x", "checked inn+brand: openFDA NDC 0002-2457"])
def test_a_row_that_says_what_was_checked_is_built(note):
    row = {"year": "2024", "inn": "exampletide", "other_names": "", "brand": "Exampla",
           "epc": "", "targets": "", "routes": "oral", "kind": "", "checked": note}
    assert build_fda_approvals.record(row, set())["name"] == "exampletide"


def test_the_shipped_layer_says_how_much_of_it_was_checked():
    import json

    layer = json.loads(build_fda_approvals.OUT.read_text(encoding="utf-8"))
    table = build_fda_approvals.rows()
    done = sum(row["checked"].startswith("checked ") for row in table)
    assert layer["sources"]["fda_novel"]["checked"].startswith(f"{done} of {len(table)} rows")


def test_no_name_of_the_layer_read_in_text_is_an_english_word(kb):
    import json

    words = build_fda_approvals.english_words()
    layer = json.loads(build_fda_approvals.OUT.read_text(encoding="utf-8"))
    assert not [n for d in layer["drugs"] for n in d["names"] if n.lower() in words]


def test_a_brand_never_merges_into_another_drug():
    from lint.sources.drugs import with_fda_approvals

    table = {"sources": {}, "drugs": [
        {"id": 1, "name": "olddrug", "names": ["olddrug", "Newbrand"], "lookup": [],
         "classes": [], "targets": [], "kind": ["", ""]}]}
    layer = {"sources": {"fda_novel": {}}, "drugs": [
        {"id": None, "name": "newmab", "names": ["newmab", "Newbrand"], "lookup": [],
         "classes": [["Example Blocker", "fda_epc", "fda_novel", ""]], "targets": [],
         "kind": ["protein", "", "fda_novel"], "routes": ["intravenous"],
         "approval": "FDA novel drug approval 2024 (Newbrand)"}]}
    merged = with_fda_approvals(table, layer)
    assert [d["name"] for d in merged["drugs"]] == ["olddrug", "newmab"]
    assert merged["drugs"][0]["classes"] == []


SENTENCES = "\n".join([
    "# Newer medicines", "",
    "Zilucoplan is a macrocyclic peptide injected under the skin once a day.", "",
    "Etrasimod, taken by mouth once daily, is used for ulcerative colitis.", "",
    "Winrevair (sotatercept) is given as a subcutaneous injection every three weeks.", "",
    "Voclosporin is a calcineurin inhibitor taken orally twice daily.", "",
    "Fabhalta is taken by mouth twice a day.", "",
])


@pytest.mark.parametrize("said", [
    ("zilucoplan", "route", "subcutaneous"), ("zilucoplan", "schedule", "daily"),
    ("etrasimod", "route", "oral"), ("sotatercept", "route", "subcutaneous"),
    ("sotatercept", "schedule", "every 3 weeks"),
    ("voclosporin", "class", "calcineurin_inhibitor"), ("iptacopan", "route", "oral"),
])
def test_sentences_about_newer_drugs_have_their_subject(project, said):
    assert said in said_in(mec_on(project, SENTENCES))


def test_correct_sentences_about_newer_drugs_give_no_finding(project):
    assert mec_found(project, SENTENCES) == []


def test_a_route_the_label_does_not_give_is_found(project):
    text = "# Iptacopan\n\nIptacopan is given by intravenous infusion every month.\n"
    assert mec_found(project, text) == [("MEC004", 3)]
    message = next(d.message for d in mec_on(project, text).diagnostics if d.code == "MEC004")
    assert "FDA novel drug approval 2023 (Fabhalta)" in message


@pytest.mark.parametrize("text", [
    "# Clinics\n\nThe Journal of Rapid Medicine was founded in Welcome Bay in 2021.\n",
    "# Clinics\n\nTavner Clinic and the Zilbry Institute offer weekly injections.\n",
])
def test_ordinary_and_brand_like_capitalised_words_are_no_drugs(project, text):
    assert said_in(mec_on(project, text)) == set()


# The layer's established classes are filed under the classes texts already use
# (lint/data/sources/fda_epc_names.yaml, drug_classes.yaml): shapes of gold rounds 7, 20, 22,
# 24 and 36 (development data), in our own words. A class of its own would contradict them.
@pytest.mark.parametrize("text", [
    "# Relugolix\n\nRelugolix is an oral GnRH antagonist taken once a day.\n",
    "# Finerenone\n\nFinerenone is a non-steroidal mineralocorticoid receptor antagonist.\n",
    "# Enclomiphene\n\nEnclomiphene acts as an estrogen receptor antagonist in the "
    "hypothalamus.\n",
    "# Paxlovid\n\nPaxlovid pairs nirmatrelvir with ritonavir, a CYP3A4 inhibitor that "
    "slows its breakdown.\n",
])
def test_the_labels_classes_do_not_contradict_the_classes_texts_use(project, text):
    assert mec_found(project, text) == []


def test_a_combination_brand_names_no_single_ingredient(kb):
    assert kb.find("Paxlovid") is None
    assert kb.find("nirmatrelvir").approval == "FDA novel drug approval 2023 (Paxlovid)"


def test_a_narrower_label_class_does_not_shadow_the_usual_name(project):
    text = "# Atomoxetine\n\nAtomoxetine is a selective norepinephrine reuptake inhibitor.\n"
    said = said_in(mec_on(project, text))
    assert ("atomoxetine", "class", "norepinephrine reuptake inhibitor") in said, said


@pytest.mark.parametrize("text", [
    "# Zilucoplan\n\nZilucoplan is given to adults with myasthenia gravis who are AChR "
    "antibody positive.\n",
    "# Zilucoplan\n\nZilucoplan was also studied in antibody-negative patients.\n",
])
def test_an_antibody_test_result_is_no_kind_of_the_drug(project, text):
    assert ("zilucoplan", "kind", "antibody") not in said_in(mec_on(project, text))
    assert mec_found(project, text) == []


def test_an_antibody_the_drug_is_stays_its_kind(project):
    text = "# Eculizumab\n\nEculizumab is a monoclonal antibody positioned against C5.\n"
    said = said_in(mec_on(project, text))
    assert any(d == "eculizumab" and a == "kind" for d, a, _ in said), said


# "…, while ritonavir is a strong CYP3A inhibitor, slowing down nirmatrelvir metabolism" (a
# Wikipedia shape of gold round 22, development data): once nirmatrelvir was known, its
# metabolism's drug took ritonavir's class and MEC001 set it against "protease inhibitor".
@pytest.mark.parametrize("text", [
    "# Paxlovid\n\nRitonavir is a strong CYP3A inhibitor, slowing down nirmatrelvir "
    "metabolism.\n",
    "# Paxlovid\n\nNirmatrelvir blocks the viral protease, while ritonavir is a CYP3A "
    "inhibitor, raising nirmatrelvir levels.\n",
])
def test_the_drug_whose_metabolism_is_slowed_takes_no_class(project, text):
    said = said_in(mec_on(project, text))
    assert ("ritonavir", "class", "cytochrome p450 3a inhibitor") in said, said
    assert not any(d == "nirmatrelvir" and a == "class" and "p450" in v for d, a, v in said)


def _first_row(kb, checked: bool) -> dict:
    """The table's first row whose check says so and whose drug the layer gives its approval
    (the rows, not a name in this test, decide)."""
    return next(row for row in build_fda_approvals.rows()
                if row["checked"].startswith("checked ") == checked
                and (kb.find(row["inn"]) or None) and kb.find(row["inn"]).approval)


def test_the_drug_card_says_which_document_confirmed_a_checked_row(kb):
    from lint.report.drug_card import render_card

    row = _first_row(kb, checked=True)
    card = render_card(kb.find(row["inn"]), kb, "text")
    assert f"approval row: {row['checked']}" in card


def test_the_drug_card_says_an_unchecked_row_was_typed_from_memory(kb):
    from lint.report.drug_card import render_card

    row = _first_row(kb, checked=False)
    card = render_card(kb.find(row["inn"]), kb, "text")
    assert "approval row: not yet confirmed against a stored copy" in card
    assert "typed from memory" in card


def test_a_drug_outside_the_layer_has_no_approval_row(kb):
    from lint.report.drug_card import render_card

    assert "approval row" not in render_card(kb.find("clomiphene"), kb, "text")
