"""One standing per sentence, read alike by the EVD rules and the editorial report.

A sentence is a claim when the claim detector says so, or when it links a
subject of the evidence registry to one of its outcomes; headings,
captions, front matter and questions never are. Its weak topics are those
of low or very low evidence, less any subject that also has a specific
well-supported topic in the same sentence (that one outweighs the generic
weak one).
"""

from __future__ import annotations

from lint.document.annotations import ClaimStatus
from lint.document.model import BlockKind

_NOT_CLAIMS = (BlockKind.HEADING, BlockKind.CAPTION, BlockKind.FRONT_MATTER)


def claim_status(sentence) -> ClaimStatus:
    status = _standing(sentence)
    stated = sentence.annotations.hedge.evidence_stated \
        if sentence.annotations.hedge is not None else []
    if stated:
        status.evidence_stated = True
        status.reasons.append("states how weak its evidence is: "
                              + ", ".join(f"'{words}'" for words in stated))
    return status


def _standing(sentence) -> ClaimStatus:
    judged = sentence.annotations
    hedged = judged.hedge is not None and judged.hedge.hedged
    strong_subjects = {h.subject.lower() for h in judged.evidence_topics if not h.weak}
    weak = [h for h in judged.evidence_topics
            if h.weak and h.subject.lower() not in strong_subjects]
    if sentence.block.kind in _NOT_CLAIMS:
        return ClaimStatus(False, hedged, weak, [f"not a claim: a {sentence.block.kind}"])
    if sentence.text.rstrip().endswith("?"):
        return ClaimStatus(False, hedged, weak, ["not a claim: a question"])
    if judged.claim is not None and judged.claim.label:
        return ClaimStatus(True, hedged, weak, ["judged a claim"])
    if judged.evidence_topics:
        topic = judged.evidence_topics[0]
        return ClaimStatus(True, hedged, weak,
                           [f"states '{topic.subject}' … '{topic.outcome}' ({topic.label})"])
    return ClaimStatus(False, hedged, weak, ["not judged a claim"])


def annotate_status(document) -> None:
    for sentence in document.sentences:
        sentence.annotations.status = claim_status(sentence)
