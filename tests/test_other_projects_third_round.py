"""Others' projects, third round (session 12): what was found, pinned.

Excerpts are short and keep their licence: elizavetasemenova/prob-epi (Jupyter Book, MIT),
ehsanx/EpiMethods (Quarto book, CC0). The project detection runs in process; the checks
use the in-process `cli`.
"""

from __future__ import annotations

import json

from lint.project import detect_project, layout_files
from tests.conftest import cli

# prob-epi assets/references.bib (MIT), shortened: arXiv preprints the book cites for
# its methods.
PREPRINTS = """
@article{sanz2024first, title = {A First Course in Monte Carlo Methods},
  author = {Sanz-Alonso, Daniel and Al-Ghattas, Omar}, journal = {arXiv preprint
  arXiv:2405.16359}, year = {2024}}
@article{betancourt2017conceptual, title = {A Conceptual Introduction to Hamiltonian Monte
  Carlo}, author = {Betancourt, Michael}, journal = {arXiv preprint arXiv:1701.02434},
  year = {2017}}
"""
# prob-epi's sentences (07_MCMC.ipynb, MIT), cited for a method and for further reading.
METHODS = ("# MCMC\n\nHamiltonian Monte Carlo {cite}`betancourt2017conceptual` algorithm "
           "introduces gradient information in improving efficiency on the proposals and "
           "reduce random walk behavior of the sampling.\n\n"
           "For an in-depth course on Monte Carlo, see {cite}`sanz2024first`.\n")


def _book(root, folder: str = "") -> None:
    book = root / folder if folder else root
    book.mkdir(exist_ok=True)
    (book / "_toc.yml").write_text("format: jb-book\nroot: intro\nchapters:\n"
                                   "- file: mcmc\n")
    (book / "_config.yml").write_text("title: Probabilistic Thinking\nbibtex_bibfiles:\n"
                                      "  - references.bib\n")
    (book / "intro.md").write_text("# Intro\n\nThe course.\n")
    (book / "mcmc.md").write_text(METHODS)
    (book / "references.bib").write_text(PREPRINTS)


def _found(root, *select: str) -> list[tuple]:
    done = cli(root, "check", "--no-baseline", "--no-cache", "--format", "json",
               "--select", ",".join(select))
    assert done.returncode in (0, 1), done.stderr
    return [(d["code"], d["file"], d["start"]["line"], d["message"])
            for d in json.loads(done.stdout)["diagnostics"]]


def test_a_preprint_cited_for_a_method_is_not_weak_evidence_for_a_claim(tmp_path):
    # Before: REF010 called both arXiv entries "weak evidence for a health claim",
    # whatever the citing sentences said (5 of 5 on prob-epi, all cited for methods).
    _book(tmp_path)
    assert _found(tmp_path, "REF010") == []


def test_a_claim_resting_on_a_preprint_is_named(tmp_path):
    _book(tmp_path)
    # In our own words: a chapter of health claims, one cited to a preprint.
    (tmp_path / "references.bib").write_text(PREPRINTS + "@article{preprint2021, title = {T},"
                                             " author = {A, B}, journal = {medRxiv},"
                                             " year = {2021}}\n")
    (tmp_path / "intro.md").write_text(
        "# Intro\n\nStatins lower LDL cholesterol in most adults.\n\n"
        "Vaccination halves the risk of hospital admission in older adults "
        "[@preprint2021].\n\nSmoking raises the risk of lung cancer.\n")
    found = _found(tmp_path, "REF010")
    assert [(code, path, line) for code, path, line, _ in found] == [
        ("REF010", "references.bib", 8)]
    message = found[0][3]
    assert message.startswith("'preprint2021' is weak evidence for a health claim: preprint")
    assert message.endswith("cited by intro.md:5 'Vaccination halves the risk of hospital "
                            "admission in older adults.'")


def test_a_jupyter_book_in_a_folder_below_the_root(tmp_path):
    # A common layout (`jupyter-book build book/`): the book's _toc.yml and _config.yml in
    # book/, the repository's code beside it. Before, the root was walked as plain pandoc:
    # the chapters were separate texts and the bibliography was not found.
    _book(tmp_path, "book")
    (tmp_path / "README.md").write_text("# Code\n\nRun it.\n")
    project = detect_project(tmp_path)
    assert (project.kind, project.unit) == ("jupyter-book", True)
    assert project.chapters == ["book/intro.md", "book/mcmc.md"]
    assert [project.relative(p) for p in project.bibliographies] == ["book/references.bib"]
    assert layout_files(tmp_path) == ["book/_toc.yml", "book/_config.yml"]
    assert _found(tmp_path, "CIT002", "CIT003") == []


def test_two_books_below_the_root_are_not_guessed_between(tmp_path):
    _book(tmp_path, "book")
    _book(tmp_path, "book2")
    assert detect_project(tmp_path).kind == "pandoc"
