"""Issue 16, session 16 (branch i187): the review of i178 and i185 (mechanisms). Each sentence
is a one-paragraph article run through the engine (MEC rules), as the reviewer probed them:

1. a drug's release from its formulation ("Goserelin release from the implant") is said of
   the medicine: its schedule is still read and checked (the body-process guard is for the
   body's substances: "glutamine release", tested in test_mec_false_alarms_s16_i185.py);
2. a class after a list item's names with no conjunction and nothing after it ("- Anastrozole,
   letrozole, SERMs.") is said of them, no other item of a list;
3. a denied family denies the family, not the class its head noun names ("not a macrolide
   antibiotic" is no "not an antibiotic");
4. a route's or a release's code after a name ("Novarelin SC") is no letter of a longer name;
5. MEC004 quotes an FDA class in the singular the text wrote, not FDA's plural label;
6. FDA's narrower mechanism is a name of its established class ("HIV protease inhibitors" of
   "protease inhibitor"), also in the plural;
8. a one-word FDA mechanism ("Dyes") is no name of a longer class ("diagnostic dye")."""

from __future__ import annotations

import pytest


def _run(tmp_path, sentence: str):
    from conftest import Project

    project = Project(tmp_path)
    project.write("content/a.md", "# Notes\n\n" + sentence + "\n", dedent=False)
    result = project.run(select=["MEC"], use_baseline=False)
    findings = [(d.code, d.message) for d in result.diagnostics]
    said = {(a.drug, a.attribute, a.value, a.polarity) for doc in result.documents
            for a in doc.annotations.mechanisms}
    return findings, said


def test_release_from_an_implant_is_the_drugs_own(tmp_path):
    findings, said = _run(
        tmp_path, "Goserelin release from the implant is steady, and it is injected weekly.")
    assert ("goserelin", "schedule", "weekly", True) in said
    assert any(code == "MEC004" and message.startswith("goserelin") for code, message in findings)


def test_release_from_a_depot_keeps_its_course(tmp_path):
    _, said = _run(tmp_path, "Leuprorelin release from the depot lasts one month, and it is "
                             "injected weekly.")
    assert ("leuprorelin", "schedule", "course:1 month", True) in said


@pytest.mark.parametrize("item, wrong", [
    ("- Anastrozole, letrozole, SERMs.", "serm"),
    ("- Finasteride, dutasteride, aromatase inhibitors.", "aromatase_inhibitor"),
])
def test_a_class_closing_a_list_item_is_said_of_its_names(tmp_path, item, wrong):
    findings, said = _run(tmp_path, item)
    assert len([code for code, _ in findings if code == "MEC004"]) == 2, findings
    assert {(d, v) for d, a, v, p in said if a == "class" and p} >= {
        (item[2:].split(",")[0].lower(), wrong), (item.split(", ")[1].lower(), wrong)}


def test_a_list_with_a_conjunction_is_still_a_list(tmp_path):
    # i185's shape: the classes are other items, said of no drug
    findings, said = _run(tmp_path, "Drugs such as propofol, benzodiazepines, or barbiturates "
                                    "are used.")
    assert findings == []
    assert not {s for s in said if s[0] == "propofol" and s[1] == "class"}


def test_a_denied_family_does_not_deny_the_head_class(tmp_path):
    _, said = _run(tmp_path, "Doxycycline is not a macrolide antibiotic.")
    assert ("doxycycline", "class", "macrolide", False) in said
    assert not {s for s in said if s[1] == "class" and s[2] == "antibacterial"}
    _, said = _run(tmp_path / "b", "Bupropion is an atypical antidepressant, not a tricyclic "
                                   "antidepressant.")
    assert ("bupropion", "class", "antidepressant", True) in said
    assert ("bupropion", "class", "antidepressant", False) not in said


@pytest.mark.parametrize("sentence, schedule", [
    ("Novarelin SC is given weekly.", "weekly"),
    ("Zafuzumab IV is given every 3 weeks.", "every 3 weeks"),
])
def test_a_route_code_after_a_name_is_not_part_of_it(tmp_path, sentence, schedule):
    findings, said = _run(tmp_path, sentence)
    name = sentence.split()[0].lower()
    assert ("MEC005", f"'{name}' is not in the drug knowledge base") in [
        (code, message[:len(name) + 36]) for code, message in findings], findings
    assert (name, "schedule", schedule, True) in said


def test_neuropeptide_y_is_still_one_name(tmp_path):
    findings, _ = _run(tmp_path, "Neuropeptide Y is released with noradrenaline.")
    assert not [m for c, m in findings if c == "MEC005" and "neuropeptide" in m], findings


def test_mec004_quotes_the_class_as_written_in_the_singular(tmp_path):
    findings, _ = _run(tmp_path, "Tesamorelin is a GH receptor antagonist.")
    messages = [m for c, m in findings if c == "MEC004"]
    assert messages and "'growth hormone receptor antagonist'" in messages[0], messages
    assert "antagonists'" not in messages[0]


def test_a_narrower_mechanism_in_the_plural_is_its_established_class(tmp_path):
    # without the merge "HIV protease inhibitors" is tipranavir's mechanism alone
    findings, said = _run(tmp_path, "Ritonavir and darunavir are HIV protease inhibitors.")
    assert findings == []
    assert {("ritonavir", "protease inhibitor"), ("darunavir", "protease inhibitor")} <= {
        (d, v) for d, a, v, p in said if a == "class" and p}
    assert not {s for s in said if s[2] == "hiv protease inhibitor"}
    _, said = _run(tmp_path / "b", "Ondansetron is a serotonin 3 receptor antagonist.")
    assert ("ondansetron", "class", "serotonin-3 receptor antagonist", True) in said


def test_a_one_word_mechanism_names_no_longer_class(tmp_path):
    from lint.sources.drugs import load_knowledge

    _, said = _run(tmp_path, "Iohexol is an iodinated contrast dye.")
    assert not {s for s in said if s[1] == "class" and "dye" in s[2]}
    kb = load_knowledge()
    assert "dye" not in kb.classes.get("diagnostic dye", {}).get("names", [])


def test_head_classes_are_data():
    # 7: the head nouns that are classes themselves are a word list, not code
    from pathlib import Path

    from lint.data import load_data

    assert {"antibiotic", "diuretic"} <= set(load_data("mechanism_words.yaml")["head_classes"])
    code = (Path(__file__).parents[1] / "lint/annotate/mechanisms.py").read_text()
    assert '"anticonvulsant"' not in code


def test_copied_sentences_carry_their_licence():
    # 9: tests/data/mechanisms/s16_i178.md copies Wikipedia and LiverTox sentences verbatim
    from pathlib import Path

    head = (Path(__file__).parent / "data/mechanisms/s16_i178.md").read_text()[:600]
    assert "Wikipedia, CC BY-SA 4.0" in head and "LiverTox, public domain" in head
