"""Start-up work done once where the answer cannot differ (issue 21, session 31, i429).

As in tests/test_throughput_s30_i419.py, each cut is checked twice: what it returns equals what
the code before it returned (that code written out here as the reference), and the work it
skips is not done (a test that fails on the code before the cut)."""

from __future__ import annotations

import random
import re

import pytest
from spacy.lang.en.stop_words import STOP_WORDS

from lint.annotate import evidence
from lint.normalise import with_plural


# -- weak topics: the words of a topic's other subjects, read once per topic -------------------

def _acronym_words_before(topics: dict) -> dict[str, set[str]]:
    """TopicDetector's `_acronym_words` as built before i429: every subject's words read
    again for each one-word subject."""
    out: dict[str, set[str]] = {}
    for topic in topics.values():
        for term in topic["subjects"]:
            if term.isalnum():
                out.setdefault(term.lower(), set()).update(
                    form for other in topic["subjects"]
                    for word in re.findall(r"[a-z]+", other.lower())
                    if word != term.lower() and len(word) >= 3
                    and word not in STOP_WORDS for form in with_plural(word))
    return out


def _acronym_words_now(topics: dict) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for topic in topics.values():
        for term, words in evidence._other_subject_words(topic["subjects"], STOP_WORDS).items():
            out.setdefault(term, set()).update(words)
    return out


# Subject lists of our own: acronyms beside their expansions, a subject whose own word another
# subject also holds ("peptide" / "peptides"), words whose plural is another's word ("analysis",
# "analyses"), digits, stop words and short fragments, the same acronym in two topics.
OWN_TOPICS = {
    "secretagogues": {"subjects": ["GHS", "growth hormone secretagogues", "secretagogue",
                                   "MK677", "ibutamoren", "of", "GH", "ghrelin mimetic"]},
    "peptides": {"subjects": ["peptide", "peptides", "BPC157", "body protection compound",
                              "TB500", "thymosin beta", "GHS", "peptide therapy"]},
    "plurals": {"subjects": ["analysis", "analyses", "meta analysis", "box", "boxes", "TRT",
                             "testosterone replacement therapy", "therapy"]},
    "empty": {"subjects": []},
}


def test_a_topics_other_subject_words_equal_the_words_read_again_for_each_subject():
    assert _acronym_words_now(OWN_TOPICS) == _acronym_words_before(OWN_TOPICS)
    # a one-word subject keeps another subject's form of its own word ("peptides" is in
    # "peptide therapy" too), and loses what only it gives
    words = evidence._other_subject_words(OWN_TOPICS["peptides"]["subjects"], STOP_WORDS)
    assert "peptide" in words["peptides"] and "peptides" in words["peptide"]
    assert "secretagogue" not in _acronym_words_now(
        {"t": {"subjects": ["secretagogue", "growth hormone"]}})["secretagogue"]


def test_the_packaged_topics_acronym_words_are_as_before():
    topics = evidence.load_topics()
    assert sum(len(t["subjects"]) for t in topics.values()) > 200  # the classes' members too
    assert _acronym_words_now(topics) == _acronym_words_before(topics)


def test_random_subject_lists_give_the_words_they_gave_before():
    vocabulary = ["GH", "ghs", "secretagogue", "secretagogues", "hormone", "growth", "the", "of",
                  "bpc", "157", "BPC157", "peptide", "peptides", "TRT", "therapy", "therapies",
                  "box", "boxes", "analysis", "analyses", "mk", "MK677", "and", "Ipamorelin"]
    chance = random.Random(429)
    for _ in range(500):
        topics = {str(k): {"subjects": [
            " ".join(chance.choice(vocabulary) for _ in range(chance.randint(1, 3)))
            for _ in range(chance.randint(0, 10))]} for k in range(chance.randint(1, 3))}
        assert _acronym_words_now(topics) == _acronym_words_before(topics), topics


def test_a_topics_subjects_are_split_into_words_once(monkeypatch):
    subjects = OWN_TOPICS["secretagogues"]["subjects"]
    calls = []
    real = re.findall

    def counting(pattern, text, *args):
        calls.append(text)
        return real(pattern, text, *args)

    monkeypatch.setattr(evidence.re, "findall", counting)
    evidence._other_subject_words(subjects, STOP_WORDS)
    assert len(calls) == len(subjects)  # before i429: once per subject and one-word subject


def test_the_detector_built_on_the_packaged_topics_has_the_words_of_before():
    from lint.nlp import pipeline

    topics = evidence.load_topics()
    detector = evidence.TopicDetector(pipeline("blank"), topics)
    assert detector._acronym_words == _acronym_words_before(topics)
    assert list(detector._acronym_words) == list(_acronym_words_before(topics))


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
