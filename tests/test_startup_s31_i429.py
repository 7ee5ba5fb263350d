"""Start-up work done once where the answer cannot differ (issue 21, session 31, i429).

As in tests/test_throughput_s30_i419.py, each cut is checked twice: what it returns equals what
the code before it returned (that code written out here as the reference), and the work it
skips is not done (a test that fails on the code before the cut)."""

from __future__ import annotations

import pytest

from lint.annotate import evidence


# -- weak topics: a class's members from the knowledge base's class index ----------------------

def _member_keys_before(knowledge, wanted: list[str]) -> dict[str, list[str]]:
    """`_member_names`' pass before i429: `has_class` for every drug and class."""
    hormones = (knowledge.physiology or {}).get("hormones") or {}
    members: dict[str, list[str]] = {klass: [] for klass in wanted}
    for drug in knowledge.drugs.values():
        for klass in wanted:
            if klass.startswith(evidence._UNAPPROVED):
                if evidence._unapproved(drug, klass[len(evidence._UNAPPROVED):], hormones):
                    members[klass].append(drug.key)
            elif drug.has_class(klass):
                members[klass].append(drug.key)
    return members


@pytest.fixture(scope="module")
def knowledge():
    from lint.sources.drugs import load_knowledge

    return load_knowledge()


def test_topic_members_from_the_class_index_equal_has_class_over_every_drug(knowledge):
    wanted = sorted(knowledge.classes)[:40] + ["unapproved peptide", "androgen",
                                                "aromatase_inhibitor", "gh_secretagogue"]
    wanted = [klass for klass in dict.fromkeys(wanted)
              if klass in knowledge.classes or klass.startswith(evidence._UNAPPROVED)]
    before = _member_keys_before(knowledge, wanted)
    topics = {klass: [klass] for klass in wanted}
    names = knowledge.text_names()
    now = evidence._member_names(topics, knowledge)
    for klass in wanted:
        expected = [name for key in before[klass] for name in names.get(key, ())
                    if any(c.isalpha() for c in name)]
        assert now[klass] == expected, klass
    assert any(before[klass] for klass in wanted if not klass.startswith("unapproved"))


def test_topic_members_ask_no_drug_has_class(knowledge, monkeypatch):
    from lint.sources import drugs

    def refused(self, klass):
        raise AssertionError("has_class asked for every drug")

    monkeypatch.setattr(drugs.Drug, "has_class", refused)
    found = evidence._member_names({"t": ["androgen"]}, knowledge)
    assert found["t"]  # before i429: has_class for each of the base's drugs
