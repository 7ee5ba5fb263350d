from __future__ import annotations

import pytest

from lint.document.citations import find_citations


@pytest.mark.parametrize("text,expected", [
    ("a [@wenkler2018age].", [("wenkler2018age", "", False)]),
    ("x [see @a, p. 4; -@b] y", [("a", "p. 4", False), ("b", "", False)]),
    ("as @doe99 shows.", [("doe99", "", True)]),
    ("@doe99 [p. 33] says", [("doe99", "p. 33", True)]),
    ("[@{odd key!}]", [("odd key!", "", False)]),
    ("mail me@example.com today", []),
    ("[link text] and [@] and [x](y)", []),
    ("[@a:b.c-d]", [("a:b.c-d", "", False)]),
])
def test_pandoc_citation_syntax(text, expected):
    found = [(c.key, c.locator, c.narrative) for c in find_citations(text)]
    assert found == expected


def test_suppress_author_and_prefix():
    (citation,) = find_citations("[see -@smith04, pp. 33-35]")
    assert citation.suppress_author and citation.prefix == "see"
    assert citation.locator == "pp. 33-35"
