"""What a reviewer relies on: the article's real MEC errors, injected ones, no false alarms."""

from __future__ import annotations

import shutil

import pytest

from conftest import REPO, copy_repository

ARTICLE = "content/restoring-fertility-after-trt.md"
DATA = REPO / "tests" / "data" / "mechanisms"


def _mec(project, **options):
    result = project.run(use_baseline=False, select=["MEC"], **options)
    return sorted((d.code, d.span.start.line) for d in result.diagnostics
                  if d.code != "MEC005"), result


def _mec_on(project, data_file: str, article: str):
    """`_mec` on one text of tests/data/mechanisms, and what was read from it:
    (drug, attribute, value, polarity, modality)."""
    shutil.copy(DATA / data_file, project.root / "content" / article)
    found, result = _mec(project)
    said = {(a.drug, a.attribute, a.value, a.polarity, a.modality)
            for d in result.documents for a in d.annotations.mechanisms}
    return found, result, said


def test_article_reports_its_three_real_errors_and_nothing_else(project):
    copy_repository(project.root)
    found, result = _mec(project)
    assert found == [("MEC006", 91), ("MEC007", 276), ("MEC008", 151)], found
    messages = {d.code: d.message for d in result.diagnostics}
    assert "twice weekly" in messages["MEC006"] and "60-120 minutes" in messages["MEC006"]
    assert "FSH does not drive endogenous testosterone" in messages["MEC007"]
    assert "Leydig cells" in messages["MEC007"]
    assert "MK-677 is a small molecule, not a peptide" in messages["MEC008"]
    assert "Growth Hormone Peptides" in messages["MEC008"]
    for message in messages.values():
        assert "lint/data" not in message  # nothing an editor cannot open and change


# (what to replace, with what, the finding expected at that line)
INJECTED = {
    "site-between-sections": (
        "acts directly on the\n  pituitary gland", "acts directly on the\n  hypothalamus",
        ("MEC004", 90)),
    "class-in-a-table-row": (
        "| Tesamorelin | A GHRH analog,",
        "| Tesamorelin | A selective estrogen receptor modulator,",
        ("MEC004", 149)),
    "class-level-statement": (
        "AIs inhibit the enzyme\n   aromatase", "AIs block estrogen\n   receptors",
        ("MEC004", 224)),
    "pronoun": (
        "resulting in an increased\n  secretion of GnRH",
        "resulting in a decreased\n  secretion of GnRH",
        ("MEC004", 106)),
    "negated-route": (
        "Clomid is a well-tolerated oral medication", "Clomid is not taken orally as a medication",
        ("MEC004", 107)),
    "frequency-against-pulses-in-academic": (
        "Administering GnRH in a\n   pulsatile fashion",
        "Administering GnRH weekly in a\n   pulsatile fashion", ("MEC006", 209)),
}


@pytest.mark.parametrize("name", sorted(INJECTED))
def test_injected_contradictions_are_found_at_their_lines(project, name):
    copy_repository(project.root)
    old, new, expected = INJECTED[name]
    path = project.root / ARTICLE
    text = path.read_text("utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), "utf-8")
    found, _ = _mec(project)
    assert expected in found, found


def test_correct_sentences_of_every_shape_give_no_mec_finding(project):
    found, result, said = _mec_on(project, "correct_pharmacology.md", "shapes.md")
    assert found == [], [(d.code, d.span.start.line, d.message) for d in result.diagnostics]
    # Each shape is read, not skipped.
    assert ("anastrozole", "effect", "testosterone:up", True, "asserted") in said
    assert ("exogenous testosterone", "effect", "lh:down", True, "asserted") in said
    assert ("tamoxifen", "effect", "lh:up", True, "asserted") in said
    assert ("leuprorelin", "effect", "lh:down", True, "conditional") in said
    assert ("tamoxifen", "class", "aromatase_inhibitor", False, "asserted") in said
    assert ("kisspeptin", "site", "hypothalamus", True, "asserted") in said
    assert ("enclomiphene", "class", "serm", True, "asserted") in said
    assert ("letrozole", "effect", "lh:up", True, "asserted") in said


def test_mechanisms_reads_a_text_outside_the_field(project):
    found, _, read = _mec_on(project, "covid_pharmacology.md", "covid.md")
    said = {fact[:3] for fact in read}
    # "a nucleotide analogue prodrug" says what kind of molecule it is (a nucleotide
    # analogue, a kind of its own since session 12); its class is said of favipiravir
    # ("another polymerase inhibitor").
    assert ("remdesivir", "kind", "nucleotide analogue") in said
    assert ("remdesivir", "kind", "prodrug") in said
    assert ("favipiravir", "class", "antiviral_polymerase_inhibitor") in said
    assert ("remdesivir", "target", "viral_rdrp") in said
    assert ("remdesivir", "route", "intravenous") in said
    assert ("favipiravir", "route", "oral") in said
    assert ("dexamethasone", "class", "corticosteroid") in said
    assert ("dexamethasone", "target", "glucocorticoid_receptor") in said
    assert ("hydroxychloroquine", "class", "antimalarial") in said
    assert ("tocilizumab", "route", "intravenous") in said
    assert found == []


def test_list_items_take_what_their_headings_say_and_compared_lists_are_not_subjects(project):
    _, _, read = _mec_on(project, "headed_lists.md", "lists.md")
    said = {fact[:3] for fact in read}
    assert ("sermorelin", "target", "ghrh_receptor") in said
    assert ("tesamorelin", "kind", "peptide") in said
    assert ("mk-677", "class", "gh_secretagogue") in said
    assert ("enclomiphene", "effect", "lh:up") in said
    assert not {d for d, attribute, _ in said if attribute == "effect"} - {"enclomiphene"}


# Shapes of monographs, infoboxes and glossaries: each is read, and gives no false alarm.
NEW_SHAPES_READ = {
    ("tocilizumab", "kind", "antibody"),  # infobox "Type" field
    ("tocilizumab", "target", "interleukin-6 receptor"),  # infobox "Target", DrugCentral target
    ("tocilizumab", "route", "subcutaneous"),  # infobox "Routes of administration"
    ("tocilizumab", "kind", "monoclonal antibody"),
    ("baricitinib", "target", "jak1"),  # "a selective inhibitor of JAK1 and JAK2"
    ("baricitinib", "target", "jak2"),
    ("baricitinib", "kind", "small molecule"),
    ("baricitinib", "route", "oral"),  # "The drug is taken by mouth"
    ("baricitinib", "schedule", "course:14 days"),
    ("letrozole", "class", "aromatase_inhibitor"),  # "Drug class: …" under "## Letrozole"
    ("letrozole", "effect", "estradiol:down"),  # a list item under the drug's heading
    ("tamoxifen", "class", "serm"),  # "in the … family"
    ("tamoxifen", "target", "estrogen_receptor"),  # "blocks the effects of estrogen"
    ("tamoxifen", "site", "breast"),
    ("zuclomifene", "class", "antigonadotropin"),  # unknown drug, adjective, after "unlike X,"
    ("zuclomifene", "effect", "testosterone:down"),
    ("human chorionic gonadotropin", "route", "intramuscular"),  # "an injection of hCG"
    ("human chorionic gonadotropin", "schedule", "every other day"),  # "every second or third"
    ("human chorionic gonadotropin", "schedule", "every third day"),
    ("human chorionic gonadotropin", "schedule", "course:longer than 2 years"),
    ("anastrozole", "route", "oral"),  # a table's "Route" column
    ("sermorelin", "kind", "peptide"),  # "…; they are peptides"
    ("tesamorelin", "route", "subcutaneous"),
    ("apremilast", "class", "pde4_inhibitor"),  # "a phosphodiesterase 4 (PDE4) inhibitor"
    ("siltuximab", "target", "il6"),  # "binds the interleukin-6 (IL-6) protein"
    ("sermorelin", "class", "ghrh_analogue"),  # "is a 29-amino acid polypeptide analogue of"
    ("kisspeptin", "effect", "lh:up"),  # "the release of GnRH from the hypothalamus and then of LH"
    # a glossary entry for a class no curated drug belongs to; "keeps … from making"
    ("class:gnrh_antagonist", "effect", "lh:down"),
    ("class:gnrh_antagonist", "site", "pituitary"),
    ("exogenous testosterone", "route", "transdermal"),  # an infobox headed "Testosterone"
    # a DrugCentral-vocabulary class not in DrugCentral's list for the drug, and a class by
    # its everyday name (curated over DrugCentral's "Aldosterone Antagonist")
    ("spironolactone", "class", "potassium-sparing diuretic"),
    ("spironolactone", "class", "antimineralocorticoid"),
    ("spironolactone", "target", "mineralocorticoid_receptor"),  # "blocks the … receptor"
    ("valsartan", "class", "arb"),  # "Common types" of a class infobox
    ("atorvastatin", "class", "statin"),  # "Statins (or HMG-CoA …)"
    ("finasteride", "effect", "dihydrotestosterone:down"),
}
NOT_READ = {
    ("enclomiphene", "class", "antiestrogen"),  # "more antiestrogenic" compares
    ("enclomiphene", "class", "antigonadotropin"),  # "unlike enclomifene"
    ("anastrozole", "class", "serm"),  # "Neither letrozole nor anastrozole is a SERM"; a name
    ("sermorelin", "class", "amino acid"),  # a modifier inside "29-amino acid polypeptide"
    ("bpc-157", "kind", "protein"),  # "… gastric juice — a protein" is said of gastric juice
    ("finasteride", "effect", "testosterone:down"),  # "without affecting serum testosterone"
    ("letrozole", "site", "breast"),  # "breast cancer" is a disease
}


def test_new_shapes_are_read_and_give_no_mec_finding(project):
    found, result, read = _mec_on(project, "new_shapes.md", "shapes.md")
    assert found == [], [(d.code, d.span.start.line, d.message) for d in result.diagnostics]
    said = {fact[:3] for fact in read if fact[3]}
    assert NEW_SHAPES_READ - said == set()
    # "given … once daily" states a frequency, not a condition ("once it is given")
    assert ("sermorelin", "effect", "gh:up", True, "asserted") in read
    assert NOT_READ & said == set()
    # Nothing in the infobox's "Other names" row is a statement ("anti-IL-6 receptor agonists").
    lines = {a.sentence.span.start.line for d in result.documents for a in d.annotations.mechanisms}
    assert 12 not in lines and 9 in lines
    # "Drug class: aromatase inhibitor" under "## Letrozole" is not about every aromatase
    # inhibitor: anastrozole is first named at line 47.
    assert not [a for d in result.documents for a in d.annotations.mechanisms
                if a.drug == "anastrozole" and a.sentence.span.start.line < 47]
    # "ARBs, specifically losartan": a listed member; "letrozole tablets are indicated":
    # a product's name, not a route
    late = {(a.drug, a.attribute, a.sentence.span.start.line)
            for d in result.documents for a in d.annotations.mechanisms}
    assert ("losartan", "class", 85) in late and ("letrozole", "route", 89) not in late


# (what to replace in new_shapes.md, with what, the finding expected at that line)
NEW_SHAPES_INJECTED = {
    "class-in-a-field-line": ("Drug class: aromatase inhibitor",
                              "Drug class: selective estrogen receptor modulator", ("MEC004", 23)),
    "effect-in-a-list-item": ("- lowers estradiol in men", "- raises estradiol in men",
                              ("MEC004", 26)),
    "frequency-against-knowledge": ("- taken by mouth once daily", "- taken by mouth once weekly",
                                    ("MEC004", 25)),
    "class-with-a-group-word": ("in the selective estrogen receptor modulator family",
                                "in the aromatase inhibitor family", ("MEC004", 30)),
    "target-after-the-drug-anaphor": ("It blocks the effects of\nestrogen in the breast.",
                                      "It inhibits the enzyme aromatase in the breast.",
                                      ("MEC004", 30)),
    "kind-in-an-infobox-field": ("| Type | Whole antibody |", "| Type | Peptide |",
                                 ("MEC008", 9)),
    "schedule-alternatives-against-knowledge": ("every second or third day", "every 3 months",
                                                ("MEC004", 41)),
    "class-in-a-class-column": ("| Anastrozole | Aromatase inhibitor |",
                                "| Anastrozole | Selective estrogen receptor modulator |",
                                ("MEC004", 47)),
    "class-no-longer-denied": ("Neither letrozole nor anastrozole is a SERM.",
                               "Letrozole and anastrozole are SERMs.", ("MEC004", 49)),
}


def _found_after_injecting(project, data_file, article, injection):
    """MEC findings on one text of tests/data/mechanisms with one passage replaced."""
    old, new, expected = injection
    text = (DATA / data_file).read_text("utf-8")
    assert text.count(old) == 1, old
    (project.root / "content" / article).write_text(text.replace(old, new), "utf-8")
    found, _ = _mec(project)
    return expected, found


# Class-level prose outside endocrinology (tests/data/mechanisms/class_prose.md): what a class
# is said to do is kept of the class itself ('class:<key>') and of the members the text names.
CLASS_PROSE_READ = {
    ("class:statin", "target", "hmg_coa_reductase"),  # "Statins lower … by inhibiting …"
    ("class:statin", "site", "liver"),
    ("atorvastatin", "class", "statin"),  # "… statins are on the market: atorvastatin, …"
    ("simvastatin", "class", "statin"),
    ("lovastatin", "class", "statin"),  # "was the first statin to be marketed"
    ("class:arb", "route", "oral"),  # "They are taken by mouth."
    # "They work by …" after a sentence that names no drug, class or hormone
    ("class:arb", "target", "at1_receptor"),
    ("losartan", "class", "antihypertensive"),  # "in addition to other blood pressure …"
    ("exenatide", "class", "glp1_receptor_agonist"),  # members in parentheses
    ("class:glp1_receptor_agonist", "route", "subcutaneous"),
    ("class:glp1_receptor_agonist", "effect", "insulin:up"),
    ("class:glp1_receptor_agonist", "effect", "glucagon:down"),
    ("class:dpp4_inhibitor", "route", "oral"),  # ", which are taken orally," of its antecedent
    ("metoprolol", "class", "beta_blocker"),  # "Common examples include …"
    ("class:proton_pump_inhibitor", "schedule", "daily"),  # "These agents" after one member
    ("dutasteride", "class", "five_alpha_reductase_inhibitor"),  # "… include …: A and B"
    ("spironolactone", "class", "antimineralocorticoid"),
    ("spironolactone", "class", "potassium-sparing diuretic"),  # "an X and Y"
    ("bromocriptine", "class", "dopamine_agonist"),
    # a hormone opening a clause that says how it is given is the medicine
    ("exogenous testosterone", "route", "sublingual"),
    ("letrozole", "schedule", "daily"),
    # "block the … effects of angiotensin II": its receptor, not a lower level
    ("losartan", "target", "at1_receptor"),
    ("sitagliptin", "effect", "insulin:up"),  # "is increased by sitagliptin"
    ("bromocriptine", "effect", "prolactin:down"),  # "levels decrease with bromocriptine"
    # "<class> <words narrowing it> include <members>", brackets and all
    ("nifedipine", "class", "calcium_channel_blocker"),
    ("verapamil", "class", "calcium_channel_blocker"),
    ("nadolol", "class", "beta_blocker"),
    ("pindolol", "class", "beta_blocker"),
    # DrugCentral's "Quinolone Antimicrobial" and "Thyroid Hormone Synthesis Inhibitor" by
    # the names texts use
    ("ciprofloxacin", "class", "fluoroquinolone"),
    ("moxifloxacin", "class", "fluoroquinolone"),
    ("propylthiouracil", "class", "thionamide"),
    ("thiamazole", "class", "thionamide"),
}
CLASS_PROSE_NOT_READ = {
    ("exenatide", "route", "oral"),  # the relative clause is about the DPP-4 inhibitors
    ("liraglutide", "route", "oral"),
    ("losartan", "class", "ace_inhibitor"),  # "along with … ACE inhibitors": not a subject
    ("class:ace_inhibitor", "route", "oral"),
    ("class:calcium_channel_blocker", "route", "oral"),
    ("exogenous testosterone", "route", "oral"),  # "is not orally available"
    ("letrozole", "route", "oral"),  # "one 2.5 mg tablet": a dose, not a route
    ("losartan", "effect", "angiotensin_ii:down"),  # "blocking the binding of angiotensin II"
    ("digoxin", "class", "beta_blocker"),  # "Beta blockers and the drugs that … include"
}


def _reads_without_finding(project, data_file, expected, unexpected):
    """One text of tests/data/mechanisms gives no MEC finding, and what is read of it (as
    positive statements) holds every `expected` fact and no `unexpected` one."""
    found, result, read = _mec_on(project, data_file, "classes.md")
    assert found == [], [(d.code, d.span.start.line, d.message) for d in result.diagnostics]
    said = {fact[:3] for fact in read if fact[3]}
    assert expected - said == set()
    assert unexpected & said == set()
    return result, read


def test_class_level_prose_is_read_and_gives_no_mec_finding(project):
    result, read = _reads_without_finding(project, "class_prose.md", CLASS_PROSE_READ,
                                          CLASS_PROSE_NOT_READ)
    # "… the first in this class of agents": the class the section named last
    this_class = {(a.drug, a.value) for d in result.documents for a in d.annotations.mechanisms
                  if a.attribute == "class" and "this class" in a.sentence.text}
    assert this_class == {("bromocriptine", "dopamine_agonist")}
    # "HCG secreted by the placenta …" is the body's own hormone, not the medicine
    assert not [a for d in result.documents for a in d.annotations.mechanisms
                if a.drug == "human chorionic gonadotropin"]
    # one of several ways it can be given, not its usual route
    assert ("exogenous testosterone", "route", "sublingual", True, "possible") in read


# (what to replace in class_prose.md, with what, the finding expected at that line)
CLASS_PROSE_INJECTED = {
    "route-of-a-class": ("Use during pregnancy can harm the baby.",
                         "ARBs are given intravenously.", ("MEC003", 23)),
    "class-of-a-member": ("was the first statin", "was the first ACE inhibitor", ("MEC004", 19)),
}


# tests/data/mechanisms/class_names.md: classes texts name by everyday names
# (lint/data/drug_classes.yaml), subclasses, and the shapes that list their members.
CLASS_NAMES_READ = {
    # "At least eight different tetracyclines are …: tetracycline, doxycycline, …": the
    # plural is the class; members the knowledge base lacks are read by their INN stem
    ("doxycycline", "class", "tetracycline"), ("omadacycline", "class", "tetracycline"),
    ("eravacycline", "class", "tetracycline"),
    # "… but have been withdrawn (chlortetracycline, …, oxytetracycline)"
    ("oxytetracycline", "class", "tetracycline"), ("rolitetracycline", "class", "tetracycline"),
    # "The fluoroquinolones are a family of broad spectrum, systemic antibacterial agents"
    ("class:fluoroquinolone", "class", "antibacterial"),
    # a subclass names its parent too
    ("propranolol", "class", "nonselective_beta_blocker"), ("propranolol", "class", "beta_blocker"),
    ("nebivolol", "class", "beta1_selective_blocker"), ("nebivolol", "class", "beta_blocker"),
    ("tolbutamide", "class", "first_generation_sulfonylurea"),
    ("tolbutamide", "class", "sulfonylurea"),
    # "include the peptide molecules abarelix, …"
    ("abarelix", "class", "gnrh_antagonist"), ("degarelix", "class", "gnrh_antagonist"),
    # "Drugs in this class include (…):" under "# Selective serotonin reuptake inhibitor"
    ("citalopram", "class", "ssri"), ("fluvoxamine", "class", "ssri"),
    ("telithromycin", "class", "ketolide"),  # "…, the latter being a related ketolide"
    # "…, gliclazide, glipizide, and glimepiride, which are oral hypoglycemic agents"
    ("gliclazide", "class", "antidiabetic"), ("glimepiride", "class", "antidiabetic"),
    ("ciclosporin", "class", "calcineurin_inhibitor"), ("tacrolimus", "class", "antirheumatic"),
}
CLASS_NAMES_NOT_READ = {
    ("metoprolol", "class", "nonselective_beta_blocker"),  # the next sentence's members
    ("propranolol", "class", "beta1_selective_blocker"),
    # "… peptide molecules that are made up multiple, … amino acids": a relative clause
    ("class:gnrh_antagonist", "class", "amino acid"),
    ("class:gnrh_antagonist", "class", "gnrh_antagonist"),  # a class is not its own class
    ("erythromycin", "class", "ketolide"), ("azithromycin", "class", "ketolide"),
    # "…, colchicine, calcineurin inhibitors (e.g., …)": one more item, not an apposition
    ("colchicine", "class", "calcineurin_inhibitor"),
}


def test_everyday_class_names_and_their_member_lists_are_read(project):
    result, _ = _reads_without_finding(project, "class_names.md", CLASS_NAMES_READ,
                                       CLASS_NAMES_NOT_READ)
    # ", and the sulfonylureas may have …" opens a clause: not what "are … complex" says
    assert not [a for d in result.documents for a in d.annotations.mechanisms
                if a.value == "sulfonylurea" and a.sentence.text.startswith("However")]
    # a brand in brackets after a member does not give the class twice
    nebivolol = [a for d in result.documents for a in d.annotations.mechanisms
                 if a.drug == "nebivolol" and a.value == "beta1_selective_blocker"]
    assert len(nebivolol) == 1


CLASS_NAMES_INJECTED = {
    # azithromycin is a macrolide (DrugCentral): listed among the tetracyclines it is wrong
    "member-of-another-class": ("tetracycline, doxycycline, minocycline",
                                "tetracycline, azithromycin, minocycline", ("MEC004", 18)),
    "bracketed-member": ("(chlortetracycline, aureomycin,", "(chlortetracycline, glipizide,",
                         ("MEC004", 18)),
}


# tests/data/mechanisms/routes_schedules_prose.md (test_mechanism_routes_schedules.py): a
# schedule read from a dose sentence naming no drug, against the knowledge base (letrozole
# is taken once daily)
ROUTES_SCHEDULES_INJECTED = {
    "presupposed-schedule-against-the-knowledge-base": (
        "Atorvastatin is available in tablets of 10, 20, 40 and 80 mg generically and under the "
        "trade\nname Lipitor.",
        "Letrozole is available in tablets of 2.5 mg.\nIt is also sold as Femara.\n"
        "The recommended dose is 2.5 mg once a week.", ("MEC004", 46)),
}


# Each fixture of tests/data/mechanisms with its injected contradictions (new sentence
# shapes, class-level prose, wrong members of everyday classes): one test reads them all.
INJECTED_IN_FIXTURES = {
    ("new_shapes.md", "shapes.md"): NEW_SHAPES_INJECTED,
    ("class_prose.md", "classes.md"): CLASS_PROSE_INJECTED,
    ("class_names.md", "classes.md"): CLASS_NAMES_INJECTED,
    ("routes_schedules_prose.md", "classes.md"): ROUTES_SCHEDULES_INJECTED,
}


@pytest.mark.parametrize("data_file, article, name", [
    (data_file, article, name)
    for (data_file, article), cases in INJECTED_IN_FIXTURES.items() for name in sorted(cases)])
def test_contradictions_injected_in_fixtures_are_found_at_their_lines(project, data_file,
                                                                      article, name):
    expected, found = _found_after_injecting(
        project, data_file, article, INJECTED_IN_FIXTURES[(data_file, article)][name])
    assert expected in found, found
