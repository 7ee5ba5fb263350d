"""The per-article cost the speed benches report: a run on `make_corpus.py` 1 and one on 10.

The difference leaves out the start-up both runs pay, and the nine extra articles share it.
"""

from __future__ import annotations

SMALL, LARGE = 1, 10  # the articles of the two runs (`bench/make_corpus.py N DIR`)


def per_article(small_run: float, large_run: float) -> float:
    """(c10 − c1) / 9: what one more article costs."""
    return (large_run - small_run) / (LARGE - SMALL)
