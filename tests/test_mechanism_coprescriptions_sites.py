"""Co-prescriptions, divided doses, intervals, products and sites in real sentences of other
texts (issue 16, session 11): what is read, what is not, and no MEC finding on the correct
text (tests/data/mechanisms/coprescriptions_sites_prose.md)."""

from __future__ import annotations

import pytest
from test_mechanisms_acceptance import _reads_without_finding

from lint.annotate.mechanism_physiology import listed_hormones_head, qualified
from lint.annotate.mechanism_sites import made_in, object_of_verb, place_of_object
from lint.annotate.schedules import at_intervals, divided_doses, intervals
from lint.nlp import pipeline

READ = {
    # "in 3 divided doses daily", "1.5 to 4.5 mg daily in three divided doses"
    ("pramipexole", "schedule", "three times daily"),
    ("ropinirole", "schedule", "three times daily"),
    # "The typical dose is 1000 mg daily in combination with 5 mg of prednisone twice daily"
    ("abiraterone acetate", "schedule", "daily"),
    # "at 4 week intervals for 3 months"; "an extended dosing interval of … every 6 or 8 weeks"
    ("lanreotide", "schedule", "monthly"),
    ("lanreotide", "schedule", "course:3 months"),
    ("lanreotide", "schedule", "every 6 or 8 weeks"),
    ("lanreotide", "route", "subcutaneous"),
    # "from making extra amounts of certain hormones, including growth hormone, insulin"
    ("lanreotide", "effect", "gh:down"),
    ("lanreotide", "effect", "insulin:down"),
    ("lanreotide", "effect", "glucagon:down"),
    ("cinacalcet", "route", "oral"),  # "tablets for oral administration"
    # "It is taken by mouth … in people taking nonsteroidal anti-inflammatory drugs"
    ("misoprostol", "route", "oral"),
    ("misoprostol", "route", "vaginal"),  # "placed in the vagina"
    ("ondansetron", "site", "vagus nerve"),  # "reduces the activity of the vagus nerve"
    ("ondansetron", "site", "chemoreceptor trigger zone"),
    ("rituximab", "site", "b cells"),  # "destroys B cells"
    ("insulin glargine", "site", "liver"),  # "decreases glucose production by the liver"
    ("class:loop diuretic", "site", "kidney"),  # "act on … in the … loop of Henle"
    # "Most of these cephalosporins can be given either intravenously or intramuscularly"
    ("class:cephalosporin", "route", "intravenous"),
    ("class:cephalosporin", "route", "intramuscular"),
    # "Testosterone cypionate, enanthate and undecanoate": the names the list shortens
    ("testosterone enanthate", "route", "intramuscular"),
    ("testosterone undecanoate", "route", "intramuscular"),
}
NOT_READ = {
    # co-prescriptions and their schedules
    ("levodopa", "schedule", "three times daily"),
    ("carbidopa", "schedule", "three times daily"),
    ("pramipexole", "schedule", "daily"),  # the day's total, divided
    ("ropinirole", "schedule", "daily"),
    ("prednisone", "schedule", "twice daily"),
    ("prednisone", "schedule", "daily"),
    ("abiraterone acetate", "schedule", "twice daily"),
    ("dexamethasone", "route", "intravenous"),  # "given with dexamethasone. They are …"
    ("lanreotide", "schedule", "continuous"),  # "Somatuline Depot" is a name
    # "Inactive Ingredients: Sensipar® tablets are comprised of …"
    ("crospovidone", "route", "oral"),
    ("silicon dioxide", "route", "oral"),
    ("class:nsaid", "route", "oral"),  # the people's drug
    ("clomiphene citrate", "route", "vaginal"),  # "abnormal vaginal bleeding"
    ("ondansetron", "effect", "serotonin:down"),  # "blocks serotonin receptors"
    # "Somatostatin has numerous physiological effects:" — the body's hormone
    ("somatostatin", "site", "gut"),
    ("octreotide", "site", "gut"),
    ("octreotide", "site", "pancreas"),
    ("octreotide", "effect", "glucagon:down"),
    ("somatostatin", "effect", "glucagon:down"),
}


def test_coprescriptions_doses_and_sites_of_real_sentences_are_read_without_finding(project):
    _reads_without_finding(project, "coprescriptions_sites_prose.md", READ, NOT_READ)


@pytest.fixture(scope="module")
def nlp():
    return pipeline()


@pytest.mark.parametrize("text, expected", [
    ("1.5 to 4.5 mg daily in three divided doses", [("three times daily", "daily")]),
    ("0.375 mg in 3 divided doses daily", [("three times daily", "in")]),
    ("1 g/day in 2 divided doses", [("twice daily", "/")]),
    ("500 mg per day in two divided doses", [("twice daily", "per")]),
    # no day's total: the count of doses says nothing of how often
    ("the dose may be given in two divided doses", []),
    ("a single dose", []),
])
def test_divided_doses(nlp, text, expected):
    doc = nlp(text)
    assert [(value, doc[start].text) for value, start, _ in divided_doses(doc)] == expected


@pytest.mark.parametrize("text, expected", [
    ("given at 4 week intervals for 3 months", ["every 4 weeks"]),
    ("given at 4-week intervals", ["every 4 weeks"]),
    ("injected at intervals of 12 weeks", ["every 12 weeks"]),
    ("every 28 days", ["every 28 days"]),
    # no number of units
    ("at regular intervals", []),
    ("the dosing interval may be extended", []),
])
def test_intervals_as_said(nlp, text, expected):
    doc = nlp(text)
    assert [value for value, _, _ in intervals(doc, {}) + at_intervals(doc, {})] == expected


QUALIFIERS = {"populations": ["men", "women", "patients"], "doses": ["dose", "doses"],
              "dose_prepositions": ["at", "in", "with"]}


@pytest.mark.parametrize("text, expected", [
    ("lowers estradiol in men", "men"),
    ("lowers estradiol in men and women", "men and women"),
    ("raises testosterone in men at high doses", "men, at high doses"),
    ("lowers estradiol in postmenopausal women", "postmenopausal women"),
    ("lowers estradiol with each dose", ""),
    ("lowers estradiol", ""),
])
def test_every_population_and_dose_of_a_clause(nlp, text, expected):
    doc = nlp(text)
    assert qualified(doc, 0, len(doc), QUALIFIERS) == expected


@pytest.mark.parametrize("text, expected", [
    ("stop the body from making certain hormones, including growth hormone", "hormones"),
    ("inhibits secretion of many hormones, such as gastrin, glucagon", "hormones"),
    # no general noun of hormones before the list, or a clause between
    ("used in many conditions, including growth hormone deficiency", None),
    ("lowers hormones which include growth hormone", None),
])
def test_hormones_listed_after_a_general_noun(nlp, text, expected):
    doc = nlp(text)
    last = next(t.i for t in reversed(doc) if t.lower_ in ("hormone", "glucagon"))
    start = last - 1 if doc[last].lower_ == "hormone" and doc[last - 1].lower_ == "growth" \
        else last
    head = listed_hormones_head(doc, 0, start)
    assert (doc[head].lower_ if head is not None else None) == expected


@pytest.mark.parametrize("text, organ, expected", [
    ("Loop diuretics act on the Na+-K+-2Cl- symporter (cotransporter) in the thick ascending "
     "limb of the loop of Henle", "Henle", True),
    ("It blocks serotonin receptors in the chemoreceptor trigger zone", "zone", True),
    # a consequence, or a clause of its own, between the verb and the place
    ("It blocks LH release, leading to less testosterone in the testes", "testes", False),
    ("It inhibits aromatase, which converts testosterone in the liver", "liver", False),
    ("It acts quickly in the liver", "liver", False),  # no object between
])
def test_place_of_the_object_of_acting(nlp, text, organ, expected):
    doc = nlp(text)
    at = next(t.i for t in doc if t.text == organ)
    at = next(i for i in range(at, -1, -1) if doc[i].lower_ in ("loop", "chemoreceptor")) \
        if organ in ("Henle", "zone") else at
    assert place_of_object(doc, 0, at) is expected


@pytest.mark.parametrize("text, organ, expected", [
    ("It decreases glucose production by the liver", "liver", True),
    ("It reduces the activity of the vagus nerve", "vagus", True),
    # downstream of the drug's own effect, or no change said
    ("It blocks LH, thereby decreasing the synthesis of estrogen by the ovaries", "ovaries",
     False),
    ("Glucose production by the liver is high at night", "liver", False),
])
def test_organ_that_makes_what_the_drug_changes(nlp, text, organ, expected):
    doc = nlp(text)
    at = next(t.i for t in doc if t.text == organ)
    changes = {"decreases", "reduces", "blocks", "decreasing"}
    assert made_in(doc, 0, at, lambda token: token.lower_ in changes) is expected


@pytest.mark.parametrize("text, expected", [
    ("Rituximab destroys B cells", True),
    ("Rituximab is used in diseases of B cells", False),
])
def test_cells_a_verb_acts_on(nlp, text, expected):
    doc = nlp(text)
    assert object_of_verb(doc, 0, next(t.i for t in doc if t.text == "B")) is expected
