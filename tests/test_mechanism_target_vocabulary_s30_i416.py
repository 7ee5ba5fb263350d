"""Issue 16, session 30 (branch i416): targets the knowledge base knew only under names texts
do not write, now read by the names they do (drug_targets.yaml, sourced: HGNC, UniProt,
IUPHAR/BPS, DrugCentral): integrins ("antibody raised against α4 integrins", "VLA-4",
"α4β7"), a cytokine ("B-lymphocyte stimulator"), receptor families ("melatonin receptors",
"endothelin receptors", "the ETA receptor", "the CGRP receptor"), enzymes ("guanylate
cyclase-C", "soluble guanylate cyclase", "GABA transaminase"), a one-word protein
("transthyretin"), fingolimod's S1P receptors, the MC1 receptor, KRAS and TSLP. Two shapes of
acting: a drug named with what it does to the target ("a transthyretin stabiliser", as "a …
inhibitor" already was), and a noun of acting after a word of means ("works through direct
stimulation of soluble guanylate cyclase").

Not read: a ligand's name before "receptors" names the ligand's receptor, another target
("an antibody that blocks BAFF receptors" is not BAFF; but "the BCR-ABL tyrosine kinase
receptor" is the kinase); "activation of" a receptor with no word of means names the
receptor's own activity, not a drug's action (gold rounds 2 and 12 had both shapes).
Sentences written for the tests (tests/data/mechanisms/target_vocabulary_s30_i416.md)."""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import assert_no_mec_warnings, assert_statement, read_fixture

READ = [
    (3, "natalizumab", "target", "alpha4_integrin"),  # "raised against α4 integrins"
    (5, "vedolizumab", "target", "alpha4beta7_integrin"),  # "binds the α4β7 integrin"
    (7, "natalizumab", "target", "alpha4beta1_integrin"),  # "blocks VLA-4"
    (9, "belimumab", "target", "baff"),  # "binds soluble B-lymphocyte stimulator"
    (11, "ramelteon", "target", "melatonin_receptor"),  # "agonist at melatonin receptors"
    (13, "ambrisentan", "target", "endothelin_a_receptor"),  # "blocks the ETA receptor"
    (15, "macitentan", "target", "endothelin_receptor"),  # "antagonises endothelin receptors"
    (17, "tafamidis", "target", "transthyretin"),  # "binds transthyretin"
    # "a … transthyretin stabiliser" is a class name since i417 (transthyretin_stabilizer),
    # and a class name gives no target, the convention of rounds 1-28 (see i416's README
    # section); the sentence keeps the class
    (19, "tafamidis", "class", "transthyretin_stabilizer"),
    (21, "linaclotide", "target", "guanylate_cyclase_c"),  # "activates guanylate cyclase-C"
    (23, "riociguat", "target", "soluble_guanylate_cyclase"),  # "through … stimulation of"
    (25, "vigabatrin", "target", "gaba_transaminase"),  # "inhibits GABA transaminase"
    (27, "erenumab", "target", "cgrp_receptor"),  # "blocks the CGRP receptor"
    (29, "dasatinib", "target", "abl1"),  # "the BCR-ABL tyrosine kinase receptor": the kinase
    (37, "fingolimod", "target", "s1p_receptor"),  # "sphingosine-1-phosphate (S1P) receptors"
    (39, "afamelanotide", "target", "mc1r"),  # "the MC1 receptor"
    (41, "sotorasib", "target", "kras"),  # "the KRAS G12C mutant protein"
    (43, "tezepelumab", "target", "tslp"),  # "blocks TSLP"
]

NOT_READ = [
    # the ETB receptor is what the ETA receptor is compared with
    (13, "ambrisentan", "target", "ednrb"),
    # "BAFF receptors": the ligand's receptor, not the ligand belimumab binds
    (31, "belimumab", "target", "baff"),
    # "Activation of the melatonin receptors by … melatonin": the hormone's, not the drug's
    (33, "tasimelteon", "target", "melatonin_receptor"),
    # "Increased activation of the endothelin receptors": the disease's, not bosentan's
    (35, "bosentan", "target", "endothelin_receptor"),
    # a cancer named by its mutated gene, and a cytokine's receptor
    (45, "sotorasib", "target", "kras"),
    (47, "tezepelumab", "target", "tslp"),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "target_vocabulary_s30_i416.md")


@pytest.mark.parametrize("statement", READ)
def test_targets_named_as_texts_name_them_are_read(read, statement):
    assert_statement(read, True, statement)


@pytest.mark.parametrize("statement", NOT_READ)
def test_receptors_of_ligands_and_their_own_activity_are_not_read(read, statement):
    assert_statement(read, False, statement)


def test_no_mec_warning(read):
    assert_no_mec_warnings(read)
