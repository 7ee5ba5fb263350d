"""Session 29, branch i407 (issue 16): subject resolution in the shapes of round 40's false
MEC warnings (bench/data/mec_false_alarms.tsv), each beside a real error of the same kind
that is still found.

- a class named with its examples after "of" ("the biological target of androgens like
  testosterone") illustrates; a pronoun in the next sentence does not point back to it;
- a name glued by a hyphen to a word before a kind ("retinol-binding protein") is the first
  part of a compound noun: the kind is the compound's, and no drug is the clause's subject.

Sentences in our own words, in the shapes of the round-40 texts."""

from __future__ import annotations

from conftest import mec_found, mec_on, said_in


# A class given with its examples is no antecedent.

EXAMPLES = ("# {title}\n\n{subject} is an experimental steroid, and so it is an agonist of the "
            "androgen receptor, the biological target of androgens {cue} testosterone. It is "
            "also an agonist of the progesterone receptor.\n")


def test_a_pronoun_does_not_point_to_a_class_named_with_its_examples(project):
    # bolandiol is unknown to the knowledge base: "It" has no known drug to stand for, and
    # neither the class of the examples nor testosterone's products take the receptor
    # (trestolone, the first choice, became known with the anabolic family of i410)
    for cue in ("like", "such as", "including"):
        text = EXAMPLES.format(title="Bolandiol", subject="Bolandiol", cue=cue)
        said = said_in(mec_on(project, text))
        assert not any(value == "progesterone_receptor" for _, _, value in said), cue
        assert mec_found(project, text) == []


def test_the_pronoun_still_stands_for_the_named_subject(project):
    text = EXAMPLES.format(title="Nandrolone", subject="Nandrolone", cue="such as")
    said = said_in(mec_on(project, text))
    assert ("nandrolone", "target", "progesterone_receptor") in said
    assert not any(drug.startswith("testosterone") for drug, _, _ in said)


def test_a_wrong_target_after_the_examples_is_still_found(project):
    text = ("# Letrozole\n\nLetrozole is an aromatase inhibitor that lowers the production of "
            "estrogens like estradiol. It is an agonist of the progesterone receptor.\n")
    assert ("MEC004", 3) in mec_found(project, text)


def test_a_class_named_after_of_without_examples_is_still_an_antecedent(project):
    # "Side effects of statins …. They are …": the class the next sentence goes on about
    text = ("# Reading\n\nSide effects of statins include muscle pain. They are taken by mouth "
            "once daily.\n")
    assert ("class:statin", "route", "oral") in said_in(mec_on(project, text))


# A compound noun's kind.

def test_a_compound_nouns_kind_is_not_the_drugs(project):
    for text in ("# Tafamidis\n\n- Transthyretin (TTR) is a serum transport protein for "
                 "thyroxine and retinol-binding protein, made mostly in the liver.\n",
                 "# Vitamin A\n\nRetinol-binding protein is made in the liver.\n"):
        said = said_in(mec_on(project, text))
        assert not any(attribute in ("kind", "site") for _, attribute, _ in said), text
        assert mec_found(project, text) == []


def test_a_drug_called_a_protein_is_still_found(project):
    # teduglutide is a peptide: calling it a protein is the error MEC008 exists for
    text = "# Teduglutide\n\nTeduglutide is a protein related to the growth of the gut.\n"
    assert ("MEC008", 3) in mec_found(project, text)


# A route in brackets after a list's item.

def test_a_bracketed_route_is_the_list_items_it_follows(project):
    # GHK-Cu's route goes to no other drug, least of all the item before it (GHK-Cu, known
    # since session 30, may take it)
    for text in ("# Peptides\n\n- Includes sermorelin, GHK-Cu (topical), VIP, and NAD+.\n",
                 "# Peptides\n\nThe clinic stocks sermorelin, GHK-Cu (topical) and VIP.\n"):
        said = said_in(mec_on(project, text))
        assert not any(attribute == "route" and drug != "ghk-cu" for drug, attribute, _ in said), \
            text
        assert not any(code == "MEC004" for code, _ in mec_found(project, text))


def test_a_bracketed_route_after_the_drug_is_still_its_own(project):
    ok = "# Peptides\n\nThe clinic stocks sermorelin (subcutaneous), GHK-Cu and VIP.\n"
    assert ("sermorelin", "route", "subcutaneous") in said_in(mec_on(project, ok))
    wrong = "# Peptides\n\n- Includes sermorelin (topical), GHK-Cu, VIP, and NAD+.\n"
    assert ("MEC004", 3) in mec_found(project, wrong)


# A trial of a named treatment the knowledge base lacks.

TRIAL = ("# Velvet bean\n\nSerum T and LH fell, as did blood levels of dopamine, adrenaline, and "
         "noradrenaline. This went with a rise in serum FSH. Treatment with M. pruriens raised "
         "T, LH, dopamine, and adrenaline levels in the men and lowered FSH.\n")


def test_a_measured_substance_is_not_the_trials_subject(project):
    # the FSH fall is the treatment's (M. pruriens), dopamine is one of the levels measured;
    # and "This" after "blood levels of dopamine" is no pronoun for dopamine
    said = said_in(mec_on(project, TRIAL))
    assert not any(drug == "dopamine" for drug, _, _ in said)


def test_a_treatment_with_a_known_drug_is_still_its_subject(project):
    text = ("# Clomiphene\n\nTreatment with Clomid raised LH levels in the men. Treatment with "
            "clomiphene lowered LH in the same men.\n")
    said = said_in(mec_on(project, text))
    assert ("clomiphene citrate", "effect", "lh:up") in said
    # the second sentence's fall of LH is a real error against the knowledge base
    assert ("MEC004", 3) in mec_found(project, text)
