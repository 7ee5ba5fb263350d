"""Weak topics, session 28 (branch i397, issue 15): pages nobody here wrote. General words
for what the research on an agent is ("human research", "more research", "some research",
"research suggests", "research has shown", "RCT") are evidence talk, as "evidence" and
"trial" are; an approved drug's RCT stays mainstream evidence, as its trial does. Sentences
in our own words; figures in bench/README.md (session 28, i397)."""

from __future__ import annotations

import pytest


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
