"""Weak topics, session 17 (branch i193): cortisol is a lifestyle subject of testosterone;
heat is no lifestyle subject (the rubric keeps testicular heat out); words that hold a
subject's word but name something else (the Food and Drug Administration, the body's
antioxidant capacity, "supplements" as a verb, a peptide hormone) name no subject. Beside
each, the subject that must stay. Frontiers (CC BY 4.0) quoted as written, other rows of
the health-page set reworded; figures per round in bench/README.md."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,topic", [
    # cortisol and testosterone (rounds 10, 11, 18, reworded); cortisol without an outcome
    ("High cortisol levels suppress the body's testosterone production.",
     "lifestyle-testosterone"),
    ("Cortisol is a hormone made by the adrenal glands.", None),
    # heat (round 1, reworded) against a sauna, still a lifestyle measure for sperm
    ("Heat reduces sperm motility and sperm count.", None),
    ("Regular sauna use lowers sperm count.", "antioxidants-sperm"),
    # an agency's name against food supplements (round 10, reworded)
    ("The Food and Drug Administration warns that products sold to boost testosterone are "
     "unregulated.", None),
    ("Food supplements sold to boost testosterone are popular with athletes.",
     "lifestyle-testosterone"),
    # the body's antioxidant capacity (Frontiers, CC BY 4.0, round 3) against supplements
    ("Spermatozoa are particularly susceptible to oxidative damage due to their limited "
     "antioxidant capacity.", None),
    ("Antioxidant supplements improve sperm motility.", "antioxidants-sperm"),
    # "supplements" as a verb (round 18, reworded) against the noun
    ("TRT supplements the body's natural testosterone production.", None),
    ("Zinc supplements raise testosterone in men who lack zinc.", "lifestyle-testosterone"),
    # a hormone's kind against a peptide sold for fertility
    ("Insulin is a peptide hormone that supports reproduction.", None),
    ("Peptide therapy improves sperm count.", "peptides-fertility"),
])
def test_subjects_read_as_written(topics_of, text, topic):
    found = topics_of(text)[-1]
    if topic is None:
        assert found == [], text
    else:
        assert topic in found, text


def test_a_list_item_is_about_its_lead_ins_subject_whatever_else_it_names(topics_of):
    # "sleep" is a subject of the sperm topic, yet the item is about GH's decline (round 10,
    # reworded); an item naming no outcome of GH stays off the topic.
    *_, sleep, bone = topics_of("GH output falls to half of youthful levels by age 60.",
                                "This decline is linked to:",
                                "Poorer sleep quality and less deep sleep",
                                "Weaker bones")
    assert "gh-wellbeing" in sleep
    assert bone == []
