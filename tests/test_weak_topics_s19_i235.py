"""Weak topics, session 19 (branch i235, issue 15): male fertility and supplements said in
other words, measured leave-round-out. Fertility's verb and the semen analysis's findings
are outcomes (the verb only about men, the findings dropped: review of i235, i241); an
everyday measure (diet, exercise, lifestyle, sleep) is not carried to a sentence that does
not name it; secular decline's measures (sperm count, semen quality) are subjects only beside
a span of time, and male fertility is one of them; a decline is told with a word of change. Every sentence is of our own wording;
figures per round in bench/README.md."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,topic", [
    # fertility's verb and the findings of a semen analysis
    ("After three months of zinc, more of the men's partners were able to get pregnant.",
     "antioxidants-sperm"),
    ("Couples took longer to conceive when the man took no selenium.", "antioxidants-sperm"),
    ("Ashwagandha improved seminal parameters in the trial.", "antioxidants-sperm"),
    # supplements by their class word
    ("A daily micronutrient mix is said to lift sperm motility.", "antioxidants-sperm"),
    # secular decline: male fertility among its measures
    ("Male fertility has fallen worldwide since the 1970s.", "secular-decline"),
])
def test_weak_topic_found(topics_of, text, topic):
    assert topic in topics_of(text)[-1], text


@pytest.mark.parametrize("text", [
    # the same words where no supplement or decline is claimed
    "Couples who cannot get pregnant after a year should see a specialist.",
    "Azoospermia means that no sperm is found in the ejaculate.",
    "Male fertility is assessed with a semen analysis.",
    "Semen quality was measured at the last visit of the study.",
    "Male fertility clinics treat couples from around the world.",
    # a secular decline is told with a word of change: this is prevalence
    "Male infertility touches millions of couples worldwide.",
])
def test_no_weak_topic(topics_of, text):
    assert topics_of(text)[-1] == [], text


@pytest.mark.parametrize("before,after", [
    ("Eat plenty of vegetables and keep a balanced diet.",
     "New sperm take about ten weeks to mature in the testes."),
    ("Regular exercise is part of a healthy routine.",
     "Two samples from one man can differ a lot in sperm motility."),
    ("Try to sleep seven hours a night.",
     "Labs report the motility and morphology of sperm in a semen analysis."),
])
def test_an_everyday_measure_is_not_carried(topics_of, before, after):
    assert topics_of(before, after)[-1] == [], after


@pytest.mark.parametrize("before,after,topic", [
    # a supplement is still carried one sentence on
    ("Many men take zinc tablets.", "Small trials report better sperm motility.",
     "antioxidants-sperm"),
    # "it" still takes the lifestyle measure before
    ("Cycling long distances is popular.", "It is claimed to lower sperm count.",
     "antioxidants-sperm"),
    # a measure of secular decline without a span of time does not stop the carry
    ("Selenium is sold for men trying to conceive.", "Studies report better sperm quality.",
     "antioxidants-sperm"),
])
def test_carried_subjects_kept(topics_of, before, after, topic):
    assert topic in topics_of(before, after)[-1], after


def test_a_bad_sentence_pattern_is_a_clear_error(tmp_path):
    from lint.annotate.evidence import load_topics

    extra = tmp_path / "topics.yaml"
    extra.write_text("topics:\n  - id: mine\n    label: mine\n    subjects: [zinc]\n"
                     "    outcomes: [sperm]\n    level: low\n    sentence_pattern: '(unclosed'\n",
                     encoding="utf-8")
    from lint.sources.yamlfile import DataFileError

    with pytest.raises(DataFileError, match="mine.*sentence_pattern"):
        load_topics(str(extra))
