"""Effects on analytes beyond the sex-hormone axes, effects said for a population or dose
(kept with the assertion: MEC002 does not oppose two said for different ones), and dosing
intervals read by number and unit (issue 16, session 9;
tests/data/mechanisms/effects_conditions_prose.md)."""

from __future__ import annotations

import pytest
from test_mechanisms_acceptance import _found_after_injecting, _reads_without_finding

from lint.annotate.mechanism_sites import place_of_acting
from lint.annotate.schedules import either_count, intervals, said_of_other_act
from lint.nlp import pipeline
from lint.sources.drugs import interval_hours

READ = {
    # a list of gut hormones: one the lexicon lacked used to end the list
    ("octreotide", "effect", "secretin:down"),
    ("octreotide", "effect", "motilin:down"),
    ("octreotide", "effect", "pancreatic_polypeptide:down"),
    # neurosteroids made by 5-alpha reductase
    ("finasteride", "effect", "allopregnanolone:down"),
    ("finasteride", "effect", "thdoc:down"),
    # an interval no word list holds
    ("degarelix", "schedule", "every 28 days"),
    # where what the drugs act by doing happens
    ("class:sglt2_inhibitor", "site", "kidney"),
    ("class:calcium_channel_blocker", "site", "vascular smooth muscle"),
    ("class:calcium_channel_blocker", "site", "heart"),
}
NOT_READ = {
    # how often the coagulation time is measured, not a dose
    ("heparin", "schedule", "every 4 hours"),
    ("heparin", "schedule", "four times daily"),
}


def test_effects_conditions_and_intervals_are_read_without_finding(project):
    result, _ = _reads_without_finding(project, "effects_conditions_prose.md", READ, NOT_READ)
    # "… in men": said for men (still compared with the knowledge base)
    populations = {(a.drug, a.value, a.population) for d in result.documents
                   for a in d.annotations.mechanisms}
    assert ("anastrozole", "estradiol:down", "men") in populations
    assert ("anastrozole", "testosterone:up", "men") in populations
    assert ("octreotide", "secretin:down", "") in populations


def test_an_effect_said_for_a_population_is_still_compared_with_the_knowledge_base(project):
    expected, found = _found_after_injecting(
        project, "effects_conditions_prose.md", "classes.md",
        ("Anastrozole lowers estradiol and raises testosterone in men.",
         "Anastrozole raises estradiol in men.", ("MEC004", 12)))
    assert expected in found, found


@pytest.fixture(scope="module")
def nlp():
    return pipeline()


KNOWN = {"every 8 hours": "three times daily", "every 2 weeks": "every 2 weeks"}


@pytest.mark.parametrize("text, expected", [
    ("Administration every 28 days", ["every 28 days"]),
    ("once every three weeks", ["every 3 weeks"]),
    ("every eight hours", ["three times daily"]),  # the lexicon's word for it
    ("every 2 weeks", ["every 2 weeks"]),
    # left to ranges and alternatives, or no interval
    ("every 4 to 6 hours", []),
    ("every 2 or 3 days", []),
    ("every day", []),
    ("every 3 patients", []),
    ("every 3 cycles", []),
])
def test_intervals(nlp, text, expected):
    assert [value for value, _, _ in intervals(nlp(text), KNOWN)] == expected


@pytest.mark.parametrize("value, hours", [
    ("daily", 24.0), ("every 28 days", 672.0), ("every 3 weeks", 504.0),
    ("every 6 hours", 6.0), ("every 4 to 6 hours", None), ("course:5 days", None),
    ("pulsatile", None),
])
def test_interval_hours(value, hours):
    assert interval_hours(value) == hours


GIVING = {"given", "dose", "mg", "administration", "infusion"}


@pytest.mark.parametrize("text, other", [
    ("When heparin is given by infusion, the coagulation time should be determined "
     "approximately every 4 hours", True),
    ("blood counts must be carefully monitored every 2 weeks after the dose", False),
    ("the dose should be checked weekly", True),
    # the copula joins the dose to its amount
    ("The typical dose is either 150 mg once daily", False),
    ("Degarelix is given every 28 days", False),
])
def test_frequency_of_another_act(nlp, text, other):
    doc = nlp(text)
    index = next(t.i for t in doc if t.lower_ in ("every", "once", "weekly"))
    assert said_of_other_act(doc, 0, index, GIVING) is other


@pytest.mark.parametrize("text, expected", [
    ("Elagolix is taken by mouth once or twice daily", ["daily", "twice daily"]),
    ("50 mg given subcutaneously once or twice weekly", ["weekly", "twice weekly"]),
    ("once or twice a day", ["daily", "twice daily"]),
    # no period, or not counts of doses
    ("once or twice", []),
    ("once or twice during pregnancy", []),
])
def test_either_count(nlp, text, expected):
    doc = nlp(text)
    assert [value for value, _, _ in either_count(doc, 0, len(doc))] == expected


@pytest.mark.parametrize("text, organ, expected", [
    ("agents that act by inhibiting the reabsorption of glucose in the proximal renal tubule",
     "proximal", True),
    ("They act by blocking the influx of calcium ions into vascular smooth muscle", "vascular",
     True),
    # an organ after a consequence, or in a clause of its own, is not where it acts
    ("It acts by lowering LH, which leads to less testosterone in the testes", "testes", False),
    ("It acts by lowering LH and thereby testosterone made in the testes", "testes", False),
    ("It is metabolised in the liver", "liver", False),
])
def test_place_of_acting(nlp, text, organ, expected):
    doc = nlp(text)
    start = next(t.i for t in doc if t.lower_ == organ)
    assert place_of_acting(doc, 0, start) is expected
