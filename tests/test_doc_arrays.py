"""Reads of a whole Doc kept once per Doc (lint/annotate/doc_arrays.py), and the mechanism
readers that visit only the tokens they act at, find what reading every token finds."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from spacy.attrs import LOWER, ORTH

from conftest import REPO
from lint.annotate import doc_arrays
from lint.annotate.mechanisms import _add_word_matches, extractor_for
from lint.document.markdown import parse_document
from lint.document.textmap import SourceText
from lint.nlp import pipeline, segment
from lint.sources.drugs import load_knowledge


@pytest.fixture(scope="module")
def reading():
    nlp = pipeline("blank")
    extractor = extractor_for(nlp, load_knowledge())
    rows = (REPO / "bench/data/health_pages/sentences.tsv").read_text(
        encoding="utf-8").splitlines()[1::7]
    texts = [row.split("\t")[-1] for row in rows]
    for path in ("content/restoring-fertility-after-trt.md",
                 "bench/data/mechanisms_gold/texts/livertox_r7_elagolix.md"):
        text = (REPO / path).read_text(encoding="utf-8")
        texts += [part for part in text.split("\n\n") if part.strip()]
    return nlp, extractor, [nlp(" ".join(texts[i:i + 4])) for i in range(0, len(texts), 4)]


def test_kept_reads_are_spacys(reading):
    nlp, _, docs = reading
    for doc in docs:
        for _ in range(2):  # read, then read back from the Doc
            assert doc_arrays.text(doc) == doc.text
            assert doc_arrays.orths(doc) == doc.to_array(ORTH).tolist()
            assert doc_arrays.lowers(doc) == doc.to_array(LOWER).tolist()
            assert doc_arrays.bounds(doc) == [[t.idx, len(t)] for t in doc]
    text = (REPO / "content/restoring-fertility-after-trt.md").read_text(encoding="utf-8")
    document = parse_document("article.md", SourceText.from_decoded(text))
    segment([document])
    docs = [block.nlp_doc for block in document.blocks if block.nlp_doc is not None]
    assert docs and all(doc_arrays.text(doc) == doc.text for doc in docs)


def test_positions_are_the_tokens_spelt_so(reading):
    nlp, _, docs = reading
    words = {"and", "which", ";", "(", "however", "stimulates", "The"}
    ids = doc_arrays.word_ids(nlp.vocab, words)
    for doc in docs:
        for start, end in ((0, len(doc)), (3, len(doc) // 2)):
            assert doc_arrays.positions(doc, start, end, ids) == \
                [t.i for t in doc[start:end] if t.lower_ in words]


def _every_token(doc, start, end, ids):
    return list(range(start, end))


def test_clauses_and_relations_as_read_at_every_token(reading, monkeypatch):
    """Their branches act only at the words of their id sets: visiting every token
    (as they did) finds the same; so do the block matches ("an antagonist of GnRH")."""
    _, extractor, docs = reading
    block = SimpleNamespace(mapping=SimpleNamespace(to_source=lambda offset: offset))
    cases = []
    for doc in docs:
        matches = extractor._matches(doc)
        for span in doc.sents:
            sentence = SimpleNamespace(token_start=span.start, token_end=span.end)
            inside = [m for m in matches if span.start <= m[2] and m[3] <= span.end]
            cases.append((doc, sentence, inside))

    def read():
        return [(extractor._clauses(doc, sentence, inside),
                 extractor._relations(doc, block, sentence, inside))
                for doc, sentence, inside in cases] + \
            [extractor._matches(doc) for doc in docs]  # "of <ligand>" roles among them

    fast = read()
    monkeypatch.setattr(doc_arrays, "positions", _every_token)
    assert read() == fast
    read_sentences = fast[:len(cases)]
    assert sum(len(clauses) > 1 for clauses, _ in read_sentences) > 50
    assert sum(map(len, (relations for _, relations in read_sentences))) >= 1


def _across_parentheses_token_by_token(extractor, doc):
    keep, index, dropped = [], 0, False
    while index < len(doc):
        if doc[index].text == "(":
            # (an abbreviation of up to four tokens, as the extractor reads: "(5-HT2C)")
            close = next((j for j in range(index + 1, min(len(doc), index + 6))
                          if doc[j].text == ")"), None)
            inner = doc[index + 1:close] if close else None
            if inner and any(c.isupper() for c in inner.text) and index > 0 and \
                    close + 1 < len(doc):
                index, dropped = close + 1, True
                continue
        keep.append(index)
        index += 1
    return keep if dropped else None


def test_bracketed_abbreviations_dropped_as_token_by_token(reading, monkeypatch):
    _, extractor, docs = reading
    kept = []
    monkeypatch.setattr(type(extractor), "_may_join",
                        lambda self, doc, keep: kept.append(list(keep)) and False)
    for doc in docs:
        kept.clear()
        assert extractor._across_parentheses(doc) == []
        expected = _across_parentheses_token_by_token(extractor, doc)
        assert kept == ([expected] if expected is not None else [])
    assert sum(_across_parentheses_token_by_token(extractor, doc) is not None
               for doc in docs) > 5


def _word_matches_token_by_token(blocks, found, names, spelling, defining):
    out = {}
    for block in blocks:
        doc, matches = block.nlp_doc, found[id(block)]
        taken = {i for m in matches for i in range(m[2], m[3])}
        extra = [(*names[spelling(token)], token.i, token.i + 1) for token in doc
                 if spelling(token) in names and token.i not in taken and not (
                     defining and token.i >= 2 and token.i - 2 in taken and
                     doc[token.i - 1].text == "(")]
        out[id(block)] = sorted(matches + extra, key=lambda m: m[2]) if extra else matches
    return out


def test_words_a_text_defines_found_by_spelling_ids(reading):
    """An abbreviation or brand the text defines is found wherever it is spelt so."""
    _, extractor, docs = reading
    blocks = [SimpleNamespace(nlp_doc=doc) for doc in docs]
    document = SimpleNamespace(blocks=blocks)
    names = {"LH": ("hormone", "lh"), "FSH": ("hormone", "fsh"), "GnRH": ("hormone", "gnrh"),
             "testosterone": ("hormone", "testosterone"), "(": ("kind", "bracket")}
    lowered = {"lh": ("drug", "x"), "clomid": ("drug", "clomiphene"), "the": ("drug", "y")}
    for table, lower, spelling in ((names, False, lambda token: token.text),
                                   (lowered, True, lambda token: token.lower_)):
        for defining in (False, True):
            found = {id(block): extractor._matches(block.nlp_doc) for block in blocks}
            expected = _word_matches_token_by_token(blocks, found, table, spelling, defining)
            _add_word_matches(document, found, table, lower=lower, defining=defining)
            assert found == expected
            assert sum(len(found[id(b)]) for b in blocks) > \
                sum(len(extractor._matches(b.nlp_doc)) for b in blocks)


def test_definite_drug_by_ids_as_read_token_by_token(reading):
    """'The drug blocks …': a determiner and a drug noun after one another, by LOWER id."""
    from lint.annotate.mechanisms import _ANAPHOR_WINDOW, _DRUG_NOUNS

    _, extractor, docs = reading
    said = 0
    for doc in docs:
        for start in range(len(doc)):
            end = min(len(doc), start + 12)
            window = doc[start:min(end, start + _ANAPHOR_WINDOW)]
            expected = any(a.lower_ in ("the", "this", "that", "these") and
                           b.lower_ in _DRUG_NOUNS for a, b in zip(window, window[1:]))
            assert extractor._definite_drug(doc, start, end) == expected
            said += expected
    assert said > 20


def test_span_texts_and_offsets_are_spacys(reading):
    """`span_text`/`span_chars` (read by the claim and evidence-topic annotators for every
    domain term, cue and topic match) give what a Span gives, on real text."""
    import random

    _, _, docs = reading
    rng = random.Random(3)
    checked = 0
    for doc in docs:
        spans = [(s.start, s.end) for s in doc.sents] + [(i, i + 1) for i in range(len(doc))]
        spans += [tuple(sorted(rng.sample(range(len(doc) + 1), 2))) for _ in range(20)]
        for start, end in spans:
            if start < end:
                span = doc[start:end]
                assert doc_arrays.span_text(doc, start, end) == span.text
                assert doc_arrays.span_chars(doc, start, end) == (span.start_char,
                                                                  span.end_char)
                checked += 1
    assert checked > 10_000


def test_claim_judgments_as_before_the_plan_gate(reading):
    """A plan ("In this review, we discuss …", "We describe …") is read only in sentences
    opening with "in" or a plan subject (by the first token's id): every sentence of the
    texts, and plans written so, are judged as by the plan reader at every sentence."""
    from lint.annotate.claims import ClaimDetector

    nlp, _, docs = reading
    detector = ClaimDetector(nlp)
    docs = docs + [nlp(text) for text in (
        "In this review, we discuss the evidence.", "We now describe the methods.",
        "In this section we outline the risks.", "we first present the data.")]
    plans = 0
    for doc in docs:
        for span in doc.sents:
            start, end = span.start, span.end
            gated = doc_arrays.lowers(doc)[start] in detector.plan_openings and \
                detector._announces_plan(doc[start:min(end, start + 8)])
            plain = detector._announces_plan(doc[start:min(end, start + 8)])
            assert gated == plain
            plans += plain
    assert plans >= 4
