"""Each token's spelling, lower-case form and norm as strings, read once per Doc.

A reader that asks `doc[i].lower_` makes a Token and decodes the string from
the vocabulary at every look; the mechanism readers look at the same few
words around each name again and again. These lists hold, for a whole Doc,
what `token.text`, `token.lower_` and `token.norm_` return (the vocabulary's
string for the token's ORTH, LOWER and NORM ids, read in C), so a look is a
list index. They are kept in the Doc's `user_data` like `doc_arrays`' lists
(dropped with the Doc; read again if its token count changed). Callers must
not change them.
"""

from __future__ import annotations

from lint.annotate import doc_arrays

_WORDS = "content_lint_words"
_LOWER_WORDS = "content_lint_lower_words"
_NORM_WORDS = "content_lint_norm_words"
_SPACED = "content_lint_spaced"
# id -> string for every Doc: an id is the hash of its string, the same in every vocabulary
_SPELLINGS: dict[int, str] = {}


def _strings(doc, ids: list[int]) -> list[str]:
    known = _SPELLINGS
    out = list(map(known.get, ids))
    if None in out:
        strings = doc.vocab.strings
        for at, found in enumerate(ids):
            if out[at] is None:
                out[at] = known[found] = strings[found]
    return out


def words(doc) -> list[str]:
    """`[token.text for token in doc]`, read once per Doc."""
    cached = doc.user_data.get(_WORDS)
    if cached is None or len(cached) != len(doc):
        cached = doc.user_data[_WORDS] = _strings(doc, doc_arrays.orths(doc))
    return cached


def lower_words(doc) -> list[str]:
    """`[token.lower_ for token in doc]`, read once per Doc."""
    cached = doc.user_data.get(_LOWER_WORDS)
    if cached is None or len(cached) != len(doc):
        cached = doc.user_data[_LOWER_WORDS] = _strings(doc, doc_arrays.lowers(doc))
    return cached


# Read together, in one call, when a reader first asks for any of them.
_FLAGS = ("NORM", "SPACY", "IS_ALPHA", "IS_DIGIT", "IS_PUNCT", "LIKE_NUM", "IS_SPACE", "LIKE_URL",
          "LIKE_EMAIL", "IS_STOP")
_FLAGS_KEY = "content_lint_flags"


def flags(doc, name: str) -> list[int]:
    """A token attribute of each token (`IS_PUNCT`, `IS_ALPHA`, `IS_DIGIT`, `LIKE_NUM`,
    `IS_SPACE`, `LIKE_URL`, `LIKE_EMAIL`, `IS_STOP`: `token.is_punct` and so on as 0/1;
    `SPACY`: `token.whitespace_`; `NORM`: the NORM id), read in C once per Doc with the
    others of `_FLAGS`."""
    cached = doc.user_data.get(_FLAGS_KEY)
    if cached is None or len(cached[0]) != len(doc):
        from spacy import attrs

        array = doc.to_array([getattr(attrs, flag) for flag in _FLAGS])
        cached = doc.user_data[_FLAGS_KEY] = array.T.tolist() if len(doc) else \
            [[] for _ in _FLAGS]
    return cached[_FLAGS.index(name)]


def norm_words(doc) -> list[str]:
    """`[token.norm_ for token in doc]`, read once per Doc (a token's own NORM if set,
    else its word type's, as `to_array` reads it)."""
    cached = doc.user_data.get(_NORM_WORDS)
    if cached is None or len(cached) != len(doc):
        cached = doc.user_data[_NORM_WORDS] = _strings(doc, flags(doc, "NORM"))
    return cached


def spaced(doc) -> list[int]:
    """Whether each token has a space after it (`bool(token.whitespace_)`), read in C once
    per Doc."""
    return flags(doc, "SPACY")
