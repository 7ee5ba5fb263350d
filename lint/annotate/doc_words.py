"""Each token's spelling and lower-case form as strings, read once per Doc.

A reader that asks `doc[i].lower_` makes a Token and decodes the string from
the vocabulary at every look; the mechanism readers look at the same few
words around each name again and again. These lists hold, for a whole Doc,
what `token.text`, `token.lower_` and `token.norm_` return (the vocabulary's string for the
token's ORTH, LOWER and NORM ids, `doc_arrays`), so a look is a list index. They
are kept in the Doc's `user_data` like `doc_arrays`' lists (dropped with the
Doc; read again if its token count changed). Callers must not change them.
"""

from __future__ import annotations

from lint.annotate import doc_arrays

_WORDS = "content_lint_words"
_LOWER_WORDS = "content_lint_lower_words"
_NORM_WORDS = "content_lint_norm_words"
_NORMS = "content_lint_norms"
# id -> string for every Doc: an id is the hash of its string, the same in every vocabulary
_SPELLINGS: dict[int, str] = {}


def _strings(doc, key: str, ids: list[int]) -> list[str]:
    data = doc.user_data
    cached = data.get(key)
    if cached is None or len(cached) != len(ids):
        known, strings = _SPELLINGS, doc.vocab.strings
        cached = []
        for found in ids:
            spelling = known.get(found)
            if spelling is None:
                spelling = known[found] = strings[found]
            cached.append(spelling)
        data[key] = cached
    return cached


def words(doc) -> list[str]:
    """`[token.text for token in doc]`, read once per Doc."""
    return _strings(doc, _WORDS, doc_arrays.orths(doc))


def lower_words(doc) -> list[str]:
    """`[token.lower_ for token in doc]`, read once per Doc."""
    return _strings(doc, _LOWER_WORDS, doc_arrays.lowers(doc))


def norm_words(doc) -> list[str]:
    """`[token.norm_ for token in doc]`, read once per Doc (a token's own NORM if set,
    else its word type's, as `to_array` reads it)."""
    data = doc.user_data
    ids = data.get(_NORMS)
    if ids is None or len(ids) != len(doc):
        from spacy.attrs import NORM

        ids = data[_NORMS] = doc.to_array(NORM).tolist()
    return _strings(doc, _NORM_WORDS, ids)


_SPACED = "content_lint_spaced"


def spaced(doc) -> list[int]:
    """Whether each token has a space after it (`bool(token.whitespace_)`), read in C once
    per Doc."""
    data = doc.user_data
    cached = data.get(_SPACED)
    if cached is None or len(cached) != len(doc):
        from spacy.attrs import SPACY

        cached = data[_SPACED] = doc.to_array(SPACY).tolist()
    return cached


def flags(doc, name: str) -> list[int]:
    """A boolean attribute of each token (`IS_PUNCT`, `IS_ALPHA`: `token.is_punct`,
    `token.is_alpha`), read in C once per Doc."""
    data = doc.user_data
    key = "content_lint_" + name
    cached = data.get(key)
    if cached is None or len(cached) != len(doc):
        from spacy import attrs

        cached = data[key] = doc.to_array(getattr(attrs, name)).tolist()
    return cached
