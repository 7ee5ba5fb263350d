"""Targets named as texts name them (session 32, branch i441, issue 16), on
tests/data/mechanisms/targets_s32.md (sentences written for the tests, in the shapes the
gold texts use):

- targets listed before the one a word of acting follows share the action ("a dual JAK1
  and JAK2 inhibitor": JAK1 was read without it);
- a target gene's approved HGNC name (CC0) is one of its names ("Janus kinase 1",
  "tyrosine kinase 2", "ATP citrate lyase"), scripts/build_target_aliases.py;
- subtype codes before a family's receptors or joined by a slash before a word of action
  name the subtypes ("V1a, V1b and V2 vasopressin receptors", "an M1/M4 agonist"), with
  the family's word ("dopamine D3 receptor", never the bare "D3 receptor", a vitamin's);
- DrugCentral's second name of a receptor in brackets ("Neuromedin-K receptor (NK3
  receptor)") and its lettered subtypes ("Muscarinic acetylcholine receptor M1" = "M1
  muscarinic receptor", "Adenosine receptor A2a" = "A2A receptor") are its names;
- "selectivity for" a target says the drug binds it; "little selectivity" denies nothing;
- each substance of a list whose reuptake is named is its transporter ("the reuptake of the
  neurotransmitters noradrenaline and dopamine"), and a drug's name there is no subject;
- a word no table knows after "the" and a class the knowledge base knows is a drug of the
  text ("the triple monoamine reuptake inhibitor tesofensine");
- a route field's abbreviations are routes ("| Routes | IV, IM, Insufflated, oral |").

Look-alikes are not read: a denial stays a denial, a class noun alone gives no target, codes
naming no receptor the knowledge base knows with the family's word are left.
"""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import assert_no_mec_warnings, assert_statement, read_fixture
from test_mechanisms_acceptance import _mec_on


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "targets_s32.md")


@pytest.fixture(scope="module")
def denied(tmp_path_factory):
    from conftest import Project

    project = Project(tmp_path_factory.mktemp("targets_s32_denied"))
    _, result, _ = _mec_on(project, "targets_s32.md", "targets_s32.md")
    return {(a.sentence.span.start.line, a.drug, a.attribute, a.value)
            for d in result.documents for a in d.annotations.mechanisms if not a.polarity}


@pytest.mark.parametrize("statement", [
    (3, "ruxolitinib", "target", "jak1"),  # listed before the target the noun follows
    (3, "ruxolitinib", "target", "jak2"),
    (5, "baricitinib", "target", "jak1"),  # HGNC approved names
    (5, "baricitinib", "target", "jak2"),
    (7, "deucravacitinib", "target", "tyk2"),
    (9, "terlipressin", "target", "avpr1a"),  # codes before the family's receptors
    (9, "terlipressin", "target", "avpr1b"),
    (9, "terlipressin", "target", "avpr2"),
    (11, "xanomeline", "target", "chrm1"),  # codes joined by a slash before "agonist"
    (11, "xanomeline", "target", "chrm4"),
    (13, "trospium", "target", "chrm2"),
    (13, "trospium", "target", "muscarinic_m3_receptor"),
    (15, "fezolinetant", "target", "tacr3"),  # DrugCentral's bracketed second name
    (17, "istradefylline", "target", "adora2a"),  # a lettered subtype
    (19, "bempedoic acid", "target", "acly"),
    (31, "etrasimod", "target", "s1p1_receptor"),
    (31, "etrasimod", "target", "s1p5_receptor"),
    (33, "xanomeline", "target", "chrm1"),  # "selectivity for" a pair of subtypes
    (33, "xanomeline", "target", "chrm4"),
    (35, "bupropion", "target", "slc6a2"),  # each substance of a reuptake list
    (35, "bupropion", "target", "slc6a3"),
    (37, "mazindol", "target", "slc6a3"),
    (37, "mazindol", "target", "slc6a4"),
    # a word no table knows, named after a class the knowledge base knows, is a drug
    (43, "tesofensine", "class", "triple_reuptake_inhibitor"),
])
def test_targets_are_read(read, statement):
    assert_statement(read, True, statement)


@pytest.mark.parametrize("statement", [
    # a denial of a listed pair is no statement that the drug acts on either
    (21, "tofacitinib", "target", "jak1"),
    (21, "tofacitinib", "target", "jak3"),
    # a low preference says neither that it binds nor that it does not
    (23, "xanomeline", "target", "chrm4"),
    # "D3 receptor" alone is the vitamin D3 receptor's name, not the dopamine subtype's
    (25, "levosulpiride", "target", "vdr"),
    # a class noun alone gives no target (the gold set's round-2 rule)
    (27, "ondansetron", "target", "htr3a"),
    # a denied reuptake is no action on the transporter
    (39, "bupropion", "target", "slc6a4"),
    # a reuptake the sentence says is left alone is no action of the drug's
    (41, "citalopram", "target", "slc6a3"),
    # substances before "reuptake inhibitors" name a class, no transporter acted on
    (47, "esketamine", "target", "slc6a4"),
    (47, "esketamine", "target", "slc6a2"),
])
def test_look_alikes_are_not_read(read, statement):
    assert_statement(read, False, statement)


@pytest.mark.parametrize("statement", [
    (21, "tofacitinib", "target", "jak1"),
    (21, "tofacitinib", "target", "jak3"),
])
def test_denied_targets_stay_denied(denied, statement):
    assert statement in denied, sorted(s for s in denied if s[0] == statement[0])


def test_listed_neurotransmitters_are_no_subjects(read):
    """'… the reuptake of the neurotransmitters noradrenaline and dopamine': dopamine is the
    body's substance there, not a drug the sentence is about."""
    assert not [s for s in read[1] if s[0] in (35, 37) and s[1] == "dopamine"], sorted(read[1])


def test_an_english_word_after_a_class_is_no_drug(read):
    assert not [s for s in read[1] if s[0] == 45], sorted(read[1])


def test_an_adjective_after_a_class_is_no_drug(read):
    """'… of neuroleptic malignant syndrome': a word before a noun qualifies it."""
    assert not [s for s in read[1] if s[1] == "malignant"], sorted(read[1])


@pytest.mark.parametrize("route", ["intravenous", "intramuscular", "intranasal", "oral"])
def test_a_route_fields_abbreviations_are_routes(read, route):
    """'| Routes of administration | IV, IM, Insufflated, oral |': read in a route field only."""
    assert_statement(read, True, (55, "ketamine", "route", route))


def test_a_numeral_in_another_field_is_no_route(read):
    assert not [s for s in read[1] if s[0] == 56 and s[2] == "route"], sorted(read[1])


def test_little_selectivity_denies_nothing(denied):
    assert not [s for s in denied if s[0] == 23], sorted(denied)


def test_macrophage_types_name_no_receptor(read):
    assert not [s for s in read[1] if s[0] == 29], sorted(read[1])


def test_correct_sentences_give_no_mec_warning(read):
    assert_no_mec_warnings(read)


def test_built_names_keep_hgnc_approved_names():
    """The packaged table records the approved name of a target gene texts write, not a
    systematic one ("nuclear receptor subfamily 1 group H member 4")."""
    import json
    from importlib import resources

    data = json.loads(resources.files("lint.data").joinpath("target_aliases.json")
                      .read_text(encoding="utf-8"))
    assert data["names"]["JAK1"] == "Janus kinase 1"
    assert data["names"]["ACLY"] == "ATP citrate lyase"
    assert "NR1H4" not in data["names"]
