"""The topic detector's reads from token arrays are the Token-by-Token reads they replace."""

from __future__ import annotations

from types import SimpleNamespace

from conftest import REPO
from lint.annotate.evidence import _DEFINITE, TopicDetector, _refers_back, load_topics
from lint.nlp import pipeline


def _refers_back_by_tokens(doc, sentence, nouns) -> bool:
    tokens = doc[sentence.token_start:sentence.token_end]
    return any(t.lower_ in _DEFINITE and i + 1 < len(tokens)
               and tokens[i + 1].lower_ in nouns for i, t in enumerate(tokens))


def test_definite_references_read_as_token_by_token():
    nlp = pipeline("blank")
    detector = TopicDetector(nlp, load_topics())
    rows = (REPO / "bench/data/health_pages/sentences.tsv").read_text(
        encoding="utf-8").splitlines()[1:]
    texts = [row.split("\t")[-1] for row in rows]
    texts += ["These compounds work. The product is sold.", "the", "This substance"]
    seen = 0
    for doc in nlp.pipe(texts):
        for sent in doc.sents:
            sentence = SimpleNamespace(token_start=sent.start, token_end=sent.end)
            expected = _refers_back_by_tokens(doc, sentence, detector.reference_nouns)
            assert _refers_back(doc, sentence, detector._definite_ids,
                                detector._reference_ids) == expected, sent.text
            seen += expected
    assert seen > 20  # the health pages refer back often enough to test it
