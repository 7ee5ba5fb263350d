"""Whose clause it is: cues that a clause of a drug sentence is about other drugs.

A pure judgment on a spaCy doc, used by annotate/mechanisms.py.
"""

from __future__ import annotations

import re

from lint.annotate import doc_words
from lint.annotate.acronym_shapes import is_english_word
from lint.data import load_data

_WORDS = load_data("mechanism_words.yaml")

_OTHERS = {"others", "other", "remaining", "rest", "remainder"}
_CONTRAST_OPENERS = {"while", "whereas", "whilst", "but", "and", "although", "though", "the",
                     ",", "some", "most", "all"}


def names_other_subject(doc, start: int, end: int) -> bool:
    """'…, while others, such as elagolix, are small molecules', 'the remaining agents bind
    to …': the clause is about other drugs than the clause before, so it does not inherit
    that clause's subject."""
    index = start
    while index < end and index - start < 3 and doc[index].lower_ in _CONTRAST_OPENERS:
        index += 1
    return index < end and doc[index].lower_ in _OTHERS


# ("treatment of Parkinson disease" names what is treated, not what is given)
_GIVEN_WITH = {"with"}
_GIVING_REACH = 3  # opening words before the word of giving ("In treatment with")


def given_name(doc, start: int, end: int, giving) -> int | None:
    """'Treatment with M. pruriens improved T, LH, dopamine … and reduced levels of FSH'
    (round 40): a word of giving among the clause's first words, then 'with' and a
    capitalised name, says what is given: the clause is about that name, neither about the
    drug the text spoke of before nor about a substance it measured after. Where the name
    starts, or None. `giving`: the words of giving, lower case."""
    lowers = doc_words.lower_words(doc)
    for index in range(start, min(end - 2, start + _GIVING_REACH)):
        if lowers[index] in giving and lowers[index + 1] in _GIVEN_WITH:
            name = doc[index + 2].text
            return index + 2 if name[:1].isupper() and not is_english_word(name.lower()) \
                else None
    return None


_QUANTIFIERS = {"all", "each", "most", "many", "several"}
# What follows a quantifier that stands alone (the pipeline may tag no parts of speech):
# "of them", a verb of being or of acting.
_AFTER_QUANTIFIER = {"of", "are", "were", "is", "be", "have", "has", "share", "can", "may",
                     "also", "act", "affect", "block", "bind", "inhibit", "work", "cause",
                     "lower", "raise", "reduce", "increase", "decrease", "target", "belong",
                     "appear", "seem", "carry"}


def opens_with_quantifier(doc, start: int, end: int) -> bool:
    """'All are given parenterally', 'While all affect the L-type calcium channel', 'each
    of them': a quantifier standing for the drugs just spoken of (not 'All patients')."""
    index = start
    while index < end and index - start < 2 and doc[index].lower_ in _CONTRAST_OPENERS - {
            "all", "most"}:
        index += 1
    if index + 1 >= end or doc[index].lower_ not in _QUANTIFIERS:
        return False
    after = doc[index + 1]
    return after.lower_ in _AFTER_QUANTIFIER or after.norm_ in _AFTER_QUANTIFIER


_HORMONE_HEADS = {"hormone", "hormones", "sex", "steroid", "metabolite", "metabolites"}


def describes_hormone(doc, end: int) -> bool:
    """'dihydrotestosterone (DHT), an androgen sex hormone': a class word before 'hormone'
    says what a hormone is, not what the drug is."""
    return end < len(doc) and doc[end].lower_ in _HORMONE_HEADS


def classifies_hormone(doc, m_end: int, matches) -> bool:
    """'the endogenously produced androgen testosterone', 'the endogenous androgen,
    testosterone, is …': a class word set right before a hormone's name (or before it in
    commas) says what that hormone is; the clause is about the hormone, not about the
    class's medicines."""
    after = m_end + (m_end < len(doc) and doc[m_end].text == ",")
    return any(m[0] == "hormone" and m[2] == after for m in matches)


def aside_owners(doc, matches, start: int, end: int) -> dict[int, str]:
    """'after failure of tamoxifen (another antiestrogen that acts by blocking the estrogen
    receptor)': what a bracket right after a drug's name says is said of that drug. Keyed by
    the start of each match inside such a bracket, within the clause from `start` to `end`."""
    owners: dict[int, str] = {}
    by_end = {m[3]: m for m in matches if m[0] == "drug"}
    for index in by_end:
        if index >= end or doc[index].text != "(":
            continue
        token = doc[index]
        close = next((t.i for t in doc[token.i + 1:end] if t.text == ")"), None)
        if close is None or close - token.i < 4:
            continue  # "(HCG)", "(Lopressor, 1978)": a name or a date, said of nothing
        owner = by_end[token.i][1]
        for m in matches:
            if token.i < m[2] and m[3] <= close and m[0] != "drug":
                owners[m[2]] = owner
    return owners


def defines_heading_drug(doc, start: int, subjects, heading, heading_via: str) -> bool:
    """'## anastrozole' / 'An anticancer drug that is used to decrease estrogen …': a
    glossary definition opening with 'A'/'An' and a class is about the heading's drug; the
    class is said of it."""
    return bool(heading) and heading_via == "heading" and doc[start].lower_ in ("a", "an") \
        and bool(subjects) and all(s.startswith("class:") or s not in heading
                                   for s in subjects)


_LIST_GLUE = {",", "and", "or"}
_YEAR = re.compile(r"(?:19|20)\d\d")
_LIST_SKIP = 12  # tokens of a bracketed aside after a listed drug ("(meth il tes …)")


def listed_aside(words: list[str]) -> bool:
    """What may stand between two drugs of a list besides its commas and 'and': nothing, a
    bracket ('(Victoza)'), the year it came ('in 2010', as LiverTox lists approvals), or
    both ('liraglutide (Victoza) in 2010, albiglutide …')."""
    if len(words) >= 2 and words[-2] == "in" and _YEAR.fullmatch(words[-1]):
        words = words[:-2]
    return not words or (words[0] == "(" and words[-1] == ")")


def coordinated_drugs(doc, matches, last) -> list[str]:
    """'methyltestosterone, fluoxymesterone and oxandrolone': the drugs of the list that
    ends with the drug match `last`, read back over commas, 'and', 'or' and brackets."""
    drugs = [m for m in matches if m[0] == "drug" and m[3] <= last[2]]
    # "vardenafil (Levitra: 2003) and avanafil": a name in the bracket after a name is its
    # brand, part of the bracket read over below
    ends = {m[3] for m in drugs}
    drugs = [m for m in drugs if not (m[2] > 0 and doc[m[2] - 1].text == "(" and
                                      m[2] - 1 in ends)]
    out, start = [last[1]], last[2]
    for match in reversed(drugs):
        between = doc[match[3]:start]
        words = [t.text for t in between if t.text not in _LIST_GLUE]
        if len(between) > _LIST_SKIP or not listed_aside(words):
            break
        if not any(t.text in _LIST_GLUE for t in between):
            break
        out.append(match[1])
        start = match[2]
    return list(dict.fromkeys(reversed(out)))


_APPOSITION_REACH = 5  # words of the noun phrase a name stands in apposition to


_COMPARING = {"like", "unlike", "than", "versus", "resembling", "resembles"}
_COMPARED_TO = {"similar", "compared", "identical", "analogous", "related", "equivalent"}


def compared_apposition(doc, start: int, m_start: int) -> bool:
    """'similar to the natural hormone, somatostatin': the name after the comma restates a
    noun phrase that a word of comparison governs, so it is no subject; so does a name right
    after such a noun phrase ('unlike its predecessor Brexanolone', round 20)."""
    if m_start - 1 <= start:
        return False
    comma = doc[m_start - 1].text == ","
    index = m_start - 2 if comma else m_start - 1
    determined = False
    while index >= start and m_start - 2 - index < _APPOSITION_REACH:
        word = doc[index].lower_
        if word in _COMPARING or (word == "to" and index > start and
                                  doc[index - 1].lower_ in _COMPARED_TO):
            # a noun phrase ("the natural hormone"), not a name ("unlike enclomifene, …");
            # a name right after it only when the comparison denies ("Sertraline, like its
            # predecessor fluoxetine, is an SSRI": said of both)
            return determined and (comma or word == "unlike")
        if not doc[index].is_alpha:
            return False
        determined = determined or word in ("the", "a", "an", "its", "their")
        index -= 1
    return False


_THAN_REACH = 25  # words from "than" to a drug its compared noun phrase lists
# what ends the compared phrase: a new clause
_THAN_STOPS = {";", ":", "which", "who", "whereas", "while", "although", "though", "because",
               "but", "whose"}
_THAN_CLAUSE_JOINS = {"and", "or", "but", "while", "whereas", "so", "yet"}


def compared_after_than(doc, start: int, m_start: int, named: set[int],
                        phrase_only: bool = False) -> bool:
    """'… possesses a far lower affinity for the serotonin transporter (SERT) than drugs in
    the SSRI class, such as fluoxetine (Prozac) and citalopram' (round 22), '… higher than
    reductions found with the related SERMs tamoxifen and raloxifene' (round 14): the drugs
    of the noun phrase after 'than' are what the subject is compared with, no subjects.
    Not 'more than 50% of patients …' (a quantity), nor past a new clause (', and it …').
    `named` holds the tokens drug names cover. With `phrase_only` (a class), the compared
    noun phrase itself: no name or 'as' between ('more favorable than clomifene as a
    progonadotropin' says the role of the subject)."""
    lowers = doc_words.lower_words(doc)
    index = m_start - 1
    if not phrase_only and _after_fronted_clause(lowers, m_start, named):
        return False
    while index >= start and m_start - index <= _THAN_REACH:
        word = lowers[index]
        if word in _THAN_STOPS:
            return False
        if word == "," and index + 1 < m_start and lowers[index + 1] in _THAN_CLAUSE_JOINS \
                and index + 2 < m_start and index + 2 not in named and \
                lowers[index + 2] not in ("such", "other", "the", "its"):
            return False  # ", and it inhibits …": another clause
        if phrase_only and (index in named or word == "as"):
            return False
        if word == "than":
            if index > 0 and lowers[index - 1] in ("rather", "other"):
                return False  # "rather than", "other than": no comparison of two drugs
            after = lowers[index + 1] if index + 1 < len(lowers) else ""
            return not (after[:1].isdigit() or after in _QUANTITY_WORDS)
        index -= 1
    return False


_GUARD_WORDS = load_data("mechanism_guards.yaml")


def _after_fronted_clause(lowers, m_start: int, named: set[int]) -> bool:
    """'Because it is more potent than codeine, morphine is given intravenously': a name right
    after the comma that closes a fronted clause starts the main clause (it is its subject).
    A comma of a list ('than tamoxifen, raloxifene and bazedoxifene') has the list go on
    after the name."""
    if m_start == 0 or lowers[m_start - 1] != ",":
        return False
    index = m_start
    while index < len(lowers) and index in named:
        index += 1
    if index < len(lowers) and lowers[index] == "(":  # "morphine (MS Contin) is …"
        close = next((i for i in range(index + 1, min(len(lowers), index + 8))
                      if lowers[i] == ")"), None)
        index = close + 1 if close is not None else index
    after = lowers[index] if index < len(lowers) else ""
    return after not in (",", "and", "or", "/", ")", ";", ".", "")


# a quantity or baseline after "than" ("more than half", "higher than expected"), no drug
_QUANTITY_WORDS = frozenset(_GUARD_WORDS["number_words"]) | frozenset(
    _GUARD_WORDS["than_quantity_words"])


_SAME_REACH = 5  # "the same intracellular receptor as": words from "same" to "as"


def same_as(doc, start: int, m_start: int) -> bool:
    """'Sirolimus binds to the same intracellular receptor as tacrolimus and cyclosporine,
    but … blocks mTOR': the drugs a comparison of sameness names are no subjects."""
    index, lowers = m_start - 1, doc_words.lower_words(doc)
    alpha = doc_words.flags(doc, "IS_ALPHA")
    while index > start and m_start - index <= _LIST_REACH:
        word = lowers[index]
        if word == "as":
            return "same" in lowers[max(start, index - _SAME_REACH):index]
        if not (alpha[index] or word == ","):
            return False
        index -= 1
    return False


_RELEASE_NOUNS = {"release", "secretion", "production", "levels", "synthesis"}
_RELEASE_VERBS = {"release", "secrete", "produce"}
_LIST_REACH = 16


def released_in_list(doc, start: int, m_start: int) -> bool:
    """'inhibits release of serotonin, gastrin, vasoactive intestinal peptide, secretin, …':
    a drug named among the hormones whose release is changed is one of them, no subject;
    so is one after 'to release' ('stimulates the adrenal glands to release cortisol,
    dehydroepiandrosterone (DHEA), …')."""
    index, lowers = m_start - 1, doc_words.lower_words(doc)
    alpha = doc_words.flags(doc, "IS_ALPHA")
    while index > start and m_start - index <= _LIST_REACH:
        word = lowers[index]
        if word == "of":
            return lowers[index - 1] in _RELEASE_NOUNS
        if word in _RELEASE_VERBS and lowers[index - 1] == "to":
            return True  # "stimulates the adrenal glands to release cortisol, DHEA (…), …"
        if not (alpha[index] or word in (",", "-", "(", ")")):
            return False
        index -= 1
    return False


_COMBINED = {"combination", "combinations", "combined", "conjunction", "together", "along",
             "coadministered",
             "co-administered", "coadministration", "co-administration", "fixed-dose"}
_CO_PRESCRIBED = _COMBINED - {"together", "along"}
_PARTNER_REACH = 10  # words from "with" to a partner named in a list or after "such as"
_PARTNER_STOPS = {";", ":", ".", "(", ")", "which", "that", "who", "whereas", "while", "but"}


_PRODUCT_WORDS = {"available", "marketed", "sold", "formulated", "supplied", "comes", "come",
                  "approved"}


def combination_partner(doc, start: int, m_start: int) -> bool:
    """'It is also available in combination with other cardiovascular agents such as
    amlodipine': the partner of a combination product is no subject of the clause (nor is
    its target: '… in combination with …, a beta-lactamase inhibitor'), nor is a drug
    given in combination with the subject ('is given in combination with prednisone'):
    its co-prescription. 'Treatment with tamoxifen raises LH' names its agent, and
    'Along with desogestrel, it is …' shares the predicate, as 'FSH preparations in
    combination with hCG' are one therapy of both."""
    index, lowers = m_start - 1, doc_words.lower_words(doc)
    reach = m_start - _PARTNER_REACH
    while index > start and index >= reach:
        word = lowers[index]
        if word == ")" and index - 1 > start and lowers[index - 1] != "(":
            # "in combination with granulocyte-macrophage colony-stimulating factor (GM-CSF),
            # interleukin-2 (IL-2), and 13-cis-retinoic acid" (an FDA label): a bracketed
            # abbreviation after a partner's name is part of it, not a stop; a dose or a
            # brand ("carboplatin (AUC 5)", "lenalidomide (Revlimid)") is a stop
            opening = next((i for i in range(index - 1, max(start, index - 6) - 1, -1)
                            if lowers[i] == "("), None)
            if opening is not None and opening > start and \
                    _abbreviation(doc[opening + 1:index].text):
                reach -= index - opening + 1
                index = opening - 1
                continue
        if word == "-":
            reach -= 2  # "colony-stimulating": one word of the partner's name
        if word in _PARTNER_STOPS:
            return False
        if word == "with" and _given_with(doc, start, index):
            return True  # "they may be given alone or, more frequently, with a glucocorticoid"
        if word == "with" and index - 2 >= start and lowers[index - 2:index] == ["for", "use"]:
            # "X, a progestogen, completed trials for use with 17beta-estradiol" (round 24):
            # what the subject is to be used with, its partner
            return True
        if word in ("with", "plus") and lowers[index - 1] in _COMBINED:
            # "given in combination with prednisone", "3 to 6 mg daily, often in combination
            # with levodopa": a co-prescription, whatever the clause's verb; "along with
            # desogestrel, it is …" shares the predicate unless a product is meant
            return (lowers[index - 1] in _CO_PRESCRIBED and
                    not _therapy_named(doc, start, index - 1)) or \
                any(w in _PRODUCT_WORDS for w in lowers[start:index])
        index -= 1
    return False


_THERAPY_NOUNS = set(_WORDS["forms_of_one_drug"]) | {"preparation", "formulation", "therapy",
                                                      "therapies", "treatment", "regimen"}


def _abbreviation(text: str) -> bool:
    """'GM-CSF', 'IL-2', 'RA': one upper-case abbreviation, no spaces (not 'AUC 5',
    '500 mg/m2' nor a brand such as 'Revlimid')."""
    bare = text.replace("-", "")
    return bool(bare) and bare.isalnum() and " " not in text and text == text.upper() and \
        any(c.isalpha() for c in bare)


def _therapy_named(doc, start: int, index: int) -> bool:
    """'studies with FSH preparations in combination with hCG': the combination is one
    therapy of both drugs (a noun before it), not a co-prescription of the subject's."""
    before = index - 1 if index - 1 > start and doc[index - 1].lower_ == "in" else index
    return before - 1 >= start and doc[before - 1].lower_ in _THERAPY_NOUNS


_GIVEN = set(_WORDS["given_verbs"])
_GIVEN_GLUE = {",", "alone", "or", "and", "more", "also", "together", "most"}
_GIVEN_REACH = 6  # words from a verb of giving to its "with"


def _given_with(doc, start: int, index: int) -> bool:
    """'given alone or, more frequently, with a glucocorticoid': 'with' after a verb of
    giving, past adverbs and 'alone or', names what else is given."""
    before = index - 1
    while before >= max(start, index - _GIVEN_REACH) and (
            doc[before].lower_ in _GIVEN_GLUE or doc[before].lower_.endswith("ly")):
        before -= 1
    return before >= start and doc[before].lower_ in _GIVEN and doc[before].lower_ != "used"


_PARTNER_DOSE_REACH = 3  # words from a partner's name to its own schedule ("… twice daily")


def partners_schedule(doc, start: int, index: int, matches) -> bool:
    """'1000 mg daily in combination with 5 mg of prednisone twice daily': the schedule
    right after a co-prescribed partner is the partner's, not the subject's."""
    return any(m[0] == "drug" and m[3] <= index and index - m[3] <= _PARTNER_DOSE_REACH and
               not any(t.is_punct for t in doc[m[3]:index]) and
               combination_partner(doc, start, m[2]) for m in matches)


def in_brackets(doc, start: int, index: int) -> bool:
    """The token at `index` sits inside brackets opened after `start`."""
    depth = 0
    for word in doc_words.words(doc)[start:index]:
        depth += word == "("
        depth -= word == ")" and depth > 0
    return depth > 0


def antecedents(doc, start: int, subjects, matches) -> list[str]:
    """'Diphenhydramine belongs to the ethanolamine class of antihistamines (with clemastine
    and dimenhydrinate). It is still widely used …': of a clause's drug subjects, those a
    pronoun after it can point back to — not the ones named only inside brackets, while
    one is named outside them."""
    outside = {m[1] for m in matches if m[0] == "drug" and m[2] >= start and
               not in_brackets(doc, start, m[2])}
    kept = [s for s in subjects if s in outside or s.startswith("class:")]
    return kept if any(s in outside for s in kept) else list(subjects)


_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}


def counted_anaphor(doc, start: int, end: int) -> int | None:
    """'All four of these agents are available …', 'Both drugs …', 'These three agents': the
    number of drugs a plural anaphor counts (None when it counts none)."""
    words = doc_words.lower_words(doc)[start:min(end, start + 5)]
    if not words or not ({"these", "those", "both"} & set(words)):
        return None
    return next((_COUNTS[w] for w in words[:4] if w in _COUNTS), None)


# Words of a product's name after the drug's ("FORTEO (teriparatide injection)", "(tamoxifen
# citrate tablets)"): the bracket still names the drug alone.
_PRODUCT_FORMS = {"injection", "injectable", "tablet", "tablets", "capsule", "capsules", "for",
                  "oral", "solution", "suspension", "nasal", "spray", "cream", "gel", "patch",
                  "implant", "powder", "use", "extended-release", "delayed-release", "film"}
_MARKS = {"®", "™", "(R)"}


def _brand_word(token) -> bool:
    """A product's name as labels and monographs write it: 'KORLYM', 'Forteo'. Never a word
    the English vocabulary knows ('Dose', 'Approved', 'Plus'): read as a brand, it would name
    the drug wherever the text uses the word."""
    text = token.text
    return len(text) >= 4 and text.isalpha() and text[0].isupper() and not token.is_stop \
        and not is_english_word(token.lower_)


_ABBREVIATION_LETTERS = (2, 5)
# "Metformin (MR)", "Gliclazide MR": a route or release code after a name is no short name
_RELEASE_CODES = frozenset(load_data("mechanism_guards.yaml")["route_release_codes"])


def abbreviates(short: str, name: str) -> bool:
    """'PMV' of 'Pimavanserin', 'BZA' of 'bazedoxifene acetate': capitals a text defines in
    brackets after a drug's name, its first letter and the others in order in the name (not
    'FDA', 'CYP3A4', nor a word the English vocabulary knows)."""
    low, high = _ABBREVIATION_LETTERS
    if not (low <= len(short) <= high and short.isalpha() and short.isupper()) or \
            is_english_word(short.lower()) or short.lower() in _RELEASE_CODES:
        return False
    name = name.lower()
    if not name.startswith(short[0].lower()):
        return False
    at = 1
    for letter in short[1:].lower():
        at = name.find(letter, at)
        if at < 0:
            return False
        at += 1
    return True


def declared_brands(doc, matches, known=frozenset()) -> dict[str, str]:
    """'KORLYM (mifepristone)', 'FORTEO (teriparatide injection)', 'Teriparatide (Forteo)':
    a name the text gives a drug, with the drug in brackets after it or after the drug in
    brackets, names that drug wherever the text uses it (brand spelling -> drug key). The
    knowledge base has no brands for most drugs; the text says which it means. So do a
    bracket of brands after a drug ('fosinopril (Monopril: 1991)', 'nystatin (1971:
    Mycostatin, Nystat)'): a brand read as a drug by its name's form alone (a key not in
    `known`) is the drug's. Lists after 'brand/trade name(s)' are `sold_under_brands`'s."""
    out: dict[str, str] = {}
    taken = {i for m in matches for i in range(m[2], m[3])}
    drugs = [m for m in matches if m[0] == "drug"]
    unknown = {i for m in drugs if m[1] not in known for i in range(m[2], m[3])}
    for start, key in _bracketed_brands(doc, drugs, taken - unknown):
        out.setdefault(doc[start].text, key)
    for kind, key, start, end in matches:
        if kind != "drug":
            continue
        # "Teriparatide (Forteo)" (not "antidiuretic hormone (SIADH)": capitals after a
        # name abbreviate a phrase the name ends)
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and \
                end + 1 not in taken and _brand_word(doc[end + 1]) and \
                not doc[end + 1].text.isupper() and \
                not _listed_after_another(doc, drugs, start, key):
            out.setdefault(doc[end + 1].text, key)
        # "Pimavanserin (PMV)", "bazedoxifene acetate (BZA)" (round 20): the text's short
        # name for the drug, its initials
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and \
                end + 1 not in taken and abbreviates(doc[end + 1].text,
                                                     doc[start:end].text) and \
                not _listed_after_another(doc, drugs, start, key):
            out.setdefault(doc[end + 1].text, key)
        # "KORLYM® (mifepristone) 300 mg Tablets", "FORTEO (teriparatide injection)"
        if start < 2 or doc[start - 1].text != "(":
            continue
        close = end
        while close < len(doc) and close - end < 3 and doc[close].lower_ in _PRODUCT_FORMS:
            close += 1
        if close >= len(doc) or doc[close].text != ")":
            continue
        before = start - 2
        if before > 0 and doc[before].text in _MARKS:
            before -= 1
        # ("Treatment (tamoxifen) …": a capital at a sentence's start makes no name; a
        # label writes its brand in capitals)
        opening = before == 0 or doc[before - 1].text in (".", "!", "?", ":", ";")
        if before not in taken and _brand_word(doc[before]) and (
                doc[before].text.isupper() or not opening):
            out.setdefault(doc[before].text, key)
    return out


def _listed_after_another(doc, drugs, start: int, key: str) -> bool:
    """'Oxandrolone and stanozolol (brand names Oxandrin and Winstrol)': the drug at `start`
    ends a list of drugs, so the products after it are not its alone."""
    if start < 2 or doc[start - 1].lower_ not in ("and", "or", ",", "/"):
        return False
    return any(m[3] == start - 1 and m[1] != key for m in drugs)


_YEAR_WORD = re.compile(r"(?:1[89]|20)\d\d$")
_BRAND_REACH = 12  # words from a drug's name to the bracket's close


def _bracketed_brands(doc, drugs, taken) -> list[tuple[int, str]]:
    """(token, drug key) of each brand in a bracket of brands after a drug: 'fosinopril
    (Monopril: 1991)', 'nystatin (1971: Mycostatin, Nystat)'. `taken`: tokens a known name
    covers, never a brand. (Lists after 'brand/trade name(s)' are `sold_under_brands`'s.)"""
    out = []
    lowers = doc_words.lower_words(doc)
    for kind, key, start, end in drugs:
        if end >= len(doc) or doc[end].text != "(" or \
                _listed_after_another(doc, drugs, start, key):
            continue
        close = next((i for i in range(end + 1, min(len(doc), end + _BRAND_REACH))
                      if doc[i].text == ")"), None)
        if close is None:
            continue
        inside = list(range(end + 1, close))
        if any(lowers[i] in _BRAND_NOUNS for i in inside):
            continue  # "(brand names Mazanor, Sanorex)": a declaration, read below
        segments, segment = [], []
        for i in inside:
            if lowers[i] in (",", ":", ";", "and"):
                segments.append(segment)
                segment = []
            elif doc[i].text not in _MARKS:
                segment.append(i)
        segments.append(segment)
        brands = [seg[0] for seg in segments if len(seg) == 1 and seg[0] not in taken and
                  _brand_word(doc[seg[0]]) and not doc[seg[0]].text.isupper()]
        rest = [seg for seg in segments if seg and not (
            len(seg) == 1 and (seg[0] in brands or _YEAR_WORD.match(doc[seg[0]].text)))]
        # every segment a brand or a year: "(Dose: 20 mg)" lists no products
        if brands and not rest:
            out.extend((i, key) for i in brands)
    return out


# "sold under the brand names Vantas and Supprelin LA among others", "(brand names Mazanor,
# Sanorex)": the encyclopaedia's and the monograph's declaration of a drug's products
_BRAND_NOUNS = {"brand", "trade", "proprietary"}
_BRAND_LIST_JOINS = {",", "and", "or"}


def _listed_brands(doc, index: int) -> list[int]:
    """The brand words listed from `index` ('Vantas and Supprelin LA among others'): each a
    product's name of one word, or one word and an upper-case suffix of up to three letters
    ('LA', 'XR'); the list stops at anything else ('Sandostatin, Novartis Pharmaceuticals'
    keeps Sandostatin only)."""
    out, i = [], index
    while i < len(doc) and _brand_word(doc[i]):
        end = i + 1
        if end < len(doc) and doc[end].text.isupper() and doc[end].text.isalpha() and \
                len(doc[end].text) <= 3:
            end += 1  # "Supprelin LA"
        if end < len(doc) and doc[end].text not in _BRAND_LIST_JOINS | {")", ".", ";"} and \
                doc[end].lower_ not in ("among", "in", "for", "by"):
            break  # "Novartis Pharmaceuticals": a maker, not a product
        out.append(i)
        i = end
        while i < len(doc) and doc[i].lower_ in _BRAND_LIST_JOINS:
            i += 1
    return out


def brand_list_positions(doc) -> set[int]:
    """Where a text lists product names after 'brand name(s)' / 'trade name(s)': the words
    of the declaration, which name no drug of their own there ('similarly to elagolix (brand
    name Orilissa), relugolix is …' compares elagolix, in the bracket too)."""
    lowers = doc_words.lower_words(doc)
    return {j for i in range(len(doc) - 2) if lowers[i] in _BRAND_NOUNS and
            lowers[i + 1] in ("name", "names") for j in _listed_brands(doc, i + 2)}


def sold_under_brands(doc, matches, known) -> dict[str, str]:
    """'Histrelin acetate, sold under the brand names Vantas and Supprelin LA among others,
    is …', 'Mazindol (brand names Mazanor, Sanorex) is …': each product name listed names
    the one drug before it (brand spelling -> drug key). Not a combination's product ('A/B
    (EE/SGA), sold under the brand name Annovera'), nor a word the knowledge base knows as
    another drug (`known(key)`: a drug of the knowledge base)."""
    out: dict[str, str] = {}
    drugs = [m for m in matches if m[0] == "drug"]
    lowers = doc_words.lower_words(doc)
    for i in range(1, len(doc) - 2):
        if lowers[i] not in _BRAND_NOUNS or lowers[i + 1] not in ("name", "names"):
            continue
        opener = lowers[i - 1]
        if opener == "the" and i >= 2 and lowers[i - 2] == "under":
            sentence = next((j + 1 for j in range(i - 1, -1, -1)
                             if doc[j].text in (".", "!", "?")), 0)
            before = [m for m in drugs if sentence <= m[2] and m[3] <= i]
            if len({m[1] for m in before}) != 1 or any(
                    doc[m[3]].text == "/" or (m[2] and doc[m[2] - 1].text == "/")
                    for m in before if m[3] < len(doc)):
                continue
        elif opener == "(":
            # the drug's name, or its name and another bracket ("Carbetocin (INN, BAN)")
            close = i - 2
            if close >= 0 and doc[close].text == ")":
                close = next((j - 1 for j in range(close - 1, max(close - 6, -1), -1)
                              if doc[j].text == "("), -1)
            before = [m for m in drugs if m[3] == close + 1]
            if len(before) != 1 or _listed_after_another(doc, drugs, before[0][2], before[0][1]):
                continue
        else:
            continue
        key = before[0][1]
        if not known(key):
            continue
        for j in _listed_brands(doc, i + 2):
            other = next((m for m in matches if m[2] <= j < m[3]), None)
            if other is not None and (other[0] != "drug" or known(other[1])):
                continue  # a name of something else: "Vantas" is histrelin's already
            out.setdefault(doc[j].text, key)
    return out


# verbs that join a subject to a noun phrase naming what it is
_LINKING = {"is", "are", "was", "were", "remains", "becomes"}
_PHRASE_BREAKS = {",", "(", ";", ":"}


def in_predicate(doc, subject_end: int, index: int) -> bool:
    """'Desmopressin is a synthetic replacement for vasopressin': the name at `index` is in
    the predicate of the subject ending at `subject_end` (not 'Canrenone is an antagonist of
    the MR as is spironolactone', nor a name after a comma or in brackets: 'was the third
    NSAA to be marketed, with flutamide …', '… tetracyclines (oxytetracycline, …)')."""
    verb = next((t.i for t in reversed(doc[subject_end:index]) if t.lower_ in _LINKING), None)
    if verb is None or (verb > 0 and doc[verb - 1].lower_ in ("as", "so")):
        return False
    return not any(t.text in _PHRASE_BREAKS for t in doc[verb:index])


# Nouns of what a drug does to its target
_ACTIONS = {"inhibition", "blockade", "blocking", "antagonism", "stimulation", "activation",
            "suppression", "engagement"}
_CONSEQUENCES = {"results", "result", "resulted", "leads", "lead", "led", "causes", "cause",
                 "caused", "produces", "produce", "generates", "generate", "inhibits",
                 "decreases", "increases", "reduces", "lowers", "raises"}
_ACTION_LEAD = {"the", "this", "such", "additional", "further", "its", "their"}


def opens_with_action(doc, start: int, end: int) -> bool:
    """'Inhibition of GH action results in decreased serum concentrations of IGF-I', 'The
    additional inhibition of androgenic steroid synthesis inhibits the growth …': a sentence
    opening with what the drug just spoken of does ('inhibition of …') and going on to its
    consequence is about that drug, like a pronoun."""
    index = start
    while index < end and index - start < 2 and doc[index].lower_ in _ACTION_LEAD:
        index += 1
    if index + 1 >= end or doc[index].lower_ not in _ACTIONS or doc[index + 1].lower_ != "of":
        return False
    return any(t.lower_ in _CONSEQUENCES for t in doc[index + 2:end])


_PEOPLE = set(_WORDS["people_nouns"])
_TAKING = set(_WORDS["taking_words"])
_OPENING_REACH = 3  # words from a clause's start that may still be its subject


def taken_by_people(doc, start: int, m_start: int) -> bool:
    """'It is taken by mouth … in people taking nonsteroidal anti-inflammatory drugs': the
    drug the people take, named inside the predicate, is who they are (not 'Men receiving
    enclomiphene had higher LH', where they open the clause)."""
    if m_start - start <= _OPENING_REACH or m_start < 2:
        return False
    index = m_start - 1
    while index > start and doc[index].lower_ in ("a", "an", "the", "other"):
        index -= 1
    return doc[index].lower_ in _TAKING and doc[index - 1].lower_ in _PEOPLE


_RELATIVE_WORDS = {"which", "that", "whose"}


def in_relative_object(doc, start: int, m_start: int) -> bool:
    """A drug named after a relative pronoun, with a word between and no comma or 'and'
    ('… the breakdown of cGMP which results in prolongation of … nitric oxide'): an object
    inside the relative clause, not the clause's subject (the caller asks only while no
    drug subject has been found before it)."""
    for index in range(m_start - 2, start, -1):
        word = doc[index].lower_
        if doc[index].text in (",", ";", ":") or word in ("and", "or"):
            return False
        if word in _RELATIVE_WORDS:
            return True
    return False


_PARTS = {"most", "all", "many", "some", "each", "both", "several", "few", "majority", "none",
          "any", "one", "two", "three", "four"}
_DEFINITE = {"the", "these", "those", "its", "their"}


def partitive(doc, start: int, m_start: int) -> bool:
    """'Most of these cephalosporins can be given …', 'All of the statins …': 'of' after a
    quantifier picks members of the class, which stays the clause's subject."""
    index = m_start - 1
    while index > start and doc[index].lower_ in _DEFINITE:
        index -= 1
    return index > start and doc[index].lower_ == "of" and doc[index - 1].lower_ in _PARTS \
        and index - 1 - start <= 1


_SUBJECT_PRONOUNS = {"it"}  # one drug; "they" may be people or a class (left to the reader)
_OPENER_REACH = 6  # words of an opening phrase before the pronoun ("In addition, it …")
_NOT_VERB_AFTER = {"and", "or", ",", "/", "(", "nor"}
# words that begin a clause inside the predicate with a subject of its own ("It is thought
# that tamoxifen …", "It is unclear whether clomiphene …")
_COMPLEMENTIZERS = {"that", "whether", "if", "when", "because", "since", "while", "whereas",
                    "although", "though", "unless", "until", "so", "but"}
_ADVERBIAL = {"when", "because", "since", "although", "though", "unless", "until", "while",
              "whereas"}
# words joining a clause to the one before: "it" right after one still opens its clause
_JOINING = {"and", "but", "so", "yet"}
# words before a drug given with another ("paired with anastrozole to lower estradiol"): that
# drug is the subject of what follows it, no object of the pronoun's verb
_PARTNER_WORDS = {"with", "plus", "alongside"}
_PARTNER_GLUE = {"the", "a", "an"}


def pronoun_subject(doc, start: int, end: int) -> int | None:
    """'It is a prodrug of dextromethamphetamine …', 'In addition, it inhibits dopamine and
    serotonin reuptake', 'It appears to work as well as oxytocin': where the clause opens
    with 'it' as its subject (at its start or after an opening phrase closed by a comma),
    followed by its verb. None otherwise ('It and X …', 'it' further on)."""
    lowers = doc_words.lower_words(doc)
    # "Because it is taken by mouth, anastrozole …": until its comma, a subordinate clause
    subordinate = lowers[start] in _COMPLEMENTIZERS and lowers[start] not in _JOINING
    for index in range(start, min(end, start + _OPENER_REACH + 1)):
        if lowers[index] in _SUBJECT_PRONOUNS:
            if subordinate:
                return None
            # ("and it is …", "but it is …": a clause's joining word before it)
            if index > start and lowers[index - 1] != "," and not (
                    index == start + 1 and lowers[start] in _JOINING):
                return None  # "Take it with …", "… of it", "makes it": an object
            if index + 1 >= end or lowers[index + 1] in _NOT_VERB_AFTER:
                return None
            return index
        if lowers[index] == ",":
            subordinate = False
        if index > start and (lowers[index] in (".", ";", ":") or
                              lowers[index] in _COMPLEMENTIZERS):
            return None
    return None


def in_pronoun_predicate(doc, pronoun: int, index: int, after: int, end: int) -> bool:
    """The name at `index` (to `after`) comes after the verb of the clause whose subject is the
    pronoun at `pronoun`, with no clause of its own opened between ('It is thought that X …'),
    and is no partner the rest of the clause speaks of ('It is paired with anastrozole to
    lower estradiol': anastrozole lowers it; 'combination forms with donepezil.' is an
    object)."""
    lowers = doc_words.lower_words(doc)
    before = index - 1
    while before > pronoun and lowers[before] in _PARTNER_GLUE:
        before -= 1
    if lowers[before] in _PARTNER_WORDS and _words_follow(lowers, after, end):
        return False
    # ("It is used … together with a low fat diet, when a statin is not sufficient", round
    # 20: an adverbial clause after a comma is no clause "it" stands before, as in "It is
    # thought that …")
    return index > pronoun + 1 and not any(
        (w in _COMPLEMENTIZERS and not (w in _ADVERBIAL and lowers[i - 1] == ",")) or w == ";"
        for i, w in enumerate(lowers[pronoun + 1:index], pronoun + 1))


def _words_follow(lowers, index: int, end: int) -> bool:
    """Words of the clause follow `index`, past a bracket right after it ('(Arimidex)')."""
    if index < end and lowers[index] == "(":
        index = next((i + 1 for i in range(index, end) if lowers[i] == ")"), end)
    return any(w.isalpha() for w in lowers[index:end])


_APPOSITION_GLUE = {",", "(", ")", "such", "as", "including", "e.g.", "e.g", "eg", "like", "the",
                    "a", "an"}
_APPOSITION_GAP = 4  # words between a class and a drug it is said of ("…), such as X")


def named_with_class(doc, index: int, matches) -> bool:
    """'as the prodrug mycophenolate mofetil', 'GnRH agonists (…), such as leuprorelin',
    'other intravenous hypnotic agents, such as propofol': a drug a class, a kind or 'such
    as' introduces is spoken of in its own right."""
    lowers = doc_words.lower_words(doc)
    if lowers[max(0, index - 2):index] == ["such", "as"] or \
            lowers[index - 1:index] == ["including"]:
        return True  # "other intravenous hypnotic agents, such as propofol": an example
    for m in matches:
        if m[0] in ("class", "kind") and index - _APPOSITION_GAP <= m[3] <= index and all(
                w in _APPOSITION_GLUE for w in lowers[m[3]:index]):
            return True
    return False
