"""Issue 16, session 26 (branch i370): a target abbreviation the text defines inside a
class's name ("an androgen receptor (AR) antagonist") names the receptor later, in the
singular and the plural ("binds to ARs"), but only where a drug is said to act on it, as a
gene symbol is read; a compound modifier ("AR-responsive genes") is no receptor acted on.
An abbreviation defined after the target itself ("the mineralocorticoid receptor (MR)") is
read in its plural too ("antagonism of the MRs"). Gold rounds 2, 16 and 34 missed these in
spironolactone, darolutamide, galeterone and enzalutamide statements
(tests/data/mechanisms/target_abbreviations_s26_i370.md, sentences written for the tests)."""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import assert_no_mec_warnings, assert_statement, read_fixture

READ = [
    (5, "apalutamide", "target", "androgen_receptor"),   # "binds to ARs"
    (13, "eplerenone", "target", "mineralocorticoid_receptor"),  # "antagonism of the MRs"
]

NOT_READ = [
    # the abbreviation as a modifier of genes, and as a measured amount: nothing acted on
    (7, "apalutamide", "target", "androgen_receptor"),
    (9, "apalutamide", "target", "androgen_receptor"),
    # receptors counted in a study, no drug acting on them
    (15, "eplerenone", "target", "mineralocorticoid_receptor"),
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
