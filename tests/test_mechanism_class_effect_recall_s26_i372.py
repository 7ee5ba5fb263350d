"""Class and effect recall (session 26, branch i372, issue 16), on
tests/data/mechanisms/class_effect_recall_s26.md (sentences written for the tests).

- Nouns and verbs of effect the lexicon lacked (drugs.yaml `effects`): "enhancement",
  "elevation", "augmentation" (up), "depletion", "deplete", "curtail" (down).
- A class named "<target> inhibitor" is also read as "<target> receptor inhibitor"
  (LiverTox's "tyrosine kinase receptor inhibitor"); one way only.
- A target read from a pair that shares its head noun shares the role noun after the pair
  ("a GIP, GLP-1 and glucagon receptor agonist": a GLP-1 receptor agonist); a pair with no
  role after it names targets only.
- "monoamines" names hormones in general (mechanism_words.yaml `hormone_nouns`), and a
  drug's name listed among the body's substances ("monoamines (…, dopamine)",
  "neurotransmitters such as dopamine") is no mention of the drug.
"""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import assert_no_mec_warnings, assert_statement, read_fixture


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "class_effect_recall_s26.md")


@pytest.mark.parametrize("statement", [
    (3, "sitagliptin", "effect", "insulin:up"),  # "enhancement of"
    (7, "letrozole", "effect", "estradiol:down"),  # "a depletion of"
    (9, "reserpine", "effect", "norepinephrine:down"),  # "depletes"
    (11, "abiraterone acetate", "effect", "androgens:down"),  # "curtails"
    (13, "imatinib", "class", "tyrosine_kinase_inhibitor"),  # "… receptor inhibitor"
    (15, "retatrutide", "class", "glp1_receptor_agonist"),  # the pair shares "agonist"
    (15, "retatrutide", "target", "glp1_receptor"),
    (19, "deutetrabenazine", "effect", "serotonin:down"),  # "monoamines (serotonin, …)"
    (19, "deutetrabenazine", "effect", "norepinephrine:down"),
])
def test_effect_words_class_names_and_shared_roles_are_read(read, statement):
    assert_statement(read, True, statement)


def test_an_elevation_said_with_may_is_read_as_possible(read):
    # "can cause an elevation of prolactin": read, as a possibility (not asserted)
    assert (5, "danazol", "effect", "prolactin:up") in read[1]


@pytest.mark.parametrize("statement", [
    # a pair of receptors with no role after it: targets, no class
    (17, "mifepristone", "class", "glucocorticoid_receptor_antagonist"),
    (17, "mifepristone", "class", "antiprogestogen"),
    # a drug's name in a list of the body's substances is not the drug
    (19, "dopamine", "effect", "serotonin:down"),
    (19, "dopamine", "effect", "norepinephrine:down"),
    (21, "dopamine", "effect", "norepinephrine:up"),
])
def test_pairs_without_a_role_and_listed_substances_say_no_such_thing(read, statement):
    assert_statement(read, False, statement)


def test_an_elevation_of_no_hormone_is_no_effect(read):
    # "elevation of the legs": a word of effect with no hormone after it
    assert not [s for s in read[1] if s[0] == 23 and s[2] == "effect"], read[1]


def test_the_fixture_gives_no_mec_warning(read):
    assert_no_mec_warnings(read)
