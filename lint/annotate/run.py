"""The annotate stage: run every annotator over the checked documents."""

from __future__ import annotations

from lint.annotate.claims import annotate_claims, detector
from lint.annotate.acronyms import annotate_acronyms
from lint.annotate.definitions import annotate_definitions
from lint.annotate.evidence import annotate_evidence
from lint.annotate.glossary_terms import annotate_terms
from lint.annotate.hedges import annotate_hedges
from lint.annotate.hedges import detector as hedges_detector
from lint.annotate.mechanisms import annotate_mechanisms
from lint.annotate.sources import annotate_sources


def domain_terms(corpus) -> tuple[str, ...]:
    """Project vocabulary that annotators treat as domain terms: the glossary."""
    if corpus is None or corpus.glossary is None:
        return ()
    terms = []
    for entry in corpus.glossary.entries:
        terms.append(entry.term)
        terms.extend(entry.aliases)
        terms.extend(entry.brands)
    return tuple(dict.fromkeys(terms))


def annotate(documents, corpus, model: str) -> None:
    glossary = corpus.glossary if corpus else None
    annotate_sources(corpus.bibliography if corpus else None)
    annotate_definitions(glossary, model)
    claim_detector = detector(model, domain_terms(corpus))
    for document in documents:
        annotate_claims(document, claim_detector)
    annotate_terms(documents, glossary, model)
    annotate_acronyms(documents)
    if corpus is not None and corpus.knowledge is not None:
        annotate_mechanisms(documents, corpus.knowledge, model)
    hedge_detector = hedges_detector(model)
    for document in documents:
        annotate_hedges(document, hedge_detector)
    if corpus is not None and corpus.topics is not None:
        annotate_evidence(documents, corpus.topics, model)
