"""Where the shared sentence splitter starts sentences in others' writing (issue 15,
session 13): `lint/nlp.py` `_mend_sentence_starts`.

spaCy's sentencizer ends a sentence only at a full stop that stands alone, so a word the
tokenizer keeps whole with its stop hid the end ("... chronic hepatitis B. So, ..."), and
a dotted name in inline code held one (`nimare.base.|Transformer`). Every annotator reads
these sentences. `bench/eval_segmentation.py` measures the splitter against sentences
people split.

Excerpts keep their licence: ods.od.nih.gov, minorityhealth.hhs.gov,
obamawhitehouse.archives.gov, cdc.gov, nimh.nih.gov (US government works, public domain);
health.govt.nz (CC BY 4.0); the Creative Commons legal code (CC0); NBCLab/nimare-paper
(MIT); AdaptInfer/context-review (CC BY 4.0); OHDSI/TheBookOfOhdsi (CC0).
"""

from __future__ import annotations

import pytest

from lint import nlp
from lint.document.markdown import parse_document
from lint.document.textmap import SourceText


def _sentences(markdown: str) -> list[str]:
    document = parse_document("a.md", SourceText(markdown))
    nlp.segment([document])
    return [s.raw for s in document.sentences]


@pytest.mark.parametrize("first, second", [
    # A letter ending a name before a capitalised function word (ods.od.nih.gov).
    ("Mushrooms provide some vitamin D.",
     "In some mushrooms that are newly available in stores, the vitamin D content is "
     "being boosted by exposing these mushrooms to ultraviolet light."),
    # (obamawhitehouse.archives.gov)
    ("In fact, an estimated 1 in 12 APIs are living with chronic hepatitis B.",
     "So, although Asian/Pacific Islander Americans make up only some 5 percent of the "
     "total U.S. population, they represent 50 percent of those infected."),
    # An abbreviation ending the sentence (minorityhealth.hhs.gov).
    ("AANHPIs represent nearly half of these chronic HBV-infected persons in the U.S.",
     "One in ten AANHPIs in the U.S. suffer from HBV."),
    # (health.govt.nz)
    ("You can call for any coronavirus health advice or any questions you have about "
     "coronavirus, self-isolation etc.",
     "It is free and available 24 hours a day, 7 days a week."),
])
def test_a_word_kept_whole_with_its_stop_ends_its_sentence(first, second):
    # Before: one sentence (the sentencizer never saw a full stop of its own).
    assert _sentences(f"{first} {second}\n") == [first, second]


@pytest.mark.parametrize("text", [
    # A capitalised word that is no function word: a name goes on (cdc.gov, nimh.nih.gov).
    "Today, 1 in 10 U.S. adults has diabetes, and if trends continue, 1 in 5 will have it "
    "by 2025.",
    "Esketamine is a medication approved by the U.S. Food and Drug Administration (FDA) "
    "for treatment-resistant depression.",
    # A title or an abbreviation that introduces what follows, whatever follows.
    "Drugs of this class, e.g. The pill, are taken daily.",
    "The results are shown in Fig. A and discussed by Dr. Who.",
])
def test_names_and_introducing_abbreviations_do_not_end_a_sentence(text):
    assert _sentences(text + "\n") == [text]


def test_a_numbered_clause_keeps_its_number():
    # The Creative Commons legal code (CC0): "b." and "C." number clauses; splitting
    # after them would leave the number a sentence of its own.
    text = ("Section 6 applies for the term of the Copyright. b. Where Your right has "
            "terminated, it reinstates. C. No downstream restrictions apply.\n")
    assert _sentences(text) == [
        "Section 6 applies for the term of the Copyright.",
        "b. Where Your right has terminated, it reinstates.",
        "C. No downstream restrictions apply."]


def test_a_dotted_name_in_inline_code_holds_no_sentence_start():
    # nimare-paper content/02_overview.md (MIT); before: "... the {py:class}`~nimare.base."
    # and "Transformer` classes, as their name suggests ..." (and the same for `Dataset`).
    text = ("The base classes operate on a `Dataset` class. {py:class}`~nimare.base.Transformer` "
            "classes, as their name suggests, perform some transformation on a `Dataset`.\n")
    assert _sentences(text) == [
        "The base classes operate on a Dataset class.",
        "{py:class}~nimare.base.Transformer classes, as their name suggests, perform some "
        "transformation on a Dataset."]
    # TheBookOfOhdsi (CC0): R's help operator; before, "`?" ended a sentence.
    text = ("The package provides a function called `createConnectionDetails`. Type "
            "`?createConnectionDetails` for the specifications.\n")
    assert _sentences(text) == [
        "The package provides a function called createConnectionDetails.",
        "Type ?createConnectionDetails for the specifications."]
    # The same in a paragraph with no full stop of its own (TheBookOfOhdsi, CC0).
    text = "See `?connect` for information on which details are required\n"
    assert _sentences(text) == [text.strip().replace("`", "")]


def test_a_displayed_formula_ending_with_a_stop_ends_its_sentence():
    # context-review content/02.introduction.md (CC BY 4.0), shortened: before, the
    # closing `$$` opened the next sentence.
    text = ("Each observation is governed by its own parameters:\n$$\nx_i \\sim "
            "P(x;\\,\\theta_i).\n$$\nIn population models, the parameters are shared.\n")
    assert _sentences(text) == [
        "Each observation is governed by its own parameters: $$ x_i \\sim "
        "P(x;,\\theta_i). $$",
        "In population models, the parameters are shared."]


@pytest.mark.parametrize("text", [
    # Latin dosing abbreviations go on (session 30, i420; shapes of drug monographs and
    # clinical pages: round 40's "Start at 50 mg p.o. daily, titrated ...")
    "Start at 50 mg p.o. daily, titrated by 50 mg every 2 weeks.",
    "Take 100 mg b.i.d. with food, or 50 mg t.i.d. if nausea occurs.",
    "Give 2 mg i.v. over a minute, then 1 mg s.c. each morning.",
])
def test_a_dosing_abbreviation_does_not_end_its_sentence(text):
    # Before: split after each abbreviation ("p.o" and its stop were two tokens).
    assert _sentences(text + "\n") == [text]


def test_a_dosing_abbreviation_before_a_function_word_ends_its_sentence():
    first, second = "The dose is 5 mg i.v.", "The drug acts within minutes."
    assert _sentences(f"{first} {second}\n") == [first, second]
