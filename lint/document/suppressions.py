"""Inline suppression comments: `<!-- content-lint disable CIT001 -->`.

Directives: `disable` / `enable` (a region), `disable-next-line`,
`disable-file`. Selectors are rule codes (`CIT001`), code prefixes or
families (`CIT`) or rule names (`unknown-citation-key`); none means every
rule. Anything after ` -- ` is a free-text reason.
"""

from __future__ import annotations

import re

ACTIONS = ("disable", "enable", "disable-next-line", "disable-file")
_DIRECTIVE = re.compile(r"\s*content-lint\b(?P<rest>.*)", re.DOTALL)
_SELECTOR = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,60}")


def iter_comments(html: str):
    """Yield (offset, body) for each `<!-- ... -->` comment in an HTML chunk."""
    pos = 0
    while True:
        start = html.find("<!--", pos)
        if start == -1:
            return
        end = html.find("-->", start + 4)
        if end == -1:
            return
        yield start, html[start + 4:end]
        pos = end + 3


def parse_directive(body: str) -> tuple[str, tuple[str, ...]] | str | None:
    """(action, selectors) for a content-lint comment, an error text, or None."""
    match = _DIRECTIVE.match(body)
    if match is None:
        return None
    rest = match.group("rest").split(" -- ", 1)[0].strip()
    if not rest:
        return "empty content-lint directive; expected one of: " + ", ".join(ACTIONS)
    action, _, selector_text = rest.partition(" ")
    if action not in ACTIONS:
        return f"unknown directive {action!r}; expected one of: " + ", ".join(ACTIONS)
    selectors = tuple(s for s in re.split(r"[\s,]+", selector_text.strip()) if s)
    bad = [s for s in selectors if not _SELECTOR.fullmatch(s)]
    if bad:
        return f"invalid rule selector {bad[0]!r}"
    return action, selectors
