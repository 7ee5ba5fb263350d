"""Word lists as lexeme flags: the Matcher returns the same matches, in the same order."""

from __future__ import annotations

import pytest
import spacy
from spacy.errors import MatchPatternError
from spacy.matcher import Matcher

from lint.annotate.token_flags import flagged
from lint.nlp import pipeline
from tests.test_token_windows import PATTERNS, _texts

# Beyond the windows' shapes: a list with an upper-case word under LOWER (it never
# matches), ORTH lists, IN and NOT_IN on one token, and a regular expression kept.
MORE = [
    [{"LOWER": {"IN": ["May", "may"]}}, {"ORTH": {"IN": ["be", "Be"]}}],
    [{"ORTH": {"NOT_IN": ["the", "."]}}, {"LOWER": {"IN": ["drug", "works"], "NOT_IN": ["x"]}}],
    [{"LOWER": {"REGEX": "^(rat|mice)"}}, {"LOWER": {"IN": [".", ";"]}}],
]


def _pair(vocab, patterns):
    plain, flags = Matcher(vocab), Matcher(vocab, validate=False)
    groups = [(f"p{index % 3}", [pattern]) for index, pattern in enumerate(patterns)]
    for (key, group), flagged_group in zip(groups, flagged(vocab, groups)):
        plain.add(key, group)
        flags.add(key, flagged_group)
    return plain, flags


def test_flagged_patterns_give_the_same_matches_in_order():
    nlp = spacy.blank("en")  # a vocabulary of its own: the flags it gets stay there
    plain, flags = _pair(nlp.vocab, PATTERNS + MORE)
    assert not flags._extra_predicates[1:]  # only the regular expression is left in Python
    docs = [nlp.make_doc(text.replace("rats", "Rats May")) for text in _texts(1000, seed=75)]
    found = [plain(doc) for doc in docs]
    assert sum(map(len, found)) > 300
    assert [flags(doc) for doc in docs] == found


def test_lists_beyond_the_free_bits_stay_predicates():
    nlp = spacy.blank("en")
    # 60 distinct lists at first positions: 45 bits, the rest are read as before.
    patterns = [[{"LOWER": {"IN": ["may", f"w{index}"]}}, {"LOWER": "be"}] for index in range(60)]
    plain, flags = _pair(nlp.vocab, patterns)
    assert len(flags._extra_predicates) == 15
    doc = nlp.make_doc("it may be w3 be w59 be or w59 not")
    assert flags(doc) == plain(doc)
    assert [(s, e) for _, s, e in plain(doc)] == [(1, 3)] * 3 + [(3, 5), (5, 7)]  # w59: a predicate


def test_a_bad_pattern_is_reported_as_the_matcher_would():
    with pytest.raises(MatchPatternError, match="rule 'bad'"):
        flagged(spacy.blank("en").vocab, [("bad", [[{"LOWER": {"IN": ["a"]}, "COLOUR": 1}]])])


def test_hedge_matchers_read_sentences_as_unflagged_ones_would():
    from lint.annotate.hedges import detector
    from lint.annotate.lexicon import load_data

    nlp = pipeline("blank")
    hedges = detector("blank")
    data = load_data("hedges.yaml")
    plain_cues, plain_exclusions = Matcher(nlp.vocab), Matcher(nlp.vocab)
    for kind, spec in data["cues"].items():
        if spec.get("patterns"):
            plain_cues.add(kind, spec["patterns"])
    for index, spec in enumerate(data["exclusions"]):
        plain_exclusions.add(f"x{index}", spec["patterns"])
    assert len(hedges.patterns._extra_predicates) < len(plain_cues._extra_predicates)
    texts = ["It may help some people, but the evidence is still limited.",
             "In May 2020 it could not be detected; it could be harmful in May.",
             "How often this happens is unknown, and it can play a role.",
             "Many experts believe it could reduce pain. It can be used daily."]
    for doc in nlp.pipe(texts):
        assert hedges.patterns(doc) == plain_cues(doc)
        assert hedges.exclusions(doc) == plain_exclusions(doc)


def test_positions_a_match_opens_with_are_flagged_first():
    vocab = spacy.blank("en").vocab
    pattern = [{"LOWER": {"IN": ["a"]}, "OP": "?"}, {"LOWER": {"IN": ["b"]}, "OP": "{0,2}"},
               {"LOWER": {"IN": ["c"]}}, {"LOWER": {"IN": ["d"]}}]
    (opening,), = flagged(vocab, [("p", [pattern])], leading_only=True)
    assert [set(spec) - {"OP"} for spec in opening] == [
        {19}, {20}, {21}, {"LOWER"}]  # "d" only once "c" is read: left for later
