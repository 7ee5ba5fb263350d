"""Whose sentence it is in label sections, lists and predicates, and where a target is
found (issue 16, session 10; tests/data/mechanisms/labels_subjects_prose.md): brand names a
text declares, a title 'Drug: …', imperative label items, ', all of which …' after a list,
a name in the predicate of the subject, maximum courses and pauses."""

from __future__ import annotations

import pytest
from test_mechanisms_acceptance import DATA, _reads_without_finding

from lint.annotate.mechanism_sites import part_of_organ, target_found_in
from lint.annotate.mechanism_subjects import declared_brands, in_predicate
from lint.nlp import pipeline

READ = {
    # "KORLYM (mifepristone)" in the title; the label's imperative items are about it
    ("mifepristone", "route", "oral"),
    ("mifepristone", "schedule", "daily"),
    # "# Teriparatide: …" over "- Recommended dosage is 20 mcg subcutaneously once a day"
    ("teriparatide", "route", "subcutaneous"),
    ("teriparatide", "schedule", "daily"),
    ("teriparatide", "schedule", "course:2 years"),  # "for no more than two years"
    # ", all of which are recommended to be taken orally": every drug of the list
    ("sildenafil", "route", "oral"),
    ("tadalafil", "route", "oral"),
    ("vardenafil", "route", "oral"),
    ("avanafil", "route", "oral"),
    # "It may be taken nasally, intravenously, or as a pill": desmopressin, not vasopressin
    ("desmopressin", "route", "intranasal"),
    ("desmopressin", "route", "oral"),
    # "A dosage of relugolix of 40 mg once per day has been found to suppress estradiol"
    ("relugolix", "effect", "estradiol:down"),
    ("relugolix", "schedule", "daily"),
    # "Inhibition of GH action results in decreased … IGF-I" after pegvisomant's mechanism
    ("pegvisomant", "effect", "igf1:down"),
    # "two to three times daily chronic dosing": a word before the dosing it qualifies
    ("sildenafil", "schedule", "two to three times daily"),
}
NOT_READ = {
    # a pause of treatment is no course
    ("mifepristone", "schedule", "course:longer than 14 days"),
    ("teriparatide", "schedule", "course:longer than 2 years"),
    # named in the predicate ("a synthetic replacement for vasopressin")
    ("vasopressin", "route", "intravenous"),
    ("vasopressin", "route", "intranasal"),
    # "blocks GnRH stimulation of luteinizing hormone": GnRH's action, not its level
    ("elagolix", "effect", "gnrh:down"),
}


def test_label_sections_lists_and_predicates_are_read_without_finding(project):
    _reads_without_finding(project, "labels_subjects_prose.md", READ, NOT_READ)


@pytest.fixture(scope="module")
def nlp():
    return pipeline()


def _drug(doc, word, key):
    index = next(t.i for t in doc if t.lower_ == word)
    return ("drug", key, index, index + 1)


@pytest.mark.parametrize("text, drug, expected", [
    ("KORLYM (mifepristone) is a cortisol receptor blocker.", "mifepristone",
     {"KORLYM": "mifepristone"}),  # as the text spells it (i202)
    ("FORTEO (teriparatide injection), for subcutaneous use", "teriparatide",
     {"FORTEO": "teriparatide"}),
    ("Teriparatide (Forteo) is a recombinant form of parathyroid hormone.", "teriparatide",
     {"Forteo": "teriparatide"}),
    # an abbreviation of a phrase the name ends, a section number, a name's subject
    ("the syndrome of inappropriate antidiuretic hormone (SIADH)", "hormone", {}),
    ("Treatment (tamoxifen) was stopped.", "tamoxifen", {}),
    ("clomiphene (2.1) is given", "clomiphene", {}),
])
def test_declared_brands(nlp, text, drug, expected):
    doc = nlp(text)
    assert declared_brands(doc, [_drug(doc, drug, drug)]) == expected


@pytest.mark.parametrize("text, expected", [
    ("Desmopressin is a synthetic replacement for vasopressin", True),
    ("Canrenone is an antagonist of the MR as is spironolactone", False),
    ("Bicalutamide was the third NSAA to be marketed, with flutamide", False),
    ("Tamoxifen and clomiphene", False),
])
def test_in_predicate(nlp, text, expected):
    doc = nlp(text)
    assert in_predicate(doc, 1, len(doc) - 1) is expected


@pytest.mark.parametrize("text, target_end, expected", [
    # (real sentences; the H1 receptor written as the matcher would give it)
    ("H1 receptors are also found in the central nervous system.", 2, "h1"),
    ("H1 receptors are widely distributed and are particularly common on smooth muscle", 2,
     "h1"),
    ("H1 receptors block the release of histamine.", 2, None),  # no place it is found
    ("Patients with H1 receptors are found in clinics.", None, None),  # not the subject
])
def test_target_found_in(nlp, text, target_end, expected):
    doc = nlp(text)
    matches = [("target", "h1", 0, target_end)] if target_end else []
    assert target_found_in(doc, 0, len(doc), matches) == expected


def test_part_of_organ(nlp):
    doc = nlp("common on smooth muscle of the bronchi and large blood vessels")
    sites = [("site", "smooth muscle", 2, 4), ("site", "bronchi", 6, 7)]
    assert part_of_organ(doc, sites, 4)  # the bronchi are the site
    assert not part_of_organ(doc, sites, 7)


def test_population_is_in_the_records_and_in_the_knowledge_base_message(project):
    """'Anastrozole lowers estradiol and raises testosterone in men.': the population is a
    field of each `mechanisms --format json` record; MEC004 names it (here against an
    injected 'raises estradiol in men')."""
    import json

    text = (DATA / "effects_conditions_prose.md").read_text("utf-8")
    project.write("content/prose.md", text)
    result = project.cli("mechanisms", "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    rows = rows if isinstance(rows, list) else rows["assertions"]
    said = {(r["value"], r["population"]) for r in rows if r["drug"].lower() == "anastrozole"}
    assert ("estradiol:down", "men") in said
    assert all("population" in r for r in rows)
    assert {r["population"] for r in rows if r["drug"].lower() == "octreotide"} == {""}
    project.write("content/prose.md", text.replace(
        "Anastrozole lowers estradiol and raises testosterone in men.",
        "Anastrozole raises estradiol in men."))
    messages = [d.message for d in project.run(use_baseline=False, select=["MEC004"]).diagnostics]
    assert any("(said in men)" in m and "anastrozole" in m.lower() for m in messages), messages


@pytest.mark.parametrize("text, organ, expected", [
    # FORTEO label, 12.1 Mechanism of Action
    ("Teriparatide is not expected to accumulate in bone or other tissues.", "bone", False),
    ("Bisphosphonates accumulate in bone.", "bone", True),
])
def test_located_reads_a_denial(nlp, text, organ, expected):
    from lint.annotate.mechanism_sites import located

    doc = nlp(text)
    assert located(doc, 0, next(t.i for t in doc if t.lower_ == organ)) is expected


@pytest.mark.parametrize("text, organ, expected", [
    ("Teriparatide and the 34 N-terminal amino acids of PTH bind to these receptors with the "
     "same affinity and have the same physiological actions on bone and kidney.", "bone", True),
    ("It has side effects on the liver.", "liver", False),
])
def test_effects_at(nlp, text, organ, expected):
    from lint.annotate.mechanism_sites import effects_at

    doc = nlp(text)
    assert effects_at(doc, 0, next(t.i for t in doc if t.lower_ == organ)) is expected
