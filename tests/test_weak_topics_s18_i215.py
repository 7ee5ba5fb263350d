"""Weak topics, session 18 (branch i215): a pronoun opening a reported clause ("studies have
shown that it …") takes the subject before for one sentence; repair said as a verb ("heal")
and of connective tissue; GH and IGF-1 for repair; fertility's noun
("subfertility"); research in animals or cells said in other words ("in animals", "in
vitro", "mice"); testosterone abbreviated ("serum T"); bremelanotide / PT-141, an approved
drug, no longer a peptide subject by its class. Beside each, a sentence naming a subject
that must stay off the topic. Rows of the health-page set reworded in our own words
(review of i215: "infertile", GH's healing and recovery, "total / free T" and the trend
words dropped, i219); figures per round in bench/README.md."""

from __future__ import annotations

import pytest


def test_a_reported_clause_takes_the_subject_before(topics_of):
    # rounds 16 and 20, reworded
    *_, found = topics_of("BPC-157 is a synthetic peptide studied in rats.",
                          "Animal studies have shown that it speeds the healing of torn tendons.")
    assert "peptides-repair" in found


def test_a_reported_clause_reaches_one_sentence_only(topics_of):
    # the sentence after a carried one must name or refer to its subject again
    *_, carried, far = topics_of("BPC-157 is a synthetic peptide studied in rats.",
                                 "Most of that work is decades old.",
                                 "Surgeons have found that it heals in six weeks.")
    assert far == []


def test_a_reported_clause_without_a_subject_before_names_none(topics_of):
    assert topics_of("Your doctor may say that it heals within weeks.")[-1] == []


@pytest.mark.parametrize("text,topic", [
    # Each negative names a subject and a word of the entry beside it, so an entry read too
    # widely fails it (review of i215: the first negatives named no subject; i219).
    # repair as a verb and of connective tissue (round 20, reworded)
    ("BPC-157 helps heal the lining of the gut.", "peptides-repair"),
    ("Ipamorelin may strengthen damaged connective tissue.", "peptides-repair"),
    # GH and IGF-1 for repair (rounds 10, 15, reworded) against GH's endocrinology
    ("IGF-1 carries many of growth hormone's effects, including tissue repair.",
     "gh-wellbeing"),
    ("Recovery of the pituitary after surgery is checked by measuring growth hormone.", None),
    # subfertility against "infertile" naming who is studied
    ("Selenium supplements eased subfertility in a small group of men.", "antioxidants-sperm"),
    ("Men who are infertile often have low levels of vitamin D.", None),
    # research in animals (round 12, reworded)
    ("Most research on tongkat ali has been done in animals.",
     "testosterone-boosters-evidence"),
    # serum T (round 12, reworded) against T cells
    ("The effect of fenugreek on serum T is unclear.", "lifestyle-testosterone"),
    ("Regular exercise raises total T cell counts in older people.", None),
    # a secular decline against trend words said of its treatment
    ("Sperm counts in Western men have fallen since the 1970s.", "secular-decline"),
    ("Treatment of male infertility has changed a lot over recent decades.", None),
    # bremelanotide's mechanism and approval (rounds 16 and 6, reworded) against a claim
    # naming a peptide for men
    ("PT-141 acts on melanocortin receptors in the brain to increase sexual desire.", None),
    ("Bremelanotide, an FDA-approved peptide, raises sexual desire in premenopausal women.",
     None),
    ("Peptide therapy improves libido in men.", "peptides-wellbeing"),
])
def test_outcomes_and_subjects(topics_of, text, topic):
    found = topics_of(text)[-1]
    if topic is None:
        assert found == [], text
    else:
        assert topic in found, text


def test_bremelanotide_is_a_subject_in_men_or_off_label(topics_of):
    # round 6, reworded: its use in men, off label, is unsettled; its approval is not
    men, = topics_of("Some men take PT-141 off label, hoping for a stronger libido.")
    women, = topics_of("Bremelanotide increased sexual desire in premenopausal women.")
    assert "peptides-wellbeing" in men and women == []
