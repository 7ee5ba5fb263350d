"""Session 26, branch i379 (mend of i370): target abbreviations the text defines.

- The plural of an abbreviation defined right after a target ("the androgen receptor (AR)",
  later "ARs") is read only where a drug is said to act on it, as the abbreviations defined
  inside a class's name are: "patients sent by GRs", "went to ERs" name no receptor; and a
  text that defines the plural itself ("serious adverse reactions (ARs)") keeps its own
  meaning, even beside a word of acting ("guard against ARs").
- Only the matches this path added are so cued: a target name the knowledge base knows
  ("SGLT2") stays read where it is a modifier ("SGLT2-mediated reabsorption"), although a
  class's name defined the same letters ("a sodium-glucose cotransporter 2 (SGLT2) inhibitor").
- "MT1/MT2 receptors": a slash coordinates subtype codes before a receptor, as "and" does.

Sentences written for the tests (tests/data/mechanisms/target_abbreviation_mends_s26_i379.md).
FAILS AT START (52c1d08c): READ line 19 and line 21 (mtnr1a), and NOT_READ lines 5, 7, 11
and 15."""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import assert_no_mec_warnings, assert_statement, read_fixture

READ = [
    # the definitions themselves, and a plural where a drug acts on it
    (3, "bicalutamide", "target", "androgen_receptor"),
    (9, "mifepristone", "target", "glucocorticoid_receptor"),
    (13, "tamoxifen", "target", "estrogen_receptor"),
    (25, "raloxifene", "target", "estrogen_receptor"),
    (27, "raloxifene", "target", "estrogen_receptor"),  # "activates ERs"
    # the knowledge base's own name, beside a class's bracketed abbreviation
    (19, "empagliflozin", "target", "sglt2"),  # "blocking SGLT2-mediated reabsorption"
    (21, "ramelteon", "target", "mtnr1a"),  # "at MT1/MT2 receptors"
    (21, "ramelteon", "target", "mtnr1b"),
]

NOT_READ = [
    # the text's own meaning of the plural: adverse reactions
    (5, "bicalutamide", "target", "androgen_receptor"),
    (7, "bicalutamide", "target", "androgen_receptor"),  # "guard against ARs"
    # the plural with no drug acting on it
    (11, "mifepristone", "target", "glucocorticoid_receptor"),
    (15, "tamoxifen", "target", "estrogen_receptor"),
    # receptors measured, nothing acting on them
    (23, "ramelteon", "target", "mtnr1a"),
    (23, "ramelteon", "target", "mtnr1b"),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "target_abbreviation_mends_s26_i379.md")


@pytest.mark.parametrize("statement", READ)
def test_targets_said_to_be_acted_on_are_read(read, statement):
    assert_statement(read, True, statement)


@pytest.mark.parametrize("statement", NOT_READ)
def test_other_meanings_and_plain_mentions_are_not_targets(read, statement):
    assert_statement(read, False, statement)


def test_no_mec_warning(read):
    assert_no_mec_warnings(read)
