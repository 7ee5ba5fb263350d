"""Issue 16, session 16 (branch i186): round 18's MEC false alarms, after scoring. Short
quotes from the round's texts (Wikipedia, CC BY-SA; a journal abstract, CC BY):

- "Lomitapide is a novel microsomal triglyceride transfer protein inhibitor": a kind's word
  right before a noun of acting on a target ("protein inhibitor") names what the drug acts
  on, not what the drug is (MEC008 no more); "X is a protein" still is the drug's kind;
- "contains segesterone acetate, a progestin; and ethinylestradiol, an estrogen": each
  apposition is its own drug's class, not the other component's (MEC001/MEC004 no more);
- histrelin "is available as a daily intramuscular injection" and "is also available in a
  12-month subcutaneous implant" (infobox: subcutaneous implant): a route the text itself
  says is one more way of giving the drug makes no contradiction with another place's route
  (MEC003 no more); two plain different routes still conflict."""

from __future__ import annotations

from conftest import mec_on


def _mec(project, text: str):
    return sorted((d.code, d.span.start.line) for d in mec_on(project, text).diagnostics
                  if d.code != "MEC005")


def test_a_target_protein_before_inhibitor_is_no_kind(project):
    found = _mec(project, "# Lomitapide\n\nLomitapide is a novel microsomal triglyceride "
                          "transfer protein inhibitor that does not depend on LDL receptors.\n")
    assert found == [], found


def test_a_small_molecule_called_a_protein_still_contradicts(project):
    found = _mec(project, "# Lomitapide\n\nLomitapide is a protein that lowers LDL "
                          "cholesterol.\n")
    assert ("MEC008", 3) in found, found


def test_each_apposition_of_a_combination_is_its_own_drugs(project):
    found = _mec(project, (
        "# Segesterone acetate/ethinylestradiol\n\n"
        "Segesterone acetate/ethinylestradiol (EE/SGA), sold under the brand name Annovera "
        "among others, is a contraceptive vaginal ring and combined form of hormonal birth "
        "control which contains segesterone acetate, a progestin; and ethinylestradiol, an "
        "estrogen.\n\n"
        "Ethinylestradiol/segesterone acetate (EE/SGA), sold under the brand name Annovera, is "
        "a contraceptive vaginal ring and combined form of hormonal birth control which "
        "contains ethinylestradiol, an estrogen, and segesterone acetate, a progestin.\n"))
    assert found == [], found


def test_a_component_called_the_wrong_class_still_contradicts(project):
    found = _mec(project, "# Ring\n\nThe ring contains ethinylestradiol, a progestin.\n")
    assert ("MEC004", 3) in found, found


_INFOBOX = ("# Histrelin\n\n| Histrelin | |\n| --- | --- |\n"
            "| Routes of administration | Subcutaneous implant |\n\n")


def test_a_route_the_text_says_is_one_more_is_no_contradiction(project):
    found = _mec(project, (
        _INFOBOX +
        "Histrelin is used to treat central precocious puberty in children.\n\n"
        "It is available as a daily intramuscular injection.\n\n"
        "Histrelin is also available in a 12-month subcutaneous implant (Vantas) for the "
        "palliative treatment of advanced prostate cancer.\n"))
    assert not [f for f in found if f[0] == "MEC003"], found


def test_two_plain_different_routes_still_conflict(project):
    """Without 'also', intramuscular here and the infobox's subcutaneous still conflict."""
    found = _mec(project, (
        _INFOBOX +
        "Histrelin is used to treat central precocious puberty in children.\n\n"
        "It is available as a daily intramuscular injection.\n\n"
        "Histrelin is available in a 12-month implant for advanced prostate cancer.\n"))
    assert [f for f in found if f[0] == "MEC003"], found
