"""Issue 16, session 19 (branch i233): DrugCentral 2023's targets of the drugs newer than the
2016 tables (scripts/build_dc2023_targets.py, lint/data/drugcentral_2023_targets.json.gz).

The 2016 drug-target table gives no target to the drugs that entered DrugCentral after it
(sotagliflozin, letermovir, lasmiditan …); DrugCentral 2023's AllTargets.json lists theirs,
without an action type. Kept: a newer drug's rows, unless they are a profiling panel; not an
older drug's (a long-screened compound's bioactivities), not over the 2016 rows, not over a
curated entry's own targets. No action is claimed, and the target's names are read in text."""

from __future__ import annotations


from conftest import REPO, load_script, mec_run, said_in

from lint.report.drug_card import render_card
from lint.sources.drugs import load_knowledge


def _script():
    return load_script("scripts/build_dc2023_targets.py")


def _drug(number, targets=(), classes=()):
    return {"id": number, "name": f"drug{number}", "targets": list(targets),
            "classes": list(classes)}


def test_build_keeps_newer_drugs_rows_only():
    script = _script()
    old_row = ["Aromatase", "CYP19A1", "inhibitor", "dc2016", "CHEMBL"]
    drugcentral = {"drugs": [_drug(10, [old_row]), _drug(20, classes=[
        ["Dyes", "fda_epc", "dc2016", "FDA N1"]]), _drug(5), _drug(30), _drug(31), _drug(40)]}
    rows = [{"struct_id": 30, "target_name": "Sodium/glucose cotransporter 1",
             "accession": "P13866", "name": "new"},
            {"struct_id": 5, "target_name": "Old screen", "accession": "P1", "name": "old"},
            {"struct_id": 10, "target_name": "Another", "accession": "P2", "name": "dc2016"},
            {"struct_id": 40, "target_name": "Virus protein", "accession": "Q9", "name": "v"}]
    rows += [{"struct_id": 31, "target_name": f"Kinase {n}", "accession": f"K{n}",
              "name": "panel"} for n in range(script.PANEL + 1)]
    data = script.build(rows, {"P13866": "SLC5A1"}, drugcentral)
    assert data["targets"] == {
        "30": [["Sodium/glucose cotransporter 1", "SLC5A1", "", "dc2023_targets",
                "UniProt P13866"]],
        "40": [["Virus protein", "", "", "dc2023_targets", "UniProt Q9"]]}
    assert data["sources"]["dc2023_targets"]["licence"] == "CC BY-SA 4.0"


def test_build_reads_gene_symbols_from_hgnc(tmp_path):
    script = _script()
    hgnc = tmp_path / "hgnc.tsv"
    hgnc.write_text("Approved symbol\tStatus\tUniProt ID(supplied by UniProt)\n"
                    "SLC5A1\tApproved\tP13866\nOLD1\tEntry Withdrawn\tP99999\n", "utf-8")
    assert script.read_genes(hgnc) == {"P13866": "SLC5A1"}
    (tmp_path / "bad.tsv").write_text("symbol\n", "utf-8")
    try:
        script.read_genes(tmp_path / "bad.tsv")
    except ValueError as error:
        assert "not an HGNC download" in str(error)
    else:
        raise AssertionError("a file without HGNC's columns is refused")


def test_build_says_which_input_is_missing(tmp_path, capsys, monkeypatch):
    script = _script()
    monkeypatch.setattr("sys.argv", ["x", "--alltargets", str(tmp_path / "none.json"),
                                     "--hgnc", str(tmp_path / "none.tsv")])
    assert script.main() == 2
    assert "none.json: no such file" in capsys.readouterr().err


def test_packaged_base_gives_letermovir_its_2023_targets_with_their_source():
    # (sotagliflozin, the first example, takes its FDA label's targets with their action
    # since session 31: the newer-approvals layer; letermovir, of 2017, is outside it)
    kb = load_knowledge()
    drug = kb.find("letermovir")
    rows = [row for row in drug.target_list if row[3] == "dc2023_targets"]
    assert rows and all(row[2] == "" for row in rows)
    assert kb.datasets["dc2023_targets"]["licence"] == "CC BY-SA 4.0"
    text = render_card(drug, kb, "text")
    assert f"{rows[0][0]}: action not given — DrugCentral 2023" in text  # (a viral target)
    sotagliflozin = {row[1]: row for row in kb.find("sotagliflozin").target_list}
    assert set(sotagliflozin) == {"SLC5A1", "SLC5A2"}
    assert sotagliflozin["SLC5A1"][2:4] == ["inhibitor", "fda_novel"]


def test_older_drugs_panels_and_curated_targets_take_no_2023_rows():
    kb = load_knowledge()
    # (the newer drugs do take theirs: the exclusions below are not an empty list)
    assert any(row[3] == "dc2023_targets" for row in kb.find("letermovir").target_list)
    for name in ("midostaurin", "spiperone", "empagliflozin"):
        assert not any(row[3] == "dc2023_targets" for row in kb.find(name).target_list), name
    setmelanotide = kb.find("setmelanotide")
    assert setmelanotide.targets and not any(
        row[3] == "dc2023_targets" for row in setmelanotide.target_list)


def test_a_target_only_the_2023_list_names_is_read(project):
    # brodalumab's IL-17 receptor is named by no curated entry and by no 2016 row: only the
    # 2023 list makes it a target the text can name
    kb = load_knowledge()
    assert any(row[0] == "Interleukin-17 receptor" and row[3] == "dc2023_targets"
               for row in kb.find("brodalumab").target_list)
    result = mec_run(project, {"a.md": (
        "# Brodalumab\n\nBrodalumab blocks the interleukin-17 receptor.\n")})
    read = said_in(result)
    assert ("brodalumab", "target", "interleukin-17 receptor") in read, read
