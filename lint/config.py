"""Configuration: `content-lint.toml`, `.content-lint.toml` or `[tool.content-lint]` in
pyproject.toml, validated with locations; defaults when there is none.

Every unknown key or bad value is a `ConfigError` naming the file and line;
the command line turns it into exit code 2.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lint.diagnostics import Severity, parse_fail_level

TABLE = "tool.content-lint"


class ConfigError(Exception):
    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = self.path or "configuration"
        if self.line:
            where += f":{self.line}"
        return f"{where}: {self.message}"


@dataclass
class Config:
    root: Path
    source: str | None = None  # the file the settings came from
    paths: list[str] = field(default_factory=lambda: ["content"])
    exclude: list[str] = field(default_factory=list)
    bibliography: str | list[str] | None = "references.bib"  # one file or several
    glossary: str | None = None
    # Manubot's tag -> citation table; None: content/citation-tags.tsv when it exists.
    citation_tags: str | None = None
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)
    fail_level: Severity | None = Severity.WARNING
    nlp_model: str = "blank"
    genre: str = "health"  # the claim judgment's genre: "health", "scholarly" or "book"
    baseline: str = ".content-lint-baseline.json"
    drug_knowledge: str | None = None  # extra drugs.yaml-format file
    evidence_topics: str | None = None  # extra evidence_topics.yaml-format file
    online: bool = False  # verify references against Crossref / PubMed
    mailto: str = ""  # contact for Crossref's polite pool (or CONTENT_LINT_MAILTO)
    crossref_url: str = "https://api.crossref.org"
    ncbi_url: str = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils"
    http_timeout: float = 10.0
    http_retries: int = 3
    concurrency: int = 2
    cache_dir: str = ".content-lint-cache"  # runs/ and http/ inside; see lint/cachedir.py
    cache_days: float = 30.0
    not_found_days: float = 7.0  # a cached "not found" is asked again after this
    ncbi_api_key: str = ""  # or NCBI_API_KEY; raises NCBI's pace from 3 to 10 requests/s
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    # What the project's own files say (lint/project.py), when no configuration names it.
    project: Any = None

    @property
    def bibliographies(self) -> list[str]:
        """The bibliography files, as configured (none, one or several)."""
        if not self.bibliography:
            return []
        return [self.bibliography] if isinstance(self.bibliography, str) \
            else list(self.bibliography)
    configured: set[str] = field(default_factory=set)  # keys the file set (not defaults)

    def resolve(self, relative: str) -> Path:
        return (self.root / relative).resolve() if not os.path.isabs(relative) else Path(relative)

    def display(self, path: Path | str) -> str:
        """A path as findings show it: relative to the project root, with '/'."""
        absolute = Path(path).absolute()
        try:
            return absolute.relative_to(self.root.absolute()).as_posix()
        except ValueError:
            return Path(os.path.relpath(absolute, self.root.absolute())).as_posix()


# key -> (expected description, validator/converter)
def _str(value):
    if not isinstance(value, str) or not value.strip():
        raise ValueError("expected a non-empty string")
    return value


def _optional_str(value):
    if value is False or value == "":
        return None
    return _str(value)


def _bibliographies(value):
    """One file, or a list of files read as one bibliography (pandoc's `bibliography:`)."""
    if isinstance(value, list):
        files = _str_list(value)
        if not all(f.strip() for f in files):
            raise ValueError("expected file names, not empty strings")
        return files or None
    return _optional_str(value)


def _str_list(value):
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("expected a list of strings")
    return list(value)


def _severity_table(value):
    if not isinstance(value, dict):
        raise ValueError("expected a table of rule selector = \"error|warning|info\"")
    return {k: Severity.parse(v) if isinstance(v, str) else _bad_severity(v)
            for k, v in value.items()}


def _bad_severity(value):
    raise ValueError(f"severity must be one of error, warning, info, not {value!r}")


def _typed(value, kind, description):
    if not isinstance(value, kind):
        raise ValueError(f"expected {description}")
    return value


def _positive(value, allow_zero=False):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0 or (
            value == 0 and not allow_zero):
        raise ValueError("expected a positive number")
    return value


def _model_name(value):
    """"blank" or the name of an installed spaCy pipeline package, never a path."""
    if not isinstance(value, str) or not (
            value == "blank" or re.fullmatch(r"[a-z]{2,3}_[a-z0-9_]{1,60}", value)):
        raise ValueError('expected "blank" or a spaCy pipeline package name such as '
                         '"en_core_web_sm" (paths are not accepted)')
    return value


GENRES = ("health", "scholarly", "book")


def _genre(value):
    if value not in GENRES:
        raise ValueError('expected "health" (pages for patients and the public), '
                         '"scholarly" (papers and reviews) or "book" (textbooks and '
                         'course notes)')
    return value


def _rules_table(value):
    if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
        raise ValueError("expected tables of rule options, e.g. [tool.content-lint.rules.DOC003]")
    return value


_KEYS = {
    "paths": ("paths", _str_list),
    "exclude": ("exclude", _str_list),
    "bibliography": ("bibliography", _bibliographies),
    "glossary": ("glossary", _optional_str),
    "citation-tags": ("citation_tags", _optional_str),
    "select": ("select", _str_list),
    "ignore": ("ignore", _str_list),
    "severity": ("severity", _severity_table),
    "fail-level": ("fail_level", parse_fail_level),
    "nlp-model": ("nlp_model", _model_name),
    "genre": ("genre", _genre),
    "baseline": ("baseline", _str),
    "drug-knowledge": ("drug_knowledge", _optional_str),
    "evidence-topics": ("evidence_topics", _optional_str),
    "rules": ("rule_options", _rules_table),
    "online": ("online", lambda v: _typed(v, bool, "true or false")),
    "mailto": ("mailto", lambda v: _typed(v, str, "an e-mail address")),
    "crossref-url": ("crossref_url", _str),
    "ncbi-url": ("ncbi_url", _str),
    "http-timeout": ("http_timeout", lambda v: _positive(v)),
    "http-retries": ("http_retries", lambda v: int(_positive(v, allow_zero=True))),
    "concurrency": ("concurrency", lambda v: int(_positive(v))),
    "cache-dir": ("cache_dir", _str),
    "cache-days": ("cache_days", lambda v: _positive(v)),
    "not-found-days": ("not_found_days", lambda v: _positive(v)),
    "ncbi-api-key": ("ncbi_api_key", lambda v: _typed(v, str, "an NCBI API key")),
}


# Looked for in each folder from the working directory up; the first found wins.
# Dedicated files need no Python packaging: content repositories rarely have a pyproject.toml.
CONFIG_FILES = ("content-lint.toml", ".content-lint.toml")


def find_config(start: Path) -> Path | None:
    """The nearest content-lint.toml, .content-lint.toml, or pyproject.toml with a
    [tool.content-lint] table, upwards from start."""
    for directory in (start, *start.parents):
        for name in CONFIG_FILES:
            if (directory / name).is_file():
                return directory / name
        candidate = directory / "pyproject.toml"
        if candidate.is_file():
            try:
                data = tomllib.loads(candidate.read_text("utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
                return candidate  # reported properly by load_config
            if "content-lint" in data.get("tool", {}):
                return candidate
    return None


# Used when no configuration is found and the folder exists.
DEFAULT_CONTENT = "content"
DEFAULT_GLOSSARIES = ("glossary.yaml", "glossary.yml", "content/glossary.yaml",
                      "content/glossary.yml")
# Project documents at the root that are not articles, and folders of other tools' files,
# when the root is the content.
DEFAULT_EXCLUDE = ["README.md", "CHANGELOG.md", "CONTRIBUTING.md", "CODE_OF_CONDUCT.md",
                   "LICENSE.md", "SECURITY.md", "*node_modules/*", "venv/*", "_site/*",
                   "_book/*"]


def default_config(root: Path) -> Config:
    """Settings for a repository without a configuration file.

    Articles under `content/` if there is such a folder, else everything
    below the root but its README-like files; `references.bib` (a note if
    absent); the first glossary file found. One function, so that a project
    layout detector can replace it.
    """
    config = Config(root=root)
    if (root / DEFAULT_CONTENT).is_dir():
        config.paths = [DEFAULT_CONTENT]
    else:
        config.paths = ["."]
        config.exclude = list(DEFAULT_EXCLUDE)
    config.glossary = next((name for name in DEFAULT_GLOSSARIES if (root / name).is_file()),
                           None)
    return config


def load_config(path: Path | None, cwd: Path | None = None) -> Config:
    if path is None:
        return default_config(cwd or Path.cwd())
    shown = str(path)
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"cannot read configuration: {error}", shown) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"line (\d+)", str(error))
        raise ConfigError(f"invalid TOML: {error}", shown,
                          int(match.group(1)) if match else None) from None
    table = data.get("tool", {}).get("content-lint", {})
    if path.name != "pyproject.toml" and not table:
        table = data  # a dedicated file holds the settings at its top level
    config = Config(root=path.parent.resolve(), source=shown)
    if not isinstance(table, dict):
        raise ConfigError("[tool.content-lint] must be a table", shown)
    for key, value in table.items():
        if key not in _KEYS:
            known = ", ".join(sorted(_KEYS))
            raise ConfigError(f"unknown key '{key}' in [{TABLE}] (known keys: {known})",
                              shown, locate_key(text, key))
        attribute, convert = _KEYS[key]
        config.configured.add(key)
        try:
            setattr(config, attribute, convert(value))
        except ValueError as error:
            raise ConfigError(f"bad value for '{key}': {error}", shown,
                              locate_key(text, key)) from None
    return config


def locate_key(text: str, key: str, table: str = TABLE) -> int | None:
    """Line of `key = ...` inside the given table (or a sub-table of it)."""
    # A dedicated file (content-lint.toml) holds the settings at its top level.
    in_table = f"[{table}" not in text.replace(" ", "") and table == TABLE
    top_level = in_table
    key_re = re.compile(r'\s*(?:"' + re.escape(key) + r'"|' + re.escape(key) + r")\s*[=.]")
    header_re = re.compile(r"\s*\[+\s*([^\]]+?)\s*\]+")
    for number, line in enumerate(text.splitlines(), 1):
        header = header_re.match(line)
        if header:
            name = header.group(1).replace('"', "")
            if top_level:
                name = f"{table}.{name}"
            in_table = name == table or name.startswith(table + ".")
            if in_table and name.startswith(f"{table}.{key}"):
                return number
            continue
        if in_table and key_re.match(line):
            return number
    return None
