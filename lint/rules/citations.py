"""CIT: citations resolve to the bibliography and the bibliography is used."""

from __future__ import annotations

import difflib

from lint.diagnostics import Severity
from lint.rules.base import Finding, Scope, rule


@rule("CIT002", "unknown-citation-key", Severity.ERROR)
def unknown_citation_key(document, context):
    """A citation names a key that the bibliography does not contain.

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

    Passes:

    ```markdown
    Clomiphene raises LH [@smith2021clomiphene].
    ```

    ```bibtex
    @article{smith2021clomiphene, author = {Smith, A.}, title = {Clomiphene},
      journal = {J}, year = {2021}}
    ```
    """
    bibliography = context.bibliography
    if bibliography is None:
        return
    keys = list(bibliography.entries)
    lower = bibliography.keys_lower
    for sentence in document.sentences:
        for citation in sentence.citations:
            if citation.key in bibliography:
                continue
            near = lower.get(citation.key.lower())
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


@rule("CIT003", "unused-reference", Severity.WARNING, scope=Scope.CORPUS)
def unused_reference(corpus, context):
    """A bibliography entry is never cited by any article.

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
    cited = {citation.key for document in corpus.documents for citation in document.citations}
    for key, entry in bibliography.entries.items():
        if key not in cited:
            yield Finding(
                entry.span, f"reference '{key}' is never cited",
                suggestion="cite it where the article relies on it, or remove the entry",
                context=key, path=bibliography.path, data={"key": key})
