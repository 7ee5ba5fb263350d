"""Session 19, branch i246 (from the review of i237): the glossary's term-use path
(lint/annotate/glossary_terms.py `uses`) as the GLO rules see it. A rejected form inside a
bare URL or an e-mail address is no use of the term (no GLO002 there); written in prose it is
(GLO002 at its line and column). Where a text is one entry's term and another entry's alias
("HPG axis"), the entry whose own term it is wins: the use is that entry's preferred form at
its line and column, and the other entry stays unused (GLO014)."""

from __future__ import annotations

import pytest

GLOSSARY = """
    version: 1
    entries:
      - term: clomiphene citrate
        definition: Clomiphene citrate is a selective estrogen receptor modulator.
        rejected: [clomifene citrate, clomifene]
      - term: HPG axis
        definition: The HPG axis is the hormonal system of reproduction.
      - term: hypothalamic-pituitary-gonadal axis
        definition: The hypothalamic-pituitary-gonadal axis is the hormonal system of reproduction.
        aliases: [HPG axis]
"""

TEXT = """
    # Notes

    Read https://clomifene.example.org/clomifene or write to clomifene@example.org for help.

    The HPG axis controls reproduction, and clomifene acts on it.
"""


@pytest.fixture
def glossary_project(project):
    project.write("pyproject.toml", """
        [tool.content-lint]
        paths = ["content"]
        bibliography = "references.bib"
        glossary = "glossary.yaml"
    """)
    project.write("glossary.yaml", GLOSSARY)
    project.write("content/a.md", TEXT)
    return project


def _line_column(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


def test_a_term_in_a_url_or_an_address_is_not_a_use(glossary_project):
    result = glossary_project.run(use_baseline=False)
    found = [(f.code, f.span.start.line, f.span.start.col) for f in result.diagnostics
             if f.code == "GLO002"]
    assert found == [("GLO002", 5, 41)], found  # the prose use only, not line 3's


def test_the_entry_whose_own_term_it_is_wins_over_an_alias(glossary_project):
    result = glossary_project.run(use_baseline=False, keep_documents=True)
    document = next(d for d in result.documents if str(d.path).endswith("a.md"))
    source = (glossary_project.root / "content/a.md").read_text(encoding="utf-8")
    uses = [(use.entry_index, use.role, use.text, _line_column(source, use.start))
            for use in document.annotations.terms]
    assert uses == [(1, "preferred", "HPG axis", (5, 5)),
                    (0, "rejected", "clomifene", (5, 41))], uses
    unused = [f.message for f in result.diagnostics if f.code == "GLO014"]
    assert len(unused) == 1 and "'hypothalamic-pituitary-gonadal axis'" in unused[0], unused
