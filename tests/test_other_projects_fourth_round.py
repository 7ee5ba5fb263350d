"""What the fourth round of checking others' projects found (session 14), pinned.

Excerpts keep their licence: jhudsl/Reproducibility_in_Cancer_Informatics (bookdown,
MIT), agahkarakuzu/mriscope (mystmd, text CC BY 4.0). The Carpentries lesson
(epiverse-trace/tutorials-middle, CC BY-NC-ND) is copied in shape only, with our own
sentences. Full checks use the in-process `cli`.
"""

from __future__ import annotations

import json

from lint.project import detect_project
from tests.conftest import cli

# Reproducibility_in_Cancer_Informatics book.bib (MIT): a name list written with commas.
JOSEPH = """@misc{Joseph2017,
\tauthor = {Max Joseph, Leah Wasser, Software Carpentry, Reproducible Science Curriculum Community, Bryce Mecum},
\ttitle = {Write {Efficient} {Scientific} {Code} - the {DRY} ({Don}’t {Repeat} {Yourself}) {Principle}},
\tyear = {2017},
}
"""
# 01-intro.Rmd (MIT).
INTRO = ("Data analyses are generally not reproducible without direct contact with the "
         "original researchers and a substantial amount of time and effort [@Joseph2017].\n")


def _codes(root, *select):
    done = cli(root, "check", "--no-baseline", "--no-cache", "--format", "json",
               *(("--select", ",".join(select)) if select else ()))
    return done.returncode, [(d["code"], d["file"], d["start"]["line"], d["message"])
                             for d in json.loads(done.stdout)["diagnostics"]]


def test_names_separated_by_commas_are_a_located_warning_not_a_stop(tmp_path):
    # Before: REF001 "BibTeX syntax error: Too many commas in ..." at book.bib:1:1, exit 2,
    # although BibTeX goes on and pandoc reads the file.
    (tmp_path / "index.Rmd").write_text(
        "---\ntitle: T\nsite: bookdown::bookdown_site\nbibliography: book.bib\n---\n\n" + INTRO)
    (tmp_path / "book.bib").write_text(JOSEPH)
    code, found = _codes(tmp_path, "REF001", "REF019", "CIT002", "CIT003")
    assert code == 1
    assert [(c, f, line) for c, f, line, _ in found] == [("REF019", "book.bib", 2)]
    assert "'Joseph2017' has 5 names separated by commas" in found[0][3]


def _mriscope(root):
    # mriscope: myst.yml (no toc, abbreviations, paper.bib) beside a Jupyter Book _toc.yml
    # and content/_config.yml left from before; paper.md is the journal's summary.
    (root / "content").mkdir()
    (root / "myst.yml").write_text(
        "version: 1\nproject:\n  title: Leveraging Large Language Models for Interactive "
        "Exploration of MRI Research Reproducibility\n  abbreviations:\n"
        "    MRI: Magnetic resonance imaging\n    GPT: Generative Pre-trained Transformer\n"
        "  bibliography:\n    - paper.bib\n")
    (root / "_toc.yml").write_text("format: jb-book\nroot: content/intro.md\nchapters:\n"
                                   "  - file: content/gpt_insights.ipynb\n")
    (root / "content" / "_config.yml").write_text("title: A scoping review\n")
    (root / "content" / "gpt_insights.ipynb").write_text(json.dumps({"cells": [], "nbformat": 4}))
    (root / "paper.md").write_text("Summary [@Karakuzu2024rev].\n")
    (root / "content" / "intro.md").write_text(
        "---\ntitle: Reproducible research practices in magnetic resonance neuroimaging\n---\n\n"
        # content/intro.md (CC BY 4.0).
        "This concise review synthesizes reproducible research insights from recent MRI "
        "articles to examine the current state of reproducibility in neuroimaging "
        "[@Karakuzu2024rev]. It also provides a custom GPT model, designed specifically "
        "for aiding in an automated analysis and synthesis of information.\n")
    (root / "paper.bib").write_text(
        "@article{Karakuzu2024rev, author = {Karakuzu, Agah}, title = {Reproducible "
        "research practices in magnetic resonance neuroimaging}, journal = {NeuroLibre}, "
        "year = {2024}}\n")


def test_myst_yml_wins_over_a_left_over_toc_and_reads_it(tmp_path):
    # Before: read as a Jupyter Book (its _toc.yml), with no bibliography: 82 citations
    # checked against nothing, paper.bib's 76 entries unread.
    _mriscope(tmp_path)
    project = detect_project(tmp_path)
    assert (project.kind, project.chapters) == ("myst", ["content/intro.md"])
    assert [p.name for p in project.bibliographies] == ["paper.bib"]
    assert [p.name for p in project.notebooks] == ["gpt_insights.ipynb"]


def test_myst_abbreviations_are_definitions(tmp_path):
    # Before: GLO005 "'MRI' is used before it is defined" and GLO008 "'GPT' is never defined".
    _mriscope(tmp_path)
    code, found = _codes(tmp_path, "GLO005", "GLO008", "CIT002", "CIT003")
    assert found == []


def _lesson(root):
    (root / "episodes").mkdir()
    (root / "learners").mkdir()
    (root / "site").mkdir()
    (root / "locale" / "es" / "episodes").mkdir(parents=True)
    (root / "config.yaml").write_text(
        "carpentry: 'epiverse-trace'\ntitle: 'Outbreak analytics with R'\n"
        "episodes:\n- second.Rmd\n- first.Rmd\nlearners:\ninstructors:\nprofiles:\n")
    (root / "index.md").write_text("---\nsite: sandpaper::sandpaper_site\n---\n\n"
                                   "This is a tutorial.\n")
    (root / "links.md").write_text("[home]: https://example.org/\n")
    (root / "site" / "README.md").write_text("Rendered lesson materials.\n")
    for name, text in (("first.Rmd", "The case fatality risk (CFR) is a ratio.\n"),
                       ("second.Rmd", "We read the data.\n"),
                       ("template.Rmd", "Write YAML here.\n")):
        (root / "episodes" / name).write_text(f"---\ntitle: '{name}'\n---\n\n{text}")
    (root / "learners" / "setup.md").write_text("---\ntitle: Setup\n---\n\nInstall R.\n")
    (root / "locale" / "es" / "episodes" / "first.Rmd").write_text(
        "---\ntitle: 'Primero'\n---\n\nEl CFR.\n")


def test_a_carpentries_lesson_is_read_as_sandpaper_reads_it(tmp_path):
    # Before: every Markdown file: links.md and site/README.md without front matter
    # (DOC003), index.md "has no 'title'", the translations in locale/ and the unlisted
    # episode template checked as articles.
    _lesson(tmp_path)
    project = detect_project(tmp_path)
    assert (project.kind, project.chapters) == ("sandpaper", [
        "index.md", "episodes/second.Rmd", "episodes/first.Rmd", "learners/setup.md"])
    assert project.metadata["title"] == "Outbreak analytics with R"
    code, found = _codes(tmp_path, "DOC003", "GLO008")
    assert found == []


def test_a_config_yaml_of_another_kind_is_no_lesson(tmp_path):
    (tmp_path / "episodes").mkdir()
    (tmp_path / "config.yaml").write_text("title: Not a lesson\nepisodes: []\n")
    (tmp_path / "a.md").write_text("Text.\n")
    assert detect_project(tmp_path).kind == "pandoc"
