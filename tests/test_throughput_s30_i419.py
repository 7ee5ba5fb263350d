"""Work done once per Doc where the answer cannot differ (issue 21, session 30, i419).

As in tests/test_throughput_s28_i400.py, each cut is checked twice: what it returns equals what
the code before it returned (that code written out here as the reference, on sentences of our
own), and the work it skips is not done (a test that fails on the code before the cut). The
skipped work is counted on a Doc subclass that counts its own `text` and `to_array` reads."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from lint.nlp import pipeline


class _CountingDoc(Doc):
    """A Doc that counts how often its text is rebuilt and its arrays are read."""

    text_reads = 0
    array_reads = 0

    @property
    def text(self):
        type(self).text_reads += 1
        return super().text

    def to_array(self, *args, **kwargs):
        type(self).array_reads += 1
        return super().to_array(*args, **kwargs)


def _counting(nlp, sentence: str) -> _CountingDoc:
    made = nlp.make_doc(sentence)
    doc = _CountingDoc(nlp.vocab, words=[t.text for t in made],
                       spaces=[bool(t.whitespace_) for t in made])
    _CountingDoc.text_reads = _CountingDoc.array_reads = 0
    return doc


# -- evidence: the shaped outcomes read the Doc's kept text -----------------------------------

SHAPED = [
    "Sperm counts in Western men have fallen since 1973, a large review found.",
    "Between 2003 and 2013 the share of couples seeking help rose.",
    "In 1995 one in ten men used the drug, and by 2005 one in four did.",
    "Testosterone use among young men has risen in the last twenty years.",
    "Over the past three decades semen quality has declined.",
    "Clomiphene raised LH in most men within two weeks.",  # no dated span: nothing
    "",
]


@pytest.fixture(scope="module")
def topics():
    from lint.annotate.evidence import TopicDetector, load_topics

    return TopicDetector(pipeline("blank"), load_topics())


def _shaped_before(detector, doc):
    out = []
    for key, pattern in detector._outcome_patterns.items():
        for match in pattern.finditer(doc.text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None:
                out.append(("outcome", key, span.start, span.end))
    return out


@pytest.mark.parametrize("sentence", SHAPED)
def test_shaped_outcomes_are_those_rebuilding_the_text_gave(topics, sentence):
    doc = pipeline("blank")(sentence)
    assert topics._shaped_outcomes(doc) == _shaped_before(topics, doc)


def test_the_dated_spans_are_found_at_all(topics):
    """(The cases above are no empty comparison: the registry's dated spans match.)"""
    found = [topics._shaped_outcomes(pipeline("blank")(s)) for s in SHAPED]
    assert sum(map(bool, found)) >= 4 and not found[-2] and not found[-1]


def test_shaped_outcomes_rebuild_the_text_once_per_doc(topics):
    """Before i419 each outcome pattern rebuilt `doc.text` token by token at every read, at
    every block the topic detector read (7,700 rebuilds on the 100-article corpus), although
    a block's Doc keeps the text it was made from (lint/nlp.py `segment`)."""
    from lint.annotate.doc_arrays import remember_text

    assert topics._outcome_patterns
    doc = _counting(pipeline("blank"), SHAPED[0])
    first = topics._shaped_outcomes(doc)
    again = topics._shaped_outcomes(doc)
    assert first == again and first
    assert _CountingDoc.text_reads == 1
    kept = _counting(pipeline("blank"), SHAPED[1])
    remember_text(kept, SHAPED[1])
    assert topics._shaped_outcomes(kept) == _shaped_before(topics, kept)
    # the reference's reads alone, one per topic with outcome patterns (two since i444)
    assert _CountingDoc.text_reads == len(topics._outcome_patterns)


def test_page_subject_spans_read_the_kept_text(topics):
    from lint.annotate.doc_arrays import remember_text

    nlp = pipeline("blank")
    doc = _counting(nlp, "Many men take BPC-157 after an injury.")
    remember_text(doc, "Many men take BPC-157 after an injury.")
    names = {"BPC-157": type("Page", (), {"any_case": False, "topics": ["peptides"]})()}
    found = topics.compounds.spans(doc, names)
    assert [(kind, key, doc[s:e].text) for kind, key, s, e in found] == [
        ("subject", "peptides", "BPC-157")]
    assert _CountingDoc.text_reads == 0


# -- token windows: the opening tokens read from the Doc's kept columns ------------------------

def _opening_starts_before(windowed, doc):
    from spacy.attrs import IDS

    attrs, tables = [], []
    for attr, by_value in windowed._openings.items():
        attrs.append(IDS[attr])
        tables.append(by_value if attr in ("IS_ALPHA", "IS_DIGIT", "IS_PUNCT", "LIKE_NUM") else
                      {doc.vocab.strings.add(value): reaches
                       for value, reaches in by_value.items()})
    array = Doc.to_array(doc, attrs)
    columns = [array.tolist()] if array.ndim == 1 else array.T.tolist()
    hits = {}
    for column, table in zip(columns, tables):
        for i in [i for i, value in enumerate(column) if value in table]:
            found = table[column[i]]
            if found:
                reaches = hits.get(i)
                hits[i] = found if reaches is None else reaches + found
    return sorted(hits.items())


OPENING_TEXTS = [
    "Studies have shown that the drug works within 12 weeks.",
    "Evidence suggests 5 mg is enough; it was not clear in mice.",
    "The hormone, given by injection, worked in twelve of 40 rats.",
    "",
    "No cue at all here",
]


def _claim_cues():
    from lint.annotate.claims import detector

    cues = detector("blank", (), "health").cues
    cues._pattern_matches(pipeline("blank")("Studies have shown it."))  # builds the windows
    return cues._windowed


@pytest.mark.parametrize("text", OPENING_TEXTS)
def test_opening_starts_are_those_read_by_to_array(text):
    windowed = _claim_cues()
    assert windowed._openings is not None
    doc = pipeline("blank")(text)
    assert windowed._opening_starts(doc) == _opening_starts_before(windowed, doc)


def test_opening_starts_open_somewhere():
    windowed = _claim_cues()
    doc = pipeline("blank")(OPENING_TEXTS[0])
    assert windowed._opening_starts(doc)


def test_a_second_windowed_matcher_reads_no_array_of_its_own():
    """Before i419 each windowed matcher read its opening attributes with a `to_array` of
    its own on every Doc (14,900 on the 100-article corpus) although the Doc's columns were
    kept: now the columns are read once per Doc, by whichever reader comes first."""
    from lint.annotate import hedges

    nlp = pipeline("blank")
    claim_windows = _claim_cues()
    hedge_windows = hedges.detector("blank").cue_patterns
    assert claim_windows._openings is not None and hedge_windows._openings is not None
    doc = _counting(nlp, OPENING_TEXTS[0])
    claim_windows(doc)
    hedge_windows(doc)
    first = _CountingDoc.array_reads
    claim_windows(doc)
    hedge_windows(doc)
    assert _CountingDoc.array_reads == first  # all kept
    other = _counting(nlp, OPENING_TEXTS[1])
    from lint.annotate import doc_words

    doc_words.flags(other, "NORM")
    doc_words.flags(other, "IS_ALPHA")
    from lint.annotate import doc_arrays

    doc_arrays.lowers(other)
    doc_arrays.orths(other)
    _CountingDoc.array_reads = 0
    claim_windows._opening_starts(other)
    hedge_windows._opening_starts(other)
    assert _CountingDoc.array_reads == 0


# -- mechanisms: drug names found from the spellings that may start one -----------------------

NAME_TEXTS = [
    "Clomiphene citrate and tamoxifen raise LH, while anastrozole lowers estradiol.",
    "Men on hCG 1500 IU twice weekly kept their sperm counts; CJC-1295 was not studied.",
    "Calcitonin-salmon is given by injection, and estradiol valerate by mouth.",
    "Nothing in this sentence names a medicine at all.",
    "",
]


@pytest.fixture(scope="module")
def name_index():
    from lint.annotate.mechanisms import extractor_for
    from lint.sources.drugs import load_knowledge

    return extractor_for(pipeline("blank"), load_knowledge()).names


def _names_before(index, doc):
    """`_NameIndex.__call__` before i419: every token's spelling looked up, a Token made for
    each spelling not seen before."""
    from lint.annotate import doc_arrays
    from lint.annotate.mechanisms import _MAX_NAME_TOKENS, _lead, _spaced, token_bounds

    out, text, may_start, orths = [], doc_arrays.text(doc), {}, doc_arrays.orths(doc)
    bounds = None
    for i, orth in enumerate(orths):
        starts = may_start.get(orth)
        if starts is None:
            token = doc[i]
            starts = may_start[orth] = bool(
                token.text[:1].isalnum() and _lead(token.lower_) in index.starts)
        if not starts:
            continue
        if bounds is None:
            bounds = token_bounds(doc)
        begin, best = bounds[i][0], None
        for j in range(i, min(len(orths), i + _MAX_NAME_TOKENS)):
            end = bounds[j][0] + bounds[j][1]
            if end - begin > index.longest:
                break
            spaced = _spaced(text[begin:end].lower())
            key = index.keys.get(spaced)
            if key is not None:
                best = (key, j + 1)
            cut = spaced.rfind(" ")
            if cut > 0 and spaced[:cut] not in index.openings:
                break
        if best is not None:
            best = index._across_pronunciation(doc, i, best)
            out.append(("drug", best[0], i, best[1]))
    return out


def test_drug_names_are_those_reading_every_token_gave(name_index):
    nlp = pipeline("blank")
    found = []
    for text in NAME_TEXTS + [" ".join(NAME_TEXTS)]:
        doc = nlp(text)
        found.append(name_index(doc))
        assert found[-1] == _names_before(name_index, doc)
        assert name_index(doc) == found[-1]  # again, every spelling now known
    assert sum(map(len, found)) >= 8 and found[3] == []


class _CountingTokens(Doc):
    """A Doc that counts the Tokens made by indexing it."""

    made = 0

    def __getitem__(self, index):
        type(self).made += 1
        return super().__getitem__(index)


def test_drug_names_make_no_token_to_test_a_spelling(name_index):
    """Before i419 a Token was made for each spelling the index had not seen (to read its
    text and lower case); the Doc's kept word lists say the same without one."""
    nlp = pipeline("blank")
    made = nlp.make_doc("Zebrafinch quokka narwhal axolotl pangolin okapi.")
    doc = _CountingTokens(nlp.vocab, words=[t.text for t in made],
                          spaces=[bool(t.whitespace_) for t in made])
    _CountingTokens.made = 0
    assert name_index(doc) == []
    assert _CountingTokens.made == 0
