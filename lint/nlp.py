"""The one spaCy pipeline of a process, and sentence segmentation of blocks.

Default: `spacy.blank("en")` + sentencizer, with each word's NORM set to
its lower-cased lemma from spaCy's English lemma lookup table, shipped as
`lint/data/en_lemma_lookup.json.gz` (built from spacy-lookups-data by
scripts/build_lemma_table.py; no model download, no 98.5 MB wheel). A
trained pipeline such as `en_core_web_sm` is used when configured and
installed.
"""

from __future__ import annotations

import functools
import re
import sys
import types
from importlib import resources
from typing import Iterable

from lint import lexeme_getters, phrase_tokens, sentencizer, special_cases
from lint.annotate.doc_arrays import remember_text, span_chars
from lint.data import load_data
from lint.document.citations import role_name_end, role_names
from lint.document.model import Block, BlockKind, Document, Sentence
from lint.document.textmap import SourceText

BLANK = "blank"


class ModelError(Exception):
    pass


@functools.cache
def abbreviations() -> tuple[str, ...]:
    """Words the tokenizer keeps whole, full stop included ("e.g.", "approx.")."""
    return tuple(load_data("abbreviations.yaml")["abbreviations"])


def import_spacy():
    """`import spacy`, without two packages it imports and this tool never uses.

    spacy/__init__.py imports `spacy.cli.info`, and with it all of `spacy.cli`
    (requests, httpx, typer, weasel), for `spacy.info` alone: about a third of
    `import spacy`, which is most of a one-article check. A stand-in answers
    that one import and is removed straight after, so a later `import
    spacy.cli` gets the real package and `spacy.info` calls the real function.
    confection (spaCy's configuration) imports `pydantic.v1` only to recognise
    configuration schemas written for pydantic 1, and reads none when it is
    missing (its path on Python 3.14); spaCy's and thinc's schemas are
    pydantic 2. It is hidden during the import (about 4 % of it) and
    importable again after. Imported here, on first need: `--version`,
    `--help` and `rules` never pay for spaCy.
    """
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        import spacy

        return spacy
    package, module = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")
    package.__path__ = []
    module.info = _spacy_info
    stand_ins = {"spacy.cli": package, "spacy.cli.info": module}
    if "pydantic.v1" not in sys.modules:
        stand_ins["pydantic.v1"] = None  # `import pydantic.v1` raises ImportError
    sys.modules.update(stand_ins)
    try:
        import spacy
    except ImportError:  # a spaCy that reads more of its cli on import: the plain way
        _remove(stand_ins)
        import spacy
    _remove(stand_ins)
    return spacy


def _remove(stand_ins: dict) -> None:
    for name, stand_in in stand_ins.items():
        if name in sys.modules and sys.modules[name] is stand_in:
            del sys.modules[name]
    spacy = sys.modules.get("spacy")
    if spacy is not None and getattr(spacy, "cli", None) is stand_ins["spacy.cli"]:
        del spacy.cli


def _spacy_info(*args, **kwargs):
    from spacy.cli.info import info

    return info(*args, **kwargs)


@functools.cache
def _introducing() -> frozenset[str]:
    """Abbreviations that never end a sentence ("Dr.", "Fig.", "e.g.")."""
    return frozenset(load_data("abbreviations.yaml")["introducing"])


@functools.cache
def _sentence_openers() -> frozenset[str]:
    """Function words (spaCy's English stop words): capitalised after an abbreviation's
    full stop, they open a sentence ("... hepatitis C. It is ..."); a name does not
    ("J. Smith")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@functools.cache
def pipeline(model: str = BLANK):
    spacy = import_spacy()

    if model == BLANK:
        # `spacy.blank("en")` is this plus resolving and validating the whole default
        # configuration, which a blank pipeline does not need (about 10 ms).
        with special_cases.plain_specs_at_build():
            nlp = spacy.util.get_lang_class("en")()
        lexeme_getters.install(nlp.vocab)  # the same attributes, read faster for new words
        nlp.add_pipe("sentencizer")
        _norms_from_lemma_table(nlp)
        phrase_tokens.mark_blank(nlp)  # the shipped phrase tokens were made with this pipeline
    else:
        # Only an installed pipeline package is loaded; a name alone never imports
        # a module that is not one (configuration cannot run code).
        if not spacy.util.is_package(model):
            raise ModelError(f"spaCy pipeline {model!r} is not installed "
                             f"(install it, or set nlp-model = \"{BLANK}\")")
        try:
            nlp = spacy.load(model, exclude=["ner"])
        except OSError as error:
            raise ModelError(
                f"spaCy pipeline {model!r} is not installed "
                f"(install it, or set nlp-model = \"{BLANK}\"): {error}") from None
        if not (nlp.has_pipe("parser") or nlp.has_pipe("senter")
                or nlp.has_pipe("sentencizer")):
            nlp.add_pipe("sentencizer")
    sentencizer.install(nlp)  # the same sentence starts, read from the Doc's arrays
    from spacy.symbols import ORTH

    with special_cases.plain_specs_at_build():  # specs keyed by ids, as the exceptions'
        for abbreviation in abbreviations():
            nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    if model != BLANK:
        _register_norm_component()
        nlp.add_pipe("content_lint_norm", last=True)
    return nlp


def _norms_from_lemma_table(nlp) -> None:
    """NORM = the lower-cased lemma, looked up once per word type.

    A lexeme attribute getter runs when the vocabulary first sees a word, so
    no pass over the tokens of every document is needed (the lemmatizer
    component and a per-token norm setter cost about a tenth of a run).
    The lookup table is case-sensitive ("Studies" stays "Studies"), so the
    lemma of the lower-cased word is looked up.
    """
    from spacy.attrs import NORM

    table = lemma_table()

    def norm(string: str) -> str:
        lower = string.lower()
        return table.get(lower, lower)

    nlp.vocab.lex_attr_getters[NORM] = norm
    for lexeme in nlp.vocab:  # words the vocabulary already holds
        lexeme.norm_ = norm(lexeme.orth_)


@functools.cache
def lemma_table() -> dict[str, str]:
    """Lower-case word -> lemma, only where they differ (a missing word is its own lemma)."""
    import gzip
    import json

    raw = resources.files("lint.data").joinpath("en_lemma_lookup.json.gz").read_bytes()
    return json.loads(gzip.decompress(raw))


@functools.cache
def _register_norm_component() -> None:
    from spacy.language import Language

    @Language.factory("content_lint_norm")
    def make_norm(nlp, name):
        """NORM = the lower-cased lemma of a trained pipeline, so matchers see one form."""

        def set_norms(doc):
            for token in doc:
                token.norm_ = (token.lemma_ or token.lower_).lower()
            return doc

        return set_norms


_SPACE_BEFORE_PUNCT = re.compile(r"\s+([.,;:!?)])")
_SPACED_PUNCT = (" .", " ,", " ;", " :", " !", " ?", " )")


def _clean_spaces(text: str) -> str:
    """Runs of whitespace made one space, none before a closing mark, none at the ends.

    `str.split()` splits where `\\s+` matches (the same characters, every code point
    checked); the expression for the closing marks runs only where one follows a space.
    """
    text = " ".join(text.split())
    if any(pair in text for pair in _SPACED_PUNCT):
        text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    return text


def segment(documents: Iterable[Document], model: str = BLANK) -> None:
    """Split every block of every document into sentences, in one `nlp.pipe`."""
    pairs = [(document.source, block) for document in documents for block in document.blocks
             if block.kind is not BlockKind.FRONT_MATTER and block.text.strip()]
    if not pairs:
        return
    nlp = pipeline(model)
    edits = [_citation_edits(block) for _, block in pairs]
    texts = [_blank_citations(block, block_edits) for (_, block), block_edits in zip(pairs, edits)]
    for (source, block), block_edits, text, doc in zip(pairs, edits, texts,
                                                      nlp.pipe(texts, batch_size=256)):
        if not doc.has_annotation("DEP"):  # a parser's sentences are its own
            _mend_sentence_starts(doc, text, block.meta.code_ranges)
        block.nlp_doc = doc
        # spaCy keeps the text as given; `doc.text` would rebuild it token by token.
        remember_text(doc, text)
        _sentences(source, block, doc, text, block_edits)


# A word kept whole with its full stop ("C.", "U.S.", "etc."), closing quotes or
# brackets, and the capitalised word after them.
_ABBREVIATION_END = re.compile(r"(?<=\w\.)[\"'\u201d\u2019)\]]*\s+(?P<next>[A-Z][a-z]*)\b")
_CLOSERS = frozenset("\"'\u201d\u2019)]")
# A full stop with a numbered citation mark glued to it ("... preserved.[1] Proteomic ..."):
# the tokenizer keeps "preserved.[1" whole, so the sentencizer never sees the stop. The
# word before the stop is a lower-case word (never "al." or an initial), the next word
# capitalised.
_CITED_STOP = re.compile(r"(?<=[a-z]{3}\.)(?:\[\d+(?:\s*[,\u2013-]\s*\d+)*\])+\s+(?P<next>[A-Z])")
# A displayed formula's end after a full stop ("... = 0. $$", "... = 0. \end{align} $$").
_MATH_ENDS_SENTENCE = re.compile(r"[.!?]\s*(?:\\end\{[^}]*\}\s*)*\$+$")


def _mend_sentence_starts(doc, text: str, code_ranges: list[tuple[int, int]]) -> None:
    """Sentence starts the sentencizer gets wrong on others' writing.

    The sentencizer ends sentences only at a full stop standing alone, so a word that
    the tokenizer keeps whole with its stop hides the end: "... hepatitis C. It is ..."
    ("C." is read as an initial), "... in the U.S. For example ...". Such a word ends
    its sentence when a capitalised function word follows, unless it always introduces
    what follows ("Dr.", "Fig.", "e.g."); a stop with a numbered citation glued to it
    ("... preserved.[1] Proteomic ...") ends its sentence before any capitalised word.
    And a dotted name in inline code or math
    (`nimare.Kernel`, split by the tokenizer at `a.B`; R's `?connect`) never holds a
    sentence start, except that a displayed formula ending with a stop ends its sentence.
    """
    for match in _ABBREVIATION_END.finditer(text) if "." in text else ():
        if match.group("next").lower() not in _sentence_openers():
            continue
        span = doc.char_span(match.start("next"), match.end("next"))
        if span is None or span[0].is_sent_start or span.start == 0:
            continue
        before = doc[span.start - 1]
        while before.i > 0 and before.text in _CLOSERS:
            before = doc[before.i - 1]
        word = before.text
        if (word.endswith(".") and any(c.isalpha() for c in word)
                and (len(word) > 2 or word[0].isupper())  # "a." numbers a list item
                and word not in _introducing()
                and not before.is_sent_start):  # "C. No downstream ...": a numbered clause
            span[0].is_sent_start = True
    for match in _CITED_STOP.finditer(text) if ".[" in text else ():
        span = doc.char_span(match.start("next"), match.end("next"), alignment_mode="expand")
        if span is not None and span.start > 0 and not span[0].is_sent_start:
            span[0].is_sent_start = True
    for start, end in code_ranges:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        moved = False
        for token in span[1:]:
            if token.idx > start and token.is_sent_start:
                token.is_sent_start = False
                moved = True
        # A displayed formula that ends with a full stop ends its sentence: the next
        # one starts after it.
        if (moved and text.startswith("$", start) and span.end < len(doc)
                and _MATH_ENDS_SENTENCE.search(text, start, end)):
            doc[span.end].is_sent_start = True


_LONG_RUN = re.compile(r"\S{200,}")
_RUN_STEP = 64


def _break_long_run(match: re.Match) -> str:
    run = match.group(0)
    return "".join(" " if i % _RUN_STEP == _RUN_STEP - 1 else c for i, c in enumerate(run))


def _blank_citations(block: Block, edits: list[tuple[int, int, str]]) -> str:
    """The block text as the NLP pipeline sees it, offsets unchanged.

    Citation markup is blanked (`edits`, from `_citation_edits`), so a citation after a full
    stop cannot start a sentence of its own; runs of 200+ characters without a
    space (never words) are cut every 64 characters, because the tokenizer's
    affix search is quadratic in the length of a token.
    """
    text = block.text
    for start, end, replacement in edits:
        text = text[:start] + replacement.rjust(end - start) + text[end:]
    return _LONG_RUN.sub(_break_long_run, text)


def _citation_edits(block: Block) -> list[tuple[int, int, str]]:
    """(start, end, replacement) of the citation markup that is not words of a sentence.

    A pandoc citation group `[@a; @b]` and a parenthetical MyST role `{cite:p}`a, b``
    go; a MyST role that prints words (`{cite:t}`a``) keeps its keys and reads as
    pandoc's `@a` does. Pandoc's narrative `@a` is left as written. Other MyST roles
    (`{numref}`fig-x``, `{term}`BMI``) lose their name and keep their code span, which
    the annotators already read as code.
    """
    text, edits = block.text, []
    for citation, (start, end) in zip(block.citations, block.meta.citation_ranges):
        if text[start] == "[":
            if (start, end, "") not in edits:  # `[@a; @b]` is one range, twice
                edits.append((start, end, ""))
        elif text[start] == "{" and (name_end := role_name_end(text, start)) is not None:
            edit = (start, name_end, "@") if citation.narrative else (start, end, "")
            if edit not in edits:  # a role with two keys is one range
                edits.append(edit)
    cited = block.meta.citation_ranges  # a role inside `[...]` goes with it
    edits += [(start, end, "") for start, end in role_names(text, block.meta.code_ranges)
              if not any(s <= start < e for s, e in cited)]  # `{numref}`fig-x``: markup
    return sorted(edits)


def _sents(doc) -> list[tuple[int, int, int, int]]:
    """(start_char, end_char, start, end) of each of `doc.sents`, read from the Doc's
    arrays: a Span costs three Token objects, `doc.sents` one Span per sentence."""
    if "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
        return [(s.start_char, s.end_char, s.start, s.end) for s in doc.sents]  # (as spaCy)
    from spacy.attrs import SENT_START

    starts = doc.to_array(SENT_START).tolist()
    # spaCy's `Doc.sents`: a sentence ends before each token after the first marked 1
    cuts = [0] + [i for i in range(1, len(doc)) if starts[i] == 1]
    if cuts[-1] != len(doc):
        cuts.append(len(doc))
    return [(*span_chars(doc, a, b), a, b) for a, b in zip(cuts, cuts[1:])]


def _sentences(source: SourceText, block: Block, doc, blanked: str,
               edits: list[tuple[int, int, str]]) -> None:
    ranges = block.meta.citation_ranges
    # A sentence that opens with a role (`{cite:t}`key``, `{py:mod}`x``) starts at the
    # role, not at what is left of it ("@key", "x").
    code_starts = {start for start, _ in block.meta.code_ranges}
    opening = {end - len(replacement): start for start, end, replacement in edits
               if replacement or end in code_starts}
    spans = []
    for start, end, token_start, token_end in _sents(doc):
        while start < end and blanked[start].isspace():
            start += 1
        start = opening.get(start, start)
        while end > start and blanked[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append([start, end, token_start, token_end])
    if not spans:
        return
    owners: list[int] = []
    for cite_start, cite_end in ranges:
        owner = 0
        for index, (start, end, _, _) in enumerate(spans):
            if start <= cite_start:
                owner = index
        # A citation after a sentence's full stop belongs to that sentence.
        spans[owner][1] = max(spans[owner][1], cite_end)
        owners.append(owner)
    mapping = block.mapping
    for index, (start, end, token_start, token_end) in enumerate(spans):
        raw = block.text[start:end]
        clean = raw
        for cite_start, cite_end, replacement in reversed(edits):
            if start <= cite_start and cite_end <= end:
                clean = clean[:cite_start - start] + replacement + clean[cite_end - start:]
        clean = _clean_spaces(clean)
        source_start = mapping.to_source(start)
        source_end = mapping.to_source(end)
        sentence = Sentence(text=clean, raw=raw.strip(),
                            span=source.span(source_start, source_end), start=source_start,
                            end=source_end, block=block, token_start=token_start,
                            token_end=token_end)
        sentence.citations = [c for c, owner in zip(block.citations, owners) if owner == index]
        block.sentences.append(sentence)
