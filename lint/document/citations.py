"""Pandoc citation syntax: `[@key]`, `[see @a, p. 4; @b]`, `[-@key]`, narrative `@key`.

Keys follow pandoc: they start with a letter, digit or `_` and may contain
internal punctuation (`:.#$%&-+?<>~/`); `@{...}` braces allow anything else.
Trailing punctuation is not part of a key ("as @doe99 shows." cites `doe99`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_KEY = r"@(?:\{(?P<braced>[^{}\n]{1,200})\}|(?P<bare>[\w][\w:.#$%&\-+?<>~/]{0,200}))"
_KEY_RE = re.compile(_KEY)
# A bracketed group holds no nested brackets; bounded so that a stray '['
# on a long line costs linear time.
_GROUP_RE = re.compile(r"\[(?P<body>[^\[\]\n]{0,2000}?@[^\[\]\n]{0,2000}?)\]")
_NARRATIVE_RE = re.compile(
    r"(?<![\w@.\-+])" + _KEY + r"(?P<loc>\s?\[(?P<locbody>[^\[\]@\n]{0,500})\])?")
_TRAILING = ":.#$%&-+?<>~/"


@dataclass(slots=True)
class FoundCitation:
    key: str
    start: int  # offsets in the plain text of the whole citation (group)
    end: int
    key_start: int
    key_end: int
    prefix: str = ""
    locator: str = ""
    narrative: bool = False
    suppress_author: bool = False


def _key_of(match: re.Match) -> tuple[str, int]:
    """The key and how many characters of the match it really uses."""
    if match.group("braced") is not None:
        return match.group("braced"), match.end() - match.start()
    bare = match.group("bare")
    key = bare.rstrip(_TRAILING)
    return key, 1 + len(key)


def find_citations(text: str) -> list[FoundCitation]:
    found: list[FoundCitation] = []
    taken: list[tuple[int, int]] = []
    for group in _GROUP_RE.finditer(text):
        body_start = group.start("body")
        items = _split_items(group.group("body"), body_start)
        citations = []
        for item_text, item_start in items:
            key_match = _KEY_RE.search(item_text)
            if key_match is None:
                citations = []
                break  # "[see above; @x]" items without a key: not a citation group
            key, used = _key_of(key_match)
            if not key:
                citations = []
                break
            prefix = item_text[:key_match.start()]
            suppress = prefix.rstrip().endswith("-")
            if suppress:
                prefix = prefix.rstrip()[:-1]
            rest = item_text[key_match.start() + used:]
            locator = rest.strip().lstrip(",").strip()
            citations.append(FoundCitation(
                key=key, start=group.start(), end=group.end(),
                key_start=item_start + key_match.start(),
                key_end=item_start + key_match.start() + used,
                prefix=prefix.strip(), locator=locator, suppress_author=suppress))
        if citations:
            found.extend(citations)
            taken.append((group.start(), group.end()))
    for match in _NARRATIVE_RE.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        key, used = _key_of(match)
        if not key:
            continue
        end = match.end() if match.group("loc") else match.start() + used
        found.append(FoundCitation(
            key=key, start=match.start(), end=end, key_start=match.start(),
            key_end=match.start() + used,
            locator=(match.group("locbody") or "").strip(), narrative=True))
    found.sort(key=lambda c: c.key_start)
    return found


def _split_items(body: str, offset: int) -> list[tuple[str, int]]:
    items = []
    start = 0
    for index, char in enumerate(body):
        if char == ";":
            items.append((body[start:index], offset + start))
            start = index + 1
    items.append((body[start:], offset + start))
    return [(text, pos) for text, pos in items if text.strip()]
