"""Lexicons as data: YAML cue groups compiled into spaCy matchers on lemmas.

Tokens carry their lower-cased lemma in `NORM` (set by the pipeline's
`content_lint_norm` component), so one phrase covers its inflections and
every matcher here works the same with the blank and trained pipelines.
"""

from __future__ import annotations

from dataclasses import dataclass, field


from lint.data import load_data  # noqa: F401 - the annotators' loader
from lint.annotate.token_flags import flagged
from lint.normalise import with_plural
from lint.phrase_tokens import list_keys, lower_keys


@dataclass(frozen=True, slots=True)
class CueGroup:
    name: str
    reason: str
    weight: float
    needs_domain: bool = False
    phrases: tuple[str, ...] = ()
    patterns: tuple = field(default=(), compare=False)


def cue_groups(data: dict, side: str) -> list[CueGroup]:
    groups = []
    for name, spec in (data.get(side) or {}).items():
        groups.append(CueGroup(
            name=name, reason=spec["reason"], weight=float(spec["weight"]),
            needs_domain=bool(spec.get("needs_domain", False)),
            phrases=tuple(spec.get("phrases", [])), patterns=tuple(spec.get("patterns", []))))
    return groups


class PhraseIndex:
    """PhraseMatcher + Matcher over NORM for a set of labelled phrases and patterns."""

    def __init__(self, nlp, attr: str = "NORM"):
        from spacy.matcher import Matcher, PhraseMatcher

        self.nlp = nlp
        self.attr = attr
        self.phrases = PhraseMatcher(nlp.vocab, attr=attr)
        self.patterns = Matcher(nlp.vocab, validate=False)  # validated by `flagged`
        self.labels: set[str] = set()
        # A label's text by its id: the StringStore decodes it again on every lookup.
        self._label_of: dict[int, str] = {}
        # Each two words that follow one another in a phrase (LOWER ids; on LOWER only).
        self.word_pairs: set[tuple[int, int]] = set()
        # The patterns as written, and the Matcher run over the stretches of a Doc where
        # they can match (lint/annotate/token_windows.py), made when first needed.
        self._written: list[list[dict]] = []
        self._added: list[tuple[str, list[dict]]] = []  # (label, pattern) as the Matcher has it
        self._windowed = None

    def add_phrases(self, label: str, phrases) -> None:
        phrases = [p for p in phrases if p and p.strip()]
        if not phrases:
            return
        if self.attr == "LOWER":
            # the shipped lists' keys, made as below when the table was built
            docs = list_keys(self.nlp, tuple(phrases))
            if docs is None:
                # Exact forms (lemmas mangle acronyms: "AI" -> "have"), plus plurals.
                phrases = sorted({form for p in phrases for form in with_plural(p.lower())})
                # the tokens' LOWER, as a Doc would give
                docs = lower_keys(self.nlp, phrases, listed=True)
            for keys in docs:
                if not isinstance(keys, (list, tuple)):
                    from spacy.attrs import LOWER

                    keys = keys.to_array(LOWER).tolist()
                self.word_pairs.update(zip(keys, keys[1:]))
        else:
            docs = list(self.nlp.pipe(phrases))
        _label_lexeme(self.nlp.vocab, label)
        self.phrases.add(label, docs)
        self.labels.add(label)

    def add_patterns(self, label: str, patterns) -> None:
        if patterns:
            # Word lists a match opens with as lexeme flags (same matches, read in C);
            # only those, so the bits last for the hedge patterns built after.
            added = flagged(self.nlp.vocab, [(label, list(patterns))], leading_only=True)[0]
            self.patterns.add(label, added)
            self._written += [list(pattern) for pattern in patterns]
            self._added += [(label, pattern) for pattern in added]
            self._windowed = None
            self.labels.add(label)

    def __call__(self, doc_or_span):
        """(label, start, end) token matches."""
        found = self.phrases(doc_or_span)
        if len(self.patterns):
            found += self._pattern_matches(doc_or_span)
        label_of = self._label_of
        if not all(m in label_of for m, _, _ in found):
            strings = self.nlp.vocab.strings
            label_of.update((m, strings[m]) for m, _, _ in found if m not in label_of)
        return [(label_of[m], s, e) for m, s, e in found]


    def _pattern_matches(self, doc_or_span) -> list:
        """The pattern Matcher's matches, in its order; on a Doc only where they can be."""
        from spacy.tokens import Doc

        if not isinstance(doc_or_span, Doc):
            return self.patterns(doc_or_span)
        if self._windowed is None:
            from lint.annotate.token_windows import WindowedMatcher

            self._windowed = WindowedMatcher(self.patterns, self._written, self._added)
        return self._windowed(doc_or_span)


def _label_lexeme(vocab, label: str) -> None:
    """Make the word type `PhraseMatcher.add` makes of a label, without its attributes
    when no token can ever be that label.

    spaCy keeps each rule's label as a word type, and a new word type runs every lexeme
    getter (spaCy's two dozen and the flags of lint/annotate/token_flags.py): thousands
    of labels cost a one-article check some 30 ms. The tokenizer cuts a text where
    whitespace starts or ends, so a label holding whitespace and something else (the
    mechanism extractor's "class", U+001F, "androgen": U+001F is whitespace to Python and
    spaCy) is the text of no token, and its attributes are never read.
    """
    # (`str.split()` cuts at the characters `str.isspace` says are whitespace: a label
    # with none splits into itself, and "" has none)
    if label in vocab or label.isspace() or not label or label.split() == [label]:
        return
    getters = vocab.lex_attr_getters
    vocab.lex_attr_getters = None
    try:
        vocab[label]  # noqa: B018 - made for its side effect, as PhraseMatcher.add would
    finally:
        vocab.lex_attr_getters = getters


def first_words(patterns) -> frozenset[str] | None:
    """The lower-cased words that every one of these Matcher patterns starts with.

    None when some pattern can start otherwise (no LOWER/ORTH value on its
    first token, or an optional first token): then no text can be skipped.
    """
    words: set[str] = set()
    for pattern in patterns:
        first = pattern[0] if pattern else {}
        if first.get("OP") not in (None, "+"):
            return None
        value = first.get("LOWER", first.get("ORTH"))
        if isinstance(value, str):
            words.add(value.lower())
        elif isinstance(value, dict) and set(value) == {"IN"}:
            words.update(str(v).lower() for v in value["IN"])
        else:
            return None
    return frozenset(words)
