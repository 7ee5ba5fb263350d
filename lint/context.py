"""What rules see besides the document: the corpus and their options."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lint.document.model import Document
from lint.sources.bibliography import Bibliography
from lint.sources.glossary import Glossary
from lint.sources.yamlfile import DataFileError


@dataclass(slots=True)
class Corpus:
    documents: list[Document]
    bibliography: Bibliography | None = None
    glossary: Glossary | None = None
    glossary_path: str | None = None
    glossary_error: DataFileError | None = None
    knowledge: object = None  # the drug knowledge base (lint/sources/drugs.py)
    topics: dict | None = None  # the weak-evidence registry (lint/annotate/evidence.py)
    genre: str = "health"  # the claim scorer's profile (config `genre`)
    project: Any = None  # the layout found with no configuration (lint/project.py)
    citation_tags: Any = None  # Manubot's citation-tags.tsv (lint/sources/citation_tags.py)
    aliases: Any = None  # Manubot's citation aliases (lint/sources/citation_aliases.py)
    # Manubot identifiers cited (standard key, `doi:10.1/x`) -> the online check's verdict.
    identifiers: dict = field(default_factory=dict)
    annotated: bool = False  # the corpus-level judgments are made (lint/annotate/run.py)


@dataclass(slots=True)
class RuleContext:
    corpus: Corpus
    options: dict[str, Any] = field(default_factory=dict)
    # Selectors (codes, families, names) that name at least one known rule.
    is_known_selector: Any = None
    # Filter stage: selectors that name at least one rule that ran.
    names_a_rule_that_ran: Any = None

    @property
    def bibliography(self) -> Bibliography | None:
        return self.corpus.bibliography

    @property
    def aliases(self):
        return self.corpus.aliases

    @property
    def glossary(self) -> Glossary | None:
        return self.corpus.glossary
