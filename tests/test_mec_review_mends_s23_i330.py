"""Session 23, branch i330 (issue 16): the review of i322's MEC false-alarm shapes found eight
places where a shape hid real errors or was not honest; each finding has tests here that fail
before the mend and pass after, beside the passing shape it narrows.

1. a comparison with a hormone only when the word of effect is the comparative itself;
2. a 'their' of people's ages is skipped, not the clause's whole pronoun;
3. places listed beside the knowledge base's only as a receptor's distribution;
4. a suppository for the urethra is the intraurethral route; 'the suppositories' refers back
   one sentence at most, and not when a route follows it;
6. a product with no FDA label is not presented under "FDA labels";
7. one helper for nested sites (lint/sources/drugs.py);
8. a medicine's word opening the subject's own product keeps the subject's route.

Sentences in our own words."""

from __future__ import annotations

from conftest import mec_found, mec_on, said_in, two_sections


# 1. A verb of effect keeps its hormone; only a comparative compares the drug with it.

def test_lowering_more_than_growth_hormone_still_lowers_it(project):
    assert mec_found(project, "Tesamorelin lowers more than growth hormone.\n") == \
        [("MEC004", 1)]


def test_lowering_more_than_just_growth_hormone_keeps_both_lowerings(project):
    text = "Sermorelin lowers more than just growth hormone; it lowers IGF-1 as well.\n"
    said = said_in(mec_on(project, text))
    assert ("sermorelin", "effect", "gh:down") in said
    assert ("sermorelin", "effect", "igf1:down") in said


def test_a_bigger_fall_than_another_drug_is_still_a_fall(project):
    text = "Sermorelin brings a larger drop than tesamorelin in growth hormone levels.\n"
    assert ("sermorelin", "effect", "gh:down") in said_in(mec_on(project, text))


def test_a_comparative_cost_against_the_hormone_still_changes_nothing(project):
    text = ("Sermorelin makes the pituitary release growth hormone, and it costs less "
            "than the hormone growth hormone given as a drug.\n")
    assert ("sermorelin", "effect", "gh:down") not in said_in(mec_on(project, text))


# 2. The ages' 'their' is skipped; another pronoun of the clause is still the drug.

def test_it_after_an_age_of_people_is_still_the_drug(project):
    text = ("# TRT\n\nTestosterone therapy is given weekly. In their 60s, it lowers "
            "testosterone in many men.\n")
    assert mec_found(project, text) == [("MEC004", 3)]


def test_an_age_of_people_alone_is_still_no_pronoun(project):
    text = ("# TRT\n\nTestosterone therapy is given weekly. In their thirties, most men "
            "make a little less testosterone each year.\n")
    assert mec_found(project, text) == []


# 3. Only a receptor's distribution lists places beside the knowledge base's.

def test_acting_on_the_pituitary_and_the_kidneys_still_contradicts(project):
    text = "Sermorelin acts on the kidneys and the pituitary gland.\n"
    assert mec_found(project, text) == [("MEC004", 1)]


def test_acting_in_a_list_with_wrong_organs_still_contradicts(project):
    text = "Ipamorelin acts in the stomach, the pituitary gland and the hypothalamus.\n"
    assert mec_found(project, text) == [("MEC004", 1), ("MEC004", 1)]


def test_the_receptors_distribution_still_passes(project):
    text = ("Ipamorelin binds the ghrelin receptor, which is located in the pituitary gland "
            "and the hypothalamus.\n")
    assert mec_found(project, text) == []


# 4. A suppository for the urethra is a route, and the back-reference is short.

def test_a_penile_suppository_of_an_oral_drug_contradicts(project):
    assert mec_found(project, "Letrozole is offered as penile suppositories.\n") == \
        [("MEC004", 1)]


def test_a_urethral_suppository_is_the_intraurethral_route(project):
    said = said_in(mec_on(project, "Alprostadil is supplied as urethral suppositories.\n"))
    assert ("alprostadil", "route", "intraurethral") in said
    assert ("alprostadil", "route", "rectal") not in said


def test_the_suppositories_of_the_next_sentence_are_the_same_product(project):
    text = ("Alprostadil is supplied as urethral suppositories. The suppositories go in "
            "shortly before sex.\n")
    said = said_in(mec_on(project, text))
    assert ("alprostadil", "route", "rectal") not in said


def test_the_suppositories_inside_a_later_sentence_are_a_form_of_their_own(project):
    text = ("Letrozole is offered as urethral suppositories. Letrozole also comes as the "
            "suppositories you insert in the back passage.\n")
    assert mec_found(project, text) == [("MEC004", 1), ("MEC004", 1)]


def test_the_suppositories_given_rectally_are_a_rectal_form(project):
    text = ("Letrozole is offered as urethral suppositories. Letrozole also comes as the "
            "suppositories, which are used rectally.\n")
    said = said_in(mec_on(project, text))
    assert ("letrozole", "route", "intraurethral") in said
    assert ("letrozole", "route", "rectal") in said


def test_the_suppositories_two_sentences_later_are_read_again(project):
    text = ("Letrozole is offered as urethral suppositories. Most patients swallow it. "
            "Letrozole also comes as the suppositories.\n")
    assert ("letrozole", "route", "rectal") in said_in(mec_on(project, text))


# 6. A product with no FDA label is not listed under "FDA labels".

def test_the_products_source_note_does_not_call_every_product_fda_labelled():
    from lint.sources.drugs import load_knowledge
    from lint.sources.product_routes import labelled_routes

    routes, note = labelled_routes(load_knowledge(), "alprostadil")
    assert "intraurethral" in routes
    assert not note.startswith("FDA labels")
    assert note.startswith("Product labels: ")
    assert "Vitaros" in note and "not FDA-labelled" in note


# 7. One helper for nested sites.

def test_nested_sites_is_one_helper_shared_by_annotator_and_rules():
    import lint.annotate.mechanism_sites as sites
    import lint.rules.mechanisms as rules
    from lint.sources.drugs import load_knowledge, nested_sites

    assert sites.nested_sites is nested_sites and rules.nested_sites is nested_sites
    assert not hasattr(sites, "_inside") and not hasattr(rules, "_nested_sites")
    kb = load_knowledge()
    assert nested_sites(kb, "hypothalamus", "central nervous system")
    assert not nested_sites(kb, "pituitary", "brain")


# 8. A medicine's word opening the subject's own product.

def test_an_iron_infusion_is_the_iron_compounds_own_route(project):
    said = said_in(mec_on(project, "Ferric carboxymaltose is an iron infusion.\n"))
    assert ("ferric carboxymaltose", "route", "intravenous") in said


def test_taken_as_iron_tablets_is_the_iron_salts_own_route(project):
    said = said_in(mec_on(project, "Ferrous sulfate is swallowed as iron tablets.\n"))
    assert ("ferrous sulfate", "route", "oral") in said


def test_a_same_name_product_keeps_the_drugs_route(project):
    said = said_in(mec_on(project, "Progesterone is also sold as progesterone suppositories.\n"))
    assert ("progesterone", "route", "rectal") in said


def test_another_medicines_product_is_still_not_the_subjects_route(project):
    text = ("Varenicline is a partial agonist of nicotinic receptors, unlike nicotine gum "
            "and nicotine patches.\n")
    assert ("varenicline", "route", "transdermal") not in said_in(mec_on(project, text))


def test_two_products_of_alprostadil_still_pass(project):
    text = two_sections("Alprostadil is supplied as urethral suppositories.",
                        "Alprostadil cream is applied topically.")
    assert mec_found(project, text) == []
