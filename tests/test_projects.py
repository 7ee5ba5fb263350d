"""Real project layouts checked as they are, with no configuration file.

The fixture projects in tests/data/projects are copied to a temporary folder
(so that this repository's own configuration is not found above them) and
checked with `content-lint check` and nothing else.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import REPO, cli
from lint.config import find_config, load_config
from lint.engine import RunOptions, run
from lint.project import detect_project, discover_documents, project_config

FIXTURES = REPO / "tests" / "data" / "projects"

# kind, documents in reading order, bibliography files
EXPECTED = {
    "quarto": ("quarto-book", ["index.qmd", "intro.qmd", "parts/methods.qmd",
                               "parts/appendix.qmd"], ["references.bib"]),
    "bookdown": ("bookdown", ["index.Rmd", "01-intro.Rmd", "02-results.Rmd"],
                 ["book.bib", "packages.bib"]),
    "manubot": ("manubot", ["content/00.front-matter.md", "content/01.abstract.md",
                            "content/02.main.md"], ["content/manual-references.json"]),
    "rmarkdown": ("rmarkdown", ["report.Rmd"], ["references.yaml"]),
    "pandoc": ("pandoc", ["article.md"], ["refs.bib", "extra.json"]),
}


def check(root: Path):
    """`content-lint check` in root, in this process: the configuration found, or none."""
    config = project_config(root)
    result = run(config, RunOptions(use_baseline=False))
    findings = [{"code": d.code, "file": d.path, "message": d.message,
                 "line": d.span.start.line, "column": d.span.start.col}
                for d in result.diagnostics]
    return result, findings


@pytest.fixture
def copy(tmp_path):
    def make(name: str) -> Path:
        target = tmp_path / name
        shutil.copytree(FIXTURES / name, target)
        return target
    return make


def _replace(path: Path, old: str, new: str) -> None:
    path.write_text(path.read_text("utf-8").replace(old, new), "utf-8")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_layout_is_read_from_the_project_itself(copy, name):
    root = copy(name)
    project = detect_project(root)
    kind, documents, bibliographies = EXPECTED[name]
    assert project.kind == kind
    assert project.chapters == documents
    assert [project.relative(p) for p in project.bibliographies] == bibliographies
    assert project.missing == []


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_checked_with_no_configuration(copy, name):
    root = copy(name)
    assert find_config(root) is None
    result, findings = check(root)
    assert result.exit_code in (0, 1), findings
    # Every chapter is checked, in reading order, and nothing else: build output,
    # ignored drafts, includes and README files cite keys that exist nowhere.
    assert result.files == EXPECTED[name][1]
    assert not [f for f in findings if "nowhere" in f["message"]]
    # Cross-references and persistent identifiers are never unknown keys.
    assert [f["message"] for f in findings if f["code"] == "CIT002"] == []
    # biblatex and CSL fields are understood.
    assert [f["message"] for f in findings if f["code"] in ("REF003", "REF005")] == []
    assert [f for f in findings if f["code"] == "REF001"] == []


def test_command_line_with_no_configuration(copy):
    root = copy("quarto")
    done = cli(root, "check", "--no-cache")
    assert done.returncode in (0, 1), done.stdout + done.stderr
    # Four chapters and the bibliography: the summary counts the data files checked too.
    assert "in 5 files" in done.stdout, done.stdout


def test_book_is_one_unit_for_acronyms_and_metadata(copy):
    """RCT is defined in intro.qmd and used in parts/methods.qmd; the title is in _quarto.yml."""
    _, findings = check(copy("quarto"))
    codes = [(f["code"], f["file"]) for f in findings]
    assert ("GLO008", "parts/methods.qmd") not in codes
    assert not [c for c in codes if c[0] == "DOC003"]


def test_chapter_checked_alone_still_needs_its_own_definition(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: A\n---\n\nEach RCT was small.\n", "utf-8")
    _, findings = check(tmp_path)
    assert "GLO008" in [f["code"] for f in findings]


def test_book_metadata_missing_everywhere_is_reported_once(copy):
    root = copy("quarto")
    _replace(root / "_quarto.yml", '  title: "Screening for Hypertension"\n', "")
    _, findings = check(root)
    doc003 = [f for f in findings if f["code"] == "DOC003"]
    assert [(f["file"], "_quarto.yml" in f["message"]) for f in doc003] == [("index.qmd", True)]


def test_undefined_month_macro_is_a_warning_not_exit_2(copy):
    result, findings = check(copy("bookdown"))
    assert result.exit_code == 1
    ref018 = [f for f in findings if f["code"] == "REF018"]
    assert [(f["file"], f["line"], f["column"]) for f in ref018] == [("book.bib", 6, 13)]


def test_configuration_still_overrides_the_layout(copy):
    root = copy("bookdown")
    (root / "pyproject.toml").write_text(
        '[tool.content-lint]\npaths = ["02-results.Rmd"]\nbibliography = ["book.bib"]\n',
        "utf-8")
    result, findings = check(root)
    assert result.files == ["02-results.Rmd"]
    assert not [f for f in findings if f["file"] == "packages.bib"]
    assert result.corpus.bibliography.files == ["book.bib"]


def test_malformed_csl_json_is_a_located_input_error(copy):
    root = copy("pandoc")
    (root / "extra.json").write_text('[\n  {"id": "osei2020nurses",}\n]\n', "utf-8")
    result, findings = check(root)
    assert result.exit_code == 2
    assert [(f["file"], f["line"]) for f in findings if f["code"] == "REF001"] == [
        ("extra.json", 2)]


def test_a_key_in_two_bibliography_files_is_a_duplicate(copy):
    root = copy("pandoc")
    (root / "extra.json").write_text(
        '[{"id": "kim2018shift", "type": "article-journal", "title": "Again",'
        ' "container-title": "J", "issued": {"date-parts": [[2018]]},'
        ' "author": [{"family": "Kim"}]}]\n', "utf-8")
    _, findings = check(root)
    duplicates = [f for f in findings if f["code"] == "REF002"]
    assert [(f["file"], "refs.bib" in f["message"]) for f in duplicates] == [("extra.json", True)]


def test_discovery_skips_ignored_build_and_hidden_folders(tmp_path):
    files = {
        "chapter.qmd": "", "notes.Rmd": "", "paper.markdown": "", "README.md": "",
        "sub/deep.md": "", "sub/README.md": "", "_include.qmd": "",
        "_site/page.md": "", "_book/x.md": "", "_freeze/y.md": "", "output/z.md": "",
        "chapter_files/figure.md": "", "chapter_cache/c.md": "", ".hidden/h.md": "",
        "node_modules/pkg/readme.md": "", "drafts/d.md": "", "sub/local.md": "",
        "data.csv": "", "script.R": "",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, "utf-8")
    (tmp_path / ".gitignore").write_text("drafts/\n", "utf-8")
    (tmp_path / "sub" / ".gitignore").write_text("local.md\n", "utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in discover_documents(tmp_path, ["."])]
    assert found == ["chapter.qmd", "notes.Rmd", "paper.markdown", "sub/README.md",
                     "sub/deep.md"]


def test_discovery_finds_mdx_pages_but_not_their_includes(tmp_path):
    # Others' writing round 10: a Next.js documentation site's pages are `.mdx`; its
    # `_data.mdx` files are a module's metadata, an include by their name.
    for name in ("docs/model/index.mdx", "docs/model/_data.mdx", "docs/usage.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("# T\n", "utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in discover_documents(tmp_path, ["."])]
    assert found == ["docs/usage.md", "docs/model/index.mdx"]


def test_globs_in_paths(tmp_path):
    for name in ("ch/01.qmd", "ch/02.Rmd", "ch/notes.txt", "ch/_book/x.qmd", "other.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("# T\n", "utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.content-lint]\npaths = ["ch/**/*.qmd", "ch/*.Rmd"]\nbibliography = ""\n',
        "utf-8")
    result, _ = check(tmp_path)
    assert result.files == ["ch/01.qmd", "ch/02.Rmd"]


def test_no_project_at_all_is_an_error_that_says_so(tmp_path):
    """A folder with no documents must not pass a CI job (issue 19)."""
    from lint.engine import UsageError

    with pytest.raises(UsageError, match="no documents found"):
        check(tmp_path)


@pytest.mark.parametrize("name", ["manubot", "pandoc"])
def test_init_writes_what_was_found(copy, name):
    from lint.init import write_config

    root = copy(name)
    target, project = write_config(root)
    config = load_config(target)
    kind, documents, bibliographies = EXPECTED[name]
    # Without a layout file, the root a bare run reads: a page added later is checked too.
    assert config.paths == (["."] if name == "pandoc" else documents)
    assert config.bibliographies == bibliographies
    assert "# " in target.read_text("utf-8")  # every choice is explained
    with pytest.raises(FileExistsError):
        write_config(root)
    configured = run(config, RunOptions(use_baseline=False))
    found, _ = check(root)  # no configuration is found (it is not pyproject.toml yet)
    assert configured.files == found.files == documents
    assert [d.message for d in configured.diagnostics] == [d.message for d in found.diagnostics]


def test_init_on_the_command_line(copy):
    root = copy("rmarkdown")
    done = cli(root, "init")
    assert done.returncode == 0, done.stderr
    assert "1 document, 1 bibliography file" in done.stdout
    assert (root / "content-lint.toml").is_file()
    assert cli(root, "init").returncode == 2


def test_book_chapters_share_glossary_introductions(tmp_path):
    """A configured glossary; the bookdown layout still makes the chapters one text."""
    (tmp_path / "_bookdown.yml").write_text('rmd_files: ["index.Rmd", "02-use.Rmd"]\n', "utf-8")
    (tmp_path / "index.Rmd").write_text(
        "---\ntitle: Book\nsite: bookdown::bookdown_site\n---\n\n"
        "# Start\n\nClomiphene citrate is taken by mouth.\n", "utf-8")
    (tmp_path / "02-use.Rmd").write_text("# Use\n\nClomid is taken for five days.\n", "utf-8")
    (tmp_path / "glossary.yaml").write_text(
        "version: 1\nentries:\n  - term: clomiphene citrate\n"
        "    definition: Clomiphene citrate is a selective estrogen receptor modulator.\n"
        "    brands: [Clomid]\n", "utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.content-lint]\npaths = ["index.Rmd", "02-use.Rmd"]\nbibliography = ""\n'
        'glossary = "glossary.yaml"\n', "utf-8")
    result, findings = check(tmp_path)
    assert result.files == ["index.Rmd", "02-use.Rmd"]
    assert [f for f in findings if f["code"] == "GLO003"] == []
    # The same chapter alone: the brand comes before the generic name.
    (tmp_path / "pyproject.toml").write_text(
        '[tool.content-lint]\npaths = ["02-use.Rmd"]\nbibliography = ""\n'
        'glossary = "glossary.yaml"\n', "utf-8")
    _, findings = check(tmp_path)
    assert [f["file"] for f in findings if f["code"] == "GLO003"] == ["02-use.Rmd"]


def test_acronym_used_in_a_chapter_before_the_defining_one(copy):
    root = copy("bookdown")
    _replace(root / "index.Rmd", "what is known about inhaler technique.",
             "what is known about ICS technique.")
    _, findings = check(root)
    acronyms = [(f["code"], f["file"], f["message"]) for f in findings
                if f["code"] in ("GLO005", "GLO008")]
    assert acronyms == [("GLO005", "index.Rmd",
                         "'ICS' is used before it is defined (in 01-intro.Rmd)")]


def test_quarto_render_list_and_bookdown_subfolders(tmp_path):
    quarto = tmp_path / "site"
    for name in ("index.qmd", "about.qmd", "drafts/old.qmd", "posts/a.qmd"):
        (quarto / name).parent.mkdir(parents=True, exist_ok=True)
        (quarto / name).write_text("# T\n", "utf-8")
    (quarto / "_quarto.yml").write_text(
        'project:\n  type: website\n  render:\n    - "*.qmd"\n    - "posts/"\n'
        '    - "!about.qmd"\n', "utf-8")
    # Quarto reads a glob without a leading "/" at any depth (quarto-cli's resolveGlobs
    # prefixes "**/"), so "*.qmd" renders drafts/old.qmd too (session 17, i192).
    assert detect_project(quarto).chapters == ["drafts/old.qmd", "index.qmd", "posts/a.qmd"]
    book = tmp_path / "book"
    for name in ("index.Rmd", "README.Rmd", "b.Rmd", "parts/a.Rmd"):
        (book / name).parent.mkdir(parents=True, exist_ok=True)
        (book / name).write_text("# T\n", "utf-8")
    (book / "_bookdown.yml").write_text("book_filename: b\n", "utf-8")
    assert detect_project(book).chapters == ["index.Rmd", "b.Rmd"]
    (book / "_bookdown.yml").write_text("rmd_subdir: true\n", "utf-8")
    assert detect_project(book).chapters == ["index.Rmd", "b.Rmd", "parts/a.Rmd"]


def test_front_matter_bibliography_relative_to_document_or_root(tmp_path):
    (tmp_path / "paper").mkdir()
    (tmp_path / "paper" / "a.md").write_text("---\nbibliography: [local.bib, refs/shared.bib]\n"
                                             "---\n\nText.\n", "utf-8")
    (tmp_path / "paper" / "local.bib").write_text("", "utf-8")
    (tmp_path / "refs").mkdir()
    (tmp_path / "refs" / "shared.bib").write_text("", "utf-8")
    project = detect_project(tmp_path)
    assert [project.relative(p) for p in project.bibliographies] == [
        "paper/local.bib", "refs/shared.bib"]


def test_run_cache_follows_the_layout_file(copy):
    from lint import cache
    from lint.engine import discover

    root = copy("quarto")
    (root / "pyproject.toml").write_text(
        '[tool.content-lint]\npaths = ["index.qmd", "intro.qmd", "parts"]\n'
        'bibliography = "references.bib"\n', "utf-8")

    def key():
        config = project_config(root)
        return cache.run_key(config, RunOptions(), discover(config, config.paths))

    before = key()
    _replace(root / "_quarto.yml", "Screening", "Testing")
    assert key() != before


# -- a chapter checked alone reads the whole book ----------------------------------
# Added to copies of the fixture books: an acronym defined in an earlier chapter, one
# used before a later chapter defines it, a brand name after the generic one was
# introduced, and a domain term without a glossary entry met in two chapters.
BOOK_ADDITIONS = {
    "quarto": {
        "index.qmd": "\nAmbulatory monitoring by ABPM is described later. Cortisol is "
                     "not measured.\n",
        "intro.qmd": "\nAmlodipine is taken once daily by many adults.\n",
        "parts/methods.qmd": "\nParticipants took Norvasc each morning, and ambulatory "
                             "blood pressure monitoring (ABPM) was used. Cortisol was "
                             "not measured.\n",
        "glossary.yaml": "version: 1\nentries:\n  - term: amlodipine\n"
                         "    definition: Amlodipine is a calcium channel blocker.\n"
                         "    brands: [Norvasc]\n",
    },
    "bookdown": {
        "index.Rmd": "\nSpacer use is covered under PEF later. Insulin is not discussed.\n",
        "01-intro.Rmd": "\nBudesonide is an inhaled corticosteroid.\n",
        "02-results.Rmd": "\nPulmicort was used twice daily, and peak expiratory flow (PEF) "
                          "was recorded. Insulin was not given.\n",
        "glossary.yaml": "version: 1\nentries:\n  - term: budesonide\n"
                         "    definition: Budesonide is an inhaled corticosteroid.\n"
                         "    brands: [Pulmicort]\n",
    },
}


def book_with_context(copy, name: str) -> Path:
    root = copy(name)
    for relative, text in BOOK_ADDITIONS[name].items():
        path = root / relative
        path.write_text((path.read_text("utf-8") if path.exists() else "") + text, "utf-8")
    return root


def rows(diagnostics, path: str) -> list[tuple]:
    return sorted((d.code, d.span.start.line, d.span.start.col, d.message)
                  for d in diagnostics if d.path == path)


@pytest.mark.parametrize("name", ["quarto", "bookdown"])
def test_a_chapter_checked_alone_has_the_whole_books_findings(copy, name):
    root = book_with_context(copy, name)
    whole = run(project_config(root), RunOptions(use_baseline=False))
    chapters = EXPECTED[name][1]
    first, last = chapters[0], chapters[-1] if name == "bookdown" else "parts/methods.qmd"
    later = "ABPM" if name == "quarto" else "PEF"
    # The book's own reading: the context really is used.
    assert [d.message for d in whole.diagnostics if d.code == "GLO005"] == [
        f"'{later}' is used before it is defined (in {last})"]
    codes = {(d.code, d.path) for d in whole.diagnostics}
    assert ("GLO003", last) not in codes and ("GLO008", last) not in codes
    assert ("GLO015", first) in codes and ("GLO015", last) not in codes
    for chapter in chapters:
        alone = run(project_config(root), RunOptions(paths=[chapter], use_baseline=False))
        assert alone.files == [chapter]
        assert rows(alone.diagnostics, chapter) == rows(whole.diagnostics, chapter), chapter
        assert not [d for d in alone.diagnostics if d.path in chapters and d.path != chapter]


def test_a_chapter_on_the_command_line_and_in_the_hook_reads_the_book(copy):
    root = book_with_context(copy, "quarto")
    for args in (("check", "parts/methods.qmd"), ("check", "--changed", "parts/methods.qmd")):
        done = cli(root, *args, "--no-cache", "--format", "json")
        assert done.returncode in (0, 1), done.stderr
        found = {(f["code"], f["file"]) for f in json.loads(done.stdout)["diagnostics"]}
        assert ("GLO003", "parts/methods.qmd") not in found, args  # Norvasc after amlodipine
        assert ("GLO008", "parts/methods.qmd") not in found, args  # RCT defined in intro.qmd
        assert {path for _, path in found} <= {"parts/methods.qmd", "references.bib"}
