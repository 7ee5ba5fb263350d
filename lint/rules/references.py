"""REF: the BibTeX file parses and its entries are well formed."""

from __future__ import annotations

import functools
from importlib import resources

import yaml

from lint.diagnostics import Severity
from lint.rules.base import Finding, Option, Scope, rule


@rule("REF001", "bibtex-syntax-error", Severity.ERROR, scope=Scope.CORPUS, input_error=True)
def bibtex_syntax_error(corpus, context):
    """The bibliography file cannot be read or parsed as BibTeX.

    Why: entries after a syntax error may be lost or merged, so every later
    citation check would be unreliable; the run stops with exit code 2.

    Fails:

    ```markdown
    Text.
    ```

    ```bibtex
    @article{broken2020,
      author = {Broken, A.}
      title = {Missing comma above},
      year = {2020},
    }
    ```

    Passes:

    ```markdown
    Text [@fine2020].
    ```

    ```bibtex
    @article{fine2020,
      author = {Fine, A.},
      title = {Commas in place},
      journal = {J},
      year = {2020},
    }
    ```
    """
    bibliography = corpus.bibliography
    if bibliography is None:
        return
    for problem in bibliography.problems:
        if problem.kind in ("syntax", "unreadable"):
            yield Finding(problem.span, problem.message, path=bibliography.path,
                          context=problem.message)


@rule("REF002", "duplicate-reference-key", Severity.ERROR, scope=Scope.CORPUS)
def duplicate_reference_key(corpus, context):
    """Two bibliography entries share one key.

    Why: BibTeX keeps only one of them, so citations may silently point at
    the wrong source.

    Fails:

    ```markdown
    Cited [@twin2020].
    ```

    ```bibtex
    @article{twin2020, author = {One, A.}, title = {First}, journal = {J}, year = {2020}}
    @article{twin2020, author = {Two, B.}, title = {Second}, journal = {J}, year = {2020}}
    ```

    Passes:

    ```markdown
    Cited [@twin2020a] and [@twin2020b].
    ```

    ```bibtex
    @article{twin2020a, author = {One, A.}, title = {First}, journal = {J}, year = {2020}}
    @article{twin2020b, author = {Two, B.}, title = {Second}, journal = {J}, year = {2020}}
    ```
    """
    bibliography = corpus.bibliography
    if bibliography is None:
        return
    for problem in bibliography.problems:
        if problem.kind == "duplicate":
            yield Finding(problem.span, problem.message, path=bibliography.path,
                          suggestion="rename one of the entries and update its citations",
                          context=problem.key)


@functools.cache
def _required_fields() -> dict[str, list[str]]:
    text = resources.files("lint.data").joinpath("bibtex_fields.yaml").read_text("utf-8")
    return yaml.safe_load(text)["required"]


@rule("REF003", "missing-required-field", Severity.WARNING, scope=Scope.CORPUS,
      options={"required": Option({}, "extra or replacement required fields per entry "
                                      "type, e.g. { article = [\"doi\"] }")})
def missing_required_field(corpus, context):
    """A bibliography entry lacks a field its type requires.

    Required fields follow the BibTeX standard styles: an `article` needs
    author, title, journal and year; an `incollection` needs author, title,
    booktitle, publisher and year; `a|b` in the table means either will do.
    The `required` option adds or replaces the list for an entry type.

    Why: an incomplete reference cannot be found or verified by a reader,
    and often marks a reference that was made up or copied carelessly.

    Fails:

    ```markdown
    Cited [@nojournal2020].
    ```

    ```bibtex
    @article{nojournal2020, author = {Smith, A.}, title = {Where was it published?},
      year = {2020}}
    ```

    Passes:

    ```markdown
    Cited [@complete2020].
    ```

    ```bibtex
    @article{complete2020, author = {Smith, A.}, title = {Complete},
      journal = {Journal of Things}, year = {2020}}
    ```
    """
    bibliography = corpus.bibliography
    if bibliography is None:
        return
    table = dict(_required_fields())
    table.update(context.options.get("required", {}))
    for key, entry in bibliography.entries.items():
        for requirement in table.get(entry.type, []):
            alternatives = requirement.split("|")
            if any(_has(entry, name) for name in alternatives):
                continue
            wanted = " or ".join(f"'{name}'" for name in alternatives)
            yield Finding(
                entry.span, f"@{entry.type} entry '{key}' has no {wanted} field",
                path=bibliography.path, context=f"{key} {requirement}",
                data={"key": key, "field": requirement})


def _has(entry, name: str) -> bool:
    if name in ("author", "editor"):
        return bool(entry.persons.get(name)) or bool(entry.fields.get(name, "").strip())
    return bool(entry.fields.get(name, "").strip())
