"""Mend of i373 (session 26, branch i382) on
tests/data/mechanisms/derivatives_phases_codes_s26_i382.md (sentences written for the tests).

- A locant glued to a drug's own name is the drug ("17α-ethinylestradiol",
  "Δ9-tetrahydrocannabinol", "17α-hydroxyprogesterone caproate"); only a derivative's chemical
  name the data lists ("7α-methyl-19-nortestosterone", trestolone) is another compound
  (mechanisms._chemical_name_tail, lint/data/mechanism_words.yaml derivative_chemical_names).
- "for first-line treatment", "for the initial treatment of" say what the drug is for, not a
  first phase: only a length after "first"/"initial" does (schedules.phase_of), so MEC003
  still compares two frequencies.
- A code name has two capitals at least ("B12" is not one), is no route before a dose ("IV
  500 mg"), may be any name in the drug's brackets ("(GTx-024, MK-2866)", "(also known as
  FCE-24304)"), and never takes a clause that opens with the drug's pronoun
  (mechanism_routes.dose_of_code_name)."""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import assert_no_mec_warnings, assert_statement, read_fixture


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "derivatives_phases_codes_s26_i382.md")


@pytest.mark.parametrize("statement", [
    (3, "ethinylestradiol", "route", "oral"),
    (3, "ethinylestradiol", "class", "estrogen"),
    (5, "methyltestosterone", "route", "oral"),
    (5, "methyltestosterone", "kind", "steroid"),
    (7, "dronabinol", "target", "cnr1"),
    (7, "dronabinol", "route", "oral"),
    (9, "estradiol", "schedule", "monthly"),
    (9, "hydroxyprogesterone caproate", "route", "intramuscular"),
    (9, "hydroxyprogesterone caproate", "schedule", "weekly"),
    (13, "cyanocobalamin", "schedule", "monthly"),  # "B12" is no code name
    (15, "enobosarm", "route", "oral"),  # the second name in its brackets
    (15, "enobosarm", "schedule", "daily"),
    (15, "enobosarm", "schedule", "course:12 weeks"),
    (17, "exemestane", "schedule", "daily"),  # "(also known as FCE-24304)"
    (19, "letrozole", "schedule", "daily"),  # "It is given as doses of QX-4410"
    (21, "anastrozole", "schedule", "daily"),  # "IV 500 mg" is a route and a dose
    (23, "tamoxifen", "schedule", "daily"),
    (25, "goserelin", "schedule", "monthly"),  # a first phase keeps its frequency
])
def test_what_is_said_of_the_drug(read, statement):
    assert_statement(read, True, statement)


@pytest.mark.parametrize("statement", [
    (9, "estradiol", "schedule", "weekly"),  # hydroxyprogesterone caproate's
    (11, "nandrolone", "kind", "steroid"),  # trestolone's chemical name
    (11, "class:androgen", "kind", "steroid"),
    (25, "goserelin", "schedule", "course:8 months"),  # a first phase's length
    (25, "goserelin", "schedule", "course:6 to 8 months"),
])
def test_what_is_said_of_something_else(read, statement):
    assert_statement(read, False, statement)


def test_no_mec_warning_on_these_correct_sentences(read):
    assert_no_mec_warnings(read)


def test_first_line_treatment_is_no_first_phase(project):
    """Under '## Imatinib', 'once daily for first-line treatment' is upkeep: the weekly of
    the next sentence clashes with it (MEC003); 'for the first 8 weeks' is a first phase and
    does not."""
    from test_mechanisms_acceptance import _mec

    project.write("content/a.md", """
        # Imatinib

        ## Imatinib

        Imatinib is taken by mouth once daily for first-line treatment of chronic myeloid leukaemia. Imatinib is taken by mouth once weekly.
        """)
    found, _ = _mec(project)
    assert ("MEC003", 5) in found, found
    project.write("content/a.md", """
        # Imatinib

        ## Imatinib

        Imatinib is taken by mouth once daily for the first 8 weeks of treatment. Imatinib is taken by mouth once weekly.
        """)
    found, _ = _mec(project)
    assert not [f for f in found if f[0] == "MEC003"], found


@pytest.mark.parametrize("text,word,expected", [
    ("Doses of LGD-4033 were given daily.", "LGD-4033", True),
    ("Doses of GTx-024 were given daily.", "GTx-024", True),
    ("Doses of CGS 16949A were given daily.", "CGS", True),
    ("Doses of B12 are given monthly.", "B12", False),  # one capital: a vitamin
    ("Doses of Ra-223 are given every 4 weeks.", "Ra-223", False),  # an isotope
    ("Doses of U-200 are given daily.", "U-200", False),
    ("Doses of IV 500 mg were given daily.", "IV", False),  # a route before a dose
])
def test_code_names(text, word, expected):
    from lint.annotate.mechanism_routes import code_name_at
    from lint.nlp import pipeline

    doc = pipeline()(text)
    index = next(t.i for t in doc if t.text == word)
    assert code_name_at(doc, index) is expected
