"""Session 30 (coordinator, issue 16): a residue named inside a systematic chemical name is
no subject.

Three peptide sellers' pages of round 44 (spent) write GHK-Cu's chemical name,
"Glycyl-L-Histidyl-L-Lysine", and lysine, the only name in it the base knows, took the
tripeptide kind: four MEC008 false alarms. A name after a substituent in "-yl" joined by a
hyphen and a stereo-descriptor ("glycyl-L-lysine") is one part of the molecule's name, as `part_of_molecule` already held for "…inyl acetic
acid". Sentences in our own words."""

from __future__ import annotations

import pytest

from conftest import mec_found, mec_on, said_in


@pytest.mark.parametrize("text", [
    "# GHK-Cu\n\nGHK-Cu (glycyl-L-histidyl-L-lysine bound to copper) is a small tripeptide "
    "sold for skin care.\n",
    "# Copper peptide\n\nAlso sold as copper tripeptide-1 or Glycyl-L-Histidyl-L-Lysine:Copper(II), "
    "this peptide is applied to the skin.\n",
    "# Dipeptide\n\nThe dipeptide glycyl-L-lysine is a peptide studied in wound healing.\n",
])
def test_a_residue_inside_a_chemical_name_takes_no_kind(project, text):
    said = said_in(mec_on(project, text))
    assert not any(drug == "lysine" for drug, _, _ in said), said
    assert mec_found(project, text) == []


def test_a_kind_said_of_lysine_itself_is_still_checked(project):
    text = "# Lysine\n\nLysine is a peptide hormone made in the pituitary.\n"
    assert ("MEC008", 3) in mec_found(project, text)


def test_a_drug_after_a_free_standing_substituent_word_is_still_read(project):
    # "ethinyl estradiol": one drug's name in two words, no hyphen; the guard needs the glue
    text = "# Estradiol\n\nEstradiol is a steroid hormone given by mouth as a tablet.\n"
    assert ("estradiol", "route", "oral") in said_in(mec_on(project, text))


def test_a_name_joined_to_a_substituent_without_a_descriptor_is_still_read(project):
    # "acetyl-carnitine" is one drug's name: without a stereo-descriptor the hyphen may join
    # a name, so the course stays the carnitines' (a news report's shape, round 42)
    text = ("# Carnitine\n\nThe trial asked 40 men to take a combination of L-carnitine and "
            "L-acetyl-carnitine or a placebo for six months.\n")
    assert any(drug == "levocarnitine" and attribute == "schedule"
               for drug, attribute, _ in said_in(mec_on(project, text)))
