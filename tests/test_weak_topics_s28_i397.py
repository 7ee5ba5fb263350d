"""Weak topics, session 28 (branch i397, issue 15): pages nobody here wrote. General words
for what the research on an agent is ("human research", "more research", "some research",
"research suggests", "research has shown", "RCT") are evidence talk, as "evidence" and
"trial" are; an approved drug's RCT stays mainstream evidence, as its trial does. A measure's
decline over a span of dated years ("since 1968", "between 1996 and 2016") and a rising
prevalence are the secular decline (`outcome_patterns`, a topic's outcomes told in a shape).
Sentences in our own words; figures in bench/README.md (session 28, i397)."""

from __future__ import annotations

import pytest
from conftest import cli


@pytest.mark.parametrize("text,topic", [
    # the state of the research on an unapproved peptide, a booster, a hormone supplement
    ("For BPC-157 there is hardly any human research to go on.", "peptides-wellbeing"),
    ("More research is needed before ipamorelin can be offered to healthy men.",
     "peptides-wellbeing"),
    ("Some research hints that hexarelin matters for the gut lining.", "peptides-wellbeing"),
    ("Early research suggests that tongkat ali lifts mood in stressed men.",
     "testosterone-boosters-evidence"),
    ("Research has shown that DHEA tablets change little in men over seventy.",
     "hormone-supplements-ageing"),
    ("Fewer than three RCTs of CJC-1295 have ever been published.", "peptides-wellbeing"),
])
def test_research_words_are_evidence_talk(topics_of, text, topic):
    assert topic in topics_of(text)[-1], text


@pytest.mark.parametrize("text", [
    # an approved drug's RCT is mainstream evidence, as its trial is
    "Tesamorelin was studied in two large RCTs before its approval.",
    # research words without a subject of the topics: nothing to weigh
    "More research is needed on how statins affect memory in older men.",
    "Research suggests that walking after meals lowers blood sugar.",
    # a wellness agent's research told in a word the list does not hold stays as before
    "Researchers in Zagreb first isolated BPC-157 from gastric juice.",
])
def test_no_weak_topic(topics_of, text):
    assert topics_of(text)[-1] == [], text


@pytest.mark.parametrize("text", [
    # a measure's decline over a span of dated years (`outcome_patterns`)
    "Average sperm counts of Danish conscripts have dropped steadily since 1968.",
    "Between 1996 and 2016, semen quality in Finnish donors declined by a third.",
    "In 1992, 60% of donors had a normal sperm concentration, falling to 35% in 2012.",
    "Sperm quality has worsened in the last 30 years in every region surveyed.",
    # a trend told as prevalence with a word of change
    "Clinics in Lagos report a rising prevalence of male infertility among young husbands.",
])
def test_dated_decline_is_secular(topics_of, text):
    assert "secular-decline" in topics_of(text)[-1], text


@pytest.mark.parametrize("text", [
    # a span of years beside no measure of the topic
    "Life expectancy for men in Chile has risen since 1990.",
    "Between 2008 and 2018, prescriptions of testosterone gel tripled in Canada.",
    # one year, no span; a single study's date is no trend
    "A 2019 trial found that sperm concentration fell in men given the drug.",
    # prevalence without a word of change is a figure, not a trend
    "In one Kenyan survey, male infertility had a prevalence of 9 percent.",
])
def test_no_secular_decline(topics_of, text):
    assert "secular-decline" not in topics_of(text)[-1], text


@pytest.mark.parametrize("patterns,says", [
    ("'since'", "must be a list of regular expressions"),
    ("['(unclosed']", "is not a valid regular expression"),
    ("[12]", "must be a string: a regular expression"),
])
def test_a_bad_outcome_pattern_is_a_clear_error(tmp_path, patterns, says):
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "a.md").write_text("# Zinc\n\nZinc improves sperm counts.\n",
                                               encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.content-lint]\npaths = ["content"]\nevidence-topics = "topics.yaml"\n',
        encoding="utf-8")
    (tmp_path / "topics.yaml").write_text(
        "topics:\n  - id: mine\n    label: mine\n    subjects: [zinc]\n    outcomes: [sperm]\n"
        f"    level: low\n    outcome_patterns: {patterns}\n", encoding="utf-8")
    run = cli(tmp_path, "check", "--no-cache")
    assert run.returncode == 2, run.stderr
    assert "topics.yaml:7:" in run.stderr and "'mine'" in run.stderr, run.stderr
    assert says in run.stderr and "Traceback" not in run.stderr, run.stderr
