"""How a drug is given: readings of route words beyond the extractor's own.

Pure judgments on a spaCy doc and the extractor's matches ((kind, key, start, end)),
used by annotate/mechanisms.py:

- a dosage form in brackets after a route names that route's forms ("transdermal
  (gel, cream, patch)", "vaginal (creams, suppositories)"), not routes of their own;
- a route's adverb right before a participle tells how that act is done ("vaginally
  penetrating intercourse"), not how the drug is given;
- a denial reaches a route a few words on ("is not to be administered intravenously",
  "should not be given intramuscularly");
- "in intravenous forms" names the route of some of the drug's products, one way it can
  be given among others; "also" before a route ("is also used topically") adds one more;
- a route said with a word of giving in a sentence about no drug in particular ("after
  subcutaneous administration", "As with other drugs administered by subcutaneous
  injection") presupposes the route of the drug the text is about; so does a schedule
  said of a dose in such a sentence ("The recommended adult oral dose ranges from 25 to
  50 mg three or four times daily", "Thereafter, schedule injections every 6 months").
"""

from __future__ import annotations

import re

from lint.annotate import doc_words
from lint.annotate.schedules import DOSE_UNITS, durations
from lint.data import load_data
from lint.normalise import singular

# domain words (drugs, dosing, routes, sites, effects) are data: mechanism_words.yaml
_WORDS = load_data("mechanism_words.yaml")

_NEGATIONS = {"not", "no", "never", "n't", "cannot", "neither", "nor"}
_DENIAL_REACH = 5
_DENIAL_STOPS = {",", ";", ":", "(", ")", "and", "but", "or", "only", "whereas", "while"}
_AVOIDED = {"avoided", "contraindicated", "prohibited"}
_AVOIDED_REACH = 8
_GIVING = set(_WORDS["giving"])


def form_of_route(doc, matches, start: int) -> bool:
    """The route word at `start` sits in brackets right after another route:
    'transdermal (gel, cream, patch)'."""
    index, words = start - 1, doc_words.words(doc)
    while index >= 0 and words[index] != "(":
        if words[index] in (")", ";", "|") or start - index > 8:
            return False
        index -= 1
    if index <= 0:
        return False
    return any(m[0] == "route" and m[3] == index for m in matches)


_ROUTE_PARTICIPLES = set(_WORDS["route_participles"])
_FORM_PLACES = frozenset(_WORDS["form_places"])


_DEFINITE = {"the", "these", "this", "those"}
_SENTENCE_ENDS = {".", "!", "?"}


def form_for_other_place(doc, start: int, end: int, matches) -> bool:
    """'The suppositories …' opening the sentence of 'urethral suppositories' or the next
    ('offered as urethral suppositories. The suppositories go in before sex') is that product
    again, not a rectal route; the place's own phrase is read as the intraurethral route
    (drugs.yaml `routes`). Only a sentence's opening words refer back so ('comes as the
    suppositories you put in …' names a form of its own); not further back, and not when a
    route follows the form in its sentence ('The suppositories, given rectally, …')."""
    if end - start != 1 or start == 0 or doc[start - 1].lower_ not in _DEFINITE or not (
            start == 1 or doc[start - 1].is_sent_start):
        return False
    floor, ends = start - 1, 0  # back to the start of the previous sentence
    while floor > 0 and not (doc[floor - 1].lower_ in _SENTENCE_ENDS and ends == 1):
        floor -= 1
        ends += doc[floor].lower_ in _SENTENCE_ENDS
    stop = next((at for at in range(end, len(doc)) if doc[at].lower_ in _SENTENCE_ENDS),
                len(doc))
    if any(m[0] == "route" and end <= m[2] < stop for m in matches):
        return False
    form = singular(doc[start].lower_)
    return any(doc[at].lower_ in _FORM_PLACES and singular(doc[at + 1].lower_) == form
               for at in range(floor, start - 1))


def manner_of_other_act(doc, start: int, end: int) -> bool:
    """'within 120 hours of vaginally penetrating intercourse': a route's adverb right
    before a participle tells how that act is done, not how the drug is given ('orally
    disintegrating tablets' still is)."""
    if end - start != 1 or end >= len(doc) or not doc[start].lower_.endswith("ly"):
        return False
    following = doc[end].lower_
    return following.endswith("ing") and following not in _ROUTE_PARTICIPLES


def modified_name(matches, start: int, end: int):
    """(kind, key) of a drug or class named right after a route word or right before its
    noun: 'the requirement for inhaled corticosteroids', 'despite corticosteroid inhalation
    therapy' give the route to the corticosteroids, not the sentence's subject (a route word
    joined to another drug's name is that drug's); the match."""
    for m in matches:
        if (m[2] == end or m[3] == start) and m[0] in ("drug", "class"):
            return m
    return None


_PHRASE_REACH = 6  # tokens between a route word and the drug its noun phrase names
_PHRASE_STOPS = {"and", "or", "but", "with", "to", "by", "than", "as", "in", "on", "for", "of",
                 "is", "are", "was", "were", "be", "been", "that", "which", "who", "not",
                 "include", "includes", "including", "such"}


def named_in_phrase(doc, matches, end: int):
    """The drug a route word's noun phrase ends in, a few words on: 'the orally available
    small-molecule drug ibutamoren mesylate' (a review's aim, after 'GH secretagogues, which
    include GH-releasing peptides and …'): the route is ibutamoren's, not the class's."""
    index = end
    while index < len(doc) and index - end <= _PHRASE_REACH:
        for m in matches:
            if m[2] == index and m[0] == "drug":
                return m if index > end else None
            if m[2] == index and m[0] in ("class", "hormone", "target"):
                # "Parenterally administered cephalosporins include cefazolin, …": the
                # phrase's head is the class, whose members the list names (round 6)
                return None
        token = doc[index]
        if token.lower_ in _PHRASE_STOPS or not (token.is_alpha or token.text == "-"):
            return None
        index += 1
    return None


def members_in_brackets(doc, matches, end: int) -> set[str]:
    """The drugs named in brackets right after a class's name: 'one of several oral
    tetracyclines used at that time (oxytetracycline, chlortetracycline)' (round 4) names its
    members, whose route the class's adjective says too."""
    words = doc_words.words(doc)
    index = end
    while index < len(doc) and words[index] != "(" and index - end < 5 and \
            words[index] not in (")", ";", ".", ","):
        index += 1  # ("tetracyclines used at that time (…)")
    if index >= len(doc) or words[index] != "(":
        return set()
    close = next((i for i in range(index, len(doc)) if words[i] == ")"), len(doc))
    return {m[1] for m in matches if m[0] == "drug" and index < m[2] and m[3] <= close}


_FORMS_OF_ONE_DRUG = set(_WORDS["forms_of_one_drug"])


_LIST_MARKS = {",", "and", "or", ";"}


def bracketed_item_route(doc, m_start: int, m_end: int) -> int | None:
    """'Includes sermorelin, GHK-Cu (topical), VIP, and NAD+.' (round 40): a route alone in
    brackets right after an item of a list is that item's; where the item's name ends (the
    token before the bracket), or None when the route is not so placed. A list item: a
    comma or 'and'/'or' before the name's word or right after the bracket."""
    if m_start < 2 or m_end >= len(doc) or doc[m_start - 1].text != "(" or \
            doc[m_end].text != ")":
        return None
    name_end = m_start - 1
    if not doc[name_end - 1].text[:1].isalnum():
        return None
    after = doc[m_end + 1].lower_ if m_end + 1 < len(doc) else ""
    before = doc[name_end - 2].lower_ if name_end >= 2 else ""
    return name_end if after in _LIST_MARKS or before in _LIST_MARKS else None


def one_of_its_forms(doc, start: int, end: int) -> bool:
    """'In intravenous forms, diphenhydramine is used …': the route of some of its
    products, one way among others it is given (the plural says so; 'in oral form' is its
    route)."""
    return start > 0 and doc[start - 1].lower_ == "in" and end < len(doc) and \
        doc[end].lower_ in _FORMS_OF_ONE_DRUG


_ADDED_REACH = 7
_ADDED_STOPS = _DENIAL_STOPS | {".", "than", "not", "never", "no"}


def one_more_route(doc, clause_start: int, start: int) -> bool:
    """'Minoxidil is also used topically to treat male pattern baldness', 'It is also
    available in solution for intravenous administration': 'also' before the route, within
    its phrase, adds a way of giving the drug to one said elsewhere: modality `additional`, a
    fact about the drug, but not its one route to compare with other places."""
    return _said_before(doc, clause_start, start, _ADDED_REACH, _ADDED_STOPS, {"also"})


def _said_before(doc, clause_start: int, start: int, reach: int, stops, words) -> bool:
    """One of `words` within `reach` words before `start`, in the clause and not past a
    word of `stops` (the end of the route's phrase)."""
    index = start - 1
    while index >= clause_start and start - index <= reach:
        word = doc[index].lower_
        if word in stops:
            return False
        if word in words:
            return True
        index -= 1
    return False


def route_denied(doc, clause_start: int, start: int) -> bool:
    """'is not to be administered intravenously': a negation up to a few words before the
    route, within its phrase; 'The intramuscular route … should be avoided'."""
    for token in doc[start + 1:min(len(doc), start + _AVOIDED_REACH)]:
        if token.text in _DENIAL_STOPS:
            break
        if token.lower_ in _AVOIDED:
            return True
    return _said_before(doc, clause_start, start, _DENIAL_REACH, _DENIAL_STOPS, _NEGATIONS)


def presupposed_route(doc, start: int, end: int, matches) -> bool:
    """A route said with a word of giving ('after subcutaneous administration',
    'administered by subcutaneous injection') in the clause from `start` to `end`, which
    names no drug, class or hormone ('allows for oral administration of testosterone' is
    about testosterone)."""
    if any(m[0] in ("drug", "class", "hormone") and start <= m[2] < end for m in matches):
        return False
    if any(m[0] == "route" and start <= m[2] < end for m in matches) and (
            opens_with_forms(doc, start, end, matches) or forms_available(doc, start, end)):
        return True
    for kind, _key, m_start, m_end in matches:
        if kind != "route" or not start <= m_start < end:
            continue
        around = {t.lower_ for t in doc[max(start, m_start - 3):min(end, m_end + 2)]
                  if not m_start <= t.i < m_end}  # ("An infusion takes an hour": no giving)
        if around & _GIVING or _after_dose(doc, start, m_start):
            return True
    return False


_MARKETED = set(_WORDS["marketed"])
_NEVER = {"not", "never", "n't"}


def never_marketed(doc, start: int, end: int) -> bool:
    """'A birth control implant … was also developed but ultimately was not marketed', 'was
    never approved': a product that did not reach the market, no form the drug is given in."""
    lowers = doc_words.lower_words(doc)
    return any(word in _MARKETED and not _NEVER.isdisjoint(lowers[max(start, index - 2):index])
               for index, word in enumerate(lowers[start:end], start))


def _after_dose(doc, start: int, index: int) -> bool:
    """'600 to 2700 mg im or iv daily': a route right after a dose's amount gives it."""
    return index - 2 >= start and doc[index - 1].lower_ in DOSE_UNITS and \
        doc[index - 2].like_num


_DOSED_REACH = 2  # tokens between a drug's name and its dose ("dienogest, 2 mg")


def dosed_schedule(doc, start: int, end: int, matches) -> dict[int, str]:
    """'saroglitazar 4 mg once daily' (round 24): a frequency right after a dose that follows
    a drug's name says how that drug is given, with no verb of giving in the sentence. Each
    such frequency (by its first token) is that drug's alone: in 'alendronate 70 mg once
    weekly plus calcium carbonate 600 mg twice daily' the second is the supplement's; a dose
    no drug is named right before ('calcium 1000 mg daily') gives no drug a schedule."""
    named = sorted((m[3], m[1]) for m in matches if m[0] == "drug" and start <= m[2] < end)
    dosed = {}
    for m in matches:
        if m[0] != "schedule" or not start <= m[2] < end:
            continue
        drug = premodified_drug(doc, start, end, m[2], m[3], matches)
        if drug is not None:
            dosed[m[2]] = drug
            continue
        dose_end = _dose_end(doc, start, m[2])
        if not _after_dose(doc, start, dose_end):
            continue
        before = [(e, drug) for e, drug in named if e <= dose_end - 2]
        if before and dose_end - 2 - before[-1][0] <= _DOSED_REACH:
            dosed[m[2]] = before[-1][1]  # the nearest name before the dose, no earlier one
    return dosed


_BETWEEN_REACH = 3  # route words between a dose and its frequency ("mg by mouth )")
_PREMODIFIER_GLUE = {",", "-"}  # "once-weekly, subcutaneous mazdutide"
_PREMODIFIER_REACH = 3  # tokens between the frequency and the name (glue and route words)
_APPOSITION_ARTICLES = {"a", "an"}


def premodified_drug(doc, start: int, end: int, m_start: int, m_end: int,
                     matches) -> str | None:
    """The drug a frequency describes as a word before its name or its apposition: 'once-weekly
    cagrilintide', 'once-daily liraglutide 3 mg', 'once-weekly, subcutaneous mazdutide'
    (rounds 32, 34: trial reports and titles), 'mazdutide, a once-weekly GLP-1 and glucagon
    receptor agonist'. How often that drug is given, said without a verb of giving; the
    name's drug alone (not the others of the sentence)."""
    routes = {i for m in matches if m[0] == "route" and start <= m[2] < end
              for i in range(m[2], m[3])}
    hyphenated = m_start - 2 > start and doc[m_start - 1].text == "-" and \
        doc[m_start - 2].lower_ == "once"
    index = m_end
    while index < end and index - m_end < _PREMODIFIER_REACH and (
            doc[index].text in _PREMODIFIER_GLUE or index in routes):
        if doc[index].text == "," and not (
                index + 1 in routes and (hyphenated or not _predicative(doc, start, m_start))):
            # "is taken weekly, ibandronate is …", "metformin twice daily, sitagliptin once
            # daily": a comma ends the frequency unless a route word goes on describing the
            # name ("once-weekly, subcutaneous mazdutide")
            break
        index += 1
    drug = next((m[1] for m in matches if m[0] == "drug" and m[2] == index), None)
    if drug is not None and index < end:
        return drug
    # ", a once-weekly …" right after a drug's name: the apposition says how it is given
    if hyphenated:
        m_start -= 2  # the lexicon's word is "weekly"; "once-" opens the frequency
    if m_start - 2 > start and doc[m_start - 1].lower_ in _APPOSITION_ARTICLES and \
            doc[m_start - 2].text == "," and _closed_apposition(doc, end, m_end, matches):
        return next((m[1] for m in matches if m[0] == "drug" and m[3] == m_start - 2), None)
    return None


def _predicative(doc, start: int, m_start: int) -> bool:
    """'is taken weekly', 'was given twice daily': the frequency says how a verb is done."""
    word = doc[m_start - 1].lower_ if m_start - 1 >= start else ""
    if word in _FREQUENCY_COUNTS and m_start - 2 >= start:
        word = doc[m_start - 2].lower_  # "taken once daily"
    return word in _BE | _GIVEN_VERBS


_FREQUENCY_COUNTS = {"once", "twice", "thrice"}
_APPOSITION_HEADS = {"drug", "medicine", "medication", "agonist", "antagonist", "inhibitor",
                     "blocker", "injection", "analogue", "analog"}
_APPOSITION_ENDS = {",", ";", ")", "."}


def _closed_apposition(doc, end: int, m_end: int, matches) -> bool:
    """'Dulaglutide, a once-weekly GLP-1 receptor agonist, lowers …' is an apposition; 'She
    took aspirin, a daily vitamin and iron tablets' is a list: an "and"/"or" before the
    phrase ends makes it one, unless its head names a drug's kind ('a once-weekly GLP-1 and
    glucagon receptor agonist')."""
    classes = {i for m in matches if m[0] == "class" for i in range(m[2], m[3])}
    listed = headed = False
    index = m_end
    while index < end and doc[index].text not in _APPOSITION_ENDS:
        word = doc[index].lower_
        listed = listed or word in {"and", "or"}
        headed = headed or word in _APPOSITION_HEADS or index in classes
        index += 1
    return headed or not listed


def _dose_end(doc, start: int, index: int) -> int:
    """Where the dose before the frequency at `index` ends: back over a route ('1 mg orally
    twice weekly', '1 mg by mouth …') or a closing bracket ('(1 mg) twice weekly')."""
    at = index
    while at - 1 >= start and index - at < _BETWEEN_REACH and (
            doc[at - 1].lower_ in _DOSE_ROUTE_BETWEEN or doc[at - 1].text == ")"):
        at -= 1
    return at


def dosed_only(subjects: list, administered, at: int | None = None) -> list | None:
    """Whom a sentence's schedule (the one at token `at`, or any) is said of: every subject
    (None) when the sentence gives its drugs (`administered` True); else the subjects whose
    dose it follows (`administered` from `dosed_schedule`), none ([]) when it follows none."""
    if administered is True:
        return None
    drugs = {administered.get(at)} if at is not None else set(administered.values())
    return [s for s in subjects if s in drugs]


_FORMS_OPENING = set(_WORDS["forms_opening"])
_FORMS_AVAILABLE = set(_WORDS["forms_available"])
_BE = {"is", "are", "was", "were"}


def forms_available(doc, start: int, end: int) -> bool:
    """'Chewable tablets are available in doses of 2, 5 and 25 mg', 'There are also 20 mg
    and 40 mg tablets': the clause says that products exist, so its route words (a clause
    naming no drug) are the forms of the drug the text is about."""
    lowers = doc_words.lower_words(doc)[start:end]
    for index, word in enumerate(lowers):
        if word in _RELATIVES:
            return False  # "formulations that are available in oral and parenteral forms are
            # shown separately" (round 6): the products of a list, not the text's drug's
        if word in _FORMS_AVAILABLE or (word == "there" and lowers[index + 1:index + 2] and
                                        lowers[index + 1] in _BE):
            return True
    return False


_RELATIVES = {"that", "which", "whose"}
_DOSAGE_FORMS = set(_WORDS["dosage_forms"])


def opens_with_forms(doc, start: int, end: int, matches) -> bool:
    """'Other formulations include injectable solutions, … suppositories, and topical
    creams', 'The oral preparations are used largely for …': a clause whose subject is the
    forms of the drug the text is about names its routes (only determiners, quantifiers and
    route words before the noun of forms)."""
    routes = {i for m in matches if m[0] == "route" for i in range(m[2], m[3])}
    for index in range(start, end):
        word = doc[index].lower_
        if word in _FORMS_OF_ONE_DRUG:
            return True
        if index in routes and word in _DOSAGE_FORMS and index + 2 < end and \
                doc[index + 1].lower_ == "of" and doc[index + 2].like_num:
            return True  # "Capsules of 75, 150 and 300 mg are available …": its products
        if word not in _FORMS_OPENING and index not in routes and word not in ("and", ","):
            return False
    return False


_DOSING = set(_WORDS["dosing"])


# what a schedule word before a noun may describe and still be a schedule ("a monthly depot")
_SCHEDULED = _DOSING | set(_WORDS["scheduled_nouns"])
_HOW_LONG = frozenset(_WORDS["schedule_how_long"])


def describes_noun(doc, index: int) -> bool:
    """The word at `index` is one a schedule word before it describes ('daily hormonal
    requirements', 'weekly visits'), not a word going on with the dose ('once daily based
    upon …', 'daily for 5 days', 'daily doses', 'a monthly depot')."""
    if index >= len(doc):
        return False
    word = doc[index]
    if index + 1 < len(doc) and doc[index + 1].lower_ in _SCHEDULED:
        return False  # "two to three times daily chronic dosing": the dosing it qualifies
    if word.lower_ in _HOW_LONG:
        return False  # "50 to 100 mg daily long term": how long, no noun described
    return word.is_alpha and not word.is_stop and word.lower_ not in _SCHEDULED and \
        not word.lower_.endswith(("ed", "ly", "ing"))


def presupposed_schedule(doc, start: int, end: int, matches) -> bool:
    """A schedule in a clause that names no drug, class or hormone and speaks of a dose or
    of giving ('The recommended adult oral dose ranges from 25 to 50 mg three or four times
    daily'): the schedule of the drug the text is about ('the coagulation time should be
    determined every 4 hours' speaks of no dose)."""
    if any(m[0] in ("drug", "class", "hormone") and start <= m[2] < end for m in matches):
        return False
    # ("doses within the range of daily hormonal requirements": "daily" describes a noun)
    said = [m for m in matches if m[0] == "schedule" and start <= m[2] < end and
            not describes_noun(doc, m[3])]
    lowers = doc_words.lower_words(doc)
    if said and any(w in _DOSING and not _in_name(doc, start, i)
                    for i, w in enumerate(lowers[start:end], start)):
        return True
    # "The duration of treatment is typically 12 weeks": the course of the text's drug
    words = set(lowers[start:end])
    return bool(words & _COURSE_LENGTHS and words & _TREATMENTS and durations(doc, start, end))


# A code name ("LGD-4033", "MK-677", "GTx-024", "CGS 16949A"): capitals, then digits. Two
# capitals at least: "B12", "Ra-223", "U-200" are a vitamin, an isotope, a product (i382).
_CODE_NAME = re.compile(r"[A-Z][A-Za-z]{0,5}-?\d{2,}[A-Za-z]?")
_CODE_PREFIX = re.compile(r"[A-Z]{2,6}")
_DOSE_NOUNS = {w for w in _WORDS["dose_nouns"] if w.isalpha()}


def code_name_at(doc, index: int) -> bool:
    """The token at `index` opens a compound's code name: 'LGD-4033', 'CGS' of 'CGS 16949A';
    not 'IV' of 'IV 500 mg', a route before a dose."""
    words = doc_words.words(doc)
    text = words[index]
    if _CODE_NAME.fullmatch(text):
        return sum(c.isupper() for c in text) >= 2
    return bool(_CODE_PREFIX.fullmatch(text)) and index + 1 < len(doc) and \
        words[index + 1][:1].isdigit() and text.lower() not in _ROUTE_ABBREVIATIONS and \
        not (index + 2 < len(doc) and doc_words.lower_words(doc)[index + 2] in DOSE_UNITS)


def dose_of_code_name(doc, start: int, end: int, known=None) -> bool:
    """'ascending doses of LGD-4033 administered daily for 21 days', 'LGD-4033 given daily':
    the clause doses a compound it names by a code name the knowledge base does not know
    (`known`, a look-up of a name), so its schedule is that compound's, not the drug the text
    spoke of before (issue 16, i373: testosterone, named two sentences earlier, got
    LGD-4033's 'daily')."""
    lowers, words = doc_words.lower_words(doc), doc_words.words(doc)
    for index in range(start, end):
        # Both shapes of `code_name_at` open with a capital A-Z: the other words (most) are
        # passed over unread, and the dosing context is tested before the code name's shape.
        if not "A" <= words[index][:1] <= "Z":
            continue
        before, after = lowers[max(start, index - 2):index], lowers[index + 1:index + 2]
        if not ((len(before) == 2 and before[1] == "of" and before[0] in _DOSE_NOUNS) or
                (after and after[0] in _GIVEN_VERBS)):
            continue
        if not code_name_at(doc, index):
            continue
        # (the cheap test of a dosing context first; the block scan only then)
        if (known is None or known(doc[index].text) is None) and \
                not _bracketed_alias(doc, lowers, lowers[index]):
            return True
    return False


def _bracketed_alias(doc, lowers, word: str) -> bool:
    """The code name is written in brackets somewhere in the block, as any of the names
    there ("fadrozole (CGS 16949A)", "Enobosarm (GTx-024, MK-2866)", "(also known as
    MK-2866)"): another name of the drug before it, so its doses are that drug's."""
    depth = 0
    for i, text in enumerate(lowers):
        if text == "(":
            depth += 1
        elif text == ")":
            depth = max(0, depth - 1)
        elif depth and text == word and i > 0:
            return True
    return False


def _in_name(doc, start: int, index: int) -> bool:
    """'the U.S. Food and Drug Administration approved …': a capitalised word after another
    capitalised word of the clause is part of a name, not a word about giving a dose."""
    return index - 1 > start and doc[index].is_title and doc[index - 1].is_title


_COURSE_LENGTHS = {"duration", "course", "length"}
_TREATMENTS = {"treatment", "therapy"}
_GIVEN_VERBS = set(_WORDS["given_verbs"])


def hormone_given(doc, start: int, end: int, matches, find) -> str | None:
    """'Testosterone can be taken by a variety of routes': a hormone opening a clause that
    says how it is given is the medicine of that name (its knowledge-base key, by `find`)."""
    if _GIVEN_VERBS.isdisjoint(doc_words.lower_words(doc)[start:end]):
        return None
    first = next((m for m in matches if m[0] == "hormone" and start <= m[2] < end), None)
    if first is None:
        return None
    drug = find(doc[first[2]:first[3]].text)
    return drug.key if drug is not None else None


def mark_route_alternatives(assertions) -> None:
    """A sentence (or table row) that gives one drug two routes or more ('after intravenous
    or subcutaneous administration', '| Routes | By mouth, topical |', 'usually taken orally
    but there are topical formulations') names ways it can be given: each becomes
    `possible`, not the drug's one route to compare with other places."""
    routes: dict[tuple[int, str, str], list] = {}
    for assertion in assertions:
        # (and a class said to act on two targets or more, "| Biological target |
        # Gonadotropin receptors (LHCGR, FSHR) |": its members act on one or another)
        if assertion.polarity and (assertion.attribute == "route" or (
                assertion.attribute == "target" and assertion.via == "class")):
            routes.setdefault((id(assertion.sentence), assertion.drug, assertion.attribute),
                              []).append(assertion)
    for said in routes.values():
        if len({a.value for a in said}) >= 2:
            for assertion in said:
                if assertion.modality == "asserted":
                    assertion.modality = "possible"


# The short route labels of an infobox value ("IM (aq. susp.): ~50 days"), besides the route
# words of the lexicon: a bare abbreviation is a label only there.
_ROUTE_ABBREVIATIONS = dict(_WORDS["route_abbreviations"])
_LABEL = re.compile(r"(?:^|;)\s*([A-Za-z][A-Za-z. ]{0,24}?)\.?\s*(?:\([^()]{0,40}\)\s*)?:"
                    r"\s*([^;]*)")
_AFTER_VALUE = re.compile(r"\d\s*(?:%|[A-Za-zµ]+)?\s*\(\s*([A-Za-z][A-Za-z. ]{0,24}?)\s*\)")
# "Bioavailability | Oral: very low": the drug is not given that way.
_NOT_GIVEN = re.compile(r"^(?:very\s+|extremely\s+)?(?:low|poor|negligible|none|nil|0\s*%)\b",
                        re.IGNORECASE)


def labelled_routes(text: str, route_words: dict[str, str]) -> list[tuple[str, int, int]]:
    """'Oral: 3–7%; Intramuscular: high', 'By mouth: 12–33 hours; IM (aq. susp.): ~50 days':
    the routes labelling the parts of an infobox value about how the drug behaves (or in
    brackets after a part: 'Variable; 0.08–0.16% (by mouth)')
    (bioavailability, half-life, trade names), each one way it is given, as (route key,
    start, end) of the label in `text`. 'Oral: very low' says it is not given by mouth."""
    out = []
    for match in _LABEL.finditer(text):
        label = " ".join(match.group(1).lower().split()).rstrip(".")
        key = route_words.get(label) or _ROUTE_ABBREVIATIONS.get(label)
        if key is None or _NOT_GIVEN.match(match.group(2).strip()):
            continue
        out.append((key, match.start(1), match.end(1)))
    # "Variable; 0.08–0.16% (by mouth)", "1 hour (IV)": a route in brackets after a value
    for match in _AFTER_VALUE.finditer(text):
        label = " ".join(match.group(1).lower().split()).rstrip(".")
        key = route_words.get(label) or _ROUTE_ABBREVIATIONS.get(label)
        if key is not None and (key, match.start(1), match.end(1)) not in out:
            out.append((key, match.start(1), match.end(1)))
    return out


_DOSE_ROUTE_BETWEEN = set(_WORDS["dose_route_between"]) | set(_ROUTE_ABBREVIATIONS)
_ABBREVIATION_JOINS = {"or", "and", "/"}


def abbreviated_routes(doc, drug_starts=frozenset()) -> list[tuple[str, str, int, int]]:
    """'600 to 2700 mg im or iv daily', 'injection (IM or IV)', '60 mg SC injection': route
    abbreviations after a dose's unit or joined by 'or', 'and', '/' to another one; right
    after a verb of giving ('(given IV)', 'administered SQ') or before a noun of giving ('an
    IM administration', 'after IV injection'); alone they are other words ('Schedule IV',
    'types IV and V'). After a verb of giving it must modify no other word ('given IV
    contrast dye' is the dye's), unless that word starts a drug's name (`drug_starts`: 'given
    IM ketorolac' is ketorolac's route, which the sentence's owner reading then gives it)."""
    spans = []  # (text, start, end) of each abbreviation; the tokenizer splits "im" as "i m"
    words, lowers, spaced = doc_words.words(doc), doc_words.lower_words(doc), doc_words.spaced(doc)
    index = 0
    while index < len(doc):
        end = index + 1
        text = words[index]
        if lowers[index] == "i" and not spaced[index] and end < len(doc) and lowers[end] == "m":
            text, end = text + words[end], end + 1
        if text.lower() in _ROUTE_ABBREVIATIONS and (text.islower() or text.isupper()):
            spans.append((text, index, end))
        index = end
    out = []
    for number, (text, start, end) in enumerate(spans):
        after_unit = _after_dose(doc, 0, start)
        joined = any(
            other[1] - here[2] == 1 and lowers[here[2]] in _ABBREVIATION_JOINS and
            other[0].isupper() == here[0].isupper()
            for here, other in ((spans[number - 1], spans[number]) if number else (None, None),
                                (spans[number], spans[number + 1]) if number + 1 < len(spans)
                                else (None, None)) if here)
        given = start > 0 and lowers[start - 1] in _GIVEN_VERBS and \
            (_modifies_nothing(doc, lowers, end) or end in drug_starts)
        giving = end < len(doc) and lowers[end] in _ABBREVIATION_NOUNS
        if after_unit or joined or given or giving:
            out.append(("route", _ROUTE_ABBREVIATIONS[text.lower()], start, end))
    return out


# After a verb of giving an abbreviation is the given drug's route only if it modifies no
# word after it (session 29, i406): "given IV", "given IV.", "given IV over 30 minutes", "given
# SQ or IV"; not "given IV contrast dye", "given IM ketorolac" (another product's route).
_ABBREVIATION_FOLLOWERS = frozenset(_WORDS["route_abbreviation_followers"])
_JOINING_MARKS = {"-", "–", "‐"}


def _modifies_nothing(doc, lowers: list[str], at: int) -> bool:
    """The token at `at`, right after an abbreviation, ends its phrase: none (the text's
    end), a mark (not a hyphen joining it to a word), a number, or a word of
    `route_abbreviation_followers` (a preposition, conjunction, adverb of time); any other
    word is one the abbreviation modifies ("IV contrast")."""
    if at >= len(doc):
        return True
    if lowers[at] in _JOINING_MARKS:
        return False
    return bool(doc_words.flags(doc, "IS_PUNCT")[at] or doc_words.flags(doc, "IS_SPACE")[at] or
                doc_words.flags(doc, "LIKE_NUM")[at]) or lowers[at] in _ABBREVIATION_FOLLOWERS


# "(given IV)", "an IM administration of …": a noun of giving right after an abbreviation
# makes it a route (the lexicon's "IM injection" and "IV infusion" read the commonest already)
_ABBREVIATION_NOUNS = frozenset(_WORDS["route_abbreviation_nouns"])
_INTO_PLACES = dict(_WORDS["injection_places"])
_INTO_GLUE = {"or", "and"}
_INTO_ARTICLES = {"a", "an", "the"}


def coordinated_places(doc, matches) -> list[tuple[str, str, int, int]]:
    """'given by injection into a vein or muscle', 'by injection into a muscle or fat': the
    place after 'or' ('and') goes on with the 'into' of the route phrase before it, so it
    names a second route ('muscle': intramuscular, 'fat': subcutaneous) that the lexicon's
    phrases ("into a muscle") cannot read without its 'into'."""
    lowers = doc_words.lower_words(doc)
    taken = {m[2] for m in matches if m[0] == "route"}
    out = []
    for kind, _key, start, end in matches:
        if kind != "route" or lowers[start] != "into" or end >= len(doc) or \
                lowers[end] not in _INTO_GLUE:
            continue
        at = end + 1
        if at < len(doc) and lowers[at] in _INTO_ARTICLES:
            at += 1
        if at >= len(doc) or at in taken:
            continue
        key = _INTO_PLACES.get(singular(lowers[at]))
        if key is not None:
            out.append(("route", key, at, at + 1))
    return out
