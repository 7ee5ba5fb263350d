"""The annotate stage: run every annotator over the checked documents.

Corpus-level judgments (source types of references, glossary definitions)
are made once per run; per-document judgments by `Annotators`, whose
matchers are built once per process and then used for any number of
documents, in one process or in each worker of `--jobs`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Callable, Protocol

from lint.annotate.acronyms import annotate_acronyms
from lint.annotate.citing_claims import annotate_citing_claims
from lint.annotate.claims import annotate_claims, detector
from lint.annotate.coverage import judge as coverage_judge
from lint.annotate.in_context import judge as in_context_judge
from lint.annotate.own_work import judge as own_work_judge
from lint.annotate.definitions import annotate_definitions
from lint.annotate.evidence import detector_for as topic_detector_for
from lint.annotate.glossary_terms import TermMatcher
from lint.annotate.hedges import annotate_hedges
from lint.annotate.hedges import detector as hedges_detector
from lint.annotate.mechanisms import annotate_mechanisms, extractor_for
from lint.annotate.overclaims import annotate_overclaims
from lint.annotate.sources import annotate_sources
from lint.annotate.status import annotate_status
from lint.document.model import Document


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


def annotate_corpus(corpus, model: str) -> None:
    """Judgments about the shared files: reference source types, glossary definitions."""
    annotate_sources(corpus.bibliography if corpus else None)
    annotate_definitions(corpus.glossary if corpus else None, model)
    if corpus is not None:
        corpus.annotated = True


class Annotator(Protocol):
    """The one interface of the annotate stage: judge these documents, store on them."""

    def annotate(self, documents: list[Document]) -> None: ...


@dataclass(slots=True)
class EachDocument:
    """An annotator that judges one document at a time."""

    judge: Callable[[Document], None]

    def annotate(self, documents: list[Document]) -> None:
        for document in documents:
            self.judge(document)


@dataclass(slots=True)
class AllDocuments:
    """An annotator whose judgments span the documents it is given (acronyms, mechanisms)."""

    judge: Callable[[list[Document]], None]

    def annotate(self, documents: list[Document]) -> None:
        self.judge(documents)


class Annotators:
    """The per-document annotators of a run, in the order their judgments build up.

    Matchers are built once per process; each annotator is the only writer of its
    annotation (lint/document/annotations.py).
    """

    def __init__(self, corpus, model: str):
        from lint.nlp import pipeline

        nlp = pipeline(model)
        glossary = corpus.glossary if corpus else None
        knowledge = corpus.knowledge if corpus else None
        topics = corpus.topics if corpus else None
        claims = detector(model, domain_terms(corpus), corpus.genre if corpus else "health")
        hedges = hedges_detector(model)
        self.stages: list[Annotator] = [
            EachDocument(functools.partial(annotate_claims, claim_detector=claims)),
            EachDocument(coverage_judge(model).annotate)]
        if corpus and corpus.genre == "scholarly":
            self.stages.append(EachDocument(own_work_judge(model).annotate))
            self.stages.append(EachDocument(in_context_judge().annotate))
        if glossary and glossary.entries:
            self.stages.append(EachDocument(TermMatcher(nlp, glossary).annotate))
        project = corpus.project if corpus else None
        self.stages.append(AllDocuments(functools.partial(
            annotate_acronyms, project_metadata=project.metadata if project is not None else None)))
        if knowledge is not None:
            extractor = extractor_for(nlp, knowledge)
            self.stages.append(AllDocuments(
                functools.partial(annotate_mechanisms, extractor=extractor)))
        self.stages.append(EachDocument(functools.partial(annotate_hedges,
                                                          hedge_detector=hedges)))
        if topics is not None:
            self.stages.append(EachDocument(topic_detector_for(nlp, topics, knowledge).annotate))
        self.stages += [EachDocument(annotate_status), EachDocument(annotate_overclaims),
                        EachDocument(annotate_citing_claims)]

    def annotate(self, documents: list[Document]) -> None:
        for stage in self.stages:
            stage.annotate(documents)
