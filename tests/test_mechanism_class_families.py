"""Classes named as families (issue 16, session 10): a family named by the name ending its
members share ("triptans"), a DrugCentral class named by the target most of its members act
on ("PDE5 inhibitors", "alpha-1 blockers"), a counted class and its list, receptors under
their hormone's other names and their subtype codes ("GH receptor", "V2 receptors"), a
made copy of a ligand as its analogue ("a recombinant form of parathyroid hormone"), a member
named by its rank ("The first aromatase inhibitor used in clinical medicine was …").
Sentences from the gold texts (tests/data/mechanisms/class_families.md). DrugCentral's
classes and the families are compared with no broad entry (lint/rules/mechanisms.py
`_expected`), so none of these readings can give a MEC finding on its own."""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import read_fixture

PDE5 = "phosphodiesterase 5 inhibitor"  # DrugCentral's FDA class; "PDE5 inhibitor" names it
ALPHA = "alpha-adrenergic blocker"  # likewise for "alpha-1 blockers"

# (line, drug, attribute, value): read there
READ = [
    (8, "sildenafil", "class", PDE5),  # "Four PDE5 inhibitors … including" four drugs
    (8, "avanafil", "class", PDE5),
    (14, "sumatriptan", "class", "triptan"),  # a list under "## Triptan": the stem's family
    (16, "naratriptan", "class", "triptan"),
    (20, "prazosin", "class", ALPHA),  # "alpha-1 blockers, like prazosin"
    (24, "desmopressin", "target", "avpr2"),  # "V2 receptors": DrugCentral's vasopressin V2
    (26, "pegvisomant", "target", "ghr"),  # "the GH receptor": growth hormone receptor
    (34, "teriparatide", "class", "parathyroid hormone analog"),  # "a recombinant form of"
    (36, "desmopressin", "class", "vasopressin analog"),  # "a modified form of … vasopressin"
    (40, "aminoglutethimide", "class", "aromatase_inhibitor"),  # "The first … was …"
    (42, "sumatriptan", "class", "triptan"),
]

# (line, drug, attribute, value): not read there
NOT_READ = [
    # "Later generation drugs in this class are used …" points at the class's drugs
    (20, "doxazosin", "class", ALPHA),
    (20, "tamsulosin", "class", ALPHA),
    # the ligand named in the bracket is not its own analogue
    (36, "vasopressin", "class", "vasopressin analog"),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "class_families.md")


@pytest.mark.parametrize("expected,statement", [(True, s) for s in READ] +
                         [(False, s) for s in NOT_READ])
def test_what_each_sentence_says_is_read_and_nothing_more(read, expected, statement):
    line = statement[0]
    assert (statement in read[1]) is expected, sorted(s for s in read[1] if s[0] == line)


def test_a_family_whose_members_the_text_does_not_name_is_not_read(read):
    """'The triptans are a group of serotonin receptor agonists …' alone: a name ending can
    be an English word too, so a family is read only in a text naming one of its drugs."""
    assert not [s for s in read[1] if s[0] == 30], sorted(s for s in read[1] if s[0] == 30)


def test_correct_sentences_give_no_mec_warning(read):
    assert read[0] == [], read[0]


def test_a_count_that_does_not_match_the_list_reads_no_member():
    from lint.annotate.mechanism_classes import counted_members
    from lint.nlp import pipeline

    nlp = pipeline()
    matches = [("class", PDE5, 1, 3), ("drug", "sildenafil", 4, 5), ("drug", "tadalafil", 6, 7)]
    three = nlp.make_doc("Three PDE5 inhibitors include sildenafil and tadalafil.")
    assert counted_members(three, 0, len(three), matches) == []
    two = nlp.make_doc("Two PDE5 inhibitors include sildenafil and tadalafil.")
    assert counted_members(two, 0, len(two), matches) == [
        (PDE5, 1, 3, ["sildenafil", "tadalafil"])]


def test_families_and_target_names_come_from_the_knowledge_base():
    from lint.sources.drugs import load_knowledge

    kb = load_knowledge()
    triptan = kb.classes["triptan"]
    assert triptan["stem"] and "DrugCentral" in triptan["source"]
    assert kb.drugs["sumatriptan"].has_class("triptan")
    assert not kb.drugs["ergotamine"].has_class("triptan")
    assert "vaptan" in kb.classes
    assert triptan["names"] == ["triptan"]  # the longest ending of the set, not "riptan"
    # an ending a class is named by already stays that class's: the SGLT2 inhibitors'
    assert "gliflozin" not in kb.classes
    assert "PDE5 inhibitor" in kb.classes[PDE5]["names"]
    assert "alpha-1 blocker" in kb.classes[ALPHA]["names"]
    assert "PDE5" in kb.targets["pde5a"]["names"]
    assert "ADRA1" not in kb.targets["adra1a"]["names"]  # ADRA1B, ADRA1D: no one isoform
    assert kb.targets["alpha-1 adrenergic receptor"]["members"] == ["adra1a", "adra1b",
                                                                     "adra1d"]
    # (matched by lower case; since i167 HGNC's alias gives it as "5-HT1B receptor")
    assert "5-ht1b receptor" in {n.lower() for n in kb.targets["htr1b"]["names"]}


def test_a_rank_with_something_else_before_the_verb_names_no_member():
    from lint.annotate.mechanism_classes import ranked_members
    from lint.nlp import pipeline

    doc = pipeline().make_doc("The first triptan, like ergotamine, was sumatriptan.")
    matches = [("class", "triptan", 2, 3), ("drug", "ergotamine", 5, 6),
               ("drug", "sumatriptan", 8, 9)]
    assert ranked_members(doc, 0, len(doc), matches) == []
    doc = pipeline().make_doc("The first triptan was sumatriptan.")
    assert ranked_members(doc, 0, len(doc), [("class", "triptan", 2, 3),
                                             ("drug", "sumatriptan", 4, 5)]) == [
        ("triptan", 2, 3, ["sumatriptan"])]
