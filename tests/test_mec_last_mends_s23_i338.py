"""Session 23, branch i338 (issue 16): the final read of i330 found two shapes that made false
alarms; each has tests here that fail before the mend and pass after, beside the finding the
shape must keep.

1. once a clause speaks of people's ages ('in their 50s'), its plural pronouns are those
   people too; only 'it'/'its' may still be the drug of the text;
2. 'as' opens the subject's own product only after a verb of giving or selling ('sold as',
   'swallowed as'), not in a comparison ('as good as') or an example ('such as').

Sentences in our own words."""

from __future__ import annotations

from conftest import mec_found, mec_on, said_in


# 1. After an age of people, 'they' are the people.

def test_they_after_an_age_of_people_are_the_people(project):
    text = ("Testosterone enanthate is given by injection every week. In their 50s, they "
            "usually produce a little less testosterone.\n")
    assert mec_found(project, text) == []


def test_they_in_their_60s_are_the_people_not_the_peptide(project):
    text = ("Sermorelin is given as an evening injection. In their 60s, they tend to make "
            "less growth hormone than before.\n")
    assert mec_found(project, text) == []


def test_it_after_an_age_of_people_is_still_the_drug_reworded(project):
    text = ("# TRT\n\nTestosterone therapy is given weekly. In their 50s, it reduces "
            "testosterone in many men.\n")
    assert mec_found(project, text) == [("MEC004", 3)]


# 2. 'as' before a medicine's word: a product only after a verb of giving or selling.

def test_as_good_as_a_patch_is_no_route(project):
    text = ("Varenicline is swallowed as a pill.\n\nVarenicline works roughly as well as "
            "nicotine patches.\n")
    assert mec_found(project, text) == []
    assert ("varenicline", "route", "transdermal") not in said_in(mec_on(project, text))


def test_as_effective_as_a_patch_is_no_route(project):
    text = "Bupropion is roughly as effective as nicotine patches for quitting.\n"
    assert ("bupropion", "route", "transdermal") not in said_in(mec_on(project, text))


def test_such_as_a_patch_is_no_route(project):
    text = "Varenicline may be paired with aids such as nicotine patches.\n"
    assert ("varenicline", "route", "transdermal") not in said_in(mec_on(project, text))


def test_given_as_iron_tablets_is_still_the_salts_own_route(project):
    said = said_in(mec_on(project, "Ferrous sulfate is given as iron tablets by mouth.\n"))
    assert ("ferrous sulfate", "route", "oral") in said


def test_or_as_iron_tablets_in_a_list_of_forms_is_still_oral(project):
    text = "Ferrous sulfate is sold as a syrup or as iron tablets.\n"
    assert ("ferrous sulfate", "route", "oral") in said_in(mec_on(project, text))


def test_is_an_iron_drip_is_still_the_compounds_own_route(project):
    said = said_in(mec_on(project, "Ferric carboxymaltose is an iron infusion given slowly.\n"))
    assert ("ferric carboxymaltose", "route", "intravenous") in said
