"""Weak topics, session 29 (i408, issue 15): mends of a review. A phrase of a preposition set
off by commas after the subject ("BPC-157, in vitro, …", "Sperm counts, over the past fifty
years, …") is no item of a list beside it; a topic's `outcome_patterns` may open with inline
flags ("(?i)…") although the registry joins them into one expression. Our own words."""

from __future__ import annotations

import re

import pytest


@pytest.mark.parametrize("text,topic", [
    ("BPC-157, in vitro, showed faster cell migration.", "peptides-wellbeing"),
    ("Ipamorelin, in vitro, raised growth hormone release.", "peptides-wellbeing"),
    ("Sperm counts, over the past fifty years, have halved in Western men.", "secular-decline"),
])
def test_a_phrase_set_off_after_the_subject_is_no_list_item(topics_of, text, topic):
    assert topic in topics_of(text)[-1]


def test_a_list_of_subject_and_outcome_is_still_no_claim(topics_of):
    listed, = topics_of("A review of sleep, medications, fertility goals, and cardiovascular "
                        "risk.")
    assert listed == []


def test_inline_flags_open_a_scoped_group():
    from lint.annotate.evidence import _alternation

    joined = _alternation([r"\bsince 19\d\d\b", r"(?i)\bFROM 19\d\d\b"])
    assert joined == r"\bsince 19\d\d\b|(?i:\bFROM 19\d\d\b)"
    assert re.compile(joined).search("from 1990 on") and re.compile(joined).search("since 1990")
    assert not re.compile(joined).search("Since 1990")  # the first keeps its own case
    # without flags, the text is the join as written (the shipped programs' key)
    assert _alternation(["a", "b"]) == "a|b"


def test_a_projects_outcome_patterns_with_inline_flags_load_and_match(tmp_path):
    from lint.annotate.acronyms import annotate_acronyms
    from lint.annotate.evidence import TopicDetector, load_topics
    from lint.lines import document_from_lines
    from lint.nlp import pipeline

    path = tmp_path / "topics.yaml"
    path.write_text(
        "topics:\n  - id: mine\n    label: mine\n    subjects: [zinc]\n    outcomes: [sperm]\n"
        "    level: low\n    outcome_patterns: ['\\bsince 19\\d\\d\\b', "
        "'(?i)\\bover the past \\d+ years\\b']\n", encoding="utf-8")
    detector = TopicDetector(pipeline("blank"), load_topics(str(path)))
    document = document_from_lines(["Zinc sales have doubled over the past 20 years."],
                                   "blank")
    annotate_acronyms([document])
    detector.annotate(document)
    assert "mine" in [h.topic for h in next(document.sentences).annotations.evidence_topics]
