"""Shared by the libyaml-against-PyYAML tests (project YAML files, a page's front matter):
the deep comparison of two readers' values, and random edits of a text that move, drop and
add YAML indicators."""

from __future__ import annotations

import random

from lint.yamltext import LineDict

# What an edit inserts: indicators, spaces, line breaks and indentation, a non-ASCII letter.
MARKS = list("-:?[]{}#&!|>'\",%@` \n") + ["  ", "- ", ": ", "\n  ", "\n- ", "é"]


def same(a, b) -> bool:
    """Equal values of equal types, all the way down, and equal lines of every mapping and
    key the project's reader records them for (`LineDict`)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, LineDict) and (a.line, a.key_lines) != (b.line, b.key_lines):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


def char_edit(text: str, rng: random.Random) -> str:
    """The text with one to three characters dropped or marks inserted, at random places."""
    chars = list(text)
    for _ in range(rng.randint(1, 3)):
        at = rng.randrange(len(chars))
        if rng.random() < 0.5:
            del chars[at]
        else:
            chars.insert(at, rng.choice(MARKS))
    return "".join(chars)


def fast_reads(texts: list[str], fast, pure) -> int:
    """How many of the texts the fast reader takes (`fast(text)` not None); each of those it
    reads as the pure-Python reader does (the rest the pure reader decides, as before)."""
    taken = 0
    for text in texts:
        found = fast(text)
        if found is not None:
            taken += 1
            assert same(found[0], pure(text)), text[:200]
    return taken
