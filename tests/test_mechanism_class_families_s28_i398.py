"""Whole drug families from sourced membership lists (session 28, branch i398, issue 16), on
tests/data/mechanisms/class_families_s28.md (correct sentences) and
class_families_errors_s28.md (one error a line); sentences written for the tests.

- drug_classes.yaml `members` (with `members_source`) gives each member the class when the
  base is loaded (`_add_class_members`); a member the base lacks is added with its names.
- A family's route ("Gepants such as zavegepant … are taken orally") is not given to a member
  whose own routes leave it out (zavegepant is a nasal spray).
- A class said as someone's label ("vendors indicate MK-677 as a SARM", "marketed as a
  SARM") is not the text's assertion: not compared, no MEC finding.
- Two general shapes of a class said of a drug, met in these families: adjectives joined by
  commas or "and" between the article and the class ("Lidocaine, a potent, rapidly active,
  membrane-stabilising class Ib antiarrhythmic"), and a class before the make of a biologic
  ("an anti-TNF monoclonal antibody").
"""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import assert_no_mec_warnings, assert_statement, read_fixture

from lint.sources.yamlfile import DataFileError
from lint.sources.drugs import build_packaged, load_knowledge


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "class_families_s28.md")


@pytest.fixture(scope="module")
def errors(tmp_path_factory):
    return read_fixture(tmp_path_factory, "class_families_errors_s28.md")


@pytest.fixture(scope="module")
def routes(tmp_path_factory):
    return read_fixture(tmp_path_factory, "class_families_routes_s28.md")


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


@pytest.mark.parametrize("name,klass", [
    ("ostarine", "sarm"), ("LGD-4033", "sarm"), ("vosilasarm", "sarm"),
    ("melanotan II", "alpha_msh_analogue"), ("melanotan II", "melanocortin_agonist"),
    ("afamelanotide", "melanocortin_agonist"), ("erenumab", "cgrp_antagonist"),
    ("zavegepant", "cgrp_antagonist"), ("flecainide", "class_ic_antiarrhythmic"),
    ("amiodarone", "class_iii_antiarrhythmic"), ("amiodarone", "class_iv_antiarrhythmic"),
    ("verapamil", "class_iv_antiarrhythmic"),
])
def test_members_are_given_their_family(kb, name, klass):
    drug = kb.find(name)
    assert drug is not None and drug.has_class(klass), name
    assert drug.class_sources.get(klass) == kb.classes[klass]["members_source"]


@pytest.mark.parametrize("name,klass", [
    ("MK-677", "sarm"),  # a GH secretagogue sold beside SARMs, no member
    ("flecainide", "class_iii_antiarrhythmic"), ("dofetilide", "class_ic_antiarrhythmic"),
    ("verapamil", "class_i_antiarrhythmic"), ("setmelanotide", "alpha_msh_analogue"),
])
def test_a_family_gives_no_one_else_its_class(kb, name, klass):
    assert not kb.find(name).has_class(klass)


def test_a_member_the_base_lacked_is_added_with_its_names_and_source(kb):
    drug = kb.find("MK-2866")
    assert drug is kb.find("enobosarm") and drug.key == "enobosarm"
    assert not drug.curated and drug.drug_class == "" and drug.also == ["sarm"]
    assert "CC BY-SA" in drug.source_note()
    # its own labelled route, with where it comes from; nothing else is invented
    nasal = kb.find("zavegepant")
    assert nasal.routes == ["intranasal"] and "Zavzpret" in nasal.source_note()
    assert kb.find("ligandrol").routes == [] and kb.find("ligandrol").targets == {}


def test_a_known_member_keeps_its_own_facts(kb):
    """The class is added; the curated class, routes and DrugCentral rows stay."""
    drug = kb.find("bremelanotide")
    assert drug.drug_class == "melanocortin_agonist" and drug.routes == ["subcutaneous"]
    assert "alpha_msh_analogue" in drug.also
    assert kb.find("melanotan I") is kb.find("afamelanotide")


def test_a_members_list_needs_its_source():
    extra = {"classes": {"gizmo": {"label": "gizmo", "names": ["gizmo agent"],
                                   "members": ["flecainide"]}}}
    with pytest.raises(DataFileError, match="members_source"):
        build_packaged(extra, "project-drugs.yaml")


def test_a_projects_family_is_loaded_like_a_packaged_one():
    extra = {"classes": {"gizmo": {"label": "gizmo", "names": ["gizmo agent"],
                                   "members": ["flecainide", ["zz-gizmo-1", "ZG-1"]],
                                   "members_source": "a project's own note"}}}
    kb = build_packaged(extra, "project-drugs.yaml")
    assert kb.find("flecainide").has_class("gizmo") and kb.find("ZG-1").has_class("gizmo")
    assert kb.find("zz-gizmo-1").source_note() == "a project's own note"


@pytest.mark.parametrize("statement", [
    (3, "enobosarm", "class", "sarm"),  # "Ostarine is a selective androgen receptor modulator"
    (5, "rad140", "class", "sarm"),  # "Vosilasarm, a nonsteroidal SARM,"
    (7, "afamelanotide", "class", "alpha_msh_analogue"),
    (9, "atogepant", "class", "cgrp_antagonist"),
    (11, "galcanezumab", "class", "cgrp_antagonist"),
    (13, "mexiletine", "class", "class_ib_antiarrhythmic"),
    (13, "mexiletine", "class", "antiarrhythmic"),  # the parent, by definition
    (15, "sotalol", "class", "class_iii_antiarrhythmic"),
    (17, "ubrogepant", "route", "oral"),  # a member whose routes hold the family's
    (17, "class:cgrp_antagonist", "route", "oral"),
    (17, "zavegepant", "class", "cgrp_antagonist"),
    (19, "mk-677", "class", "gh_secretagogue"),  # what the text itself says it is
    (23, "flecainide", "class", "class_ic_antiarrhythmic"),
    # a labelling verb in another clause ("sold as capsules,") labels no class
    (25, "mexiletine", "class", "class_ib_antiarrhythmic"),
    (27, "lidocaine", "class", "class_ib_antiarrhythmic"),  # ", a potent, rapidly active, …"
    (29, "anastrozole", "class", "aromatase_inhibitor"),  # ", a potent and selective …"
    (31, "golimumab", "class", "tnf_inhibitor"),  # "an anti-TNF monoclonal antibody"
    (31, "golimumab", "kind", "monoclonal antibody"),
])
def test_family_classes_are_read(read, statement):
    assert_statement(read, True, statement)


@pytest.mark.parametrize("statement", [
    (17, "zavegepant", "route", "oral"),  # a nasal spray: the family's route is not its own
    (19, "mk-677", "class", "sarm"),  # "vendors indicate MK-677 as a SARM"
    (21, "mk-677", "class", "sarm"),  # "is often marketed as a SARM"
    (23, "flecainide", "class", "class_i_antiarrhythmic"),  # Ic names no "class I"
    (33, "metformin", "class", "statin"),  # "a diet, exercise, and statins": nouns listed
])
def test_what_a_family_or_a_seller_says_is_not_the_members(read, statement):
    assert_statement(read, False, statement)


def test_correct_family_sentences_give_no_mec_finding(read):
    assert_no_mec_warnings(read)


@pytest.mark.parametrize("line", [3, 5, 7])
def test_a_member_said_to_be_of_another_family_or_route_is_found(errors, line):
    """Dofetilide (class III) called class Ic; ibutamoren called a SARM by the text itself;
    zavegepant said to be oral."""
    assert ("MEC004", line) in errors[0], errors[0]


@pytest.mark.parametrize("statement", [
    # "Small-molecule CGRP antagonists were developed as tablets … Rimegepant and atogepant
    # are two of them": the family's route, which its nasal member does not share
    (3, "rimegepant", "route", "oral"), (3, "atogepant", "route", "oral"),
])
def test_a_family_route_is_not_given_to_unnamed_members_of_a_mixed_family(routes, statement):
    assert_statement(routes, False, statement)


@pytest.mark.parametrize("statement", [
    (3, "class:cgrp_antagonist", "route", "oral"),  # still said of the family
    (5, "class:cgrp_antagonist", "route", "oral"),
    (9, "lidocaine", "class", "class_ib_antiarrhythmic"),
])
def test_the_family_keeps_its_own_route(routes, statement):
    assert_statement(routes, True, statement)


def test_family_routes_give_no_mec_finding(routes):
    assert_no_mec_warnings(routes)
