"""Class names the vocabulary lacked, keyed as the mechanisms gold set keys them (session 32,
branch i440, issue 16), on tests/data/mechanisms/class_names_s32.md (sentences written for
the tests, in the shapes the gold texts use: "X is a/an CLASS", "X, a CLASS, ...").

- Classes named after a receptor or transporter (V2 receptor antagonist, NDRI/DNRI, FXR
  agonists), with members only where DrugCentral's target table lists them
  (tolvaptan, bupropion): drug_classes.yaml.
- Read in text only: neuroactive steroids, IGF-1 and growth hormone analogues, GnRH
  modulators, fungistatic agents, aphrodisiacs, adaptogens.
- "an analogue of <ligand>" names the class "<ligand> analogue" when its ligand is no name the
  lexicon lists (amylin, leptin, tuftsin), past words saying what the ligand is ("the peptide
  hormone"), when the analogue is said of a subject ("X is a …", "X, a …"):
  mechanism_classes.roles_of_hormones.
- Look-alikes are not read: a receptor the drug acts on ("acts on V2 receptors"), another
  class after "unlike", a level of the body's own steroids, a class the drug is compared
  with, an adjective before "levels", a list item that names an analogue and no drug.
"""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import assert_no_mec_warnings, assert_statement, read_fixture


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "class_names_s32.md")


@pytest.fixture(scope="module")
def kb():
    from lint.sources.drugs import load_knowledge

    return load_knowledge()


@pytest.mark.parametrize("statement", [
    (3, "tolvaptan", "class", "v2_receptor_antagonist"),
    (5, "bupropion", "class", "dopamine_norepinephrine_reuptake_inhibitor"),
    (7, "zuranolone", "class", "neurosteroid"),
    (9, "obeticholic acid", "class", "fxr_agonist"),
    (13, "igf-1 lr3", "class", "igf1_analogue"),
    (15, "relugolix", "class", "gnrh_modulator"),
    (17, "solriamfetol", "class", "dopamine_norepinephrine_reuptake_inhibitor"),
    (19, "somatrogon", "class", "gh_analogue"),
    (21, "griseofulvin", "class", "fungistatic"),
    (23, "maca", "class", "aphrodisiac"),
    (25, "ashwagandha", "class", "adaptogen"),
])
def test_new_class_names_are_read(read, statement):
    assert_statement(read, True, statement)


@pytest.mark.parametrize("statement", [
    # the class's object named after "compared with": another drug's class
    (13, "mecasermin", "class", "igf1_analogue"),
    # the receptor a drug acts on is no class of it
    (27, "desmopressin", "class", "v2_receptor_antagonist"),
    # a class after "unlike" is not the drug's
    (29, "bupropion", "class", "dopamine_norepinephrine_reuptake_inhibitor"),
    # the body's own neurosteroids, as levels
    (31, "zuranolone", "class", "neurosteroid"),
    # the class the drug is compared with
    (33, "tolvaptan", "class", "v2_receptor_antagonist"),
    # an adjective before "levels"
    (35, "griseofulvin", "class", "fungistatic"),
])
def test_look_alike_phrases_are_not_read(read, statement):
    assert_statement(read, False, statement)


@pytest.mark.parametrize("statement", [
    (37, "pramlintide", "class", "amylin analog"),
    (39, "metreleptin", "class", "leptin analog"),
    (41, "bremelanotide", "class", "alpha_msh_analogue"),
    (43, "selank", "class", "tuftsin_analogue"),
])
def test_an_analogue_of_a_ligand_is_its_class(read, statement):
    assert_statement(read, True, statement)


def test_an_apposition_after_the_ligand_is_the_ligands(read):
    """'an analogue of amylin, a pancreatic peptide': the peptide is amylin, no kind of
    pramlintide (the apposition guard of round 20, kept with the ligand inside a class)."""
    assert_statement(read, False, (37, "pramlintide", "kind", "peptide"))


def test_an_analogue_in_a_list_item_is_no_class_statement(read):
    """'- Man-made analogue of human leptin' names no drug: nothing is read of the class."""
    assert not [s for s in read[1] if s[0] == 45], sorted(s for s in read[1] if s[0] == 45)


def test_an_analogue_a_drug_is_compared_with_is_not_its_class(read):
    assert_statement(read, False, (47, "selank", "class", "tuftsin_analogue"))


def test_correct_sentences_give_no_mec_warning(read):
    assert_no_mec_warnings(read)


@pytest.mark.parametrize("drug,klass", [
    ("tolvaptan", "v2_receptor_antagonist"),  # DrugCentral: AVPR2 antagonist
    ("bupropion", "dopamine_norepinephrine_reuptake_inhibitor"),  # DAT and NET inhibitor
])
def test_members_are_of_their_class(kb, drug, klass):
    assert kb.find(drug).has_class(klass)


@pytest.mark.parametrize("gold", [
    "v2_receptor_antagonist", "dopamine_norepinephrine_reuptake_inhibitor", "neurosteroid",
    "fxr_agonist", "igf1_analogue", "gnrh_modulator",
    "gh_analogue", "fungistatic", "aphrodisiac", "adaptogen", "tuftsin_analogue",
])
def test_the_gold_sets_keys_are_classes(kb, gold):
    assert gold in kb.classes
