"""Anabolic steroids the knowledge base lacked, as one sourced family (session 29, branch
i410, issue 16), on tests/data/mechanisms/anabolic_family_s29_i410.md (own sentences).

drug_classes.yaml `anabolic_steroid` lists its research and veterinary members (trenbolone,
trestolone, mibolerone, boldenone, tetrahydrogestrinone, dimethandrolone and their esters)
with `members_source`; a member the base lacked is added with its names and that class only,
so that a text's statements about it have a subject.
"""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import assert_no_mec_warnings, assert_statement, read_fixture

from lint.sources.drugs import load_knowledge


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "anabolic_family_s29_i410.md")


@pytest.mark.parametrize("name,key", [
    ("trenbolone", "trenbolone"), ("trienolone", "trenbolone"),
    ("trestolone acetate", "trestolone acetate"), ("mibolerone", "mibolerone"),
    ("boldenone undecylenate", "boldenone undecylenate"), ("THG", "tetrahydrogestrinone"),
    ("DMAU", "dimethandrolone undecanoate"), ("dimethandrolone", "dimethandrolone"),
])
def test_members_are_known_with_the_family_and_its_source(kb, name, key):
    drug = kb.find(name)
    assert drug is not None and drug.key == key
    assert drug.has_class("anabolic_steroid")
    assert "CC BY-SA" in drug.class_sources["anabolic_steroid"]
    # nothing is invented: no route, target or effect comes with the list
    assert drug.routes == [] and drug.targets == {} and drug.effects == {}


def test_an_ester_is_its_own_drug(kb):
    assert kb.find("trenbolone acetate") is not kb.find("trenbolone")
    assert kb.find("dimethandrolone undecanoate") is not kb.find("dimethandrolone")


@pytest.mark.parametrize("name", ["nandrolone", "enobosarm", "MK-677"])
def test_the_list_gives_no_one_else_the_family(kb, name):
    assert not kb.find(name).has_class("anabolic_steroid")


@pytest.mark.parametrize("statement", [
    (3, "trenbolone", "class", "anabolic_steroid"),
    (3, "trenbolone", "kind", "steroid"),
    (5, "dimethandrolone undecanoate", "route", "oral"),
    (5, "dimethandrolone undecanoate", "effect", "lh:down"),
    (7, "mibolerone", "route", "oral"),
    (7, "mibolerone", "schedule", "daily"),
])
def test_statements_about_a_member_are_read(read, statement):
    assert_statement(read, True, statement)


@pytest.mark.parametrize("statement", [
    (9, "tetrahydrogestrinone", "class", "anabolic_steroid"),  # the text says no class
    (11, "tetrahydrogestrinone", "route", "oral"),
])
def test_what_the_text_does_not_say_is_not_read(read, statement):
    assert_statement(read, False, statement)


def test_correct_sentences_give_no_mec_finding(read):
    assert_no_mec_warnings(read)


@pytest.mark.parametrize("name,klass", [
    ("GHRP-6", "gh_secretagogue"), ("pralmorelin", "gh_secretagogue"),
    ("macimorelin", "gh_secretagogue"), ("somatorelin", "ghrh_analogue"),
])
def test_gh_releasing_families_by_their_members(kb, name, klass):
    drug = kb.find(name)
    assert drug is not None and drug.has_class(klass)
    assert drug.class_sources.get(klass, "").startswith("Wikipedia") or drug.curated


def test_the_bodys_ghrelin_is_no_drug_of_the_family(kb):
    assert kb.find("ghrelin") is None
