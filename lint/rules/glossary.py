"""GLO: the glossary file and the use of its terms."""

from __future__ import annotations

from lint.diagnostics import Severity
from lint.rules.base import Finding, Scope, rule


@rule("GLO001", "invalid-glossary-file", Severity.ERROR, scope=Scope.CORPUS, input_error=True)
def invalid_glossary_file(corpus, context):
    """The glossary file cannot be read, is not valid YAML, or breaks the format.

    The format is documented in docs/glossary.md: a mapping with `version: 1`
    and a list of `entries`, each with a `term` and known fields only.

    Why: every glossary check depends on this file; a broken one would make
    them all silently pass. The run stops with exit code 2.

    Fails:

    ```markdown
    Text.
    ```

    ```yaml
    entries:
      - term: clomiphene citrate
        definiton: misspelt field name
    ```

    Passes:

    ```markdown
    Text.
    ```

    ```yaml
    version: 1
    entries:
      - term: clomiphene citrate
        definition: A selective estrogen receptor modulator.
    ```
    """
    if corpus.glossary_error is not None:
        error = corpus.glossary_error
        yield Finding(error.span, error.message, path=corpus.glossary_path,
                      context=error.message)
