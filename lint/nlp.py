"""The one spaCy pipeline of a process, and sentence segmentation of blocks.

Default: `spacy.blank("en")` + sentencizer + lookup lemmatizer (tables from
spacy-lookups-data, no model download). A trained pipeline such as
`en_core_web_sm` is used when configured and installed.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Iterable

import yaml

from lint.document.model import Block, BlockKind, Document, Sentence
from lint.document.textmap import SourceText

BLANK = "blank"


class ModelError(Exception):
    pass


@functools.cache
def _abbreviations() -> tuple[str, ...]:
    text = resources.files("lint.data").joinpath("abbreviations.yaml").read_text("utf-8")
    return tuple(yaml.safe_load(text)["abbreviations"])


@functools.cache
def pipeline(model: str = BLANK):
    import spacy  # imported here: `--version`, `--help` and `rules` never pay for it

    if model == BLANK:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
    else:
        try:
            nlp = spacy.load(model, exclude=["ner"])
        except OSError as error:
            raise ModelError(
                f"spaCy pipeline {model!r} is not installed "
                f"(install it, or set nlp-model = \"{BLANK}\"): {error}") from None
        if not (nlp.has_pipe("parser") or nlp.has_pipe("senter")
                or nlp.has_pipe("sentencizer")):
            nlp.add_pipe("sentencizer")
    from spacy.symbols import ORTH

    for abbreviation in _abbreviations():
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    return nlp


_SPACE = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([.,;:!?)])")


def segment(documents: Iterable[Document], model: str = BLANK) -> None:
    """Split every block of every document into sentences, in one `nlp.pipe`."""
    pairs = [(document.source, block) for document in documents for block in document.blocks
             if block.kind is not BlockKind.FRONT_MATTER and block.text.strip()]
    if not pairs:
        return
    nlp = pipeline(model)
    texts = (block.text for _, block in pairs)
    for (source, block), doc in zip(pairs, nlp.pipe(texts, batch_size=256)):
        block.nlp_doc = doc
        _sentences(source, block, doc)


def _sentences(source: SourceText, block: Block, doc) -> None:
    ranges = block.meta.get("citation_ranges", [])
    spans = [[sent.start_char, sent.end_char, sent.start, sent.end] for sent in doc.sents]
    # A bracketed citation placed after the full stop belongs to the sentence before.
    for index in range(1, len(spans)):
        start = spans[index][0]
        for cite_start, cite_end in ranges:
            if cite_start == start and not block.text[cite_end:spans[index][1]].strip(" .;,"):
                spans[index - 1][1] = spans[index][1]
                spans[index - 1][3] = spans[index][3]
                spans[index][1] = spans[index][0]
    mapping = block.mapping
    for start, end, token_start, token_end in spans:
        raw = block.text[start:end]
        if not raw.strip():
            continue
        clean = raw
        for cite_start, cite_end in sorted(ranges, reverse=True):
            if start <= cite_start and cite_end <= end:
                clean = clean[:cite_start - start] + clean[cite_end - start:]
        clean = _SPACE_BEFORE_PUNCT.sub(r"\1", _SPACE.sub(" ", clean)).strip()
        source_start = mapping.to_source(start)
        source_end = mapping.to_source(end)
        sentence = Sentence(text=clean, raw=raw.strip(),
                            span=source.span(source_start, source_end), start=source_start,
                            end=source_end, block=block, token_start=token_start,
                            token_end=token_end)
        sentence.citations = [c for c, (cs, ce) in zip(block.citations, ranges)
                              if start <= cs < end]
        block.sentences.append(sentence)

