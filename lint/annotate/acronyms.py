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

from lint.annotate import acronym_shapes as shapes
from lint.annotate.acronym_shapes import letters_align as _aligns
from lint.annotate import doc_arrays
from lint.annotate.author_initials import authors_initials, credits
from lint.annotate.lexicon import load_data
from lint.document.annotations import AcronymEvent
from lint.document.model import BlockKind, Document
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
    initials: list[str] = []  # the candidate's, grown by one word at a time
    for count in range(1, limit + 1):
        candidate = words[-count:]
        if short in candidate[0]:  # (the words after it were read at the counts before)
            # "Proposal (PEP), known as PEP 8", "PyMC3, PyMC4, PyMC": the acronym does not
            # expand itself, nor does a version of it
            return 0
        if strict_initials:
            # the words of the candidate's text, split at spaces too: its words' words
            initials = [w[0] for w in split_words(candidate[0])] + initials
            if initials == letters or [i for i in initials if i] == letters:
                return count
            continue
        if candidate[0][:1].lower() != letters[0]:
            continue
        if _aligns(letters, " ".join(candidate).lower()):
            return count
    return 0


_CALLED = {"called", "as", "or"}
_NAMING = {"called", "named", "termed", "known", "dubbed"}
_AS_CONJUNCTION = {"well", "such", "so"}


def _called_before(tokens, index: int) -> bool:
    """"…, or GnRH", "often called the HPG axis", "known as LH"."""
    position = index - 1
    while position >= 0 and tokens[position].lower_ in ("the", "a", "an"):
        position -= 1
    if position > 0 and tokens[position].lower_ == "as" \
            and tokens[position - 1].lower_ in _AS_CONJUNCTION:
        return False  # "as well as ISCB Fellows", "such as NIH": a list, not a name
    if position > 0 and tokens[position].lower_ == "or" and tokens[position - 1].text in "([":
        return False  # "TDF + 3TC (or FTC)": an alternative in parentheses, not a name
    if position >= 0 and tokens[position].lower_ == "or" and index - position == 1 \
            and (position == 0 or tokens[position - 1].text != ",") \
            and index + 1 < len(tokens) and tokens[index + 1].text not in (")", ",", ".", ";") \
            and not any(t.lower_ in _NAMING for t in tokens[max(0, position - 12):position]) \
            and not _initials_spell(tokens[index].text, tokens[max(0, position - 8):position]):
        # "accessed Census or ACS data" (EPI563-SpatialEPI), "diabetes or AIDS and": without
        # a comma, "or" joins two things; a name is given after a comma ("gonadotropin-
        # releasing hormone, or GnRH"), ends its clause ("(read-eval-print loop or REPL)"),
        # follows a word of naming ("is called the Besag-York-Mollie or BYM prior"), or
        # comes after words whose initials are its capitals ("pre-exposure prophylaxis or
        # PrEP pills")
        return False
    return position >= 0 and tokens[position].lower_ in _CALLED


def _initials_spell(short: str, before) -> bool:
    """Whether the words just before give the acronym's capitals as their initials, one a
    word or hyphened part ("pre-exposure prophylaxis" PrEP); "accessed Census" gives A
    and C only, not the three capitals of ACS."""
    capitals = "".join(c for c in short if c.isupper())
    words = [t.text for t in before if not t.is_punct]
    return len(capitals) > 1 and long_form_matches(capitals, words, strict_initials=True) > 0


def annotate_acronyms(documents: list[Document], known: frozenset[str] | None = None,
                      project_metadata: dict | None = None) -> None:
    if known is None:
        known = frozenset(load_data("acronyms.yaml")["known"])
    for document in documents:
        authors = authors_initials(project_metadata, document.front_matter)
        events: list[AcronymEvent] = []
        next_cells = _next_cells(document.blocks)
        for block in document.blocks:
            doc = block.nlp_doc
            if doc is None or shapes.in_reference_list(block):
                continue
            capitals = _capitals(doc)
            excluded = block.meta.code_ranges
            if "^[" in block.text:
                excluded = excluded + shapes.hand_written_references(block.text)
            for sentence in block.sentences:
                events.extend(_sentence_events(doc, block, sentence, excluded,
                                               known, capitals, document.source.text,
                                               next_cells.get(id(block))))
        events.sort(key=lambda e: e.start)
        _mark_defined_below(list(document.blocks), events)
        for event in events:
            if event.kind == "use" and authors:
                event.credit = credits(event.sentence, event.written, event.acronym, authors)
        document.annotations.acronyms = events


def _mark_defined_below(blocks, events) -> None:
    """Mark each use in a heading whose acronym's first definition (or expansion) is in the
    first block after that heading; a definition paragraphs further down is no help to the
    reader of the heading (GLO005 reports it)."""
    first: dict[str, AcronymEvent] = {}
    for event in events:
        if event.kind in ("definition", "expanded"):
            first.setdefault(event.acronym, event)
    following = {id(block): after for block, after in zip(blocks, blocks[1:])}
    for event in events:
        definition = first.get(event.acronym)
        block = event.sentence.block
        if event.kind == "use" and definition is not None and block.kind is BlockKind.HEADING \
                and following.get(id(block)) is definition.sentence.block:
            event.defined_below = True


_WINDOW = 20  # words before an acronym that can hold its expansion


def _next_cells(blocks) -> dict[int, str]:
    """A table cell's block id -> the text of the cell after it in its row: an
    abbreviation table ("| BMI | body mass index |") defines by rows."""
    cells = {}
    for block in blocks:
        meta = block.meta
        if meta.table_line is not None and meta.row is not None and meta.column is not None:
            cells[(meta.table_line, meta.row, meta.column)] = block
    return {id(block): cells[(line, row, column + 1)].text
            for (line, row, column), block in cells.items() if (line, row, column + 1) in cells}


def _compound_end(tokens, position: int) -> int:
    """Index after a hyphenated acronym starting at `position` ("SARS-CoV-2": 3 tokens)."""
    end = position + 1
    while (end + 1 < len(tokens) and tokens[end - 1].whitespace_ == ""
           and tokens[end].text == "-" and tokens[end].whitespace_ == ""
           and _COMPOUND_PART.match(tokens[end + 1].text)):
        end += 2
    return end


# ORTH id (a hash of the spelling) -> `_shape` of the spelling
_OPENS_CAPITAL: dict[int, int] = {}
CAPITAL, ACRONYM_SHAPED = 1, 2


def _shape(word: str) -> int:
    """0 if the word does not start with a capital A-Z, else ACRONYM_SHAPED if `_ACRONYM`
    matches it (its first character is one), else CAPITAL."""
    if not "A" <= word[:1] <= "Z":
        return 0
    return ACRONYM_SHAPED if _ACRONYM.match(word) else CAPITAL


def _capitals(doc) -> list[int]:
    """Per token: `_shape` of its spelling (true when it starts with a capital A-Z), read by
    ORTH id, once per spelling."""
    orths = doc_arrays.orths(doc)
    out = list(map(_OPENS_CAPITAL.get, orths))  # (in C; a spelling first seen is None)
    if None in out:
        strings = doc.vocab.strings
        for at, orth in enumerate(orths):
            if out[at] is None:
                out[at] = _OPENS_CAPITAL[orth] = _shape(strings[orth])
    return out


def _sentence_events(doc, block, sentence, excluded, known, capitals, source, next_cell):
    sentence_tokens = None  # the sentence's Span, made at its first candidate (most have none)
    to_source = block.mapping.to_source
    skip_to = 0
    is_shouted = None  # read once, when the sentence has a candidate in capitals
    listed = None
    # Every acronym starts with a capital (_ACRONYM): most words do not, and are not read.
    start = sentence.token_start
    for position in [i - start for i in range(start, sentence.token_end) if capitals[i]]:
        if position < skip_to:
            continue  # the rest of a compound acronym
        if capitals[start + position] != ACRONYM_SHAPED:  # (`_ACRONYM`, once per spelling)
            # Neither one nor the start of a compound (is_acronym would say no): read by
            # its spelling, without a Token (most capitalised words: "The", names).
            skip_to = position + 1
            continue
        if sentence_tokens is None:
            sentence_tokens = doc[sentence.token_start:sentence.token_end]
        token = sentence_tokens[position]
        compound_end = _compound_end(sentence_tokens, position)  # (acronym-shaped, above)
        skip_to = compound_end
        compound = compound_end > position + 1
        written = sentence_tokens[position:compound_end].text if compound else token.text
        if acronym_singular(written) in known or not (compound or is_acronym(token.text)):
            continue
        if any(s <= token.idx < e for s, e in excluded):
            continue
        # Link text is read for its definitions only ("[American Community Survey (ACS)](…)"
        # defines ACS); other capitals there are a linked page's title or a URL.
        linked = [(s, e) for s, e in block.meta.link_ranges if s <= token.idx < e]
        if linked and compound:
            continue  # "[OME-TIFF](…)", "[RO-CRATE](…)": a linked name
        if listed is None:
            # The sentence's Tokens made once for the readers below, which index them
            # again and again (a Span makes a new Token at every index).
            listed = list(sentence_tokens)
        if written.isupper() and is_shouted is None:
            is_shouted = shapes.shouted(listed)
        if _not_an_abbreviation(listed, position, written, block, source,
                                is_shouted and written.isupper()):
            continue
        if compound:
            yield from _compound_event(sentence_tokens, position, compound_end, written,
                                       block, sentence, to_source)
            continue
        kind, expansion, expansion_start = _marked_expansion(listed, position, block, source) \
            or _definition_at(listed, position) \
            or _defined_by_row(block, token, next_cell) or ("use", "", token.idx)
        if linked and not (kind == "definition" and linked[0][0] <= expansion_start):
            continue
        yield AcronymEvent(
            kind=kind, acronym=acronym_singular(token.text), written=token.text,
            expansion=expansion,
            start=to_source(token.idx), end=to_source(token.idx + len(token.text)),
            expansion_start=to_source(expansion_start), sentence=sentence)


def _not_an_abbreviation(tokens, position, written, block, source, shouted) -> bool:
    """A token shaped like an acronym that is a name, a symbol or emphasis
    (lint/annotate/acronym_shapes.py)."""
    token = tokens[position]
    start, end = token.idx, token.idx + len(written)
    to_source = block.mapping.to_source
    return (shouted or shapes.is_word_shaped_name(written) or shapes.is_stop_word(written)
            or shapes.is_label_or_constant(written)
            or shapes.in_capitalised_phrase(tokens, position)
            or shapes.state_in_list(tokens, position)
            or shapes.state_after_city(tokens, position)
            or shapes.function_word_in_capitals(tokens, position)
            or shapes.word_in_capital_line(tokens, position)
            or shapes.author_initials(tokens, position)
            or shapes.nota_bene(tokens, position)
            or shapes.capital_or(tokens, position)
            or shapes.named_as_software(tokens, position)
            or shapes.after_number_unit(tokens, position)
            or shapes.credential_after_name(tokens, position, written)
            or shapes.glued_syllable(block.text, start, end)
            or shapes.italic_symbol(source, to_source(start), to_source(end - 1) + 1)
            or shapes.scripted_symbol(source, to_source(start), to_source(end - 1) + 1)
            or shapes.cited_at_once(block.text, end, block.meta.citation_ranges))


def _marked_expansion(tokens, index, block, source):
    """"**S**usceptible, **I**nfected, and **R**emoved … the **SIR** model": the words whose
    bold initials spell the acronym, before it in its sentence, are its long form as the
    author marked it (the loose alignment would run on to "… persons is often plainly")."""
    to_source = block.mapping.to_source
    before = source[to_source(tokens[0].idx):to_source(tokens[index].idx)]
    if "**" not in before and "__" not in before:
        return None  # no bold in the words before it (most sentences): nothing to read
    letters = [c.lower() for c in acronym_singular(tokens[index].text) if c.isalpha()]
    marked = shapes.marked_initials(tokens[:index], to_source, source)
    if len(letters) < 2 or len(marked) < len(letters):
        return None
    run = marked[-len(letters):]
    if [tokens[i].text[0].lower() for i in run] != letters:
        return None
    return "definition", _written(tokens[run[0]:run[-1] + 1]), tokens[run[0]].idx


def _definition_at(tokens, index):
    """(kind, expansion, where it starts) when the acronym at `index` is defined or glued
    there; None for a plain use."""
    first = max(0, index - _WINDOW)
    # One list of the tokens around it, read by every form below (spaCy makes a new
    # Token object at each index into a Doc).
    window = list(tokens[first:index + _WINDOW])
    index -= first
    token = window[index]
    return (_expansion_in_parentheses(window, index)
            or _pair_in_parentheses(window, index)
            or (_expansion_called(window, index) if _called_before(window, index) else None)
            or _expansion_after(window, index)
            or _expansion_in_apposition(window, index)
            or _glued(window, index)
            or _expansion_nearby(window, index, token.text))


def _defined_by_row(block, token, next_cell):
    """"| BMI | body mass index |": a cell holding only the acronym, its expansion next."""
    if next_cell is None or block.text.strip() != token.text:
        return None
    words = next_cell.split()
    if words and long_form_matches(token.text, words) == len(words):
        return "definition", " ".join(words), token.idx
    return None


def _expansion_in_parentheses(tokens, index):
    """"luteinizing hormone (LH)", "… [DHEA]", "Support Vector Machine (SVM, supervised)",
    "Group Distributionally Robust Optimization (Group DRO)", and "Sanger Mouse
    Genomes (MGP) project", where the acronym's last letter is the word after it."""
    short = tokens[index].text
    opening = index - 1
    if opening >= 1 and tokens[opening].is_alpha and tokens[opening].text[:1].isupper() \
            and tokens[opening - 1].text in _OPENERS:
        opening -= 1  # "(Group DRO)"
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if opening < 0 or tokens[opening].text not in _OPENERS or after is None \
            or after.text[:1] not in (")", "]", ",", ";"):
        return None
    prior = [t for t in tokens[:opening] if not t.is_punct]
    count = long_form_matches(short, [t.text for t in prior])
    if count:
        return "definition", _written(prior[-count:]), prior[-count].idx
    letters = acronym_singular(short)
    following = tokens[index + 2] if index + 2 < len(tokens) else None
    if after.text in (")", "]") and following is not None and following.is_alpha \
            and len(letters) > 2 and following.text[0].lower() == letters[-1].lower():
        count = long_form_matches(letters[:-1], [t.text for t in prior])
        if count:
            return ("definition", f"{_written(prior[-count:])} {following.text}",
                    prior[-count].idx)
    return None


# What joins the pair of acronyms, and (with "and") their long forms:
# "pharmacokinetics/pharmacodynamics (PK/PD)", "… and pharmacodynamics (PK/PD)".
_PAIR_JOINERS = ("/", "-", "\u2013")


def _pair_in_parentheses(tokens, index):
    """One side of a pair of acronyms in parentheses after the pair of their long forms:
    "pharmacokinetics/pharmacodynamics (PK/PD)" defines PK and PD. Both sides must spell
    their acronyms, each from its own side of the long forms' joiner."""
    if index >= 2 and tokens[index - 1].text in _PAIR_JOINERS:
        first, second = index - 2, index  # the pair's acronyms: "PK" "/" "PD"
    elif index + 2 < len(tokens) and tokens[index + 1].text in _PAIR_JOINERS:
        first, second = index, index + 2
    else:
        return None
    opening = first - 1
    if opening < 1 or tokens[opening].text not in _OPENERS:
        return None
    closing = second + 1
    if closing >= len(tokens) or tokens[closing].text not in (")", "]") \
            or tokens[first].whitespace_ or tokens[second - 1].whitespace_:
        return None
    prior = tokens[:opening]
    joins = [i for i, t in enumerate(prior) if t.text in _PAIR_JOINERS
             or t.lower_ in ("and", "&")]  # "pharmacokinetics and pharmacodynamics (PK/PD)"
    if not joins:
        return None
    join = joins[-1]
    left = [t for t in prior[:join] if not t.is_punct]
    right = [t for t in prior[join + 1:] if not t.is_punct]
    if not left or not right:
        return None
    left_count = long_form_matches(tokens[first].text, [t.text for t in left])
    right_count = long_form_matches(tokens[second].text, [t.text for t in right])
    if not left_count or right_count != len(right):
        return None
    if index == first:
        return "definition", _written(left[-left_count:]), left[-left_count].idx
    return "definition", _written(right), right[0].idx


def _expansion_called(tokens, index):
    """"…, or GnRH" / "often called the HPG axis" / "known as LH"."""
    prior = [t for t in tokens[:index] if not t.is_punct]
    prior = prior[:-1] if prior and prior[-1].lower_ in ("or", "the") else prior
    while prior and prior[-1].lower_ in ("called", "as", "known", "often", "also", "the",
                                         "or", "so"):  # "(the so-called SIR model)"
        prior = prior[:-1]
    count = long_form_matches(tokens[index].text, [t.text for t in prior])
    if count:
        return "definition", _written(prior[-count:]), tokens[max(0, index - 1)].idx
    return None


# After an acronym: its expansion in parentheses or brackets, or a legend's
# "BMI: body mass index;", "CI, confidence interval;", "FAIR principles—Findability, …—".
_OPENERS = {"(": ")", "[": "]"}
_LEGEND_MARKS = (":", "=", ",", "\u2014", "\u2013")


def _expansion_after(tokens, index):
    short = tokens[index].text
    mark_at = index + 1
    if mark_at + 1 < len(tokens) and tokens[mark_at].is_lower and tokens[mark_at].is_alpha \
            and tokens[mark_at + 1].text in ("\u2014", "\u2013", ":"):
        mark_at += 1  # "FAIR principles—…"
    opens_line = tokens[index].idx == 0
    if mark_at >= len(tokens) or (tokens[mark_at].text not in _OPENERS
                                  and tokens[mark_at].text not in _LEGEND_MARKS
                                  and not (opens_line and tokens[mark_at].text == "-")):
        return None
    mark = tokens[mark_at].text
    if opens_line and mark in (":", "-", "\u2014", "\u2013"):
        # A glossary line opening its item or paragraph: "SD: Standard deviation of the
        # posterior samples" (nfidd, session 17), "FGF - fresh gas flow" (a revision card's
        # key, session 21); its first words, one per letter, spell it.
        letters = sum(c.isalpha() for c in acronym_singular(short))
        first = [t for t in tokens[mark_at + 1:mark_at + 1 + 2 * letters] if not t.is_punct]
        first = first[:letters]
        if len(first) == letters and long_form_matches(
                short, [t.text for t in first], strict_initials=True) == letters \
                and (mark != "-" or _ends_a_key(tokens, first[-1])):
            return "definition", _written(first), first[0].idx
    # After a spaced hyphen, words ending in a full stop are an expansion only when the
    # last spells the acronym's last letter ("HCVR - hypercapnic ventilatory response.
    # See …"), not a sentence that goes on past it ("ICP - it can peak on day three.").
    ends_on_last_letter = mark == "-" and any(t.text == "." for t in tokens[mark_at + 1:])
    if mark == "," and mark_at + 1 < len(tokens) and tokens[mark_at + 1].lower_ == "or":
        mark_at += 1  # "MGP, or Mouse Genomes Project,"
    stops = {")", "]", ";", ".", "\u2014", "\u2013"}
    if mark not in ("\u2014", "\u2013"):
        stops.add(",")  # in a list of words under a dash, commas part the words
    limit = min(len(tokens), mark_at + 1 + len(short) + 6)
    words, closed = [], False
    for token in tokens[mark_at + 1:limit]:
        if token.text in stops or token.text[:1] in (")", "]"):
            closed = True
            break
        words.append(token)
    if not closed and mark_at + 1 + len(words) < len(tokens):
        return None  # a sentence goes on: not an expansion
    content = [t for t in words if not t.is_punct]
    if ends_on_last_letter and content \
            and acronym_singular(short)[-1:].lower() not in content[-1].lower_:
        return None
    texts = [t.text for t in content]
    # Either alignment: "CCF (congestive cardiac failure)" has one initial per word, which
    # the right-to-left one misses (it spells CC inside "cardiac" and stops at two words).
    if content and len(content) in (long_form_matches(short, texts),
                                    long_form_matches(short, texts, strict_initials=True)):
        return "definition", _written(content), content[0].idx
    return None


def _ends_a_key(tokens, last) -> bool:
    """A key's line after a spaced hyphen is a name ("FGF - fresh gas flow rate"), not a
    sentence whose first words happen to spell the acronym ("ICP - it can peak on day
    three."): at most two words more, and no full stop."""
    rest = tokens[next(i for i, t in enumerate(tokens) if t is last) + 1:]
    return len([t for t in rest if not t.is_punct]) <= 2 and not any(t.text == "." for t in rest)


def _expansion_in_apposition(tokens, index):
    """"testosterone replacement therapy, TRT, restores …": set off by commas."""
    after = tokens[index + 1].text if index + 1 < len(tokens) else None
    if index < 2 or tokens[index - 1].text != "," or after not in (",", ")", ";", None):
        return None
    # The long form is the phrase the commas set off, not a list before it: "(Hib, Polio,
    # MMR, Varicella, Influenza, HPV, …)" names HPV among vaccines, it does not expand it.
    opening = index - 2
    while opening >= 0 and tokens[opening].text not in _APPOSITION_BOUNDS:
        opening -= 1
    prior = [t for t in tokens[opening + 1:index - 1] if not t.is_punct]
    count = long_form_matches(tokens[index].text, [t.text for t in prior])
    if count:
        return "definition", _written(prior[-count:]), prior[-count].idx
    return None


_APPOSITION_BOUNDS = frozenset({",", ";", ":", "(", "["})


def _glued(tokens, index):
    """"Hormone Replacement Therapy HRT": an expansion's initials just before the acronym."""
    before = tokens[index - 1] if index else None
    if before is not None and before.text == "(":
        return None
    words = [t.text for t in tokens[:index] if not t.is_punct]
    count = long_form_matches(tokens[index].text, words, strict_initials=True)
    if not count:
        return None
    glued_words = words[-count:]
    first = [t for t in tokens[:index] if t.text == glued_words[0]]
    return "glued", " ".join(glued_words), first[-1].idx if first else tokens[index].idx


_FUNCTION_WORDS = frozenset("a an the of on in at to for by with and or from".split())


def _expansion_nearby(tokens, index, short):
    """The long form written out earlier in the sentence, without parentheses: "a code of
    conduct guidance: … COC", "[Journal of Open-Source Software](…) … JOSS editors".
    Its words' initials spell the acronym, with or without its function words."""
    letters = [c.lower() for c in acronym_singular(short) if c.isalpha()]
    words = [t for t in tokens[:index] if not t.is_punct]
    target = acronym_singular(short)
    if len(letters) < 2 or any(t.text[:1] == short[:1] and acronym_singular(t.text) == target
                               for t in words):
        return None  # met before: the long form is not its introduction
    parts = [(part, position) for position, t in enumerate(words) for part in split_words(t.text)]
    for start, (part, position) in enumerate(parts):
        if part[0] != letters[0] or part in _FUNCTION_WORDS:
            continue
        every = [p[0] for p, _ in parts[start:start + len(letters)]]
        if every == letters:
            return "expanded", _written(words[position:parts[start + len(letters) - 1][1] + 1]), \
                words[position].idx
        content, last = [], start
        for offset, (other, _) in enumerate(parts[start:start + len(letters) + 3]):
            if other not in _FUNCTION_WORDS:
                content.append(other[0])
                last = start + offset
                if len(content) == len(letters):
                    break
        if content == letters:
            return "expanded", _written(words[position:parts[last][1] + 1]), words[position].idx
    return None


def _written(words) -> str:
    """The expansion as the text writes it, from its first word to its last: the hyphens of
    "insulin-like" kept, a line break read as a space."""
    first, last = words[0], words[-1]
    return " ".join(first.doc[first.i:last.i + 1].text.split())  # not doc.text: the whole doc


def _compound_event(tokens, position: int, end: int, written: str, block, sentence,
                    to_source):
    """A hyphenated acronym: defined when its expansion comes before it in parentheses."""
    start = tokens[position].idx
    before = tokens[position - 1] if position else None
    after = tokens[end] if end < len(tokens) else None
    kind, expansion, expansion_start = "use", "", start
    if before is not None and before.text in _OPENERS and after is not None \
            and after.text in (")", "]", "/", ",", ";"):
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
