"""What annotators read of a whole spaCy Doc, read once per Doc.

Several annotators read the same block Doc as a whole: its text, its
tokens' ORTH ids, their LOWER ids. spaCy rebuilds `doc.text` token by token
at every read (about 20 µs for a paragraph: a `Token` per token), a
`to_array` call costs about 5 µs, and a Span's three times a Doc's. Each is
kept in the Doc's `user_data` (dropped with the Doc, at the end of its
batch), and a sentence's ids are a slice of its Doc's. Callers must not
change the lists they get. lint never retokenizes a Doc; the token count is
still checked, so a Doc changed after a read is read again.
"""

from __future__ import annotations

_TEXT = "content_lint_text"
_ORTHS = "content_lint_orths"  # also read by claim_model._orths
_LOWERS = "content_lint_lowers"
_BOUNDS = "content_lint_bounds"


def remember_text(doc, text: str) -> None:
    """Keep `text`, which the Doc was made from (spaCy's tokens keep every character,
    so `doc.text == text`), so that `text(doc)` need not rebuild it."""
    doc.user_data[_TEXT] = (len(doc), text)


def text(doc) -> str:
    """`doc.text`, rebuilt once per Doc."""
    data = doc.user_data
    cached = data.get(_TEXT)
    if cached is None or cached[0] != len(doc):
        cached = data[_TEXT] = (len(doc), doc.text)
    return cached[1]


def _ids(doc, key: str, attribute: str) -> list[int]:
    """The `attribute` id of each token, read in C once per Doc and kept under `key`."""
    data = doc.user_data
    cached = data.get(key)
    if cached is None or len(cached) != len(doc):
        from spacy import attrs

        cached = data[key] = doc.to_array(getattr(attrs, attribute)).tolist()
    return cached


def orths(doc) -> list[int]:
    """The ORTH id of each token (one per spelling), read in C once per Doc."""
    return _ids(doc, _ORTHS, "ORTH")


def lowers(doc) -> list[int]:
    """The LOWER id of each token, read in C once per Doc."""
    return _ids(doc, _LOWERS, "LOWER")


def punct_flags(doc) -> list[int]:
    """Each token's IS_PUNCT flag (`token.is_punct`), read in C; not kept (one reader)."""
    from spacy.attrs import IS_PUNCT

    return doc.to_array(IS_PUNCT).tolist()


def word_ids(vocab, words) -> frozenset[int]:
    """The LOWER ids a token whose `lower_` is one of `words` has (a spelling's id is the
    hash of its string, the same in every Doc of the vocabulary)."""
    return frozenset(vocab.strings.add(word) for word in words)


def positions(doc, start: int, end: int, ids: frozenset[int]) -> list[int]:
    """The token indices in [start, end) whose `lower_` is one of the words of `ids`: a
    reader that acts only at such words visits them alone, without a Token per token."""
    found = lowers(doc)
    return [i for i in range(start, end) if found[i] in ids]


def bounds(doc) -> list[list[int]]:
    """Each token's character offset and length (`token.idx`, `len(token)`), read in C
    once per Doc."""
    data = doc.user_data
    cached = data.get(_BOUNDS)
    if cached is None or len(cached) != len(doc):
        from spacy.attrs import IDX, LENGTH

        cached = data[_BOUNDS] = doc.to_array([IDX, LENGTH]).tolist()
    return cached


def span_chars(doc, start: int, end: int) -> tuple[int, int]:
    """`doc[start:end].start_char, .end_char` for a span of at least one token, without a
    Span: a span ends where its last token does (its trailing space is not its own)."""
    offsets = bounds(doc)
    last = offsets[end - 1]
    return offsets[start][0], last[0] + last[1]


def span_text(doc, start: int, end: int) -> str:
    """`doc[start:end].text` for a span of at least one token, without a Span (`span_chars`
    and `text` read in place: a few thousand calls an article)."""
    data, length = doc.user_data, len(doc)
    offsets = data.get(_BOUNDS)
    if offsets is None or len(offsets) != length:
        offsets = bounds(doc)
    cached = data.get(_TEXT)
    if cached is None or cached[0] != length:
        cached = data[_TEXT] = (length, doc.text)
    last = offsets[end - 1]
    return cached[1][offsets[start][0]:last[0] + last[1]]
