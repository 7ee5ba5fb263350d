"""Scans the mechanism extractor skips where they can find nothing (issue 21, session 25):
a name's span is read no further once its finished words open no name of several words,
and a block spelling no class stem is not scanned for one; what is found is what reading
every span, every token finds."""

from __future__ import annotations

import random

import pytest

from lint.annotate.mechanisms import extractor_for
from lint.nlp import pipeline
from lint.sources.drugs import load_knowledge


@pytest.fixture(scope="module")
def extractor():
    return extractor_for(pipeline("blank"), load_knowledge())


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


def test_stem_classes_found_where_spelt_and_nowhere_else(extractor):
    """The stem scan runs only where a block spells a stem word, and finds each one there."""
    stems = extractor.stem_orths
    words = sorted({extractor.nlp.vocab.strings[o] for o in stems})
    assert len(words) > 10
    rng = random.Random(25)
    checked = 0
    for word in rng.sample(words, min(40, len(words))):
        doc = extractor.nlp(f"Our clinic once reviewed {word} for two of its patients.")
        matches = extractor._matches(doc)
        # A word another matcher (a drug name, a target) also reads is left out: there the
        # stem class may rightly yield; everywhere else it is the one match, exactly.
        if any(m[2] <= 4 < m[3] for m in matches if m[0] != "class"):
            continue
        found = [m for m in matches if m[0] == "class" and m[2] <= 4 < m[3]]
        assert found == [("class", stems[doc[4].orth], 4, 5)], word
        checked += 1
    assert checked >= 10
    plain = extractor.nlp("Our clinic once reviewed the notes for two of its patients.")
    assert extractor.stem_orths.keys().isdisjoint(t.orth for t in plain)
    assert not [m for m in extractor._matches(plain) if m[0] == "class"]
