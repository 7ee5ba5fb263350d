"""Session 17, branch i206 (review of i191's knowledge-base names), through `check --select
MEC` on one article (the reviewer's probe sentences, each true of its drug):

- a monoamine transporter's names ("serotonin transporter", "SERT1", "reuptake of serotonin")
  name the target only: the SSRI class, named after the transporter's work, does not take
  them, so an SNRI or a tricyclic said to inhibit the serotonin transporter is not read as an
  SSRI (MEC004 against its own class) and vortioxetine's transporter is no SSRI class;
- only a receptor's IUPHAR name with its "R" ("NK1R", "OX1R") is also written "<name>
  receptor": "ADRA1R" of ADRA1D and "HAT1R" of AGTR1 are no receptor names ("HAT1" is
  another gene), so "the ADRA1 receptor" is not the alpha-1D subtype nor "the HAT1 receptor"
  the AT1 receptor;
- "blocks the reuptake of serotonin" names the transporter and again says serotonin rises
  (as before the transporter was named so), so a text that later says the drug lowers
  serotonin gets MEC002 (a second article: the only finding expected there)."""

from __future__ import annotations

import pytest
from conftest import mec_on, said_in

TEXT = """# Antidepressants and receptors

## Duloxetine

Duloxetine is a serotonin transporter inhibitor.

## Clomipramine

Clomipramine is a potent serotonin transporter inhibitor.

## Vortioxetine

Vortioxetine is a serotonin transporter inhibitor and 5-HT1A receptor agonist.

## Suvorexant

Suvorexant blocks the OX1 receptor.

## Doxazosin

Doxazosin blocks the ADRA1 receptor.

## Losartan

Losartan blocks the HAT1 receptor.

## Sertraline

""" + ("Sertraline (ser' tra leen) is a selective serotonin reuptake inhibitor (SSRI) that acts "
       "by blocking the reuptake of serotonin in CNS synaptic clefts, thus increasing "
       "serotonin levels in the brain which is associated with its psychiatric effects.\n")

WRONG = """# Sertraline

Sertraline blocks the reuptake of serotonin. In the brain, sertraline lowers serotonin.
"""

READ = [
    ("vortioxetine", "target", "htr1a"),
    # (round 15's LiverTox sertraline: "acts by blocking the reuptake of serotonin")
    ("sertraline", "target", "slc6a4"),
    ("sertraline", "effect", "serotonin:up"),
    ("suvorexant", "target", "hcrtr1"),
]

NOT_READ = [
    ("duloxetine", "class", "ssri"),
    ("clomipramine", "class", "ssri"),
    ("vortioxetine", "class", "ssri"),
    ("doxazosin", "target", "adra1d"),
    ("losartan", "target", "at1_receptor"),
]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    from conftest import Project

    project = Project(tmp_path_factory.mktemp("s17_i206"))
    return mec_on(project, TEXT)


def test_no_mec_finding_on_these_true_sentences(run):
    # (on main: MEC004 duloxetine and clomipramine, "the text says 'selective serotonin
    # reuptake inhibitor'")
    assert [(d.code, d.span.start.line) for d in run.diagnostics] == []


def test_reuptake_blocked_and_serotonin_lowered_disagree(tmp_path):
    from conftest import Project

    # (78fc380 reported it; i191's transporter name had turned the first into a target only)
    found = mec_on(Project(tmp_path), WRONG)
    assert [(d.code, d.span.start.line) for d in found.diagnostics] == [("MEC002", 3)]


@pytest.mark.parametrize("statement", READ)
def test_read_where_the_sentence_says_it(run, statement):
    assert statement in said_in(run), sorted(s for s in said_in(run) if s[0] == statement[0])


@pytest.mark.parametrize("statement", NOT_READ)
def test_not_read_where_the_sentence_does_not_say_it(run, statement):
    assert statement not in said_in(run), sorted(
        s for s in said_in(run) if s[0] == statement[0])


def test_a_name_only_entry_says_so_on_its_card():
    from lint.report.drug_card import card
    from lint.sources.drugs import load_knowledge

    # (finding 5: segesterone acetate's curated entry only names DrugCentral's elcometrine;
    # its card said "curated from: content-lint's curated drug notes" as for curated facts)
    kb = load_knowledge()
    assert card(kb.find("segesterone acetate"), kb)["curated_from"].endswith("(a name only)")
    assert not card(kb.find("osilodrostat"), kb)["curated_from"].endswith("(a name only)")
