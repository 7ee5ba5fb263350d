"""CIT: citations resolve to the bibliography and the bibliography is used."""

from __future__ import annotations

import difflib
import re
from pathlib import PurePath

from lint.diagnostics import Edit, Severity
from lint.document.citations import bare_keys, citable_keys, classify_key, find_citations
from lint.document.model import BlockKind
from lint.rules.base import Finding, Option, Scope, rule
from lint.sources.citation_aliases import CitationAliases
from lint.sources.citation_tags import MANUBOT_TAGS_FILE
from lint.sources.pages import locator_pages, parse_pages


@rule("CIT002", "unknown-citation-key", Severity.ERROR)
def unknown_citation_key(document, context):
    """A citation names a key that the bibliography does not contain.

    Cross-references (`@fig-x`, `@fig:x`, `\\@ref(fig-x)`) are not citations,
    and Manubot's persistent identifiers (`@doi:...`, `@pmid:...`, `@url:...`)
    need no entry. A Manubot alias stands for the key it names: a tag
    (`@tag:name`, a row of `content/citation-tags.tsv` or the configured
    `citation-tags` file), a `[@alias]: doi:...` line in any document, or
    `pandoc: citekey-aliases:` in `content/metadata.yaml`; it must name an
    identifier or a bibliography key.

    Why: a citation that resolves to nothing renders as "???" or a bare key,
    and the reader cannot find the source behind the claim. Usually a typo
    or an entry that was never added to the BibTeX file.

    Fails:

    ```markdown
    Clomiphene raises LH [@smith2020clomiphene].
    ```

    ```bibtex
    @article{smith2021clomiphene, author = {Smith, A.}, title = {Clomiphene},
      journal = {J}, year = {2021}}
    ```

    ```markdown
    Clomiphene raises LH [@tag:clomid-trial].
    ```

    ```tsv
    tag    citation
    clomid-trial-2    doi:10.5555/x1
    ```

    Passes:

    ```markdown
    Clomiphene raises LH [@smith2021clomiphene].
    ```

    ```bibtex
    @article{smith2021clomiphene, author = {Smith, A.}, title = {Clomiphene},
      journal = {J}, year = {2021}}
    ```

    {{tagged-citation}}
    """
    bibliography = context.bibliography
    aliases = context.aliases
    keys = list(bibliography.entries) if bibliography is not None else []
    for sentence in document.sentences:
        for citation in sentence.citations:
            if bibliography is not None and citation.key in bibliography:
                continue
            target = aliases.resolve(citation.key) if aliases is not None else None
            if target is not None or citation.scheme == "tag":
                found = _unresolved_alias(citation, target, bibliography, aliases)
                if found is not None:
                    yield found
                continue
            if bibliography is None or citation.scheme:
                continue  # Manubot resolves `@doi:...`, `@pmid:...` without an entry
            near = bibliography.keys_lower.get(citation.key.lower())
            if near is None:
                matches = difflib.get_close_matches(citation.key, keys, n=1, cutoff=0.8)
                near = matches[0] if matches else None
            suggestion = f"did you mean '@{near}'?" if near else (
                f"add an entry '{citation.key}' to {bibliography.path} or cite an existing key")
            yield Finding(
                citation.span,
                f"citation key '{citation.key}' is not in {bibliography.path}",
                suggestion=suggestion, context=f"{citation.key} {sentence.text}",
                data={"key": citation.key})


def _unresolved_alias(citation, target, bibliography, aliases) -> Finding | None:
    """A Manubot alias (`@tag:name`, `[@a]: b`) that stands for nothing citable."""
    if target is None:  # a tag nobody defined
        tag = citation.identifier
        tags_file = aliases.tags_file if aliases is not None else None
        known = [k.removeprefix("tag:") for k in (aliases.targets if aliases else {})
                 if k.startswith("tag:")]
        near = difflib.get_close_matches(tag, known, n=1, cutoff=0.8)
        where = (f"not in {tags_file}" if tags_file else
                 f"not defined (there is no {MANUBOT_TAGS_FILE}, and no "
                 f"'[@tag:{tag}]: ...' line)")
        return Finding(citation.span, f"citation tag '{tag}' is {where}",
                       suggestion=f"did you mean '@tag:{near[0]}'?" if near else
                       f"add a row '{tag}<TAB>doi:...' to {tags_file or MANUBOT_TAGS_FILE}",
                       context=citation.key, data={"key": citation.key})
    kind, scheme = classify_key(target)
    if kind == "identifier" and scheme != "tag":
        return None
    if bibliography is not None and target in bibliography:
        return None
    origin = aliases.origins.get(citation.key, "")
    library = bibliography.path if bibliography is not None else "a bibliography"
    return Finding(citation.span,
                   f"citation '{citation.key}' stands for '{target}' ({origin}), which is not "
                   f"in {library}", suggestion=f"correct the alias at {origin}",
                   context=citation.key, data={"key": citation.key, "citation": target})


@rule("CIT003", "unused-reference", Severity.WARNING, scope=Scope.CORPUS, options={
    "optional": Option([], "bibliography files offered for optional citing, whose unused "
                           "entries are fine (a file name or a path ending)"),
})
def unused_reference(corpus, context):
    """A bibliography entry is never cited by any article.

    Entries named in a document's `nocite:` front matter (`@*`: all) count
    as cited, as pandoc lists them; so does a Manubot reference kept under an
    identifier's short id (a frozen `manual-references*.json`), and one
    that a notebook chapter of the book cites in a Markdown cell. A
    bibliography offered for optional citing is not reported when its
    entries go unused: one named in the `optional` option, and one that
    `knitr::write_bib` wrote (bookdown's `packages.bib`: it holds an entry
    of knitr's making, keyed `R-<package>` with the note "R package
    version …", beside the packages' own citations).

    Why: an uncited reference suggests either a claim that lost its citation
    or a reference list padded with sources nobody relies on. Either way an
    editor should look.

    Fails:

    ```markdown
    Nothing here cites the entry.
    ```

    ```bibtex
    @article{lonely2020, author = {Lone, A.}, title = {Alone}, journal = {J}, year = {2020}}
    ```

    Passes:

    ```markdown
    The claim is sourced [@used2020].
    ```

    ```bibtex
    @article{used2020, author = {Used, A.}, title = {Used}, journal = {J}, year = {2020}}
    ```
    """
    bibliography = corpus.bibliography
    if bibliography is None:
        return
    cited = set()
    aliases = corpus.aliases or CitationAliases()
    for document in corpus.documents:
        # pandoc's `nocite:` lists entries for the reference list without citing them.
        nocite = (document.front_matter or {}).get("nocite")
        if isinstance(nocite, str):
            if "@*" in nocite:
                return
            cited.update(found.key for found in find_citations(nocite))
        for citation in document.citations:
            # Manubot finds `@doi:...` under its standard form or its short id too.
            cited |= aliases.cited_keys(citation)
    # Notebook chapters of a book are not read as documents; their citations count.
    cited |= getattr(corpus.project, "cited_outside", frozenset())
    optional = {bibliography.file_of(key) for key, entry in bibliography.entries.items()
                if _written_by_knitr(key, entry)}
    named = [PurePath(name).parts for name in context.options.get("optional", [])]
    for key in bibliography.entries:
        if key in cited:
            continue
        path = bibliography.file_of(key)
        parts = PurePath(path).parts
        if path not in optional and not any(parts[-len(n):] == n for n in named if n):
            entry = bibliography.entries[key]
            yield Finding(
                entry.span, f"reference '{key}' is never cited",
                suggestion="cite it where the article relies on it, or remove the entry",
                context=key, path=path, data={"key": key})


def _written_by_knitr(key: str, entry) -> bool:
    """An entry `knitr::write_bib` writes for an R package: its key is its default prefix
    "R-" and the package name, its note the package's version."""
    return (key.startswith("R-")
            and entry.fields.get("note", "").strip().startswith("R package version"))


@rule("CIT004", "citation-in-heading", Severity.WARNING,
      former_names=("citation-in-heading-or-caption",))
def citation_in_heading(document, context):
    """A citation sits in a heading.

    A caption's citations are in their place, whatever the caption's length:
    they credit the figure's or table's source, method or data ("Adapted
    from [@key]", "Overview of the PLIER method [@key]"), or support what the
    caption says, as a legend's sentences cite what each relies on.

    Why: a heading labels a section; a citation there is a misplaced one
    that belongs to the sentence it supports, and renderers show it oddly in
    a table of contents.

    Fails:

    ```markdown
    ## Clomiphene raises LH [@known2020]

    Text.
    ```

    {{known2020-entry}}

    Passes:

    ```markdown
    ## Clomiphene

    Clomiphene raises LH [@known2020].
    ```

    {{known2020-entry}}

    A legend (from jaybee84/ml-in-rd, CC BY 4.0, shortened):

    ```markdown
    ![Knowledge graphs can augment data. Li et al. [@known2020] applied a classifier
    to an EHR corpus to identify rare disease patients.](kg.png)
    ```

    {{known2020-entry}}
    """
    for block in document.blocks:
        if block.kind is not BlockKind.HEADING:
            continue
        for citation in block.citations:
            yield Finding(citation.span, f"citation '@{citation.key}' in a heading",
                          suggestion="move it to the sentence it supports",
                          context=f"{citation.key} {block.text}")


@rule("CIT005", "conflicting-locator", Severity.WARNING)
def conflicting_locator(document, context):
    """A citation's page locator conflicts with the entry or with another locator.

    Reported when a page locator (`[@key, p. 200]`) lies outside the
    entry's `pages` range, when one sentence cites the same key twice
    with different locators, and when the text after a key's comma holds
    another key (`[@a, @b]`): pandoc separates the citations of a bracket
    with ";", so it reads ", @b" as the suffix of `@a`, which many numbered
    styles drop. Both entries are cited all the same.

    Why: a locator outside the cited pages points the reader nowhere and
    often means the wrong key or a copied citation; a citation hidden in
    another's suffix is missing from the text the reader sees.

    Fails:

    ```markdown
    Clomiphene raises LH [@known2020, p. 200].
    ```

    ```bibtex
    @article{known2020, author = {K, A}, title = {T}, journal = {J}, year = {2020},
      pages = {137--143}}
    ```

    ```markdown
    Clomiphene raises LH [@known2020, @other2021].
    ```

    ```bibtex
    @article{known2020, author = {K, A}, title = {T}, journal = {J}, year = {2020}}
    @article{other2021, author = {O, B}, title = {U}, journal = {J}, year = {2021}}
    ```

    Passes:

    ```markdown
    Clomiphene raises LH [@known2020, p. 140].
    ```

    ```bibtex
    @article{known2020, author = {K, A}, title = {T}, journal = {J}, year = {2020},
      pages = {137--143}}
    ```
    """
    bibliography = context.bibliography
    for sentence in document.sentences:
        seen: dict[str, str] = {}
        for citation in sentence.citations:
            if citation.suffix:
                yield _keys_in_suffix(citation, sentence)
            locator = citation.locator.strip()
            if not locator:
                continue
            earlier = seen.setdefault(citation.key, locator)
            if earlier != locator:
                yield Finding(citation.span,
                              f"'@{citation.key}' is cited twice in one sentence with different "
                              f"locators ('{earlier}' and '{locator}')",
                              context=f"{citation.key} {locator} {sentence.text}")
            entry = bibliography.entries.get(citation.key) if bibliography else None
            pages = parse_pages(entry.fields.get("pages", "")) if entry else None
            cited = locator_pages(locator)
            if pages and cited and pages.end > pages.start and not (
                    cited[0] in pages and cited[1] in pages):
                yield Finding(citation.span,
                              f"locator '{locator}' is outside the pages of '{citation.key}' "
                              f"({pages.start}–{pages.end})",
                              suggestion="check the page or the key",
                              context=f"{citation.key} {locator} {sentence.text}")


def _keys_in_suffix(citation, sentence) -> Finding:
    """`[@anderson91, @blower04]`: a key in the suffix pandoc reads after the first key."""
    keys = [found.key for found in find_citations(f"[@x{citation.suffix}]")[1:]]
    named = ", ".join(f"'@{key}'" for key in keys)
    only_keys = re.fullmatch(r"(?:[\s,;]*-?@\S+?)+[\s,;]*", citation.suffix) is not None
    fix = "; ".join(f"@{key}" for key in [citation.key] + keys)
    return Finding(
        citation.span,
        f"{named} {'is' if len(keys) == 1 else 'are'} written in the suffix of "
        f"'@{citation.key}': pandoc separates citations with ';', and many "
        f"numbered styles drop the suffix, printing only '@{citation.key}' here",
        suggestion=f"write [{fix}]" if only_keys else "separate the citations with ';'",
        context=f"{citation.key} {citation.suffix} {sentence.text}")


@rule("CIT006", "invalid-citation-tags", Severity.ERROR, scope=Scope.CORPUS)
def invalid_citation_tags(corpus, context):
    """A row of Manubot's citation-tags.tsv cannot be read, so its tag resolves to nothing.

    The file is tab-separated, with a header naming the columns `tag` and
    `citation`; each row needs both, and a tag is given one citation. The
    other rows still resolve: the run goes on, and citations of the broken
    tag are CIT002 findings.

    Why: Manubot stops the build on a tag it cannot resolve, and a row
    written with spaces instead of a tab looks right in an editor.

    Fails:

    ```markdown
    Clomiphene raises LH [@tag:clomid-trial].
    ```

    ```tsv
    tag  citation
    clomid-trial
    ```

    Passes:

    {{tagged-citation}}
    """
    tags = corpus.citation_tags
    if tags is None:
        return
    for problem in tags.problems:
        yield Finding(problem.span, problem.message,
                      suggestion=problem.hint or "write the tag and its citation, separated "
                                                 "by a tab",
                      path=tags.path, context=problem.message)


@rule("CIT007", "citation-without-at", Severity.WARNING, fixable=True)
def citation_without_at(document, context):
    """A bibliography key is written in brackets without its `@`.

    Why: pandoc cites `[@key]` only; `[key]` is printed as it stands, so the
    reader sees a bracketed word and no reference, and the entry may count
    as never cited (CIT003). Only a key of the bibliography, alone or among
    keys separated by `;`, in prose, is read so: a link's text
    (`[key](url)`), an attribute span (`[key]{.x}`), code, a heading's
    text (pandoc links `[RStudio]` to a heading "RStudio"), a bracket opening
    a list item and an editor's `[sic]` are not. `--fix` inserts the `@`
    only where the key is unambiguous: it holds a digit or stands in a `;`
    list of keys (`[WHO]` in a quotation may be an editor's insertion).

    Fails:

    ```markdown
    All analyses were run in R [RStudio2020].
    ```

    ```bibtex
    @manual{RStudio2020, author = {{RStudio Team}}, title = {RStudio},
      year = {2020}}
    ```

    Passes:

    ```markdown
    All analyses were run in R [@RStudio2020]; see the [RStudio2020](https://posit.co)
    site and `[RStudio2020]`.
    ```

    ```bibtex
    @manual{RStudio2020, author = {{RStudio Team}}, title = {RStudio},
      year = {2020}}
    ```
    """
    bibliography = context.bibliography
    if bibliography is None or not bibliography.entries or document.source is None:
        return
    # pandoc's implicit header references: "[RStudio]" links to a heading "# RStudio".
    headings = {block.text.strip().casefold() for block in document.blocks
                if block.kind == BlockKind.HEADING}
    keys = citable_keys(bibliography.entries.keys())
    for block in document.blocks:
        if not block.is_prose or block.mapping is None or "[" not in block.text:
            continue
        skipped = block.meta.code_ranges + block.meta.citation_ranges
        for bracket, offset, key, listed in bare_keys(block.text, keys):
            if any(start <= offset < end for start, end in skipped) \
                    or key.casefold() in headings:
                continue
            if bracket == 0 and block.kind == BlockKind.LIST_ITEM:
                continue  # the item's label or task box ("- [x1] check the dose")
            start = block.mapping.to_source(offset)
            end = block.mapping.to_source(offset + len(key) - 1) + 1
            # Only an unambiguous key gets the '@': one with a digit ("Smith2019") or in a
            # ';' list of keys. A word ("[WHO]" in a quotation) may be an editor's insertion.
            fixed = listed or any(c.isdigit() for c in key)
            yield Finding(
                document.source.span(start, end),
                f"the bibliography key '{key}' is written in brackets without '@': pandoc "
                "prints it as text, and cites nothing",
                suggestion=f"write @{key} in the brackets" if fixed
                else f"if it cites the entry, write @{key} in the brackets",
                context=key, data={"key": key},
                edits=(Edit(start, start, "@"),) if fixed else ())
