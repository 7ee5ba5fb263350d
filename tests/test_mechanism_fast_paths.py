"""The mechanism extractor's reads by spelling (ORTH ids, offsets read in C) find what
reading Token by Token finds, on real text."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from conftest import REPO
from lint.annotate.mechanisms import (_ADMINISTRATION, _MAX_NAME_TOKENS, _NOT_DRUG_WORDS, _lead,
                                      extractor_for, token_lowers, token_orths)
from lint.annotate.schedules import intervals, ranges
from lint.nlp import pipeline
from lint.sources.drugs import load_knowledge


@pytest.fixture(scope="module")
def reading():
    nlp = pipeline("blank")
    extractor = extractor_for(nlp, load_knowledge())
    rows = (REPO / "bench/data/health_pages/sentences.tsv").read_text(
        encoding="utf-8").splitlines()[1::12]
    texts = [row.split("\t")[-1] for row in rows]
    # the seed article, a monograph of elagolix, a label with dosing intervals, and a text
    # naming ghrelin mimetics the knowledge base lacks ("capromorelin", "examorelin"; since
    # session 14 elagolix is known, from DrugCentral 2023's approval lists)
    for path in ("content/restoring-fertility-after-trt.md",
                 "bench/data/mechanisms_gold/texts/livertox_r7_elagolix.md",
                 "bench/data/mechanisms_gold/texts/fda_label_r9_somatuline.md",
                 "bench/data/mechanisms_gold/texts/wiki_gh_secretagogues.md"):
        text = (REPO / path).read_text(encoding="utf-8")
        texts += [part for part in text.split("\n\n") if part.strip()]
    return extractor, [nlp(" ".join(texts[i:i + 5])) for i in range(0, len(texts), 5)]


def _names_token_by_token(index, doc):
    out = []
    for token in doc:
        if not (token.text[:1].isalnum() and _lead(token.lower_) in index.starts):
            continue
        best = None
        for j in range(token.i, min(len(doc), token.i + _MAX_NAME_TOKENS)):
            end = doc[j].idx + len(doc[j])
            if end - token.idx > index.longest:
                break
            key = index.keys.get(" ".join(doc.text[token.idx:end].lower().split()))
            if key is not None:
                best = (key, j + 1)
        if best is not None:
            out.append(("drug", best[0], token.i, best[1]))
    return out


def test_drug_names_by_spelling_are_those_read_token_by_token(reading):
    extractor, docs = reading
    found = [extractor.names(doc) for doc in docs]
    assert found == [_names_token_by_token(extractor.names, doc) for doc in docs]
    assert sum(map(len, found)) > 100


def _unknown_mentions_token_by_token(extractor, doc, start, end, taken):
    out = []
    for token in doc[start:end]:
        text = token.text
        if token.i in taken or not text[:1].isalpha() or len(text) < 6:
            continue
        lower = text.lower()
        if lower.endswith(extractor.suffixes) and lower not in extractor._known_names and \
                lower not in _NOT_DRUG_WORDS and text[0].isupper():
            out.append((lower, False, token.idx, token.idx + len(text)))
    return out


def test_drug_mentions_by_spelling_are_those_read_token_by_token(reading):
    extractor, docs = reading
    block = SimpleNamespace(mapping=SimpleNamespace(to_source=lambda offset: offset))
    unknown = 0
    for doc in docs:
        matches = extractor._matches(doc)
        for span in doc.sents:
            sentence = SimpleNamespace(token_start=span.start, token_end=span.end)
            inside = [m for m in matches if span.start <= m[2] and m[3] <= span.end]
            # with the sentence's matches, and with none (every word is then read)
            for given in (inside, []):
                taken = {i for m in given for i in range(m[2], m[3])}
                mentions = extractor._mentions(doc, block, sentence, given)
                named = [(m.name, m.known, m.start, m.end) for m in mentions[len(
                    [m for m in given if m[0] == "drug"]):]]
                assert named == _unknown_mentions_token_by_token(
                    extractor, doc, span.start, span.end, taken)
                unknown += len(named)
    assert unknown > 5  # names of the form of a drug's the knowledge base lacks


def test_words_read_by_lower_id_decide_as_the_strings_do(reading):
    """Intervals are looked for only in texts holding "every" (in any case); a sentence
    is about giving a drug when it holds a word of giving, read by LOWER id."""
    extractor, docs = reading
    read = 0
    for doc in docs:
        if not set(token_orths(doc)) & extractor.cue_orths["every"]:
            assert intervals(doc, extractor.schedule_words) == []
        read += bool(ranges(doc) or intervals(doc, extractor.schedule_words))
        for span in doc.sents:
            assert (not extractor._administration_ids.isdisjoint(token_lowers(span))) == \
                bool({t.lower_ for t in span} & _ADMINISTRATION)
    assert read  # some of the text states schedules


def test_text_names_are_made_once_per_base_and_anew_for_a_projects(tmp_path):
    base = load_knowledge()
    assert base.text_names() is base.text_names()  # the second reader gets the first's
    assert base.text_names() == base._find_text_names()
    extra = tmp_path / "drugs.yaml"
    extra.write_text("drugs:\n  - names: [Zelvorin]\n    brands: [Zelvo]\n    kind: peptide\n",
                     encoding="utf-8")
    project = load_knowledge(str(extra))
    assert project.text_names()["zelvorin"] == ["Zelvorin", "Zelvo"]
    assert "zelvorin" not in base.text_names()


@pytest.mark.parametrize("name, spellings", [
    ("GnRH analogue", {"gnrh analog"}),
    ("angiotensin II receptor blocker", {"angiotensin 2 blocker", "angiotensin 2 receptor blocker",
                                         "angiotensin ii blocker"}),
    ("cholesterol-lowering agent", {
        "cholesterol lowering agent", "cholesterol lowering drug", "cholesterol lowering medication",
        "cholesterol lowering medicine", "cholesterol-lowering drug",
        "cholesterol-lowering medication", "cholesterol-lowering medicine"}),
    ("Gonadotropin Releasing Hormone Antagonist", {
        "gonadotropin releasing hormone receptor antagonist",
        "gonadotropin-releasing hormone antagonist",
        "gonadotropin-releasing hormone receptor antagonist"}),
    ("dopamine agonist", {"dopamine receptor agonist"}),
    # "tyrosine kinase receptor inhibitor" as LiverTox writes it (i372)
    ("tyrosine kinase inhibitor", {"tyrosine kinase receptor inhibitor"}),
    ("aromatase inhibitor", set()),  # no step's text: nothing to spell otherwise
])
def test_a_class_name_is_spelt_every_way_texts_write_it(name, spellings):
    """Each step of `_name_variants` runs only when its text is in the name (start-up time);
    the steps still chain: a hyphen dropped, then a head noun swapped."""
    from lint.annotate.mechanisms import _name_variants

    assert set(_name_variants(name)) == spellings
