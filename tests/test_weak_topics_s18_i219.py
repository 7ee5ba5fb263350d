"""Weak topics, session 18 (branch i219): mends of i215's changes after its review. Each
case is a sentence of our own wording that i215's head (8d8f24f) judged wrongly: an
adjective naming who is studied taken for an outcome ("infertile men"), GH's mainstream
endocrinology taken for a repair claim (recovery, healing), "total T" / "free T" read in "T
cells", one site's trend words ("on the rise", "recent decades"), an approved melanocortin
agonist's class word ("peptide") kept as a subject, a reported clause's "it" given the
subject before when the sentence opens with an outcome of its own, and evidence said to be
only from cells or animals without a qualifier. Figures per round in bench/README.md."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    # 1. "infertile" names who is studied or treated, not an effect on fertility
    "Low vitamin B12 is often found in infertile men who attend a clinic.",
    # 2. GH deficiency and IGF-1 in recovery and healing: endocrinology, not a GH claim
    "After a stroke, a child with growth hormone deficiency may need longer to show recovery.",
    "IGF-1 helps the growth plate during bone healing in children.",
    # 3. T cells are no testosterone
    "Zinc keeps free T cells active in the thymus.",
    # 4. trend words said of something other than a decline in men's fertility
    "In recent decades, tests for male infertility have become cheaper.",
    "Interest in male infertility is on the rise among young doctors.",
    # 6. an approved melanocortin agonist's class word, no men and no off-label use named
    "Vyleesi (bremelanotide) is an approved peptide for premenopausal women with low libido.",
])
def test_no_weak_topic(topics_of, text):
    assert topics_of(text)[-1] == [], text


@pytest.mark.parametrize("text,topic", [
    # what the mends keep: GH for repair, serum T, a secular word, a peptide for men
    ("Growth hormone injections speed tissue repair in healthy adults.", "gh-wellbeing"),
    ("Fenugreek may lift serum T a little.", "lifestyle-testosterone"),
    ("Male infertility has risen worldwide since the 1970s.", "secular-decline"),
    ("Bremelanotide is a peptide that some clinics give men off-label to raise libido.",
     "peptides-wellbeing"),
])
def test_weak_topic_kept(topics_of, text, topic):
    assert topic in topics_of(text)[-1], text


def test_it_after_an_outcome_opening_is_that_outcome(topics_of):
    # 5. "it" is the tendons' healing, not the peptide named before
    *_, found = topics_of("Ipamorelin is a synthetic peptide.",
                          "Tendons heal slowly, and surgeons agree that it takes months.")
    assert found == []


def test_it_after_evidence_talk_is_still_the_subject_before(topics_of):
    # 5. an opening that is evidence talk still reports on the subject before
    *_, found = topics_of("Ipamorelin is a synthetic peptide.",
                          "Animal studies have shown that it speeds tendon healing.")
    assert "peptides-repair" in found


@pytest.mark.parametrize("text", [
    # 7. the claim already says the evidence is only from cells or animals
    "Tribulus has been studied only in vitro and in a few small trials.",
    "Maca has been tested solely in rodents.",
])
def test_evidence_only_from_cells_or_animals_is_qualified(qualified, text):
    assert qualified(text), text


def test_a_finding_in_cells_is_no_qualifier(qualified):
    # 7. "in vitro" alone reports a study, it does not weaken a claim
    assert not qualified("Tribulus raised testosterone in vitro.")
