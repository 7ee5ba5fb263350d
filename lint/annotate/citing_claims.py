"""Which sentences that cite a source are claims, read from their standing (status.py).

The claim standing is copied, with its reason, onto the document, where it outlives the
sentence judgments that `compact` drops after the document rules. REF010 reads it to
speak only of references cited for a claim. One judgment is made here: whether the
sentence points the reader to a source ("A discussion of cycles in cholera can be
found in [@a]", "For a review, see [@b]"), which is further reading, not evidence: only
the citations right after the pointer words are exempt.
"""

from __future__ import annotations

import functools
import re

from lint.data import load_data
from lint.document.annotations import CitingClaim
from lint.document.citations import find_citations


@functools.cache
def _pointers() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in load_data("evidence_types.yaml")
                               ["reading_pointers"]))


def reading_pointer(text: str) -> str:
    """The words by which a text, ending where a citation stands, points to it, or ""."""
    found = _pointers().search(" ".join(text.split()))
    return found.group(0).strip() if found else ""


def pointed_citations(raw: str) -> tuple[str, tuple[str, ...]]:
    """The pointer words and the keys of the citations standing right after them: the
    text before each citation (earlier citations removed) is read, so "X reduces Y by 90%
    [@a]; a discussion can be found in [@b]" points to @b only."""
    groups: dict[tuple[int, int], list[str]] = {}
    for found in find_citations(raw):
        groups.setdefault((found.start, found.end), []).append(found.key)
    before, last, words, keys = "", 0, "", set()
    for (start, end), group in sorted(groups.items()):
        before += raw[last:start]
        last = end
        pointer = reading_pointer(before)
        if pointer:
            words = words or pointer
            keys.update(group)
    return words, tuple(sorted(keys))


def annotate_citing_claims(document) -> None:
    claims = []
    for sentence in document.sentences:
        if sentence.citations and sentence.annotations.status.claim:
            pointer, pointed = pointed_citations(sentence.raw)
            claims.append(CitingClaim(sentence, sentence.annotations.status.reasons[0],
                                      pointer, pointed))
    document.annotations.citing_claims = claims
