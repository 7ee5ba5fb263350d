"""Drugs a text names that the knowledge base does not know, read from the text itself.

Users' pages name drugs newer than any packaged table ("Paltusotine is a nonpeptide
selective somatostatin receptor 2 agonist", "Appraisal of resmetirom, a thyroid hormone
receptor-β agonist", "Crenessity (crinecerfont)", "Relacorilant is supplied as 100 mg
capsules"). A word no dictionary and no drug table knows becomes a drug of the text when the
text itself treats it as one, in one of these shapes (the reason is kept, so that findings
and the matrix can say where the drug came from):

- it is defined as a drug: "<W> is a/an … <class head>", "<W>, a/an … <class head>",
  "<W>: A/An … <class head>" (NCI), the head a word for a drug ("agonist", "inhibitor",
  "antibody", "drug" …; `text_drug_heads`) and the phrase about no body substance
  ("an endogenous inhibitor of …"; `text_drug_not_in_phrase`);
- it is dosed: "<W> 40 mg", "<W> tablets", "<W> is supplied as", "Upon oral
  administration, <W> …";
- it is a brand's generic name: "Crenessity (crinecerfont)".

Only the word's own form is tested against the vocabularies; the shapes are grammar.
"""

from __future__ import annotations

import re

from lint.annotate import doc_words
from lint.annotate.acronym_shapes import is_english_word
from lint.normalise import singular

_ARTICLES = {"a", "an"}
_COPULAS = {"is", "was", "are", "remains"}
# words that end the class phrase walking from the article to its head
_PHRASE_STOPS = {".", ";", "that", "which", "who", "for", "in", "used", "and", "or", "but",
                 "to", "by", "on", "at", "from", "than", "as", "with", "(", ")", ":"}
_PHRASE_REACH = 14
_UNITS = {"mg", "µg", "mcg", "g", "ug", "mg/kg", "mg/day", "iu", "units", "mcg/kg"}
# (not "injection", "solution": "penile injections", "vials versus injection pens")
_FORMS = {"tablet", "tablets", "capsule", "capsules"}
# English endings the lemma table's forms miss ("recently", "aqueous", "chewable",
# "injectable", "additional"): no drug's name ends so
_ENGLISH_ENDINGS = ("ly", "able", "ible", "ous", "ive", "ed", "ing", "ic", "al", "ary",
                    "ory", "ment", "ness", "tion", "sion")
_SUPPLY = {"supplied", "dosed", "administered", "given", "taken", "dispensed"}


def candidate_word(text: str, known_names, not_drug_words) -> bool:
    """A word shaped as a drug's name that no vocabulary knows: letters only, six or more,
    no English word, no drug, class or body word of the knowledge base."""
    lower = text.lower()
    return (len(text) >= 6 and text.isalpha() and lower not in known_names and
            lower not in not_drug_words and not is_english_word(lower) and
            not lower.endswith(_ENGLISH_ENDINGS) and
            (text.islower() or text[0].isupper() and text[1:].islower()))


def _class_phrase(lowers, start: int, end: int, heads, not_in_phrase,
                  articles=_ARTICLES) -> int | None:
    """The index of a drug's class head after an article at `start` ('a selective …
    agonist'), or None: within reach, past no clause word, naming no body substance."""
    if start >= end or lowers[start] not in articles:
        return None
    for index in range(start + 1, min(end, start + 1 + _PHRASE_REACH)):
        word = lowers[index]
        if word in not_in_phrase:
            return None
        if word in heads:
            return index
        if word in _PHRASE_STOPS:
            return None
    return None


def _past_bracket(lowers, index: int, end: int) -> int:
    """The index after a bracket at `index` ('Navitoclax (ABT-263) is …'), else `index`."""
    if index < end and lowers[index] == "(":
        for close in range(index + 1, min(end, index + 8)):
            if lowers[close] == ")":
                return close + 1
    return index


def _opens_sentence(lowers, start: int, index: int) -> bool:
    """The word opens its sentence, or follows a short label ('Context: Paltusotine is')."""
    if index == start:
        return True
    if index - start <= 4 and lowers[index - 1] == ":":
        return True
    return False


def _brand_shaped(text: str) -> bool:
    """'Crenessity', 'KORLYM': a brand's name, not a numeral ('Phase II (ovarian)')."""
    return len(text) >= 4 and text.isalpha() and text[0].isupper() and \
        (text[1:].islower() or text.isupper())


def reason_at(doc, start: int, end: int, index: int, heads, not_in_phrase) -> str | None:
    """Why the text treats the word at `index` as a drug, or None."""
    lowers = doc_words.lower_words(doc)
    after = _past_bracket(lowers, index + 1, end)
    nxt = lowers[after] if after < end else ""
    # "<W> is a … agonist", "<W>: A … inhibitor" at the sentence's start
    if _opens_sentence(lowers, start, index):
        if nxt in _COPULAS and _class_phrase(lowers, after + 1, end, heads, not_in_phrase):
            return "defined as a drug"
        # (a title's "<W>: The first selective nonpeptide agonist of …")
        if nxt == ":" and _class_phrase(lowers, after + 1, end, heads, not_in_phrase,
                                        _ARTICLES | {"the"}):
            return "defined as a drug"
    # "<W>, a … modulator" anywhere (titles, abstracts)
    if nxt == "," and _class_phrase(lowers, after + 1, end, heads, not_in_phrase):
        return "defined as a drug"
    # "<W> 40 mg", "<W> tablets", "<W> is supplied as …"
    if after + 1 < end and doc[after].like_num and lowers[after + 1] in _UNITS:
        return "dosed"
    if nxt in _FORMS:
        return "dosed"
    if nxt in _COPULAS and after + 1 < end and lowers[after + 1] in _SUPPLY and \
            after + 2 < end and lowers[after + 2] in ("as", "orally", "once", "twice"):
        return "dosed"
    # "Upon oral administration, <W> inhibits …"
    if index >= 3 and lowers[index - 1] == "," and lowers[index - 2] == "administration" \
            and start <= index - 4 and lowers[start] == "upon":
        return "dosed"
    # "Crenessity (crinecerfont)": a lower-case name in brackets after a brand
    if index >= 2 and lowers[index - 1] == "(" and nxt == ")" and doc[index].text.islower() \
            and _brand_shaped(doc[index - 2].text) and not is_english_word(lowers[index - 2]):
        return "a brand's generic name"
    return None


def text_named_drugs(blocks, taken_of, known_names, not_drug_words, heads,
                     not_in_phrase) -> dict[str, str]:
    """The words of a text it names as drugs (lower case) and why, in order of first
    reading. `blocks` are (doc, sentences) pairs; `taken_of(i)` the token indexes other
    matches of that block cover."""
    found: dict[str, str] = {}
    for number, (doc, sentences) in enumerate(blocks):
        # (the words as strings, read once per Doc: no Token made for most words)
        lowers = doc_words.lower_words(doc)
        free = [i for i, text in enumerate(doc_words.words(doc)) if len(text) >= 6 and
                lowers[i] not in found and candidate_word(text, known_names, not_drug_words)]
        if not free:
            continue
        taken = taken_of(number)  # (other matches read only where a word may be a drug)
        for sentence in sentences:
            start, end = sentence.token_start, sentence.token_end
            for index in free:
                lower = lowers[index]
                # "heparin sodium 5000 units": the second word of a drug's name
                if not start <= index < end or index in taken or index - 1 in taken or \
                        lower in found:
                    continue
                reason = reason_at(doc, start, end, index, heads, not_in_phrase)
                if reason is not None:
                    found[lower] = reason
    return found


def text_drug_matches(doc, matches, named: dict[str, str]) -> list:
    """`matches` with every word of `named` the other matches leave free as a drug."""
    if not named:
        return matches
    taken = {i for m in matches for i in range(m[2], m[3])}
    extra = [("drug", word, i, i + 1) for i, word in enumerate(doc_words.lower_words(doc))
             if word in named and i not in taken and doc[i].is_alpha]
    return sorted(list(matches) + extra, key=lambda m: m[2]) if extra else matches


# a role noun right after a target ("glucocorticoid receptor modulator", "receptor-β
# agonist", "somatostatin receptor 2 (SSTR2) agonist", the target in the bracket too): the
# words name a class together
_ROLE_AFTER = re.compile(r"\)?(?:-\w+)?\s*(?:\([^()]{1,20}\)\s*)?"
                         r"(?:agonist|antagonist|modulator|inhibitor|blocker|degrader)s?\b")


def text_drug_readings(assertions: list, text: str, named: dict[str, str]) -> list:
    """What is read of a drug the text named (`named`) as grammar alone gives it, less
    two readings that need the knowledge base's class names to be right:
    - a target inside a compound class noun ("a selective glucocorticoid receptor
      modulator"): the compound names the drug's class, which no table knows; the target
      is read where the text says "an agonist of <target>" or "<W> inhibits <target>";
    - a chemical kind said in the plural ("antagonises the action of Bcl-2 family
      proteins"): one drug is not "proteins"; those are what it acts on."""
    if not named:
        return assertions
    out = []
    for a in assertions:
        if a.drug in named and a.at and a.modality == "asserted":
            if a.attribute == "target" and _ROLE_AFTER.match(text, a.at[1]):
                continue
            said = text[a.at[0]:a.at[1]].lower()
            if a.attribute == "kind" and singular(said) != said and \
                    singular(a.value) == a.value:
                continue
        out.append(a)
    return out
