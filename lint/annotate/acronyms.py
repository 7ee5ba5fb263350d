"""Acronyms: where each is defined, used, or glued to its expansion.

Definitions: "luteinizing hormone (LH)", "gonadotropin-releasing hormone,
or GnRH", "often called the HPG axis", "LH (luteinizing hormone)". The
expansion is checked against the acronym with the Schwartz–Hearst
alignment (each letter of the short form found, in order, in the long
form, the first at a word start), so "Pentadeca Arginate (PDA)" counts and
"testosterone levels (LH)" does not. A glued form is an expansion followed
by its acronym without parentheses: "Hormone Replacement Therapy HRT".
Results go to `document.annotations.acronyms`.

Compound acronyms ("SARS-CoV-2", "RT-PCR") are one acronym, not two.
"""

from __future__ import annotations

import re

from lint.annotate.lexicon import load_data
from lint.document.annotations import AcronymEvent
from lint.document.model import Document
from lint.normalise import acronym_singular, split_words

_ACRONYM = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z]{0,7}(?:-\d{1,2})?$")
# A part that continues a compound acronym after a hyphen: "CoV", "PCR", "2".
_COMPOUND_PART = re.compile(r"^(?:[A-Z][A-Za-z]{0,7}(?:-\d{1,2})?|\d{1,2})$")


def is_acronym(text: str, known: frozenset[str] = frozenset()) -> bool:
    return bool(_ACRONYM.match(text)) and acronym_singular(text) not in known


def long_form_matches(short: str, words: list[str], strict_initials: bool = False) -> int:
    """How many of `words` (ending just before the acronym) form its long form; 0 if none.

    Schwartz & Hearst (2003): letters of the short form are found right to
    left in the long form, the first letter at the start of a word.
    """
    letters = [c.lower() for c in acronym_singular(short) if c.isalpha()]
    if not letters or not words:
        return 0
    limit = min(len(words), len(letters) + 5)
    for count in range(1, limit + 1):
        candidate = words[-count:]
        if strict_initials:
            initials = [w[0] for w in split_words(" ".join(candidate))]
            if initials == letters or [i for i in initials if i] == letters:
                return count
            continue
        if candidate[0][:1].lower() != letters[0]:
            continue
        if _aligns(letters, " ".join(candidate).lower()):
            return count
    return 0


def _aligns(letters: list[str], long_form: str) -> bool:
    position = len(long_form) - 1
    for index in range(len(letters) - 1, -1, -1):
        letter = letters[index]
        while position >= 0 and (long_form[position] != letter or (
                index == 0 and position > 0 and long_form[position - 1].isalnum())):
            position -= 1
        if position < 0:
            return False
        position -= 1
    return True


_CALLED = {"called", "as", "or"}


def _called_before(tokens, index: int) -> bool:
    """"…, or GnRH", "often called the HPG axis", "known as LH"."""
    position = index - 1
    while position >= 0 and tokens[position].lower_ in ("the", "a", "an"):
        position -= 1
    return position >= 0 and tokens[position].lower_ in _CALLED


def annotate_acronyms(documents: list[Document], known: frozenset[str] | None = None) -> None:
    if known is None:
        known = frozenset(load_data("acronyms.yaml")["known"])
    for document in documents:
        events: list[AcronymEvent] = []
        for block in document.blocks:
            doc = block.nlp_doc
            if doc is None:
                continue
            excluded = block.meta.code_ranges + block.meta.link_ranges
            capitals = _capitals(doc)
            for sentence in block.sentences:
                events.extend(_sentence_events(doc, block, sentence, excluded, known, capitals))
        events.sort(key=lambda e: e.start)
        document.annotations.acronyms = events


_WINDOW = 20  # words before an acronym that can hold its expansion


def _compound_end(tokens, position: int) -> int:
    """Index after a hyphenated acronym starting at `position` ("SARS-CoV-2": 3 tokens)."""
    end = position + 1
    while (end + 1 < len(tokens) and tokens[end - 1].whitespace_ == ""
           and tokens[end].text == "-" and tokens[end].whitespace_ == ""
           and _COMPOUND_PART.match(tokens[end + 1].text)):
        end += 2
    return end


_OPENS_CAPITAL: dict[int, bool] = {}  # ORTH id (a hash of the spelling) -> the test


def _capitals(doc) -> list[bool]:
    """Per token: does it start with a capital A-Z? Read by ORTH id, once per spelling."""
    from spacy.attrs import ORTH

    strings, out = doc.vocab.strings, []
    for orth in doc.to_array(ORTH).tolist():
        capital = _OPENS_CAPITAL.get(orth)
        if capital is None:
            capital = _OPENS_CAPITAL[orth] = "A" <= strings[orth][:1] <= "Z"
        out.append(capital)
    return out


def _sentence_events(doc, block, sentence, excluded, known, capitals):
    sentence_tokens = doc[sentence.token_start:sentence.token_end]
    to_source = block.mapping.to_source
    skip_to = 0
    # Every acronym starts with a capital (_ACRONYM): most words do not, and are not read.
    start = sentence.token_start
    for position in [i - start for i in range(start, sentence.token_end) if capitals[i]]:
        if position < skip_to:
            continue  # the rest of a compound acronym
        token = sentence_tokens[position]
        compound_end = _compound_end(sentence_tokens, position) \
            if _ACRONYM.match(token.text) else position + 1
        skip_to = compound_end
        if compound_end > position + 1:
            compound = sentence_tokens[position:compound_end]
            written = compound.text
            if acronym_singular(written) in known:
                continue
            if any(s <= token.idx < e for s, e in excluded):
                continue
            yield from _compound_event(sentence_tokens, position, compound_end, written,
                                       block, sentence, to_source)
            continue
        if not is_acronym(token.text, known):
            continue
        if any(s <= token.idx < e for s, e in excluded):
            continue
        # Only a window of words before the acronym can define it: linear, however long
        # the sentence.
        first = max(0, position - _WINDOW)
        tokens = sentence_tokens[first:]
        index = position - first
        words = [t.text for t in tokens[:index] if not t.is_punct or t.text in "-–"]
        event = None
        before = tokens[index - 1] if index else None
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        inside_parens = before is not None and before.text == "(" and after is not None \
            and after.text == ")"
        if inside_parens:
            prior = [t for t in tokens[:index - 1] if not t.is_punct]
            count = long_form_matches(token.text, [t.text for t in prior])
            if count:
                event = ("definition", _written(prior[-count:]), tokens[index - 1 - count].idx
                         if index - 1 - count >= 0 else tokens[0].idx)
        elif _called_before(tokens, index):
            # "…, or GnRH" / "often called the HPG axis" / "known as LH"
            prior = [t for t in tokens[:index] if not t.is_punct]
            prior = prior[:-1] if prior and prior[-1].lower_ in ("or", "the") else prior
            while prior and prior[-1].lower_ in ("called", "as", "known", "often", "also",
                                                 "the", "or"):
                prior = prior[:-1]
            count = long_form_matches(token.text, [t.text for t in prior])
            if count:
                event = ("definition", _written(prior[-count:]), tokens[max(0, index - 1)].idx)
        elif after is not None and after.text == "(":
            # "LH (luteinizing hormone)"
            closing = next((j for j in range(index + 2, min(len(tokens), index + _WINDOW))
                            if tokens[j].text == ")"), None)
            if closing is not None:
                inner = [t for t in tokens[index + 2:closing] if not t.is_punct]
                if inner and long_form_matches(token.text, [t.text for t in inner]) == len(inner):
                    event = ("definition", _written(inner), tokens[index + 2].idx)
        if event is None:
            count = long_form_matches(token.text, [w for w in words if w not in "-–"],
                                      strict_initials=True)
            if count and (before is None or before.text != "("):
                glued_words = [w for w in words if w not in "-–"][-count:]
                first = [t for t in tokens[:index] if t.text == glued_words[0]]
                event = ("glued", " ".join(glued_words), first[-1].idx if first else token.idx)
        kind, expansion, expansion_start = event if event else ("use", "", token.idx)
        yield AcronymEvent(
            kind=kind, acronym=acronym_singular(token.text), written=token.text,
            expansion=expansion,
            start=to_source(token.idx), end=to_source(token.idx + len(token.text)),
            expansion_start=to_source(expansion_start), sentence=sentence)


def _written(words) -> str:
    """The expansion as the text writes it, from its first word to its last: the hyphens of
    "insulin-like" kept, a line break read as a space."""
    first, last = words[0], words[-1]
    return " ".join(first.doc.text[first.idx:last.idx + len(last.text)].split())


def _compound_event(tokens, position: int, end: int, written: str, block, sentence,
                    to_source):
    """A hyphenated acronym: defined when its expansion comes before it in parentheses."""
    start = tokens[position].idx
    before = tokens[position - 1] if position else None
    after = tokens[end] if end < len(tokens) else None
    kind, expansion, expansion_start = "use", "", start
    if before is not None and before.text == "(" and after is not None and after.text == ")":
        first = max(0, position - 1 - _WINDOW)
        prior_tokens = [t for t in tokens[first:position - 1] if not t.is_punct]
        count = long_form_matches(written, [t.text for t in prior_tokens])
        if count:
            kind = "definition"
            expansion = _written(prior_tokens[-count:])
            expansion_start = prior_tokens[-count].idx
    yield AcronymEvent(
        kind=kind, acronym=acronym_singular(written), written=written, expansion=expansion,
        start=to_source(start), end=to_source(start + len(written)),
        expansion_start=to_source(expansion_start), sentence=sentence)
