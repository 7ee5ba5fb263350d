"""Weak topics, session 20 (branch i255, issue 15): a page's statements of the evidence that
name no agent are about the agent it last named; an acronym the page defines as something
else is no subject there; repair's verb forms are repair. Sentences of the health-page set
(round 24's peptide evidence pages, now development data) and our own; figures in
bench/README.md ("session 20, branch i255")."""

from __future__ import annotations

import pytest


BPC = "Body Protection Compound-157 (BPC-157) is a synthetic peptide derived from a protein found in gastric juice."


@pytest.mark.parametrize("statement", [
    # round 24 (peptidesforworkouts.com), labelled weak: the evidence for the page's peptide
    "Most studies are in animals (rats, mice)",
    "Limited human clinical trial data",
    "Human clinical data is limited",
    "Preliminary; human data lacking",
])
def test_evidence_statement_is_about_the_page_agent(judged, statement):
    hits = judged(BPC, "Mechanisms may involve growth factor modulation", statement)
    assert hits[-1], statement


def test_page_agent_reaches_past_other_sentences(judged):
    # a few sentences on, the page still weighs the evidence for its peptide
    hits = judged(BPC, "It is sold online as a powder.", "Vials are stored cold.",
                  "Buyers often mix it with water.", "Human trials are nearly absent.")
    assert hits[-1]


@pytest.mark.parametrize("lines", [
    # a kind of agent is no page agent: an approved peptide's evidence is mainstream
    ("Bremelanotide is a peptide given by injection.",
     "The pivotal evidence came from two 24-week phase 3 trials."),
    # (i262) the kind alone, two sentences before: pins the `generic_subjects` filter
    ("Peptides are sold online for many uses.", "Vials are stored cold.",
     "Human clinical data is limited."),
    # an everyday measure is no page agent (i262: two sentences on, past the one-sentence
    # carry, and naming no subject of its own: pins the `not_carried` filter)
    ("A healthy diet rich in vegetables is recommended.", "Vials are stored cold.",
     "Human clinical data is limited."),
    # too far from the agent: nine sentences on (i262: no subject of its own, so only
    # `page_agent_reach` keeps it off)
    (BPC, "It is sold online.", "Vials are stored cold.",
     "Shipping takes a week.", "Prices vary.", "Customers leave reviews.",
     "Some shops offer discounts.", "Returns are accepted.", "Payment is by card.",
     "Human clinical data is limited."),
])
def test_evidence_statement_not_carried(judged, lines):
    assert not judged(*lines)[-1], lines[-1]


def test_evidence_statement_carried_one_sentence_only(judged):
    # the sentence after a page-agent statement takes no subject from it
    hits = judged(BPC, "Human clinical data is limited.", "You cannot drive safely if impaired.")
    assert hits[1] and not hits[2]


@pytest.mark.parametrize("text", [
    # round 24 (a Ghanaian news page): GHS is the Ghana Health Service there
    # (paraphrased, i262)
    "The Ghana Health Service (GHS) says many adults have never had their blood pressure "
    "checked.",
])
def test_acronym_defined_as_something_else_is_no_subject(judged, text):
    hits = judged(text, "The GHS has recorded 24,781 stroke cases this year.")
    assert hits == [[], []]


def test_acronym_defined_as_its_topic_stays_a_subject(judged):
    hits = judged("Growth hormone secretagogues (GHS) are sold online.",
                  "GHS can raise the risk of stroke.")
    assert hits[1]
    # "T replacement therapy (TRT)" shares the subject's words: still TRT
    hits = judged("The role of T replacement therapy (TRT) is debated.",
                  "TRT is effective in improving sexual function in middle-aged and older men.")
    assert hits[1]


def test_repair_verb_forms(judged):
    # round 3, labelled weak ("… its apparent role in protecting and repairing tissue")
    assert judged("BPC-157 is credited with repairing the gut lining.")[0]
    assert judged("Wounds healed faster in men given BPC-157.")[0]
    assert not judged("The mechanic repaired the car in an hour.")[0]
    # (i262) an agent before, a surgeon's repair after: not the agent's claim
    assert not judged("He once injected BPC-157.", "The torn ligament was repaired surgically.")[-1]


def test_lead_in_takes_no_page_agent(judged):
    # round 3, labelled not weak: a lead-in's items say what is claimed
    hits = judged(BPC, "It is sold online.", "Vials are stored cold.", "Prices vary.",
                  "The current evidence points to several overlapping pathways:")
    assert not hits[-1]
    hits = judged(BPC, "It is sold online.", "Vials are stored cold.", "Prices vary.",
                  "The current evidence is limited to rats.")
    assert hits[-1]
