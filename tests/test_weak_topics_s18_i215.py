"""Weak topics, session 18 (branch i215): a pronoun opening a reported clause ("studies have
shown that it …") takes the subject before for one sentence; repair said as a verb ("heal")
and of connective tissue; GH and IGF-1 for repair and recovery; fertility's adjective
("infertile"); research in animals or cells said in other words ("in animals", "in vitro",
"mice"); testosterone abbreviated ("serum T"); a secular decline said as a trend ("on the
rise"); bremelanotide / PT-141, an approved drug, no
longer a peptide subject by its class. Beside each, a sentence that must stay off the topic.
Rows of the health-page set reworded; figures per round in bench/README.md."""

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
    # repair as a verb and of connective tissue (round 20, reworded) against wounds
    ("BPC-157 helps heal the lining of the gut.", "peptides-repair"),
    ("Skin sores that do not heal should be checked by a doctor.", None),
    ("Ipamorelin may strengthen damaged connective tissue.", "peptides-repair"),
    # GH and IGF-1 for repair (rounds 10, 15, reworded) against GH's source
    ("IGF-1 carries many of growth hormone's effects, including tissue repair.",
     "gh-wellbeing"),
    ("Growth hormone is made by the pituitary gland.", None),
    # infertile (round 11, reworded) against a prevalence without a subject (round 3)
    ("Vitamin E and selenium supplements helped infertile men.", "antioxidants-sperm"),
    ("In one third of infertile couples the cause lies with the man.", None),
    # research in animals (round 12, reworded) against animals without a subject (round 19)
    ("Most research on tongkat ali has been done in animals.",
     "testosterone-boosters-evidence"),
    ("Some coronaviruses cause illness in animals such as bats.", None),
    # serum T (round 12, reworded) against a test (round 12)
    ("The effect of fenugreek on serum T is unclear.", "lifestyle-testosterone"),
    ("Testing can begin with a screening total T.", None),
    # a secular trend (round 9, reworded) against another condition's (round 15)
    ("Male infertility is on the rise, a global trend.", "secular-decline"),
    ("Kidney stones are common, and their prevalence is on the rise.", None),
    # bremelanotide's mechanism (round 16, reworded) against a claim naming a peptide
    ("PT-141 acts on melanocortin receptors in the brain to increase sexual desire.", None),
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
    men, = topics_of("PT-141 is widely used off-label for low libido in men.")
    women, = topics_of("Bremelanotide increased sexual desire in premenopausal women.")
    assert "peptides-wellbeing" in men and women == []
