"""spaCy's slowest lexeme attribute getters, giving the same answers with C string methods.

Every new word type of the vocabulary runs each attribute getter once: the tokenizer's
special cases, the annotators' phrases and patterns (about 2,000 at start-up) and every
new word of an article. Three of spaCy's getters walk the word character by character
in Python: `is_ascii`, `word_shape` and `like_url` (which looks for a "." that way);
together about as much as the other twenty. The replacements below answer exactly as
spaCy's do for every string (tests/test_lexeme_getters.py checks them on health-page
words and random text of every Unicode category), so each word type gets the same
attributes and every match and judgment is unchanged. Only spaCy's own functions are
replaced: a pipeline that brings its own getters keeps them.
"""

from __future__ import annotations

import re


def install(vocab) -> None:
    """Put the replacements in `vocab` where it uses spaCy's own getters."""
    from spacy.attrs import IS_ASCII, LIKE_URL, SHAPE
    from spacy.lang import lex_attrs

    getters = vocab.lex_attr_getters
    for attr, theirs, ours in ((IS_ASCII, lex_attrs.is_ascii, str.isascii),
                               (SHAPE, lex_attrs.word_shape, word_shape),
                               (LIKE_URL, lex_attrs.like_url, like_url(lex_attrs.like_url))):
        if getters.get(attr) is theirs:
            getters[attr] = ours


def like_url(spacy_like_url):
    """spaCy's `like_url`, where a text with no "." is no URL unless it opens with a scheme
    (what spaCy's walk over its characters concludes)."""
    schemes = ("http://", "https://")

    def getter(text: str) -> bool:
        if text and "." not in text and not text.startswith(schemes):
            return False
        return spacy_like_url(text)

    return getter


class _ShapeChars(dict):
    """A character's shape: X upper-case letter, x other letter, d digit, else itself."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char.isalpha():
            shape = "X" if char.isupper() else "x"
        else:
            shape = "d" if char.isdigit() else char
        self[code] = shape
        return shape


_SHAPE_CHARS = _ShapeChars()
_LONG_RUN = re.compile(r"(.)\1{4,}", re.DOTALL)


def _four(match: re.Match) -> str:
    return match.group(1) * 4


def word_shape(text: str) -> str:
    """spaCy's `word_shape`: each character's shape, a run of one shape cut at four."""
    if len(text) >= 100:
        return "LONG"
    shape = text.translate(_SHAPE_CHARS)
    return _LONG_RUN.sub(_four, shape) if len(shape) > 4 else shape
