"""Weak topics, session 31 (branch i428, issue 15): two general causes of the misses on pages
nobody here wrote.

1. Ejaculation, masturbation and sexual abstinence told as what raises or lowers testosterone
   (the rubric's lifestyle claims about testosterone): a topic of their own
   (`ejaculation-testosterone`), testosterone its only outcome, so a semen sample's rules,
   the disorders of ejaculation and its anatomy stay off it.
2. The herbs, minerals and supplement ingredients of the drug knowledge base's sourced
   families (`botanical`, `mineral_supplement`, `dietary_supplement`) are subjects of the
   supplement topics by class (`knowledge_classes`), not by a hand list: a herb the list
   never named, beside testosterone or sperm, is found.

Sentences in our own words; figures in bench/README.md (session 31, i428)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Many young men fear that masturbating every day drains their testosterone.",
    "Men who abstained for three weeks had testosterone above their baseline.",
    "Forums claim that a week of abstinence doubles free testosterone.",
    "A small Chinese study saw testosterone peak on the seventh day of sexual abstinence.",
    "Frequent ejaculation does not lower testosterone in healthy men.",
    "NoFap followers credit the challenge with higher T levels and more energy.",
])
def test_ejaculation_and_testosterone_is_a_weak_topic(topics_of, text):
    assert "ejaculation-testosterone" in topics_of(text)[-1], text


@pytest.mark.parametrize("text", [
    # the habit beside semen or sperm: how a sample is given, not a lifestyle claim
    "Abstain from ejaculation for two to five days before giving a semen sample.",
    "Long abstinence lowers sperm motility in the sample.",
    # a disorder or the anatomy of ejaculation beside testosterone
    "Low testosterone can cause delayed ejaculation and weak orgasms.",
    "Premature ejaculation is rarely caused by low testosterone.",
    "The ejaculatory ducts run through the prostate, whose growth depends on testosterone.",
    # sex in general is no subject here
    "Testosterone drives sexual activity and desire in men.",
    # the habit without testosterone
    "Masturbation is a normal part of sexual development in teenagers.",
])
def test_no_ejaculation_topic(topics_of, text):
    assert "ejaculation-testosterone" not in topics_of(text)[-1], text


@pytest.mark.parametrize("text,topic", [
    # herbs and supplement ingredients the hand list never named, through the families
    ("Horny goat weed is sold to men as a natural way to raise testosterone.",
     "lifestyle-testosterone"),
    ("Panax ginseng restored libido in a few small trials of older men.",
     "lifestyle-testosterone"),
    ("CoQ10 capsules improve sperm motility in men with poor semen results.",
     "antioxidants-sperm"),
    ("Myo-inositol is promoted for better sperm quality.", "antioxidants-sperm"),
    ("Chromium lifts testosterone, according to the makers of one blend.",
     "lifestyle-testosterone"),
    # names the hand list held, now given by the families: still found
    ("Zinc tablets raise testosterone in men who lack the mineral.",
     "lifestyle-testosterone"),
    ("Ashwagandha root improves sperm count, its sellers say.", "antioxidants-sperm"),
    ("Saw palmetto is taken for libido by some men.", "lifestyle-testosterone"),
])
def test_family_members_are_supplement_subjects(topics_of, text, topic):
    assert topic in topics_of(text)[-1], text


@pytest.mark.parametrize("text", [
    # a family member beside an outcome of no supplement topic
    "Milk thistle is taken for liver health.",
    "Chamomile tea is drunk before bed by many people.",
    "Echinacea is sold to shorten colds.",
])
def test_family_member_without_a_topic_outcome(topics_of, text):
    assert topics_of(text)[-1] == [], text


def test_evd001_names_the_habit_and_a_qualifier_satisfies_it(project):
    from lint.config import load_config
    from lint.engine import RunOptions, run

    project.write("content/page.md",
                  "# Myths\n\nMasturbation lowers testosterone for days.\n\n"
                  "Masturbation may lower testosterone for a short while.\n", dedent=False)
    result = run(load_config(project.root / "pyproject.toml"),
                 RunOptions(paths=["content"], select=["EVD001"], use_baseline=False))
    found = [d for d in result.diagnostics if d.code == "EVD001"]
    assert [d.span.start.line for d in found] == [3], [d.message for d in found]
    assert "masturbation" in found[0].message.lower(), found[0].message


def _evd001_lines(project, text: str) -> list[tuple[int, str]]:
    from lint.config import load_config
    from lint.engine import RunOptions, run

    project.write("content/page.md", text, dedent=False)
    result = run(load_config(project.root / "pyproject.toml"),
                 RunOptions(paths=["content"], select=["EVD001"], use_baseline=False))
    return [(d.span.start.line, d.message) for d in result.diagnostics if d.code == "EVD001"]


# A peptide grading page under a site's category title: the agent is the first heading.
_GRADED = ("# Healing and Recovery\n\n## {agent}\n\nSold as a lyophilised powder in 5 mg vials.\n\n"
           "Shipped from a lab in Ohio.\n\nPackaged in amber glass.\n\nLabelled for research.\n\n"
           "Stored in a fridge.\n\nPriced per vial.\n\nReturned unopened only.\n\n"
           "Mailed in cold packs.\n\nTracked by courier.\n\n## Tendon repair\n\n"
           "Rodent evidence is consistent.\n")


def test_the_first_heading_before_any_sentence_names_the_page_subject(project):
    found = _evd001_lines(project, _GRADED.format(agent="BPC-157"))
    assert [line for line, _ in found] == [25], found
    assert "named in its first heading (line 3)" in found[0][1], found


@pytest.mark.parametrize("page", [
    # the first heading names no agent: nothing to weigh
    _GRADED.format(agent="Product sheet"),
    # a sentence before the heading: the heading is a section of the page, not its subject
    _GRADED.replace("## {agent}", "Our catalogue lists many items.\n\n## BPC-157"),
])
def test_no_page_subject_from_a_later_heading(project, page):
    assert _evd001_lines(project, page) == [], page


def test_the_ejaculate_is_semen_not_a_habit(topics_of):
    # the noun: a sample's semen beside a drug's testosterone (round 14's shape, reworded)
    text = ("Raising testosterone inside the testis helps surgeons find sperm when none is "
            "seen in the ejaculate.")
    assert "ejaculation-testosterone" not in topics_of(text)[-1], text
