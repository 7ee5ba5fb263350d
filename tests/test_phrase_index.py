"""A LOWER phrase index's word pairs, made when first read, hold every phrase added."""

from __future__ import annotations

from lint.annotate.lexicon import PhraseIndex
from lint.nlp import pipeline


def _pairs(nlp, phrases) -> set:
    return {pair for phrase in phrases
            for lowers in ([t.lower for t in nlp.make_doc(phrase)],)
            for pair in zip(lowers, lowers[1:])}


def test_word_pairs_follow_the_phrases_added():
    nlp = pipeline()
    index = PhraseIndex(nlp, attr="LOWER")
    assert index.word_pairs == set()
    first = ["aromatase inhibitor", "GnRH agonist", "tamoxifen", "Zyx-Qwv blocker"]
    index.add_phrases("class\x1fa", first)
    # each phrase and its plural, as the matcher holds them
    forms = [form for p in first for form in (p.lower(), p.lower() + "s")]
    assert index.word_pairs == _pairs(nlp, forms)
    index.add_phrases("class\x1fb", ["selective estrogen receptor modulator"])
    later = ["selective estrogen receptor modulator", "selective estrogen receptor modulators"]
    assert index.word_pairs == _pairs(nlp, forms + later)
    assert (nlp.vocab.strings["receptor"], nlp.vocab.strings["modulator"]) in index.word_pairs
