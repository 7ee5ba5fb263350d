"""The mechanism readers over each Doc's word lists (lint/annotate/doc_words.py) find what
they found reading a Token per look, on real text; and a class's members looked up in the
knowledge base's index are those `has_class` holds for."""

from __future__ import annotations

import pytest

from conftest import REPO
from lint.annotate import doc_words
from lint.annotate.mechanism_classes import _KINASES, _MODIFIED_HEADS, ligands_as_modifiers
from lint.annotate.mechanism_kinds import _CHEMICAL, _DERIVED_HEADS, _NOT_CHEMICAL, derived_kinds
from lint.annotate.mechanisms import (_BOUNDARY, _CONDITION_WORDS, _EFFECT_PHRASE,
                                      _words_before, extractor_for)
from lint.annotate.schedules import _ORDINAL_DAYS, alternatives, durations, either_count
from lint.nlp import pipeline
from lint.normalise import singular
from lint.sources.drugs import load_knowledge

_TEXTS = ("content/restoring-fertility-after-trt.md",
          "bench/data/mechanisms_gold/texts/livertox_r7_elagolix.md",
          "bench/data/mechanisms_gold/texts/wiki_spironolactone.md",
          "bench/data/mechanisms_gold/texts/wiki_ssri.md",
          "bench/data/mechanisms_gold/texts/livertox_r10_baclofen.md",
          "bench/data/mechanisms_gold/texts/wiki_r9_dopamine_agonist.md")


@pytest.fixture(scope="module")
def reading():
    nlp = pipeline("blank")
    extractor = extractor_for(nlp, load_knowledge())
    rows = (REPO / "bench/data/health_pages/sentences.tsv").read_text(
        encoding="utf-8").splitlines()[1::5]
    texts = [row.split("\t")[-1] for row in rows]
    for path in _TEXTS:
        text = (REPO / path).read_text(encoding="utf-8")
        texts += [part for part in text.split("\n\n") if part.strip()]
    docs = [nlp(" ".join(texts[i:i + 4])) for i in range(0, len(texts), 4)]
    return nlp, extractor, [(doc, extractor._matches(doc)) for doc in docs]


def test_word_lists_are_the_tokens(reading):
    _, _, docs = reading
    for doc, _ in docs:
        for _ in range(2):  # read, then read back from the Doc
            assert doc_words.words(doc) == [t.text for t in doc]
            assert doc_words.lower_words(doc) == [t.lower_ for t in doc]
            assert doc_words.norm_words(doc) == [t.norm_ for t in doc]
            assert list(map(bool, doc_words.spaced(doc))) == [bool(t.whitespace_) for t in doc]
            assert list(map(bool, doc_words.flags(doc, "IS_ALPHA"))) == \
                [t.is_alpha for t in doc]
            assert list(map(bool, doc_words.flags(doc, "IS_PUNCT"))) == \
                [t.is_punct for t in doc]
            for flag in ("IS_SPACE", "LIKE_URL", "LIKE_EMAIL", "IS_STOP", "LIKE_NUM"):
                assert list(map(bool, doc_words.flags(doc, flag))) == \
                    [getattr(t, flag.lower()) for t in doc], flag


# The readers as they were, a Token per look.
def _words_before_by_token(doc, start, end):
    return {t.lower_ for t in doc[start:end] if not (
        t.lower_ == "without" and t.i >= 2 and doc[t.i - 1].lower_ == "or" and
        doc[t.i - 2].lower_ == "with")}


def _derived_by_token(doc, found):
    taken = {i for m in found if m[0] in ("hormone", "class", "kind", "target")
             for i in range(m[2], m[3])}
    out = []
    for index in range(1, len(doc)):
        head = _DERIVED_HEADS.get(doc[index].lower_)
        word = doc[index - 1]
        if head is None or index in taken or index - 1 in taken or not word.is_alpha or \
                not word.is_lower or word.lower_ in _NOT_CHEMICAL or \
                not _CHEMICAL.search(word.lower_) or len(word.text) < 5:
            continue
        out.append(("kind", f"{word.lower_} {head}", index - 1, index + 1))
    return out


def _alternatives_by_token(doc, start, end):
    out = []
    for index in range(start, end - 4):
        words = [t.lower_ for t in doc[index:index + 5]]
        if words[0] != "every" or words[2] != "or" or words[4] not in ("day", "days"):
            continue
        first, second = _ORDINAL_DAYS.get(words[1]), _ORDINAL_DAYS.get(words[3])
        if first and second:
            out += [(first, index, index + 5), (second, index, index + 5)]
    return out


def _in_condition_by_token(doc, clause_start, index):
    segment = index
    while segment > clause_start and doc[segment - 1].text not in _BOUNDARY:
        segment -= 1
    return any(t.lower_ in _CONDITION_WORDS - {"once"} for t in doc[segment:index])


def _blocks_hormone_by_token(extractor, doc, clause_start, start, end):
    after = [t.lower_ for t in doc[end:min(len(doc), end + 4)]]
    if after[:1] in (["'s"], ["’s"]) and set(after) & extractor.mechanism_nouns:
        before = doc[max(clause_start, start - 2):start]
    else:
        before = doc[max(clause_start, start - 4):start]
        words = [t.lower_ for t in before]
        if words[-1:] != ["of"] or not set(words[-3:-1]) & extractor.mechanism_nouns:
            return False
        noun = start - 2 if words[-2] in extractor.mechanism_nouns else start - 3
        before = []
        index = noun - 1
        while index >= max(clause_start, noun - _EFFECT_PHRASE) and \
                doc[index].text not in _BOUNDARY:
            before.append(doc[index])
            index -= 1
    return any(t.lower_ in extractor.down or t.norm_ in extractor.down or
               t.lower_ in ("block", "blocks", "blocking", "blocked", "antagonize",
                            "antagonizes", "antagonizing", "oppose", "opposes")
               for t in before)


def _inside_compound_by_token(extractor, doc, match):
    start, end = match[2], match[3]
    while start > 0 and not doc[start - 1].whitespace_ and doc[start - 1].text not in "([":
        start -= 1
    while end < len(doc) and not doc[end - 1].whitespace_ and doc[end].text not in ")],.;:":
        end += 1
    if (start, end) == (match[2], match[3]):
        return False
    return doc[start:end].text.lower() in extractor.compound_heads


def test_readers_read_what_tokens_read(reading):
    _, extractor, docs = reading
    hormones = 0
    for doc, matches in docs:
        assert derived_kinds(doc, matches) == _derived_by_token(doc, matches)
        for start, end in ((0, len(doc)), (len(doc) // 3, len(doc))):
            assert alternatives(doc, start, end) == _alternatives_by_token(doc, start, end)
        for m in matches:
            start = max(0, m[2] - 12)
            assert _words_before(doc, start, m[2]) == _words_before_by_token(doc, start, m[2])
            assert extractor._in_condition(doc, start, m[2]) == \
                _in_condition_by_token(doc, start, m[2])
            assert extractor._inside_compound(doc, m) == \
                _inside_compound_by_token(extractor, doc, m)
            if m[0] == "hormone":
                hormones += 1
                assert extractor._blocks_hormone(doc, start, m[2], m[3]) == \
                    _blocks_hormone_by_token(extractor, doc, start, m[2], m[3])
    assert hormones > 200


def _ligands_as_modifiers_by_token(doc, matches, class_named):
    out, heads = [], {}
    for m in matches:
        after = m[3]
        if after + 2 < len(doc) and doc[after].text == "(" and doc[after + 2].text == ")":
            after += 3
        elif m[2] > 0 and after < len(doc) and doc[m[2] - 1].text == "(" and \
                doc[after].text == ")":
            after += 1
        while after + 1 < len(doc) and doc[after].text == "/" and doc[after + 1].is_alpha:
            after += 2
        if after + 1 < len(doc) and doc[after].lower_ == "protein" and \
                doc[after + 1].lower_ in _KINASES:
            after += 1
        if m[0] != "drug" or after >= len(doc) or after == m[3] and not \
                doc[after - 1].whitespace_ or doc[after].lower_ not in _MODIFIED_HEADS:
            out.append(m)
            continue
        heads.setdefault(after, []).append(m)
    if not heads:
        return matches
    for after, drugs in heads.items():
        role = singular(doc[after].lower_)
        for words in [doc[after - 2].text] + [doc[m[2]:m[3]].text for m in drugs]:
            klass = class_named(f"{words} {role}")
            if klass is not None:
                out.append(("class", klass, min(m[2] for m in drugs), after + 1))
                break
    return sorted(out, key=lambda m: m[2])


def test_durations_counts_and_modifiers_as_tokens_read_them(reading, monkeypatch):
    """Read again with word lists made from the Tokens themselves, the schedule readers
    find the same; drug names before role nouns are read as the Token reader read them."""
    _, extractor, docs = reading
    found = [(durations(doc, 0, len(doc)), either_count(doc, 0, len(doc)))
             for doc, _ in docs]
    assert sum(len(d) for d, _ in found) > 5
    for doc, _ in docs:
        doc.user_data.clear()
    monkeypatch.setattr(doc_words, "words", lambda doc: [t.text for t in doc])
    monkeypatch.setattr(doc_words, "lower_words", lambda doc: [t.lower_ for t in doc])
    assert [(durations(doc, 0, len(doc)), either_count(doc, 0, len(doc)))
            for doc, _ in docs] == found
    monkeypatch.undo()
    heads = 0
    for doc, _ in docs:
        names = extractor.names(doc)  # every drug name, before any reader drops one
        assert ligands_as_modifiers(doc, names, extractor._class_named) == \
            _ligands_as_modifiers_by_token(doc, names, extractor._class_named)
        heads += sum(m[3] < len(doc) and doc[m[3]].lower_ in _MODIFIED_HEADS for m in names)
    assert heads >= 3


def test_members_from_the_index_are_has_class(reading):
    kb = load_knowledge()
    labels = set(kb.classes)
    for drug in kb.drugs.values():
        labels.update([drug.drug_class, *drug.also, *drug.families])
        labels.update(row[0] for row in drug.other_classes)
    labels = sorted(label for label in labels if label)
    # the curated classes (their aliases are DrugCentral's labels), and every twentieth
    # other key or label (a scan of every drug per class takes milliseconds)
    curated = {key for key, spec in kb.classes.items() if not spec.get("source")}
    wanted = [label for at, label in enumerate(labels) if label in curated or at % 20 == 0]
    assert len(wanted) > 250
    for label in wanted:
        assert [d.key for d in kb.members(label)] == \
            [d.key for d in kb.drugs.values() if d.has_class(label)], label


# Session 19 (i237): more readers on the Doc's arrays; the Token readers they replaced.
def _ranges_by_token(doc):
    import re

    from lint.annotate.schedules import (_INTERVAL_UNITS, _PER_DAY, _PER_WEEK, _RANGE_DASHES,
                                         _RANGE_GLUE, _TITRATION, _TITRATION_BACK,
                                         _number_of, _spelt)

    def read(low_at, low, glue, high, unit_at):
        if _number_of(low) is None or _number_of(high) is None or unit_at >= len(doc):
            return None
        if any(t.lower_ in _TITRATION for t in doc[max(0, low_at - _TITRATION_BACK):low_at]):
            return None
        unit = doc[unit_at].lower_
        if unit in _INTERVAL_UNITS and low_at >= 1 and doc[low_at - 1].lower_ == "every":
            return (f"every {low} {glue} {high} {unit}", low_at - 1, unit_at + 1)
        if unit != "times":
            return None
        words = [t.lower_ for t in doc[unit_at + 1:unit_at + 3]]
        for period, phrases in (("daily", _PER_DAY), ("weekly", _PER_WEEK)):
            per = next((p for p in phrases if words[:len(p)] == p), None)
            if per is not None:
                # (counts spelt out since session 26, i373)
                return (f"{_spelt(low)} {glue} {_spelt(high)} times {period}",
                        low_at, unit_at + 1 + len(per))
        return None

    out = []
    for token in doc:
        index, word = token.i, token.lower_
        if word in _RANGE_GLUE | _RANGE_DASHES and 1 <= index < len(doc) - 2:
            glue = "to" if word in _RANGE_DASHES else word
            out.append(read(index - 1, doc[index - 1].lower_, glue, doc[index + 1].lower_,
                            index + 2))
        # (session 29, i411: a range kept one word, "every 48–72 hours", "2–3 times a week")
        joined = re.fullmatch(r"(\d+)[-\u2013](\d+)", word)
        if joined:
            out.append(read(index, joined[1], "to", joined[2], index + 1))
    return [found for found in out if found]


def _opening_words_by_token(doc, sentence):
    start, end = sentence.start, sentence.end
    words = {t.lower_ for t in doc[start:min(end, start + 3)]}
    for i in range(start + 1, min(end, start + 5)):
        if doc[i].text == ",":
            words |= {t.lower_ for t in doc[i + 1:min(end, i + 3)]}
            break
    return words


def _opens_sentence_by_token(doc, start, sentence):
    return all(t.is_punct or t.is_space or t.text in ("∞", "•", "*")
               for t in doc[sentence.start:start])


def _about_the_text_by_token(detector, tokens):
    content = [t for t in tokens if t.is_alpha and not t.is_stop]
    return bool(content) and not any(t.like_num for t in tokens) and all(
        t.norm_ in detector.about_the_text or t.lower_ in detector.about_the_text
        for t in content)


def test_array_readers_read_what_tokens_read(reading):
    import random
    from types import SimpleNamespace

    from spacy.util import filter_spans

    from lint.annotate import evidence, glossary_terms, schedules
    from lint.annotate.claims import detector
    from lint.nlp import _mend_sentence_starts, _sents

    nlp, _, docs = reading
    assert evidence._ANAPHOR_WINDOW == 3 and evidence._FRONTED_WORDS == 4  # as copied above
    claims = detector("blank", (), "health")
    texts = [d.text for d, _ in docs] + [
        "", "Take it 2 to 3 times a day.", "every 4 to 6 hours", "hCG 2 to 3 times per week",
        "Inject it every 48–72 hours.", "given every 4-6 weeks", "2–3 times a week",
        "See https://nih.gov or mail a@b.org .  This section.",
        "It is common in the U.S. For example, hepatitis C. It is spread by blood."]
    rng, ranged, about, mended = random.Random(19), 0, 0, 0
    for text in texts:
        # as production segments a block (lint/nlp.py `segment`): the blank pipeline's
        # sentences, then the mended starts ("... the U.S. For example ..."); a fresh Doc,
        # so the module's shared ones stay as they were
        doc = nlp(text)
        before = _sents(doc)
        _mend_sentence_starts(doc, text, [])
        mended += _sents(doc) != before
        assert schedules.ranges(doc) == _ranges_by_token(doc)
        ranged += bool(schedules.ranges(doc))
        assert _sents(doc) == [(s.start_char, s.end_char, s.start, s.end) for s in doc.sents]
        for sent in doc.sents:
            sentence = SimpleNamespace(token_start=sent.start, token_end=sent.end)
            assert evidence._opening_words(doc, sentence) == _opening_words_by_token(doc, sent)
            assert claims._about_the_text(doc, sent.start, sent.end) == \
                _about_the_text_by_token(claims, sent)
            about += claims._about_the_text(doc, sent.start, sent.end)
            for start in range(sent.start, min(sent.end, sent.start + 4)):
                assert glossary_terms._opens_sentence(doc, start, sentence) == \
                    _opens_sentence_by_token(doc, start, sent)
        if len(doc) > 1:
            spans = []
            for k in range(rng.randint(0, 12)):
                a = rng.randrange(len(doc))
                spans.append((f"l{k % 3}", a, rng.randint(a + 1, min(len(doc), a + 4))))
            made = [doc[a:b] for _, a, b in spans]
            for span, (label, _, _) in zip(made, spans):
                span.label_ = label
            assert glossary_terms._filter_spans(spans) == \
                [(sp.label_, sp.start, sp.end) for sp in filter_spans(made)]
    assert ranged >= 3 and about >= 1 and mended >= 1
