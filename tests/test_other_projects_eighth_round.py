"""What the eighth round of checking others' projects found (session 18, branch i216), pinned.

Health-organisation sites, a Manubot manuscript, a Carpentries lesson, a Jupyter Book of
notebooks and a WHO guideline kit, and the round-7 mends: citations written "[@a, @b]",
a review the reader is pointed to, references in Pandoc inline notes. Our own words in
the shapes the projects use; rule cases are in tests/rules/cases (CIT003, CIT005, GLO007,
GLO008, REF010).
"""

from __future__ import annotations

import json

from lint.annotate.acronym_shapes import hand_written_references
from lint.annotate.citing_claims import pointed_citations, reading_pointer
from lint.document.citations import find_citations
from tests.conftest import cli


def test_a_key_after_a_comma_is_read_as_pandoc_reads_it():
    # Pandoc: the text after the first key up to ';' is its suffix, and "@b" in it a
    # citation of its own (listed in the references). Before: 'blower04' was no citation,
    # and anderson91's locator was "@blower04".
    found = find_citations("A long history [@anderson91, @blower04].")
    assert [(c.key, c.locator, c.suffix) for c in found] == [
        ("anderson91", "", ", @blower04"), ("blower04", "", "")]
    found = find_citations("Influenza [@lipsitch09, p. 4 and @shaman10].")
    assert [(c.key, c.locator) for c in found] == [("lipsitch09", "p. 4"), ("shaman10", "")]
    # A locator alone and ';' are as before.
    assert [(c.key, c.locator, c.suffix) for c in find_citations("X [@a, pp. 33-35; @b].")] \
        == [("a", "pp. 33-35", ""), ("b", "", "")]


def test_reading_pointers():
    assert reading_pointer("A discussion of cycles in cholera can be found in.")
    assert reading_pointer("For a review of vaccine hesitancy, see.")
    assert reading_pointer("See also.")
    # A finding is no pointer, even one that says "found in".
    assert not reading_pointer("Cholera is found in coastal water.")
    assert not reading_pointer("Vitamin D deficiency is common in winter.")


def test_a_pointer_exempts_only_the_citations_after_it():
    # Review of i216: the claim's own citation is evidence still; "See Table 2:" opening a
    # sentence points to the table, not to the citation at its end.
    assert pointed_citations(
        "Rehydration lowers cholera deaths by 90% [@a]; a discussion of seasonal cycles "
        "can be found in [@b; @c].") == ("can be found in", ("b", "c"))
    assert pointed_citations("For a review of vaccine hesitancy, see [@a].")[1] == ("a",)
    assert pointed_citations("See also @a and @b.")[1] == ("a",)
    assert pointed_citations(
        "See Table 2: rehydration lowers cholera deaths by 90% [@a].") == ("", ())


def test_references_in_inline_notes():
    text = ("As Lane et al.^[Lane SW, Ortiz BE. Maps. 2019. CRC Press, Boca Raton, FL.] "
            "write, maps help.^[In 2019 the MCH team redrew them.]")
    ranges = hand_written_references(text)
    assert [text[a:b] for a, b in ranges] == [
        "^[Lane SW, Ortiz BE. Maps. 2019. CRC Press, Boca Raton, FL.]"]


def test_notebook_chapters_are_named_as_not_checked(tmp_path):
    # alicepaul/r-for-health-data-science (CC BY 4.0): 13 notebook chapters, and the run
    # said only "0 findings in 1 file".
    (tmp_path / "_toc.yml").write_text("format: jb-book\nroot: index\nchapters:\n"
                                       "- file: book/intro\n- file: book/models\n")
    (tmp_path / "index.md").write_text("# R for health data\n\nThis book teaches R.\n")
    (tmp_path / "book").mkdir()
    notebook = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# Intro\n"]}],
                "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    for name in ("intro", "models"):
        (tmp_path / "book" / f"{name}.ipynb").write_text(json.dumps(notebook))
    done = cli(tmp_path, "check", "--no-baseline", "--no-cache")
    assert "note: 2 notebook chapters are not checked as text" in done.stderr
    assert "book/intro.ipynb, book/models.ipynb" in done.stderr


def test_a_fhir_page_that_only_includes_another_is_read_as_that_page(tmp_path):
    # WorldHealthOrganization/smart-dak-tb: index.md is a comment and
    # "{% include index-dak.md %}"; the home page's text (which defines the acronyms the
    # other pages use) was read last, as an unlisted page.
    folder = tmp_path / "input" / "pagecontent"
    folder.mkdir(parents=True)
    (tmp_path / "sushi-config.yaml").write_text(
        "id: dak\ntitle: TB guide\npages:\n  index.md:\n    title: Home\n"
        "  changes.md:\n    title: Changes\n")
    (folder / "index.md").write_text("<!-- keep only this -->\n{% include home.md %}")
    (folder / "home.md").write_text("The digital adaptation kit (DAK) guides care.\n")
    (folder / "changes.md").write_text("The DAK content is unchanged.\n")
    from lint.project import detect_project

    project = detect_project(tmp_path)
    assert [p.name for p in project.documents][:2] == ["home.md", "changes.md"]
    assert "index.md" not in [p.name for p in project.documents]


def test_an_acronym_defined_in_an_earlier_chapter_is_not_used_before_its_definition(tmp_path):
    # carpentries-incubator/high-dimensional-stats-r (CC BY 4.0): episode 4 defines PCA,
    # episode 6 uses it and defines it again further down. Before: GLO005 "'PCA' is used
    # before it is defined (line 195)" in episode 6.
    (tmp_path / "_bookdown.yml").write_text('rmd_files: ["index.Rmd", "a.Rmd", "b.Rmd"]\n')
    (tmp_path / "index.Rmd").write_text("---\ntitle: Statistics\n---\n\n# Preface\n\nText.\n")
    (tmp_path / "a.Rmd").write_text("# PCA\n\nPrincipal component analysis (PCA) finds axes.\n")
    (tmp_path / "b.Rmd").write_text("# Clusters\n\nPCA can reduce the dimension first.\n\n"
                                    "Principal component analysis (PCA) is described above.\n")
    done = cli(tmp_path, "check", "--no-baseline", "--no-cache", "--select", "GLO005",
               "--format", "json")
    assert json.loads(done.stdout)["diagnostics"] == []
