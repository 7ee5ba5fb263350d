"""Two classes in one clause, the first after an organ adjective (session 26, found by the
review of the merged i371/i381 work): the organ adjective's loop rebound the name of the
clause's combination owners, so the second class raised AttributeError and the whole run
stopped ("internal error"). Both classes and the site are read, with no MEC warning."""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import assert_no_mec_warnings, assert_statement, read_fixture


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "two_classes_organ_s26.md")


@pytest.mark.parametrize("statement", [
    (3, "methyldopa", "class", "alpha-adrenergic agonist"),
    (3, "methyldopa", "class", "antihypertensive"),
    (3, "methyldopa", "site", "central nervous system"),
    (5, "clonidine", "class", "alpha-adrenergic agonist"),
    (5, "clonidine", "class", "antihypertensive"),
    (5, "clonidine", "site", "central nervous system"),
])
def test_both_classes_and_the_site_are_read(read, statement):
    assert_statement(read, True, statement)


def test_no_mec_warning(read):
    assert_no_mec_warnings(read)
