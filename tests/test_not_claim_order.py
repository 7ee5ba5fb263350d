"""The health profile's not-claim patterns are tried only where their gate lets the text
through (lint/annotate/claims.py): the first pattern that matches, in the list's order, is
the one every pattern searched in turn finds (on the health-page sentences)."""

from __future__ import annotations

from conftest import REPO
from lint.annotate.claims import ClaimDetector
from lint.nlp import pipeline


def test_first_not_claim_as_every_pattern_searched_in_order():
    detector = ClaimDetector(pipeline("blank"))
    searches = detector.not_claim_searches
    rows = (REPO / "bench/data/health_pages/sentences.tsv").read_text(
        encoding="utf-8").splitlines()[1:]
    texts = [row.split("\t")[-1].rstrip() for row in rows]
    found = 0
    for text in texts:
        plain = next(((reason, m.group(0)) for reason, gated in detector.not_claims
                      if (m := gated.pattern.search(text))), None)
        open_ = searches.open(text)
        gated = next(((detector.not_claims[i][0], m.group(0)) for i in sorted(open_)
                      if (m := searches.search(i, text, open_))), None)
        assert gated == plain, text
        found += plain is not None
    assert found > 50
