"""Issue 16, session 25 (branch i358): drugs the knowledge base lacks, defined by the text
in more of the ways texts about new and investigational drugs define them
(tests/data/mechanisms/text_drugs_s25_i358.md, sentences of our own in the shapes of gold
round 34's galeterone, seviteronel, odanacatib and orteronel texts): an adverb after "is"
("is also a …"), a bracketed abbreviation or "and" between two qualities inside the class
phrase, a target's code earlier in it ("a CYP17 lyase-selective inhibitor"), a class of
the knowledge base ending it ("a potent anti-androgen with …"). Such a drug is then read
as a known one is. The CYP17A1 inhibitors are also read by their everyday names, and a
drug the knowledge base lacks may join two classes the text names together or with "also"
(MEC001). People and places written in the same shapes stay no drugs."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_mechanisms_acceptance import _mec_on

DATA = Path(__file__).parent / "data" / "mechanisms" / "text_drugs_s25_i358.md"

# (drug, attribute, value): each fails at eb95c79a
READ = [
    ("quimerostat", "route", "oral"),           # "is also a …"
    ("dravenorin", "route", "subcutaneous"),    # "(SSTR5)" inside the phrase
    ("dravenorin", "schedule", "weekly"),
    ("vexalorin", "route", "oral"),             # "a selective and orally active inhibitor"
    ("vexalorin", "target", "aromatase"),
    ("vexalorin", "effect", "estradiol:down"),
    ("prolixanet", "class", "antiandrogen"),    # a known class ends the phrase
    # the FDA class's everyday names, for a drug the base lacks and for one it holds
    ("pelmorastat", "class", "cytochrome p450 17a1 inhibitor"),
    ("abiraterone acetate", "class", "cytochrome p450 17a1 inhibitor"),
]
# each drug, and the start of the sentence that defines it
DEFINED = {
    "quimerostat": "Quimerostat is also a competitive",
    "dravenorin": "Dravenorin is a somatostatin",
    "vexalorin": "Vexalorin, a selective and orally",
    "tobrelinet": "Tobrelinet, a CYP17 lyase-selective",
    "prolixanet": "Prolixanet, a potent anti-androgen",
}
# a person, a person with two qualities joined by "and", a place with a bracket
NOT_DRUGS = {"hartwell", "brennagh", "osterbyen"}


def _line_of(start: str) -> int:
    lines = DATA.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if line.startswith(start))


@pytest.fixture(scope="module", name="read")
def read_fixture(tmp_path_factory):
    from conftest import Project

    project = Project(tmp_path_factory.mktemp("s25_i358"))
    found, result, said = _mec_on(project, "text_drugs_s25_i358.md", "s25.md")
    mentions = {m.name: m.reason for d in result.documents
                for m in d.annotations.drug_mentions if not m.known}
    return found, {s[:3] for s in said if s[3]}, mentions


@pytest.mark.parametrize("statement", READ)
def test_read_of_a_drug_the_text_defines(read, statement):
    assert statement in read[1], sorted(s for s in read[1] if s[0] == statement[0])


@pytest.mark.parametrize("name", sorted(DEFINED))
def test_each_definition_is_the_reason(read, name):
    line = _line_of(DEFINED[name])
    assert read[2].get(name) == f"taken for a drug because line {line} describes it as one", \
        read[2].get(name)


def test_people_and_places_in_the_same_shapes_are_no_drugs(read):
    assert not NOT_DRUGS & set(read[2]), sorted(NOT_DRUGS & set(read[2]))


def test_no_mec_warning_on_these_correct_sentences(read):
    assert read[0] == [], read[0]


def test_a_new_drug_of_two_classes_said_with_also_is_no_conflict(tmp_path):
    """MEC001: no drug the knowledge base holds is both a CYP17A1 inhibitor and an androgen
    receptor antagonist, but a new one may be; "also" says the text means both (fails at
    eb95c79a, where the first class was not read)."""
    from conftest import Project

    from test_mechanisms_acceptance import _mec

    project = Project(tmp_path)
    (project.root / "content" / "s25b.md").write_text(
        "# Tovaterone\n\nTovaterone 20 mg was the dose tested. Tovaterone is a CYP17A1 "
        "inhibitor.\n\n## Mechanism\n\nTovaterone is also an androgen receptor antagonist.\n",
        encoding="utf-8")
    found, result = _mec(project)
    said = {(a.drug, a.attribute, a.value) for d in result.documents
            for a in d.annotations.mechanisms}
    assert ("tovaterone", "class", "cytochrome p450 17a1 inhibitor") in said, sorted(said)
    assert found == [], found


def test_two_classes_of_a_new_drug_said_apart_still_conflict(tmp_path):
    """The same two classes said in two places with no "also": still reported (MEC001)."""
    from conftest import Project

    from test_mechanisms_acceptance import _mec

    project = Project(tmp_path)
    (project.root / "content" / "s25c.md").write_text(
        "# Tovaterone\n\nTovaterone 20 mg was the dose tested. Tovaterone is a CYP17A1 "
        "inhibitor.\n\n## Mechanism\n\nTovaterone is an androgen receptor antagonist.\n",
        encoding="utf-8")
    found, _ = _mec(project)
    assert [code for code, _ in found] == ["MEC001"], found


@pytest.mark.parametrize("sentence", [
    "Holvetrin, a drug maker in Lyon, announced a merger.",
    "Tessmark is a drug-resistant strain of the bacterium.",
])
def test_a_generic_head_inside_the_phrase_ends_the_reading(tmp_path, sentence):
    """A generic head that does not end the class phrase ("a drug maker", "a drug-resistant
    …") moves the reading on: a review of i358 found the phrase walk stuck there for ever
    (the suite's own "Pfizer, a drug maker …" fixture hung). Run in a child with a time limit
    so that a regression fails instead of hanging the suite."""
    import subprocess
    import sys
    (tmp_path / "text.md").write_text(sentence + "\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "lint", "mechanisms", "text.md", "--format", "json"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-500:]
    assert sentence.split(",")[0].split()[0].lower() not in proc.stdout.lower()
