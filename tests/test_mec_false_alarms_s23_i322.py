"""Session 23, branch i322 (issue 16): the MEC false alarms of rounds 28 and 30 (health pages
and gold texts nobody here wrote), each mended as a shape, beside a real error of the same
kind that is still found.

- a comparison with a hormone ("costs less than growth hormone") changes no level;
- people's decline: "in their 40s, men's bodies make less …" (the people's ages, no pronoun
  for the drug), "to counteract low …" (the condition treated);
- a dosage form after the place it goes into ("urethral suppository") is not rectal;
- one drug, several products: alprostadil's labelled infusion and its cream;
- another medicine's product ("nicotine patches") is not the subject's route;
- a class's forms ("corticosteroid creams and ointments") are not each member's route;
- the organ that makes a hormone ("the stomach hormone ghrelin") is not where the drug acts;
- a place listed beside the knowledge base's place ("pituitary and hypothalamus").

Sentences in our own words."""

from __future__ import annotations

from conftest import mec_found, mec_on, said_in, two_sections


# A comparison with a hormone.

def test_costing_less_than_growth_hormone_lowers_no_growth_hormone(project):
    text = ("Sermorelin prompts the pituitary to release growth hormone. A month of it "
            "costs less than growth hormone injections do.\n")
    assert mec_found(project, text) == []
    assert ("sermorelin", "effect", "gh:down") not in said_in(mec_on(project, text))


def test_a_lower_burden_than_direct_gh_lowers_no_gh(project):
    text = ("Ipamorelin makes the pituitary release its own GH, and carries a lower "
            "side-effect load than direct GH does.\n")
    said = said_in(mec_on(project, text))
    assert ("ipamorelin", "effect", "gh:up") in said
    assert ("ipamorelin", "effect", "gh:down") not in said
    assert mec_found(project, text) == []


def test_a_drug_said_to_lower_growth_hormone_still_contradicts_the_knowledge_base(project):
    assert mec_found(project, "Sermorelin lowers growth hormone.\n") == [("MEC004", 1)]


def test_a_rise_to_higher_than_normal_levels_is_still_a_rise(project):
    said = said_in(mec_on(project, "Sermorelin raises growth hormone to higher than normal "
                                   "levels.\n"))
    assert ("sermorelin", "effect", "gh:up") in said


# People's decline.

def test_mens_bodies_in_their_forties_are_no_pronoun_for_the_drug(project):
    text = ("# TRT\n\nTestosterone therapy is given weekly. In their 40s and 50s, most men's "
            "bodies make less testosterone every year.\n")
    assert mec_found(project, text) == []


def test_a_pronoun_for_the_drug_still_carries_its_lowering(project):
    text = "# TRT\n\nTestosterone therapy is given weekly. It lowers testosterone levels.\n"
    assert mec_found(project, text) == [("MEC004", 3)]


def test_counteracting_low_testosterone_is_the_condition_treated(project):
    text = ("# TRT\n\nTestosterone therapy supplies testosterone to counteract falling "
            "testosterone levels in older men.\n")
    assert mec_found(project, text) == []


# A dosage form named after the place it goes into.

def test_a_urethral_suppository_is_no_rectal_route(project):
    text = ("Alprostadil is sold as urethral suppositories. The suppositories are pushed into "
            "the urethra before sex.\n")
    said = said_in(mec_on(project, text))
    # (i330: the form's phrase is the intraurethral route, no rectal one)
    assert {s[2] for s in said if s[0] == "alprostadil" and s[1] == "route"} == \
        {"intraurethral"}


def test_a_plain_suppository_of_an_oral_drug_is_still_rectal(project):
    assert mec_found(project, "Letrozole is given as suppositories.\n") == [("MEC004", 1)]


# One drug, several labelled products.

def test_alprostadils_infusion_and_cream_are_two_products(project):
    text = two_sections("Alprostadil is infused intravenously in newborns with a heart defect.",
                        "Alprostadil cream is applied topically before sex.")
    assert mec_found(project, text) == []


def test_two_routes_of_a_drug_with_no_products_listed_still_differ(project):
    text = two_sections("Phentolamine is infused intravenously.",
                        "Phentolamine cream is applied topically.")
    assert mec_found(project, text) == [("MEC003", 7)]


# Another medicine's product.

def test_nicotine_patches_are_no_route_of_varenicline(project):
    text = ("Varenicline is a partial agonist of nicotinic receptors, unlike nicotine patches "
            "and nicotine gum.\n")
    assert ("varenicline", "route", "transdermal") not in said_in(mec_on(project, text))


def test_patches_said_of_the_drug_itself_are_still_its_route(project):
    said = said_in(mec_on(project, "Varenicline comes as skin patches.\n"))
    assert ("varenicline", "route", "transdermal") in said


# A class's forms.

def test_a_class_of_creams_gives_no_member_a_topical_route(project):
    text = ("# Eczema care\n\nWe offer:\n\n- Emollients\n\n"
            "- Mild corticosteroid creams or ointments for flares\n\n- Wet wraps\n")
    assert mec_found(project, text) == []
    assert ("dexamethasone", "route", "topical") not in said_in(mec_on(project, text))


def test_a_member_given_as_a_cream_still_contradicts_its_routes(project):
    assert mec_found(project, "Dexamethasone cream is applied topically.\n") == [("MEC004", 1)]


# The organ that makes a hormone.

def test_the_stomach_hormone_is_not_where_the_drug_acts(project):
    text = ("Ipamorelin binds the receptor that ghrelin, the stomach hormone, also binds; the "
            "receptor sits on pituitary cells.\n")
    said = said_in(mec_on(project, text))
    assert ("ipamorelin", "site", "stomach") not in said
    assert mec_found(project, text) == []


def test_a_drug_said_to_act_in_the_stomach_still_contradicts(project):
    assert mec_found(project, "Ipamorelin acts in the stomach.\n") == [("MEC004", 1)]


# A place listed beside the knowledge base's place.

def test_the_hypothalamus_listed_with_the_pituitary_passes(project):
    text = "Ipamorelin binds receptors found in the hypothalamus and the pituitary gland.\n"
    assert mec_found(project, text) == []


def test_the_hypothalamus_alone_still_contradicts(project):
    text = "Ipamorelin binds receptors found in the hypothalamus.\n"
    assert mec_found(project, text) == [("MEC004", 1)]
