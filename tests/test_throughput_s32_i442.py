"""Work done once per sentence where the answer cannot differ (issue 21, session 32, i442).

The weak-topic annotator finds a block's topic hits once (`split`), then judged each sentence
by readers that each scanned the whole block's hits for those within the sentence
(`_in_context`, `_found_in`, `_clause`, `_only_listed`, `_only_physiology`,
`_approved_trial`). Now the sentence's hits are picked once and the readers get those. As in
tests/test_throughput_s30_i419.py, the cut is checked twice: each reader answers the same on
the block's hits and on the sentence's (so the judgments cannot move), and the readers are no
longer handed other sentences' hits (fails on the code before the cut). Sentences are our own.
"""

from __future__ import annotations

import pytest

# Paragraphs of several sentences, each naming topic subjects and outcomes, so a block's hits
# lie in more than one sentence.
PAGE = """# Zinc and fertility

Zinc supplements may raise sperm count in men with low levels. Tongkat ali is sold to lift \
testosterone, but human trials are few. BPC-157 is said to speed tendon healing; no trial in \
people has tested it.

Ashwagandha may improve sperm motility, a small study found. Zinc is an essential mineral \
that plays a role in sperm production, testosterone regulation and immunity. Sermorelin \
raised growth hormone in a randomised trial.

- Fenugreek may boost libido and testosterone in older men. Its evidence is weak.
- Vitamin D: may support testosterone levels. Studies disagree.
"""


@pytest.fixture(scope="module")
def read_page(topic_annotators):
    from lint.document.markdown import parse_document
    from lint.document.textmap import SourceText
    from lint.nlp import segment

    def read(markdown: str):
        document = parse_document("page.md", SourceText.from_decoded(markdown))
        segment([document], "blank")
        return topic_annotators(document)
    return read


def _detector():
    from lint.annotate.evidence import TopicDetector, load_topics
    from lint.nlp import pipeline
    from lint.sources.drugs import load_knowledge

    knowledge = load_knowledge()
    return TopicDetector(pipeline("blank"), load_topics(knowledge=knowledge), knowledge)


def _block_hits(detector, document, block):
    """The block's hits as `annotate` builds them (no page compounds or redefinitions here)."""
    from lint.annotate.evidence import _split, _unmasked

    doc = block.nlp_doc
    shaped = detector._shaped_outcomes(doc)
    split = _unmasked(_split(detector.index(doc))) + shaped
    if shaped:
        split.sort(key=lambda hit: hit[2])
    return split


def _within(sentence, hits):
    return [h for h in hits if sentence.token_start <= h[2] and h[3] <= sentence.token_end]


def test_each_reader_answers_alike_on_the_block_and_on_the_sentence(read_page):
    from lint.annotate.evidence import _found_in
    from lint.document.model import BlockKind

    detector = _detector()
    document = read_page(PAGE)
    compared = 0
    for block in document.blocks:
        doc = block.nlp_doc
        if doc is None or block.kind is BlockKind.HEADING:
            continue
        split = _block_hits(detector, document, block)
        for sentence in block.sentences:
            start, end = sentence.token_start, sentence.token_end
            inside = _within(sentence, split)
            whole = detector._in_context(doc, start, end, sentence.text, split)
            own = detector._in_context(doc, start, end, sentence.text, inside)
            assert _within(sentence, whole) == own
            assert _found_in(doc, start, end, whole) == _found_in(doc, start, end, own)
            for key in {h[1] for h in split}:
                assert detector._clause(doc, sentence, split, key) == \
                    detector._clause(doc, sentence, inside, key)
                assert detector._only_listed(doc, sentence, split, key) == \
                    detector._only_listed(doc, sentence, inside, key)
                assert detector._only_physiology(doc, sentence, split, key) == \
                    detector._only_physiology(doc, sentence, inside, key)
                assert detector._approved_trial(doc, sentence, split, key, "sermorelin") == \
                    detector._approved_trial(doc, sentence, inside, key, "sermorelin")
            compared += len(split) - len(inside)
    assert compared > 20  # other sentences' hits were there to be left out


def test_the_page_has_weak_topics_to_judge(read_page):
    """(The comparison above is no empty one: the page's sentences are judged topics.)"""
    document = read_page(PAGE)
    hits = [h for s in document.sentences for h in s.annotations.evidence_topics]
    assert len(hits) >= 4


def test_the_readers_get_only_the_sentences_hits(topic_annotators, read_page, monkeypatch):
    """Each sentence's readers are handed its own hits, not the block's (fails before i442)."""
    from lint.annotate.evidence import TopicDetector

    handed = []
    original = TopicDetector._in_context

    def recording(self, doc, start, end, text, split):
        handed.append(all(start <= h[2] and h[3] <= end for h in split))
        return original(self, doc, start, end, text, split)

    monkeypatch.setattr(TopicDetector, "_in_context", recording)
    read_page(PAGE)
    assert handed and all(handed)
