"""Issue 16, session 25 (branch i369): mends of the review of i358. The shapes that let a
text define a drug the knowledge base lacks are narrowed so that people, foods and places
written in them stay no drugs: a known class ends the phrase only after a quality of
pharmacology ("a potent sedative", not "a mild stimulant"); "and" joins only qualities or
words of uptake ("selective and orally active", not "selective and affordable"); a short
bracket is passed only where it abbreviates the words before it ("androgen receptor (AR)",
not "a Roche (UK) antagonist"); only "also" may stand between "is" and the phrase. And
MEC001 lets a drug the base lacks join two classes only where one is named by its target
or the pair is reviewed: "an opioid and a statin" is still a rival pair. Sentences are
our own."""

from __future__ import annotations

import pytest

TEXT = """# Notes

Quorindale, a mild stimulant, is poured at breakfast in the valley.

Pellatier, a sedative, was the nickname of the old goalkeeper.

Trevolinide, a potent sedative, was studied in adults with insomnia.

Wexbridge is a selective and affordable inhibitor of congestion.

Marchetti is a Roche (UK) antagonist on the board.

Ostrander is now a TNF inhibitor advocate in the senate.
"""

NOT_DRUGS = ["quorindale", "pellatier", "wexbridge", "marchetti", "ostrander"]


@pytest.fixture(scope="module", name="mentions")
def mentions_fixture(tmp_path_factory):
    from conftest import Project

    from test_mechanisms_acceptance import _mec

    project = Project(tmp_path_factory.mktemp("s25_i369"))
    (project.root / "content" / "s25_i369.md").write_text(TEXT, encoding="utf-8")
    _, result = _mec(project)
    return {m.name for d in result.documents for m in d.annotations.drug_mentions
            if not m.known}


@pytest.mark.parametrize("name", NOT_DRUGS)
def test_people_foods_and_places_are_no_drugs(mentions, name):
    """Each was taken for a drug at 38ea6272."""
    assert name not in mentions, sorted(mentions)


def test_a_quality_of_pharmacology_before_a_known_class_still_defines(mentions):
    assert "trevolinide" in mentions, sorted(mentions)


def test_a_new_drug_said_to_be_of_rival_classes_is_reported(tmp_path):
    """MEC001: neither class is named by a target and no review pairs them (silent at
    38ea6272, where any pair of classes was let off for a drug the base lacks)."""
    from conftest import Project

    from test_mechanisms_acceptance import _mec

    project = Project(tmp_path)
    (project.root / "content" / "s25d.md").write_text(
        "# Zelmoradin\n\nZelmoradin 5 mg is taken at night. Zelmoradin is an opioid.\n\n"
        "## Later\n\nZelmoradin is also a statin.\n", encoding="utf-8")
    found, _ = _mec(project)
    assert [code for code, _ in found] == ["MEC001"], found
