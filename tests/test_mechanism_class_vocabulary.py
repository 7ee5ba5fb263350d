"""Class statements read through the knowledge base's vocabulary and English grammar
rather than through sentence shapes (issue 16, session 9): '<action> of <ligand>' as the
class '<ligand> <action>', a class implied by an action on a target that is not a receptor,
DrugCentral's own classifications read as classes (and standing for no members), and a
class joined to 'other X' not presupposed of the subject. Sentences from the gold texts
(tests/data/mechanisms/class_vocabulary.md); a wrong one gives its finding."""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import read_fixture

# (line, drug, attribute, value): read there
READ = [
    (8, "elagolix", "class", "gnrh_antagonist"),  # "antagonist of gonadotropin releasing …"
    (12, "etanercept", "class", "tnf_inhibitor"),  # "an antagonist of tumor necrosis factor"
    (12, "etanercept", "target", "tnf"),  # the target stays
    (14, "rivaroxaban", "class", "factor xa inhibitor"),  # "a selective inhibitor of Factor Xa"
    (16, "denosumab", "class", "rank ligand inhibitor"),  # "RANKL inhibitor": the target's name
    (24, "levodopa", "class", "dopaminergic agent"),  # a ChEBI role, "… agents such as …"
    (30, "diphenhydramine", "class", "analgesic"),  # "with other analgesics"
]
# (line, drug, attribute, value): not read there
NOT_READ = [
    # a receptor's antagonist: the target, as the gold texts label it, not a class as well
    (20, "canrenone", "class", "antimineralocorticoid"),
    # "or sympathomimetic agents": joined to 'other analgesics', not said of the subject
    (30, "diphenhydramine", "class", "sympathomimetic agent"),
    # "the hormone arginine vasopressin, a peptide": one name, not the amino acid arginine
    # (DrugCentral's arginine hydrochloride, a small molecule: MEC008 before)
    (34, "arginine hydrochloride", "kind", "peptide"),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "class_vocabulary.md")


@pytest.mark.parametrize("expected,statement", [(True, s) for s in READ] +
                         [(False, s) for s in NOT_READ])
def test_what_each_sentence_says_is_read_and_nothing_more(read, expected, statement):
    line = statement[0]
    assert (statement in read[1]) is expected, sorted(s for s in read[1] if s[0] == line)


def test_a_descriptive_class_stands_for_no_members(read):
    """'The incretins are gastrointestinal polypeptide hormones': no class statement, and
    'Indirect dopaminergic agents such as levodopa can also suppress prolactin levels' says
    the effect of levodopa, not of every drug DrugCentral calls dopaminergic."""
    assert not [s for s in read[1] if s[0] == 26], sorted(s for s in read[1] if s[0] == 26)
    assert not [s for s in read[1] if s[1].startswith("class:dopaminergic")]


def test_correct_sentences_give_no_mec_warning(read):
    assert read[0] == [], read[0]


def test_a_wrong_action_is_found(tmp_path_factory):
    """'an antagonist of naturally occurring gonadotropin releasing hormone' makes
    leuprolide a GnRH antagonist, which the knowledge base contradicts (a GnRH agonist)."""
    found, said = read_fixture(tmp_path_factory, "class_vocabulary_wrong.md")
    assert (5, "leuprorelin", "class", "gnrh_antagonist") in said
    assert found == [("MEC004", 5)], found


def test_drugcentral_classifications_are_written_as_texts_write_them():
    from lint.sources.drugs import descriptive_names, load_knowledge

    assert descriptive_names("Anesthetics, Local") == ["local anesthetic"]
    assert descriptive_names("Antifungal Agents") == ["antifungal agent", "antifungal"]
    assert descriptive_names("Gastrointestinal Agents") == ["gastrointestinal agent"]
    kb = load_knowledge()
    antifungal = kb.classes["antifungal agent"]
    assert antifungal["checked"] is False and "Antifungal Agents" in antifungal["drugcentral"]
    assert kb.drugs["fluconazole"].has_class("antifungal agent")
    # no substance ("Heparin"), no use or hazard ("prodrug"), no name a curated class has
    assert "heparin" not in kb.classes and "prodrug" not in kb.classes
    assert "aromatase inhibitor" not in kb.classes  # the curated aromatase_inhibitor's name
    # a class named by its target, also with the target's other names
    assert "RANKL inhibitor" in kb.classes["rank ligand inhibitor"]["names"]
