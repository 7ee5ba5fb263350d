"""Issue 16, session 23 (branch i323): the autonomic receptor families by the names texts
give them (tests/data/mechanisms/autonomic_families_s23.md, sentences written for the
tests). DrugCentral files these drugs under FDA's and MeSH's wording ("Cholinergic
Muscarinic Antagonist", "Partial Cholinergic Nicotinic Agonist", "Adrenergic
alpha-Antagonists", "Muscarinic acetylcholine receptor M3"); texts say "an
antimuscarinic", "a nicotinic receptor partial agonist", "an alpha-adrenergic antagonist",
"the M3 muscarinic receptor", "alpha receptors". Gold rounds 26-30 missed them in
solifenacin, trospium, fesoterodine, darifenacin, clomipramine, varenicline (four texts),
phentolamine (three texts) and yohimbine; and the gabapentinoids' alpha-2-delta subunits
(pregabalin, gabapentin: round 26, two texts)."""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import assert_no_mec_warnings, assert_statement, read_fixture

from lint.sources import drugs

READ = [
    (3, "tolterodine", "class", "antimuscarinic"),
    (5, "oxybutynin", "target", "muscarinic_receptor"),
    (7, "darifenacin", "target", "muscarinic_m3_receptor"),
    (9, "varenicline", "class", "nicotinic_receptor_partial_agonist"),
    (11, "varenicline", "target", "alpha4beta2_nicotinic_receptor"),
    (13, "phentolamine", "class", "alpha_blocker"),
    (15, "phentolamine", "target", "alpha_adrenergic_receptor"),
    (17, "yohimbine", "class", "alpha2_adrenergic_antagonist"),
    (19, "trilostane", "class", "steroidogenesis_inhibitor"),
    (21, "dasiglucagon", "class", "glucagon_analogue"),
    # the gabapentinoids' binding site, the family and its two subunits (gold round 26)
    (25, "gabapentin", "target", "alpha2delta_subunit"),
    (27, "pregabalin", "target", "alpha2delta1_subunit"),
    (27, "pregabalin", "target", "alpha2delta2_subunit"),
]

NOT_READ = [
    # the whole family is no target of a subtype's name: "type 1 alpha-adrenergic receptors"
    # are the alpha-1 receptors, not alpha receptors at large (gold round 8)
    (23, "prazosin", "target", "alpha_adrenergic_receptor"),
    (23, "terazosin", "target", "alpha_adrenergic_receptor"),
    # the subtype's name is not the family's
    (7, "darifenacin", "target", "muscarinic_receptor"),
    (11, "varenicline", "target", "nicotinic_acetylcholine_receptor"),
    (27, "pregabalin", "target", "alpha2delta_subunit"),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "autonomic_families_s23.md")


@pytest.mark.parametrize("expected,statement", [(True, s) for s in READ] +
                         [(False, s) for s in NOT_READ])
def test_autonomic_family_names(read, expected, statement):
    assert_statement(read, expected, statement)


def test_no_mec_finding_on_these_correct_sentences(read):
    assert_no_mec_warnings(read)


@pytest.mark.parametrize("klass,member", [
    ("antimuscarinic", "solifenacin"),
    ("antimuscarinic", "oxybutynin"),
    ("nicotinic_receptor_partial_agonist", "varenicline"),
    ("alpha_blocker", "phentolamine"),
    ("alpha_blocker", "prazosin"),
])
def test_membership_is_drugcentral_s(klass, member):
    kb = drugs.load_knowledge()
    assert member in {d.key for d in kb.members(klass)}


@pytest.fixture(scope="module")
def mends(tmp_path_factory):
    return read_fixture(tmp_path_factory, "i323_mends_s23.md")


@pytest.mark.parametrize("expected,statement", [
    # MeSH's "Steroid Synthesis Inhibitors" holds the aromatase inhibitors, which no text
    # calls steroidogenesis inhibitors (review of i323, finding 7)
    (True, (17, "anastrozole", "class", "aromatase_inhibitor")),
    (False, (17, "anastrozole", "class", "steroidogenesis_inhibitor")),
    # "alpha blocker" stays FDA's alpha-1 class; the wider MeSH class still takes prazosin
    (True, (19, "prazosin", "class", "alpha_blocker")),
])
def test_class_readings_of_the_new_families(mends, expected, statement):
    assert_statement(mends, expected, statement)
