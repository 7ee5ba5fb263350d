"""The drug knowledge base: broad, sourced, overridable, and shown with its sources."""

from __future__ import annotations

import importlib.util
import json

from conftest import REPO
from lint.sources.drugs import load_knowledge

SAMPLE = REPO / "tests" / "data" / "drugcentral_sample"


def _build_script():
    spec = importlib.util.spec_from_file_location("build_drug_kb",
                                                  REPO / "scripts" / "build_drug_kb.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_build_script_keeps_names_classes_targets_kind_and_sources():
    script = _build_script()
    data = script.build(SAMPLE, SAMPLE / "structures.sdf", is_common=lambda n: n == "iron")
    drugs = {d["name"]: d for d in data["drugs"]}
    anastrozole = drugs["anastrozole"]
    assert anastrozole["names"] == ["anastrozole", "arimidex"]
    assert anastrozole["lookup"] == ["iron"]  # a common word is not looked for in text
    assert ["Aromatase Inhibitor", "fda_epc", "dc2016", "FDA N0000175563"] in \
        anastrozole["classes"]
    assert anastrozole["targets"] == [["Aromatase", "CYP19A1", "inhibitor", "dc2016", "CHEMBL"]]
    assert anastrozole["kind"][0] == "small molecule"
    assert drugs["samplemab"]["kind"][0] == "protein"  # no structure, antibody class
    assert {s["licence"] for s in data["sources"].values()} == {"CC BY 4.0", "CC BY-SA 4.0"}


def test_build_script_says_which_input_is_missing(tmp_path, capsys):
    script = _build_script()
    assert script.main(["--drugtarget", str(tmp_path), "--structures",
                        str(tmp_path / "none.sdf"), "--out", str(tmp_path / "o.json.gz")]) == 2
    assert "pharm_class.tsv: no such file" in capsys.readouterr().err


def test_shipped_knowledge_base_is_broad_and_sourced():
    kb = load_knowledge()
    assert len(kb.drugs) >= 1000
    with_class = [d for d in kb.drugs.values() if d.drug_class or d.other_classes]
    with_target = [d for d in kb.drugs.values() if d.targets or d.target_list]
    assert len(with_class) >= 1000 and len(with_target) >= 1000
    for code, dataset in kb.datasets.items():
        assert dataset["licence"] and dataset["name"], code
    for drug in kb.drugs.values():
        if drug.curated:
            assert drug.sources, drug.key  # every curated entry says where it comes from
    remdesivir, dexamethasone = kb.find("remdesivir"), kb.find("Decadron")
    assert remdesivir.routes == ["intravenous"] and dexamethasone.key == "dexamethasone"
    assert kb.find("hydroxychloroquine").kind == "small molecule"
    assert kb.find("favipiravir") is not None


def test_curated_layer_fixes_the_issue_list():
    kb = load_knowledge()
    gonadorelin, leuprorelin = kb.find("gonadorelin"), kb.find("leuprolide")
    assert gonadorelin.drug_class == "native_gnrh" and gonadorelin.effects["lh"] == "up"
    assert gonadorelin.schedule.pattern == "pulsatile"
    assert gonadorelin.schedule.pulse_minutes == (60.0, 120.0)
    assert leuprorelin.drug_class == "gnrh_superagonist" and leuprorelin.effects["lh"] == "down"
    assert not kb.drugs["gonadorelin"].has_class("gnrh_superagonist")
    for name in ("hCG", "menotropins", "recombinant FSH", "enclomiphene", "letrozole",
                 "kisspeptin", "testosterone cypionate", "BPC-157"):
        assert kb.find(name) is not None, name
    for name in ("clomiphene", "tamoxifen"):
        assert kb.find(name).effects["estradiol"] == "up"
    assert kb.find("MK-677").kind == "small molecule"
    names = {n.lower() for spec in kb.targets.values() for n in spec["names"]}
    assert not {"receptor sites", "estrogen's action", "estrogen's negative feedback"} & names
    assert "perceiving" not in kb.lexicon["condition_openers"]


def test_project_file_overrides_and_messages_point_at_it(project):
    project.write("drugs.yaml", """
        drugs:
          - names: [anastrozole]
            class: aromatase_inhibitor
            effects: {estradiol: up}
            sources: [our pharmacist's note]
    """)
    project.write("pyproject.toml", """
        [tool.content-lint]
        paths = ["content"]
        drug-knowledge = "drugs.yaml"
    """)
    project.write("content/a.md", "Anastrozole lowers estradiol.\n")
    result = project.run(use_baseline=False, select=["MEC"])
    messages = [d.message for d in result.diagnostics if d.code == "MEC004"]
    assert len(messages) == 1
    assert "our pharmacist's note" in messages[0] and "drugs.yaml" in messages[0]
    assert "lint/data" not in messages[0]


def test_mechanisms_drug_shows_facts_and_sources(project):
    shown = project.cli("mechanisms", "--drug", "Lutrepulse")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("gonadorelin\n")
    assert "a pulse every 60-120 minutes" in shown.stdout
    assert "Belchetz" in shown.stdout and "CC BY 4.0" in shown.stdout
    data = json.loads(project.cli("mechanisms", "--drug", "letrozole", "--format", "json").stdout)
    assert data["drug"]["class"] == "aromatase inhibitor"
    assert any(t.get("gene") == "CYP19A1" for t in data["drug"]["targets"])
    missing = project.cli("mechanisms", "--drug", "no-such-drug")
    assert missing.returncode == 1 and "not in the drug knowledge base" in missing.stderr


def test_every_source_note_of_the_curated_layer_is_a_string():
    # An unquoted ": " inside a note makes YAML read a mapping, and the note disappears.
    import yaml

    curated = yaml.safe_load((REPO / "lint" / "data" / "drugs.yaml").read_text("utf-8"))
    notes = []
    for drug in curated["drugs"]:
        notes += [(drug["names"][0], "sources", s) for s in drug.get("sources") or []]
        if "kind_source" in drug:
            notes.append((drug["names"][0], "kind_source", drug["kind_source"]))
        schedule = drug.get("schedule")
        if isinstance(schedule, dict):
            notes += [(drug["names"][0], f"schedule {k}", schedule[k])
                      for k in ("source", "note") if k in schedule]
    assert len(notes) > 50
    assert [n for n in notes if not isinstance(n[2], str)] == []


def test_drugcentral_target_names_are_also_read_as_texts_write_them():
    from lint.sources.drugs import _target_names

    assert "serotonin transporter" in _target_names("Sodium-dependent serotonin transporter")
    assert "L-type calcium channel" in _target_names(
        "Voltage-dependent L-type calcium channel subunit alpha-1C")
    assert "angiotensin II receptor type 1" in _target_names("Type-1 angiotensin II receptor")
    assert "dopamine D2 receptor" in _target_names("D(2) dopamine receptor")
    assert "β1-adrenergic receptor" in _target_names("Beta-1 adrenergic receptor")
    # a name with nothing to vary stays as it is, once
    assert _target_names("Aromatase") == ["Aromatase"]


def test_a_class_by_its_everyday_name_has_the_drugcentral_members_of_its_classes():
    from lint.sources.drugs import load_knowledge

    kb = load_knowledge()
    assert {"atorvastatin", "simvastatin"} <= {d.key for d in kb.members("statin")}
    assert kb.find("losartan").has_class("arb") and not kb.find("losartan").has_class("statin")
    # one name per class in text: DrugCentral's label is a name of the curated class
    assert "hmg-coa reductase inhibitor" not in kb.classes


def test_mechanisms_drug_shows_everyday_class_names_with_their_source(project):
    # "tetracyclines" is how texts name DrugCentral's "Tetracycline-class Drug"
    shown = project.cli("mechanisms", "--drug", "doxycycline")
    assert shown.returncode == 0, shown.stderr
    called = [line for line in shown.stdout.splitlines() if "called in texts" in line]
    assert called == ["  called in texts: tetracycline (antibiotic class), for Tetracycline-class "
                      "Drug (FDA established pharmacologic class) — DrugCentral 2016 drug-target "
                      "and pharmacologic-class tables (CC BY 4.0)"]
    data = json.loads(project.cli("mechanisms", "--drug", "glyburide", "--format",
                                  "json").stdout)
    assert [c["class"] for c in data["drug"]["named_classes"]] == ["sulfonylurea"]
    # a class with no membership data is named in no card
    assert "first-generation" not in shown.stdout + json.dumps(data)


def test_subclasses_name_their_parents_and_parents_exist():
    from lint.sources.drugs import load_knowledge

    kb = load_knowledge()
    parents = {key: spec["parent"] for key, spec in kb.classes.items() if spec.get("parent")}
    assert parents["nonselective_beta_blocker"] == "beta_blocker"
    assert set(parents.values()) <= set(kb.classes)
    # an everyday entry for a curated class adds to it and keeps its names
    assert "beta blocker" in kb.classes["beta_blocker"]["names"]
    assert "Adrenergic beta-Antagonists" in kb.classes["beta_blocker"]["drugcentral"]
    assert kb.drugs["sotalol"].has_class("beta_blocker")


def test_a_project_file_changes_only_what_it_adds(tmp_path):
    # A project's drug-knowledge file was once laid over the packaged base by deriving the
    # stems, DrugCentral classes and target names again: 193 shorter stems appeared
    # ("tacin" beside "metacin"; "codeine" as a family), class and target names grew, and
    # the packaged base's own drugs were changed for the rest of the process.
    import dataclasses
    from lint.sources import knowledge_snapshot

    packaged = load_knowledge()
    clean = knowledge_snapshot.load() or packaged
    empty = tmp_path / "empty.yaml"
    empty.write_text("drugs: []\n", encoding="utf-8")
    own = tmp_path / "own.yaml"
    own.write_text("drugs:\n  - names: [anamorelin]\n    class: gh_secretagogue\n"
                   "    sources: [our pharmacist's note]\n", encoding="utf-8")
    as_empty = load_knowledge(str(empty))
    with_one = load_knowledge(str(own))
    assert set(as_empty.classes) == set(clean.classes) == set(with_one.classes)
    assert as_empty.classes == clean.classes and as_empty.targets == clean.targets
    assert {k: d.families for k, d in as_empty.drugs.items()} == \
        {k: d.families for k, d in clean.drugs.items()}
    assert set(with_one.drugs) == set(clean.drugs)  # DrugCentral's anamorelin, reclassed
    assert with_one.find("anamorelin").has_class("gh_secretagogue")
    assert not packaged.find("anamorelin").has_class("gh_secretagogue")
    # the packaged base is as it was
    for k in ("acemetacin", "indomethacin", "sumatriptan"):
        x, y = dataclasses.asdict(packaged.drugs[k]), dataclasses.asdict(clean.drugs[k])
        # normal_classes: a cache filled on first use, not knowledge
        assert {f: x[f] for f in x if x[f] != y[f] and f != "normal_classes"} == {}, k
    assert packaged.members("ethacin") == []
