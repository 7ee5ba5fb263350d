"""What a project already says about itself: its documents, bibliographies and chapter order.

`detect_project(root)` reads the layout a writing tool defines, so a project
can be checked with no configuration of ours:

- Quarto (`_quarto.yml`): `book: chapters:` (with parts and appendices) in
  that order, else every `.qmd`/`.md`/`.Rmd` file Quarto would render;
  `bibliography:` from `_quarto.yml` and the documents' front matter.
- bookdown (`_bookdown.yml` or an `index.Rmd` with `site: bookdown`):
  `rmd_files:` in that order, else every `.Rmd` file in the root, `index.Rmd`
  first; `bibliography:` from `index.Rmd`'s front matter.
- Manubot (`content/metadata.yaml` next to numbered `content/*.md`): the
  `content/*.md` files in name order; `content/manual-references*` files as
  the bibliography (Manubot resolves `@doi:`, `@pmid:` ... itself).
- Jupyter Book (`_toc.yml`, with `_config.yml`, at the root or in the one
  folder below it that holds both, such as `book/`): the `root` and every
  `file:` of chapters, parts and sections in that order (a name without a
  suffix is the `.md` or `.ipynb` file of that name); `bibtex_bibfiles:`
  from `_config.yml`; names are relative to the book's folder. Jupyter Book
  0.10's table of contents (a list: the landing page, `file:` and `part:`
  entries) is read the same way.
- MyST (`myst.yml`, mystmd): `project: toc:` files in that order, else the
  documents found; `project: bibliography:`.
- Carpentries Workbench lesson (sandpaper: `config.yaml` with `carpentry:`):
  `index.md`, then the `episodes:` in that order, then `learners:`,
  `instructors:` and `profiles:` (a folder's files in name order when its
  list is empty, as sandpaper does); the title from `config.yaml`. `links.md`
  (appended to every page), the rendered `site/` and other folders
  (translations in `locale/`, the episode `template.Rmd` left unlisted) are not read.
- MkDocs (`mkdocs.yml`): the pages of `docs_dir` (default `docs`), the home
  page first, then `nav:` in that order, then the other pages MkDocs builds;
  `exclude_docs` is honoured; the title is `site_name`.
- FHIR implementation guides (HL7's IG Publisher; `sushi-config.yaml` or `ig.ini`
  with `input/pagecontent/` or `input/pages/`): the Markdown pages of those
  folders, the home page (`index.md`) first, then SUSHI's `pages:` in that
  order, then the other pages, then the resource notes of `input/intro-notes/`;
  the title is SUSHI's `title`. The rest of `input/` (CQL, FSH, examples) and
  the repository's own files are not pages.
- Notebook chapters (`.ipynb`) of these books are not read as documents, but
  the citations of their Markdown cells count as citing (`cited_outside`),
  so a reference cited only in a notebook is not "never cited".
- R Markdown and plain pandoc: the documents found under the root, and the
  bibliographies named in their front matter (`bibliography:`, a file or
  a list, relative to the document).

Files and folders named in `.gitignore`, hidden folders and the build
output of these tools (`_book`, `_site`, `_freeze`, `output`, knitr's
`*_files` and `*_cache` ...) are never documents. Files whose name starts
with `_` are includes (Quarto and bookdown skip them), and repository
boilerplate at the root (README, LICENSE, CONTRIBUTING ...) is not an article.

Nothing here reads our own configuration: callers decide what overrides
what (a configured `paths` or `bibliography` always wins).
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from lint.document.loader import ReadFailure, read_text
from lint.sources.yamlfile import DataFileError, parse_yaml
from lint.yamltext import explain_yaml_error

if TYPE_CHECKING:
    import pathspec

# MDX (Docusaurus, Nextra, Astro and Next.js sites) is Markdown with JSX and ESM lines.
DOCUMENT_SUFFIXES = (".md", ".markdown", ".rmd", ".qmd", ".mdx")
MANUBOT_METADATA = "content/metadata.yaml"
# Output and cache folders of Quarto, bookdown, Manubot, knitr, Python and R tooling.
BUILD_FOLDERS = frozenset({
    "_book", "_site", "_freeze", "_bookdown_files", "_output", "_publish", "output",
    "node_modules", "renv", "venv", "env", "site-packages", "__pycache__", "build_output",
    "libs", "site_libs",
})
# The files a layout is read from (the run cache watches them).
LAYOUT_FILES = ("_quarto.yml", "_quarto.yaml", "_bookdown.yml", "index.Rmd", "index.rmd",
                "content/metadata.yaml", "content/citation-tags.tsv", "_toc.yml", "_config.yml",
                "myst.yml", "config.yaml", "mkdocs.yml", "mkdocs.yaml", "sushi-config.yaml",
                "sushi-config.yml", "ig.ini")
# A chapter file named without its suffix (Jupyter Book, mystmd): the first that exists.
CHAPTER_SUFFIXES = (".md", ".ipynb", ".myst.md", ".Rmd", ".qmd")
BUILD_FOLDER_SUFFIXES = ("_files", "_cache")  # knitr: chapter_files/, chapter_cache/
# Repository files that are not articles.
BOILERPLATE = frozenset({
    "readme", "license", "licence", "contributing", "code_of_conduct", "code-of-conduct",
    "changelog", "changes", "news", "security", "support", "authors", "citation",
    "pull_request_template", "issue_template", "usage", "setup", "install",
})


@dataclass
class Project:
    """What was found at a project's root, paths absolute.

    `documents` are in reading order: the chapter order for a book or a
    manuscript, path order otherwise. `unit` is True when the documents are
    one text (a book or a manuscript): acronyms defined in one chapter hold
    for the next ones.
    """

    root: Path
    kind: str  # "quarto-book", "quarto", "bookdown", "manubot", "jupyter-book", "myst",
    # "mkdocs", "fhir-ig", "rmarkdown", "pandoc"
    documents: list[Path] = field(default_factory=list)
    bibliographies: list[Path] = field(default_factory=list)
    layout_file: Path | None = None  # _quarto.yml, _bookdown.yml, content/metadata.yaml
    metadata: dict = field(default_factory=dict)  # title ... from the layout file
    unit: bool = False
    notes: list[str] = field(default_factory=list)  # what was read, for `init` and docs
    missing: list[str] = field(default_factory=list)  # named but absent files
    notebooks: list[Path] = field(default_factory=list)  # .ipynb chapters, not read as text

    @functools.cached_property
    def cited_outside(self) -> frozenset[str]:
        """Keys the notebook chapters cite in their Markdown cells (read only for that)."""
        from lint.project_notebooks import notebook_citation_keys

        return frozenset(key for path in self.notebooks for key in notebook_citation_keys(path))

    @property
    def chapters(self) -> list[str]:
        """The documents as findings name them (relative to the root), in reading order."""
        return [self.relative(path) for path in self.documents]

    def relative(self, path: Path) -> str:
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return os.path.relpath(path, self.root).replace(os.sep, "/")


def detect_project(root: Path | str) -> Project:
    """The documents, bibliographies and chapter order a project's own files define."""
    root = Path(root).resolve()
    project = detect_layout(root)
    if project is None:
        documents = discover_documents(root, ["."])
        kind = "rmarkdown" if any(p.suffix.lower() in (".rmd", ".qmd") for p in documents) \
            else "pandoc"
        project = Project(root, kind, documents=documents)
    _add_front_matter_bibliographies(project)
    project.bibliographies = _unique_existing(project, project.bibliographies)
    return project


def detect_layout(root: Path | str) -> Project | None:
    """A Quarto, bookdown or Manubot layout at root (its documents and files), else None.

    Cheap (reads the layout file, lists the chapters): used when a
    configuration names the documents but a book is still one text.
    """
    root = Path(root).resolve()
    # myst.yml before _toc.yml: Jupyter Book 1 never reads myst.yml, while mystmd (and
    # Jupyter Book 2, built on it) reads a left-over _toc.yml as its table of contents.
    for detect in (_quarto, _bookdown, _manubot, _myst, _jupyter_book, _sandpaper, _mkdocs,
                   _fhir_ig):
        project = detect(root)
        if project is not None:
            return project
    return None


# -- discovery ---------------------------------------------------------------
def discover_documents(root: Path, paths: list[str], exclude: list[str] = ()) -> list[Path]:
    """Documents under `paths` (files, folders or globs, relative to root), in path order.

    Folders are walked without following symlinks; ignored, hidden and build
    folders are skipped, and so are `exclude` patterns (gitignore style).
    A file named explicitly is taken whatever its name.
    """
    root = Path(root).resolve()
    excluded = _gitignore_spec(list(exclude)) if exclude else None
    found: list[Path] = []
    seen: set[str] = set()

    def add(path: Path) -> None:
        real = os.path.realpath(path)
        if real in seen:
            return
        if excluded is not None and excluded.match_file(_relative(root, path)):
            return
        seen.add(real)
        found.append(path)

    for given in paths:
        if _is_glob(given):
            for path in sorted(root.glob(given)):
                if path.is_file() and is_document(path.name) and not _ignored(root, path):
                    add(path)
            continue
        path = (root / given) if not os.path.isabs(given) else Path(given)
        if path.is_dir():
            for candidate in walk_documents(path, root):
                add(candidate)
        elif path.exists():
            add(path)
    return found


def is_document(name: str) -> bool:
    lower = name.lower()
    return lower.endswith(DOCUMENT_SUFFIXES) and not lower.startswith(("_", "."))


def walk_documents(folder: Path, root: Path) -> list[Path]:
    """Documents under a folder, honouring every `.gitignore` met on the way down."""
    found: list[Path] = []
    folder = folder.resolve()
    ignores = _ancestor_ignores(folder, root, include_self=False)
    for directory, subdirs, files in os.walk(folder, followlinks=False):
        here = Path(directory)
        local = _read_gitignore(here)
        if local is not None:
            ignores = [*ignores, (here, local)]
        kept = []
        for name in sorted(subdirs):
            if _build_folder(name) or _matches(ignores, here / name, is_dir=True):
                continue
            kept.append(name)
        subdirs[:] = kept
        for name in sorted(files):
            path = (here / name)
            if is_document(name) and not (here == root and _boilerplate(name)) \
                    and not _matches(ignores, path):
                found.append(path)
    return found


def _build_folder(name: str) -> bool:
    return (name.startswith(".") or name in BUILD_FOLDERS
            or name.endswith(BUILD_FOLDER_SUFFIXES))


def _boilerplate(name: str) -> bool:
    return Path(name).stem.lower() in BOILERPLATE


def _is_glob(text: str) -> bool:
    return any(char in text for char in "*?[")


def _relative(root: Path, path: Path) -> str:
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _gitignore_spec(lines: list[str]) -> pathspec.GitIgnoreSpec:
    # pathspec (and the pattern backends it probes for) only when there is something to
    # exclude: a project without `exclude` or `.gitignore` files never imports it.
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(lines)


def _read_gitignore(directory: Path) -> pathspec.GitIgnoreSpec | None:
    path = directory / ".gitignore"
    if not path.is_file():
        return None
    text = read_text(str(path))
    if isinstance(text, ReadFailure):
        return None
    return _gitignore_spec(text.text.splitlines())


def _ancestor_ignores(directory: Path, root: Path, include_self: bool
                      ) -> list[tuple[Path, pathspec.GitIgnoreSpec]]:
    """`.gitignore` files from the project root down to a folder (itself if asked)."""
    directory = directory.resolve()
    try:
        parts = directory.relative_to(root).parts
    except ValueError:
        return []
    chain = [root]
    for part in parts:
        chain.append(chain[-1] / part)
    if not include_self:
        chain = chain[:-1]
    return [(d, spec) for d in chain if (spec := _read_gitignore(d)) is not None]


def _ignored(root: Path, path: Path) -> bool:
    """Whether a file found by a glob sits in an ignored or build folder."""
    relative = _relative(root, path).split("/")
    if any(_build_folder(part) for part in relative[:-1]):
        return True
    ignores = _ancestor_ignores(path.parent, root, include_self=True)
    folders = [path.parent.resolve()]
    while folders[-1] != root and root in folders[-1].parents:
        folders.append(folders[-1].parent)
    return _matches(ignores, path.resolve()) or any(
        _matches(ignores, folder, is_dir=True) for folder in folders[:-1])


def _matches(ignores, path: Path, is_dir: bool = False) -> bool:
    for base, spec in ignores:
        try:
            relative = path.relative_to(base).as_posix()
        except ValueError:
            continue
        if spec.match_file(relative + ("/" if is_dir else "")):
            return True
    return False


# -- layouts -----------------------------------------------------------------
def _load_yaml(path: Path, *, lists: bool = False) -> dict:
    """The mapping in a layout file ({} if empty); with `lists`, a top-level list too, as
    `{"chapters": [...]}` (Jupyter Book 0.10's table of contents). A file that cannot be
    read, is not YAML or is not a mapping is an error with its file and line (exit 2):
    read as empty it would drop the chapters, their order and the title without a word,
    and the renderer itself stops on it."""
    from lint.config import ConfigError

    shown = os.path.relpath(path)
    text = read_text(str(path))
    if isinstance(text, ReadFailure):
        raise ConfigError(f"cannot read the layout file ({text.message})", shown)
    try:
        data = parse_yaml(text.text)
    except DataFileError as error:
        raise ConfigError(error.message, shown, error.span.start.line) from None
    if data is None:
        return {}
    if lists and isinstance(data, list):
        return {"chapters": data}
    if not isinstance(data, dict):
        raise ConfigError(f"{path.name} must be a mapping of keys to values", shown, 1)
    return data


def _quarto(root: Path) -> Project | None:
    layout = root / "_quarto.yml"
    if not layout.is_file():
        layout = root / "_quarto.yaml"
        if not layout.is_file():
            return None
    data = _load_yaml(layout)
    book = data.get("book") if isinstance(data.get("book"), dict) else None
    project = Project(root, "quarto-book" if book else "quarto", layout_file=layout)
    project.notes.append(f"Quarto project ({project.relative(layout)})")
    chapters = _quarto_chapters(book) if book else []
    if chapters:
        project.documents = _listed(project, chapters)
        project.unit = True
    else:
        render = (data.get("project") or {}).get("render") if isinstance(
            data.get("project"), dict) else None
        listed = [r for r in render if isinstance(r, str)] if isinstance(render, list) else []
        # `render:` may exclude with "!pattern", as in Quarto.
        excluded = [r[1:] for r in listed if r.startswith("!")]
        listed = [r for r in listed if not r.startswith("!")]
        project.documents = discover_documents(root, [_quarto_glob(r) for r in listed] or ["."],
                                               excluded)
    project.bibliographies.extend(_named(root, _bibliography_value(data)))
    metadata = dict(book or {})
    project.metadata = {k: v for k, v in metadata.items() if isinstance(v, (str, list))
                        and k in ("title", "subtitle", "author", "description", "date")}
    if "title" in data and "title" not in project.metadata:
        project.metadata["title"] = data["title"]
    return project


def _quarto_glob(pattern: str) -> str:
    """A `render:` entry as Quarto expands it: a glob without a leading "/" matches at any
    depth ("*.qmd" is "**/*.qmd", quarto-cli's resolvePathGlobs), a leading "/" anchors it
    at the project's root. A website that renders "*.qmd" renders its sessions/ pages."""
    if pattern.startswith("/"):
        return pattern[1:]
    if _is_glob(pattern) and not pattern.startswith("**/"):
        return "**/" + pattern
    return pattern


def _quarto_chapters(book: dict) -> list[str]:
    """`chapters:` and `appendices:`, parts flattened (a part's own file first)."""
    found: list[str] = []

    def add(items) -> None:
        for item in items if isinstance(items, list) else []:
            if isinstance(item, str):
                found.append(item)
            elif isinstance(item, dict):
                part = item.get("part")
                if isinstance(part, str) and part.lower().endswith(DOCUMENT_SUFFIXES):
                    found.append(part)
                add(item.get("chapters"))

    add(book.get("chapters"))
    add(book.get("appendices"))
    return found


def _bookdown(root: Path) -> Project | None:
    layout = root / "_bookdown.yml"
    index = _first_existing(root, ("index.Rmd", "index.rmd"))
    index_meta = _front_matter(index) if index else {}
    if not layout.is_file() and not (index and "bookdown" in str(index_meta.get("site", ""))):
        return None
    project = Project(root, "bookdown", layout_file=layout if layout.is_file() else index,
                      unit=True)
    project.notes.append(f"bookdown book ({project.relative(project.layout_file)})")
    config = _load_yaml(layout) if layout.is_file() else {}
    listed = config.get("rmd_files")
    if isinstance(listed, dict):  # per output format: the HTML book's list
        listed = listed.get("html") or next(iter(listed.values()), None)
    if isinstance(listed, list) and listed:
        project.documents = _listed(project, [f for f in listed if isinstance(f, str)])
    else:
        # bookdown's default: every .Rmd in the root folder (and below with `rmd_subdir`),
        # index first, `_` files skipped.
        subdir = config.get("rmd_subdir")
        if subdir is True or isinstance(subdir, list):
            folders = ["."] + ([f for f in subdir if isinstance(f, str)]
                               if isinstance(subdir, list) else [])
            found = [p for p in discover_documents(root, folders) if p.suffix.lower() == ".rmd"
                     and (subdir is True or p.parent == root or any(
                         (root / f) in p.parents for f in folders[1:]))]
        else:
            found = sorted(p for p in root.iterdir()
                           if p.is_file() and p.suffix.lower() == ".rmd" and is_document(p.name)
                           and not _boilerplate(p.name))
        project.documents = sorted(found, key=lambda p: p.stem.lower() != "index")
    if index_meta:
        project.metadata = {k: v for k, v in index_meta.items()
                            if k in ("title", "subtitle", "author", "description", "date")}
    return project


def _manubot(root: Path) -> Project | None:
    content = root / "content"
    metadata_file = content / "metadata.yaml"
    if not metadata_file.is_file():
        return None
    chapters = sorted(p for p in content.glob("*.md") if re.match(r"\d", p.name))
    if not chapters:
        return None
    project = Project(root, "manubot", documents=chapters, layout_file=metadata_file,
                      unit=True)
    project.notes.append(f"Manubot manuscript ({project.relative(metadata_file)})")
    project.bibliographies.extend(sorted(
        p for p in content.glob("manual-references*")
        if p.suffix.lower() in (".json", ".yaml", ".yml", ".bib")))
    metadata = _load_yaml(metadata_file)
    project.metadata = {k: v for k, v in metadata.items()
                        if k in ("title", "keywords", "authors", "author_info", "lang", "date")}
    return project


def _jupyter_book(root: Path) -> Project | None:
    book = _jupyter_book_folder(root)
    if book is None:
        return None
    toc = book / "_toc.yml"
    # Jupyter Book before 0.11 wrote the table of contents as a list: the landing page,
    # then `file:` entries (with `sections:`) and `part:` entries (with `chapters:`).
    data = _load_yaml(toc, lists=True)
    config_file = book / "_config.yml"
    config = _load_yaml(config_file) if config_file.is_file() else {}
    # The book's metadata (title, author) is in _config.yml.
    project = Project(root, "jupyter-book", layout_file=config_file if config else toc,
                      unit=True)
    project.notes.append(f"Jupyter Book ({project.relative(toc)})")
    names = _toc_files(data)
    # The table of contents names files relative to its own folder.
    project.documents = _listed(project, [project.relative(book / _with_suffix(book, name))
                                          for name in names])
    bibfiles = config.get("bibtex_bibfiles")
    project.bibliographies.extend(_named(book, [bibfiles] if isinstance(bibfiles, str) else [
        name for name in bibfiles or [] if isinstance(name, str)]))
    project.metadata = {k: v for k, v in config.items()
                        if k in ("title", "author", "description") and isinstance(v, str)}
    return project


def layout_files(root: Path | str) -> list[str]:
    """The layout files present (relative to root), a Jupyter Book's in its folder too:
    what the run cache watches."""
    root = Path(root)
    found = [name for name in LAYOUT_FILES if (root / name).is_file()]
    book = _jupyter_book_folder(root)
    if book is not None and book != root:
        found += [f"{book.name}/{name}" for name in ("_toc.yml", "_config.yml")]
    return found


def _jupyter_book_folder(root: Path) -> Path | None:
    """The folder of a Jupyter Book: the root, or the one folder just below it that holds
    both `_toc.yml` and `_config.yml` (`jupyter-book build book/`, a common layout with
    the repository's code and data beside the book)."""
    if (root / "_toc.yml").is_file():
        return root
    try:
        found = [folder for folder in sorted(root.iterdir())
                 if folder.is_dir() and not folder.name.startswith((".", "_"))
                 and folder.name not in BUILD_FOLDERS
                 and (folder / "_toc.yml").is_file() and (folder / "_config.yml").is_file()]
    except OSError:
        return None
    return found[0] if len(found) == 1 else None


def _myst(root: Path) -> Project | None:
    layout = root / "myst.yml"
    if not layout.is_file():
        return None
    data = _load_yaml(layout)
    settings = data.get("project") if isinstance(data.get("project"), dict) else {}
    project = Project(root, "myst", layout_file=layout, unit=True)
    project.notes.append(f"MyST project ({project.relative(layout)})")
    names = _toc_files({"chapters": settings.get("toc")})
    legacy = root / "_toc.yml"
    if not names and legacy.is_file():
        # No `toc` in myst.yml: mystmd takes the Jupyter Book table of contents beside it.
        data = _load_yaml(legacy)
        names = _toc_files(data)
        project.notes.append(f"table of contents: {project.relative(legacy)}")
    if names:
        project.documents = _listed(project, [_with_suffix(root, name) for name in names])
    else:
        project.documents = discover_documents(root, ["."])
        project.notebooks = [p for p in sorted(root.rglob("*.ipynb"))
                             if not _ignored(root, p) and ".ipynb_checkpoints" not in p.parts]
    project.bibliographies.extend(_named(root, _bibliography_value(settings)))
    project.metadata = {k: v for k, v in settings.items()
                        if k in ("title", "subtitle", "description") and isinstance(v, str)}
    # mystmd's `abbreviations:` (acronym -> expansion), inherited by every page, which shows
    # each use with its expansion: declared, so defined (GLO005, GLO008).
    abbreviations = settings.get("abbreviations")
    if isinstance(abbreviations, dict):
        project.metadata["abbreviations"] = {str(k): str(v) for k, v in abbreviations.items()}
    return project


# sandpaper's folders, in the order its navigation shows them (index.md comes first).
_SANDPAPER_FOLDERS = ("episodes", "learners", "instructors", "profiles")


def _sandpaper(root: Path) -> Project | None:
    """A Carpentries Workbench lesson: `config.yaml` naming its `carpentry` and `episodes`."""
    layout = root / "config.yaml"
    if not layout.is_file() or not (root / "episodes").is_dir():
        return None
    config = _load_yaml(layout)
    if "carpentry" not in config or "episodes" not in config:
        return None
    project = Project(root, "sandpaper", layout_file=layout, unit=True)
    project.notes.append(f"Carpentries Workbench lesson ({project.relative(layout)})")
    names = [name for name in ("index.md", "index.Rmd") if (root / name).is_file()][:1]
    for folder in _SANDPAPER_FOLDERS:
        listed = config.get(folder)
        if isinstance(listed, list) and listed:
            names += [f"{folder}/{name}" for name in listed if isinstance(name, str)]
        elif (root / folder).is_dir():  # an empty list: every page of the folder
            names += [f"{folder}/{path.name}" for path in sorted((root / folder).iterdir())
                      if path.is_file() and path.suffix.lower() in DOCUMENT_SUFFIXES]
    project.documents = _listed(project, names)
    project.metadata = {k: v for k, v in config.items()
                        if k in ("title", "keywords") and isinstance(v, str)}
    return project


class _MkDocsLoader(yaml.SafeLoader):
    """mkdocs.yml as MkDocs reads it, its Python and environment tags
    (`!!python/name:...`, `!ENV`, `!relative`) read as nothing: only the page
    list, `docs_dir`, `exclude_docs` and `site_name` matter here."""


_MkDocsLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda *_: None)
_MkDocsLoader.add_multi_constructor("!", lambda *_: None)


def _mkdocs(root: Path) -> Project | None:
    """An MkDocs site: `mkdocs.yml`, pages in `docs_dir` (default `docs`)."""
    layout = next((root / name for name in ("mkdocs.yml", "mkdocs.yaml")
                   if (root / name).is_file()), None)
    if layout is None:
        return None
    config = _mkdocs_config(layout)
    if config is None:
        return None
    docs_dir = config.get("docs_dir") if isinstance(config.get("docs_dir"), str) else "docs"
    docs = (root / docs_dir).resolve()
    if not docs.is_dir():
        return None
    project = Project(root, "mkdocs", layout_file=layout, unit=True)
    project.notes.append(f"MkDocs site ({project.relative(layout)}, pages in {docs_dir}/)")
    # MkDocs builds every page of docs_dir but `exclude_docs` (gitignore patterns, relative
    # to docs_dir); `nav` orders them, the home page first, the pages left out of the nav
    # after (still built and published).
    exclude = config.get("exclude_docs")
    excluded = _gitignore_spec(exclude.splitlines()) if isinstance(exclude, str) else None
    pages = [p for p in discover_documents(docs, ["."])
             if p.suffix.lower() in (".md", ".markdown")
             and not (excluded and excluded.match_file(_relative(docs, p)))]
    if not any(_relative(docs, p) == "index.md" for p in pages):
        # MkDocs' home page is docs/README.md when there is no index.md; the listing
        # drops a root README as a repository's boilerplate.
        readme = docs / "README.md"
        if readme.is_file() and not (excluded and excluded.match_file("README.md")):
            pages.insert(0, readme)
    listed: list[Path] = []
    for name in _mkdocs_nav(config.get("nav")):
        # Filtered as the listing is: inside docs_dir, not excluded, Markdown (a notebook
        # is read for its citations, as other layouts' listed notebooks), once.
        path = (docs / name).resolve()
        if docs not in path.parents:
            continue
        if excluded and excluded.match_file(_relative(docs, path)):
            continue
        if path.suffix.lower() == ".ipynb":
            if path.is_file() and path not in project.notebooks:
                project.notebooks.append(path)
            elif not path.is_file():
                project.missing.append(project.relative(path))
            continue
        if path.suffix.lower() in (".md", ".markdown") and path not in listed:
            listed.append(path)
    home = [p for p in pages if _relative(docs, p) in ("index.md", "README.md")][:1]
    order = home + [p for p in listed if p not in home]
    project.documents = order + [p for p in pages if p not in order]
    # A nav entry that is a folder (the awesome-pages plugin's) names no page of its own.
    project.missing += [project.relative(p) for p in listed if not p.exists()]
    project.documents = [p for p in project.documents if p.is_file()]
    if isinstance(config.get("site_name"), str):
        project.metadata = {"title": config["site_name"]}
    return project


def _mkdocs_config(path: Path) -> dict | None:
    """mkdocs.yml's mapping (None when empty); a file that cannot be read, is not YAML or
    is not a mapping is an error with its file and line (exit 2), as MkDocs stops on it."""
    from lint.config import ConfigError

    shown = os.path.relpath(path)
    text = read_text(str(path))
    if isinstance(text, ReadFailure):
        raise ConfigError(f"cannot read the layout file ({text.message})", shown)
    try:
        config = yaml.load(text.text, Loader=_MkDocsLoader)  # noqa: S506 - a SafeLoader
    except yaml.YAMLError as error:
        line, _, problem, _ = explain_yaml_error(error)
        raise ConfigError(f"invalid YAML: {problem}", shown, line + 1) from None
    if config is None:
        return None
    if not isinstance(config, dict):
        raise ConfigError(f"{path.name} must be a mapping of keys to values", shown, 1)
    return config


def _mkdocs_nav(nav) -> list[str]:
    """The pages of an MkDocs `nav` in order: a path, `Title: path` or `Section: [...]`;
    links to other sites are not pages."""
    if isinstance(nav, str):
        return [] if "://" in nav or nav.startswith(("/", "#")) else [nav]
    if isinstance(nav, list):
        return [name for item in nav for name in _mkdocs_nav(item)]
    if isinstance(nav, dict):
        return [name for value in nav.values() for name in _mkdocs_nav(value)]
    return []


# The IG Publisher's page folders (input/intro-notes holds the notes it adds to the
# pages of the guide's resources: read after the pages).
FHIR_PAGE_FOLDERS = ("input/pagecontent", "input/pages")
FHIR_NOTES_FOLDER = "input/intro-notes"


def _fhir_ig(root: Path) -> Project | None:
    """A FHIR implementation guide: `sushi-config.yaml` (SUSHI) or `ig.ini` (the IG
    Publisher), pages in `input/pagecontent/` or `input/pages/`."""
    layout = _first_existing(root, ("sushi-config.yaml", "sushi-config.yml", "ig.ini"))
    folders = [root / name for name in FHIR_PAGE_FOLDERS if (root / name).is_dir()]
    if layout is None or not folders:
        return None
    project = Project(root, "fhir-ig", layout_file=layout, unit=True)
    project.notes.append(f"FHIR implementation guide ({project.relative(layout)}, pages in "
                         + ", ".join(project.relative(f) + "/" for f in folders) + ")")
    # Walked from the root, so that a page named like a repository's file (changes.md,
    # license.md) is still a page.
    pages = [p for folder in folders for p in walk_documents(folder, root)
             if p.suffix.lower() in (".md", ".markdown")]
    config = _sushi_config(layout) if layout.suffix != ".ini" else {}
    by_name: dict[str, Path] = {}
    for page in pages:  # SUSHI names a page by its file name, in whichever folder it is
        by_name.setdefault(page.name, page)
    listed: list[Path] = []
    for name in _sushi_pages(config.get("pages")):
        if not name.lower().endswith((".md", ".markdown")):
            continue  # an XML or HTML page is not Markdown we read
        if name in by_name:
            if by_name[name] not in listed:
                listed.append(by_name[name])
        else:
            project.missing.append(f"{project.relative(folders[0])}/{name}")
    home = [by_name["index.md"]] if "index.md" in by_name else []
    replaced: list[Path] = []
    order = _included_pages(home + [p for p in listed if p not in home], by_name, replaced)
    notes = root / FHIR_NOTES_FOLDER
    intro_notes = [p for p in walk_documents(notes, root)
                   if p.suffix.lower() == ".md"] if notes.is_dir() else []
    project.documents = order + [p for p in pages if p not in order and p not in replaced] \
        + intro_notes
    title = config.get("title") or config.get("name")
    if isinstance(title, str):
        project.metadata = {"title": title}
    return project


# A page that only includes another ("{% include index-dak.md %}", a WHO SMART guide's home
# page, the template's comment above it): the IG Publisher's Jekyll renders the other here.
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_INCLUDES_ONLY = re.compile(r"(?:\s*\{%-?\s*include\s+([^\s%]+)\s*-?%\}\s*)+")
_INCLUDE = re.compile(r"\{%-?\s*include\s+([^\s%]+)")


def _included_pages(order: list[Path], by_name: dict[str, Path],
                    replaced: list[Path]) -> list[Path]:
    """The page order with each include-only page replaced by the pages it includes (and
    added to `replaced`: it has no text of its own to read)."""
    found: list[Path] = []
    for page in order:
        text = read_text(str(page))
        body = "" if isinstance(text, ReadFailure) else _HTML_COMMENT.sub("", text.text)
        names = _INCLUDE.findall(body) if _INCLUDES_ONLY.fullmatch(body) else []
        included = [by_name[name] for name in names if name in by_name]
        if included and len(included) == len(names):
            found += [p for p in included if p not in found]
            replaced.append(page)
        elif page not in found:
            found.append(page)
    return found


def _sushi_config(path: Path) -> dict:
    """SUSHI's configuration; a broken one is an error with its file and line (exit 2):
    read as empty it would drop the page order and the title without a word."""
    from lint.config import ConfigError

    text = read_text(str(path))
    if isinstance(text, ReadFailure):
        raise ConfigError(f"cannot read the FHIR guide's configuration ({text.message})",
                          os.path.relpath(path))
    try:
        data = parse_yaml(text.text)
    except DataFileError as error:
        raise ConfigError(error.message, os.path.relpath(path),
                          error.span.start.line) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError("SUSHI's configuration must be a mapping (id:, title:, pages: ...)",
                          os.path.relpath(path), 1)
    return data


def _sushi_pages(pages) -> list[str]:
    """The page files of SUSHI's `pages:` in order: each key naming a file (with a
    suffix), its sub-pages nested under it beside `title:` and `generation:`."""
    if not isinstance(pages, dict):
        return []
    found: list[str] = []
    for key, value in pages.items():
        if isinstance(key, str) and "." in key:
            found.append(key)
            found += _sushi_pages(value)
    return found


def _toc_files(data: dict) -> list[str]:
    """`root:` then the `file:` entries of a Jupyter Book or mystmd table of contents, in
    reading order (chapters, parts, sections and mystmd's `children`, nested)."""
    found: list[str] = [data["root"]] if isinstance(data.get("root"), str) else []

    def add(items) -> None:
        for item in items if isinstance(items, list) else []:
            if not isinstance(item, dict):
                continue
            if isinstance(item.get("file"), str):
                found.append(item["file"])
            for nested in ("chapters", "sections", "parts", "children"):
                add(item.get(nested))

    for top in ("parts", "chapters", "sections"):
        add(data.get(top))
    return found


def _with_suffix(root: Path, name: str) -> str:
    if Path(name).suffix.lower() in (".md", ".ipynb", ".rmd", ".qmd", ".markdown", ".rst"):
        return name
    return next((name + suffix for suffix in CHAPTER_SUFFIXES
                 if (root / (name + suffix)).is_file()), name + ".md")


def _listed(project: Project, names: list[str]) -> list[Path]:
    documents = []
    for name in names:
        path = (project.root / name)
        if name.lower().endswith(".ipynb"):
            if path.is_file():  # read only for the citations of its Markdown cells
                project.notebooks.append(path)
            else:
                project.missing.append(name)
            continue
        if not name.lower().endswith(DOCUMENT_SUFFIXES):
            continue  # not Markdown we can read (.rst)
        if path.is_file():
            documents.append(path)
        else:
            project.missing.append(name)
    return documents


def _first_existing(root: Path, names) -> Path | None:
    return next((root / n for n in names if (root / n).is_file()), None)


def _front_matter(path: Path) -> dict:
    text = read_text(str(path))
    if isinstance(text, ReadFailure):
        return {}
    match = re.match(r"---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|$)", text.text, re.DOTALL)
    if match is None:
        return {}
    try:
        data = parse_yaml(match.group(1))
    except (DataFileError, yaml.YAMLError):
        return {}
    return data if isinstance(data, dict) else {}


def _bibliography_value(data: dict) -> list[str]:
    value = data.get("bibliography")
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def _named(base: Path, names: list[str]) -> list[Path]:
    # R Markdown may compute the value (`bibliography: "`r ...`"`): not a file name.
    return [(base / name.strip()) for name in names if name.strip() and "`" not in name]


def _add_front_matter_bibliographies(project: Project) -> None:
    for document in project.documents:
        names = _bibliography_value(_front_matter(document))
        for name in names:
            # Relative to the document (R Markdown, Quarto), else to where pandoc runs.
            candidates = _named(document.parent, [name]) + _named(project.root, [name])
            found = [path for path in candidates if path.exists()]
            project.bibliographies.extend(found[:1] or candidates[:1])


def _unique_existing(project: Project, paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        resolved = path.resolve()
        if resolved in found:
            continue
        if resolved.is_file():
            found.append(resolved)
        else:
            missing = project.relative(resolved)
            if missing not in project.missing:
                project.missing.append(missing)
    return found


def notebook_chapters(config) -> list[Path]:
    """The notebook chapters whose citations a run reads (the run cache watches them)."""
    project = config.project if config.project is not None else detect_layout(config.root)
    return list(project.notebooks) if project is not None else []


def project_config(start: Path | str):
    """The configuration for a run from `start`: the file found, else the project's own layout."""
    from lint.config import find_config, load_config

    start = Path(start)
    path = find_config(start)
    config = load_config(path, start)
    if path is None:
        config.root = config.root.resolve()
        apply_project_defaults(config)
    return config


def apply_project_defaults(config) -> Project:
    """Fill a configuration that names nothing with what the project says (see module doc).

    For a run with no configuration file: `paths` become the project's
    documents in reading order, `bibliography` its bibliography files;
    `config.project` keeps the whole finding (chapter order, metadata).
    """
    project = detect_project(config.root)
    config.project = project
    # A dangling symlink found in the walk is left out: as a path of the configuration it
    # would stop the run ("content path ... does not exist"); named in a configuration,
    # it is a located DOC001 finding.
    config.paths = [project.relative(p) for p in project.documents if p.exists()]
    # The project's own bibliographies; else the default one (references.bib), which is a
    # note when absent.
    config.bibliography = ([project.relative(p) for p in project.bibliographies]
                           or config.bibliography)
    return project
