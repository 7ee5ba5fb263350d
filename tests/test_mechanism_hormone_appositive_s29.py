"""Session 29 (coordinator, issue 16): a relative clause about a mimicked hormone is the
hormone's.

"It works by mimicking the action of ghrelin, a natural hormone produced in the gut, which
binds to ghrelin receptors in the brain" (a clinic page on ipamorelin, round 42) gave the
brain to ipamorelin and a MEC004 + MEC009 false alarm against its pituitary site. The
relative clause after an appositive calling a non-drug name a hormone says what that
hormone does. Sentences in our own words."""

from __future__ import annotations

from conftest import mec_found, mec_on, said_in

MIMIC = ("# Ipamorelin\n\nIpamorelin is a synthetic peptide that acts in the pituitary. It copies "
         "the effect of ghrelin, a hunger hormone released by the stomach, which binds to "
         "receptors in the brain.\n")


def test_the_mimicked_hormones_relative_clause_gives_the_drug_no_site(project):
    said = said_in(mec_on(project, MIMIC))
    assert ("ipamorelin", "site", "brain") not in said
    assert ("ipamorelin", "site", "pituitary") in said
    assert mec_found(project, MIMIC) == []


def test_a_chain_through_a_hormone_is_still_the_drugs(project):
    text = ("# Trestolone\n\nTrestolone lowers sperm output through suppression of LH, which "
            "in turn reduces the production of testosterone.\n")
    assert ("trestolone", "effect", "endogenous_testosterone:down") in said_in(mec_on(project, text))


def test_a_wrong_site_said_of_the_drug_itself_is_still_found(project):
    # the same clause said of the drug itself: a real contradiction of its pituitary site
    text = "# Ipamorelin\n\nIpamorelin binds to ghrelin receptors in the brain.\n"
    assert ("MEC004", 3) in mec_found(project, text)
