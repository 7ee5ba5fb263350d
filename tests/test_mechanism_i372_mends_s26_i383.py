"""Mends of i372's shapes (session 26, branch i383), on tests/data/mechanisms/i372_mends_s26.md
(sentences written for the tests). Each "not read" case below was read at 9c7d62f1, each
"read" case of lines 3-9 and 15-25 was lost or turned round there.

- A drug's name listed after a general noun of the body's substances ("catecholamines such
  as", "incretins such as", "monoamines (…)") is dropped as a mention only when another drug,
  named before that noun, is what the sentence is about; alone, the listed names are the
  drugs given.
- A noun of effect ("elevation of", "a surge in", "the depletion of") governed by a verb of
  effect takes the verb's way: "prevents elevation of prolactin" is down, "prevents the
  depletion of" up.
- The role shared after a coordinated pair ("a dual GLP-1 and glucagon receptor agonist") is
  a class of the drug only when singular and what the drug is said to be ("is a", ", a");
  "compared with … dual agonists" and "… agonist pathways" name no class of the drug.
"""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import assert_no_mec_warnings, assert_statement, read_fixture


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "i372_mends_s26.md")


@pytest.mark.parametrize("statement", [
    (3, "exenatide", "route", "subcutaneous"),  # "Incretins such as exenatide and …"
    (3, "liraglutide", "route", "subcutaneous"),
    (5, "octreotide", "route", "subcutaneous"),  # "Neuropeptides including octreotide"
    (7, "epinephrine", "route", "intravenous"),  # "catecholamines such as epinephrine"
    (9, "dopamine", "route", "intravenous"),  # "Neurotransmitters including dopamine"
    (13, "oxytocin", "kind", "peptide"),
    (15, "bromocriptine", "effect", "prolactin:down"),  # "prevents elevation of"
    (17, "cabergoline", "effect", "prolactin:down"),  # "blocks the elevation of"
    (19, "metyrapone", "effect", "cortisol:down"),  # "reduces the elevation of"
    (21, "octreotide", "effect", "gh:down"),  # "inhibits the augmentation of"
    (23, "degarelix", "effect", "lh:down"),  # "prevents the surge in"
    (25, "levothyroxine", "effect", "thyroxine:up"),  # "prevents the depletion of"
    (27, "orlistat", "target", "glp1_receptor"),  # the targets stay
    (31, "survodutide", "class", "glp1_receptor_agonist"),  # ", a dual … agonist,"
    (33, "valbenazine", "effect", "serotonin:down"),  # "monoamines (serotonin, …)"
])
def test_listed_drugs_governed_nouns_and_predicate_roles_are_read(read, statement):
    assert_statement(read, True, statement)


@pytest.mark.parametrize("statement", [
    # the listed drugs' facts are theirs, not the group noun's
    (7, "class:catecholamine", "route", "intravenous"),
    (13, "class:catecholamine", "route", "intravenous"),  # nor the next sentence's
    # a verb of effect over the noun turns it round
    (15, "bromocriptine", "effect", "prolactin:up"),
    (23, "degarelix", "effect", "lh:up"),
    (25, "levothyroxine", "effect", "thyroxine:down"),
    # a plural role after the pair, a role modifying another noun: no class of the drug
    (27, "orlistat", "class", "glp1_receptor_agonist"),
    (29, "metformin", "class", "glp1_receptor_agonist"),
    # a drug listed after "monoamines (" while another drug is the subject: no mention
    (33, "dopamine", "effect", "serotonin:down"),
])
def test_what_those_shapes_do_not_say(read, statement):
    assert_statement(read, False, statement)


def test_the_fixture_gives_no_mec_warning(read):
    # at 9c7d62f1: MEC004 for orlistat and metformin as GLP-1 receptor agonists
    assert_no_mec_warnings(read)
