"""Drugs a text names that the knowledge base does not know, read from the text itself.

Users' pages name drugs newer than any packaged table ("The approval of aprocitentan, an
endothelin receptor antagonist, …", "Baxdrostat 2 mg was the highest dose studied", "The
agency approved Crenessity (crinecerfont) …": sentences of our own in the gold texts'
shapes, tests/data/mechanisms/s20_i253.md). A word no dictionary and no drug table knows
becomes a drug of the text when the text itself treats it as one, in one of these shapes
(the reason and the line of the sentence that gave it are kept, so that findings and the
matrix can say where the drug came from):

- it is defined as a drug: "<W> is a/an … <class head>", "<W>, a/an … <class head>",
  "<W>: A/An … <class head>" (NCI), the head a word for a drug (`text_drug_heads`). An
  ordinary noun is so defined too ("Pfizer, a drug maker", "Kowalski, a licensed insurance
  agent", "Moriarty, a fictional antagonist", "Sclerostin, an inhibitor of bone formation,
  is made by osteocytes"), so: a head before a hyphen is a modifier ("a drug-resistant
  bacterium"); a generic head ("drug", "agent": `text_drug_generic_heads`) ends the phrase
  after an adjective of pharmacology ("an antineoplastic agent"); a role head ("agonist",
  "inhibitor": `text_drug_role_heads`) names what it acts on, a noun before it ("an EGFR
  inhibitor") or a target after "of" (an acronym, a receptor, an enzyme); and neither the
  phrase (`text_drug_not_in_phrase`) nor the sentence ("made by osteoblasts") makes it the
  body's own;
- it is named after a class the knowledge base knows, after "the": "the triple monoamine
  reuptake inhibitor tesofensine" (session 32);
- it is dosed: "<W> 40 mg" (not "Tempeh 20 g of protein"), "<W> is supplied as", "Upon
  oral administration, <W> …";
- it is a brand's generic name: "Crenessity (crinecerfont)";
- it is a supplement, an herb or a research peptide the text describes (session 30, i415):
  "<W> (<Latin binomial>) is a … herb/plant/shrub", "<W> is an Ayurvedic herb", "<W> is a
  trace mineral", "<W> is a synthetic tetrapeptide". Such a name may be an English word
  ("Fenugreek", "Maca"), so only these shapes make it one: the head ends the noun phrase
  ("an herb enthusiast" is a person), a plant's head ("plant", "shrub") needs the Latin
  binomial in brackets ("Arabidopsis is a model plant" stays a plant), and a kitchen's herb
  ("a culinary herb") is none;
- it is a plant's or a microbe's product the text sources (session 31, i425): "<W>, a
  flavonoid found in …", "<W> is an alkaloid isolated from …", "<W> is an enzyme extracted
  from natto", "<W> is an extract of the bark of Prunus africana". A compound's or an
  enzyme's head counts only with where it comes from (the body's enzymes and pigments are
  compounds too: "an enzyme found in the liver", "an enzyme made in the pancreas"), and
  that place is no body's; an extract's head needs the plant's Latin binomial after it.
  Away from a sentence's opening, only the apposition "<W>, a … found in" and only for a
  word no dictionary knows ("rich in lycopene, a carotenoid found in tomatoes").

Only the word's own form is tested against the vocabularies; the shapes are grammar.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from lint.annotate import doc_words
from lint.annotate.acronym_shapes import is_english_word, letters_align
from lint.normalise import singular

_ARTICLES = {"a", "an"}
_COPULAS = {"is", "was", "are", "remains"}
# words that end the class phrase walking from the article to its head
# ("a professor of medicine", "a physician whose Canon of Medicine": the head is another's)
_PHRASE_STOPS = {".", ";", "that", "which", "who", "whose", "for", "in", "used", "and", "or",
                 "but", "to", "by", "on", "at", "from", "than", "as", "with", "of", "(", ")",
                 ":"}
_PHRASE_REACH = 14
_UNITS = {"mg", "µg", "mcg", "g", "ug", "mg/kg", "mg/day", "iu", "units", "mcg/kg"}
# English endings the lemma table's forms miss ("recently", "aqueous", "chewable",
# "injectable", "additional"): no drug's name ends so
_ENGLISH_ENDINGS = ("ly", "able", "ible", "ous", "ive", "ed", "ing", "ic", "al", "ary",
                    "ory", "ment", "ness", "tion", "sion")
_SUPPLY = {"supplied", "dosed", "administered", "given", "taken", "dispensed"}
# adjectives of pharmacology before a generic head ("an antineoplastic agent", "an
# investigational drug", "an antihypertensive medication"); not "insurance", "thickening"
_PHARMACOLOGY_ADJECTIVE_ENDINGS = ("ic", "al", "ive", "ory", "ant", "ar")
_BODY_REACH = 5
_BODY_CELL_ENDINGS = ("cytes", "cyte", "blasts", "blast")
DEFINED, DOSED, BRAND = "defined as a drug", "dosed", "a brand's generic name"
PRODUCT = "described as a supplement"
_SAID = {DEFINED: "describes it as one", DOSED: "gives it a dose",
         BRAND: "gives it as a brand's generic name",
         PRODUCT: "describes it as an herb, a supplement or a research peptide"}


def candidate_word(text: str, known_names, not_drug_words) -> bool:
    """A word shaped as a drug's name that no vocabulary knows: a `product_candidate` of six
    letters or more that is no English word."""
    lower = text.lower()
    return (len(text) >= 6 and product_candidate(text, known_names, not_drug_words) and
            not is_english_word(lower) and not lower.endswith(_ENGLISH_ENDINGS))


def product_candidate(text: str, known_names, not_drug_words) -> bool:
    """A word that may name a supplement or an herb ("Fenugreek", "maca", "Ashwagandha"):
    letters only, four or more, no drug, class or body word of the knowledge base. English
    words are let in: only the product shapes (`product_reason`) read them."""
    lower = text.lower()
    return (len(text) >= 4 and text.isalpha() and lower not in known_names and
            lower not in not_drug_words and
            (text.islower() or text[0].isupper() and text[1:].islower()))


class ProductWords(NamedTuple):
    """The word lists the product shapes read (lint/data/mechanism_words.yaml
    `text_product_*`)."""

    heads: frozenset          # "herb", "herbal medication", "trace mineral" (as word tuples)
    plant_heads: frozenset    # "plant", "shrub": only with a Latin binomial in brackets
    synthetic_heads: frozenset  # "peptide", "tetrapeptide": only after "synthetic"
    not_in_phrase: frozenset  # "culinary", "model", "ornamental"
    after_head: frozenset     # words that may follow the head: "used", "native" …
    # (session 31, i425) heads read only with where the product comes from
    compound_heads: frozenset = frozenset()  # "flavonoid", "alkaloid": found/isolated …
    enzyme_heads: frozenset = frozenset()    # "enzyme": extracted/isolated … only
    extract_heads: frozenset = frozenset()   # "extract": of <part> of <Genus species>
    compound_sources: frozenset = frozenset()  # "found", "derived", "isolated" …
    enzyme_sources: frozenset = frozenset()    # "extracted", "isolated", "purified" …
    body_places: frozenset = frozenset()  # "liver", "cells": a body's, not a product's


class TextDrugWords(NamedTuple):
    """The word lists the shapes read (lint/data/mechanism_words.yaml)."""

    heads: frozenset            # text_drug_heads: a word for a drug's class
    generic_heads: frozenset    # text_drug_generic_heads: "drug", "agent", "medicine"
    role_heads: frozenset       # text_drug_role_heads: "agonist", "inhibitor" …
    role_qualities: frozenset   # text_drug_role_qualities: "potent", "selective" …
    not_in_phrase: frozenset    # text_drug_not_in_phrase: "endogenous", "gene" …
    role_objects: frozenset     # text_drug_role_objects: "receptor", "enzyme" …
    made_by_body: frozenset     # "made", "secreted" …
    body_places: frozenset      # "cells", "gland" …
    manufacture: frozenset      # "recombinant", "hamster" …: a medicine's making
    copula_adverbs: frozenset = frozenset()  # text_drug_copula_adverbs: "is also a …"
    route_qualities: frozenset = frozenset()  # text_drug_route_qualities: "orally" …


def _adjective_shaped(word: str) -> bool:
    """'antineoplastic', 'investigational', 'antihypertensive': an adjective by its ending."""
    return word.endswith(_PHARMACOLOGY_ADJECTIVE_ENDINGS) and word.isalpha()


def _names_a_target(doc, lowers, start: int, end: int, words: TextDrugWords) -> bool:
    """'of somatostatin receptor 2', 'of RANKL', 'of the enzyme …', 'of CYP3A4': what a
    role acts on, not a process ('of bone formation', 'of common sense')."""
    for index in range(start, min(end, start + 5)):
        word = lowers[index]
        if word in _PHRASE_STOPS or word == ",":
            return False
        text = doc[index].text
        if word in words.role_objects or word.endswith(("ase", "ases")) and len(word) > 5 or \
                any(c.isdigit() for c in text) or sum(c.isupper() for c in text) >= 2:
            return True
    return False


def _coded_name(text: str) -> bool:
    """'CYP17', 'SSTR2', 'PDE4': a capital letter and a digit, as codes of targets are
    written (no English word is)."""
    return any(c.isdigit() for c in text) and any(c.isupper() for c in text) and \
        text.isalnum()


def _role_object(doc, lowers, article: int, head: int, end: int, words: TextDrugWords) -> bool:
    """A role head names what it acts on: a noun right before it ('an EGFR inhibitor', 'a
    receptor-β agonist', 'an SSTR2 (…) agonist'), else a target after 'of'."""
    before = head - 1
    if before > article and lowers[before] == ")":
        return True
    # "a CYP17 lyase-selective inhibitor": what it acts on named earlier in the phrase,
    # by an enzyme's or receptor's code (a digit with capitals: "CYP17", "SSTR2", "5-HT2A")
    if any(_coded_name(doc[i].text) for i in range(article + 1, before)):
        return True
    if before > article and lowers[before] != "-" and not _adjective_shaped(lowers[before]) \
            and lowers[before] not in words.role_qualities:
        return True
    return head + 1 < end and lowers[head + 1] == "of" and \
        _names_a_target(doc, lowers, head + 2, end, words)


def _class_phrase(doc, lowers, start: int, end: int, words: TextDrugWords,
                  articles=_ARTICLES, classes=None) -> int | None:
    """The index of a drug's class head after an article at `start` ('a selective …
    agonist'), or None: within reach, past no clause word, naming no body substance.
    `classes`: where a class of the knowledge base is named (start: end), a head too
    where it ends the phrase ('a potent anti-androgen with …')."""
    if start >= end or lowers[start] not in articles:
        return None
    classes = classes or {}
    index, reach = start + 1, min(end, start + 1 + _PHRASE_REACH)
    while index < reach:
        word = lowers[index]
        if word in words.not_in_phrase:
            return None
        # "a direct androgen receptor (AR) antagonist": a short bracket after a word of
        # the phrase restates it (its abbreviation); the phrase goes on after it
        # (only one abbreviating the words before it: not "a Pfizer (US) antagonist")
        close = _short_bracket(lowers, index, reach)
        if close is not None and index > start + 1 and \
                _abbreviates(lowers[index + 1:close], lowers[start + 1:index]):
            index = close + 1
            continue
        # "a selective and orally bioavailable inhibitor": "and"/"or" between two
        # qualities of one head (not "a drug maker and …", "selective and affordable")
        if word in ("and", "or") and _quality(lowers[index - 1], words) and \
                index + 1 < reach and _quality(lowers[index + 1], words):
            index += 1
            continue
        # a known class ends the phrase only after a quality of pharmacology or with a
        # role or target word ("a potent anti-androgen"; not "Matcha, a mild stimulant")
        if index in classes and any(
                w in words.role_qualities or w in words.role_objects or w in words.role_heads
                for w in lowers[start + 1:classes[index]]):
            last = classes[index] - 1
            after = lowers[last + 1] if last + 1 < end else "."
            if after in _PHRASE_STOPS or after == "," or after in _COPULAS:
                return last
        if word in words.heads:
            nxt = lowers[index + 1] if index + 1 < end else "."
            # "a drug-resistant bacterium", "a drug maker", "an insurance agent,"
            if nxt == "-":
                index += 1
                continue
            if word in words.generic_heads:
                if nxt in _PHRASE_STOPS or nxt == "," or nxt in _COPULAS:
                    if index - 1 > start and _adjective_shaped(lowers[index - 1]):
                        return index
                    return None
                index += 1
                continue
            if word in words.role_heads and not _role_object(doc, lowers, start, index, end,
                                                             words):
                return None
            return index
        if word in _PHRASE_STOPS:
            return None
        index += 1
    return None


def _short_bracket(lowers, index: int, reach: int) -> int | None:
    """The index of the ")" closing a bracket of one to three words opened at `index`
    ("(AR)", "(SSTR2)"), else None."""
    if lowers[index] != "(":
        return None
    for close in range(index + 2, min(reach, index + 5)):
        if lowers[close] == ")":
            return close
        if lowers[close] in _PHRASE_STOPS:
            return None
    return None


def _quality(word: str, words: TextDrugWords) -> bool:
    """A word that says how a drug acts or is taken up ('selective', 'orally')."""
    return word in words.role_qualities or word in words.route_qualities


def _abbreviates(short: list, before: list) -> bool:
    """The bracket's words abbreviate the words before it ('androgen receptor (AR)',
    'somatostatin receptor 5 (SSTR5)'): its letters and digits align in those words."""
    letters = "".join(c for c in "".join(short) if c.isalnum())
    return bool(letters) and letters_align(letters, " ".join(before))


_CLASS_LEAD_REACH = 2  # words between "the" and the class: "the novel oral SERD …"


def _named_by_class(lowers, start: int, index: int, classes: dict[int, int]) -> bool:
    """'… of the triple monoamine reuptake inhibitor tesofensine': a class of the knowledge
    base ends right before the word, with "the" at most two words before the class."""
    class_start = next((s for s, e in classes.items() if e == index), None)
    if class_start is None:
        return False
    return any(lowers[at] == "the" and all(w.isalpha() and w not in _PHRASE_STOPS
                                           for w in lowers[at + 1:class_start])
               for at in range(max(start, class_start - 1 - _CLASS_LEAD_REACH), class_start))


# words that may follow a drug's name ending a noun phrase ("the SERD camizestrant in mice",
# "… tesofensine on energy metabolism"): not a noun the word would qualify
_AFTER_NAME = {"in", "on", "for", "to", "at", "with", "and", "or", "was", "is", "were", "has",
               "had", "by", "from", "as", "of", "versus", "vs", "plus", "alone", "monotherapy",
               "therapy", "treatment", "showed", "demonstrated", "reduced", "increased"}


def _made_by_body(lowers, start: int, end: int, words: TextDrugWords) -> bool:
    """'… is made by osteoblasts', '… made by fat cells': the sentence says the body makes
    it (not 'produced in Chinese hamster ovary cells')."""
    for index in range(start, end - 1):
        if lowers[index] in words.made_by_body and lowers[index + 1] in ("by", "in"):
            reach = lowers[index + 2:min(end, index + 2 + _BODY_REACH)]
            if any(w in words.manufacture for w in reach):
                continue
            if any(w in words.body_places or w.endswith(_BODY_CELL_ENDINGS) for w in reach):
                return True
    return False


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


def reason_at(doc, start: int, end: int, index: int, words: TextDrugWords,
              classes=None) -> str | None:
    """Why the text treats the word at `index` as a drug, or None. `classes`: where the
    sentence names a class of the knowledge base (token start: end)."""
    lowers = doc_words.lower_words(doc)
    after = _past_bracket(lowers, index + 1, end)
    nxt = lowers[after] if after < end else ""
    defined = None
    # "<W> is a … agonist", "<W>: A … inhibitor" at the sentence's start
    if _opens_sentence(lowers, start, index):
        # "<W> is also a direct … antagonist": an adverb between the verb and the phrase
        phrase = after + 1
        if nxt in _COPULAS and phrase < end and lowers[phrase] in words.copula_adverbs:
            phrase += 1
        if nxt in _COPULAS and _class_phrase(doc, lowers, phrase, end, words,
                                             classes=classes):
            defined = DEFINED
        # (a title's "<W>: The first selective nonpeptide agonist of …")
        elif nxt == ":" and _class_phrase(doc, lowers, after + 1, end, words,
                                          _ARTICLES | {"the"}, classes):
            defined = DEFINED
    # "<W>, a … modulator" anywhere (titles, abstracts)
    if defined is None and nxt == "," and _class_phrase(doc, lowers, after + 1, end, words,
                                                        classes=classes):
        defined = DEFINED
    # "the triple monoamine reuptake inhibitor tesofensine", "the oral SERD camizestrant": a
    # class the knowledge base knows, after "the", names the word after it (session 32, i441)
    if defined is None and classes and _named_by_class(lowers, start, index, classes) and \
            (not nxt.isalpha() or nxt in _AFTER_NAME):
        defined = DEFINED  # (not "… neuroleptic malignant syndrome": an adjective)
    if defined is not None:
        return None if _made_by_body(lowers, start, end, words) else defined
    # "<W> 40 mg", "<W> is supplied as …" (not "Tempeh 20 g of protein")
    if after + 1 < end and doc[after].like_num and lowers[after + 1] in _UNITS and \
            (after + 2 >= end or lowers[after + 2] != "of"):
        return DOSED
    if nxt in _COPULAS and after + 1 < end and lowers[after + 1] in _SUPPLY and \
            after + 2 < end and lowers[after + 2] in ("as", "orally", "once", "twice"):
        return DOSED
    # "Upon oral administration, <W> inhibits …"
    if index >= 3 and lowers[index - 1] == "," and lowers[index - 2] == "administration" \
            and start <= index - 4 and lowers[start] == "upon":
        return DOSED
    # "Crenessity (crinecerfont)": a lower-case name in brackets after a brand
    if index >= 2 and lowers[index - 1] == "(" and nxt == ")" and doc[index].text.islower() \
            and _brand_shaped(doc[index - 2].text) and not is_english_word(lowers[index - 2]):
        return BRAND
    return None


_PRODUCT_REACH = 8


def _binomial(doc, lowers, open_at: int, end: int) -> int | None:
    """The index after a bracket at `open_at` holding a Latin binomial ("(Trigonella
    foenum-graecum)", "(Withania somnifera)", "(Serenoa repens)"): a capitalised genus, then
    an epithet in lower case (hyphenated parts allowed); else None."""
    if open_at + 3 >= end or lowers[open_at] != "(":
        return None
    genus = doc[open_at + 1].text
    if not (len(genus) >= 3 and genus.isalpha() and genus[0].isupper() and genus[1:].islower()):
        return None
    index = open_at + 2
    if not (doc[index].text.isalpha() and doc[index].text.islower()):
        return None
    index += 1
    while index + 1 < end and lowers[index] == "-" and doc[index + 1].text.isalpha() and \
            doc[index + 1].text.islower():
        index += 2
    # ("(Serenoa repens; saw palmetto)": a synonym may follow the binomial)
    if index < end and lowers[index] in (")", ";", ","):
        close = next((i for i in range(index, min(end, index + 8)) if lowers[i] == ")"), None)
        return None if close is None else close + 1
    return None


def _product_head(doc, lowers, start: int, end: int, products: ProductWords,
                  binomial: bool) -> bool:
    """After an article at `start`: a product's head within reach ('an Ayurvedic herb', 'a
    perennial shrub' with a binomial, 'a synthetic tetrapeptide') that ends the noun phrase."""
    if start >= end or lowers[start] not in _ARTICLES:
        return False
    reach = min(end, start + 1 + _PRODUCT_REACH)
    index = start + 1
    while index < reach:
        word = lowers[index]
        if word in products.not_in_phrase:
            return False
        found = None
        for head in products.heads | (products.plant_heads if binomial else frozenset()):
            if tuple(lowers[index:index + len(head)]) == head:
                found = index + len(head)
                break
        if found is None and word in products.synthetic_heads and \
                "synthetic" in lowers[start + 1:index]:
            found = index + 1
        if found is not None:
            # the head ends the noun phrase ("an herb enthusiast" is a person)
            if found >= end:
                return True
            nxt = lowers[found]
            return not doc[found].is_alpha or nxt in _PHRASE_STOPS or \
                nxt in products.after_head
        if word in _PHRASE_STOPS:
            return False
        index += 1
    return False


_SOURCE_REACH = 6  # words from a head to the place it comes from
_PLANT_PART_REACH = 5  # words from "extract of" to the plant's binomial


def _open_binomial(doc, index: int, end: int) -> bool:
    """A Latin binomial at `index`, not in brackets ("Prunus africana", "Urtica dioica"): a
    capitalised genus of three letters or more, then an epithet in lower case."""
    if index + 1 >= end:
        return False
    genus, epithet = doc[index].text, doc[index + 1].text
    return len(genus) >= 3 and genus.isalpha() and genus[0].isupper() and \
        genus[1:].islower() and len(epithet) >= 3 and epithet.isalpha() and epithet.islower()


def _from_a_source(doc, lowers, head_end: int, end: int, verbs, products: ProductWords,
                   ) -> bool:
    """After a compound's or an enzyme's head: one of `verbs` then "in"/"from"/"by" ("found
    in green tea", "extracted from natto"), whose place within reach is no body's ("found
    in the liver", "isolated from human cells")."""
    index = head_end
    # ("a flavonoid naturally found in …": one adverb between)
    if index + 2 < end and lowers[index].endswith("ly") and lowers[index + 1] in verbs:
        index += 1
    if index + 1 >= end or lowers[index] not in verbs or \
            lowers[index + 1] not in ("in", "from", "by"):
        return False
    place = lowers[index + 2:min(end, index + 2 + _SOURCE_REACH)]
    return not any(w in products.body_places or w.endswith(_BODY_CELL_ENDINGS)
                   for w in place)


def _sourced_head(doc, lowers, start: int, end: int, products: ProductWords) -> bool:
    """After an article at `start`: a compound's head sourced ('a flavonoid found in
    honey', 'an alkaloid isolated from goldenseal'), an enzyme's extracted ('an enzyme
    extracted from natto'), or an extract of a plant named by its binomial ('an extract of
    the bark of Prunus africana')."""
    if start >= end or lowers[start] not in _ARTICLES:
        return False
    reach = min(end, start + 1 + _PRODUCT_REACH)
    for index in range(start + 1, reach):
        word = lowers[index]
        if word in products.not_in_phrase:
            return False
        if word in products.compound_heads:
            return _from_a_source(doc, lowers, index + 1, end, products.compound_sources,
                                  products)
        if word in products.enzyme_heads:
            return _from_a_source(doc, lowers, index + 1, end, products.enzyme_sources,
                                  products)
        if word in products.extract_heads:
            if index + 1 >= end or lowers[index + 1] not in ("of", "from"):
                return False
            return any(_open_binomial(doc, i, end)
                       for i in range(index + 2, min(end, index + 2 + _PLANT_PART_REACH)))
        if word in _PHRASE_STOPS:
            return False
    return False


def product_reason(doc, start: int, end: int, index: int, products: ProductWords) -> str | None:
    """PRODUCT where the word at `index` opens its sentence (or follows a short label) and
    is said to be an herb, a plant with its binomial, a mineral or a synthetic peptide:
    "<W> (<Genus species>) is a … plant", "<W> is an Ayurvedic herb", "<W>, a trace
    mineral, …"; or is a sourced compound, enzyme or extract ("<W>, a flavonoid found
    in …", anywhere in the sentence: the caller gives only words no dictionary knows
    there)."""
    lowers = doc_words.lower_words(doc)
    if not _opens_sentence(lowers, start, index):
        if index + 1 < end and lowers[index + 1] == "," and \
                _sourced_head(doc, lowers, index + 2, end, products):
            return PRODUCT
        return None
    after = _binomial(doc, lowers, index + 1, end)
    binomial = after is not None
    if after is None:
        after = index + 1
    if after >= end or lowers[after] not in _COPULAS | {","}:
        return None
    if _product_head(doc, lowers, after + 1, end, products, binomial) or \
            _sourced_head(doc, lowers, after + 1, end, products):
        return PRODUCT
    return None


def text_named_drugs(blocks, taken_of, known_names, not_drug_words,
                     words: TextDrugWords, is_candidate=None, products: ProductWords = None,
                     is_product=None) -> dict[str, tuple[str, int, int]]:
    """The words of a text it names as drugs (lower case), each with why and where: (reason,
    block number, token index of the word in the sentence that gave the reason), in order
    of first reading. `blocks` are (doc, sentences) pairs; `taken_of(i)` the token indexes
    other matches of that block cover, those where a known drug's name starts, and
    optionally where a class is named ({start: end}).
    `is_candidate(text)`: `candidate_word` for these lists (a caller may keep its answers
    per spelling: the same words recur in every article)."""
    if is_candidate is None:
        def is_candidate(text):
            return candidate_word(text, known_names, not_drug_words)
    if is_product is None:
        def is_product(text):
            return product_candidate(text, known_names, not_drug_words)
    found: dict[str, tuple[str, int, int]] = {}
    for number, (doc, sentences) in enumerate(blocks):
        # (the words as strings, read once per Doc: no Token made for most words)
        lowers = doc_words.lower_words(doc)
        texts = doc_words.words(doc)
        strict = {i for i, text in enumerate(texts) if len(text) >= 6 and
                  lowers[i] not in found and is_candidate(text)}
        # (a product's name may be an English word: read only where it opens a sentence or
        # follows a label's colon, as `product_reason` asks)
        loose = set()
        if products is not None:
            openings = {s.token_start for s in sentences}
            loose = {i for i, text in enumerate(texts)
                     if (i in openings or i and lowers[i - 1] == ":") and len(text) >= 4 and
                     i not in strict and lowers[i] not in found and is_product(text)}
        free = sorted(strict | loose)
        if not free:
            continue
        # (other matches read only where a word may be a drug)
        taken, drug_starts, *rest = taken_of(number)
        classes = rest[0] if rest else None
        for sentence in sentences:
            start, end = sentence.token_start, sentence.token_end
            for index in free:
                lower = lowers[index]
                # "heparin sodium 5000 units": the second word of a drug's name
                # (one right after a class's name may be named by it: `_named_by_class`)
                if not start <= index < end or index in taken or index - 1 in taken and \
                        index not in (classes or {}).values() or lower in found:
                    continue
                # "Thyrogen (thyrotropin alfa for injection) is supplied as …": a brand
                # before a known drug's name in brackets is that drug, not another one
                if index + 2 < end and lowers[index + 1] == "(" and index + 2 in drug_starts:
                    continue
                reason = reason_at(doc, start, end, index, words, classes) \
                    if index in strict else None
                if reason is None and products is not None:
                    reason = product_reason(doc, start, end, index, products)
                if reason is not None:
                    found[lower] = (reason, number, index)
    return found


def plain_reason(reason: str, line: int) -> str:
    """What a mention says of why it is a drug: 'taken for a drug because line 5
    describes it as one'."""
    return f"taken for a drug because line {line} {_SAID[reason]}"


def text_drug_matches(doc, matches, named) -> list:
    """`matches` with every word of `named` the other matches leave free as a drug, but not
    right after a drug's name ("Heparin sodium" once "Sodium 2300 mg" made sodium one)."""
    if not named:
        return matches
    taken = {i for m in matches for i in range(m[2], m[3])}
    taken.update(m[3] for m in matches if m[0] == "drug")
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
