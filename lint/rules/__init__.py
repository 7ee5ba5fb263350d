"""Rule modules, one per family; importing this package registers them all."""

from lint.rules import citations, documents, glossary, references  # noqa: F401
