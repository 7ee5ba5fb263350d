"""Issue 16, session 16 (branch i185): MEC false alarms in a pharmacology textbook (the
Part-One anaesthesia notes, CC BY-NC-SA: our own sentences in its shapes) and a WHO guide
(shape only), read in bench/README "Others' writing, sixth round". What is NOT a statement
about a drug (lint/annotate/mechanism_guards.py), each in tests/data/mechanisms/s16_i185.md:

- a class listed beside a drug is another item of the list ("drugs such as barbiturates,
  benzodiazepines, and propofol"; "Clonidine, tricyclic antidepressants, … and endogenous
  catecholamines"), not the drug's class;
- a name before a noun of the body's processes is the body's substance ("Opioids act … to
  reduce Substance P and glutamine release": glutamine is no opioid; "↑ Urea transport" under
  "secretes two … peptide hormones:"; "Somatostatin release" among glucagon's effects);
- a table the parser reads as text (its separator row of '+'): a class in another cell ("Other
  beta-blockers") is said of no drug of the row before it;
- a class just inside a bracket is the first item of the bracket's list ("medications
  (statins, metformin, dexamethasone …)", a health page of round 5), not a class heading the
  drugs after it;
- "the GABA~A~ receptor" names a target: GABA is no subject of "Benzodiazepines are …";
- "co-trimoxazole" / "co- trimoxazole" and "Neuropeptide Y" are no unknown drugs
  'trimoxazole' and 'neuropeptide'.

Passing controls: an apposition ("Midazolam, a benzodiazepine,") is still the drug's class;
a drug said to be of a class it is not still contradicts the knowledge base; an unknown drug
set off by spaced dashes is still reported; a drug that lowers a hormone's release is still
read."""

from __future__ import annotations

import pytest
from conftest import mec_on, said_in
from test_mechanisms_acceptance import _mec_on

NOT_READ = [
    ("propofol", "class", "benzodiazepine"),
    ("propofol", "class", "barbiturate"),
    ("glutamine", "class", "opioid"),
    ("clonidine", "class", "tricyclic_antidepressant"),
    ("digoxin", "class", "beta_blocker"),
    ("warfarin", "class", "beta_blocker"),
    ("theophylline", "class", "beta_blocker"),
    ("acetylsalicylic acid", "class", "beta_blocker"),
    ("carbamide", "kind", "peptide"),
    ("somatostatin", "effect", "insulin:up"),
    ("aminobutyric acid", "class", "benzodiazepine"),
    ("metformin", "class", "statin"),
    ("dexamethasone", "class", "statin"),
]
READ = [
    ("midazolam", "class", "benzodiazepine", True),
    ("midazolam", "route", "intravenous", True),
    ("vasopressin", "kind", "peptide", True),
    ("somatostatin", "effect", "insulin:down", True),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    from conftest import Project

    project = Project(tmp_path_factory.mktemp("s16_i185"))
    found, result, said = _mec_on(project, "s16_i185.md", "s16.md")
    unknown = sorted(d.context for d in result.diagnostics if d.code == "MEC005")
    return found, said, unknown


@pytest.mark.parametrize("statement", NOT_READ)
def test_not_read_where_the_sentence_does_not_say_it(read, statement):
    assert statement not in {s[:3] for s in read[1]}, sorted(
        s for s in read[1] if s[0] == statement[0])


@pytest.mark.parametrize("statement", READ)
def test_read_where_the_sentence_says_it(read, statement):
    assert statement in {s[:4] for s in read[1]}, sorted(
        s for s in read[1] if s[0] == statement[0])


def test_no_mec_finding_on_these_correct_sentences(read):
    assert read[0] == [], read[0]


def test_parts_of_longer_names_are_no_unknown_drugs(read):
    assert read[2] == [], read[2]


def _mec(project, text: str):
    return sorted((d.code, d.span.start.line, d.context or "")
                  for d in mec_on(project, text).diagnostics)


def test_a_drug_called_a_class_it_is_not_still_contradicts(project):
    found = _mec(project, "# Pain\n\nClonidine is a tricyclic antidepressant.\n")
    assert [f[:2] for f in found] == [("MEC004", 3)], found


def test_a_class_beside_a_drug_with_an_article_is_its_class(project):
    """'Clonidine, a tricyclic antidepressant, …' is an apposition, not a list item."""
    found = _mec(project, "# Pain\n\nClonidine, a tricyclic antidepressant, relieves pain.\n")
    assert [f[:2] for f in found] == [("MEC004", 3)], found


def test_an_unknown_drug_between_spaced_dashes_is_still_reported(project):
    found = _mec(project, "# New\n\nThe new agent - Relamorelin - raises GH.\n")
    assert ("MEC005", 3, "relamorelin") in found, found


def test_a_class_heading_its_members_in_apposition_is_still_read(project):
    said = said_in(mec_on(project, "# Diabetes\n\nFive SGLT2 inhibitors, canagliflozin, "
                                   "dapagliflozin, and empagliflozin, are available.\n"))
    assert ("canagliflozin", "class", "sglt2_inhibitor") in said, sorted(said)


def test_a_drug_lowering_a_hormones_release_is_still_read(project):
    said = said_in(mec_on(project, "# Octreotide\n\nOctreotide reduces insulin release.\n"))
    assert ("octreotide", "effect", "insulin:down") in said, sorted(said)
