"""Targets under the names DrugCentral's own target names imply, and classes named as
qualities (issue 16, session 11). DrugCentral writes 'B-lymphocyte antigen CD20',
'Inosine-5'-monophosphate dehydrogenase (IMPDH)', 'Extracellular calcium-sensing receptor',
'5-hydroxytryptamine receptor 3A', 'D(2) dopamine receptor'; texts write 'CD20', 'IMPDH',
'calcium-sensing receptor', '5HT3 receptors', 'dopamine receptors'. Also: a class named as
a quality the drug has ('has antiandrogenic activity'), a class's other name ('informally
known as "setrons"'), a name split by LiverTox's pronunciation of its first word. Sentences
of the gold texts (tests/data/mechanisms/targets_grammar.md)."""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import read_fixture

IMPDH = "inosine-5'-monophosphate dehydrogenase (impdh)"
SEROTONIN_3 = "serotonin-3 receptor antagonist"

# (line, drug, attribute, value): read there
READ = [
    (8, "rituximab", "target", "ms4a1"),  # "against the protein CD20"
    (12, "mycophenolic acid", "target", IMPDH),  # "inhibitor of … (IMPDH)"
    (16, "ondansetron", "target", "htr3a"),  # "at 5HT3 receptors": the one 5-HT3 subtype
    (20, "class:dopamine_agonist", "target", "dopamine receptor"),  # D1, D2, D3's family
    (24, "cinacalcet", "class", "calcimimetic agent"),  # ChEBI's and MeSH's class, one
    (28, "abiraterone acetate", "target", "cyp17a1"),  # "inhibitor of CYP17"
    (32, "mifepristone", "target", "progesterone_receptor"),  # "antagonist of progesterone"
    (36, "pegvisomant", "target", "ghr"),  # "blocks the action of growth hormone"
    (40, "spironolactone", "class", "antiandrogen"),  # "has antiandrogenic activity"
    (48, "class:" + SEROTONIN_3, "target", "htr3a"),
    (52, "ondansetron", "class", "antiemetic"),  # "with antiemetic activity", the heading's
    # a name split by LiverTox's pronunciation of its first word
    (56, "mycophenolate mofetil", "class", "antimetabolite"),
]

# (line, drug, attribute, value): not read there
NOT_READ = [
    # a family and its subtype said of one drug in one sentence: the subtype
    (16, "ondansetron", "target", "5-hydroxytryptamine receptor"),
    # a quality had so little it is not the class
    (42, "finasteride", "class", "antiandrogen"),
    # an inhibitor of a hormone's synthesis acts on an enzyme, not on the receptor
    (44, "letrozole", "target", "estrogen_receptor"),
    # "informally known as 'setrons'": another name of the class, not its class
    (48, "class:" + SEROTONIN_3, "class", "setron"),
    # "a carbazole derivative": what the drug is made from names no subject
    (52, "carbazole", "class", "antiemetic"),
    (56, "mycophenolic acid", "class", "antimetabolite"),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "targets_grammar.md")


@pytest.mark.parametrize("expected,statement", [(True, s) for s in READ] +
                         [(False, s) for s in NOT_READ])
def test_what_each_sentence_says_is_read_and_nothing_more(read, expected, statement):
    line = statement[0]
    assert (statement in read[1]) is expected, sorted(s for s in read[1] if s[0] == line)


def test_correct_sentences_give_no_mec_warning(read):
    assert read[0] == [], read[0]


def test_target_names_come_from_drugcentrals_own_names():
    from lint.sources.drugs import load_knowledge

    kb = load_knowledge()
    assert "CD20" in kb.targets["ms4a1"]["names"]
    assert "IMPDH" in kb.targets[IMPDH]["names"]
    assert "calcium-sensing receptor" in kb.targets["casr"]["names"]
    assert "5-HT3 receptor".lower() in [n.lower() for n in kb.targets["htr3a"]["names"]]
    assert "CYP17" in kb.targets["cyp17a1"]["names"]
    assert "CYP2" not in kb.targets["cyp2d6"]["names"]  # many CYP2 subfamilies
    assert kb.targets["dopamine receptor"]["members"] == [
        "dopamine_d2_receptor", "dopamine_d1_receptor", "drd3"]
    # a subtype code alone is one family's: "Prostaglandin D2 receptor" is not dopamine's
    assert "Prostaglandin D2 receptor" not in kb.targets["dopamine_d2_receptor"]["names"]
    assert "D2 receptor" not in kb.targets["ptgdr"]["names"]
    # a numbered family names no class: the D2 antagonists keep the D2 receptor's names
    assert "D2 receptor antagonist" in kb.classes["dopamine-2 receptor antagonist"]["names"]
    assert "calcimimetic" in kb.classes["calcimimetic agent"]["names"]
    assert "calcimimetic" not in kb.classes
