"""Run a spaCy Matcher only over the stretches of a text where its patterns can match.

spaCy's Matcher tries every pattern at every token. When every pattern starts
with a fixed word (an anchor), or a token one of its attributes picks out (a lemma
from a list, a number), a match can only begin at such tokens, and
it can run no further than the pattern's longest length, or, for a pattern with
`*` or `+`, than the first token none of its later positions accepts. So the
Matcher is run on the windows from each anchor to as far as a pattern starting
there can run, plus one token (there a partial match ends, reported or dropped,
as in the whole text); overlapping windows merge. It returns the very list the
whole-text call returns, in the same order: outside the windows no pattern can
start and no partial match is alive, so the whole-text run finds nothing there
and carries no state from one window to the next. Whether a token stops a
pattern is decided once per spelling.
"""

from __future__ import annotations

import functools

from lint.annotate import doc_arrays, doc_words
from lint.annotate.lexicon import first_words

_TEXT_ATTRS = {"ORTH": "text", "TEXT": "text", "LOWER": "lower_"}
# Boolean attributes of the word type (the same for every token of one spelling).
_FLAGS = {"IS_ALPHA": "is_alpha", "IS_DIGIT": "is_digit", "IS_PUNCT": "is_punct",
          "LIKE_NUM": "like_num"}


def _word_test(spec: dict):
    """A test `token -> False` only if the token certainly fails this token spec.

    Sound, never exact: attributes other than ORTH/TEXT/LOWER and a few word-type
    flags, and operators other than equality, IN and NOT_IN, are taken to accept
    any token. Every attribute tested is the same for all tokens of one spelling.
    """
    checks = []
    for key, value in spec.items():
        flag = _FLAGS.get(str(key).upper())
        if flag is not None and isinstance(value, bool):
            checks.append((flag, {value}, True))
            continue
        attr = _TEXT_ATTRS.get(str(key).upper())
        if attr is None:
            continue
        if isinstance(value, str):
            # LOWER compares the token's lower case with the value as written; a
            # value that is not lower case never matches, so comparing lower-cased
            # values only ever accepts more.
            wanted = {value.lower()} if attr == "lower_" else {value}
            checks.append((attr, wanted, True))
        elif isinstance(value, dict) and len(value) == 1 and "IN" in value:
            wanted = {str(v).lower() if attr == "lower_" else str(v) for v in value["IN"]}
            checks.append((attr, wanted, True))
        elif isinstance(value, dict) and len(value) == 1 and "NOT_IN" in value:
            checks.append((attr, {str(v) for v in value["NOT_IN"]}, False))

    def accepts(token) -> bool:
        for attr, values, inside in checks:
            if (getattr(token, attr) in values) is not inside:
                return False
        return True

    return accepts


def max_length(pattern: list[dict]) -> int | None:
    """The most tokens a match of this pattern can take; None if unbounded."""
    total = 0
    for spec in pattern:
        op = spec.get("OP")
        if op in (None, "!", "?", "1"):
            total += 1
        elif op in ("*", "+"):
            return None
        else:  # {n}, {n,m}, {,m}, {n,}
            upper = str(op).strip("{}").split(",")[-1].strip()
            if not upper.isdigit():
                return None
            total += int(upper)
    return total


class _Reach:
    """How far a match of one pattern starting at a token can run (exclusive end)."""

    def __init__(self, pattern: list[dict], index: int = 0):
        self.index = index  # the pattern's place in the Matcher
        self.length = max_length(pattern)
        # Specs that can take a token after the first: every later one, and a
        # first one that repeats.
        self._tests = [_word_test(spec) for index, spec in enumerate(pattern)
                       if index or spec.get("OP") in ("+", "*")]
        self._barrier: dict[str, bool] = {}

    def end(self, doc, start: int, length: int) -> int:
        if self.length is not None:
            return min(start + self.length, length)
        barrier, known, tests = start + 1, self._barrier, self._tests
        while barrier < length:
            token = doc[barrier]
            text = token.text
            stops = known.get(text)
            if stops is None:
                stops = known[text] = not any(test(token) for test in tests)
            if stops:
                break
            barrier += 1
        return barrier


# Attributes a window's possible matches, and the tokens a match opens on, are read by,
# from the Doc's arrays (the values the Matcher compares): spellings and lemma by their
# string ids (a string's id is its hash), word-type flags as 0/1 (`doc_words.flags`).
_ID_COLUMNS = {"ORTH": "ORTH", "TEXT": "ORTH", "LOWER": "LOWER", "NORM": "NORM"}
_FLAG_COLUMNS = ("IS_ALPHA", "IS_DIGIT", "IS_PUNCT", "LIKE_NUM")
_ONE, _OPTIONAL, _REPEATED = 0, 1, 2


def _spec_tests(spec: dict, strings) -> list[tuple[str, frozenset[int]]]:
    """(column, values) for each test of a token spec that `_Possible` and the word gate
    read: ORTH/TEXT/LOWER/NORM by a string or an IN list, as string ids (as written, what
    the Matcher compares, and lower-cased: a superset), and a flag of `_FLAG_COLUMNS` as
    0/1. Other tests are left out: they pass every token here."""
    tests = []
    for key, value in spec.items():
        name = str(key).upper()
        column = _ID_COLUMNS.get(name)
        if column is not None:
            if isinstance(value, str):
                words = [value]
            elif isinstance(value, dict) and set(value) == {"IN"} and \
                    all(isinstance(v, str) for v in value["IN"]):
                words = value["IN"]
            else:
                continue
            tests.append((column, frozenset(
                strings[form] for word in words for form in (word, word.lower()))))
        elif name in _FLAG_COLUMNS and isinstance(value, bool):
            tests.append((name, frozenset({int(value)})))
    return tests


class _Possible:
    """Whether a pattern can match from a token: its token specs read on the Doc's ids.

    Sound, never exact: each spec keeps only its tests of ORTH/TEXT/LOWER/NORM by a
    string or an IN list, and of a flag of `_FLAG_COLUMNS` (what spaCy's Matcher compares
    them with: the token's ids and flags); any other test passes every token. "?", "!" and
    the counted operators may take a token or none, "*", "+" and "{n,m}" any number:
    every match of the pattern is a run of tokens this accepts (no attribute is read
    through a Token, and none is added to the string store).
    """

    def __init__(self, pattern: list[dict], strings):
        self.steps = []
        for spec in pattern:
            op = spec.get("OP")
            kind = _ONE if op in (None, "1") else _OPTIONAL if op in ("?", "!") else _REPEATED
            # ("!" takes a token its spec refuses: any token, here)
            self.steps.append((kind, _spec_tests(spec, strings) if op != "!" else []))

        # The steps every match takes one token each at its start, read in order first
        # (most windows fail there); from the first other step, the set of steps reached.
        self._prefix = []
        for kind, tests in self.steps:
            if kind != _ONE:
                break
            self._prefix.append(tests)
        self._reached = [self._closure(at) for at in range(len(self.steps) + 1)]

    def columns(self) -> set[str]:
        return {column for _, tests in self.steps for column, _ in tests}

    def _closure(self, at: int) -> frozenset[int]:
        """Step `at` and those after it a match can reach without taking a token."""
        reached = {at}
        while at < len(self.steps) and self.steps[at][0] != _ONE:
            at += 1
            reached.add(at)
        return frozenset(reached)

    def from_(self, columns: dict, start: int, end: int) -> bool:
        """Whether a match can start at token `start` and end by `end`."""
        i = start
        for tests in self._prefix:
            if i >= end:
                return False
            for column, values in tests:
                if columns[column][i] not in values:
                    return False
            i += 1
        steps, last, reached = self.steps, len(self.steps), self._reached
        states = reached[len(self._prefix)]
        while last not in states:
            if i >= end:
                return False
            moved = set()
            for at in states:
                kind, tests = steps[at]
                for column, values in tests:
                    if columns[column][i] not in values:
                        break
                else:
                    moved |= reached[at + 1]
                    if kind == _REPEATED:
                        moved |= reached[at]
            if not moved:
                return False
            states = moved
            i += 1
        return True


def _columns(doc, wanted) -> dict[str, list[int]]:
    """The Doc's column of each attribute `_Possible` reads (kept with the Doc)."""
    columns = {}
    for column in wanted:
        if column in _FLAG_COLUMNS:
            columns[column] = doc_words.flags(doc, column)
        else:
            columns[column] = doc_arrays.orths(doc) if column == "ORTH" else \
                doc_arrays.lowers(doc) if column == "LOWER" else doc_words.flags(doc, "NORM")
    return columns


class Openers:
    """For `matches_near`: the windows where a match of these patterns (those of its
    Matcher, as written) can be; no window holding one is left out.

    A pattern is tried at the tokens its first token spec's first test accepts (looked
    up by the token's value), or at every token when that spec may take no token or
    more than one, or has no test `_Possible` reads."""

    def __init__(self, patterns: list[list[dict]]):
        self._patterns = patterns
        self._built: tuple | None = None

    def _build(self, vocab) -> tuple:
        if self._built is None or self._built[0] is not vocab:
            index: dict[str, dict[int, list]] = {}
            anywhere = []
            for pattern in self._patterns:
                possible = _Possible(pattern, vocab.strings)
                kind, tests = possible.steps[0] if possible.steps else (_OPTIONAL, [])
                if kind != _ONE or not tests:  # it may open with the token after
                    anywhere.append(possible)
                    continue
                column, values = tests[0]
                for value in values:
                    index.setdefault(column, {}).setdefault(value, []).append(possible)
            wanted = set(index).union(*(p.columns() for p in self._all(index, anywhere)))
            self._built = (vocab, index, anywhere, wanted)
        return self._built[1:]

    @staticmethod
    def _all(index, anywhere):
        seen = {id(p): p for p in anywhere}
        for by_value in index.values():
            for found in by_value.values():
                seen.update((id(p), p) for p in found)
        return list(seen.values())

    def keep(self, doc, windows: list[list[int]]) -> list[list[int]]:
        index, anywhere, wanted = self._build(doc.vocab)
        columns = _columns(doc, wanted)
        kept = []
        for start, end in windows:
            for i in range(start, end):
                tried = list(anywhere)
                for column, by_value in index.items():
                    tried += by_value.get(columns[column][i], ())
                if any(p.from_(columns, i, end) for p in tried):
                    kept.append([start, end])
                    break
        return kept


def _opening(spec: dict) -> tuple[str, frozenset] | None:
    """One attribute a token must have for a match to open on it with this first token
    spec, and the values it may have; None when the spec can be skipped or names no such
    attribute. Sound, not exact: the other attributes of the spec are not read, and a
    LOWER value is compared in lower case (a value that is not never matches)."""
    if spec.get("OP") not in (None, "+"):
        return None
    for key, value in spec.items():
        name = str(key).upper()
        if name in _FLAG_COLUMNS and isinstance(value, bool):
            return name, frozenset({int(value)})
        attr = _ID_COLUMNS.get(name)
        if attr is None:
            continue
        if isinstance(value, str):
            words = {value}
        elif isinstance(value, dict) and set(value) == {"IN"} and \
                all(isinstance(v, str) for v in value["IN"]):
            words = set(value["IN"])
        else:
            continue
        return attr, frozenset(w.lower() for w in words) if attr == "LOWER" else frozenset(words)
    return None


class WindowedMatcher:
    """Callable like the Matcher it wraps (on a Doc), over the windows only.

    With `entries`, the (key, pattern) pairs exactly as added to the Matcher, in order,
    each window is read by a Matcher of only the patterns that can open in it (those of
    the window's opening tokens). A pattern that opens nowhere in a window has each of
    its states rejected at its first token there: it adds no match and moves no other
    state (spaCy keeps the live states in order), so the window's matches, and their
    order, are the same. The saving: spaCy's Matcher starts every pattern at every
    token, and evaluates the Python predicates (word lists after the first, NOT_IN,
    REGEX) of each; the hedge cues are some 45 patterns, of which a window opens 1-3.
    """

    _SUBSETS_MAX = 4096  # Matchers kept, one per set of patterns windows opened

    def __init__(self, matcher, patterns: list[list[dict]], entries=None):
        self.matcher = matcher
        self.anchors = first_words(patterns)
        self._ids: tuple | None = None
        if entries is not None and len(entries) != len(patterns):
            raise ValueError("WindowedMatcher: one (key, pattern) entry per pattern")
        self._entries = entries
        self._subsets: dict[tuple[int, ...], object] = {}
        self._patterns = patterns
        self._possible: tuple | None = None  # (vocab, [_Possible per pattern], columns)
        # The patterns each anchor word can start.
        self._by_anchor: dict[str, list[_Reach]] = {}
        if self.anchors is not None:
            for index, pattern in enumerate(patterns):
                reach = _Reach(pattern, index)
                for word in first_words([pattern]):
                    self._by_anchor.setdefault(word, []).append(reach)
        # Else, when every pattern opens on a token read by one attribute (a lemma, a
        # flag: "LIKE_NUM"), the patterns each value of it can start.
        self._openings: dict[str, dict] | None = None
        self._opening_ids: tuple | None = None
        openings = [_opening(pattern[0]) if pattern else None for pattern in patterns]
        if self.anchors is None and patterns and None not in openings:
            self._openings = {}
            for index, (pattern, (attr, values)) in enumerate(zip(patterns, openings)):
                reach = _Reach(pattern, index)
                for value in values:
                    self._openings.setdefault(attr, {}).setdefault(value, []).append(reach)

    def _subset(self, indices: set[int]):
        """A Matcher of the patterns at `indices`, added in the wrapped Matcher's order.

        Making one costs about what the whole Matcher costs on three short windows
        (spaCy builds each word list's set again), so a set of patterns first seen is
        read by the whole Matcher, and gets its own Matcher when it comes again."""
        chosen = tuple(sorted(indices))
        matcher = self._subsets.get(chosen)
        if matcher is None:
            from spacy.matcher import Matcher

            if len(self._subsets) >= self._SUBSETS_MAX:
                self._subsets.clear()
            if chosen not in self._subsets:
                self._subsets[chosen] = None
                return self.matcher
            matcher = Matcher(self.matcher.vocab, validate=False)
            for index in chosen:
                key, pattern = self._entries[index]
                matcher.add(key, [pattern])
            self._subsets[chosen] = matcher
        return matcher

    def _possibles(self, vocab) -> tuple[list[_Possible], set[str]]:
        if self._possible is None or self._possible[0] is not vocab:
            possible = [_Possible(pattern, vocab.strings) for pattern in self._patterns]
            self._possible = (vocab, possible,
                              set().union(*(p.columns() for p in possible)))
        return self._possible[1], self._possible[2]

    def _can_match(self, doc, windows: list[list]) -> list[list]:
        """The windows where some pattern opening in it can match (the others: none).

        Read on the Doc's arrays, without the Matcher's `Token` per token of the window:
        most windows (a modal verb, "suggest") hold no match."""
        possible, wanted = self._possibles(doc.vocab)
        columns = _columns(doc, wanted)
        return [window for window in windows
                if any(possible[index].from_(columns, start, window[1])
                       for start, indices in window[3] for index in indices)]

    def _anchor_ids(self, vocab) -> dict[int, str]:
        """LOWER id -> anchor word, as the vocabulary's string store numbers them."""
        if self._ids is None or self._ids[0] is not vocab:
            self._ids = (vocab, {vocab.strings.add(word): word for word in self.anchors})
        return self._ids[1]

    def _opening_tables(self, vocab) -> tuple[list[str], list[dict]]:
        """The attributes to read and, for each, value id -> the patterns it opens."""
        if self._opening_ids is None or self._opening_ids[0] is not vocab:
            attrs, tables = [], []
            for attr, by_value in self._openings.items():
                attrs.append(attr)
                tables.append(by_value if attr in _FLAG_COLUMNS else
                              {vocab.strings.add(value): reaches
                               for value, reaches in by_value.items()})
            self._opening_ids = (vocab, (attrs, tables))
        return self._opening_ids[1]

    def _opening_starts(self, doc) -> list[tuple[int, list]]:
        attrs, tables = self._opening_tables(doc.vocab)
        # The Doc's kept columns (`_columns`: its ORTH, LOWER, NORM and flags, each read
        # in C once per Doc), not a `to_array` of these attributes per matcher and Doc.
        kept = _columns(doc, attrs)
        columns = [kept[attr] for attr in attrs]
        # Attribute by attribute, the tokens with a value that opens a pattern (few: a
        # membership test per token), their patterns joined in the attributes' order.
        hits: dict[int, list] = {}
        for column, table in zip(columns, tables):
            for i in [i for i, value in enumerate(column) if value in table]:
                found = table[column[i]]
                if found:
                    reaches = hits.get(i)
                    hits[i] = found if reaches is None else reaches + found
        return sorted(hits.items())

    def __call__(self, doc) -> list[tuple[int, int, int]]:
        """The wrapped Matcher's matches on a Doc (token indices are the Doc's)."""
        anchors = self.anchors
        if anchors is None:
            if self._openings is None:
                return self.matcher(doc)
            starts = self._opening_starts(doc)
        else:
            # The anchors by the tokens' LOWER ids, read in C: no Token object per token.
            ids, by_anchor = self._anchor_ids(doc.vocab), self._by_anchor
            starts = [(i, by_anchor[ids[lower]]) for i, lower in
                      enumerate(doc_arrays.lowers(doc)) if lower in ids]
        if not starts:
            return []
        length = len(doc)
        # [start, end, the patterns that open in it, (token, the patterns it opens)]
        windows: list[list] = []
        for start, reaches in starts:
            # One token past the furthest a match from here can run: there a partial
            # match fails and is reported or dropped, as in the whole text.
            end = min(max(reach.end(doc, start, length) for reach in reaches) + 1, length)
            opened = [reach.index for reach in reaches]
            if windows and start < windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], end)
                windows[-1][2].update(opened)
                windows[-1][3].append((start, opened))
            else:
                windows.append([start, end, set(opened), [(start, opened)]])
        # A window where no pattern can match gives the Matcher nothing to find.
        windows = self._can_match(doc, windows)
        if self._entries is None:
            return _match_in_windows(self.matcher, doc, [w[:2] for w in windows])
        found = []
        for start, end, indices, _ in windows:
            found += [(key, s + start, e + start)
                      for key, s, e in self._subset(indices)(doc[start:end])]
        return found


def _match_in_windows(matcher, doc, windows: list[list[int]]) -> list[tuple[int, int, int]]:
    """`matcher`'s matches in each window, window by window, with the Doc's token indices;
    one window over the whole Doc is the whole-text run."""
    if windows == [[0, len(doc)]]:
        return matcher(doc)
    found = []
    for start, end in windows:
        found += [(key, s + start, e + start) for key, s, e in matcher(doc[start:end])]
    return found


def matches_near(matcher, doc, spans, reach: int,
                 openers: Openers | None = None) -> list[tuple[int, int, int]]:
    """The matches covering a token of one of `spans` ((start, end) token indices) that
    the whole-text run of `matcher` finds, none of whose patterns takes more than
    `reach` tokens; it may return other matches too.

    Such a match lies within `reach - 1` tokens of its span on either side, so the
    Matcher reads the windows from there to `reach` tokens past the span: the whole-text
    run takes the same steps there, up to the token after the match, where it is
    reported. Matches of different windows come window by window, and, within one, in
    the whole-text run's order. With `openers` (the Matcher's patterns), only the windows
    where one can match are read.
    """
    length = len(doc)
    windows: list[list[int]] = []
    for start, end in sorted(spans):
        start, end = max(0, start - reach + 1), min(length, end + reach)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    if openers is not None:
        windows = openers.keep(doc, windows)
        if not windows:
            return []
    return _match_in_windows(matcher, doc, windows)


# Operators under which a token spec takes at least one token: a match holds a token it accepts.
_TAKES_A_TOKEN = (None, "1", "+")
# The columns the gate reads a Doc's words by (no NORM or flag array is read for it).
_GATE_COLUMNS = ("ORTH", "LOWER")


def _required_words(pattern: list[dict], strings) -> list[tuple[str, frozenset[int]]] | None:
    """(column, ids): each ORTH/TEXT or LOWER test (`_spec_tests`) of the token specs every
    match of the pattern takes a token by, the ids one of those tokens has. None when the
    pattern has no such test (any text may hold a match)."""
    required = [(column, ids) for spec in pattern if spec.get("OP") in _TAKES_A_TOKEN
                for column, ids in _spec_tests(spec, strings) if column in _GATE_COLUMNS]
    return required or None


class WordGate:
    """Whether a Doc may hold a match of some of `patterns`: it holds, for some pattern, a
    word of each of its token specs that every match takes a token by. A Doc it says no to
    gives a Matcher of those patterns nothing to find. Patterns are as written (flags in
    place of word lists would change nothing here: the same words are compared)."""

    def __init__(self, vocab, patterns: list[list[dict]]):
        # Required words per pattern, or None when a pattern needs none (a string's id is
        # its hash: the same in any vocab, and none is added to the store)
        gates = [_required_words(pattern, vocab.strings) for pattern in patterns]
        # each test with the reader of the Doc's ids it compares (read once per Doc, kept)
        readers = {"ORTH": doc_arrays.orths, "LOWER": doc_arrays.lowers}
        self._gates = None if None in gates or not gates else \
            [[(readers[column], ids) for column, ids in gate] for gate in gates]
        # A first look, one scan per column: the words of one test of each pattern, which a
        # Doc lacking them all cannot pass for any pattern. The test with the fewest stop
        # words ("is", "not" are in most blocks), then the fewest words: the likeliest to fail.
        from spacy.attrs import IS_STOP

        is_stop = vocab.lex_attr_getters.get(IS_STOP)
        stops = frozenset(vocab.strings[word] for word in is_stop.keywords["stops"]) \
            if isinstance(is_stop, functools.partial) and "stops" in is_stop.keywords \
            else frozenset()
        first: dict[str, frozenset[int]] = {}
        for gate in gates if self._gates else ():
            column, ids = min(gate, key=lambda test: (len(test[1] & stops), len(test[1])))
            first[column] = first.get(column, frozenset()) | ids
        self._first = [(readers[column], ids) for column, ids in first.items()]

    def __call__(self, doc) -> bool:
        gates = self._gates
        if gates is None:
            return True
        # (`isdisjoint` of the Doc's id list: no set built, and it stops at a first word)
        if all(ids.isdisjoint(read(doc)) for read, ids in self._first):
            return False
        return any(all(not ids.isdisjoint(read(doc)) for read, ids in gate) for gate in gates)


class WordGatedMatcher:
    """A Matcher of `patterns` (under `key`), called like it on a Doc, run only where its
    `WordGate` lets the Doc through (", often called X," needs "often"-like and
    "called"-like words). On any other Doc the Matcher would find nothing: it gives []
    without reading the tokens. Where it runs, it runs on the whole Doc, so its matches and
    their order are the Matcher's. It builds the Matcher from the patterns it gates by, so
    the two cannot differ; `.matcher` is that Matcher (add no patterns to it)."""

    def __init__(self, vocab, key: str, patterns: list[list[dict]]):
        from spacy.matcher import Matcher

        self.matcher = Matcher(vocab, validate=False)
        self.matcher.add(key, patterns)
        self.gate = WordGate(vocab, patterns)

    def __call__(self, doc) -> list[tuple[int, int, int]]:
        return self.matcher(doc) if self.gate(doc) else []
