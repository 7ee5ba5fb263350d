"""Qualifiers, session 17 (branch i193): "can" of a procedure, a permission, the things one
can do and a denial ("no treatment can …"), and the "many" of variety, are no qualifiers of
a health claim; "at times", "for the most part", "has been said to", "is now thought that"
and a finding "in animal models" are. Beside each, the reading that must stay. Sentences of
the health-page set under open licences (Open Government Licence, CC BY 4.0, US public
domain) quoted as their pages wrote them, or rows under copyright reworded; figures per
round in bench/README.md."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,label", [
    # a procedure or a permission (DVA Open Arms, CC BY 4.0; King's College Hospital and Hull
    # University Teaching Hospitals, Open Government Licence: rounds 8, 9, 11)
    ("Further physical investigations of sleep problems such as suspected sleep apnoea can be "
     "conducted by sleep centres or clinics.", False),
    ("Testosterone can also be replaced using a testosterone gel that is absorbed through the "
     "skin.", False),
    ("Your child can return to school after TWO weeks.", False),
    # an effect stays one: "can also be increased by …" (round 14, reworded), a range of
    # severity (Mid Yorkshire NHS Trust, OGL) and a duration (NIA, public domain)
    ("Pregnancy rates can also be increased by transferring more than one embryo.", True),
    ("These effects depend on the type of treatment you have and can range from mild to "
     "severe.", True),
    ("Insomnia can last for days, months, or even years.", True),
    # the things one can do (Our World in Data, CC BY 4.0, round 17)
    ("But there are things we can do to prevent this.", False),
    # a denial (round 5, reworded); "no doubt that … can" is not one
    ("No currently available treatment can turn back the clock.", False),
    ("There is no doubt that smoking can cause cancer.", True),
])
def test_can_of_a_procedure_or_a_denial(qualified, text, label):
    assert qualified(text) is label


@pytest.mark.parametrize("text,label", [
    # variety (Our World in Data, CC BY 4.0, round 17; ATSDR, US Army and NIH ODS, public
    # domain, rounds 19, 6 and 2)
    ("Many factors affect life expectancy, and the sex gap in lifespans has varied widely "
     "across countries and over time.", False),
    ("There are many different sources of chemicals.", False),
    ("They come in many forms, including tablets, capsules, powders, energy bars, and "
     "liquids.", False),
    ("Vitamin D is important to the body in many other ways as well.", False),
    # a restriction stays one (reworded)
    ("Many people with the condition never seek help.", True),
])
def test_many_of_variety(qualified, text, label):
    assert qualified(text) is label


@pytest.mark.parametrize("text,label", [
    # rounds 11, 14, 15, 16, 18 (reworded: their pages are under copyright)
    ("These lenses are worn by children and at times given to adults.", True),
    ("For the most part, drug therapy is confined to the active phase of the disease.", True),
    ("It has been said to be the best mineral for raising testosterone levels.", True),
    ("It is now thought that skin barrier dysfunction and genetic factors cause eczema.", True),
    ("In animal models, the peptide has shown effects on tendon healing.", True),
    # a study in rats reported as such is no restriction (rounds 4, 5, 13, 17)
    ("In rats, the peptide increased bone growth.", False),
])
def test_scope_and_attribution_in_other_words(qualified, text, label):
    assert qualified(text) is label
