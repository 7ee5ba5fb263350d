"""Is a capitalised token an abbreviation a text should define, or something else?

`lint/annotate/acronyms.py` finds tokens shaped like acronyms (two capitals or more);
many such tokens on others' writing are not abbreviations at all. Each test here
reads one kind by its shape or its place, and says which it is:

- a mixed-case name, with a run of two lower-case letters ("GitHub", "PyTorch",
  "MSigDB", "DeMay"); an abbreviation keeps single lower-case letters ("GnRH",
  "EiC", "DoD") and a plural "s" ("SARMs");
- a Roman numeral ("XIV", "phase IIa"), a file name ("README"), a chemical formula ("NaCl"), a
  dinucleotide ("CpG"), a unit after a number
  ("50 MB"), a licence code ("CC BY-NC-ND"), a credential after a name ("Jane
  Doe, MD"), a name written with a one-letter prefix ("t-SNE", "k-NN");
- capitals for emphasis: a stop word ("readable AND working"), a run of capitalised
  dictionary words ("READ MORE", "HORMONES REGULATE"), a shouted line or
  heading ("NHLBI OFFERS UPDATED GUIDE", "## OVERVIEW"), a syllable of a
  pronunciation ("an-JEYE-nuh");
- a label or a constant: an admonition's label ("**NOTE:**", "TIP"), a programming
  language's logical constant ("TRUE or FALSE");
- a program named as one: "the free software PSPP", "the R package DT", "implemented
  in NONMEM" (the name after its head noun, or after "written / implemented in");
- places: US state postal codes in a list of them ("CA, FL, NY, and TX") or after a city
  ("Houston, TX 77030");
- a symbol in italics, by the convention for gene symbols ("*SETMAR*"), or with an HTML
  subscript ("CL<sub>A</sub>");
- a name cited at once ("CYCLOPS [@doi:…]", "BEDtools (@Quinlan2010)"): the
  citation says what it is;
- anything in a citation of a hand-written reference list (a list item shaped like a
  citation under a heading "References", "Bibliography", "Further reading" ...):
  authors' initials, publishers, journals.

Lists (credentials, units, elements, licence marks) are data in
lint/data/acronyms.yaml, with their sources.
"""

from __future__ import annotations

import functools
import re

from lint.annotate.lexicon import load_data
from lint.document.model import BlockKind
from lint.normalise import acronym_singular

_MIXED_CASE_NAME = re.compile(r"[a-z]{2}")
# Dinucleotides written with their phosphate, "CpG", "TpG": sequence notation.
_DINUCLEOTIDE = re.compile(r"^[ACGTU]p[ACGTU]$")
_ROMAN_BODY = r"X{0,3}(?:IX|IV|V?I{0,3})"  # one to thirty-nine
_ROMAN = re.compile(rf"^(?=[IVX]{{2}}){_ROMAN_BODY}$")
_ROMAN_PART = re.compile(rf"^(?=[IVX]){_ROMAN_BODY}$")
# A Roman numeral with a lower-case letter of a subdivision: "phase IIa", "class IIb",
# "stage IIIc", "factor Xa".
_ROMAN_LETTERED = re.compile(rf"^(?=[IVX]){_ROMAN_BODY}[a-d]$")
# A number after a comparison sign glued to it, as spaCy keeps "≥0.5" one token.
_COMPARED_NUMBER = re.compile(r"^[<>≤≥≈~±=]+\d[\d.,]*$")
_ELEMENT_RUN = r"(?:{})+"


@functools.cache
def _data() -> dict:
    data = load_data("acronyms.yaml")
    elements = sorted(data["elements"].split(), key=len, reverse=True)
    return {
        "credentials": frozenset(data["credentials"]),
        "units": frozenset(data["units"]),
        "formula": re.compile(_ELEMENT_RUN.format("|".join(elements)) + r"$"),
        "licence": frozenset(data["licence_marks"]),
        "stop_abbreviations": frozenset(data["stop_word_abbreviations"]),
        "shouted_short": frozenset(data["shouted_short_words"]),
        "file_names": frozenset(data["file_names"]),
        "labels": (frozenset(data["labels"]) | frozenset(data["literals"].split())
                   | frozenset(data["requirement_keywords"])),
        "us_states": frozenset(data["us_states"].split()),
        "reference_lists": frozenset(data["reference_list_headings"]),
    }


@functools.cache
def _dictionary() -> frozenset[str]:
    """Lower-case English words: the lemma table's forms and lemmas, and spaCy's stop words."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from lint.nlp import lemma_table

    table = lemma_table()
    return frozenset(table) | frozenset(table.values()) | frozenset(STOP_WORDS)


def is_english_word(lower: str) -> bool:
    """A lower-case word the English vocabulary knows ("dose", "approved", "plus")."""
    return lower in _dictionary()


def is_word_shaped_name(written: str) -> bool:
    """A name or formula by its letters alone: "GitHub", "XIV", "README", "NaCl", "CC-BY"."""
    stem = acronym_singular(written)
    data = _data()
    if _MIXED_CASE_NAME.search(stem) or _ROMAN.match(written) or _DINUCLEOTIDE.match(stem) \
            or _ROMAN_LETTERED.match(written) or stem in data["file_names"]:  # "READMEs" too
        return True
    parts = written.split("-")
    if len(parts) > 1 and all(_ROMAN_PART.match(p) for p in parts) \
            and any(_ROMAN.match(p) for p in parts):
        return True  # a range of Roman numerals: "NYHA class II-III", "stage I-II"
    if any(c.islower() for c in stem) and data["formula"].match(stem):
        return True
    return all(p in data["licence"] for p in parts) and ("BY" in parts or "CC" in parts)


def is_label_or_constant(written: str) -> bool:
    """An admonition's label ("NOTE", "TIP"), a logical constant ("TRUE", "NULL") or a
    specification's requirement keyword ("REQUIRED", "MUST")."""
    return written in _data()["labels"]


# What joins the items of a list, and the words that put a list of codes in places.
_LIST_JOINERS = frozenset({",", "and", "or", "&", "/", ";"})
_PLACE_WORDS = frozenset({"from", "in", "of", "for", "across", "between", "states", "state"})


def state_in_list(tokens, position: int) -> bool:
    """A US state's postal code in a list of them: "CA, FL, NY, and TX", "from GA and PA".

    Three codes or more are places; two when a place word is next to the list
    ("from", "in", "states"), so "MI and MS" among diagnoses stays abbreviations."""
    states = _data()["us_states"]
    if tokens[position].text not in states:
        return False

    def walk(step: int) -> tuple[int, int]:
        """(codes found, index just past the list) walking from position by step."""
        count, index = 0, position + step
        while 0 <= index < len(tokens):
            if tokens[index].text.lower() in _LIST_JOINERS or tokens[index].is_space:
                index += step
            elif tokens[index].text in states:
                count, index = count + 1, index + step
            else:
                break
        return count, index

    before, start = walk(-1)
    after, end = walk(1)
    codes = 1 + before + after
    if codes >= 3:
        return True
    near = [tokens[i].text.lower() for i in (start, end) if 0 <= i < len(tokens)]
    return codes == 2 and any(word in _PLACE_WORDS for word in near)


_ZIP = re.compile(r"^\d{5}(?:-\d{4})?$")
# What comes before a sentence's first word, and what joins a list's last item.
_SENTENCE_OPENERS = frozenset({".", "!", "?", ":", ";", "(", "[", "\u2022", "-", "*"})
_CONJUNCTIONS = frozenset({"and", "or", "nor"})


def state_after_city(tokens, position: int) -> bool:
    """A US state's postal code in an address, after a capitalised city and a comma and
    ending the clause or followed by a ZIP code: "Seattle, WA, created the cover",
    "Houston, TX 77030". "Boston, MS patients" stays an abbreviation (a word follows)."""
    if tokens[position].text not in _data()["us_states"] or position < 2 \
            or tokens[position - 1].text != ",":
        return False
    city = tokens[position - 2]
    if not (city.is_alpha and city.text[:1].isupper() and not city.text.isupper()):
        return False
    after = tokens[position + 1] if position + 1 < len(tokens) else None
    if after is not None and after.text == ",":
        # The clause goes on: a capitalised word opening its sentence is any word
        # ("Stroke, MI, and death", "Specifically, CT, MRI and ultrasound"), and ", and"
        # makes the code a list's item ("hypertension, MI, and diabetes"). An address's
        # code ends its part: "Hoboken, NJ: Wiley" in a reference is still a place.
        opener = tokens[position - 3] if position > 2 else None
        if opener is None or opener.text in _SENTENCE_OPENERS or city.is_sent_start:
            return False
        if position + 2 < len(tokens) and tokens[position + 2].text.lower() in _CONJUNCTIONS:
            return False
    return after is None or after.is_punct or bool(_ZIP.match(after.text)) \
        or "\n" in tokens[position].whitespace_


# Initials written after a surname, as Vancouver style and PubMed list authors.
_INITIALS = re.compile(r"^[A-Z]{1,3}$")


def author_initials(tokens, position: int) -> bool:
    """Initials in a list of authors written by hand: "Xu KY, Hartz SM, Borodovsky JT."
    The token follows a capitalised surname and precedes a comma or a full stop, and it is
    one of at least three such pairs in a row (three tokens apart), so one or two pairs
    ("Serum LH, Plasma FSH, Salivary TSH and ...") are no list of names."""
    def pair_at(i: int) -> bool:
        if not 0 < i < len(tokens) or not _INITIALS.match(tokens[i].text):
            return False
        name = tokens[i - 1].text
        after = tokens[i + 1].text if i + 1 < len(tokens) else "."
        return (tokens[i - 1].is_alpha and name[:1].isupper() and not name.isupper()
                and after in (",", "."))

    if not pair_at(position):
        return False
    return any(all(pair_at(start + 3 * k) for k in range(3))
               for start in (position - 6, position - 3, position))


# Pandoc attributes, a number ("7.", "3.2") or a Roman numeral ("VII.") before it, a colon.
_HEADING_NOISE = re.compile(r"\{[^}]*\}|^[\d.\s]+|^[IVXLC]+\.\s+|[:\s]+$")


# What makes a list item a citation: a year, a DOI or web address, or an author written
# "Surname XY," / "Surname XY." (Vancouver style).
_CITATION_SHAPE = re.compile(
    r"\b(?:1[89]|20)\d\d[a-z]?\b|\b(?i:doi)\b|https?://|www\.|\b10\.\d{4,}/"
    r"|\b[A-Z][a-z\u00e0-\u00ff'\u2019-]+ [A-Z]{1,3}[,.]")


def in_reference_list(block) -> bool:
    """A citation in a list under a reference list's heading, the innermost heading
    deciding. Paragraphs there are read (a page whose only heading says "References",
    a scraped site's title, has its prose below it), and so are items in the author's
    own words ("Ask your GP whether CBT could help"): only an item shaped like a
    citation (a year, a DOI or web address, a link, an author's initials) is exempt."""
    if block.kind is not BlockKind.LIST_ITEM:
        return False
    title = _HEADING_NOISE.sub("", block.section.title or "").strip().lower()
    if title not in _data()["reference_lists"]:
        return False
    return bool(block.meta.link_ranges) or _CITATION_SHAPE.search(block.text) is not None


def is_stop_word(written: str) -> bool:
    """A function word in capitals is emphasis: "readable AND working code"."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return len(written) > 2 and written.isupper() and written.lower() in STOP_WORDS \
        and written not in _data()["stop_abbreviations"]


def capital_or(tokens, position: int) -> bool:
    """"OR" in capitals as the conjunction: ending a list item or line after a comma ("…
    within 15 minutes, OR"), in "AND/OR", or between two counts ("2 OR 3 times"). Elsewhere "OR" may be the odds ratio, also
    after a comma: "(adjusted odds ratio, OR)", "the odds ratio, OR, with its 95% CI"."""
    if tokens[position].text != "OR":
        return False
    before = tokens[position - 1].text if position > 0 else ""
    if before == "/" and position > 1 and tokens[position - 2].text == "AND":
        return True
    after = tokens[position + 1] if position + 1 < len(tokens) else None
    # between two counts ("2 OR 3 times a day"): an odds ratio follows its number, never
    # stands between two
    if position > 0 and tokens[position - 1].like_num and after is not None and after.like_num:
        return True
    return before == "," and (after is None or "\n" in after.text
                              or "\n" in tokens[position].whitespace_)


def function_word_in_capitals(tokens, position: int) -> bool:
    """A two-letter preposition or article between words in capitals: "TB IN HIV",
    "MANAGEMENT OF COPD", "IN ECONOMICS". "Indianapolis, IN" and "ME/CFS" stay."""
    if tokens[position].text not in _data()["shouted_short"]:
        return False
    near = [tokens[i] for i in (position - 1, position + 1) if 0 <= i < len(tokens)]
    return any(t.is_alpha and t.text.isupper() and len(t.text) > 1 for t in near)


def word_in_capital_line(tokens, position: int) -> bool:
    """A dictionary word of four letters or more in a line mostly in capitals that is not
    shouted: "ROLE OF PK IN ICU PATIENTS" reads ICU and PK, not PATIENTS."""
    written = tokens[position].text
    if len(written) < 4 or not written.isupper() or written.lower() not in _dictionary():
        return False
    words = [t.text for t in tokens if t.is_alpha and len(t.text) > 1]
    capitals = [w for w in words if w.isupper()]
    return len(capitals) >= 2 and len(capitals) >= 0.7 * len(words)


def shouted(tokens) -> bool:
    """A line in capitals ("NHLBI OFFERS UPDATED GUIDE", "## OVERVIEW"): its capitals
    are typography, not abbreviations. Two words or more, most of them in capitals and
    at least half of those English words (so a list of acronyms, "LH, FSH, TSH", is
    not shouting); a one-word line only when the word is an English one."""
    words = [t.text for t in tokens if t.is_alpha and len(t.text) > 1]
    capitals = [w for w in words if w.isupper()]
    # Two-letter prepositions count as capitals only, never as English: "MANAGEMENT OF
    # COPD" and "HIV IN PREGNANCY" are headings with acronyms in them, not shouting. In
    # such a line the prepositions and dictionary words are still no acronyms
    # (function_word_in_capitals, word_in_capital_line).
    english = [w for w in capitals if len(w) > 2 and w.lower() in _dictionary()]
    if len(words) == 1:
        return bool(english) and len(words[0]) > 3
    return len(capitals) >= 2 and len(capitals) >= 0.7 * len(words) \
        and len(english) >= 0.5 * len(capitals)


def in_capitalised_phrase(tokens, position: int) -> bool:
    """Two or more dictionary words in capitals side by side: "READ MORE", "SAFETY ALERT"."""
    def word(i):
        return 0 <= i < len(tokens) and tokens[i].is_alpha and tokens[i].text.isupper() \
            and len(tokens[i].text) > 1 and tokens[i].text.lower() in _dictionary()

    return word(position) and (word(position - 1) or word(position + 1))


# Head nouns that put a name in apposition as software: "the free software PSPP", "the R
# package DT". After the name they do not ("GIS software", "API packages": categories).
_SOFTWARE_NOUNS = frozenset({"software", "package", "packages", "toolbox", "toolkit"})
# Participles whose "in" names the language or program: "implemented in NONMEM".
_WRITTEN_IN = frozenset({"implemented", "written", "coded", "programmed", "scripted",
                         "fitted", "fit"})


def named_as_software(tokens, position: int) -> bool:
    """A program's name by the grammar around it: "the free software PSPP", "the R
    package DT", "a model implemented in NONMEM"."""
    if position >= 1 and tokens[position - 1].lower_ in _SOFTWARE_NOUNS:
        return True
    return position >= 2 and tokens[position - 1].lower_ == "in" \
        and tokens[position - 2].lower_ in _WRITTEN_IN


def after_number_unit(tokens, position: int) -> bool:
    """A unit after its number: "50 MB", "400 IU", "≥0.5 IU/mL"."""
    if position == 0 or tokens[position].text not in _data()["units"]:
        return False
    number = tokens[position - 1]
    return number.like_num or bool(_COMPARED_NUMBER.match(number.text))


def credential_after_name(tokens, position: int, written: str) -> bool:
    """A degree after a person's name: "Dr. Gary Gonzalez, MD", "Harper MD", or after the
    name's other degrees: "David Woods, MBChB, MD, FRCP, DCH"."""
    credentials = _data()["credentials"]
    if written not in credentials:
        return False
    before = position - 1
    for _ in range(8):  # a chain of degrees back to the name
        if before >= 0 and tokens[before].text == ",":
            before -= 1
        if before < 0 or tokens[before].text not in credentials:
            break
        before -= 1
    return before >= 0 and tokens[before].is_alpha and tokens[before].text[:1].isupper() \
        and tokens[before].text[1:].islower()


def glued_syllable(text: str, start: int, end: int) -> bool:
    """Part of one hyphenated word that makes it no abbreviation: a pronunciation
    ("an-JEYE-nuh": lower-case syllables on both sides) or a one-letter prefix
    ("t-SNE", "k-NN")."""
    word_start = start
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    word_end = end
    while word_end < len(text) and not text[word_end].isspace():
        word_end += 1
    before = text[word_start:start].strip("([\"'“‘")
    after = text[end:word_end].rstrip(".,;:!?)]\"'”’")
    if re.fullmatch(r"[a-z]-", before) and not after:
        return True
    syllables = before.split("-")[:-1] + after.split("-")[1:]
    return before.endswith("-") and after.startswith("-") and all(
        re.fullmatch(r"[a-z]{1,4}", s) for s in syllables)


def italic_symbol(source: str, start: int, end: int) -> bool:
    """A symbol alone in italics, "*SETMAR*" or "_Mbd4_": the convention for gene symbols
    (HGNC, MGI). Bold ("**FDA**") is emphasis, still an abbreviation."""
    opening = source[start - 1:start] if start else ""
    closing = source[end:end + 1]
    if opening not in ("*", "_") or closing != opening:
        return False
    return source[start - 2:start - 1] != opening and source[end + 1:end + 2] != opening


_SUBSCRIPT_TAG = re.compile(r"</?sub>", re.IGNORECASE)


def scripted_symbol(source: str, start: int, end: int) -> bool:
    """Capitals written with an HTML subscript, "CL<sub>A</sub>" (circadian light, a
    quantity's symbol): the plain text joins them into "CLA", which no text spells. A
    superscript after an acronym is a note's number ("NIH<sup>1</sup>"): still read."""
    return bool(_SUBSCRIPT_TAG.search(source, start, end)) \
        or bool(_SUBSCRIPT_TAG.match(source, end))


def cited_at_once(text: str, end: int, citation_ranges) -> bool:
    """A name followed at once by its citation: "CYCLOPS [@doi:…]" names a method."""
    at = end + len(text[end:]) - len(text[end:].lstrip(" "))
    if text[at:at + 2] == "(@":
        at += 1
    return any(start == at for start, _ in citation_ranges)


# Pandoc's inline note, "^[Robb SW, Bauer SE, Vena JE. … CRC Press, Boca Raton, FL.]": one
# level of brackets inside it is allowed ("^[See [the atlas](…).]").
_INLINE_NOTE = re.compile(r"\^\[((?:[^\[\]]|\[[^\[\]]*\])*)\]")
# A note that is a reference written by hand: it opens with an author in Vancouver style
# ("Robb SW,") or holds a DOI. A year alone is no sign ("^[In 2016 the CDC …]" is prose).
_NOTE_REFERENCE = re.compile(r"^\s*[A-Z][A-Za-z\u00e0-\u00ff'\u2019-]+ [A-Z]{1,3}[,.]"
                             r"|\b(?i:doi)\b|\b10\.\d{4,}/")


def hand_written_references(text: str) -> list[tuple[int, int]]:
    """Ranges of `text` in inline notes that are references written by hand: their capitals
    are authors' initials, publishers and places ("SW", "CRC", "FL"), not abbreviations."""
    return [match.span() for match in _INLINE_NOTE.finditer(text)
            if _NOTE_REFERENCE.search(match.group(1))]


def marked_initials(tokens, to_source, source: str) -> list[int]:
    """Indices of the words whose first letter alone is set in bold, "**S**usceptible": the
    author's way of showing which words an acronym abbreviates."""
    marked = []
    for index, token in enumerate(tokens):
        if not token.is_alpha or len(token.text) < 2:
            continue
        at = to_source(token.idx)
        mark = source[at - 2:at]
        if mark in ("**", "__") and source[at + 1:at + 3] == mark:
            marked.append(index)
    return marked


def nota_bene(tokens, position: int) -> bool:
    """"NB, if there are too many labels …": Latin nota bene, opening its sentence (or a
    parenthesis) before a comma or colon. "NB" for neuroblastoma stands in a sentence."""
    if tokens[position].text != "NB" or position + 1 >= len(tokens):
        return False
    opens = position == 0 or tokens[position - 1].text in ("(", "[")
    return opens and tokens[position + 1].text in (",", ":")


def letters_align(letters, long_form: str) -> bool:
    """A short form's letters (and digits) are found right to left in `long_form`, the
    first at a word's start (Schwartz & Hearst 2003): the test behind an acronym's long
    form (acronyms.py) and a bracketed abbreviation inside a drug's class phrase
    (mechanism_text_drugs.py)."""
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
