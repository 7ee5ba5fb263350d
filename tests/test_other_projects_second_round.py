"""What the second round of dogfooding on others' projects found (session 11), pinned.

Excerpts are short and keep their licence: elizavetasemenova/prob-epi (Jupyter Book,
MIT), cmu-delphi/delphi-tooling-book (Quarto book, MIT),
greenelab/iscb-diversity-manuscript (Manubot, CC BY 4.0). The readers and the
project detection run in process; the few full checks use the in-process `cli`.
"""

from __future__ import annotations

import json

from lint.document.markdown import parse_document
from lint.document.textmap import SourceText
from lint.project import detect_project
from lint.sources.pages import parse_pages
from tests.conftest import cli

# prob-epi 08_PPLs.md (MIT): a MyST citation role.
PPLS = ("For a wider review of the modern landscape of Bayesian inference software "
        "see {cite}`vstrumbelj2024past`.\n")


def _citations(markdown: str) -> list[tuple[str, bool]]:
    document = parse_document("a.md", SourceText(markdown))
    return [(c.key, c.narrative) for section in document.sections
            for block in section.blocks for c in block.citations]


def test_myst_citation_roles_are_citations():
    assert _citations(PPLS) == [("vstrumbelj2024past", False)]
    # prob-epi 06_Monte_Carlo.ipynb: two keys in one role; a textual role is narrative.
    assert _citations("The Monte Carlo {cite:p}`metropolis1949monte, robert_monte_2004` "
                      "method, as {cite:t}`sanz2024first` teach.\n") == [
        ("metropolis1949monte", False), ("robert_monte_2004", False), ("sanz2024first", True)]


def test_inline_code_without_a_role_cites_nothing():
    assert _citations("Call `jax.jit` or `@decorator`; {note}`x` is no citation.\n") == []


def _jupyter_book(root):
    (root / "assets").mkdir()
    (root / "_toc.yml").write_text("format: jb-book\nroot: 01_intro\nchapters:\n"
                                   "- file: 02_about.md\n- file: 07_MCMC.ipynb\n"
                                   "- file: 08_PPLs\n- file: 13_glms.ipynb\n")
    (root / "_config.yml").write_text(
        "title: Probabilistic Thinking, modelling and programming with applications in "
        "Epidemiology.\nbibtex_bibfiles:\n  - assets/references.bib\n")
    (root / "01_intro.md").write_text("# Intro\n\nThe course.\n")
    (root / "02_about.md").write_text("# About\n\nThe book.\n")
    (root / "08_PPLs.md").write_text("# Probabilistic Programming\n\n" + PPLS)
    # prob-epi 07_MCMC.ipynb (MIT): a citation in a Markdown cell, one in an admonition.
    cells = [{"cell_type": "markdown", "source": [
                 "The Metropolis-Hastings algorithm {cite}`robert2004metropolis` is useful.\n"]},
             {"cell_type": "markdown", "source": [
                 "`````{admonition} Task 20\n", ":class: tip\n", "\n",
                 "Download the `kidiq` dataset {cite}`gelman2007data`.\n", "`````\n"]},
             {"cell_type": "code", "source": ["# {cite}`not_a_citation`\n"]}]
    (root / "07_MCMC.ipynb").write_text(json.dumps({"cells": cells, "nbformat": 4}))
    entries = ["vstrumbelj2024past", "robert2004metropolis", "gelman2007data",
               "murphy2023probabilistic"]
    (root / "assets" / "references.bib").write_text("".join(
        f"@book{{{key}, title = {{T}}, author = {{A, B}}, year = {{2020}},"
        f" publisher = {{P}}}}\n\n" for key in entries))


def test_a_jupyter_book_is_read_from_its_table_of_contents(tmp_path):
    _jupyter_book(tmp_path)
    project = detect_project(tmp_path)
    assert (project.kind, project.unit) == ("jupyter-book", True)
    assert project.chapters == ["01_intro.md", "02_about.md", "08_PPLs.md"]
    assert [p.name for p in project.bibliographies] == ["references.bib"]
    assert [p.name for p in project.notebooks] == ["07_MCMC.ipynb"]
    assert project.missing == ["13_glms.ipynb"]
    assert project.metadata["title"].startswith("Probabilistic Thinking")
    assert project.cited_outside == {"robert2004metropolis", "gelman2007data"}


def test_a_jupyter_book_checked_as_it_is(tmp_path):
    # Before: every chapter lacked front matter (DOC003), no bibliography was read, and
    # a reference cited in a notebook would be "never cited".
    _jupyter_book(tmp_path)
    done = cli(tmp_path, "check", "--no-baseline", "--no-cache", "--format", "json",
               "--select", "CIT002,CIT003,DOC003")
    found = [(d["code"], d["message"]) for d in json.loads(done.stdout)["diagnostics"]]
    assert found == [("CIT003", "reference 'murphy2023probabilistic' is never cited")]


def test_a_myst_project_reads_its_toc_and_bibliography(tmp_path):
    (tmp_path / "myst.yml").write_text(
        "version: 1\nproject:\n  title: T\n  bibliography: [refs.bib]\n"
        "  toc:\n    - file: index.md\n    - title: Part\n      children:\n"
        "        - file: methods.md\n")
    for name in ("index.md", "methods.md", "notes.md"):
        (tmp_path / name).write_text("Text.\n")
    (tmp_path / "refs.bib").write_text("")
    project = detect_project(tmp_path)
    assert (project.kind, project.chapters) == ("myst", ["index.md", "methods.md"])
    assert [p.name for p in project.bibliographies] == ["refs.bib"]


def test_an_e_number_is_one_article_number():
    # delphi-tooling-book references.bib (MIT): PNAS's `pages = {e2111452118}` was read
    # as the range 2111452-2111118, "ends before it starts".
    parsed = parse_pages("e2111452118")
    assert (parsed.start, parsed.end, parsed.bibtex()) == (2111452118, 2111452118,
                                                           "e2111452118")


def test_a_book_naming_absent_chapters_says_so(tmp_path):
    # A bookdown book whose chapters moved to archive/ and whose _bookdown.yml was not
    # updated: "no documents found in ." did not say why.
    (tmp_path / "_bookdown.yml").write_text('rmd_files: ["index.Rmd", "components.Rmd"]\n')
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "index.Rmd").write_text("Text.\n")
    done = cli(tmp_path, "check", "--no-baseline", "--no-cache")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert ("no documents found: _bookdown.yml names index.Rmd, components.Rmd, which do "
            "not exist") in done.stderr


def test_as_well_as_in_a_later_chapter_is_no_definition(tmp_path):
    # iscb-diversity-manuscript (CC BY 4.0): ISCB is defined in the introduction; "as well
    # as ISCB Fellows" in the results was read as a second definition ("ISMB and RECOMB)
    # as well"), so the results' first ISCB was "used before it is defined".
    content = tmp_path / "content"
    content.mkdir()
    (content / "metadata.yaml").write_text("title: T\n")
    (content / "02.introduction.md").write_text(
        "We focused on the [International Society for Computational Biology]"
        "(https://www.iscb.org/) (ISCB) and its Fellows.\n")
    (content / "20.results.md").write_text(
        "We curated a dataset of ISCB honors that included 412 keynote speakers at "
        "international ISCB-associated conferences (ISMB and RECOMB) as well as ISCB "
        "Fellows.\n")
    done = cli(tmp_path, "check", "--no-baseline", "--no-cache", "--format", "json",
               "--select", "GLO005")
    assert json.loads(done.stdout)["diagnostics"] == []


def test_a_changed_notebook_is_a_new_run(tmp_path):
    # CIT003 reads the notebooks' citations: the run cache must not answer from before.
    _jupyter_book(tmp_path)
    (tmp_path / "content-lint.toml").write_text(
        'paths = ["01_intro.md", "02_about.md", "08_PPLs.md"]\n'
        'bibliography = "assets/references.bib"\n')

    def unused():
        done = cli(tmp_path, "check", "--no-baseline", "--format", "json", "--select", "CIT003")
        return [d["data"]["key"] for d in json.loads(done.stdout)["diagnostics"]]

    assert unused() == ["murphy2023probabilistic"]
    notebook = tmp_path / "07_MCMC.ipynb"
    notebook.write_text(notebook.read_text().replace("gelman2007data", "murphy2023probabilistic"))
    assert unused() == ["gelman2007data"]


def test_the_body_of_a_myst_directive_is_prose_in_place():
    # prob-epi 02_about.md-style admonition (MIT) and a margin note; Quarto's "```{r}" chunk
    # stays code.
    markdown = ("# About\n\n`````{admonition} Task 20\n:class: tip\n\n"
                "Download the `kidiq` dataset {cite}`gelman2007data`.\n`````\n\n"
                "```{margin}\nA margin note [@doe2020].\n```\n\n"
                "```{r}\nx <- 1 # [@not_a_citation]\n```\n")
    document = parse_document("a.md", SourceText(markdown))
    found = [(c.key, c.span.start.line, c.span.start.col) for section in document.sections
             for block in section.blocks for c in block.citations]
    assert found == [("gelman2007data", 6, 37), ("doe2020", 10, 16)]
