"""A Matcher run over token windows returns what the whole-text run returns, in order."""

from __future__ import annotations

import copy
import random

import pytest
from spacy.matcher import Matcher

from lint.annotate.lexicon import load_data
from lint.annotate.token_windows import Openers, WindowedMatcher, matches_near, max_length
from lint.nlp import pipeline
from conftest import REPO

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


@pytest.mark.parametrize("patterns, windows", [
    ([[{"LIKE_NUM": True}, {"LOWER": "mg"}]], True),  # no fixed first word: a flag opens
    ([[{"LOWER": "may", "OP": "?"}, {"LOWER": "help"}]], False),  # optional first token
    ([[{"LOWER": {"REGEX": "^m"}}, {"LOWER": "help"}]], False),  # an opening not read
])
def test_patterns_without_a_first_word(patterns, windows):
    nlp = pipeline("blank")
    matcher = _matcher(nlp, patterns)
    windowed = WindowedMatcher(matcher, patterns)
    doc = nlp.make_doc("Take 12 mg ; it may help and help .")
    assert windowed.anchors is None
    assert (windowed._openings is not None) == windows
    assert windowed(doc) == matcher(doc) != []


# Patterns that open on a lemma (NORM), a flag or a spelling, as the claim cues do.
OPENED = [
    [{"NORM": {"IN": ["study", "evidence"]}}, {"NORM": {"IN": ["have", "be"]}, "OP": "?"},
     {"NORM": {"IN": ["show", "suggest"]}}],
    [{"NORM": "be"}, {"NORM": {"IN": ["a", "an"]}}, {"IS_PUNCT": False, "OP": "{0,4}"},
     {"NORM": {"IN": ["drug", "hormone"]}}],
    [{"LIKE_NUM": True}, {"LOWER": {"IN": ["mg", "%", "weeks"]}}],
    [{"LOWER": "within"}, {"LOWER": {"IN": ["a", "few"]}}, {"LOWER": "weeks", "OP": "?"}],
    [{"ORTH": "Administration"}],
    [{"IS_ALPHA": True, "NORM": "work"}, {"NORM": "by"}],
    [{"NORM": "not", "OP": "+"}, {"LOWER": "clear"}, {"ORTH": {"NOT_IN": ["."]}, "OP": "*"},
     {"LOWER": "mice"}],
]
OPENED_WORDS = ("studies study evidence has have shown showed suggests was is are a an the "
                "new drug hormone hormones . , 12 twelve 5 mg % weeks within few "
                "Administration administration works worked by not clear mice rats").split()


def test_windows_opened_by_lemmas_and_flags_give_the_whole_text_matches_in_order():
    nlp = pipeline("blank")
    matcher = _matcher(nlp, OPENED)
    windowed = WindowedMatcher(matcher, OPENED)
    assert windowed.anchors is None and windowed._openings is not None
    rng = random.Random(5)
    docs = [nlp.make_doc(" ".join(rng.choice(OPENED_WORDS) for _ in range(rng.randint(0, 40))))
            for _ in range(3000)]
    found = [matcher(doc) for doc in docs]
    assert sum(map(len, found)) > 1000
    assert [windowed(doc) for doc in docs] == found


def test_claim_cue_patterns_on_real_text_give_the_whole_text_matches():
    from lint.annotate.claims import detector

    nlp = pipeline("blank")
    cues = detector("blank", (), "health").cues
    found = 0
    for doc in _health_page_docs(nlp, every=4):
        whole = cues.patterns(doc)
        assert cues._pattern_matches(doc) == whole
        found += len(whole)
    assert cues._windowed._openings is not None and found > 100


# -- matches near given spans (the hedge exclusions, read only at cue tokens) -------------

def _covering(matches, spans) -> list:
    """The matches that cover a token of one of the spans, in a fixed order."""
    tokens = {i for s, e in spans for i in range(s, e)}
    return sorted(m for m in matches if tokens.intersection(range(m[1], m[2])))


def test_matches_near_spans_are_the_whole_text_matches_that_cover_them():
    nlp = pipeline("blank")
    bounded = [p for p in PATTERNS if max_length(p) is not None]
    matcher = _matcher(nlp, bounded)
    reach = max(max_length(p) for p in bounded)
    rng = random.Random(8)
    covered = 0
    for text in _texts(2000, seed=34):
        doc = nlp.make_doc(text)
        spans = [(s, s + rng.randint(1, 2)) for s in range(len(doc) - 1) if rng.random() < 0.08]
        whole = _covering(matcher(doc), spans)
        assert _covering(matches_near(matcher, doc, spans, reach), spans) == whole
        covered += len(whole)
    assert covered > 100  # the spans are covered by matches often enough to tell


# Patterns `Openers` must try at every token (a first spec that may take no token or many,
# or one it cannot read), by a flag, and with "!" and NORM.
NEAR = [*[p for p in PATTERNS if max_length(p) is not None],
        [{"LOWER": "the", "OP": "?"}, {"LOWER": "drug"}],
        [{"LIKE_NUM": True}, {"LOWER": {"IN": ["mice", "rats"]}}],
        [{"IS_ALPHA": True, "OP": "{1,2}"}, {"ORTH": "."}],
        [{"LOWER": "no"}, {"LOWER": "clear", "OP": "!"}, {"LOWER": "evidence"}],
        [{"NORM": "work"}, {"IS_PUNCT": True}],
        [{"LENGTH": 2}, {"LOWER": "may"}]]


def test_matches_near_read_only_where_a_pattern_can_match_finds_the_same():
    nlp = pipeline("blank")
    matcher = _matcher(nlp, NEAR)
    openers = Openers(NEAR)
    reach = max(max_length(p) for p in NEAR)
    rng = random.Random(9)
    found = 0
    for text in _texts(1500, seed=35):
        doc = nlp.make_doc(text)
        spans = [(s, s + 1) for s in range(len(doc)) if rng.random() < 0.1]
        plain = matches_near(matcher, doc, spans, reach)
        assert matches_near(matcher, doc, spans, reach, openers) == plain
        found += len(plain)
    assert found > 500


def _health_page_docs(nlp, every: int = 8, per_doc: int = 6):
    """Real text: the health-page gold sentences, a few to a Doc (sentences apart)."""
    rows = (REPO / "bench/data/health_pages/sentences.tsv").read_text(
        encoding="utf-8").splitlines()[1::every]
    texts = [row.split("\t")[-1] for row in rows]
    return [nlp(" ".join(texts[i:i + per_doc])) for i in range(0, len(texts), per_doc)]


def test_hedge_judgments_with_exclusions_near_the_cues_equal_the_plain_path():
    """Exclusions of bounded length are matched around the cues only: every sentence's
    judgment is what the exclusion Matcher over the whole text gives."""
    from lint.annotate.hedges import detector

    nlp = pipeline("blank")
    hedges = detector("blank")
    assert hedges.exclusion_reach and hedges.far_exclusions is not None
    plain = copy.copy(hedges)
    plain.exclusion_reach = 0  # the one Matcher over the whole text
    cancelled = 0
    for doc in _health_page_docs(nlp):
        found, blocked = hedges.matches(doc)
        plain_found, plain_blocked = plain.matches(doc)
        assert found == plain_found
        cue_tokens = {i for s, e, _ in found for i in range(s, e)}
        assert {i: sorted(blocked.get(i, []), key=repr) for i in cue_tokens} == \
            {i: sorted(plain_blocked.get(i, []), key=repr) for i in cue_tokens}
        cancelled += sum(1 for i in cue_tokens if i in plain_blocked)
        causal = hedges.causal_matches(doc)
        for sentence in doc.sents:
            assert hedges.judge(doc, sentence.start, sentence.end, found, blocked, causal) == \
                plain.judge(doc, sentence.start, sentence.end, plain_found, plain_blocked,
                            causal)
    assert cancelled > 20  # exclusions do cancel cues in this text


# -- each window read by a Matcher of the patterns that open in it ------------------------

def _with_entries(nlp, patterns):
    """A Matcher as `_matcher` makes it, and its windowed reading with the (key, pattern)
    entries, so that windows are read by Matchers of their own patterns."""
    matcher = _matcher(nlp, patterns)
    entries = [(f"p{index % 3}", pattern) for index, pattern in enumerate(patterns)]
    return matcher, WindowedMatcher(matcher, patterns, entries)


@pytest.mark.parametrize("patterns, words", [(PATTERNS, WORDS), (OPENED, OPENED_WORDS)])
def test_windows_read_by_their_own_patterns_give_the_whole_text_matches_in_order(patterns,
                                                                                  words):
    nlp = pipeline("blank")
    matcher, windowed = _with_entries(nlp, patterns)
    rng = random.Random(13)
    docs = [nlp.make_doc(" ".join(rng.choice(words) for _ in range(rng.randint(0, 40))))
            for _ in range(2000)]
    found = [matcher(doc) for doc in docs]
    assert sum(map(len, found)) > 500
    for _ in range(2):  # first sightings read by the whole Matcher, then by their own
        assert [windowed(doc) for doc in docs] == found
    built = [chosen for chosen, m in windowed._subsets.items() if m is not None]
    assert any(len(chosen) < len(patterns) for chosen in built)  # fewer patterns read


def test_hedge_and_claim_cue_windows_on_real_text_give_the_whole_text_matches():
    """The hedge cues (some 45 patterns, as flagged) and the claim cue patterns, each
    window read by a Matcher of only the patterns it opens: health-page sentences and the
    seed article give what the whole Matcher gives, in its order."""
    from lint.annotate.claims import detector as claims
    from lint.annotate.hedges import detector as hedges

    nlp = pipeline("blank")
    hedge, cues = hedges("blank"), claims("blank", (), "health").cues
    article = (REPO / "content/restoring-fertility-after-trt.md").read_text(encoding="utf-8")
    docs = _health_page_docs(nlp, every=3) + [
        nlp(part) for part in article.split("\n\n") if part.strip()]
    found = [(hedge.patterns(doc), cues.patterns(doc)) for doc in docs]
    assert sum(len(h) for h, _ in found) > 200 and sum(len(c) for _, c in found) > 100
    for _ in range(2):
        assert [(hedge.cue_patterns(doc), cues._pattern_matches(doc)) for doc in docs] == found
    for windowed in (hedge.cue_patterns, cues._windowed):
        assert any(m is not None for m in windowed._subsets.values())


def test_entries_must_match_the_patterns():
    nlp = pipeline("blank")
    with pytest.raises(ValueError):
        WindowedMatcher(_matcher(nlp, PATTERNS), PATTERNS, [("p0", PATTERNS[0])])


def test_causal_words_as_read_by_the_whole_text_exclusions():
    """The adjectival exclusions ("an increased risk") are matched around the causal words
    only: on real text every block keeps the causal words the whole-text Matcher keeps."""
    from lint.annotate.hedges import detector

    nlp = pipeline("blank")
    hedges = detector("blank")
    assert hedges.causal_reach
    plain = copy.copy(hedges)
    plain.causal_reach = 0  # the exclusion Matcher over the whole text
    article = (REPO / "content/restoring-fertility-after-trt.md").read_text(encoding="utf-8")
    docs = _health_page_docs(nlp, every=2) + [
        nlp(part) for part in article.split("\n\n") if part.strip()]
    dropped = kept = 0
    for doc in docs:
        near, whole = hedges.causal_matches(doc), plain.causal_matches(doc)
        assert near == whole
        kept += len(whole)
        dropped += len(hedges.causal(doc)) - len(whole)
    assert kept > 100 and dropped > 10  # both ways exercised


def test_the_window_test_leaves_out_windows_where_no_pattern_can_match(monkeypatch):
    """The Matcher is spared windows (the test is not the identity), and what it finds in
    the windows kept is what it finds in the whole text."""
    given, kept = [0, 0], [0, 0]

    def counted(method, at):
        def wrapper(self, doc, windows):
            out = method(self, doc, windows)
            given[at] += len(windows)
            kept[at] += len(out)
            return out
        return wrapper

    monkeypatch.setattr(WindowedMatcher, "_can_match", counted(WindowedMatcher._can_match, 0))
    monkeypatch.setattr(Openers, "keep", counted(Openers.keep, 1))
    nlp = pipeline("blank")
    patterns = NEAR + [[{"IS_DIGIT": True}, {"LOWER": {"IN": ["mice", "rats"]}}]]
    matcher, near = _matcher(nlp, PATTERNS), _matcher(nlp, patterns)
    windowed, openers = WindowedMatcher(matcher, PATTERNS), Openers(patterns)
    reach = max(max_length(p) for p in patterns)
    rng = random.Random(11)
    for text in _texts(300, seed=36):
        doc = nlp.make_doc(text)
        assert windowed(doc) == matcher(doc)
        spans = [(s, s + 1) for s in range(len(doc)) if rng.random() < 0.1]
        assert matches_near(near, doc, spans, reach, openers) == \
            matches_near(near, doc, spans, reach)
    assert 0 < kept[0] < given[0] and 0 < kept[1] < given[1], (given, kept)
