"""Chemical kinds said of the drugs listed after them: 'the peptide molecules abarelix,
cetrorelix and ganirelix and the small-molecule compounds elagolix and relugolix'.

A pure judgment on a spaCy doc and the extractor's matches ((kind, key, start, end)),
used by annotate/mechanisms.py.
"""

from __future__ import annotations

import re

from dataclasses import replace

from lint.annotate import doc_words
from lint.data import load_data

# domain words (drugs, dosing, routes, sites, effects) are data: mechanism_words.yaml
_WORDS = load_data("mechanism_words.yaml")

_HEADS = set(_WORDS["kind_heads"])
_GLUE = {",", "and", "or"}


def kinds_before_lists(doc, matches) -> list[tuple[str, str, int, int]]:
    """(drug, kind, kind's start, kind's end) for each drug of a list that a kind names
    just before it, with at most one head noun between."""
    by_start = {m[2]: m for m in matches}
    out = []
    for kind, key, k_start, k_end in matches:
        if kind != "kind":
            continue
        index = k_end
        if index < len(doc) and doc[index].lower_ in _HEADS:
            index += 1
        listed = []
        while index < len(doc):
            match = by_start.get(index)
            if match is not None and match[0] == "drug":
                listed.append(match[1])
                index = match[3]
            elif doc[index].lower_ in _GLUE and listed:
                index += 1
            else:
                break
        out.extend((drug, key, k_start, k_end) for drug in listed)
    return out


def kinds_of_abbreviations(assertions: list, text: str, kinded: dict[str, str]) -> list:
    """`assertions` with the kind an abbreviation's long form names added where the
    abbreviation names a class: after "the nonsteroidal antiandrogen (NSAA) bicalutamide",
    "the second-generation NSAAs, enzalutamide and apalutamide" calls both nonsteroidal."""
    out, seen = [], {(a.drug, a.attribute, a.value, id(a.sentence)) for a in assertions}
    for assertion in assertions:
        out.append(assertion)
        if assertion.attribute != "class" or not assertion.at:
            continue
        kind = kinded.get(text[assertion.at[0]:assertion.at[1]])
        if kind is None or (assertion.drug, "kind", kind, id(assertion.sentence)) in seen:
            continue
        seen.add((assertion.drug, "kind", kind, id(assertion.sentence)))
        out.append(replace(assertion, attribute="kind", value=kind,
                           evidence=text[assertion.at[0]:assertion.at[1]]))
    return out


# words that may stand between a description and the bracketed drug it describes ("a
# humanized Fab fragment of anti-TNF linked to polyethylene glycol (certolizumab)")
_OWNER_REACH = 12


def bracketed_owner(doc, m_end, end, matches, subjects) -> str | None:
    """The one drug a class or kind describes when a clause lists several drugs, each in a
    bracket after its own description: 'a mouse-human chimeric monoclonal antibody to TNF
    (infliximab), …, and a soluble recombinant form of the TNF receptor (etanercept)'. The
    first drug after the description, in a bracket, within a few words and before any other
    drug, "and", "or", a relative pronoun or a colon; None when the clause has one subject
    or the description is not set before a bracket that way. (Classes and targets may stand
    between: "a humanized Fab fragment of anti-TNF … (certolizumab)".)"""
    if len(subjects) < 2:
        return None
    for index in range(m_end, min(end, m_end + _OWNER_REACH)):
        found = next((m for m in matches if m[2] == index and m[0] == "drug"), None)
        if found is not None:
            return found[1] if doc[index - 1].text == "(" and found[1] in subjects else None
        if doc[index].text in (";", ":") or doc[index].lower_ in ("and", "or", "which", "that"):
            return None
    return None


# "derivatives" -> "derivative": the analogue nouns that give a chemical kind (data)
_DERIVED_HEADS = {noun: head for noun, head in
                  load_data("mechanism_guards.yaml")["analogue_nouns"].items() if head}
# a chemical's name by its ending ("carbazole", "tryptamine", "pyrophosphate", "hydrazide")
_CHEMICAL = re.compile(r"(?:ine|ole|ide|ate|ene|one|ane|ol|oid|ium|yl)$")
_NOT_CHEMICAL = {"one", "none", "alone", "done", "gone", "late", "state", "separate",
                 "alternate", "ultimate", "appropriate", "adequate", "accurate", "immediate",
                 "intermediate", "moderate", "fine", "line", "online", "genuine", "routine",
                 "wide", "inside", "outside", "side", "whole", "sole", "role", "scene",
                 "hormone", "hormones"}


def derived_kinds(doc, found, class_named=None) -> list[tuple[str, str, int, int]]:
    """'a carbazole derivative', 'pyrophosphate analogs', 'an amphetamine analogue': a
    chemical named with 'derivative' or 'analogue' says what the drug is made from, a
    chemical kind of its own ('carbazole derivative'). Not a hormone's, a class's or a
    target's analogue ('GnRH analogue', 'somatostatin analogs' are classes), nor a kind the
    lexicon names ('ergot derivative', 'nucleoside analogue')."""
    taken = {i for m in found if m[0] in ("hormone", "class", "kind", "target")
             for i in range(m[2], m[3])}
    # a drug's one-word name is a chemical's whatever its ending ("a lincomycin derivative")
    drugs = {m[2] for m in found if m[0] == "drug" and m[3] == m[2] + 1}
    out, lowers = [], doc_words.lower_words(doc)
    for index in range(1, len(doc)):
        head = _DERIVED_HEADS.get(lowers[index])
        if head is None:
            continue  # (the word before is read only at a head noun)
        after = _derived_from(doc, lowers, index, taken, drugs)
        if after is not None and not (class_named and any(
                class_named(f"{lowers[after]} {noun}") for noun in (lowers[index], head))):
            out.append(("kind", f"{lowers[after]} {head}", index, after + 1))
            continue
        word = doc[index - 1]
        if index in taken or index - 1 in taken or not _chemical(word, index - 1 in drugs):
            continue
        out.append(("kind", f"{word.lower_} {head}", index - 1, index + 1))
    return out


def _chemical(word, drug: bool) -> bool:
    return word.is_alpha and word.is_lower and word.lower_ not in _NOT_CHEMICAL and \
        (drug or _CHEMICAL.search(word.lower_) is not None) and len(word.text) >= 5


_OF_TO = {"of", "to"}
# words before the article of a medicine someone takes, not what the subject is
_TAKING = {"taking", "on", "with", "receiving"}
# the chemical's family before its name: "a synthetic analog of the amino acid lysine"
_FAMILY_BEFORE = [["the", "amino", "acid"], ["the"]]


def _derived_from(doc, lowers, index: int, taken, drugs) -> int | None:
    """'a structural analogue to amphetamine', 'a synthetic analog of the amino acid lysine',
    'a derivative of myriocin' (rounds 11, 14, 16): the one chemical after 'of'/'to' is what
    the drug is made from, as in 'an amphetamine analogue'. Its index, or None: not a
    hormone's, class's or target's analogue ('an analogue of somatostatin' is a class:
    `class_named`, the class a phrase names, says so), not a
    list or a longer name after it ('an analogue of vitamin D3'), and only in the singular
    after an article ('the derivatives of …' of a class are no chemical kind of a drug)."""
    article = next((i for i in range(index - 1, max(0, index - 4) - 1, -1)
                    if lowers[i] in ("a", "an")), None)
    if index + 2 >= len(doc) or lowers[index + 1] not in _OF_TO or \
            lowers[index] not in ("derivative", "analogue", "analog") or article is None:
        return None
    if article >= 1 and lowers[article - 1] in _TAKING:
        return None  # "a patient taking an analogue of morphine": another drug, taken
    at = index + 2
    for family in _FAMILY_BEFORE:
        if lowers[at:at + len(family)] == family:
            at += len(family)
            break
    if at >= len(doc) or at in taken or not _chemical(doc[at], at in drugs):
        return None
    if at + 1 < len(doc) and (doc[at + 1].is_alpha and lowers[at + 1] not in (
            "and", "or", "that", "which", "with", "in", "for", "by", "as") and
            not lowers[at + 1].endswith("ed") or
            doc[at + 1].text in ("-",) or doc[at + 1].like_num):
        return None  # "an analogue of vitamin D3", "a derivative of lysine acid …"
    return at


_APPOSITION_REACH = 5  # ", a hydrophobic transmembrane protein": article and modifiers
_TARGETING = {"targets", "targeting", "against"}  # ("belongs to a group of …" is no target)


def describes_target(doc, start: int, m_start: int, m_end: int, matches) -> bool:
    """'an antibody against the protein CD20', 'directed against the CD20 antigen, a
    hydrophobic transmembrane protein': the kind names what the target is, not the drug."""
    targets = [m for m in matches if m[0] == "target"]
    if any(m[2] == m_end for m in targets) and m_start >= 1 and \
            doc[m_start - 1].lower_ == "the":
        return True  # "the protein CD20"
    # "an antibody that targets a specific protein, called PCSK9": the object's kind
    before = [t.lower_ for t in doc[max(start, m_start - _APPOSITION_REACH):m_start]]
    for index in range(len(before) - 1, -1, -1):
        if before[index] in _TARGETING:
            between = before[index + 1:]
            if between and between[0] in ("a", "an", "the") and \
                    all(w.isalpha() for w in between):
                return True
            break
    for m in targets:
        if start <= m[3] < m_start and doc[m[3]].text == "," and \
                m_start - m[3] <= _APPOSITION_REACH and \
                doc[m[3] + 1].lower_ in ("a", "an", "the") and \
                all(t.is_alpha or t.text == "-" for t in doc[m[3] + 2:m_start]):
            return True  # "the CD20 antigen, a hydrophobic transmembrane protein"
        if start <= m[2] and m[3] < m_start and _target_is_subject(doc, m[3], m_start):
            return True  # "Niemann-Pick C1-Like 1 (NPC1L1) is a protein found on …"
    return False


_ACTIONS = set(_WORDS["target_actions"])
_TARGET_KINDS = set(_WORDS["target_kinds"])
_ARTICLES = {"a", "an", "the"}


def names_acted_on(doc, m_start: int, m_end: int, matches) -> bool:
    """'a novel microsomal triglyceride transfer protein inhibitor' (round 18): a kind that
    targets are (a protein) ending a longer name, right before a noun of acting on a target:
    the name is what the drug acts on, not what the drug is. Not after an article or another
    kind ('a protein that inhibits …', 'a recombinant protein'), and not a small molecule's
    ('a small molecule kinase inhibitor' says what the drug is)."""
    if doc[m_end - 1].lower_ in _TARGET_KINDS and _object_of_action(doc, m_start):
        return True  # "a small molecule inhibitor of the KRAS G12C mutant protein"
    if m_start < 1 or m_end >= len(doc) or doc[m_end - 1].lower_ not in _TARGET_KINDS or \
            doc[m_end].lower_ not in _ACTIONS:
        return False
    before = doc[m_start - 1]
    return before.is_alpha and before.lower_ not in _ARTICLES and \
        not any(m[3] == m_start and m[0] == "kind" for m in matches)


_SEROSTATUS = frozenset(load_data("mechanism_guards.yaml")["serostatus_words"])
_ANTIBODY_WORDS = frozenset({"antibody", "antibodies"})


def names_serostatus(doc, m_end: int) -> bool:
    """'patients who are AChR antibody positive': an antibody before a test result is the
    patient's (what was tested), not the kind of the drug the sentence is about."""
    if m_end >= len(doc) or doc[m_end - 1].lower_ not in _ANTIBODY_WORDS:
        return False
    after = doc[m_end].lower_
    return after in _SEROSTATUS or (after == "-" and m_end + 1 < len(doc) and
                                    f"-{doc[m_end + 1].lower_}" in _SEROSTATUS)


_OBJECT_REACH = 7  # words of the object's name before its kind ("the KRAS G12C mutant")


def _object_of_action(doc, m_start: int) -> bool:
    """The kind at `m_start` ends the object of a noun of acting: 'inhibitor of the KRAS G12C
    mutant protein', 'an antagonist of the … protein' (round 18): what the drug acts on."""
    index = m_start - 1
    while index >= 1 and m_start - index <= _OBJECT_REACH and (
            doc[index].is_alpha or doc[index].like_num or doc[index].text == "-" or
            doc[index].text.isalnum()):
        if doc[index].lower_ in ("of", "to") and doc[index - 1].lower_ in _ACTIONS:
            return True
        index -= 1
    return False


_COPULAS = {"is", "are", "was", "were"}
_SOURCE_NOUNS = set(_WORDS["kind_source_words"])
_SOURCE_REACH = 5  # article and modifiers between "of"/"from" and the kind's word


def names_source(doc, start: int, m_start: int) -> bool:
    """'a synthetic peptide derived from a naturally occurring protein', 'a synthetic
    analogue of a naturally occurring protein', 'a synthetic partial sequence of a gastric
    protein': the kind is what the drug was made from, not what the drug is."""
    index = m_start - 1
    while index > start and m_start - index <= _SOURCE_REACH:
        word = doc[index].lower_
        if word in ("of", "from"):
            return index > start and doc[index - 1].lower_ in _SOURCE_NOUNS
        if not (doc[index].is_alpha or doc[index].text == "-"):
            return False
        index -= 1
    return False



def _target_is_subject(doc, index: int, m_start: int) -> bool:
    """The target ending at `index` (after its bracketed abbreviation, if any) is the
    subject of a copula whose complement is the kind: 'NPC1L1 is a protein'."""
    if doc[index].text == ")":
        index += 1
    if index >= m_start or doc[index].lower_ not in _COPULAS:
        return False
    between = doc[index + 1:m_start]
    return len(between) <= _APPOSITION_REACH and \
        all(t.is_alpha or t.text == "-" for t in between)


_TERM_REACH = 4  # words of a defined term before its bracketed abbreviation


def inside_defined_term(doc, m_start: int, m_end: int, matches) -> bool:
    """'a positive purified protein derivative (PPD) tuberculin skin test': the kind's word
    is inside a term the text defines by its initials, and the term's head, the word before
    the bracket, is a plain noun (not a drug, class, target or kind head): the kind is what
    that thing is made of, not what the drug is. 'a nonsteroidal antiandrogen (NSAA)' ends
    in a class, and keeps its kind."""
    head = m_end
    if head + 3 >= len(doc) or doc[head + 1].text != "(" or doc[head + 3].text != ")" or \
            not doc[head].is_alpha or not doc[head].is_lower or doc[head].lower_ in _HEADS or \
            any(m[2] <= head < m[3] for m in matches if m[0] != "kind"):
        return False
    letters = doc[head + 2].text
    if not (letters.isalpha() and letters.isupper()):
        return False
    first = head + 1 - len(letters)
    return 0 <= first <= m_start and head - first < _TERM_REACH and \
        "".join(t.text[:1] for t in doc[first:head + 1]).upper() == letters


def antibody_origins(doc, origins: dict) -> list[tuple[str, str, int, int]]:
    """'is a human monoclonal antibody', 'a recombinant, human IgG1 monoclonal antibody':
    where an antibody's protein comes from, a kind ('human'), when the origin word opens the
    drug's own noun phrase (after an article, a comma or another maker's word) right before
    an antibody's head word; not 'an antibody to human immunoglobulin E' (what it binds),
    not 'mouse-human chimeric'. A cell that is the origin alone ('| Source | Human |') too.
    `origins` is drug_classes.yaml `antibody_origins`."""
    words, heads, after = origins["origins"], set(origins["heads"]), set(origins["after"])
    out, lowers = [], doc_words.lower_words(doc)
    for index, lower in enumerate(lowers):
        key = words.get(lower)
        if key is None:
            continue
        following = lowers[index + 1] if index + 1 < len(lowers) else None
        if index == 0 and following in (None, "("):
            out.append(("kind", key, 0, 1))  # the infobox's "Source" value
        elif index and lowers[index - 1] in after and following in heads:
            out.append(("kind", key, index, index + 1))
    return out


def without_subsumed_kinds(assertions: list) -> list:
    """'a human monoclonal immunoglobulin G1 antibody': a drug said in one sentence to be a
    'monoclonal antibody' is not also said to be an 'antibody' (the head of the longer kind,
    read again from 'G1 antibody'); the gold sets give the one kind (rounds 8, 14, 16)."""
    said = {(a.drug, a.value) for a in assertions if a.attribute == "kind" and a.polarity}
    return [a for a in assertions if not (
        a.attribute == "kind" and a.polarity and any(
            drug == a.drug and value.endswith(" " + a.value) for drug, value in said))]
