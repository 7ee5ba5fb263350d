"""What the seventh round of checking others' projects found (session 17), pinned.

Books and course notes: a broken layout file, reference-list headings, and which blocks
are no sentence that can need a citation (list labels, lead-ins). The texts are our own
words in the shapes the books use. Full checks use the in-process `cli`.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import cli


def _codes(root, *select):
    done = cli(root, "check", "--no-baseline", "--no-cache", "--format", "json",
               *(("--select", ",".join(select)) if select else ()))
    return done.returncode, [(d["code"], d["file"], d["start"]["line"], d["message"])
                             for d in json.loads(done.stdout)["diagnostics"]]


# -- a broken layout file is an error with its file and line --------------------------------
PAGE = "# Transmission\n\nMost respiratory viruses spread through droplets.\n"
BROKEN = {
    # file, its broken text, the line the error names, the pages the layout lists
    "quarto": ("_quarto.yml", 'project:\n  type: book\nbook:\n  title: "Epidemics\n'
               "  chapters:\n    - index.qmd\n", 4, {"index.qmd": PAGE}),
    "bookdown": ("_bookdown.yml", 'book_filename: "idema"\nrmd_files: [index.Rmd, a.Rmd\n', 2,
                 {"index.Rmd": "---\ntitle: Epidemics\n---\n" + PAGE, "a.Rmd": PAGE}),
    "mkdocs": ("mkdocs.yml", "site_name: Notes\nnav:\n  - Home: index.md\n  - [Drugs\n", 4,
               {"docs/index.md": PAGE}),
    "jupyter-book": ("_toc.yml", "format: jb-book\nroot: intro\nchapters:\n- file: a\n"
                     "  - file: b\n", 5, {"intro.md": PAGE, "a.md": PAGE, "b.md": PAGE}),
}


@pytest.mark.parametrize("layout", sorted(BROKEN))
def test_a_broken_layout_file_is_an_error_with_its_line(tmp_path, layout):
    # Read as empty, the chapters, their order and the title were dropped without a word
    # (the book was read as a folder of Markdown); its renderer stops on it.
    name, text, line, pages = BROKEN[layout]
    for page, body in pages.items():
        (tmp_path / page).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / page).write_text(body)
    (tmp_path / name).write_text(text)
    done = cli(tmp_path, "check", "--no-baseline", "--no-cache")
    assert done.returncode == 2
    assert f"{name}:{line}: invalid YAML" in done.stderr and "Traceback" not in done.stderr


def test_a_layout_file_that_is_no_mapping_is_an_error(tmp_path):
    (tmp_path / "index.qmd").write_text(PAGE)
    (tmp_path / "_quarto.yml").write_text("- index.qmd\n- a.qmd\n")
    done = cli(tmp_path, "check", "--no-baseline", "--no-cache")
    assert done.returncode == 2 and "_quarto.yml:1:" in done.stderr
    # An empty one is no error: Quarto renders the folder.
    (tmp_path / "_quarto.yml").write_text("")
    assert cli(tmp_path, "check", "--no-baseline", "--no-cache").returncode in (0, 1)


# -- Quarto's render globs ------------------------------------------------------------------
def test_a_quarto_render_glob_without_a_slash_matches_at_any_depth(tmp_path):
    # A course website (nfidd, MIT) renders "*.qmd" and publishes its sessions/ pages: Quarto
    # reads a glob without a leading "/" as "**/" + glob. Only the root's pages were read.
    from lint.project import detect_project

    (tmp_path / "_quarto.yml").write_text(
        'project:\n  type: website\n  render:\n    - "*.qmd"\n    - "!drafts/"\n')
    for page in ("index.qmd", "sessions/nowcasting.qmd", "sessions/slides/intro.qmd",
                 "drafts/old.qmd", "_site/index.qmd"):
        (tmp_path / page).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / page).write_text(PAGE)
    read = [p.relative_to(tmp_path.resolve()).as_posix()
            for p in detect_project(tmp_path).documents]
    assert read == ["index.qmd", "sessions/nowcasting.qmd", "sessions/slides/intro.qmd"]
    # "/" anchors a glob at the root.
    (tmp_path / "_quarto.yml").write_text('project:\n  render:\n    - "/*.qmd"\n')
    assert [p.name for p in detect_project(tmp_path).documents] == ["index.qmd"]


# -- reference-list headings -------------------------------------------------------------------
REFERENCE_ITEMS = ("1. Kermack WO, McKendrick AG. A contribution to the mathematical theory of "
                   "epidemics. Proc R Soc Lond A. 1927;115:700-21.\n"
                   "2. Anderson RM, May RM. Infectious Diseases of Humans. OUP; 1991.\n")


@pytest.mark.parametrize("heading", ["References and notes", "Notes and references",
                                     "Literature cited", "Works cited", "Sources"])
def test_the_entries_under_a_reference_list_heading_are_sources(tmp_path, heading):
    # Their capitals are initials and publishers (GLO008) and they are the sources, not
    # claims (CIT001); "References and notes" and "Notes and references" were not matched.
    (tmp_path / "notes.md").write_text(
        "# Measles\n\nMeasles spreads to about nine in ten close contacts who are not immune.\n\n"
        f"## {heading}\n\n" + REFERENCE_ITEMS)
    code, found = _codes(tmp_path, "GLO008", "CIT001")
    assert [(c, line) for c, _, line, _ in found] == [("CIT001", 3)]


# -- Quarto's and R Markdown's `!expr` (i204, review of i192) --------------------------------
EXPRESSION = "project:\n  type: website\nparams:\n  today: !expr Sys.Date()\n"


def test_an_r_expression_tag_reads_as_its_text_on_both_yaml_paths():
    # Quarto evaluates `!expr` in R at render time; i192's strict layout reading stopped
    # at it (exit 2). libyaml's fast path and the pure-Python reader must agree.
    from lint.sources import yamlfile

    assert yamlfile.parse_yaml(EXPRESSION)["params"]["today"] == "Sys.Date()"
    slow = yamlfile.sanitize(yamlfile.yaml.load(EXPRESSION, Loader=yamlfile._Loader))  # noqa: S506
    assert slow["params"]["today"] == "Sys.Date()"
    # (i205 sends every tagged text to the pure-Python reader; were the fast path to read it,
    # it must read the same)
    if yamlfile._FastLoader is not None:
        assert yamlfile._fast(EXPRESSION) in (None, (slow,))
        fast = yamlfile.sanitize(yamlfile.yaml.load(EXPRESSION, Loader=yamlfile._FastLoader))  # noqa: S506
        assert fast == slow


def test_a_quarto_project_and_front_matter_with_an_r_expression_are_read(tmp_path):
    (tmp_path / "_quarto.yml").write_text(EXPRESSION)
    (tmp_path / "index.qmd").write_text("---\ntitle: Notes\nparams:\n  day: !expr Sys.Date()\n"
                                        "---\n\n" + PAGE)
    code, found = _codes(tmp_path, "DOC002")
    assert code == 0 and found == []
