"""Class names the vocabulary lacked, keyed as the mechanisms gold set keys them (session 31,
branch i435, issue 16), on tests/data/mechanisms/class_names_s31.md (sentences written for
the tests, in the shapes the gold texts use: "X is a/an CLASS", "X, a CLASS, ...").

- FDA established classes of the newer-approvals layer under the names texts write ("an NK3
  receptor antagonist", "a C5aR antagonist", "an HIF-PH inhibitor", "an HIV-1 capsid
  inhibitor", "a TTR silencer"), with their members from the labels: drug_classes.yaml.
- Kinase inhibitors named by their kinase (PI3K, AKT), generations of SERDs and aromatase
  inhibitors, prokinetic agents, and chemical classes and a role of plant compounds
  (phytoestrogen, flavonoid, stilbenoid, polyphenol, carotenoid), read in text only.
- Look-alikes are not read: an adjective ("prokinetic effects"), "the first SERD" (no
  generation), a class said after another drug, a protein that is the class's target.
"""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import assert_no_mec_warnings, assert_statement, read_fixture


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "class_names_s31.md")


@pytest.fixture(scope="module")
def kb():
    from lint.sources.drugs import load_knowledge

    return load_knowledge()


@pytest.mark.parametrize("statement", [
    (3, "fezolinetant", "class", "nk3_receptor_antagonist"),
    (5, "avacopan", "class", "c5a_receptor_antagonist"),
    (7, "daprodustat", "class", "hif_prolyl_hydroxylase_inhibitor"),
    (9, "lenacapavir", "class", "capsid_inhibitor"),
    (11, "vutrisiran", "class", "transthyretin_silencer"),
    (13, "alpelisib", "class", "pi3k_inhibitor"),
    (15, "capivasertib", "class", "akt_inhibitor"),
    (17, "fulvestrant", "class", "first_generation_serd"),
    (19, "letrozole", "class", "third_generation_aromatase_inhibitor"),
    (21, "domperidone", "class", "prokinetic"),
    (23, "genistein", "class", "phytoestrogen"),
    (25, "quercetin", "class", "flavonoid"),
    (27, "resveratrol", "class", "stilbenoid"),
    (29, "curcumin", "class", "polyphenol"),
    (31, "astaxanthin", "class", "carotenoid"),
])
def test_new_class_names_are_read(read, statement):
    assert_statement(read, True, statement)


@pytest.mark.parametrize("statement", [
    # an adjective of the drug's action, not the class's name
    (33, "metoclopramide", "class", "prokinetic"),
    # "the first SERD" says which came first, not the generation
    (35, "fulvestrant", "class", "first_generation_serd"),
    # the class after "before" is another treatment's
    (37, "tamoxifen", "class", "third_generation_aromatase_inhibitor"),
    # the protein the class is named after is no class name
    (39, "lenacapavir", "class", "capsid_inhibitor"),
])
def test_look_alike_phrases_are_not_read(read, statement):
    assert_statement(read, False, statement)


def test_correct_sentences_give_no_mec_warning(read):
    assert_no_mec_warnings(read)


@pytest.mark.parametrize("drug,klass", [
    ("fezolinetant", "nk3_receptor_antagonist"),  # the layer's FDA class, laid over
    ("eplontersen", "transthyretin_silencer"),  # the layer's antisense class
    ("patisiran", "transthyretin_silencer"),  # the label's, listed
    ("idelalisib", "pi3k_inhibitor"),
])
def test_members_are_of_their_class(kb, drug, klass):
    assert kb.find(drug).has_class(klass)


@pytest.mark.parametrize("gold", [
    "nk3_receptor_antagonist", "c5a_receptor_antagonist", "hif_prolyl_hydroxylase_inhibitor",
    "transthyretin_silencer", "pi3k_inhibitor", "akt_inhibitor", "first_generation_serd",
    "third_generation_aromatase_inhibitor", "triple_reuptake_inhibitor", "prokinetic",
    "phytoestrogen", "flavonoid", "stilbenoid", "polyphenol", "carotenoid",
])
def test_the_gold_sets_keys_are_classes(kb, gold):
    assert gold in kb.classes
