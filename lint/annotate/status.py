"""One standing per sentence, read alike by the EVD rules and the editorial report.

A sentence is a claim when the claim detector says so, or when it links a
subject of the evidence registry to one of its outcomes; headings,
captions, front matter and questions never are. Its weak topics are those
of low or very low evidence, less any subject that also has a specific
well-supported topic in the same sentence (that one outweighs the generic
weak one).
"""

from __future__ import annotations

import functools
import re

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
    count = len(hedge.evidence_stated)
    stated = [words for words, rest, elsewhere, tags, before_harm in zip(
                  hedge.evidence_stated, hedge.evidence_clauses, hedge.evidence_elsewhere,
                  hedge.evidence_tags or [""] * count,
                  hedge.evidence_before_harm or [""] * count)
              if all(_speaks_for(words, rest, elsewhere, tags.split(), before_harm, topic,
                                 sentence)
                     for topic in status.weak_topics)]
    if stated:
        status.evidence_stated = True
        status.reasons.append("states how weak its evidence is: "
                              + ", ".join(f"'{words}'" for words in stated))
    return status


def _names(words: str, term: str) -> bool:
    """The words hold the term as whole words (punctuation beside it allowed)."""
    term = term.lower()
    # (a match holds the term as written: most registry names are not in the words at all,
    # and a substring test costs less than finding the pattern in `re`'s cache)
    return term in words and re.search(rf"(?<!\w){re.escape(term)}(?!\w)", words) is not None


def _speaks_for(words: str, rest: str, elsewhere: str, tags: list[str], before_harm: str,
                topic, sentence) -> bool:
    """Does the statement speak for the claim on `topic`? A clause going on to a harm does
    only when it names the topic's outcome before the harm ("no evidence that it heals
    tendons or that it is free of side effects"), one about safety alone only when it names
    the outcome; a clause closing the sentence after a contrast or
    ";" does unless it names another agent of the registry ("…, yet trials of TB-500 are
    lacking"; review finalB of i306); any other, when it is about the claim (`_in_clause`)."""
    clause = f"{words.lower()} {rest}" if rest else sentence.text.lower()
    # the words up to the harm are the hedges annotator's (`_stated`), not read again here
    if "harm" in tags and not _names(f"{words.lower()} {before_harm}", topic.outcome):
        return False
    if "safety" in tags and not any(_names(clause, outcome) for outcome in _outcomes(topic)):
        return False
    if "closing" in tags:
        return not _other_subjects(clause, topic, sentence)
    return _in_clause(rest, elsewhere, topic)


def _outcomes(topic) -> tuple[str, ...]:
    """Any outcome word of the claim's topic, not only the one the claim matched ("… tested
    for safety or for healing" beside "knits ligaments"; review finalC of i314)."""
    from lint.annotate.evidence import load_topics

    listed = load_topics().get(topic.topic, {}).get("outcomes") or []
    return (topic.outcome, *(word.lower() for word in listed))


def _other_subjects(words: str, topic, sentence) -> list[str]:
    """Registry subjects, and research-compound codes of the sentence ("TB-500"), that the
    words name other than the claim's topic subject; none when they name that subject
    ("trials of BPC-157 and TB-500"), and never its kind words or aliases ("the peptide",
    "pentadeca arginate"; review finalC of i314)."""
    own = topic.subject.lower()
    if _names(words, own):
        return []
    own_names = {own, *_aliases(own), *_generic_subjects()}
    codes = {code.lower() for code in _code_pattern().findall(sentence.text)}
    return [name for name in (*_registry_subjects(), *sorted(codes))
            if name not in own_names and _names(words, name)]


@functools.cache
def _generic_subjects() -> frozenset[str]:
    from lint.data import load_data

    return frozenset(name.lower() for name in
                     load_data("evidence_topics.yaml")["generic_subjects"])


def _aliases(subject: str) -> frozenset[str]:
    """The other names of the subject: its drug entry's names and the registry's aliases."""
    return _alias_table().get(subject, frozenset())


@functools.cache
def _alias_table() -> dict[str, frozenset[str]]:
    from lint.data import load_data

    groups = [entry.get("names") or [] for entry in load_data("drugs.yaml")["drugs"]]
    groups += load_data("evidence_topics.yaml").get("subject_aliases") or []
    table: dict[str, set[str]] = {}
    for group in groups:
        names = {str(name).lower() for name in group}
        for name in names:
            table.setdefault(name, set()).update(names - {name})
    return {name: frozenset(others) for name, others in table.items()}


@functools.cache
def _registry_subjects() -> tuple[str, ...]:
    """The packaged registry's subject names, lower-cased (its classes' members included)."""
    from lint.annotate.evidence import load_topics

    return tuple(sorted({name.lower() for topic in load_topics().values()
                         for name in topic["subjects"]}))


@functools.cache
def _code_pattern() -> re.Pattern:
    """The registry's shape of a research compound's code (evidence_topics.yaml)."""
    from lint.data import load_data

    return re.compile(load_data("evidence_topics.yaml")["research_compounds"]["code"])


def _in_clause(rest: str, elsewhere: str, topic) -> bool:
    """The statement's clause is the whole sentence (""), or names the topic's outcome, or
    its subject while the rest of the sentence does not name the outcome ("Skeptics say the
    research is lacking, but BPC-157 heals …", "While other peptides remain unproven,
    BPC-157 heals …": the statement is about another clause; review of i295)."""
    if not rest:
        return True
    return _names(rest, topic.outcome) or (_names(rest, topic.subject)
                                           and not _names(elsewhere, topic.outcome))


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
