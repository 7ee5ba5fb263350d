"""DOC: the article files themselves: readable, valid front matter, directives."""

from __future__ import annotations

from lint.diagnostics import Severity, Span
from lint.rules.base import Finding, Option, Scope, rule


@rule("DOC001", "unreadable-file", Severity.ERROR, input_error=True, reads_unreadable=True)
def unreadable_file(document, context):
    """A content file cannot be read as text: binary, not UTF-8, or an I/O error.

    Why: an article the linter cannot read is an article nobody checked;
    the run stops with exit code 2 and names the first bad byte.

    Fails:

    ```hex
    23 20 54 69 74 72 65 0a 0a 43 61 66 e9 0a
    ```

    Passes:

    ```markdown
    # Titre

    Café.
    ```
    """
    for problem in document.problems:
        if problem.kind == "unreadable":
            yield Finding(problem.span, problem.message, context=problem.message)


@rule("DOC002", "invalid-front-matter", Severity.ERROR, input_error=True)
def invalid_front_matter(document, context):
    """The YAML front matter is unclosed, is not valid YAML, or is not a mapping.

    Why: front matter carries the title and metadata every renderer and
    later check relies on; a broken block silently becomes article text.

    Fails:

    ```markdown
    ---
    title: Restoring fertility
    description: the closing line is missing

    ## Fundamentals
    ```

    Passes:

    ```markdown
    ---
    title: Restoring fertility
    ---

    ## Fundamentals
    ```
    """
    for problem in document.problems:
        if problem.kind == "front-matter":
            yield Finding(problem.span, problem.message, suggestion=problem.hint or None,
                          context=problem.message)


@rule("DOC003", "missing-front-matter-field", Severity.WARNING,
      options={"required": Option(["title"], "front matter keys every article must have")})
def missing_front_matter_field(document, context):
    """The article's front matter lacks a required key (by default `title`).

    Why: the title, slug or description are what a site and a reviewer see
    first; the `required` option lists the keys a project insists on.

    In a book or manuscript (Quarto, bookdown, Manubot, Jupyter Book, MyST)
    the metadata lives in the project file (`_quarto.yml`, `index.Rmd`,
    `content/metadata.yaml`, `_config.yml`, `myst.yml`):
    chapters need no front matter of their own, and a key missing from both
    is reported once, on the first chapter.

    A page whose front matter block is empty (`---` twice) and whose text
    opens with a level-1 heading is taken as titled by that heading: the
    empty block is how a Jekyll page (GitHub Pages) asks to be built, and
    jekyll-titles-from-headings titles it by that heading. This is a
    heuristic on the page alone, whatever builds the project: the rule does
    not look for Jekyll's `_config.yml`, and a block with other keys but no
    `title` is still reported, though that plugin would title such a page
    too.

    Fails:

    ```markdown
    ---
    slug: no-title
    ---

    Text.
    ```

    Passes:

    ```markdown
    ---
    title: Has a title
    ---

    Text.
    ```
    """
    if not document.readable or any(p.kind == "front-matter" for p in document.problems):
        return
    required = context.options.get("required", ["title"])
    project = context.corpus.project
    if project is not None and project.unit and document.path in project.chapters:
        if document.path != project.chapters[0]:
            return
        metadata = {**project.metadata, **(document.front_matter or {})}
        missing = [key for key in required if not _filled(metadata.get(key))]
        if missing:
            keys = ", ".join(repr(key) for key in missing)
            layout = project.layout_file
            if layout is not None and layout.suffix == ".ini":
                # The IG Publisher's ig.ini has no title to set: only the page can.
                message = f"this first page sets no {keys} ({project.relative(layout)} has none)"
            else:
                message = f"neither {project.relative(layout)} nor this chapter sets {keys}"
            yield Finding(document.front_matter_span or Span.at(1), message,
                          context="missing " + " ".join(missing))
        return
    if document.front_matter is None:
        if required:
            yield Finding(Span.at(1), "no front matter; add a YAML block with: "
                          + ", ".join(required), context="no front matter")
        return
    # The empty block is the only mark of a page titled by its heading that we trust.
    titled_by_heading = not document.front_matter and document.title_heading is not None
    for key in required:
        value = document.front_matter.get(key)
        if key == "title" and titled_by_heading:
            continue
        if value is None or (isinstance(value, str) and not value.strip()):
            yield Finding(document.front_matter_span, f"front matter has no '{key}'",
                          context=f"missing {key}")


def _filled(value) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


@rule("DOC004", "unused-suppression", Severity.WARNING, scope=Scope.FILTER)
def unused_suppression(document, context):
    """A `content-lint` suppression comment suppresses nothing.

    Why: a stale suppression hides the next real problem at that place.
    Only reported when a rule it names ran, so a partial run (`--select`)
    never calls it unused.

    Fails:

    ```markdown
    <!-- content-lint disable-next-line CIT002 -->
    Nothing here cites anything.
    ```

    Passes:

    ```markdown
    <!-- content-lint disable-next-line CIT002 -- entry added in the next release -->
    Clomiphene raises LH [@notyet2026].
    ```
    """
    # Run by the filter stage, once each comment is marked with whether it suppressed anything.
    for directive in document.suppressions:
        if directive.used or directive.action == "enable":
            continue
        if directive.selectors and not any(
                context.names_a_rule_that_ran(s) for s in directive.selectors):
            continue  # a partial run (--select) never calls a comment unused
        yield Finding(
            directive.span, "suppression comment suppresses nothing"
            + (f" ({', '.join(directive.selectors)})" if directive.selectors else ""),
            suggestion="remove the comment",
            context=f"{directive.action} {' '.join(directive.selectors)}")


@rule("DOC005", "invalid-suppression", Severity.WARNING)
def invalid_suppression(document, context):
    """A `content-lint` comment has an unknown directive or names no known rule.

    Why: a misspelt directive or rule code suppresses nothing while the
    author believes it does.

    Fails:

    ```markdown
    <!-- content-lint disable-next-line CIT999 -->
    Text.
    ```

    Passes:

    ```markdown
    <!-- content-lint disable-file unknown-citation-key -->
    Text [@missing].
    ```
    """
    for problem in document.problems:
        if problem.kind == "suppression":
            yield Finding(problem.span, f"invalid suppression comment: {problem.message}",
                          context=problem.message)
    for suppression in document.suppressions:
        for selector in suppression.selectors:
            if not context.is_known_selector(selector):
                yield Finding(suppression.span,
                              f"suppression names no known rule: {selector!r}",
                              suggestion="use a rule code (CIT002), family (CIT) or name",
                              context=selector)


@rule("DOC006", "unclosed-html-comment", Severity.ERROR)
def unclosed_html_comment(document, context):
    """An HTML comment (`<!--`) is never closed, so the rest of the file is hidden.

    Why: renderers show nothing after an unclosed comment; every claim in
    the hidden part escapes readers and every other check.

    Fails:

    ```markdown
    Visible text.

    <!-- an editor's note that never ends

    Clomiphene raises LH.
    ```

    Passes:

    ```markdown
    Visible text.

    <!-- an editor's note -->

    Clomiphene raises LH.
    ```
    """
    for problem in document.problems:
        if problem.kind == "unclosed-comment":
            yield Finding(problem.span, problem.message, suggestion="close it with -->",
                          context=problem.message)
