"""Session 21, branch i285: the mends of the review of branch i273 (own class names).

A bare "These include:" lists the page's class only in a section titled with the listing
word ("## Types"), not in "## Drugs to avoid"; a family or unchecked class before a head
that works against it ("an anticoagulant antidote") is not said of the drug; a generation
in the text's own words is named from the class found ("a first-generation SERM" ->
first_generation_serm), shown with a hyphen, and two generations of one class for one drug
conflict (MEC001); a kind starting with a vowel reads "an ester". Texts of our own:
tests/data/mechanisms/s21_i285*.md. Each test here failed before the mend."""

from __future__ import annotations

import pytest

from test_mechanisms_acceptance import _mec_on


def _matrix_line(project, drug: str) -> str:
    """The drug's row of the markdown matrix (`content-lint mechanisms`)."""
    shown = project.cli("mechanisms", "--format", "markdown", "content/s21.md").stdout
    return next((row for row in shown.splitlines() if row.startswith(f"| {drug} |")), shown)


@pytest.fixture(scope="module", name="read")
def read_fixture(tmp_path_factory):
    from conftest import Project

    project = Project(tmp_path_factory.mktemp("s21_i285"))
    found, result, said = _mec_on(project, "s21_i285.md", "s21.md")
    return found, {s[:3] for s in said if s[3]}, project


def test_interaction_list_on_a_class_page_raises_no_finding(read):
    # "# Statins" / "## Drugs to avoid" / "These include:": drugs to keep apart from
    # statins, no statins (before: two MEC004 warnings, lines 9 and 10)
    assert read[0] == [], read[0]
    assert ("gemfibrozil", "class", "statin") not in read[1]
    assert ("clarithromycin", "class", "statin") not in read[1]


@pytest.mark.parametrize("drug", ["andexanet alfa", "phytomenadione"])
def test_an_antidote_is_not_of_the_class_it_undoes(read, drug):
    assert (drug, "class", "antidote") in read[1]  # still read: the head class
    assert (drug, "class", "anticoagulant") not in read[1]


@pytest.mark.parametrize("drug, value", [
    # "a first-generation selective estrogen receptor modulator": the key of "SERM"
    ("toremifene", "first_generation_serm"),
    # "a second generation selective estrogen receptor modulator": the same class key
    ("raloxifene", "second_generation_serm"),
])
def test_own_generation_is_named_from_the_class_found(read, drug, value):
    generations = sorted(s[2] for s in read[1] if s[0] == drug and "generation" in s[2])
    assert generations == [value], generations


def test_matrix_shows_an_own_generation_in_words(read):
    line = _matrix_line(read[2], "norethisterone")
    assert "first-generation progestin" in line, line
    assert "first_generation" not in line, line


def test_two_generations_of_one_class_conflict(tmp_path):
    from conftest import Project

    # norethisterone: first- then third-generation progestin (MEC001 at the second);
    # desogestrel: third-generation both times (nothing)
    found, result, said = _mec_on(Project(tmp_path), "s21_i285_generations.md", "s21.md")
    assert found == [("MEC001", 9)], found
    message = next(d.message for d in result.diagnostics if d.code == "MEC001")
    assert "norethisterone" in message and "third-generation progestin" in message, message


def test_a_kind_with_a_vowel_reads_an(tmp_path):
    from conftest import Project

    project = Project(tmp_path)
    _mec_on(project, "s21_i273.md", "s21.md")  # "Estradiol valerate is an estrogen ester"
    line = _matrix_line(project, "estradiol valerate")
    assert "an ester" in line and "a ester" not in line, line
