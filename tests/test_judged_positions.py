"""Spelling tests read in C (issue 21, session 25): `doc_arrays.judged_positions` gives the
tokens a per-spelling test passes, as a loop over every token gives them, judging each new
spelling once; the mechanism readers built on it find what reading token by token finds."""

from __future__ import annotations

import random

import pytest

from lint.annotate import doc_arrays
from lint.annotate.mechanism_guards import part_of_longer_name
from lint.annotate.mechanisms import extractor_for
from lint.nlp import pipeline
from lint.sources.drugs import load_knowledge


def _token_by_token(ids, judged, judge, start=0):
    """The loop the readers ran before: judge a spelling at its first token, keep it."""
    out = []
    for i, orth in enumerate(ids, start):
        answer = judged.get(orth)
        if answer is None:
            answer = judged[orth] = judge(i)
        if answer:
            out.append(i)
    return out


def test_positions_and_answers_are_the_loops():
    rng = random.Random(25)
    for _ in range(300):
        ids = [rng.randrange(12) for _ in range(rng.randrange(0, 40))]
        start = rng.randrange(0, 5)
        passing = {orth for orth in range(12) if rng.random() < 0.3}
        warm = {orth: orth in passing for orth in range(12) if rng.random() < 0.5}
        by_loop, in_c = dict(warm), dict(warm)

        def judge(index, ids=ids, start=start, passing=passing):
            return ids[index - start] in passing

        assert doc_arrays.judged_positions(ids, in_c, judge, start) == \
            _token_by_token(ids, by_loop, judge, start)
        assert in_c == by_loop  # every spelling of the tokens judged, as the loop judged it


def test_each_new_spelling_judged_once_and_a_known_one_never():
    calls = []

    ids = [7, 8, 7, 9, 8, 7]

    def judge(index):  # (an odd spelling passes)
        calls.append(index)
        return ids[index - 10] % 2 == 1

    judged = {}
    assert doc_arrays.judged_positions(ids, judged, judge, 10) == [10, 12, 13, 15]
    assert sorted(ids[i - 10] for i in calls) == [7, 8, 9]  # one call a spelling
    calls.clear()
    assert doc_arrays.judged_positions([8, 7, 7], judged, judge) == [1, 2]
    assert calls == []  # all judged already: no Python call at all
    assert doc_arrays.judged_positions([], judged, judge) == []


@pytest.fixture(scope="module")
def extractor():
    return extractor_for(pipeline("blank"), load_knowledge())


# our own sentences: made-up names of drug shape ("-mab", "-xaban", "-relix"), a hyphenated
# one, and the same spellings again once judged
SENTENCES = [
    "Dr Halvorsen said Quorvaxaban and the older Pelmarelix were both tried before tamoxifen.",
    "After six weeks Quorvaxaban was stopped; Velunamab came next, then co-Pelmarelix.",
    "Nothing in this line spells a name of that shape at all, not even once.",
]


def _unknown_token_by_token(extractor, doc, kept):
    taken = {i for m in kept for i in range(m[2], m[3])}
    out = []
    for token in doc:
        if extractor._unknown_drug(token.text) and token.i not in taken and \
                not part_of_longer_name(doc, token.i):
            out.append(("drug", token.lower_, token.i, token.i + 1))
    return out


def test_unknown_names_and_mentions_as_read_token_by_token(extractor):
    nlp = extractor.nlp
    seen = 0
    for text in SENTENCES * 2:  # the second time every spelling is judged already
        doc = nlp(text)
        found = extractor._matches(doc)
        unknown = [m for m in found if m[0] == "drug" and m[1] not in extractor.kb.drugs]
        known = [m for m in found if m not in unknown]
        assert unknown == _unknown_token_by_token(extractor, doc, known)
        seen += len(unknown)
    assert seen == 8  # quorvaxaban twice, pelmarelix, velunamab (co-Pelmarelix: part of a name)


def _names_reading_every_span(index, doc):
    """`_NameIndex` as it read before: every span of up to `_MAX_NAME_TOKENS` tokens from a
    token a name may start at, its longest name kept."""
    from lint.annotate.mechanisms import _MAX_NAME_TOKENS, _lead, _spaced

    out, text = [], doc.text
    for token in doc:
        if not (token.text[:1].isalnum() and _lead(token.lower_) in index.starts):
            continue
        best = None
        for j in range(token.i, min(len(doc), token.i + _MAX_NAME_TOKENS)):
            end = doc[j].idx + len(doc[j])
            if end - token.idx > index.longest:
                break
            key = index.keys.get(_spaced(text[token.idx:end].lower()))
            if key is not None:
                best = (key, j + 1)
        if best is not None:
            best = index._across_pronunciation(doc, token.i, best)
            out.append(("drug", best[0], token.i, best[1]))
    return out


def test_names_read_no_further_than_their_openings_as_every_span(extractor):
    """A span stops being read once its finished words open no name: the names found are
    those every span finds, on names of several words written as the knowledge base spells
    them, hyphenated, cased, cut short and run on, and on Greek capitals (sigma)."""
    index = extractor.names
    rng = random.Random(363)
    several = sorted(key for key in index.keys if " " in key)
    assert len(index.openings) > 1000 and len(several) > 1000
    texts = []
    for key in rng.sample(several, 600):
        words = key.split(" ")
        joined = rng.choice([" ", "-", "  ", " - ", "\n"])
        shown = joined.join(words[:rng.randrange(1, len(words) + 1)])
        shown = rng.choice([shown, shown.upper(), shown.title()])
        tail = rng.choice(["", " tablets", "-like", " and it", "s", " ΣΑΣ", "Σ daily"])
        texts.append(f"We gave {shown}{tail} to each of them.")
    texts += ["ΑΣΠΙΡΙΝΗ ΣΑΣ was not tested, nor was Medroxyprogesterone-acetate alone.",
              "Mycophenolate (mye koe fen' o late) mofetil and calcitonin-salmon are named."]
    found = 0
    for start in range(0, len(texts), 20):
        doc = extractor.nlp(" ".join(texts[start:start + 20]))
        names = index(doc)
        assert names == _names_reading_every_span(index, doc)
        found += sum(m[3] - m[2] > 1 for m in names)
    assert found > 150  # names of more than one token among them
