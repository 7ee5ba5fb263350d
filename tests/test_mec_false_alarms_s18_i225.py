"""Session 18, branch i225 (issue 16): the four MEC false alarms left on correct health pages,
mended by grammar and data (tests/data/mechanisms/s18_i225.md, our own sentences in the pages'
shapes, with controls):

- cells a target sits on ("pituitary somatotrophs", "Leydig cells") say where a drug acts; they
  name the receptor they carry only for a drug that acts on it (gonadorelin on gonadotrophs,
  the control), never another target ("binds the ghrelin receptor on pituitary somatotrophs");
- MC1R, MC3R and MC5R are melanocortin receptors, as MC4R is;
- a full stop with a numbered citation glued to it ("men.[1] In a longer trial, …") ends its
  sentence, so the next sentence's drug does not take this one's route."""

from __future__ import annotations

from conftest import statement_tests

from lint import nlp
from lint.document.markdown import parse_document
from lint.document.textmap import SourceText

READ = [
    ("ipamorelin", "target", "ghrelin_receptor"),
    ("gonadorelin", "target", "gnrh_receptor"),  # control: the cells carry its own receptor
    # the subtype, of the family it acts on (no MEC004: the warning test below)
    ("bremelanotide", "target", "mc1r"),
    ("sermorelin", "route", "subcutaneous"),  # control: said in its own sentence
    ("mk-677", "route", "oral"),
]

NOT_READ = [
    ("ipamorelin", "target", "ghrh_receptor"),
    ("kisspeptin", "target", "lh_receptor"),
    ("mk-677", "route", "subcutaneous"),
]

read, test_read_where_the_sentence_says_it, test_not_read_where_the_sentence_does_not_say_it = \
    statement_tests("s18_i225.md", "s18.md", READ, NOT_READ)


def test_no_mechanism_warning_on_these_correct_sentences(read):
    assert read[0] == [], read[0]


def _sentences(markdown: str) -> list[str]:
    document = parse_document("a.md", SourceText(markdown))
    nlp.segment([document])
    return [s.raw for s in document.sentences]


def test_a_citation_glued_to_a_full_stop_ends_the_sentence():
    assert _sentences("GH rose by half in healthy men.[1] Later work found the same.[2, 3]\n") \
        == ["GH rose by half in healthy men.[1]", "Later work found the same.[2, 3]"]

