"""Rule modules, one per family; importing this package registers them all."""

from lint.rules import (citations, claims, documents, glossary, mechanisms,  # noqa: F401
                        references)
