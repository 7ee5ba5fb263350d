"""Issue 16, session 19 (branch i243): review mends of i233's DrugCentral 2023 targets.

A family's name is no alias of one of its genes ("PI3K" is not PIK3CA); a non-human protein
without a gene symbol takes no name a human target holds, nor doubles one; the hERG screen
is no target; "selective for A over B" does not say the drug acts on B; the card says the
2023 rows are listed, not targets."""

from __future__ import annotations

import gzip
import json

from conftest import REPO, load_script, mec_run, said_in

from lint.report.drug_card import render_card
from lint.sources.drugs import load_knowledge


def _script(name):
    return load_script(f"scripts/{name}.py")


def test_a_family_name_is_no_alias_of_one_of_its_genes(tmp_path):
    hgnc = tmp_path / "hgnc.tsv"
    hgnc.write_text(
        "Approved symbol\tStatus\tAlias symbols\tPrevious symbols\tLocus type\n"
        "PIK3CA\tApproved\tPI3K, p110-alpha2\t\tgene with protein product\n"
        "PIK3C2A\tApproved\tPI3K-C2alpha\t\tgene with protein product\n"
        "SLC12A1\tApproved\tNKCC2\t\tgene with protein product\n"
        "TRX-NKCC2-1\tApproved\t\t\tRNA, transfer\n", "utf-8")
    drugcentral = {"drugs": [{"name": "x", "names": [], "lookup": [], "targets": [
        ["PI3K", "PIK3CA", "", "", ""], ["NKCC2", "SLC12A1", "", "", ""]]}]}
    aliases = _script("build_target_aliases").build(hgnc, drugcentral)["aliases"]
    assert "PI3K" not in aliases.get("PIK3CA", [])
    assert aliases["SLC12A1"] == ["NKCC2"]  # a tRNA's symbol names no family


def test_pi3k_isoforms_are_not_read_as_pik3ca(project):
    read = said_in(mec_run(project, {"a.md": (
        "# Duvelisib\n\nDuvelisib inhibits PI3K-delta and PI3K-gamma.\n")}))
    assert not any(value == "pik3ca" for _, _, value in read), read


def test_build_drops_non_human_doubles_and_the_herg_screen():
    script = _script("build_dc2023_targets")
    drugcentral = {"drugs": [{"id": 10, "targets": [["A", "G", "x", "dc2016", ""]],
                              "classes": []}, {"id": 30, "targets": [], "classes": []},
                             {"id": 31, "targets": [], "classes": []}]}
    rows = [{"struct_id": 30, "target_name": "Vitamin D3 receptor", "accession": "P11473"},
            {"struct_id": 30, "target_name": "Vitamin D3 receptor", "accession": "P13053"},
            {"struct_id": 30, "target_name": "Integrase", "accession": "Q7ZJM1"},
            {"struct_id": 31, "target_name": "Potassium voltage-gated channel subfamily H "
             "member 2", "accession": "Q12809"}]
    data = script.build(rows, {"P11473": "VDR", "Q12809": "KCNH2"}, drugcentral)
    assert data["targets"] == {"30": [
        ["Integrase", "", "", "dc2023_targets", "UniProt Q7ZJM1"],
        ["Vitamin D3 receptor", "VDR", "", "dc2023_targets", "UniProt P11473"]]}


def test_packaged_list_has_no_herg_and_no_doubled_target():
    path = REPO / "lint" / "data" / "drugcentral_2023_targets.json.gz"
    targets = json.loads(gzip.decompress(path.read_bytes()))["targets"]
    for drug, rows in targets.items():
        assert not any(row[1] == "KCNH2" for row in rows), drug
        names = [row[0].lower() for row in rows]
        assert len(names) == len(set(names)), (drug, names)


def test_a_rebuild_is_the_same_bytes_on_any_path(tmp_path, monkeypatch):
    script = _script("build_dc2023_targets")
    (tmp_path / "all.json").write_text(json.dumps([
        {"struct_id": 999999, "target_name": "T", "accession": "P1"}]), "utf-8")
    (tmp_path / "h.tsv").write_text(
        "Approved symbol\tStatus\tUniProt ID(supplied by UniProt)\nG1\tApproved\tP1\n", "utf-8")
    out = []
    for name in ("a.json.gz", "other-name.json.gz"):
        monkeypatch.setattr("sys.argv", ["x", "--alltargets", str(tmp_path / "all.json"),
                                         "--hgnc", str(tmp_path / "h.tsv"),
                                         "--out", str(tmp_path / name)])
        assert script.main() == 0
        out.append((tmp_path / name).read_bytes())
    assert out[0] == out[1]


def test_a_gene_less_row_takes_no_name_a_human_target_holds(project):
    kb = load_knowledge()
    read = said_in(mec_run(project, {"a.md": (
        "# Rocuronium\n\nRocuronium blocks the acetylcholine receptor at the motor end plate.\n")}))
    values = {value for drug, attribute, value in read if attribute == "target"}
    for value in values:
        assert "subunit" not in kb.targets.get(value, {}).get("label", "").lower() or \
            kb.targets[value].get("label", "") == "", (value, kb.targets.get(value))
    card = render_card(kb.find("ertugliflozin"), kb, "text")
    assert card.count("Sodium/glucose cotransporter 2") == 1, card


def test_selective_for_one_over_another_acts_on_the_first_only(project):
    read = said_in(mec_run(project, {"a.md": (
        "# Dapagliflozin\n\nDapagliflozin is highly selective for SGLT2 over SGLT1.\n")}))
    assert ("dapagliflozin", "target", "sglt1") not in read, read


def test_the_card_says_2023_rows_are_listed_not_targets():
    kb = load_knowledge()
    card = render_card(kb.find("plecanatide"), kb, "text")
    assert "listed by DrugCentral 2023: Tumor necrosis factor [TNF]" in card, card
    assert "target: Tumor necrosis factor" not in card
