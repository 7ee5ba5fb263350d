"""A conversion a drug blocks, a glossary's pronunciation line, the body's ligands of a
text's blockers, infusion rates, hyphenated frequencies, "like other <class>" and the organ
before a hormone's secretion, in real sentences of other texts (issue 16, session 12): what
is read, what is not, and no MEC finding on the correct text
(tests/data/mechanisms/conversions_glossary_prose.md)."""

from __future__ import annotations

import pytest
from test_mechanisms_acceptance import _mec, _reads_without_finding

from lint.annotate.mechanism_physiology import blocked_ligands
from lint.annotate.schedules import infusion_rates
from lint.nlp import pipeline

READ = {
    # "act by blocking the conversion of angiotensin I to angiotensin II": its product falls
    ("class:ace_inhibitor", "effect", "angiotensin_ii:down"),
    # "(uh-ROH-muh-tays in-HIH-bih-ter)" says nothing: the definition after it is the
    # heading's first sentence
    ("class:aromatase_inhibitor", "effect", "estradiol:down"),
    ("class:aromatase_inhibitor", "target", "aromatase"),
    # the blockers' own statements are still theirs
    ("tolvaptan", "route", "oral"),
    # "intravenous infusion of kisspeptin-54 (1 nmol/kg/h)": a rate per hour is continuous
    ("kisspeptin", "schedule", "continuous"),
    ("kisspeptin", "route", "intravenous"),
    # "Omeprazole, like other PPIs, inhibits … the H+/K+-ATPase of gastric parietal cells":
    # said of the class as well as of omeprazole
    ("omeprazole", "site", "stomach"),
    ("class:proton_pump_inhibitor", "site", "stomach"),
    ("class:proton_pump_inhibitor", "target", "h_k_atpase"),
    # "strongly suppress pituitary prolactin secretion": the source of the hormone it lowers
    ("bromocriptine", "site", "pituitary"),
    ("cabergoline", "site", "pituitary"),
}
NOT_READ = {
    # "the steroid 5-alpha reductase which catalyzes the conversion of testosterone to
    # dihydrotestosterone": the enzyme's work, not a level the drug is said to change
    ("class:five_alpha_reductase_inhibitor", "effect", "dihydrotestosterone:down"),
    ("class:five_alpha_reductase_inhibitor", "effect", "testosterone:up"),
    # "Histamine is an important mediator … causing smooth muscle contraction" and
    # "Vasopressin acts on type 2 receptors in the distal renal tubules", in texts whose drugs
    # block their receptors: the body's ligands, not the medicines of those names
    ("histamine", "site", "smooth muscle"),
    ("vasopressin", "site", "kidney"),
    # "a net effect of stimulating new bone formation": an outcome, no hormone made there
    ("teriparatide", "site", "bone"),
    # "increased activation of the estrogen and/or progesterone receptors": the receptors'
    # names, not an estradiol level
    ("spironolactone", "effect", "estradiol:up"),
}


def test_conversions_and_pronunciations_of_real_sentences_are_read_without_finding(project):
    result, _ = _reads_without_finding(project, "conversions_glossary_prose.md", READ,
                                       NOT_READ)
    # "thereby blocking the conversion of cholesterol to pregnenolone and the peripheral
    # aromatization of androgenic precursors into estrogens": estrogens are not that
    # conversion's product (exemestane lowers estradiol by the glossary's class statement)
    assert not [a for d in result.documents for a in d.annotations.mechanisms
                if a.attribute == "effect" and "pregnenolone" in a.sentence.text]


@pytest.fixture(scope="module")
def nlp():
    return pipeline()


def _drug(doc, word):
    index = next(t.i for t in doc if t.lower_ == word)
    return ("drug", word, index, index + 1)


@pytest.mark.parametrize("text, ligand, expected", [
    ("Antihistamines block the histamine type 1 (H1) receptors.", "histamine", {"histamine"}),
    ("Conivaptan blocks vasopressin receptors.", "vasopressin", {"vasopressin"}),
    # a receptor named with no blocking, or a blocker of something else
    ("Oxytocin has specific receptors in the myometrium.", "oxytocin", set()),
    ("Vasopressin binds to V2 receptors in the kidney.", "vasopressin", set()),
    ("Heparin blocks the clotting of blood.", "heparin", set()),
])
def test_blocked_ligands(nlp, text, ligand, expected):
    doc = nlp(text)
    assert blocked_ligands(doc, [_drug(doc, ligand)], {ligand}) == expected


def test_a_receptor_read_as_a_target_names_its_ligand(nlp):
    doc = nlp("Tolvaptan is a vasopressin 2 receptor antagonist.")
    start = next(t.i for t in doc if t.lower_ == "vasopressin")
    target = ("target", "avpr2", start, start + 3)
    assert blocked_ligands(doc, [target], {"tolvaptan", "vasopressin"}) == {"vasopressin"}
    assert blocked_ligands(doc, [target], {"tolvaptan"}) == set()  # not a drug of the text


@pytest.mark.parametrize("text, expected", [
    # round 6's kisspeptin abstracts; label wording
    ("75-minute intravenous infusion of kisspeptin-54 (1 nmol/kg/h) vs placebo infusion",
     ["continuous"]),
    ("infused at 0.5 mg/min for 2 hours", ["continuous"]),
    ("an infusion of 2 mU per minute", ["continuous"]),
    # lengths and a day's total are no rates; a rate with no infusion is not read
    ("An infusion takes about an hour.", []),
    ("infusion of kisspeptin for 75 minutes", []),
    ("20,000 units/24 hours by continuous infusion", []),
    ("a clearance of 5 mL/min", []),
])
def test_infusion_rates(nlp, text, expected):
    assert [value for value, _, _ in infusion_rates(nlp(text))] == expected


def test_a_hyphenated_frequency_is_the_same_schedule(project):
    # (own words; the shape is a peptide vendor's page of health-pages round 4, "twice-daily
    # ipamorelin", whose text is not ours to copy): not "daily", not "weekly"
    project.write("content/hyphens.md", "# Dosing\n\nIpamorelin was given twice-daily by "
                  "subcutaneous injection. Gonadorelin is injected twice-weekly.\n")
    _found, result = _mec(project)
    said = {(a.drug, a.value) for d in result.documents for a in d.annotations.mechanisms
            if a.attribute == "schedule"}
    assert said == {("ipamorelin", "twice daily"), ("gonadorelin", "twice weekly")}
