"""Which sentences that cite a source are claims, read from their standing (status.py).

Nothing is judged here: the claim standing is copied, with its reason, onto the
document, where it outlives the sentence judgments that `compact` drops after the
document rules. REF010 reads it to speak only of references cited for a claim.
"""

from __future__ import annotations

from lint.document.annotations import CitingClaim


def annotate_citing_claims(document) -> None:
    document.annotations.citing_claims = [
        CitingClaim(sentence, sentence.annotations.status.reasons[0])
        for sentence in document.sentences
        if sentence.citations and sentence.annotations.status.claim]
