"""`content-lint init`: a commented configuration for what the project says about itself.

The file holds what `lint/project.py` found (documents in reading order,
bibliography files) so that a team can pin or change it; with no file at
all a run reads the same from the project.
"""

from __future__ import annotations

import json
from pathlib import Path

from lint.config import DEFAULT_CONTENT, DEFAULT_GLOSSARIES, Config
from lint.project import Project, detect_project, discover_documents

CONFIG_NAME = "content-lint.toml"
REPORT_OUTPUT = "content-lint-report."  # `content-lint report` writes .html and .md

_KINDS = {
    "quarto-book": "a Quarto book",
    "quarto": "a Quarto project",
    "bookdown": "a bookdown book",
    "manubot": "a Manubot manuscript",
    "jupyter-book": "a Jupyter Book",
    "myst": "a MyST project",
    "sandpaper": "a Carpentries Workbench lesson",
    "mkdocs": "an MkDocs site",
    "fhir-ig": "a FHIR implementation guide",
    "rmarkdown": "R Markdown documents",
    "pandoc": "Markdown documents (pandoc)",
}


def render_config(project: Project) -> str:
    """The TOML text of a configuration for `project`, every choice explained."""
    kind = _KINDS.get(project.kind, project.kind)
    lines = [
        f"# content-lint configuration for {kind}, written by `content-lint init`.",
    ]
    if project.layout_file is not None:
        if project.layout_file.suffix == ".ini":  # ig.ini names no pages, nor their order
            order = " (its pages: the home page first, then by path)."
        else:
            order = " (chapters in its order)." if project.unit else "."
        lines.append(f"# Read from {project.relative(project.layout_file)}" + order)
    lines += [
        "# Without this file content-lint finds the same by itself; keep it to pin these",
        "# choices or change them (see docs/projects.md and the README).",
        "",
        "# Documents to check, in reading order: files, folders or globs such as",
        '# "chapters/*.qmd". Folders skip .gitignore\'d and build output (_book, _site ...).',
    ]
    if project.documents:
        paths = _paths(project)
        lines.append("paths = [")
        lines += [f"  {_toml(name)}," for name in paths]
        lines.append("]")
        if paths == ["."]:
            lines += ["# The report `content-lint report` writes here is not an article.",
                      f"exclude = [{_toml(REPORT_OUTPUT + '*')}]"]
    else:
        lines.append('paths = []  # no .md, .markdown, .Rmd, .qmd or .mdx document was found')
    lines += [
        "",
        "# Bibliography files, read as one: BibTeX or biblatex (.bib), CSL-JSON (.json),",
        "# CSL-YAML (.yaml)." + (" Manubot's @doi:, @pmid:, @url: ... keys need no entry."
                                 if project.kind == "manubot" else ""),
    ]
    files = bibliographies(project)
    if files:
        lines.append(f"bibliography = [{', '.join(_toml(name) for name in files)}]")
    else:
        lines.append('bibliography = ""  # none named by the project')
    for name in project.missing:
        lines.append(f"# Named by the project but not found (built later?): {name}")
    lines += [
        "",
        "# A glossary of preferred terms and definitions (YAML), if the project keeps one.",
        _glossary(project.root),
        "",
        "# Findings at or above this level fail the run: error, warning, info or never.",
        'fail-level = "warning"',
        "",
    ] + _genre_lines(project)
    return "\n".join(lines)


# Layouts of books and lessons: `init` offers the book genre, commented out. It is never
# chosen for the user: a layout does not tell a textbook from a health publisher's pages.
_BOOK_KINDS = frozenset({"quarto-book", "bookdown", "jupyter-book", "sandpaper"})


def _genre_lines(project: Project) -> list[str]:
    lines = ["# The genre of the writing (docs/claims.md): \"health\" pages for patients and the",
             "# public (the default: every claim needs a source), \"scholarly\" papers or \"book\"",
             "# (textbooks and course notes: standard teaching needs none; studies, statistics",
             "# about people, dates, treatments, guidelines and quotations still do)."]
    if project.kind in _BOOK_KINDS:
        lines.append('# genre = "book"  # uncomment for a textbook or course notes')
    else:
        lines.append('# genre = "health"')
    return lines + [""]


def bibliographies(project: Project) -> list[str]:
    """The project's bibliography files, else the references.bib a bare run reads."""
    files = [project.relative(path) for path in project.bibliographies]
    default = Config.bibliography
    if not files and (project.root / default).is_file():
        files = [default]
    return files


def _paths(project: Project) -> list[str]:
    """The documents as `paths`: the layout's chapters, else the folder a bare run reads.

    A project with no layout file has no chapter list: pinning its files one by one
    would leave a page added later unchecked (a.md pinned, b.md never read), so `paths`
    names what a run with no configuration reads: content/ when it holds every
    document found, else the root.
    """
    if project.layout_file is not None:
        return project.chapters
    if discover_documents(project.root, [DEFAULT_CONTENT]) == project.documents:
        return [DEFAULT_CONTENT]
    return ["."]


def detect(root: Path) -> Project:
    """The project at root, less content-lint's own report outputs.

    `content-lint report` writes content-lint-report.md at the root: read as an article
    it would be checked, and pinned by name it is read whatever .gitignore says.
    """
    project = detect_project(root)
    project.documents = [path for path in project.documents
                         if not path.name.startswith(REPORT_OUTPUT)]
    return project


def _glossary(root: Path) -> str:
    # The glossary a run with no configuration reads, so that the file changes nothing.
    found = next((name for name in DEFAULT_GLOSSARIES if (root / name).is_file()), None)
    return f"glossary = {_toml(found)}" if found else '# glossary = "glossary.yaml"'


def _toml(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a TOML basic string is a JSON string


def write_config(root: Path, force: bool = False) -> tuple[Path, Project]:
    """Write content-lint.toml at root; refuses to replace one unless `force`."""
    target = root / CONFIG_NAME
    if target.exists() and not force:
        raise FileExistsError(f"{CONFIG_NAME} already exists (use --force to replace it)")
    project = detect(root)
    from lint.filter import write_atomic

    write_atomic(str(target), [render_config(project)])
    return target, project
