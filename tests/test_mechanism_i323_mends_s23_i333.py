"""Review mends of i323 (session 23, branch i333, issue 16), on
tests/data/mechanisms/i323_mends_s23.md (sentences written for the tests).

A class a drug is said to have as a quality ("a tricyclic antidepressant with marked
antimuscarinic effects", "has alpha-adrenergic antagonist activity") or to act as, when the
knowledge base records that action beside another class ("trazodone acts as an
alpha-adrenoceptor antagonist"; ChEBI: adrenergic antagonist), is a further property: read,
with modality 'additional', and not compared with the knowledge base (MEC004). A drug said to
act as a class the knowledge base gives no hint of is still compared. "glucagon receptor
agonist" is no longer a name of the glucagon analogues, so a multi-agonist keeps its targets,
and the receptor where another substance's amount acts is not the drug's target."""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import assert_statement, read_fixture
from test_mechanisms_acceptance import _mec_on


@pytest.fixture(scope="module")
def said(tmp_path_factory):
    from conftest import Project

    project = Project(tmp_path_factory.mktemp("i323_mends"))
    found, result, _ = _mec_on(project, "i323_mends_s23.md", "i323_mends_s23.md")
    classes = {(a.sentence.span.start.line, a.drug, a.value): a.modality
               for d in result.documents for a in d.annotations.mechanisms
               if a.attribute == "class" and a.polarity}
    return found, classes


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "i323_mends_s23.md")


@pytest.mark.parametrize("line,drug,klass", [
    (3, "amitriptyline", "antimuscarinic"),  # "with marked antimuscarinic effects"
    (5, "diphenhydramine", "antimuscarinic"),  # "also has antimuscarinic properties"
    (7, "chlorpromazine", "alpha_blocker"),  # "has … antagonist activity"
    (9, "trazodone", "alpha_blocker"),  # "acts as": ChEBI records an adrenergic antagonist
])
def test_a_secondary_action_is_a_further_property(said, line, drug, klass):
    assert said[1].get((line, drug, klass)) == "additional", said[1]


@pytest.mark.parametrize("line,drug,klass", [
    (3, "amitriptyline", "tricyclic_antidepressant"),
    (19, "prazosin", "alpha_blocker"),  # "is a …": membership, compared
    (11, "metformin", "sulfonylurea"),  # "acts as": nothing in the KB records it
])
def test_a_class_said_outright_is_still_the_drugs(said, line, drug, klass):
    assert said[1].get((line, drug, klass)) == "asserted", said[1]


def test_mec004_only_for_the_action_the_knowledge_base_does_not_record(said):
    assert [f for f in said[0] if f[0] == "MEC004"] == [("MEC004", 11)], said[0]


@pytest.mark.parametrize("expected,statement", [
    # a multi-agonist's list keeps its targets ("glucagon receptor agonist" names no class)
    (True, (13, "retatrutide", "target", "glp1_receptor")),
    (True, (13, "retatrutide", "target", "gcgr")),
    (False, (13, "retatrutide", "class", "glucagon_analogue")),
    # the amount of acetylcholine acts at the receptors, not donepezil
    (False, (15, "donepezil", "target", "cholinergic_receptor")),
    # a drug that blocks the receptor itself still has it as its target
    (True, (21, "oxybutynin", "target", "muscarinic_receptor")),
])
def test_targets(read, expected, statement):
    assert_statement(read, expected, statement)
