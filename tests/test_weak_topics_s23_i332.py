"""Review mends of i326 (session 23, branch i332, issue 15): the page's subject stops at
another agent (growth hormone, an approved relative) and at testosterone on prescription,
ends only when the page dismisses the subject itself, and says where it was named; a trial of
an approved drug is no weak talk; "men with andropause" is a claim's population, not the
condition. Pages and sentences in our own words; figures in bench/README.md ("Review mends
of i326")."""

from __future__ import annotations

import pytest

# `marked` (tests/conftest.py) reads a Markdown page: its weak topics by sentence.
TITLE = ("# Ipamorelin: notes for buyers\n\n"
         "Ipamorelin is a short research peptide sold to gym users. "
         "Many users take ipamorelin at night.\n\n")
SPOTLESS = "The safety record is spotless."


@pytest.mark.parametrize("section", [
    # another agent of the registry (growth hormone), under a heading naming nothing
    "## What clinics prescribe\n\n"
    "Growth hormone shots are licensed for adults with a proven shortage.\n"
    "The tolerability is well charted after decades of use.\n"
    "The long-term safety has been tracked in big registries.\n",
    # an approved relative of the peptide
    "## A licensed cousin\n\n"
    "Tesamorelin is approved for belly fat in people living with HIV.\n"
    "The safety profile comes from two big placebo-controlled studies.\n",
])
def test_another_agent_stops_the_page_subject(marked, section):
    hits = marked(TITLE + section)
    after = [text for text in hits if "safety" in text.lower() or "tolerab" in text.lower()]
    assert after and all(hits[text] == [] for text in after), hits


def test_page_subject_named_again_after_another_agent(marked):
    # control: naming the page's subject again brings it back
    hits = marked(TITLE + "## What clinics prescribe\n\n"
                  "Growth hormone shots are licensed for adults with a proven shortage.\n\n"
                  "## Back to the peptide\n\nIpamorelin comes in five-milligram vials.\n\n"
                  f"## In short\n\n{SPOTLESS}\n")
    assert "peptides-wellbeing" in hits[SPOTLESS], hits


def test_testosterone_stops_the_page_subject(marked):
    hits = marked(TITLE + "## Testosterone from a doctor\n\n"
                  "The tolerability is fair, with acne and a rise in red cells.\n\n"
                  "## Safety\n\nThe safety record of licensed testosterone is long.\n"
                  "Tolerability is watched with blood tests.\n")
    for text in ("The tolerability is fair, with acne and a rise in red cells.",
                 "The safety record of licensed testosterone is long.",
                 "Tolerability is watched with blood tests."):
        assert hits[text] == [], (text, hits)


def test_low_testosterone_does_not_stop_the_page_subject(marked):
    # the outcome, not the drug: the page is still about its peptide
    hits = marked(TITLE + "## Why men buy it\n\nLow testosterone levels worry many buyers.\n\n"
                  f"## In short\n\n{SPOTLESS}\n")
    assert "peptides-wellbeing" in hits[SPOTLESS], hits


def test_dismissing_another_agent_leaves_the_page_subject(marked):
    hits = marked(TITLE.rstrip() + "\nHe stopped taking tongkat ali last spring.\n"
                  "He now takes ipamorelin three times a week.\n\n"
                  f"## Notes\n\n{SPOTLESS}\n")
    assert "peptides-wellbeing" in hits[SPOTLESS], hits


def test_dismissing_the_page_subject_still_ends_it(marked):
    hits = marked(TITLE.rstrip() + "\nHe stopped taking ipamorelin last spring.\n\n"
                  f"## Notes\n\n{SPOTLESS}\n")
    assert hits[SPOTLESS] == [], hits


def test_a_carried_page_subject_says_where_it_was_named(project):
    project.write("content/page.md", TITLE + f"## Notes\n\n{SPOTLESS}\n")
    findings = [d for d in project.run(select=["EVD001"], use_baseline=False).diagnostics]
    assert len(findings) == 1, findings
    assert ("'Ipamorelin' is the page's subject, named in its title (line 1)"
            in findings[0].message), findings[0].message


def test_an_opening_page_subject_says_its_line(project):
    project.write("content/page.md", "# Notes for buyers\n\n" + TITLE.split("\n\n")[1]
                  + f"\n\n## Notes\n\n{SPOTLESS}\n")
    findings = [d for d in project.run(select=["EVD001"], use_baseline=False).diagnostics]
    assert len(findings) == 1, findings
    assert "named in its opening (line 3)" in findings[0].message, findings[0].message


@pytest.mark.parametrize("sentence", [
    "Tesamorelin shrank belly fat in a randomised trial of 400 patients.",
    "Sermorelin was tested in a trial of children with short stature.",
])
def test_trial_of_an_approved_drug_is_no_weak_talk(judged, sentence):
    assert judged(sentence)[0] == [], sentence


def test_trial_of_an_unapproved_peptide_is_still_weak_talk(judged):
    sentence = "Ipamorelin went through one small trial after bowel surgery."
    assert "peptides-wellbeing" in judged(sentence)[0], sentence


@pytest.mark.parametrize("sentence", [
    "Men with andropause report better mood and energy within weeks.",
    "Men with male menopause report better mood and energy within weeks.",
])
def test_men_with_the_condition_are_a_claims_population(marked, sentence):
    hits = marked("## Testosterone supplementation\n\n" + sentence + "\n")
    assert hits[sentence], hits
