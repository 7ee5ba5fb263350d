"""Issue 16, session 26 (branch i370): a target abbreviation the text defines inside a
class's name ("an androgen receptor (AR) antagonist") names the receptor later, in the
singular and the plural ("binds to ARs"), but only where a drug is said to act on it, as a
gene symbol is read; a compound modifier ("AR-responsive genes") is no receptor acted on.
An abbreviation defined after the target itself ("the mineralocorticoid receptor (MR)") is
read in its plural too ("antagonism of the MRs"). Gold rounds 2, 16 and 34 missed these in
spironolactone, darolutamide, galeterone and enzalutamide statements
(tests/data/mechanisms/target_abbreviations_s26_i370.md, sentences written for the tests).

Lines 15-25: target names `drug_targets.yaml` gained (sourced): "BCR-ABL" for ABL1, the CysLT2
receptor, the MT1 and MT2 melatonin receptors, "phosphodiesterase III" for PDE3A, read where a
drug acts on them and not where the name describes a disease or a sample.

(i379 dropped the case "counted MRs in heart tissue": it was not read before i370 either, the
mineralocorticoid receptor being a sourced target read only where a drug acts on it; the
cases that fail without i379 are in test_mechanism_target_abbreviation_mends_s26_i379.py.)"""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import assert_no_mec_warnings, assert_statement, read_fixture

READ = [
    (5, "apalutamide", "target", "androgen_receptor"),   # "binds to ARs"
    (13, "eplerenone", "target", "mineralocorticoid_receptor"),  # "antagonism of the MRs"
    (15, "nilotinib", "target", "abl1"),  # "blocks the BCR-ABL tyrosine kinase"
    (19, "zafirlukast", "target", "cysltr2"),  # "CysLT1 and CysLT2 receptors"
    (21, "tasimelteon", "target", "mtnr1a"),  # "stimulates melatonin MT2 and MT1 receptors"
    (21, "tasimelteon", "target", "mtnr1b"),
    (23, "milrinone", "target", "pde3a"),  # "inhibition of phosphodiesterase III"
]

NOT_READ = [
    # the abbreviation as a modifier of genes, and as a measured amount: nothing acted on
    (7, "apalutamide", "target", "androgen_receptor"),
    (9, "apalutamide", "target", "androgen_receptor"),
    # a disease named by the kinase, an enzyme measured in samples
    (17, "nilotinib", "target", "abl1"),
    (25, "milrinone", "target", "pde3a"),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "target_abbreviations_s26_i370.md")


@pytest.mark.parametrize("statement", READ)
def test_abbreviated_targets_are_read(read, statement):
    assert_statement(read, True, statement)


@pytest.mark.parametrize("statement", NOT_READ)
def test_abbreviations_without_an_action_are_not_targets(read, statement):
    assert_statement(read, False, statement)


def test_no_mec_warning(read):
    assert_no_mec_warnings(read)
