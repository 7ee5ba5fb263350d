"""Session 28, branch i395 (issue 16): the 14 false MEC warnings of round 38 (gold texts, real
published writing), mended as general shapes, each beside a real error of the same kind that
is still found.

- the body's own hormone ("the endogenous androgen, testosterone", "an endogenously produced
  androgen") is no medicine: no class subject whose products take the sentence's sites and
  routes;
- a class named as an item of a list of receptors ("… includes estrogen, progestin and
  glucocorticoid receptors") names a receptor, not the class's drugs;
- a route a study's report gives (a past-tense passive of giving, in a paragraph naming the
  study's animals, people or design) has modality `study`: kept, not compared by MEC003 or
  MEC004; a label's "In clinical studies, … was given" and a product's route still are;
- two salts of one drug are two products ("as its sodium salt", "<drug> trometamol");
- flecainide's oral tablets and intravenous injection are its labelled products
  (route_products.yaml, a DailyMed set id and a UK SmPC).

Sentences in our own words."""

from __future__ import annotations

from conftest import mec_found, mec_on, mec_run, said_in


# The body's own hormone.

COMPARATOR = ("# Tissue-selective androgens\n\nHere the classic{} androgen, testosterone, is "
              "regarded as the natural comparator. Compounds A and B were both described as "
              "orally active agents with muscle selectivity relative to testosterone.\n")


def test_the_endogenous_androgen_is_no_testosterone_product(project):
    text = COMPARATOR.format(" and endogenous")
    said = said_in(mec_on(project, text))
    assert not any(drug.startswith(("testosterone", "exogenous")) or drug == "class:androgen"
                   for drug, _, _ in said)
    assert mec_found(project, text) == []


def test_the_androgen_named_before_testosterone_is_no_subject_either(project):
    # Without "endogenous" the class word still only classifies the hormone named after it
    # ("the classic androgen, testosterone": i402's reading, merged after this branch), and
    # "both … orally active" is said of compounds A and B: no testosterone product is given
    # the oral route, so no MEC004.
    text = COMPARATOR.format("")
    said = said_in(mec_on(project, text))
    assert not any(drug.startswith("testosterone") or drug == "class:androgen"
                   for drug, _, _ in said)
    assert not any(code == "MEC004" for code, _ in mec_found(project, text))


BINDING = ("# Androgen receptor\n\nThe androgen receptor (AR) is a nuclear receptor. The "
           "binding of the {}produced androgen testosterone and of its metabolite "
           "dihydrotestosterone to AR sets off a broad range of activities.\n")


def test_an_endogenously_produced_androgen_is_the_bodys(project):
    said = said_in(mec_on(project, BINDING.format("endogenously ")))
    assert not any(drug == "class:androgen" for drug, _, _ in said)


def test_a_class_that_names_the_drug_is_still_read(project):
    # the guard is about the body's hormone, not about every class word: a class said of
    # a named medicine keeps its reading
    said = said_in(mec_on(project, "# Enobosarm\n\nEnobosarm is a selective androgen "
                                   "receptor modulator that binds the androgen receptor.\n"))
    assert any(drug == "enobosarm" and attribute == "target" for drug, attribute, _ in said)


def test_a_drug_classed_as_a_naturally_occurring_class_keeps_its_class(project):
    # "naturally occurring" after "is a" classes the sentence's drug, no subject of the body's
    text = "Ursodiol is a naturally occurring bile acid taken by mouth for gallstones.\n"
    assert ("ursodiol", "class", "bile acid") in said_in(mec_on(project, text))


# A class named as an item of a list of receptors.

def test_classes_listed_before_receptors_name_receptors(project):
    text = ("# Nuclear receptors\n\nThe androgen receptor belongs to a family of nuclear "
            "receptors with the estrogen, progestin, glucocorticoid and mineralocorticoid "
            "receptors.\n")
    said = said_in(mec_on(project, text))
    assert not any(drug in ("dexamethasone", "class:corticosteroid", "class:progestin")
                   for drug, _, _ in said)
    assert mec_found(project, text) == []


def test_classes_listed_before_a_verb_are_still_subjects(project):
    # the list is the sentence's subject, not a receptor's name: still read, still wrong
    text = "Glucocorticoids and progestins act on androgen receptors.\n"
    said = said_in(mec_on(project, text))
    assert ("class:corticosteroid", "target", "androgen_receptor") in said


def test_a_glucocorticoid_said_to_act_on_androgen_receptors_is_still_found(project):
    text = "Dexamethasone, a glucocorticoid, acts on androgen receptors.\n"
    assert ("MEC004", 1) in mec_found(project, text)


# A study's route.

STUDY = ("# Gonadotrophins in sheep\n\nIn this experiment, 120 ewes were followed through one "
         "breeding season. Human chorionic gonadotropin (500 i.u.) was injected "
         "intravenously at the onset of oestrus.\n")
CLINIC = ("# hCG\n\nHuman chorionic gonadotropin is given by intramuscular injection before "
          "egg collection.\n")


def test_a_route_given_in_an_experiment_is_the_studys(project):
    said = said_in(mec_on(project, STUDY))
    assert ("human chorionic gonadotropin", "route", "intravenous") in said
    result = mec_on(project, STUDY)
    modalities = {a.modality for d in result.documents for a in d.annotations.mechanisms
                  if a.attribute == "route"}
    assert modalities == {"study"}
    assert mec_found(project, STUDY) == []


def test_a_studys_route_is_no_rival_of_a_clinic_pages(project):
    result = mec_run(project, {"sheep.md": STUDY, "clinic.md": CLINIC})
    assert [d.code for d in result.diagnostics if d.code.startswith("MEC")
            and d.code != "MEC005"] == []


def test_the_same_route_said_as_a_fact_is_still_found(project):
    text = ("# hCG\n\nHuman chorionic gonadotropin is injected intravenously at the onset of "
            "ovulation.\n")
    assert mec_found(project, text) == [("MEC004", 3)]


def test_a_past_tense_route_with_no_study_named_is_still_compared(project):
    text = ("# hCG\n\nIn the 1990s, human chorionic gonadotropin was injected intravenously "
            "before egg collection.\n")
    assert mec_found(project, text) == [("MEC004", 3)]


def test_a_labels_clinical_studies_state_the_products_route(project):
    # "clinical studies" are the product's own evidence: its route there is compared
    text = ("# hCG\n\nIn clinical studies, human chorionic gonadotropin was given "
            "intravenously to women undergoing egg collection.\n")
    assert mec_found(project, text) == [("MEC004", 3)]


def test_the_study_reader_needs_a_past_passive_beside_the_route_and_a_study_named():
    from lint.annotate.mechanism_study_routes import study_route

    def read(sentence, paragraph=None):
        start = sentence.index("intravenously")
        return study_route(sentence, start, start + len("intravenously"),
                           paragraph or sentence)

    assert read("The peptide was injected intravenously into the rats.")
    assert not read("The peptide is injected intravenously into the rats.")
    assert not read("The peptide was injected intravenously.",
                    "Ten years ago. The peptide was injected intravenously.")
    assert not read("The peptide was stored for a year in rats; later it is injected "
                    "intravenously.")


def test_a_product_named_in_a_studys_sentence_keeps_the_route_compared(project):
    # (a product's route, whoever it was given to)
    text = ("# hCG\n\nIn this study, the human chorionic gonadotropin injection was given "
            "intravenously to 30 subjects.\n")
    assert ("MEC004", 3) in mec_found(project, text)


# Two salts of one drug.

def test_two_salts_of_one_drug_are_two_products(project):
    text = ("# Fosfomycin\n\nIn hospital, fosfomycin is infused intravenously as its disodium "
            "salt.\n\n## Cystitis\n\nOne sachet of fosfomycin trometamol granules is taken "
            "orally.\n")
    result = mec_on(project, text)
    salts = {(a.value, a.salt) for d in result.documents
             for a in d.annotations.mechanisms if a.attribute == "route"}
    assert salts == {("intravenous", "disodium"), ("oral", "trometamol")}
    assert mec_found(project, text) == []


def test_the_bare_name_given_a_route_of_one_of_two_salts_agrees(project):
    # two salts with their routes in one text: another text's "taken by mouth" is one of them
    salts = ("# Fosfomycin\n\nIn hospital, fosfomycin is infused intravenously as its disodium "
             "salt.\n\n## Cystitis\n\nOne sachet of fosfomycin trometamol granules is taken "
             "orally.\n")
    plain = "# Fosfomycin\n\nFosfomycin is an antibiotic. It is generally taken by mouth.\n"
    result = mec_run(project, {"a.md": salts, "b.md": plain})
    assert [d.code for d in result.diagnostics if d.code.startswith("MEC")
            and d.code != "MEC005"] == []


def test_the_bare_name_beside_one_salt_is_still_compared(project):
    salt = ("# Fosfomycin\n\nIn hospital, fosfomycin is infused intravenously as its disodium "
            "salt.\n")
    plain = "# Fosfomycin\n\nFosfomycin is an antibiotic. It is generally taken by mouth.\n"
    result = mec_run(project, {"a.md": salt, "b.md": plain})
    assert [d.code for d in result.diagnostics if d.code.startswith("MEC")
            and d.code != "MEC005"] == ["MEC003"]


def test_a_salt_against_the_bare_name_is_still_compared(project):
    # a label names its salt for the drug itself: "fosfomycin disodium" is fosfomycin
    text = ("# Fosfomycin\n\nFosfomycin disodium is infused intravenously.\n\n"
            "## Cystitis\n\nFosfomycin is taken orally.\n")
    assert mec_found(project, text) == [("MEC003", 7)]


def test_a_salt_named_after_a_list_of_routes_is_the_last_items(project):
    text = ("Prasterone is taken by mouth, given intramuscularly as prasterone enanthate, or "
            "injected intravenously as prasterone sodium sulfate.\n")
    result = mec_on(project, text)
    salts = {(a.value, a.salt) for d in result.documents
             for a in d.annotations.mechanisms if a.attribute == "route" and
             a.drug == "prasterone"}
    assert salts == {("oral", ""), ("intramuscular", ""), ("intravenous", "sodium")}


def test_one_drug_given_two_ways_with_no_salt_named_still_conflicts(project):
    text = ("# Fosfomycin\n\nIn hospital, fosfomycin is infused intravenously.\n\n"
            "## Cystitis\n\nFosfomycin is taken orally.\n")
    assert mec_found(project, text) == [("MEC003", 7)]


def test_one_salt_given_two_ways_still_conflicts(project):
    text = ("# Fosfomycin\n\nIn hospital, fosfomycin trometamol is infused intravenously.\n\n"
            "## Cystitis\n\nFosfomycin trometamol is taken orally.\n")
    assert mec_found(project, text) == [("MEC003", 7)]


# A drug labelled as oral tablets and as an intravenous injection.

def test_flecainide_tablets_and_its_injection_are_two_products(project):
    text = ("# Flecainide\n\nFlecainide is taken orally twice a day.\n\n## Emergencies\n\n"
            "For rapid control, flecainide is given intravenously with ECG monitoring.\n")
    assert mec_found(project, text) == []


def test_a_route_outside_flecainides_products_still_conflicts(project):
    text = ("# Flecainide\n\nFlecainide is taken orally twice a day.\n\n## Emergencies\n\n"
            "For rapid control, flecainide is given intramuscularly.\n")
    assert mec_found(project, text) == [("MEC003", 7)]
