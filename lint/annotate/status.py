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
    hedge = sentence.annotations.hedge
    if hedge is None:
        return status
    if status.hedged and hedge.naming_only:
        # "BPC-157, often called the wolverine peptide, heals …": the qualifier qualifies
        # the name given, not the claim (review of i295)
        status.hedged = False
        status.reasons.append("its only qualifier sits in a name it gives: "
                              + ", ".join(f"'{words}'" for words in hedge.naming))
    stated = [words for words, rest, elsewhere in zip(
                  hedge.evidence_stated, hedge.evidence_clauses, hedge.evidence_elsewhere)
              if all(_in_clause(rest, elsewhere, topic) for topic in status.weak_topics)]
    if stated:
        status.evidence_stated = True
        status.reasons.append("states how weak its evidence is: "
                              + ", ".join(f"'{words}'" for words in stated))
    return status


def _in_clause(rest: str, elsewhere: str, topic) -> bool:
    """The statement's clause is the whole sentence (""), or names the topic's outcome, or
    its subject while the rest of the sentence does not name the outcome ("Skeptics say the
    research is lacking, but BPC-157 heals …", "While other peptides remain unproven,
    BPC-157 heals …": the statement is about another clause; review of i295)."""
    if not rest:
        return True
    def names(words: str, term: str) -> bool:
        return f" {term.lower()} " in f" {words} "
    return names(rest, topic.outcome) or (names(rest, topic.subject)
                                          and not names(elsewhere, topic.outcome))


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
