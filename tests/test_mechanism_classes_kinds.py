"""Class and chemical-kind statements of shapes real texts use (issue 16, session 7):
read where they are said, of the drugs they are said of, and no MEC finding on the
correct text (tests/data/mechanisms/classes_kinds.md)."""

from __future__ import annotations

import pytest
from test_mechanisms_acceptance import _mec_on

# (line, drug, attribute, value): read there
READ = [
    (48, "atorvastatin", "route", "oral"),  # "a potent, orally available inhibitor of …"
    (52, "diphenhydramine", "route", "oral"),  # "The recommended adult oral dose …"
    # "<N> <class>, A, B, …, are": an apposed list; members the knowledge base lacks by stem
    (7, "bexagliflozin", "class", "sglt2_inhibitor"),
    (7, "ertugliflozin", "class", "sglt2_inhibitor"),
    # "include (with brand names …): A (…), B (…)" after "that are available in …"
    (9, "sitagliptin", "class", "dpp4_inhibitor"),
    (9, "alogliptin", "class", "dpp4_inhibitor"),
    # "the other macrolide antibiotics": the class's members but the one named
    (11, "clarithromycin", "kind", "semisynthetic"),
    (11, "azithromycin", "kind", "semisynthetic"),
    (13, "leuprorelin", "kind", "peptide"),  # "a synthetic nonapeptide"
    (15, "octreotide", "kind", "peptide"),  # "an octapeptide"
    # a kind before a class qualifies the members listed after the class
    (17, "cyproterone acetate", "kind", "steroid"),
    (17, "spironolactone", "class", "antiandrogen"),
    # "the nonsteroidal antiandrogen (NSAA) bicalutamide": the class and its kind
    (19, "bicalutamide", "class", "antiandrogen"),
    (19, "bicalutamide", "kind", "nonsteroidal"),
    # "NSAAs" later: the abbreviation's class and kind, of the apposed list only
    (21, "enzalutamide", "class", "antiandrogen"),
    (21, "apalutamide", "kind", "nonsteroidal"),
    (23, "bicalutamide", "kind", "nonsteroidal"),  # "X and the other <kind> <class>"
    (23, "bicalutamide", "class", "antiandrogen"),
    (25, "morphine", "class", "opioid"),  # "… opiates and include morphine and codeine"
    # "<class> are classified into steroidal (such as …) and nonsteroidal (including …)"
    (27, "flutamide", "class", "antiandrogen"),
    (27, "flutamide", "kind", "nonsteroidal"),
    (27, "cyproterone acetate", "kind", "steroid"),
    (29, "rivaroxaban", "class", "factor xa inhibitor"),  # "… and direct Factor Xa inhibitor"
    (33, "raloxifene", "class", "serm"),
    (35, "nilutamide", "class", "antiandrogen"),  # "a class of drugs called …"
    (37, "finasteride", "class", "five_alpha_reductase_inhibitor"),  # "one of the …"
]
# (line, drug, attribute, value): not read there
NOT_READ = [
    # "… inhibitor of hepatic 3-hydroxy-3-methylglutaryl-coenzyme A (HMG-CoA) reductase":
    # "HMG" is a piece of the target's name, not menotropins (hMG) (round-6 false alarm)
    (48, "menotropins", "route", "oral"),
    (11, "erythromycin", "kind", "semisynthetic"),  # the one "the other" sets apart
    (15, "somatostatin", "kind", "peptide"),  # in the relative clause: what it mimics
    (21, "bicalutamide", "class", "antiandrogen"),  # after the apposed list
    (23, "cyproterone acetate", "kind", "nonsteroidal"),  # what bicalutamide replaced
    (27, "flutamide", "kind", "steroid"),
    (31, "flutamide", "class", "gnrh_analogue"),  # "in combination with … an LHRH analog"
    (37, "finasteride", "class", "gnrh_analogue"),  # "given with one of the GnRH agonists"
    (43, "octreotide", "kind", "protein"),  # "Protein binding | 65%"
]


def read_fixture(tmp_path_factory, name: str):
    """The MEC findings on tests/data/mechanisms/<name> linted alone, and what was said
    there: (line, drug, attribute, value) of each stated (not hypothetical) assertion."""
    from conftest import Project

    project = Project(tmp_path_factory.mktemp(name.removesuffix(".md")))
    found, result, _ = _mec_on(project, name, name)
    said = {(a.sentence.span.start.line, a.drug, a.attribute, a.value)
            for d in result.documents for a in d.annotations.mechanisms
            if a.polarity and a.modality != "hypothetical"}
    return found, said


def assert_statement(read, expected: bool, statement) -> None:
    """(line, drug, attribute, value) is read from a fixture (`read_fixture`) or, when
    `expected` is False, is not; the failure shows what was read on that line."""
    line = statement[0]
    assert (statement in read[1]) is expected, sorted(s for s in read[1] if s[0] == line)


def assert_no_mec_warnings(read) -> None:
    """No MEC error or warning on a fixture of correct sentences."""
    assert not [f for f in read[0] if f.severity.name in ("ERROR", "WARNING")], read[0]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "classes_kinds.md")


@pytest.mark.parametrize("line,drug,attribute,value", READ)
def test_class_and_kind_statements_are_read(read, line, drug, attribute, value):
    assert (line, drug, attribute, value) in read[1], sorted(s for s in read[1] if s[0] == line)


@pytest.mark.parametrize("line,drug,attribute,value", NOT_READ)
def test_what_is_not_said_of_a_drug_is_not_read(read, line, drug, attribute, value):
    assert (line, drug, attribute, value) not in read[1]


def test_correct_class_and_kind_statements_give_no_mec_finding(read):
    """Round 5's false alarms were of these shapes: flutamide 'in combination with … an
    LHRH analog' (MEC004), raloxifene a 'selective estrogen receptor modulator' against
    DrugCentral's 'Estrogen Agonist/Antagonist' (MEC004), 'Protein binding' and an
    octapeptide 'that mimics natural somatostatin' (MEC008); round 6's, "HMG" of "HMG-CoA
    reductase" read as menotropins (MEC004) and diphenhydramine's "In intravenous forms"
    against its "oral dose" (MEC003)."""
    assert read[0] == [], read[0]
