"""Site-of-action recall on drug texts (session 26, branch i371, issue 16), on
tests/data/mechanisms/sites_s26_i371.md (sentences written for the tests).

The site causes read from rounds 1-34's misses (bench/README.md, "i371"): site words the
lexicon lacked ("CNS", osteoclasts, neurons, glia), an organ the drug is selective for
("gut-selective", "cardioselective"), a class named by its organ ("a central nervous system
stimulant"), organ adjectives before a target, a class, a hormone's making or a place
("vagal and central 5-HT3 receptors", "a central alpha-adrenergic agonist", "adrenal cortisol
production", "At spinal and supraspinal sites") and the organ a verb of stimulating or
inhibiting acts on ("stimulates the central nervous system", "inhibits osteoclasts").
Not sites: a thing of the organ ("prostate-specific antigen", "the liver enzyme CYP3A4"),
another drug's class ("with other central nervous system stimulants"), what a hormone
stimulates ("GnRH, which stimulates the pituitary gland"), the substance a drug acts on
("gamma-aminobutyric acid") and a place the drug does little at."""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import assert_no_mec_warnings, assert_statement, read_fixture


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "sites_s26_i371.md")


@pytest.mark.parametrize("statement", [
    (3, "budesonide", "site", "gut"),  # "<organ>-selective"
    (3, "budesonide", "site", "liver"),
    (5, "armodafinil", "site", "central nervous system"),  # a class named by its organ
    (7, "escitalopram", "site", "central nervous system"),  # "CNS"
    (9, "esmolol", "site", "heart"),  # "cardioselective"
    (11, "osilodrostat", "site", "adrenal gland"),  # an adjective before a hormone's making
    (13, "tizanidine", "site", "central nervous system"),  # an adjective before a class
    (15, "ondansetron", "site", "vagus nerve"),  # adjectives of a list before a target
    (15, "ondansetron", "site", "central nervous system"),
    (17, "zoledronic acid", "site", "osteoclasts"),  # the cells a verb inhibits
    (19, "pitolisant", "site", "central nervous system"),  # the organ a verb stimulates
    (21, "gabapentin", "site", "spinal cord"),  # adjectives before "sites"
    (21, "gabapentin", "site", "brain"),
    (31, "tiagabine", "site", "neurons"),
])
def test_sites_are_read(read, statement):
    assert_statement(read, True, statement)


@pytest.mark.parametrize("statement", [
    (23, "finasteride", "site", "prostate"),  # "prostate-specific antigen"
    (25, "itraconazole", "site", "liver"),  # the enzyme is the object, not the liver
    (27, "amantadine", "site", "central nervous system"),  # other drugs' class
    (29, "enclomiphene", "site", "pituitary"),  # GnRH stimulates it: physiology
    (31, "gamma-aminobutyric acid", "site", "neurons"),  # what the drug acts on
    (31, "aminobutyric acid", "site", "neurons"),
    (33, "mirtazapine", "site", "peripheral tissues"),  # little activity there
])
def test_words_that_say_no_site(read, statement):
    assert_statement(read, False, statement)


def test_no_mec_warning_on_these_correct_sentences(read):
    assert_no_mec_warnings(read)
