"""Class words that name no medicine (session 28, branch i402, issue 16), on
tests/data/mechanisms/class_words_s28_i402.md (sentences written for the tests, in the
shapes of a medicinal-chemistry introduction to SARMs, round 38).

A class word read as the subject gave the class and every member the knowledge base files
under it what the sentence says of something else: the words of a list that ends in
"receptors" ("includes estrogen, progestin, glucocorticoid and mineralocorticoid
receptors"), a class word that says what the hormone after it is ("the naturally made
androgen testosterone", "the body's own androgen, testosterone,"), and a class word before
the body's process ("the promise of androgen signaling") kept as what the next sentence's
"both" points back to. The intended readings stay: a class said of its listed member, a
class acting on its receptor, a product named after its class word.

A word of making read as a rise ("release", "secretion") when it names none: the lack a
disease is ("inadequate secretion of endogenous growth hormone", round 14) and a dosage
form's name ("a sustained-release prodrug … of unmodified GH", round 28). A release said
alone or governed by a verb of effect is still a rise."""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import assert_no_mec_warnings, assert_statement, read_fixture


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "class_words_s28_i402.md")


@pytest.mark.parametrize("statement", [
    (17, "norethisterone", "class", "progestin"),
    (19, "class:corticosteroid", "target", "glucocorticoid_receptor"),  # the class acts
    (19, "dexamethasone", "target", "glucocorticoid_receptor"),
    (21, "testosterone undecanoate", "class", "androgen"),  # a product after its class word
    (21, "testosterone undecanoate", "route", "oral"),
    (23, "norethisterone", "route", "oral"),
    (27, "lonapegsomatropin", "kind", "prodrug"),
    (29, "tesamorelin", "effect", "gh:up"),  # a release a verb of effect governs
    (31, "sermorelin", "effect", "gh:up"),  # a release alone still says a rise
])
def test_statements_of_classes_and_products_are_read(read, statement):
    assert_statement(read, True, statement)


@pytest.mark.parametrize("statement", [
    # each word of a list that ends in "receptors" names a receptor
    (3, "class:progestin", "target", "androgen_receptor"),
    (3, "class:corticosteroid", "target", "androgen_receptor"),
    # a class word that says what the hormone after it is
    (5, "class:androgen", "target", "androgen_receptor"),
    (7, "class:androgen", "target", "androgen_receptor"),
    (7, "class:androgen", "site", "bone"),
    # "androgen signaling" is no medicine the next sentence goes on about
    (11, "class:androgen", "route", "oral"),
    (11, "testosterone undecanoate", "route", "oral"),
    # "the body's own androgen, testosterone," in commas
    (15, "class:androgen", "route", "oral"),
    # a word of making that says no change: a lack (the disease), a dosage form's name
    (25, "somatrogon", "effect", "gh:up"),
    (27, "lonapegsomatropin", "effect", "gh:up"),
])
def test_class_words_that_name_no_medicine(read, statement):
    assert_statement(read, False, statement)


def test_no_mec_warning_on_these_correct_sentences(read):
    assert_no_mec_warnings(read)
