"""Load, segment and annotate the checked articles, in one process or with `--jobs N`.

Articles go through one at a time (`STEP`). Once one is annotated its
spaCy Docs are dropped: every judgment lives on the document model, so memory does
not hold a Doc per article. With more than one job, worker processes
forked from this one (with its pipeline and matchers already built) load
and analyse batches and send the documents back, in order. Where the
platform cannot fork, the run stays in one process.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from pathlib import Path
from sys import intern
from typing import Callable

from lint.document.annotations import DocumentAnnotations, SentenceAnnotations
from lint.document.model import BlockMeta, Document

BATCH = 16  # articles per task sent to a worker
# Articles read together (one nlp.pipe, one pass of each annotator), then compacted: what a
# process holds beyond the compacted articles is these articles' Docs, word lists and
# judgments, some 3 MiB an article. One at a time costs no more work than 16 (callgrind,
# 10 articles: +0.01 %) and holds the least; each article is analysed on its own, so the
# step changes no judgment.
STEP = 1

# What a forked worker inherits: set just before the pool starts.
_WORK: tuple | None = None


def analyse(paths: list[Path], load: Callable[[Path], Document], corpus, model: str,
            annotate: bool, jobs: int = 1,
            check: Callable[[Document], list] = lambda document: []) -> list[tuple]:
    """(document, check(document)) for each path: loaded, segmented and annotated if readable.

    `check` runs right after a batch is analysed, in the process that analysed it.
    """
    jobs = min(effective_jobs(jobs), len(paths))
    analyser = _Analyser(load, corpus, model, annotate, check)
    if jobs <= 1:
        batches = [paths[i:i + BATCH] for i in range(0, len(paths), BATCH)]
        return [document for batch in batches for document in analyser(batch)]
    batches = shrinking_batches(paths, jobs)
    analyser.prepare()  # the pipeline and matchers, built once, before the fork
    global _WORK
    _WORK = (batches, analyser)
    # Frozen objects are never scanned by the cyclic GC: workers then neither
    # spend time on the inherited heap nor copy its pages by touching it.
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            done = pool.imap(_analyse_in_worker, range(len(batches)))
            return [document for batch in done for document in batch]
    finally:
        _WORK = None
        gc.unfreeze()


def shrinking_batches(paths: list, jobs: int) -> list[list]:
    """Tasks for `jobs` workers: at most BATCH articles, each a share of what is left.

    Every batch is a quarter of the remaining work per worker, so the last ones
    hold an article or two: workers finish within an article of each other
    instead of one waiting for the other's last large batch (with equal
    articles, 100 in tasks of 13 left one worker 4 articles behind). Batches
    change no judgment: each article is analysed on its own.
    """
    batches, start = [], 0
    while start < len(paths):
        size = max(1, min(BATCH, (len(paths) - start) // (jobs * 4)))
        batches.append(paths[start:start + size])
        start += size
    return batches


def effective_jobs(jobs: int) -> int:
    """0 means one job per core; without fork there is one job."""
    if jobs == 0:
        jobs = os.cpu_count() or 1
    if jobs > 1 and "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, jobs)


class _Analyser:
    def __init__(self, load, corpus, model: str, annotate: bool, check):
        self.load = load
        self.check = check
        self.corpus = corpus
        self.model = model
        self.annotate = annotate
        self.annotators = None
        self.prepared = False

    def prepare(self) -> None:
        """Load spaCy and build the annotators; only once there is prose to read."""
        if self.prepared:
            return
        from lint.nlp import pipeline

        pipeline(self.model)
        if self.annotate:
            from lint.annotate.run import Annotators, annotate_corpus

            if self.corpus is None or not self.corpus.annotated:
                annotate_corpus(self.corpus, self.model)
            self.annotators = Annotators(self.corpus, self.model)
            from lint import phrase_tokens

            phrase_tokens.release()  # only the matchers' build reads it
        self.prepared = True

    def __call__(self, paths: list[Path]) -> list[tuple]:
        return [done for start in range(0, len(paths), STEP)
                for done in self._step(paths[start:start + STEP])]

    def _step(self, paths: list[Path]) -> list[tuple]:
        documents = [self.load(path) for path in paths]
        readable = [d for d in documents
                    if d.readable and not any(p.fatal for p in d.problems)]
        if readable:
            from lint.nlp import segment

            self.prepare()
            segment(readable, self.model)
            if self.annotators is not None:
                self.annotators.annotate(readable)
            for document in readable:
                for block in document.blocks:
                    block.nlp_doc = None
        return [(document, self.check(document)) for document in documents]


def _analyse_in_worker(index: int) -> list[tuple]:
    batches, analyser = _WORK
    return analyser(batches[index])


# What corpus-scope rules and the filter read of an article once all are analysed
# (CIT003 citations, GLO014 which glossary entries are used, MEC assertions and drug
# mentions with their sentences' texts and places, suppressions); `compact` keeps that
# and drops the rest, the file's text too (its length and line starts still place
# offsets): memory, the pickles `--jobs` workers send and the article cache all shrink.
def compact(document: Document) -> None:
    if document.source is not None:
        document.source.text = ""
    kept = document.annotations
    terms = kept.terms
    if terms is not None:  # the first use of each entry: GLO014 asks which are used
        first: dict[int, object] = {}
        for use in terms:
            first.setdefault(use.entry_index, use)
        terms = list(first.values())
    document.annotations = DocumentAnnotations(
        terms=terms, mechanisms=kept.mechanisms, drug_mentions=kept.drug_mentions,
        hormone_relations=kept.hormone_relations, citing_claims=kept.citing_claims)
    for assertion in kept.mechanisms:
        # Drug keys and values come from small vocabularies, but each reading makes its
        # own string ("lh:up"): one object per spelling for the rest of the run.
        if type(assertion.drug) is str and type(assertion.value) is str:
            assertion.drug = intern(assertion.drug)
            assertion.value = intern(assertion.value)
    referenced = {id(item.sentence) for group in (terms or [], kept.mechanisms,
                                                  kept.drug_mentions, kept.hormone_relations,
                                                  kept.citing_claims)
                  for item in group}
    # One empty record per document instead of one per sentence (nothing reads them now).
    empty, meta = SentenceAnnotations(), BlockMeta()
    for section in document.sections:
        blocks = []
        for block in section.blocks:
            block.meta = meta
            block.mapping = None  # offsets are already resolved on every finding
            block.text = ""  # corpus rules quote sentences, not blocks
            for sentence in block.sentences:
                # Dropped sentences too: a term use points back at its sentence, and that
                # cycle would outlive the sentence while the collector is off (lint/cli.py).
                sentence.annotations = empty
                sentence.raw = ""
            block.sentences = [s for s in block.sentences if id(s) in referenced]
            if block.sentences or block.citations:
                blocks.append(block)
        section.blocks = blocks
