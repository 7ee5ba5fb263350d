"""Which sentences that cite a source are claims, read from their standing (status.py).

The claim standing is copied, with its reason, onto the document, where it outlives the
sentence judgments that `compact` drops after the document rules. REF010 reads it to
speak only of references cited for a claim. One judgment is made here: whether the
sentence points the reader to its source ("A discussion of cycles in cholera can be
found in [@a]", "For a review, see [@b]"), which is further reading, not evidence.
"""

from __future__ import annotations

import functools
import re

from lint.data import load_data
from lint.document.annotations import CitingClaim


@functools.cache
def _pointers() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in load_data("evidence_types.yaml")
                               ["reading_pointers"]))


def reading_pointer(text: str) -> str:
    """The words by which a sentence points to its source, or ""."""
    found = _pointers().search(text.strip())
    return found.group(0).strip() if found else ""


def annotate_citing_claims(document) -> None:
    document.annotations.citing_claims = [
        CitingClaim(sentence, sentence.annotations.status.reasons[0],
                    reading_pointer(sentence.text))
        for sentence in document.sentences
        if sentence.citations and sentence.annotations.status.claim]
