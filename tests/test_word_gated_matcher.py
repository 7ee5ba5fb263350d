"""A Matcher skipped on a Doc that lacks the words its matches need returns what it would
have returned (issue 21: the hedge reader's naming appositives, read on every block)."""

from __future__ import annotations

from spacy.matcher import Matcher

from lint.annotate.hedges import detector
from lint.annotate.lexicon import load_data
from lint.annotate.token_windows import WordGatedMatcher
from lint.nlp import pipeline
from test_token_windows import PATTERNS, _texts
from conftest import REPO


class _Counted:
    """A Matcher that counts the Docs it reads."""

    def __init__(self, matcher):
        self.matcher, self.calls = matcher, 0

    def __call__(self, doc):
        self.calls += 1
        return self.matcher(doc)


def _gated(nlp, patterns) -> tuple[WordGatedMatcher, _Counted]:
    """A gated Matcher of the patterns, whose Matcher counts the Docs it reads."""
    gated = WordGatedMatcher(nlp.vocab, "p", patterns)
    gated.matcher = counted = _Counted(gated.matcher)
    return gated, counted


def _plain(nlp, patterns):
    matcher = Matcher(nlp.vocab)
    matcher.add("p", patterns)
    return matcher


def test_gated_matches_equal_the_matchers_in_order():
    nlp = pipeline("blank")
    docs = [nlp.make_doc(text) for text in _texts(400, seed=5)]
    # each pattern alone (a gate per pattern) and all of them in one Matcher
    for patterns in [[p] for p in PATTERNS] + [PATTERNS]:
        gated, counted = _gated(nlp, patterns)
        plain = _plain(nlp, patterns)
        assert [gated(doc) for doc in docs] == [plain(doc) for doc in docs]
        assert 0 < counted.calls < len(docs), patterns  # both ways: Docs skipped and Docs read


def test_the_matcher_is_built_from_the_patterns_it_is_gated_by():
    """One list of patterns: the gate cannot lack a pattern its Matcher has."""
    nlp = pipeline("blank")
    patterns = load_data("hedges.yaml")["naming_appositives"]["patterns"]
    gated = WordGatedMatcher(nlp.vocab, "naming", patterns)
    assert len(gated.matcher) == 1 and len(gated.matcher.get("naming")[1]) == len(patterns)


def test_the_matcher_is_not_run_without_the_needed_words():
    nlp = pipeline("blank")
    patterns = load_data("hedges.yaml")["naming_appositives"]["patterns"]
    gated, counted = _gated(nlp, patterns)
    # "called" without a word like "often" before it, and the other way round: no run
    for text in ["Zinc is called an essential mineral, and the body needs a little.",
                 "Iron is often low in people who give blood, as studies of donors show.",
                 "Vitamin D comes from sunlight and from oily fish."]:
        assert gated(nlp.make_doc(text)) == []
    assert counted.calls == 0
    doc = nlp.make_doc("The herb, often called moon flower, is sold as a tea.")
    found = gated(doc)
    assert found == _plain(nlp, patterns)(doc) and len(found) == 1
    assert counted.calls == 1


def test_a_pattern_with_no_word_test_always_runs():
    nlp = pipeline("blank")
    patterns = [[{"IS_DIGIT": True}, {"LOWER": "mg"}], [{"IS_PUNCT": True, "OP": "+"}]]
    gated, counted = _gated(nlp, patterns)
    doc = nlp.make_doc("Take it twice a day !")
    assert gated(doc) == _plain(nlp, patterns)(doc) != []
    assert counted.calls == 1


def _matches_on_the_article(gated, own: list[str]) -> int:
    """Every paragraph of the repository's article and the sentences `own`, read by a
    gated Matcher of the hedge detector and by its plain Matcher: the same matches, in
    order. How many the plain one finds."""
    nlp = detector("blank").nlp
    texts = [p for path in sorted((REPO / "content").glob("*.md"))
             for p in path.read_text("utf-8").split("\n\n") if p.strip()]
    docs = [nlp.make_doc(text) for text in texts + own]
    found = [gated.matcher(doc) for doc in docs]
    assert [gated(doc) for doc in docs] == found
    return sum(map(len, found))


def test_naming_appositives_on_the_article_are_the_matchers():
    own = ["Thymosin beta-4, often called TB-500, is sold online.",
           "A peptide (also known as BPC-157) is studied in rats."]
    assert _matches_on_the_article(detector("blank").naming, own) >= 2


def test_evidence_statements_on_the_article_are_the_matchers():
    """Statements that the evidence is weak: ours state it or nearly do."""
    own = ["Human data on this peptide are still very limited.",
           "It has not yet been properly tested in people.",
           "The studies are small, and their findings are mixed.",
           "There is a lack of published human trials.",
           "Evidence is growing, and results are promising."]
    assert _matches_on_the_article(detector("blank").evidence_statements, own) >= 4
