"""A Matcher run over token windows returns what the whole-text run returns, in order."""

from __future__ import annotations

import random

import pytest
from spacy.matcher import Matcher

from lint.annotate.lexicon import load_data
from lint.annotate.token_windows import WindowedMatcher
from lint.nlp import pipeline

# Shapes the windows must get right: optional and repeated tokens, word-type flags,
# NOT_IN, a barrier that is itself an anchor, matches running to the end of the text.
PATTERNS = [
    [{"LOWER": "may"}, {"LOWER": {"NOT_IN": ["be", "not"]}}],
    [{"LOWER": {"IN": ["is", "are"]}}, {"LOWER": {"IN": ["still", "not"]}, "OP": "*"},
     {"LOWER": {"IN": ["unclear", "unknown"]}}],
    [{"LOWER": "evidence"}, {"ORTH": {"NOT_IN": [".", "that"]}, "OP": "*"},
     {"LOWER": "is"}, {"LOWER": {"IN": ["weak", "limited"]}}],
    [{"LOWER": "some"}, {"IS_ALPHA": True, "OP": "?"}, {"LOWER": "people"}],
    [{"ORTH": "that"}, {"LOWER": "may"}, {"IS_ALPHA": True, "OP": "?"}],
    [{"LOWER": {"IN": ["not", "no"]}, "OP": "+"}, {"LOWER": "clear"}],
    [{"LOWER": "limited"}, {"LOWER": "to"}, {"IS_ALPHA": True, "OP": "{0,2}"},
     {"LOWER": "mice"}],
]
WORDS = ("may be not is are still unclear unknown evidence that weak limited some people "
         "no clear to mice rats the drug works . , ; 12 it").split()


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 40)))
            for _ in range(count)]


def _matcher(nlp, patterns):
    matcher = Matcher(nlp.vocab)
    for index, pattern in enumerate(patterns):
        matcher.add(f"p{index % 3}", [pattern])
    return matcher


def test_windows_give_the_whole_text_matches_in_order():
    nlp = pipeline("blank")
    matcher = _matcher(nlp, PATTERNS)
    windowed = WindowedMatcher(matcher, PATTERNS)
    docs = [nlp.make_doc(text) for text in _texts(3000, seed=21)]
    found = [matcher(doc) for doc in docs]
    assert sum(map(len, found)) > 1000  # the texts exercise the patterns
    assert [windowed(doc) for doc in docs] == found


def test_hedge_cue_patterns_give_the_whole_text_matches():
    nlp = pipeline("blank")
    data = load_data("hedges.yaml")
    patterns = [p for spec in data["cues"].values() for p in spec.get("patterns", [])]
    matcher = Matcher(nlp.vocab)
    for kind, spec in data["cues"].items():
        if spec.get("patterns"):
            matcher.add(kind, spec["patterns"])
    windowed = WindowedMatcher(matcher, patterns)
    texts = ["It may help some people, but the evidence is still limited.",
             "The cause is not fully understood; data from small trials are inconclusive.",
             "Many experts believe it could reduce pain. It can be used daily.",
             "Evidence that it works in people is weak, and it is linked to harm."] * 3
    for text in texts:
        doc = nlp.make_doc(text)
        assert windowed(doc) == matcher(doc)


def test_only_windows_are_read():
    nlp = pipeline("blank")
    matcher = _matcher(nlp, PATTERNS)
    windowed = WindowedMatcher(matcher, PATTERNS)
    read = []

    class Recording:
        def __call__(self, doclike):
            read.append((doclike.start, doclike.end))
            return matcher(doclike)

    windowed.matcher = Recording()
    doc = nlp.make_doc("The drug works in rats . It may help . The drug works in mice .")
    assert windowed(doc) == matcher(doc)
    assert read == [(7, 10)]  # "may help ." only
    assert windowed(nlp.make_doc("The drug works in rats .")) == []


@pytest.mark.parametrize("patterns", [
    [[{"LIKE_NUM": True}, {"LOWER": "mg"}]],  # no fixed first word
    [[{"LOWER": "may", "OP": "?"}, {"LOWER": "help"}]],  # optional first token
])
def test_patterns_without_a_first_word_read_the_whole_text(patterns):
    nlp = pipeline("blank")
    matcher = _matcher(nlp, patterns)
    windowed = WindowedMatcher(matcher, patterns)
    doc = nlp.make_doc("Take 12 mg ; it may help and help .")
    assert windowed.anchors is None
    assert windowed(doc) == matcher(doc) != []
