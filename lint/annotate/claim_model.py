"""The learned part of the claim judgment: a logistic regression over words and cues.

The cue lexicon (claims.yaml) names what makes a sentence checkable; this
model weighs those cues together with the sentence's words (lemmas, word
pairs) and its shape (numbers, length, how it ends), with weights learned
from labelled, openly licensed data by `scripts/train_claims.py`. The
weights ship as a small JSON file (lint/data/claim_model.json); scoring a
sentence is a few dictionary look-ups, and the features with the largest
contributions are the explanation (`drivers`).
"""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass
from importlib import resources

from lint.annotate.claim_page import PagePrior

MODEL_FILE = "claim_model.json"
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")


def sentence_features(norms: tuple[list[str], list[str]], cue_groups: list[str],
                      domain_count: int, text: str,
                      needs_domain: frozenset[str] = frozenset(),
                      forms: list[str] = (), word_count: int | None = None) -> list[str]:
    """Feature names of one sentence.

    `norms` are its words' lower-cased lemmas (numbers as "<num>") and its names'
    shapes, from `token_norms`; `cue_groups` the claims.yaml groups that matched
    it, `domain_count` the distinct domain terms it (or its table row) mentions,
    `forms` its grammatical forms (sentence_forms.py: imperative, quoted speech ...),
    `word_count` its length in words when `norms` are of only the part weighed (a
    quotation without its speaker: claim_speaker.py).
    A word is its own feature name and a word pair is two words with a space;
    every other feature has a "kind=" prefix.
    """
    words, shapes = norms
    found = list(words)
    found += [a + " " + b for a, b in zip(["<s>"] + words, words)]
    for shape in set(shapes):
        found.append("shape=" + shape + ("x2+" if shapes.count(shape) > 1 else ""))
    return found + _whole_sentence_features(
        cue_groups, needs_domain, domain_count,
        len(words) if word_count is None else word_count, text, forms)


def _whole_sentence_features(cue_groups: list[str], needs_domain: frozenset[str],
                             domain_count: int, word_count: int, text: str,
                             forms: list[str] = ()) -> list[str]:
    """The features that are not words or shapes: cues, grammatical forms, domain terms,
    length, ending, digits."""
    found = ["grammar=" + form for form in forms]
    for group in cue_groups:
        found.append("cue=" + group)
        if group in needs_domain and not domain_count:
            found.append("cue=" + group + "/no-domain")
    if domain_count:
        found.append("domain=1" if domain_count == 1 else "domain=2+")
    # Length beyond this: a long sentence holds more words to weigh. Short rows are
    # left to their words, for in the data they are mostly list items (claims).
    if word_count > 12:
        found.append("len<26" if word_count < 26 else "len>25")
    stripped = text.rstrip()
    found.append("end=" + (stripped[-1] if stripped and stripped[-1] in ".:!;)" else "other"))
    if _DIGIT.search(text):
        found.append("has=digit")
    if "%" in text:
        found.append("has=%")
    if _YEAR.search(text):
        found.append("has=year")
    return found


def token_norms(tokens, capitals_as_words: bool = False) -> tuple[list[str], list[str]]:
    """The model's view of spaCy tokens: lemmas of words ("<num>" for numbers), and
    the shapes of names ("<Name>" for a capitalised word inside the sentence,
    "<ACR>" for an acronym, "<MiX>" for a word mixing case or digits).
    `capitals_as_words`: a sentence set in capitals carries no acronym shapes; only weights
    trained that way (scripts/train_claims.py marks them) read sentences so, so the shipped
    model's verdicts on capitals change only with a retrain that learns it."""
    words, shapes = [], []
    views = _VIEWS
    capitals = capitals_as_words and _in_capitals(tokens)
    for i, token in enumerate(tokens):
        view = views.get(token.orth)
        if view is None:
            view = _view(token)
        shape, capitalised, norm = view
        if shape and not (capitals and shape == "<ACR>"):
            # (A sentence set in capitals: its words are words, not acronyms.)
            shapes.append(shape)
        elif capitalised and i > 0:
            shapes.append("<Name>")
        if norm:
            words.append(norm)
    return words, shapes


# A sentence whose words of two letters or more are all capitals, and at least this many:
# a heading-like line or a shouted sentence, whose every word would read as an acronym
# ("BY CUTTING OUT CIGARETTES, YOU HALVE ..." scored 'an acronym, more than once' -0.66).
_CAPITAL_WORDS = 4


def _in_capitals(tokens) -> bool:
    if not tokens.text.isupper():
        return False  # (most sentences: a lower-case letter anywhere)
    count = 0
    for token in tokens:
        text = token.text
        if len(text) > 1 and text.isalpha():
            if not text.isupper():
                return False
            count += 1
    return count >= _CAPITAL_WORDS


def _orths(doc) -> list[int]:
    """The doc's token ids, computed once per doc (spaCy's user_data holds them)."""
    cached = doc.user_data.get("content_lint_orths")
    if cached is None or len(cached) != len(doc):
        from spacy.attrs import ORTH

        cached = doc.user_data["content_lint_orths"] = doc.to_array(ORTH).tolist()
    return cached


# What a word's form says, per vocabulary entry (the same for every occurrence).
_VIEWS: dict[int, tuple[str, bool, str]] = {}
_VIEWS_MAX = 200_000


def _view(token) -> tuple[str, bool, str]:
    text = token.text
    shape, capitalised = "", False
    if len(text) > 1 and text.isalnum() and not text.isdigit():
        if text.isupper():
            shape = "<ACR>"
        elif not text.isalpha() or not text[1:].islower():
            shape = "<MiX>"
        else:
            capitalised = text[0].isupper()
    # The word type's lemma, not this token's NORM: a special case's token has its own ("were"
    # in "weren't"), and the view is kept per word type, so the first occurrence read decided.
    norm = ("<num>" if token.like_num else _lemma(token.lower_) if token.is_alpha
            else "%" if text == "%" else "")
    if len(_VIEWS) >= _VIEWS_MAX:
        _VIEWS.clear()
    view = _VIEWS[token.orth] = (shape, capitalised, norm)
    return view


def _lemma(lower: str) -> str:
    from lint.nlp import lemma_table

    return lemma_table().get(lower, lower)


# Features that describe a sentence's form, not what it says.
FORM_FEATURES = ("end=", "len<", "len>", "shape=")


# Health: content weights summing to less than this say nothing of the sentence: the rare
# common word of placeholder text ("Lorem ipsum dolor sit amet.": 'sit' +0.11) is not evidence.
KNOWN_CONTENT = 0.25


def knows_its_words(found: list[tuple[str, float]], minimum: float = 0.0) -> bool:
    """Whether the weighted features that speak of the sentence's content (words, word
    pairs, cues, domain terms, numbers) rather than its form carry weight, at least
    `minimum` in all (health: KNOWN_CONTENT). A sentence none of whose words the model has
    weighed (placeholder text, another language) would be judged by its full stop alone."""
    total = 0.0
    for feature, weight in found:
        if not feature.startswith(FORM_FEATURES):
            total += abs(weight)
            if total >= minimum:
                return total > 0
    return False


@dataclass(frozen=True, slots=True)
class Driver:
    feature: str
    weight: float

    def describe(self) -> str:
        return _described(self.feature, self.weight)


@functools.lru_cache(maxsize=65_536)
def _described(feature: str, weight: float) -> str:
    """A feature and its weight in words an editor reads (the same few thousand recur)."""
    return f"{_named(feature)} {weight:+.2f}"


_SHAPES = {"<Name>": "a name", "<ACR>": "an acronym", "<MiX>": "a code-like word"}
_HAS = {"digit": "a digit", "%": "a percentage", "year": "a year"}


def _named(feature: str) -> str:
    if feature.startswith("on pages "):  # a form's page term (claim_page.PagePrior.forms)
        return _named(feature.removeprefix("on pages ")) + " on pages of every licence"
    if feature.startswith(("len<", "len>")):
        return "13-25 words" if feature == "len<26" else "over 25 words"
    kind, _, name = feature.partition("=")
    if not name:  # a word or a word pair; "<num>" is any number, "<s>" the sentence start
        first, space, second = kind.partition(" ")
        if first == "<s>":
            return f"opens with '{second.replace('<num>', 'a number')}'"
        if kind == "<num>":
            return "a number"
        return f"the words '{kind}'" if space else f"the word '{kind}'"
    if kind == "cue":
        group, _, no_domain = name.partition("/")
        return f"cue '{group}'" + (" without a domain term" if no_domain else "")
    if kind == "page":
        return f"its page (the other sentences score {float(name):+.2f} on average)"
    if kind == "beside":
        return (f"the sentences beside it (before and after, {float(name):+.2f} on "
                "average)")
    if kind == "section":
        return f"its section (the others under its heading, {float(name):+.2f} on average)"
    if kind == "grammar":
        return f"its grammar ({name.replace('_', ' ')})"
    if kind == "domain":
        return "one domain term" if name == "1" else "two or more domain terms"
    if kind == "has":
        return _HAS.get(name, name)
    if kind == "end":
        return f"ends with '{name}'" if name != "other" else "no closing punctuation"
    if kind == "shape":
        repeated = name.endswith("x2+")
        base = _SHAPES.get(name.removesuffix("x2+"), name)
        return f"{base}, more than once" if repeated else base
    return feature


def describe_form(found: list[tuple[str, float]], positive: bool) -> str:
    """The sentence-shape prior, said once: the form features on one side, summed.

    Most statements end with a full stop, so on its own that says little about
    *this* sentence; it is named apart from the words that drove the score."""
    chosen = sorted((f for f, w in found
                     if (w > 0) == positive and f.startswith(FORM_FEATURES)))  # a shape feature
    if not chosen:
        return ""
    total = sum(w for f, w in found if f in chosen)
    return f"its shape ({', '.join(_named(f) for f in chosen)}) {total:+.2f}"


class ClaimModel:
    """Weights of one genre profile: 'health' (pages for patients and the public) or
    'scholarly' (papers and reviews, where the authors' own methods and results need
    no source)."""

    def __init__(self, spec: dict, profile: str):
        if profile not in spec["profiles"]:
            raise ValueError(f"unknown claim profile {profile!r} "
                             f"(one of: {', '.join(sorted(spec['profiles']))})")
        chosen = spec["profiles"][profile]
        self.profile = profile
        self.weights: dict[str, float] = chosen["weights"]
        self.bias = float(chosen["bias"])
        self.threshold = float(chosen["threshold"])
        self.needs_domain = frozenset(spec.get("needs_domain", ()))
        # Whether these weights were learnt with a sentence in capitals carrying no acronym
        # shapes (token_norms): a model trained before that scores capitals as it was trained.
        self.capitals_as_words = bool(chosen.get("capitals_as_words", False))
        # How the page's other sentences move a sentence's score (claim_page.py); None: never.
        self.page = PagePrior.of(chosen.get("page"))
        # Whether this profile weighs grammatical forms (sentence_forms.py): else none is sought.
        self.uses_grammar = any(name.startswith("grammar=") for name in self.weights)
        # Word pairs by their first word: scoring looks a pair up without building it.
        self.pairs: dict[str, dict[str, float]] = {}
        for name, weight in self.weights.items():
            first, space, second = name.partition(" ")
            if space:
                self.pairs.setdefault(first, {})[second] = weight
        # What scoring needs of a word type, looked up once per type (a token's id is
        # its type's): its view, the weight of its lemma, the pairs it opens.
        self._types: dict[int, tuple] = {}

    def score(self, doc, start: int, end: int, cue_groups: list[str], domain_count: int,
              text: str, forms: list[str] = (),
              weighed_end: int | None = None) -> tuple[float, list[tuple[str, float]]]:
        """`logit(sentence_features(token_norms(doc[start:end]), ...))` in one pass over
        the tokens' ids, building only the names of features that have a weight (a
        check's hot path: no Token objects, no feature list). `weighed_end`: words and
        shapes are weighed only before it (a quotation's speaker: claim_speaker.py); the
        sentence's length counts every word."""
        weights, types = self.weights, self._types
        found: dict[str, float] = {}
        shapes: dict[str, int] = {}
        previous, following, count = "<s>", self.pairs.get("<s>"), 0
        capitals = self.capitals_as_words and text.isupper() and _in_capitals(doc[start:end])
        orths = _orths(doc)
        last = end if weighed_end is None else weighed_end
        for i, orth in enumerate(orths[start:last]):
            known = types.get(orth)
            if known is None:
                known = self._type(orth, doc[start + i])
            shape, capitalised, norm, weight, opens = known
            if shape and not (capitals and shape == "<ACR>"):  # as token_norms
                shapes[shape] = shapes.get(shape, 0) + 1
            elif capitalised and i > 0:
                shapes["<Name>"] = shapes.get("<Name>", 0) + 1
            if not norm:
                continue
            count += 1
            if weight:
                found[norm] = weight
            if following is not None:
                weight = following.get(norm)
                if weight:
                    found[previous + " " + norm] = weight
            previous, following = norm, opens
        for i in range(last, end):  # (the speaker's words count in its length alone)
            known = types.get(orths[i]) or self._type(orths[i], doc[i])
            count += bool(known[2])
        rest = ["shape=" + s + ("x2+" if n > 1 else "") for s, n in shapes.items()]
        rest += _whole_sentence_features(cue_groups, self.needs_domain, domain_count, count, text,
                                         forms)
        for name in rest:
            weight = weights.get(name)
            if weight:
                found[name] = weight
        return self.bias - self.threshold + sum(found.values()), list(found.items())

    def _type(self, orth: int, token) -> tuple:
        view = _VIEWS.get(orth) or _view(token)
        norm = view[2]
        if len(self._types) >= _VIEWS_MAX:
            self._types.clear()
        known = self._types[orth] = (*view, self.weights.get(norm) if norm else None,
                                     self.pairs.get(norm) if norm else None)
        return known

    def logit(self, features: list[str]) -> tuple[float, list[tuple[str, float]]]:
        """The score's distance from the profile's threshold, and the weighted features."""
        get = self.weights.get
        found = [(f, w) for f in set(features) if (w := get(f))]
        return self.bias - self.threshold + sum(w for _, w in found), found

    @staticmethod
    def probability(logit: float) -> float:
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, logit))))


def top_drivers(found: list[tuple[str, float]], positive: bool, count: int = 3) -> list[Driver]:
    """The content features (words, cues, domain terms, numbers) that pushed the score most
    towards (or away from) a claim; the sentence's shape is `describe_form`'s."""
    chosen = sorted((-abs(w), f, w) for f, w in found
                    if (w > 0) == positive and not f.startswith(FORM_FEATURES))  # not a shape feature
    return [Driver(f, w) for _, f, w in chosen[:count]]


PROFILES = ("health", "scholarly")


@functools.cache
def load_model(profile: str = "health") -> ClaimModel | None:
    """The shipped model; None when the package has none (the cues then decide alone)."""
    path = resources.files("lint.data").joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    return ClaimModel(json.loads(path.read_text("utf-8")), profile)
