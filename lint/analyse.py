"""Segment and annotate the checked documents, in one process or with `--jobs N`.

Documents go through in batches. Once a batch is annotated its spaCy Docs
are dropped: every judgment lives on the document model, so memory stays
flat however many articles a run checks. With more than one job, worker
processes forked from this one (with its pipeline and matchers already
built) analyse batches and send the annotated documents back, in order.
Where the platform cannot fork, the run stays in one process.
"""

from __future__ import annotations

import gc
import multiprocessing
import os

from lint.document.model import Document

BATCH = 16  # documents per nlp.pipe call and per task sent to a worker

# The state a forked worker inherits: set just before the pool starts.
_WORK: tuple | None = None


def analyse(documents: list[Document], corpus, model: str, annotate: bool,
            jobs: int = 1) -> list[Document]:
    """The documents segmented (and annotated when `annotate`), in the same order.

    With `jobs > 1` the returned documents are copies made by the workers;
    the caller must use them in place of the ones it passed.
    """
    from lint.nlp import pipeline

    pipeline(model)  # loaded once, before any fork
    annotators = None
    if annotate:
        from lint.annotate.run import Annotators, annotate_corpus

        annotate_corpus(corpus, model)
        annotators = Annotators(corpus, model)
    batches = [documents[i:i + BATCH] for i in range(0, len(documents), BATCH)]
    jobs = min(effective_jobs(jobs), len(batches))
    if jobs <= 1:
        for batch in batches:
            _analyse_batch(batch, model, annotators)
        return documents
    global _WORK
    _WORK = (batches, model, annotators)
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


def effective_jobs(jobs: int) -> int:
    """0 means one job per core; without fork there is one job."""
    if jobs == 0:
        jobs = os.cpu_count() or 1
    if jobs > 1 and "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, jobs)


def _analyse_batch(batch: list[Document], model: str, annotators) -> None:
    from lint.nlp import segment

    segment(batch, model)
    if annotators is not None:
        annotators.annotate(batch)
    for document in batch:
        for block in document.blocks:
            block.nlp_doc = None


def _analyse_in_worker(index: int) -> list[Document]:
    batches, model, annotators = _WORK
    batch = batches[index]
    _analyse_batch(batch, model, annotators)
    return batch
