"""What the fifth round of checking others' projects found (session 15), pinned.

Excerpts keep their licence: bids-standard/bids-specification (MkDocs, CC BY 4.0),
FAIRplus/the-fair-cookbook (Jupyter Book 0.10, CC BY 4.0), jhudsl/
Reproducibility_in_Cancer_Informatics (bookdown, MIT). gabrielodom/PHC6099_rBiostat
(CC BY-NC-ND) is copied in shape only: its packages.bib entries are R's own
`citation()` records, written here as knitr writes them. Full checks use the in-process
`cli`.
"""

from __future__ import annotations

import json

from lint.project import detect_project
from lint.project_notebooks import notebook_citation_keys
from tests.conftest import cli


def _codes(root, *select):
    done = cli(root, "check", "--no-baseline", "--no-cache", "--format", "json",
               *(("--select", ",".join(select)) if select else ()))
    return done.returncode, [(d["code"], d["file"], d["start"]["line"], d["message"])
                             for d in json.loads(done.stdout)["diagnostics"]]


# -- MkDocs (bids-specification) ---------------------------------------------------------
MKDOCS_YML = """site_name: Brain Imaging Data Structure 1.11.2-dev
nav:
  - The BIDS Specification:
      - Introduction: introduction.md
      - Common principles: common-principles.md
      - Modality specific files:
          - Microscopy: modality-specific-files/microscopy.md
      - Changelog: CHANGES.md
  - The BIDS Website:
      - Getting started: https://bids.neuroimaging.io/getting_started/
exclude_docs: |
  README.md
  pregh-changes.md
markdown_extensions:
  - pymdownx.superfences:
      custom_fences:
        - name: tsv
          class: tsv
          format: !!python/name:bidsschematools.render.tsv.fence
docs_dir: "src"
"""
INDEX = ("# The Brain Imaging Data Structure\n\nThe Brain Imaging Data Structure (BIDS) is "
         "a simple and intuitive way to\norganize and describe data.\n")
PRINCIPLES = (
    "# Common principles\n\n## Definitions\n\n"
    "The keywords \"MUST\", \"MUST NOT\", \"REQUIRED\", \"SHALL\", \"SHALL NOT\", \"SHOULD\",\n"
    "\"SHOULD NOT\", \"RECOMMENDED\", \"MAY\", and \"OPTIONAL\" in this document are to be\n"
    "interpreted as described in [[RFC2119](https://www.ietf.org/rfc/rfc2119.txt)].\n\n"
    "Based on these keywords, we define three requirement levels for specifying data or "
    "metadata:\nREQUIRED, RECOMMENDED, and OPTIONAL.\n")
MICROSCOPY = (
    "# Microscopy\n\n## Microscopy imaging data\n\n"
    "{{ MACROS___make_filename_template(\"raw\", datatypes=[\"micr\"], suffixes=[\"TEM\", "
    "\"SEM\", \"uCT\", \"BF\", \"DF\",\n\"PC\", \"DIC\", \"FLUO\", \"CONF\", \"PLI\", \"CARS\", "
    "\"2PE\", \"MPE\", \"SR\", \"NLO\", \"OCT\", \"SPIM\", \"XPCT\"], n_dupes_to_combine=4) }}\n\n"
    "Microscopy data MUST be stored in the `micr` directory.\n\n"
    "The [`sample-<label>`](../appendices/entities.md#sample) entity is REQUIRED for\n"
    "Microscopy data and is used to distinguish between different samples from the same "
    "subject.\n")


def _bids(root):
    (root / "src" / "modality-specific-files").mkdir(parents=True)
    (root / "src" / "schema").mkdir()
    (root / "mkdocs.yml").write_text(MKDOCS_YML)
    (root / "src" / "index.md").write_text(INDEX)
    (root / "src" / "introduction.md").write_text("# Introduction\n\nBIDS describes data.\n")
    (root / "src" / "common-principles.md").write_text(PRINCIPLES)
    (root / "src" / "modality-specific-files" / "microscopy.md").write_text(MICROSCOPY)
    (root / "src" / "schema" / "README.md").write_text("# Schema\n\nHow the TSV is built.\n")
    (root / "src" / "CHANGES.md").write_text("# Changelog\n\n- Fixed a link.\n")
    (root / "src" / "glossary.md").write_text("# Glossary\n\nTerms.\n")
    # The repository's own files beside the site: not pages.
    (root / "Release_Protocol.md").write_text("# Release\n\nTag the PR.\n")


def test_an_mkdocs_site_is_read_in_its_nav_order(tmp_path):
    # Before: a folder of Markdown: every page "has no front matter" (DOC003, 59 in the
    # specification), the repository's READMEs and release notes read as articles, and a
    # mkdocs.yml with a Python tag unreadable.
    _bids(tmp_path)
    project = detect_project(tmp_path)
    assert project.kind == "mkdocs" and project.unit
    # The home page, the nav's pages, then the pages left out of the nav (still built);
    # exclude_docs' README.md is not a page, nor is anything outside docs_dir.
    assert project.chapters == ["src/index.md", "src/introduction.md",
                                "src/common-principles.md",
                                "src/modality-specific-files/microscopy.md", "src/CHANGES.md",
                                "src/glossary.md"]
    assert project.metadata["title"] == "Brain Imaging Data Structure 1.11.2-dev"
    code, found = _codes(tmp_path, "DOC003", "GLO005", "GLO008")
    assert found == []


def test_an_mkdocs_nav_page_that_is_absent_is_named(tmp_path):
    _bids(tmp_path)
    (tmp_path / "src" / "introduction.md").unlink()
    assert detect_project(tmp_path).missing == ["src/introduction.md"]


def test_mkdocs_nav_entries_are_filtered_as_the_listing_is(tmp_path):
    # Before: every nav entry was a page: a notebook read as text, a page outside docs_dir,
    # one exclude_docs names, and a page listed twice (read twice).
    _bids(tmp_path)
    (tmp_path / "src" / "analysis.ipynb").write_text(
        '{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}')
    (tmp_path / "src" / "pregh-changes.md").write_text("# Old changes\n\nOld.\n")
    (tmp_path / "mkdocs.yml").write_text(MKDOCS_YML.replace(
        "      - Changelog: CHANGES.md\n",
        "      - Changelog: CHANGES.md\n      - Again: introduction.md\n"
        "      - Analysis: analysis.ipynb\n      - Old: pregh-changes.md\n"
        "      - Release: ../Release_Protocol.md\n      - Logo: logo.png\n"))
    project = detect_project(tmp_path)
    assert project.chapters == ["src/index.md", "src/introduction.md",
                                "src/common-principles.md",
                                "src/modality-specific-files/microscopy.md", "src/CHANGES.md",
                                "src/glossary.md"]
    assert [project.relative(p) for p in project.notebooks] == ["src/analysis.ipynb"]
    assert project.missing == []


def test_an_mkdocs_home_page_may_be_docs_readme(tmp_path):
    # Before: with no index.md, MkDocs' home page docs/README.md was dropped as a
    # repository README.
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: A site\nnav:\n  - Guide: guide.md\n")
    (tmp_path / "docs" / "README.md").write_text("# Home\n\nWelcome.\n")
    (tmp_path / "docs" / "guide.md").write_text("# Guide\n\nRead on.\n")
    assert detect_project(tmp_path).chapters == ["docs/README.md", "docs/guide.md"]
    # Excluded, it is no page; beside an index.md it is none either (index.md is home).
    (tmp_path / "mkdocs.yml").write_text("site_name: A site\nexclude_docs: README.md\n")
    assert detect_project(tmp_path).chapters == ["docs/guide.md"]
    (tmp_path / "mkdocs.yml").write_text("site_name: A site\n")
    (tmp_path / "docs" / "index.md").write_text("# Index\n\nHome.\n")
    assert detect_project(tmp_path).chapters == ["docs/index.md", "docs/guide.md"]


def test_template_expressions_and_requirement_keywords_are_not_acronyms(tmp_path):
    # Before: GLO008 on TEM, SEM, DIC, FLUO ... inside the macro call and on REQUIRED.
    (tmp_path / "a.md").write_text("---\ntitle: Microscopy\n---\n\n" + MICROSCOPY)
    code, found = _codes(tmp_path, "GLO005", "GLO008")
    assert found == []
    # The same words in prose are acronyms still.
    (tmp_path / "a.md").write_text(
        "---\ntitle: Microscopy\n---\n\nThe samples were imaged by TEM and SEM.\n")
    code, found = _codes(tmp_path, "GLO008")
    assert [m.split("'")[1] for _, _, _, m in found] == ["TEM", "SEM"]


# -- Jupyter Book 0.10 (the FAIR Cookbook) -------------------------------------------------
LEGACY_TOC = """- file: content/home

- part: FOREWORD
  numbered: false
  chapters:
    - file: content/recipes/introduction/FAIR-cookbook-audience
      title: Introduction
    - file: content/recipes/introduction/brief-FAIR-principles
      title: Introducing the FAIR Principles

- part: FAIR RECIPES
  chapters:
    - file: content/recipes/findability
      sections:
      - file: content/recipes/findability/identifiers
"""


def test_a_jupyter_book_0_10_table_of_contents_is_read(tmp_path):
    # Before: _toc.yml as a list was not read: "no documents found", exit 2.
    (tmp_path / "_toc.yml").write_text(LEGACY_TOC)
    (tmp_path / "_config.yml").write_text(
        'title: ""\nbibtex_bibfiles:\n  - _bibliography/bibliography-faircookbook.bib\n')
    names = ["home", "recipes/introduction/FAIR-cookbook-audience",
             "recipes/introduction/brief-FAIR-principles", "recipes/findability",
             "recipes/findability/identifiers"]
    for name in names:
        path = tmp_path / "content" / f"{name}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"# {name}\n\nText.\n")
    project = detect_project(tmp_path)
    assert project.kind == "jupyter-book"
    assert project.chapters == [f"content/{name}.md" for name in names]


# A sentence of the FAIR Cookbook (content/recipes/interoperability/identifier-mapping.md,
# CC BY 4.0), whose only citation is sphinxcontrib-bibtex's footnote role, put in a
# notebook's Markdown cell as a Jupyter Book chapter holds it.
FOOTCITE = ("we run into a situation that has been described as \"scientific lenses\" "
            "(see {footcite}`batchelor_scientific_nodate`).")


def _notebook(path, *cells):
    path.write_text(json.dumps({"nbformat": 4, "cells": [
        {"cell_type": kind, "source": text, "metadata": {}} for kind, text in cells]}))


def test_a_notebook_cell_cited_only_by_footcite_counts(tmp_path):
    # Before: the cell was skipped unless it held "@" or "{cite" ("{footcite" holds
    # neither), so the entry was "never cited" (CIT003).
    _notebook(tmp_path / "a.ipynb", ("markdown", FOOTCITE),
              ("code", "x = '{footcite}`not_a_citation`'"))
    assert notebook_citation_keys(tmp_path / "a.ipynb") == ["batchelor_scientific_nodate"]
    # Roles the reader does not take are no citations: `{footnote}` is none.
    _notebook(tmp_path / "b.ipynb", ("markdown", "See {footnote}`x` and {ref}`y`."))
    assert notebook_citation_keys(tmp_path / "b.ipynb") == []


# -- Bibliographies ----------------------------------------------------------------------
# R's citation("boot"), as knitr::write_bib writes it into a chapter's packages.bib.
BOOT = """@Book{boot1997,
  title = {Bootstrap Methods and Their Applications},
  author = {{A. C. Davison} and {D. V. Hinkley}},
  publisher = {Cambridge University Press},
  address = {Cambridge},
  year = {1997},
  note = {ISBN 0-521-57391-2},
}
"""


def test_the_same_entry_in_two_files_is_no_duplicate(tmp_path):
    # Before: REF002 "duplicate key 'boot1997' (first defined in ...)" for each of 33
    # identical entries in a Quarto book whose chapters keep their own packages.bib.
    (tmp_path / "lessons").mkdir()
    (tmp_path / "_quarto.yml").write_text(
        "project:\n  type: book\nbibliography: packages.bib\nbook:\n  title: T\n"
        "  chapters:\n    - lessons/boot.qmd\n")
    (tmp_path / "packages.bib").write_text(BOOT)
    (tmp_path / "lessons" / "packages.bib").write_text(BOOT)
    (tmp_path / "lessons" / "boot.qmd").write_text(
        "---\ntitle: Bootstrap\nbibliography: packages.bib\n---\n\n"
        "We resample the data [@boot1997].\n")
    code, found = _codes(tmp_path, "REF002")
    assert found == []
    # An entry that differs under the same key is a duplicate still.
    (tmp_path / "lessons" / "packages.bib").write_text(BOOT.replace("{1997}", "{1999}"))
    code, found = _codes(tmp_path, "REF002")
    assert [(c, f) for c, f, _, _ in found] == [("REF002", "lessons/packages.bib")]


def test_a_month_in_full_says_which_string_bibtex_reads(tmp_path):
    # Reproducibility_in_Cancer_Informatics book.bib (MIT): `month = December`, which
    # BibTeX and biber drop; the help used to suggest `month = {December}`.
    (tmp_path / "a.md").write_text("---\ntitle: T\nbibliography: book.bib\n---\n\n"
                                   "Cited [@Csendes2020].\n")
    entry = """@misc{Csendes2020,
\ttitle = {15 common coding mistakes data scientist make in {Python} (and how to fix them)},
\turl = {https://towardsdatascience.com/15-common-coding-mistakes-data-scientist-make-in-python-and-how-to-fix-them-7760467498af},
\tlanguage = {en},
\turldate = {2021-11-02},
\tjournal = {Medium},
\tauthor = {Csendes, Gerold},
\tmonth = December,
\tyear = {2020},
}
"""
    (tmp_path / "book.bib").write_text(entry)
    code, found = _codes(tmp_path, "REF018")
    assert [(c, f, line) for c, f, line, _ in found] == [("REF018", "book.bib", 8)]
    assert "write month = dec" in found[0][3]
    # `dec` (and `Dec`: BibTeX's strings ignore case) is the string BibTeX predefines.
    for month in ("dec", "Dec"):
        (tmp_path / "book.bib").write_text(entry.replace("December", month))
        assert _codes(tmp_path, "REF018")[1] == []


# -- Citations: two shapes from rafalab/dsbook (CC BY-NC-SA: our own words, its shapes) --
def test_an_escaped_at_in_link_text_and_an_at_after_a_word_are_no_citations(tmp_path):
    # Before: CIT002 "citation key 'rafalab'" for `[\@rafalab](https://twitter.com/...)`
    # (the escape was lost when the link text was a piece of its own), and "key 'N00'"
    # for a photo credit's URL in an inline note, which pandoc never reads as a citation
    # (an @ right after a word character is none).
    (tmp_path / "b.bib").write_text("@misc{allison2019, title = {Photos}, year = {2019}}\n")
    (tmp_path / "a.md").write_text(
        "---\ntitle: T\nbibliography: b.bib\n---\n\n"
        "For news of the book follow [\\@ourbook](https://twitter.com/ourbook).\n\n"
        "Both are **\\@ourbook** too.\n\n"
        "A photo by a player^[https://www.flickr.com/people/12345678@N00]. CC BY-SA 2.0.\n\n"
        "Photos courtesy of the club [see @allison2019; @nobody2020].\n")
    code, found = _codes(tmp_path, "CIT002")
    # The one unknown key of a real citation group is still reported.
    assert [m.split("'")[1] for _, _, _, m in found] == ["nobody2020"]


def test_an_acronym_the_book_never_defines_is_reported_once(tmp_path):
    # Before: GLO008 at the first use in every chapter (the FAIR Cookbook: 'FAIR' ×55,
    # 'IMI' ×17). A book is one text: once, in the first chapter that uses it.
    (tmp_path / "_toc.yml").write_text("format: jb-book\nroot: brief-FAIR-principles\n"
                                       "chapters:\n- file: fairification-process\n")
    (tmp_path / "_config.yml").write_text("title: The FAIR Cookbook\n")
    # content/recipes/introduction/brief-FAIR-principles.md and fairification-process.md
    # (CC BY 4.0).
    (tmp_path / "brief-FAIR-principles.md").write_text(
        "# Introducing the FAIR Principles\n\nOwing to the success of the principles, now "
        "endorsed by funding agencies (IMI, Wellcome Trust to name only two), but also by the "
        "G20 and by industry leaders, it is essential to remind the reader about those.\n")
    (tmp_path / "fairification-process.md").write_text(
        "# Introducing our FAIRification framework\n\nThe FAIRplus FAIRification Framework "
        "was developed to address the significant demand for hands-on, practical advice on "
        "how to translate general and high-level FAIR principles into actionable, \"tried and "
        "tested\" processes.\n")
    code, found = _codes(tmp_path, "GLO008")
    assert [(f, m.split("'")[1]) for _, f, _, m in found] == [
        ("brief-FAIR-principles.md", "FAIR"), ("brief-FAIR-principles.md", "IMI")]


def test_an_earlier_chapter_s_skipped_use_leaves_the_later_finding(tmp_path):
    # Before: a use GLO008 skipped in an earlier chapter (suppressed there, or declared in
    # that chapter's `abbreviations:`) still counted as the book's first use, so the later
    # chapter's finding was lost.
    (tmp_path / "_toc.yml").write_text("format: jb-book\nroot: ch1\n"
                                       "chapters:\n- file: ch2\n- file: ch3\n")
    (tmp_path / "_config.yml").write_text("title: A book\n")
    (tmp_path / "ch1.md").write_text(
        "# One\n\n<!-- content-lint disable-next-line GLO008 -->\nThe XYZQ rose.\n")
    (tmp_path / "ch2.md").write_text(
        "---\nabbreviations:\n  WVUT: wide vague unit test\n---\n\n# Two\n\n"
        "The XYZQ fell. The WVUT held.\n")
    (tmp_path / "ch3.md").write_text("# Three\n\nThe WVUT fell. The XYZQ held.\n")
    code, found = _codes(tmp_path, "GLO008")
    assert [(f, m.split("'")[1]) for _, f, _, m in found] == [
        ("ch2.md", "XYZQ"), ("ch3.md", "WVUT")]
