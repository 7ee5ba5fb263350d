"""The article cache's entries as plain data: nothing in a cache file can run code.

An entry is `marshal` of tuples, lists, dicts, strings and numbers (never a
code object: `decode` accepts only the shapes `encode` writes). Unlike
pickle, loading it calls no constructor named by the file; a planted or
damaged file at worst fails a check here and is a miss. marshal keeps tuples
apart from lists and loads in C, which is what makes it faster than JSON here.

Only what `lint.analyse.compact` leaves of a document is written: its
sections, blocks, sentences and citations with their places, its
suppressions and problems, the file's text, and the document-level
judgments corpus rules read (annotation records of `lint.document.annotations`,
written field by field; a sentence they point at is written as its index).
Anything else (a judgment still on a sentence, a block's text) raises
`Unsupported`: that article is simply not cached.
"""

from __future__ import annotations

import dataclasses
import datetime
import marshal

from lint.diagnostics import Position, Span
from lint.document import annotations as _annotations
from lint.document.annotations import DocumentAnnotations, SentenceAnnotations
from lint.document.model import (Block, BlockKind, BlockMeta, Citation, Document, Problem,
                                 Section, Sentence, Suppression)
from lint.document.textmap import SourceText
from lint.packed_findings import checked_pieces, stored_pieces

MAGIC = "content-lint article entry"
_SOURCE_FIELDS = ("text", "length", "newline", "had_bom", "final_newline", "encoding",
                  "digest", "line_starts")
_EMPTY_META = BlockMeta()
_EMPTY_SENTENCE = SentenceAnnotations()
_KINDS = {kind.value: kind for kind in BlockKind}
# Annotation records that may be written, by name: the allow-list `decode` builds from.
_RECORDS = {cls.__name__: cls for cls in vars(_annotations).values()
            if isinstance(cls, type) and dataclasses.is_dataclass(cls)
            and cls.__module__ == _annotations.__name__}
_RECORD_FIELDS = {name: tuple(f.name for f in dataclasses.fields(cls))
                  for name, cls in _RECORDS.items()}
_SENTENCE_REF = b"s"  # tags are bytes: no plain value of the model is bytes
_TUPLE = b"t"
# YAML front matter may hold timestamps (`date: 2024-01-05`): written as ISO text.
_DATE, _DATETIME = b"date", b"datetime"
_MISSING = object()


class Unsupported(ValueError):
    """The document holds something an entry does not keep: it is not cached."""


class Damaged(ValueError):
    """The file is not an entry this version wrote."""


# -- writing -------------------------------------------------------------------

def encode(format_version: int, key: str, document: Document, pieces: list[tuple]
           ) -> bytes:
    """The entry of an analysed article: the document as `compact` left it, and its
    document-scope findings as `pack_by_path`'s pieces (kept packed)."""
    sentences: dict[int, int] = {}  # id(sentence) -> its index in reading order
    sections = [(s.title, s.level, s.path, s.line, [_block(b, sentences) for b in s.blocks])
                for s in document.sections]
    source = document.source
    if source is not None:
        if set(vars(source)) != set(_SOURCE_FIELDS):
            raise Unsupported("source text with other attributes")
        source = tuple(getattr(source, name) for name in _SOURCE_FIELDS)
    body = (document.path, source, _yaml(document.front_matter),
            _span(document.front_matter_span),
            sections,
            [(p.kind, p.message, _span(p.span), p.fatal, p.hint) for p in document.problems],
            [(s.action, s.selectors, _span(s.span), s.target_line, s.used)
             for s in document.suppressions],
            _record(document.annotations, sentences))
    try:
        return marshal.dumps((MAGIC, format_version, key, body, stored_pieces(pieces)))
    except ValueError as error:  # a value marshal cannot write (a date in front matter ...)
        raise Unsupported(str(error)) from None


def encode_records(format_version: int, key: str, records: list) -> bytes:
    """Plain annotation records (or None) under a key: the corpus-level judgments."""
    return marshal.dumps((MAGIC, format_version, key, [_value(r, {}) for r in records]))


def _yaml(value, done: dict | None = None):
    """Front matter as marshal can write it: timestamps as tagged ISO text.

    YAML aliases share one object many times (a "billion laughs" file): each
    object is looked at once, and one without a timestamp is written as it is.
    """
    done = {} if done is None else done
    if id(value) in done:
        return done[id(value)]
    written = value
    if isinstance(value, dict):
        items = {_yaml(key, done): _yaml(item, done) for key, item in value.items()}
        if any(items.get(key, _MISSING) is not item for key, item in value.items()):
            written = items
    elif isinstance(value, list):
        items = [_yaml(item, done) for item in value]
        if any(a is not b for a, b in zip(items, value)):
            written = items
    elif isinstance(value, datetime.datetime):
        written = (_DATETIME, value.isoformat())
    elif isinstance(value, datetime.date):
        written = (_DATE, value.isoformat())
    # Anything else marshal cannot write makes the entry Unsupported.
    done[id(value)] = written
    return written


def _span(span: Span | None):
    if span is None:
        return None
    return (span.start.line, span.start.col, span.end.line, span.end.col)


def _block(block: Block, sentences: dict[int, int]) -> tuple:
    if block.text or block.mapping is not None or block.nlp_doc is not None \
            or block.meta != _EMPTY_META:
        raise Unsupported("a block that is not compact")
    return (block.kind.value, _span(block.span), [_citation(c) for c in block.citations],
            [_sentence(s, sentences) for s in block.sentences])


def _sentence(sentence: Sentence, sentences: dict[int, int]) -> tuple:
    if sentence.raw or sentence.annotations != _EMPTY_SENTENCE:
        raise Unsupported("a sentence that is not compact")
    sentences[id(sentence)] = len(sentences)
    return (sentence.text, _span(sentence.span), sentence.start, sentence.end,
            [_citation(c) for c in sentence.citations], sentence.token_start,
            sentence.token_end)


def _citation(c: Citation) -> tuple:
    return (c.key, _span(c.span), c.start, c.end, c.locator, c.prefix, c.suffix, c.narrative,
            c.suppress_author, c.scheme)


def _record(record, sentences: dict[int, int]) -> tuple:
    """(name, sentence fields, other nested fields, *fields): reading fixes up only those."""
    name = type(record).__name__
    if _RECORDS.get(name) is not type(record):
        raise Unsupported(f"{name} is not an annotation record")
    fields, refs, nested = [], [], []
    for index, field_name in enumerate(_RECORD_FIELDS[name]):
        value = getattr(record, field_name)
        if isinstance(value, Sentence):
            refs.append(index)
            fields.append(_sentence_index(value, sentences))
            continue
        written = _value(value, sentences)
        if written is not value:
            nested.append(index)
        fields.append(written)
    return (name.encode(), tuple(refs), tuple(nested), *fields)


def _sentence_index(sentence: Sentence, sentences: dict[int, int]) -> int:
    if id(sentence) not in sentences:
        raise Unsupported("a judgment on a sentence the document no longer holds")
    return sentences[id(sentence)]


def _value(value, sentences: dict[int, int]):
    """The value as written; the same object when it is plain data already."""
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, (list, tuple)):
        items = [_value(item, sentences) for item in value]
        if isinstance(value, list):
            return value if all(a is b for a, b in zip(items, value)) else items
        if items and isinstance(items[0], bytes):
            return (_TUPLE, *items)
        return value if all(a is b for a, b in zip(items, value)) else tuple(items)
    if isinstance(value, dict):
        items = {key: _value(item, sentences) for key, item in value.items()}
        return value if all(items[key] is item for key, item in value.items()) else items
    if isinstance(value, Sentence):
        return (_SENTENCE_REF, _sentence_index(value, sentences))
    if isinstance(value, (set, frozenset)):
        raise Unsupported("a set in a judgment")  # no order to write it in
    return _record(value, sentences)


# -- reading -------------------------------------------------------------------

def decode(data: bytes, format_version: int, key: str, outlines: dict | None = None
           ) -> tuple[Document, list[tuple]]:
    """(document, findings as packed pieces); raises (Damaged, or any error of a damaged
    file) otherwise. `outlines`: see `checked_pieces`."""
    magic, version, stored_key, body, pieces = _header(data, 5)
    if version != format_version or stored_key != key:
        raise Damaged("another version's or another key's entry")
    (path, source, front_matter, front_matter_span, sections, problems, suppressions,
     annotations) = body
    document = Document(path=_str(path), source=_source(source),
                        front_matter=_front_matter(front_matter),
                        front_matter_span=_read_span(front_matter_span))
    sentences: list[Sentence] = []
    for title, level, path_, line, blocks in sections:
        section = Section(_str(title), _int(level), _str_tuple(path_), _int(line))
        for kind, span, citations, block_sentences in blocks:
            block = Block(_KINDS[kind], "", _read_span(span), section, meta=_EMPTY_META,
                          citations=[_read_citation(c) for c in citations])
            for text, s_span, start, end, s_citations, token_start, token_end \
                    in block_sentences:
                sentence = Sentence(_str(text), "", _read_span(s_span), _int(start),
                                    _int(end), block,
                                    [_read_citation(c) for c in s_citations],
                                    _EMPTY_SENTENCE, _int(token_start), _int(token_end))
                block.sentences.append(sentence)
                sentences.append(sentence)
            section.blocks.append(block)
        document.sections.append(section)
    document.problems = [Problem(_str(kind), _str(message), _read_span(span), fatal is True,
                                 _str(hint)) for kind, message, span, fatal, hint in problems]
    document.suppressions = [
        Suppression(_str(action), _str_tuple(selectors), _read_span(span),
                    None if target is None else _int(target), used is True)
        for action, selectors, span, target, used in suppressions]
    document.annotations = _read_value(annotations, sentences)
    if type(document.annotations) is not DocumentAnnotations:
        raise Damaged("no document annotations")
    return document, checked_pieces(pieces, outlines)


def decode_records(data: bytes, format_version: int, key: str) -> list:
    magic, version, stored_key, records = _header(data, 4)
    if version != format_version or stored_key != key or type(records) is not list:
        raise Damaged("another version's or another key's entry")
    return [_read_value(record, []) for record in records]


def _header(data: bytes, size: int) -> tuple:
    value = marshal.loads(data)
    if type(value) is not tuple or len(value) != size or value[0] != MAGIC:
        raise Damaged("not an article cache entry")
    return value


def _str(value) -> str:
    if type(value) is not str:
        raise Damaged("a string expected")
    return value


def _int(value) -> int:
    if type(value) is not int:
        raise Damaged("a number expected")
    return value


def _str_tuple(value) -> tuple[str, ...]:
    if type(value) is not tuple or any(type(item) is not str for item in value):
        raise Damaged("strings expected")
    return value


def _front_matter(value):
    if value is not None and type(value) is not dict:
        raise Damaged("front matter is not a mapping")
    return _read_yaml(value, {})


def _read_yaml(value, done: dict):
    """YAML's values: None, booleans, numbers, strings, timestamps, lists and mappings.

    marshal keeps shared objects shared: each is read once (see `_yaml`).
    """
    kind = type(value)
    if kind is dict or kind is list or kind is tuple:
        if id(value) in done:
            return done[id(value)]
        if kind is dict:
            read = {}
            done[id(value)] = read
            for key, item in value.items():
                read[_read_yaml(key, done)] = _read_yaml(item, done)
            return read
        if kind is list:
            read = []
            done[id(value)] = read
            read.extend(_read_yaml(item, done) for item in value)
            return read
        if len(value) == 2 and type(value[1]) is str:
            if value[0] == _DATETIME:
                return datetime.datetime.fromisoformat(value[1])
            if value[0] == _DATE:
                return datetime.date.fromisoformat(value[1])
        raise Damaged("front matter is not plain data")
    if value is None or kind in (str, int, float, bool):
        return value
    raise Damaged("front matter is not plain data")


def _source(value) -> SourceText | None:
    if value is None:
        return None
    if type(value) is not tuple or len(value) != len(_SOURCE_FIELDS):
        raise Damaged("source text")
    source = SourceText.__new__(SourceText)
    for name, item in zip(_SOURCE_FIELDS, value):
        setattr(source, name, item)
    if type(source.text) is not str or type(source.line_starts) is not list \
            or type(source.length) is not int:
        raise Damaged("source text")
    return source


def _read_span(value) -> Span | None:
    if value is None:
        return None
    line, col, end_line, end_col = value
    if not (type(line) is int and type(col) is int and type(end_line) is int
            and type(end_col) is int):
        raise Damaged("a place that is not numbers")
    return Span(Position(line, col), Position(end_line, end_col))


def _read_citation(value) -> Citation:
    key, span, start, end, locator, prefix, suffix, narrative, suppress_author, scheme = value
    return Citation(_str(key), _read_span(span), _int(start), _int(end), _str(locator),
                    _str(prefix), _str(suffix), narrative is True, suppress_author is True,
                    _str(scheme))


def _read_value(value, sentences: list[Sentence]):
    kind = type(value)
    if value is None or kind is str or kind is int or kind is float or kind is bool:
        return value
    if kind is list:
        return [_read_record(item, sentences) if type(item) is tuple and item
                and type(item[0]) is bytes and len(item[0]) > 1
                else _read_value(item, sentences) for item in value]
    if kind is dict:
        return {_read_key(k): _read_value(item, sentences) for k, item in value.items()}
    if kind is not tuple:
        raise Damaged(f"unexpected {kind.__name__}")
    if not value or type(value[0]) is not bytes:
        return tuple(_read_value(item, sentences) for item in value)
    tag = value[0]
    if tag == _SENTENCE_REF:
        return sentences[_int(value[1])]
    if tag == _TUPLE:
        return tuple(_read_value(item, sentences) for item in value[1:])
    return _read_record(value, sentences)


def _read_record(value: tuple, sentences: list[Sentence]):
    name = value[0].decode("ascii")
    cls = _RECORDS.get(name)
    if cls is None or len(value) != len(_RECORD_FIELDS[name]) + 3:
        raise Damaged(f"unknown record {name!r}")
    fields = list(value[3:])
    for index in value[1]:
        fields[index] = sentences[_int(fields[index])]
    for index in value[2]:
        fields[index] = _read_value(fields[index], sentences)
    return cls(*fields)


def _read_key(key):
    if type(key) not in (str, int, float, bool) and key is not None:
        raise Damaged("a mapping key that is not plain")
    return key
