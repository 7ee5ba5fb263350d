"""Word-list tests of Matcher patterns as lexeme flags, checked in C instead of in Python.

spaCy's Matcher evaluates `{"LOWER": {"IN": [...]}}` and `NOT_IN` through a Python
predicate, once per token and list for every pattern position a match could be at,
and it tries every pattern at every token: for the hedge patterns that was millions
of Python calls per 100 articles. Membership of a word's LOWER or ORTH in a fixed
list is a fact about its spelling, so it can be stored once per word type as a
lexeme flag (`Vocab.add_flag`), which the Matcher reads like IS_ALPHA. The test
has the same value for every token, so the state machine takes the same steps
and returns the same matches in the same order.

A vocabulary has 45 flag bits free, so the lists are given flags in order of
how often the Matcher reads them: those a match can open with (read at every
token) before the rest; the others stay predicates.
NORM is not flagged: a trained pipeline sets it per token.
"""

from __future__ import annotations

# Vocab.add_flag's bits that spaCy leaves free (FLAG19-FLAG63; 13 is IS_OOV_DEPRECATED).
_FLAG_BITS = range(19, 64)


class _Flags:
    """The flags made for one vocabulary: (attribute, operator, words) -> flag id."""

    def __init__(self, vocab):
        from spacy.attrs import LOWER, ORTH  # spaCy is imported on first need (lint/nlp.py)

        self.vocab = vocab
        self.ids: dict[tuple, int] = {}
        # Flags whose getter is registered but not yet set on the known word types.
        self.pending: list[tuple[int, object, frozenset]] = []
        self.lower_id = LOWER
        self.attrs = {"LOWER": LOWER, "ORTH": ORTH, "TEXT": ORTH}

    def flag(self, attr: int, words: frozenset[str]) -> int | None:
        key = (attr, words)
        if key in self.ids:
            return self.ids[key]
        getters = self.vocab.lex_attr_getters
        bit = next((bit for bit in _FLAG_BITS if bit not in getters), None)
        if bit is None:
            return None
        spelling = _identity
        if attr == self.lower_id:
            # The very function that sets the word's LOWER attribute (spaCy's own is
            # `str.lower`, called inline: every new word type runs each flag's test).
            from spacy.lang.lex_attrs import lower as spacy_lower

            lower = getters.get(attr, str.lower)
            spelling = str.lower if lower in (spacy_lower, str.lower) else lower
            test = (lambda string: string.lower() in words) if spelling is str.lower else (
                lambda string: lower(string) in words)
        else:
            test = words.__contains__
        # What `Vocab.add_flag` does, with the word types already known set by `settle`:
        # new ones run the test as they are made.
        getters[bit] = test
        self.pending.append((bit, spelling, words))
        self.ids[key] = bit
        return bit

    def settle(self) -> None:
        """Set the pending flags on the word types the vocabulary already holds.

        `Vocab.add_flag` reads every word type once per flag; this reads them once
        for all the flags a set of patterns made. A free bit is clear on every
        word type, so only the words in a list are set.
        """
        if not self.pending:
            return
        by_spelling: dict = {}
        for bit, spelling, words in self.pending:
            bits_of = by_spelling.setdefault(spelling, {})
            for word in words:
                bits_of.setdefault(word, []).append(bit)
        self.pending = []
        for lexeme in self.vocab:
            orth = lexeme.orth_
            for spelling, bits_of in by_spelling.items():
                bits = bits_of.get(orth if spelling is _identity else spelling(orth))
                if bits:
                    for bit in bits:
                        lexeme.set_flag(bit, True)


def _identity(string: str) -> str:
    return string


_BY_VOCAB: dict[int, _Flags] = {}


def _flags(vocab) -> _Flags:
    flags = _BY_VOCAB.get(id(vocab))
    if flags is None or flags.vocab is not vocab:
        flags = _BY_VOCAB[id(vocab)] = _Flags(vocab)
    return flags


def _flagged_spec(spec: dict, flags: _Flags) -> dict:
    """The token spec with each LOWER/ORTH `IN` / `NOT_IN` list a flag, while bits last."""
    out: dict = {}
    for key, value in spec.items():
        attr = flags.attrs.get(str(key).upper())
        if attr is None or not isinstance(value, dict):
            out[key] = value
            continue
        kept = {}
        for op, words in value.items():
            flag = None
            if op in ("IN", "NOT_IN") and all(isinstance(w, str) for w in words):
                flag = flags.flag(attr, frozenset(words))
            if flag is None:
                kept[op] = words
            else:
                out[flag] = op == "IN"
        if kept:
            out[key] = kept
    return out


def flagged(vocab, pattern_groups: list[tuple[str, list[list[dict]]]],
            leading_only: bool = False) -> list[list[list[dict]]]:
    """The patterns of each (key, patterns) group, with word-list tests as lexeme flags.

    The patterns are validated as `Matcher.add` does (same error); the flagged
    ones are for a Matcher made with `validate=False`, since its schema does not
    name flags. The positions a match can open with (the first, and each after
    optional ones) are flagged in every group before any later position, and
    only those with `leading_only` (bits for a matcher built before others).
    """
    from spacy.errors import MatchPatternError
    from spacy.schemas import validate_token_pattern

    for key, patterns in pattern_groups:
        errors = {i: validate_token_pattern(pattern) for i, pattern in enumerate(patterns)}
        if any(errors.values()):
            raise MatchPatternError(key, errors)
    flags = _flags(vocab)
    out = [[list(pattern) for pattern in patterns] for _, patterns in pattern_groups]
    for opening in (True,) if leading_only else (True, False):
        for group in out:
            for pattern in group:
                leading = _leading(pattern)
                for index, spec in enumerate(pattern):
                    if (index < leading) == opening:
                        pattern[index] = _flagged_spec(spec, flags)
    flags.settle()
    return out


def _leading(pattern: list[dict]) -> int:
    """How many of the first positions a match can open with: up to the first required one."""
    for index, spec in enumerate(pattern):
        op = str(spec.get("OP", ""))
        if op not in ("?", "*") and not op.startswith(("{0", "{,")):
            return index + 1
    return len(pattern)
