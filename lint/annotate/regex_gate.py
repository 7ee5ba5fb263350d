"""Skip a regular expression's search on texts that hold none of the words it needs.

A pattern such as `\\b[Yy]ou can (find|check)\\b` can only match a text that
contains "ou can ". The words a pattern needs are read from its parse tree (the
longest literal runs every match must contain; for alternatives, one word per
branch; a case-insensitive group, `(?i:the)`, needs none), so the gate follows the
data: a pattern the reading cannot vouch for (case-insensitive, or nothing literal
it must contain) is always searched. The
search itself is unchanged, so the result is exactly the plain search's.
`GatedSearches` tests the words of many patterns in one pass over a text (an
Aho-Corasick automaton finds every occurrence of every word, overlapping ones
too), instead of one substring test per word and pattern.

Reading a parse tree is Python's `re` parser at work: the gates of the claim, evidence and
sentence-form patterns cost about a twentieth of a one-article check at every start. What
the reading gives depends only on the pattern, `re`'s parser and this module, so the
readings of the patterns a check gates are shipped (lint/data/regex_words.bin, made by
scripts/build_startup_tables.py under a fingerprint of those); a pattern the table lacks,
or a table made otherwise, is read as always.
"""

from __future__ import annotations

import re
from re import _constants as sre  # noqa: PLC2701 - the parse tree's opcodes
from re import _parser as sre_parse  # noqa: PLC2701


TABLE = "regex_words.bin"
_table: dict | None = None  # pattern -> `reading(pattern)`, read on first use
_recorded: set[str] | None = None  # patterns read while the table is built


def reading(pattern: str) -> tuple[bool, tuple[str, ...]]:
    """What the gates read of a pattern's parse tree: whether it ignores case as a whole,
    and the words one of which every match contains as written (sorted; none if unknown)."""
    parsed = sre_parse.parse(pattern)
    return bool(parsed.state.flags & re.IGNORECASE), tuple(sorted(_needs(parsed) or ()))


def _reading(pattern: str) -> tuple[bool, tuple[str, ...]]:
    global _table
    if _recorded is not None:
        _recorded.add(pattern)
    if _table is None:
        from lint import startup_table

        _table = startup_table.unpack(None, TABLE, fingerprint())
    found = _table.get(pattern)
    return found if found is not None else reading(pattern)


def fingerprint() -> bytes | None:
    """What a reading depends on: `re`'s parser (regex_programs' fingerprint) and this module."""
    import hashlib
    from pathlib import Path

    from lint import regex_programs

    made = regex_programs.fingerprint()
    if made is None:
        return None
    try:
        # line endings normalised: a checkout that rewrites them still reads the table
        source = Path(__file__).read_bytes().replace(b"\r\n", b"\n")
        own = hashlib.sha256(source).hexdigest()
    except OSError:
        return None
    return made + f" regex_gate {own}".encode()


def dump(patterns) -> bytes:
    """The table of these patterns' readings, made by reading each one's parse tree."""
    from lint import startup_table

    return startup_table.pack(fingerprint(), {p: reading(p) for p in sorted(set(patterns))})


def needed_words(pattern: str) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains; None if none is known."""
    ignores_case, words = _reading(pattern)
    if ignores_case:
        return None
    return frozenset(words) if words else None


def _needs(items) -> set[str] | None:
    candidates: list[set[str]] = []
    run: list[str] = []

    def flush():
        if run:
            candidates.append({"".join(run)})
            run.clear()

    for op, value in items:
        if op is sre.LITERAL:
            run.append(chr(value))
            continue
        flush()
        if op is sre.SUBPATTERN:
            _, add_flags, _, sub = value
            # A case-insensitive group's literals say nothing; the words around it are
            # still needed as written (the flag reaches no further than the group).
            found = None if add_flags & re.IGNORECASE else _needs(sub)
        elif op is sre.BRANCH:
            branches = [_needs(branch) for branch in value[1]]
            found = set().union(*branches) if all(branches) else None
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _, sub = value
            found = _needs(sub) if low >= 1 else None
        else:  # anchors, classes, lookarounds, backreferences: no word they require
            found = None
        if found:
            candidates.append(found)
    flush()
    # The most selective: the candidate whose shortest word is longest.
    return max(candidates, key=lambda words: min(map(len, words)), default=None)


class GatedPattern:
    """`search` as the compiled pattern's, skipped where a needed word is missing."""

    __slots__ = ("pattern", "words", "parts", "part_words")

    def __init__(self, pattern: re.Pattern, parts: list[str]):
        self.pattern = pattern
        # The compiled pattern is the alternation of `parts`: a text must hold a word
        # one of them needs, and if any part needs none, nothing can be skipped.
        needs = [needed_words(part) for part in parts]
        self.words = tuple(sorted(set().union(*needs))) if all(needs) else None
        self.parts = tuple(parts)
        self.part_words = tuple(needs)

    def search(self, text: str):
        words = self.words
        if words is not None and not any(word in text for word in words):
            return None
        return self.pattern.search(text)


class _Opened(set):
    """The patterns a text lets through, and for each the parts of it that can match."""

    __slots__ = ("parts",)


class GatedSearches:
    """Searches of several gated patterns, their words found in one pass per text.

    A pattern let through is searched as the alternation of only those of its parts
    whose words the text holds (and those that need none). A part that lacks every
    word it needs matches nowhere in the text, so leaving it out moves neither the
    leftmost match nor which alternative takes it: the match is the whole pattern's.
    """

    def __init__(self, patterns: list[GatedPattern]):
        import ahocorasick

        self.patterns = patterns
        self.always = frozenset(i for i, p in enumerate(patterns) if p.words is None)
        # Per pattern, the parts open in every text (they need no word).
        self._always_parts = [frozenset(j for j, words in enumerate(p.part_words) if not words)
                              for p in patterns]
        needing: dict[str, tuple[set[int], set[tuple[int, int]]]] = {}
        for index, pattern in enumerate(patterns):
            for part, words in enumerate(pattern.part_words):
                for word in words or ():
                    indices, parts = needing.setdefault(word, (set(), set()))
                    indices.add(index)
                    parts.add((index, part))
        self.automaton = ahocorasick.Automaton()
        for word, (indices, parts) in needing.items():
            self.automaton.add_word(word, (frozenset(indices), frozenset(parts)))
        if needing:
            self.automaton.make_automaton()
        # (pattern, open parts) -> the alternation of those parts, compiled once.
        self._narrowed: dict[tuple[int, tuple[int, ...]], re.Pattern] = {}

    def open(self, text: str) -> set[int]:
        """The indices of the patterns whose gate lets this text through."""
        found = _Opened(self.always)
        parts: set[tuple[int, int]] = set()
        if len(self.automaton):
            for _, (indices, where) in self.automaton.iter(text):
                found |= indices
                parts |= where
        found.parts = parts
        return found

    def search(self, index: int, text: str, open_: set[int]):
        """Pattern `index`'s search, given `open(text)`: what its `search(text)` returns."""
        narrowed = self.narrowed(index, open_)
        return None if narrowed is None else narrowed.search(text)

    def narrowed(self, index: int, open_: set[int]) -> re.Pattern | None:
        """What to search the text of `open_ = open(text)` with for pattern `index`: None
        if it cannot match there, else the alternation of its parts that can. At every
        position the parts left out fail, so each search, and so each match `finditer`
        yields, is the whole pattern's (a group of a part left out is None in both)."""
        if index not in open_:
            return None
        pattern = self.patterns[index]
        parts = getattr(open_, "parts", None)
        if parts is None:
            return pattern.pattern
        chosen = tuple(sorted(self._always_parts[index].union(
            part for at, part in parts if at == index)))
        if len(chosen) == len(pattern.parts):
            return pattern.pattern
        narrowed = self._narrowed.get((index, chosen))
        if narrowed is None:
            narrowed = self._narrowed[(index, chosen)] = re.compile(
                "|".join(f"(?:{pattern.parts[part]})" for part in chosen), pattern.pattern.flags)
        return narrowed


def needed_words_any_case(pattern: str) -> frozenset[str] | None:
    """For a case-insensitive search: words, lower-cased, one of which every match of
    `pattern` contains in some case; None if none is known or one is not ASCII."""
    words = _reading(pattern)[1]
    if not words or not all(word.isascii() for word in words):
        return None
    return frozenset(word.lower() for word in words)


# The characters beyond ASCII that `re` matches with an ASCII letter when case is
# ignored (dotted capital I, dotless i, long s, the Kelvin sign; every code point checked
# in tests/test_regex_gate.py). `str.lower` keeps 'ı' and 'ſ' and makes 'İ' two characters,
# so only where one of them stands is a match possibly not in lower case in `text.lower()`.
_FOLDED_ONTO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


class FoldedGatedPattern:
    """A case-insensitive pattern's `search`/`finditer`, skipped on a text that holds none
    of the words it needs in any case. `re` folds four other letters onto ASCII ones ('ſ'
    matches 's', the Kelvin sign 'k': `_FOLDED_ONTO_ASCII`), so a text with any of them is
    always searched; in any other text the characters of a match of ASCII words are
    ASCII, and in lower case exactly where its lower-cased words are in `text.lower()`."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern, parts: list[str]):
        self.pattern = pattern
        needs = [needed_words_any_case(part) for part in parts]
        self.words = tuple(sorted(set().union(*needs))) if needs and all(needs) else None

    def may_match(self, text: str) -> bool:
        if self.words is None or not (text.isascii() or _FOLDED_ONTO_ASCII.isdisjoint(text)):
            return True
        lowered = text.lower()
        return any(word in lowered for word in self.words)

    def search(self, text: str):
        return self.pattern.search(text) if self.may_match(text) else None

    def finditer(self, text: str):
        return self.pattern.finditer(text) if self.may_match(text) else iter(())
