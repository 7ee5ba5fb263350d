"""The replaced lexeme getters answer as spaCy's for every string, so word types are unchanged."""

from __future__ import annotations

import random
import sys

from conftest import REPO
from lint import lexeme_getters
from lint.nlp import pipeline


def _words() -> list[str]:
    """Words of real writing (health pages, the article) and random text of every kind."""
    rows = (REPO / "bench/data/health_pages/sentences.tsv").read_text("utf-8").splitlines()
    text = " ".join(row.rsplit("\t", 1)[-1] for row in rows[1:])
    text += " " + " ".join(p.read_text("utf-8") for p in sorted((REPO / "content").glob("*.md")))
    words = set(text.split())
    words |= {w.strip(".,;:()[]") for w in words}
    rng = random.Random(20261129)
    alphabet = ("aAzZ09._-/:@%$€·²½ǅ\u0130ßﬁ١٢Ⅻ\u00a0\t\n"
                + "".join(chr(c) for c in rng.sample(range(sys.maxunicode), 400)
                          if not 0xD800 <= c <= 0xDFFF))
    for length in (1, 2, 4, 5, 6, 9, 30, 99, 100, 150):
        for _ in range(300):
            words.add("".join(rng.choice(alphabet) for _ in range(length)))
    # runs of one shape at and around the cut at four
    words |= {c * n + tail for c in "aA1.-é" for n in range(1, 9) for tail in ("", "b", "..")}
    words |= {"http://x", "https://y/z", "www.", "www.a", "a.b", ".a", "a.", "a@b.c", "x.com",
              "e.g.", "10.1000/182", "example.org:8080", "a.b/"}
    return sorted(words - {""})


def test_each_replacement_answers_as_spacys_getter():
    from spacy.lang import lex_attrs

    like_url = lexeme_getters.like_url(lex_attrs.like_url)
    words = _words()
    assert len(words) > 20000
    for word in words:
        assert str.isascii(word) == lex_attrs.is_ascii(word), word
        assert lexeme_getters.word_shape(word) == lex_attrs.word_shape(word), word
        assert like_url(word) == lex_attrs.like_url(word), word
    assert str.isascii("") == lex_attrs.is_ascii("")
    assert lexeme_getters.word_shape("") == lex_attrs.word_shape("")


def test_the_pipeline_gives_word_types_spacys_attributes():
    from spacy.attrs import IS_ASCII, LIKE_URL, SHAPE
    from spacy.lang import lex_attrs
    from spacy.lang.en import English

    nlp = pipeline()
    getters = nlp.vocab.lex_attr_getters
    assert getters[IS_ASCII] is str.isascii and getters[SHAPE] is lexeme_getters.word_shape
    assert getters[LIKE_URL] is not lex_attrs.like_url
    plain = English()  # spaCy's own getters
    text = " ".join(_words()[::7])
    ours, theirs = nlp.make_doc(text), plain.make_doc(text)
    # (our abbreviations split a few texts otherwise: word types of the same spelling)
    for word in {t.orth_ for t in ours} & {t.orth_ for t in theirs}:
        a, b = nlp.vocab[word], plain.vocab[word]
        assert (a.shape_, a.is_ascii, a.like_url) == (b.shape_, b.is_ascii, b.like_url), word


def test_a_pipeline_with_its_own_getters_keeps_them():
    from spacy.attrs import SHAPE
    from spacy.vocab import Vocab

    def mine(text):
        return "mine"

    vocab = Vocab(lex_attr_getters={SHAPE: mine})
    lexeme_getters.install(vocab)
    assert vocab.lex_attr_getters[SHAPE] is mine
