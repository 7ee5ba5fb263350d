"""Weak topics, session 32 (branch i444, issue 15): the rows of a page about one peptide that
name no subject, the largest cause of the weak-topic misses recurring over rounds 40-46.

1. On a page whose subject is one agent (its title or first heading names it, or its opening
   names it and the page names it again), a claim naming no subject under a sub-heading naming
   none (elsewhere: a list item, or a sentence opening on "it" or on its outcome) is about the
   page's subject ("## Muscle healing" /
   "- Better regeneration of torn fibres" on a BPC-157 page), as it already was under a heading
   naming the agent. Not under a heading naming another subject or a treatment, not in a
   sentence naming another drug, not on a page that named the agent once in passing.
2. "It" opening a section, with no subject before it, is the heading's or the page's subject.
3. A peptide's protocol told as a dose or a schedule ("250 mcg a day", "once daily", "split
   into 2 doses") is an outcome of `peptides-benefits`, as "protocol" and "dosing" were.

Pages and sentences in our own words; figures in bench/README.md (session 32, i444)."""

from __future__ import annotations

import pytest


def _evd001_lines(project, text: str) -> list[int]:
    from lint.config import load_config
    from lint.engine import RunOptions, run

    project.write("content/page.md", text, dedent=False)
    result = run(load_config(project.root / "pyproject.toml"),
                 RunOptions(paths=["content"], select=["EVD001"], use_baseline=False))
    found = [d for d in result.diagnostics if d.code == "EVD001"]
    project.evd001_message = found[0].message if found else ""
    return sorted(d.span.start.line for d in found)


# A page about one research peptide: the title names nothing, the opening names BPC-157 twice.
_OPENING = ("# Notes from the bench\n\n"                                  # 1
            "BPC-157 is a synthetic fragment of a larger protein.\n\n"      # 3
            "Suppliers ship BPC-157 as a dry powder.\n\n")                 # 5
_SECTION = ("## {heading}\n\n"                                            # 7
            "- {first}\n"                                                  # 9
            "- {second}\n")                                                # 10


def _page(heading: str = "Muscle repair", first: str = "Quicker regeneration of torn fibres",
          second: str = "Improved healing of crushed muscle in rats", opening: str = _OPENING):
    return opening + _SECTION.format(heading=heading, first=first, second=second)


def test_items_under_a_heading_naming_nothing_take_the_page_subject(project):
    assert _evd001_lines(project, _page()) == [9, 10]
    # the finding says where the subject was named, as a heading's or a title's subject does
    assert "is the page's subject, named in its opening (line 3)" in project.evd001_message


def test_a_sub_heading_naming_nothing_is_about_the_page_subject(project):
    # the outcome late in the sentence: under a sub-heading, a part of the page on its agent
    page = _OPENING + "## The reality check\n\nAlmost every study so far used rodents.\n"
    assert _evd001_lines(project, page) == [9]


def test_it_opening_a_section_is_the_page_subject(project):
    page = _OPENING + "## How it acts\n\nIt seems to speed the healing of tendons in rats.\n"
    # "seems" qualifies it: the hit is the topic, so EVD001 stays quiet; unqualified, it fires
    assert _evd001_lines(project, page) == []
    page = _OPENING + "## How it acts\n\nIt speeds the healing of tendons.\n"
    assert _evd001_lines(project, page) == [9]


def test_dose_and_schedule_rows_of_a_peptide_page(project):
    page = _page(heading="What users inject", first="250-500 mcg per day",
                 second="Split into 2 doses, once daily")
    assert _evd001_lines(project, page) == [9, 10]


@pytest.mark.parametrize("page", [
    # under a heading naming a treatment: its section is about that
    _page(heading="Physiotherapy"),
    # under a heading naming another subject
    _page(heading="Growth hormone"),
    # the agent named once in passing: no subject of the page
    _page(opening="# Notes from the bench\n\nBPC-157 is a synthetic fragment of a larger "
                  "protein.\n\nTendons heal slowly because they have a poor blood supply.\n\n"),
    # the item names another drug
    _page(first="Clomiphene gave quicker regeneration of torn fibres",
          second="Naproxen improved the healing of crushed muscle"),
    # with no sub-heading, paragraphs whose own subject comes first, the outcome after it
    # (i326's shape; a sentence between, so none takes the subject of the one before)
    _OPENING + "Prices differ between shops.\n\n"
               "Older runners with torn fibres wait months for healing.\n\n"
               "Many athletes report better recovery with ice baths.\n",
])
def test_no_page_subject_for_these_items(project, page):
    assert _evd001_lines(project, page) == [], page


@pytest.mark.parametrize("text", [
    # doses of drugs that are no peptide of the topics
    "Testosterone cypionate is injected at 100 mg once weekly.",
    "Adults take 500 mg of paracetamol twice a day for pain.",
    "Zinc is sold in 25 mg tablets.",
    # the size of what is sold is no protocol
    "BPC-157 ships in 5 mg vials from the lab.",
])
def test_a_dose_of_another_drug_is_no_peptide_protocol(topics_of, text):
    assert "peptides-benefits" not in topics_of(text)[-1], text


@pytest.mark.parametrize("text", [
    "Sermorelin is injected under the skin once daily at bedtime.",
    "Users take BPC-157 at 250 mcg twice a day.",
    "Ipamorelin is split into 3 doses across the day.",
])
def test_a_peptide_dose_is_its_protocol(topics_of, text):
    assert "peptides-benefits" in topics_of(text)[-1], text
