"""Manubot's citation aliases: one citation key standing for another.

Manubot reads them from three places, and so do we:

- `content/citation-tags.tsv`: a row `name<TAB>doi:...` makes `@tag:name`
  an alias (lint/sources/citation_tags.py);
- Markdown link reference definitions in any document, each in its own
  paragraph: `[@my-doi]: doi:10.1016/S0022-2836(05)80360-2`;
- `pandoc: citekey-aliases:` in `content/metadata.yaml`.

The first definition of an alias wins. A target is cited as written: an
identifier (`doi:`, `pmid:`, a URL ...) or a bibliography key.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from lint.document.citations import manubot_key_forms

# A link reference definition whose label is a citation: `[@alias]: target`.
_DEFINITION = re.compile(r"^ {0,3}\[@(?:\{(?P<braced>[^{}\n]+)\}|(?P<bare>[^\]\s]+))\]:"
                         r"[ \t]*<?(?P<target>[^\s>]+)>?[ \t]*$", re.MULTILINE)


@dataclass(slots=True)
class CitationAliases:
    targets: dict[str, str] = field(default_factory=dict)  # alias key -> the key it stands for
    origins: dict[str, str] = field(default_factory=dict)  # alias key -> where it is defined
    tags_file: str | None = None  # the citation-tags.tsv, as findings show it

    def resolve(self, key: str) -> str | None:
        return self.targets.get(key)

    def add(self, alias: str, target: str, origin: str) -> None:
        alias, target = alias.strip().removeprefix("@"), target.strip().removeprefix("@")
        if alias and target and alias not in self.targets:
            self.targets[alias] = target
            self.origins[alias] = origin

    def cited_keys(self, citation) -> set[str]:
        """Every key under which a bibliography may hold what `citation` cites: its own
        key, the key its alias stands for, and Manubot's stored forms of an identifier
        (`pubmed:1` for `@pmid:1`, the short id of a frozen reference)."""
        keys = {citation.key}
        target = self.resolve(citation.key)
        if target:
            keys.add(target)
            keys |= manubot_key_forms(target)
        if citation.scheme:
            keys |= manubot_key_forms(citation.key)
        return keys

    def digest(self) -> str:
        """What the aliases are, for caches of findings that depend on them."""
        return hashlib.sha256(repr(sorted(self.targets.items())).encode()).hexdigest()


def link_definitions(text: str) -> list[tuple[str, str, int]]:
    """(alias, target, line) of each `[@alias]: target` line of a Markdown text."""
    found = []
    for match in _DEFINITION.finditer(text):
        alias = match.group("braced") or match.group("bare")
        found.append((alias, match.group("target"), text.count("\n", 0, match.start()) + 1))
    return found


def collect_aliases(tags=None, metadata: dict | None = None, metadata_path: str = "",
                    documents: list[tuple[str, str]] = ()) -> CitationAliases:
    """The aliases of a tags file, a metadata mapping and (shown path, text) documents."""
    aliases = CitationAliases(tags_file=tags.path if tags is not None else None)
    if tags is not None:
        for tag, citation in tags.tags.items():
            aliases.add(f"tag:{tag}", citation, f"{tags.path}:{tags.lines[tag]}")
    pandoc = (metadata or {}).get("pandoc")
    table = pandoc.get("citekey-aliases") if isinstance(pandoc, dict) else None
    if isinstance(table, dict):
        for alias, target in table.items():
            if isinstance(alias, str) and isinstance(target, str):
                aliases.add(alias, target, metadata_path)
    for shown, text in documents:
        for alias, target, line in link_definitions(text):
            aliases.add(alias, target, f"{shown}:{line}")
    return aliases
