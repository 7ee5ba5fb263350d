"""Rule modules, one per family; importing this package registers them all."""

from lint.rules import (citations, claims, documents, evidence, glossary,  # noqa: F401
                        mechanisms, references, verification)
