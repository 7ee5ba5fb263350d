"""Session 29 (coordinator, issue 16): a substance's listed parts are no subjects.

"Epitalon ... is a synthetic tetrapeptide composed of four amino acids: alanine, glutamic
acid, aspartic acid, and glycine" (a seller's page, round 42) gave the peptide kind to the
four amino acids, the only names the base knew, and four MEC008 false alarms. A name after
a phrase naming parts ("composed of", "made up of", "consisting of") is a building block.
Sentences in our own words."""

from __future__ import annotations

import pytest

from conftest import mec_found, mec_on, said_in


@pytest.mark.parametrize("text", [
    "# Selank\n\nSelank is a heptapeptide made up of amino acids such as threonine, lysine, "
    "proline and arginine.\n",
    "# Epitalon\n\nEpitalon is a short synthetic peptide composed of four amino acids: alanine, "
    "glutamic acid, aspartic acid, and glycine.\n",
    "# Glutathione\n\nThe tripeptide, consisting of glutamic acid, cysteine and glycine, is made "
    "in the liver.\n",
])
def test_parts_named_after_a_parts_phrase_take_no_kind(project, text):
    said = said_in(mec_on(project, text))
    # (the subject itself may keep its kind: epitalon and selank are known since session 30)
    subject = text.split("\n")[0].removeprefix("# ").lower()
    assert not any(attribute == "kind" and drug != subject for drug, attribute, _ in said), said
    assert mec_found(project, text) == []


def test_a_kind_said_of_a_known_amino_acid_is_still_checked(project):
    text = "# Glycine\n\nGlycine is a peptide hormone made in the pituitary.\n"
    assert ("MEC008", 3) in mec_found(project, text)


def test_the_subject_before_its_parts_keeps_its_kind(project):
    text = ("# Leuprolide\n\nLeuprolide is a synthetic peptide composed of nine amino acids, "
            "given by injection.\n")
    assert ("leuprorelin", "kind", "peptide") in said_in(mec_on(project, text))
