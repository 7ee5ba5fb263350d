"""Where a sentence says a drug acts, beyond a verb of acting just before the organ.

Pure judgments on a spaCy doc, used by annotate/mechanisms.py once a clause's targets and
effects are read. A site is where the drug acts, not an organ downstream of its effect:

- the place of a target the clause says the drug acts on ("antagonizing the estrogen
  receptor in the pituitary gland", "the H+/K+-ATPase of gastric parietal cells", "binds to
  the pituitary GnRH receptors");
- where that target is found ("beta-2 receptors found in bronchial and smooth muscles",
  "receptors that are predominantly present in cardiac muscle");
- where what the drug acts by doing happens ("act by inhibiting the reabsorption of glucose
  in the proximal renal tubule", "act by blocking the influx of calcium ions into vascular
  smooth muscle");
- where the first hormone the drug changes is made or acts ("increasing release of insulin
  from the pancreas", "decreasing the production of DHT, including in the prostate gland");
  a later hormone of a chain is downstream ("and subsequently gonadotropin from the anterior
  pituitary");
- the place of what a verb of acting names ("act on the Na+-K+-2Cl- symporter in the thick
  ascending limb of the loop of Henle"), of a making the drug changes ("decreases glucose
  production by the liver", "suppress pituitary prolactin secretion"), and cells a verb
  acts on ("destroys B cells").
"""

from __future__ import annotations

import re

from lint.annotate import doc_words
from lint.annotate.mechanism_targets import RECEPTOR_NOUNS
from lint.data import load_data
from lint.sources.drugs import nested_sites

# domain words (drugs, dosing, routes, sites, effects) are data: mechanism_words.yaml
_WORDS = load_data("mechanism_words.yaml")

_PLACE_PREPOSITIONS = {"in", "on", "at", "of", "within", "into", "throughout"}
_SOURCE_PREPOSITIONS = {"from", "by", "in"}
_SKIPPED = {"the", "a", "an", "its", "their", "both", "all", "predominantly", "mainly",
            "mostly", "chiefly", "primarily", "largely", "even"}
_LIST_INTRO = {"including", "such", "as", "like", "namely", ",", "e.g.", "especially"}
_TISSUES = set(_WORDS["tissues"])
_GATHERING = set(_WORDS["gathering"])
_FOUND = set(_WORDS["found"])
_CELL_PARTS = set(_WORDS["cell_parts"])
_RELATIVE_WORDS = {"which", "that"}
_CONSEQUENCE = {"leads", "lead", "leading", "led", "results", "resulting", "subsequently",
                "consequently", "thereby", "turn"}
_TARGET_REACH = 8  # tokens from a target the drug acts on to the preposition of its place
_SOURCE_REACH = 12  # tokens from the first changed hormone to the place it comes from
_ACTING_REACH = 14  # tokens from "act by" to the preposition of the place it happens
_ACTING_VERBS = {"act", "acts", "acting", "acted", "work", "works", "working"}
_CLAUSE_ENDS = {",", ";", ":", "(", ")", "which", "that", "who", "whereas", "while"}
_MODIFIERS = 2  # adjectives between a preposition and the organ ("gastric parietal cells")


def _preposition(doc, floor: int, start: int, prepositions) -> int | None:
    """The preposition that opens the phrase of the organ at `start`, skipping determiners
    and up to two modifiers ('in the late distal tubule')."""
    index, modifiers = start - 1, 0
    while index >= floor:
        token = doc[index]
        if token.lower_ in prepositions:
            return index
        if token.lower_ in _SKIPPED:
            index -= 1
            continue
        # (the pipeline may tag no parts of speech: a modifier is a content word)
        if modifiers < _MODIFIERS and token.is_alpha and not token.is_stop:
            modifiers += 1
            index -= 1
            continue
        return None
    return None


def place_of_target(doc, clause_start: int, start: int, acted: int | None,
                    targets: list[tuple[int, int]], receptor_floor: int) -> bool:
    """The organ at `start` is where a target named before it sits: after a target the
    clause says the drug acts on, or after 'found/present in' with a target earlier."""
    preposition = _preposition(doc, clause_start, start, _PLACE_PREPOSITIONS)
    if preposition is None:
        return False
    if doc[preposition].lower_ == "of" and preposition > clause_start and \
            doc[preposition - 1].lower_ in _CELL_PARTS:
        # "found on the surface of B cells": the place is the cells the surface is of
        outer = _preposition(doc, clause_start, preposition - 1, _PLACE_PREPOSITIONS - {"of"})
        preposition = preposition if outer is None else outer
    if acted is not None and 0 <= preposition - acted <= _TARGET_REACH:
        return True
    found = any(t.lower_ in _FOUND for t in doc[max(clause_start, preposition - 3):preposition])
    # "These receptors are found predominantly in …": the receptors of the sentence before
    return found and (any(t_end <= preposition for _t_start, t_end in targets) or any(
        t.lower_ in RECEPTOR_NOUNS for t in doc[receptor_floor:preposition]))


def relative_antecedent(doc, start: int, matches, kind: str) -> tuple[int, int] | None:
    """The (start, end) of the `kind` match a relative clause at `start` is said of: the
    name right before its comma ("the protein CD20, which is found on …")."""
    if start < 2 or doc[start].lower_ not in _RELATIVE_WORDS or doc[start - 1].text != ",":
        return None
    return next(((m[2], m[3]) for m in matches if m[0] == kind and m[3] == start - 1), None)


def place_of_acting(doc, clause_start: int, start: int) -> bool:
    """'… agents that act by inhibiting the reabsorption of glucose in the proximal renal
    tubule': the organ closes the phrase of what the drug acts by doing (not an organ after
    a consequence, 'act by lowering LH, which leads to less testosterone in the testes')."""
    preposition = _preposition(doc, clause_start, start, _PLACE_PREPOSITIONS - {"of"})
    if preposition is None:
        return False
    index = preposition - 1
    while index > max(clause_start, preposition - _ACTING_REACH):
        word = doc[index].lower_
        if word in _CLAUSE_ENDS or word in _CONSEQUENCE:
            return False
        if word == "by" and doc[index - 1].lower_ in _ACTING_VERBS:
            return True
        index -= 1
    return False


def listed_tissue(doc, clause_start: int, start: int, acting: bool) -> bool:
    """'acts by binding to androgen receptors in target tissues including testes, prostate,
    skin', '… on sensitive tissue, including testes': the first organ of a list of the
    tissues the drug acts on (the rest share its reading)."""
    if not acting:
        return False
    index = start - 1
    while index >= clause_start and doc[index].lower_ in _LIST_INTRO:
        index -= 1
    return index < start - 1 and index >= clause_start and doc[index].lower_ in _TISSUES


_DENIALS = {"not", "no", "never", "n't", "neither", "nor"}
_DENIAL_REACH = 4  # words before the verb of gathering ("is not expected to accumulate")


def located(doc, clause_start: int, start: int) -> bool:
    """'become incorporated into bone matrix', 'are rapidly taken up in bone': the drug
    itself gathers in the organ (not 'Teriparatide is not expected to accumulate in bone')."""
    preposition = _preposition(doc, clause_start, start, _PLACE_PREPOSITIONS)
    if preposition is None:
        return False
    words = [t.lower_ for t in doc[max(clause_start, preposition - 2):preposition]]
    gathers = bool(set(words) & _GATHERING) or words[-2:] == ["taken", "up"]
    denied = {t.lower_ for t in doc[max(clause_start, preposition - 2 - _DENIAL_REACH):
                                    preposition]} & _DENIALS
    return gathers and not denied


def source_of_effect(doc, clause_start: int, start: int, first_effect_end: int | None,
                     hormones: set[int]) -> bool:
    """'increasing release of insulin from the pancreas': the organ follows the first hormone
    the clause says the drug changes, with 'from', 'by' or 'in' before it (`hormones`: the
    tokens of every hormone named)."""
    if first_effect_end is None or not 0 <= start - first_effect_end <= _SOURCE_REACH:
        return False
    preposition = _preposition(doc, first_effect_end, start, _SOURCE_PREPOSITIONS)
    if preposition is None:
        return False
    between = doc[first_effect_end:preposition]
    if any(t.lower_ in _CONSEQUENCE for t in doc[clause_start:first_effect_end]):
        return False  # "the reduction in LH leads to suppression of estrogen release from
        # the ovaries": a hormone further down the chain
    # another hormone or clause between them: "GnRH by the hypothalamus, and subsequently
    # gonadotropin from the anterior pituitary" (the pituitary is downstream)
    return not any(t.lower_ in (";", "subsequently", "then", "which", "that") or t.i in hormones
                   for t in between)


_ACTION_NOUNS = set(_WORDS["action_nouns"])
# words before an action noun that say whose action it is without being pharmacology
_NOT_PHARMACOLOGY = {"side", "adverse", "toxic", "hepatotoxic", "harmful", "unwanted",
                     "systemic", "clinical", "therapeutic", "beneficial", "its", "their", "the"}
_PHARMACOLOGY_WORDS = set(_WORDS["pharmacology_words"])
_LEVEL = ["at", "the", "level"]


def effects_at(doc, clause_start: int, start: int) -> bool:
    """'It has estrogenic effects in bone, the liver, and the uterus', 'progestational agonist
    properties at the level of the pituitary': the place of the drug's own pharmacological
    action ('side effects in the liver' is not)."""
    index = _preposition(doc, clause_start, start, {"in", "on", "at", "within", "of"})
    if index is None:
        return False
    if doc[index].lower_ == "of":  # "at the level of the pituitary"
        if [t.lower_ for t in doc[max(clause_start, index - 3):index]] != _LEVEL:
            return False
        index -= 3
    noun = index - 1
    if noun - 1 < clause_start or doc[noun].lower_ not in _ACTION_NOUNS:
        return False
    quality = doc[noun - 1].lower_
    return quality not in _NOT_PHARMACOLOGY and (
        quality in _PHARMACOLOGY_WORDS or quality.endswith(("genic", "gonist", "ergic")))


_SCANT = set(_WORDS["scant_amounts"])
_SCANT_REACH = 2  # "little or no estrogenic effects", "very little estrogenic activity"


def effects_scant(doc, clause_start: int, start: int) -> bool:
    """'minimal estrogenic effects in the breasts and liver': the drug's action at the place
    is denied (read only where `effects_at` holds)."""
    index = _preposition(doc, clause_start, start, {"in", "on", "at", "within"})
    if index is None or index - 2 <= clause_start:
        return False
    quality = index - 2
    return any(t.lower_ in _SCANT for t in doc[max(clause_start, quality - _SCANT_REACH):quality])


_DETERMINERS = {"the", "these", "those", "its", "their", "this", "that"}


def target_found_in(doc, start: int, end: int, matches) -> str | None:
    """'H1 receptors are widely distributed and are particularly common on smooth muscle of
    the bronchi', 'V1A is expressed in many regions of the brain': a clause whose subject is
    a target and whose predicate says where it is found; the target's key. Where the target
    a drug acts on is found is where the drug acts."""
    index = start
    while index < end and doc[index].lower_ in _DETERMINERS:
        index += 1
    first = next((m for m in matches if m[2] == index), None)
    if first is None or first[0] != "target":
        return None
    return first[1] if any(t.lower_ in _FOUND for t in doc[first[3]:end]) else None


def part_of_organ(doc, matches, end: int) -> bool:
    """'smooth muscle of the bronchi': the tissue ending at `end` is part of the organ named
    after it, which is the site."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return False
    index = end + 1
    while index < len(doc) and doc[index].lower_ in _DETERMINERS:
        index += 1
    return any(m[0] == "site" and m[2] == index for m in matches)


_PHRASE_WORDS = 4  # content words of a place's phrase ("the thick ascending limb of")


def _phrase_opening(doc, floor: int, start: int) -> int | None:
    """The preposition that opens the whole phrase of a place, through 'of' ('in the thick
    ascending limb of the loop of Henle' -> 'in')."""
    index, words = start - 1, 0
    while index >= floor:
        token = doc[index]
        word = token.lower_
        if word in _PLACE_PREPOSITIONS - {"of"}:
            return index
        if word != "of" and word not in _SKIPPED:
            if words >= _PHRASE_WORDS or not token.is_alpha or token.is_stop:
                return None
            words += 1
        index -= 1
    return None


_ACTING_ON = set(_WORDS["acting_on_verbs"])
_OBJECT_GLUE = {"on", "at", "to", "upon", "with"}
_OBJECT_REACH = 20  # tokens from the verb to the preposition of its object's place
_OBJECT_STOPS = {",", ";", ":", "which", "that", "who", "whereas", "while", "and", "or",
                 "because", "when", "if"}


def place_of_object(doc, clause_start: int, start: int) -> bool:
    """'Loop diuretics act on the Na+-K+-2Cl- symporter (cotransporter) in the thick
    ascending limb of the loop of Henle', 'blocks serotonin receptors in the chemoreceptor
    trigger zone': the organ is the place of the object of a verb of acting (brackets
    skipped; not past a clause's end or a consequence: 'blocks LH, leading to less
    testosterone in the testes')."""
    preposition = _phrase_opening(doc, clause_start, start)
    if preposition is None:
        return False
    index, depth = preposition - 1, 0
    while index >= max(clause_start, preposition - _OBJECT_REACH):
        token = doc[index]
        if token.text == ")":
            depth += 1
        elif token.text == "(":
            depth -= 1
        elif depth == 0:
            word = token.lower_
            if word in _OBJECT_STOPS or word in _CONSEQUENCE:
                return False
            if word in _ACTING_ON and index < preposition - 1 and (
                    word not in _ACTING_VERBS or doc[index + 1].lower_ in _OBJECT_GLUE):
                return True
        index -= 1
    return False


SITE_ADVERBS = frozenset(_WORDS["site_adverbs"])  # "peripherally"; mechanisms.py reads it too
_ADVERB_GLUE = {"both", "only", "mainly", "mostly", "primarily", "predominantly", "also",
                "not", "and", "or"}


def adverb_of_acting(doc, clause_start: int, start: int) -> bool:
    """'Entacapone inhibits COMT activity only peripherally', 'tolcapone, which acts both
    peripherally and centrally' (LiverTox, rounds 32 and 34): an adverb of place after a verb
    of acting and its object says where the drug acts (not past a clause's end: 'blocks LH,
    which is made centrally'). Before an organ it names ('acting peripherally on muscle',
    round 32 dantrolene) the organ is the site, not the adverb."""
    if doc[start].lower_ not in SITE_ADVERBS or (
            start + 1 < len(doc) and doc[start + 1].lower_ in _PLACE_PREPOSITIONS - {"of"}):
        return False
    index = start - 1
    while index >= clause_start and doc[index].lower_ in _ADVERB_GLUE | SITE_ADVERBS:
        index -= 1  # "both peripherally and"
    while index >= max(clause_start, start - _ADVERB_REACH):
        word = doc[index].lower_
        if word in _OBJECT_STOPS or word in _CONSEQUENCE or word in _ADVERB_STOPS:
            return False
        if word in _ACTING_ON:
            return True
        if word in _PEOPLE and index - 1 >= clause_start and doc[index - 1].lower_ == "in":
            return False  # "binds RANKL in patients whose pain is processed centrally"
        if word.endswith("ed") and doc[index - 1].text != "-":
            return False  # another verb's adverb: "weight gained centrally", not "-gated"
        index -= 1
    return False


# An adverb of place belongs to the verb of acting only right after its object ("inhibits
# COMT activity only peripherally"); past another clause or verb it is that one's: "but is
# kept out centrally", "people whose fat is stored centrally".
_ADVERB_REACH = 8
_ADVERB_STOPS = {"but", "whose", "where", "whom", "although", "though", "yet", "is", "are",
                 "was", "were", "be", "been", "being", "has", "have", "had", "does", "do",
                 "did", "can", "may", "might", "will", "would", "could", "should", "must"}
_PEOPLE = set(_WORDS["people_nouns"])  # "in patients whose …": the clause is theirs


_MAKING_NOUNS = set(_WORDS["making_nouns"])
_ACTIVITY_NOUNS = {"activity", "function", "firing"}  # "reduces the activity of the vagus nerve"
_MAKING_REACH = 4  # tokens from the noun of making to the preposition of its place


def made_in(doc, clause_start: int, start: int, changes) -> bool:
    """'decreases glucose production by the liver', 'modulating the secretion of the
    pituitary hormone prolactin from the anterior pituitary gland': the organ makes what
    the clause's verb changes (`changes(token)`: a word of raising, lowering, blocking);
    'reduces the activity of the vagus nerve': the organ whose activity it changes."""
    preposition = _preposition(doc, clause_start, start, _SOURCE_PREPOSITIONS | {"of"})
    if preposition is None:
        return False
    nouns = _MAKING_NOUNS if doc[preposition].lower_ != "of" else _ACTIVITY_NOUNS
    noun = next((i for i in range(preposition - 1, max(clause_start, preposition -
                                                        _MAKING_REACH) - 1, -1)
                 if doc[i].lower_ in nouns), None)
    if noun is None or any(t.lower_ in _CONSEQUENCE for t in doc[clause_start:noun]):
        return False  # "thereby decreasing the synthesis of estrogen by the ovaries"
    for index in range(noun - 1, clause_start - 1, -1):
        word = doc[index].lower_
        if word in _OBJECT_STOPS or word in _CONSEQUENCE:
            return False
        if changes(doc[index]):
            return True
    return False


_MODIFIER_REACH = 3  # words between an organ and the noun of its making ("prolactin")
_CHANGE_REACH = 2  # words between the verb of changing and the organ ("strongly")


def made_by_modifier(doc, clause_start: int, start: int, end: int, changes,
                     hormones) -> bool:
    """'suppress pituitary prolactin secretion': the organ named before a hormone and the
    noun of its making, which a verb of changing governs, is where the drug acts (the
    source of the hormone it changes). `hormones`: token indices of hormone names. Without
    a hormone ('stimulates new bone formation') the noun is an outcome, not read."""
    noun = next((i for i in range(end, min(len(doc), end + _MODIFIER_REACH + 1))
                 if doc[i].lower_ in _MAKING_NOUNS), None)
    if noun is None or not all(i in hormones for i in range(end, noun)) or noun == end:
        return False
    index = start - 1
    while index >= clause_start and start - index <= _CHANGE_REACH + 1:
        token = doc[index]
        if changes(token):
            return not any(t.lower_ in _CONSEQUENCE for t in doc[clause_start:index])
        if not token.is_alpha or token.lower_ in _OBJECT_STOPS:
            return False
        index -= 1
    return False


_CELL_VERBS = set(_WORDS["cell_verbs"])
_STIMULATING = set(_WORDS["stimulating_verbs"])
_AFTER_OBJECT = set(_WORDS["whole_object_followers"])
_POSSESSIVES = {"'s", "’s", "'", "’"}


def _whole_object(doc, end: int | None) -> bool:
    """The organ ending at `end` is the whole object, not a modifier of a noun after it
    ("the liver enzyme CYP3A4", "CNS lymphoma") nor an owner ("the liver's metabolism")."""
    if end is None or end >= len(doc):
        return True
    word = doc[end].lower_
    if word in _POSSESSIVES:
        return False
    return not doc[end].is_alpha or word in _AFTER_OBJECT


def object_of_verb(doc, clause_start: int, start: int, end: int | None = None,
                   hormones=(), drugs=(), own_relative: bool = False) -> bool:
    """'Rituximab destroys B cells', 'It stimulates the central nervous system', 'inhibits
    osteoclasts': the organ or cells are the whole object of a verb that acts on them (not
    'targets CNS lymphoma', 'inhibits the liver's metabolism'). The verb is not the drug's
    when the clause names drugs only after it ('Alcohol withdrawal kills neurons, and
    chlordiazepoxide …'). A verb of stimulating after a hormone named later than any drug is
    the hormone's ('… the release of GnRH, which stimulates the pituitary gland': physiology;
    `hormones`: token indices of hormone names, `drugs`: starts of drug names,
    `own_relative`: the clause is a relative clause of the drug named before its comma)."""
    index = start - 1
    while index >= clause_start and doc[index].lower_ in _SKIPPED:
        index -= 1
    if index < clause_start:
        return False
    word = doc[index].lower_
    if word not in _CELL_VERBS and (word not in _STIMULATING or end is None):
        return False
    named = [d for d in drugs if d >= clause_start]
    if (named and min(named) > index) or not _whole_object(doc, end):
        return False
    if word in _CELL_VERBS:
        return True
    last_drug = max((d for d in drugs if d < index), default=-1)
    if any(last_drug < h < index for h in hormones):
        return False
    # a relative clause may open the clause: a drug's is the drug's own ("hCG, which
    # stimulates the testes directly"), another antecedent's is not ("GnRH, which stimulates
    # the pituitary gland": physiology; "acts on the hypothalamus, which stimulates …")
    return own_relative or not (index >= 2 and doc[index - 1].lower_ in _RELATIVE_WORDS and
                                doc[index - 2].text == ",")


_ACTING_WORDS = set(_WORDS["acting_on_verbs"]) | {"against"}
# (any form: "Naftopidil competitively inhibited specific prazosin binding")
_ACTING_STEMS = ("inhibit", "block", "antagoni", "activat", "stimulat")


def named_only_after(matches, drug: str, clause_start: int, index: int) -> bool:
    """The clause names `drug`, and only after `index`."""
    at = [m[2] for m in matches if m[0] == "drug" and m[1] == drug and m[2] >= clause_start]
    return bool(at) and min(at) > index


def acted_on_drugs(doc, clause_start: int, clause_end: int, matches, subjects) -> set:
    """Subjects the clause names only after its first word of acting, where another subject
    is named before it: what the drug acts on, not where a drug acts ("Tiagabine … inhibits
    γ-aminobutyric acid (GABA) reuptake into neurons": GABA is no subject of the site)."""
    lowers = doc_words.lower_words(doc)  # (a list index per word, not a Token: every clause)
    acting = next((i for i in range(clause_start, clause_end)
                   if lowers[i] in _ACTING_WORDS or lowers[i].startswith(_ACTING_STEMS)), None)
    if acting is None or len(subjects) < 2:
        return set()
    named = [(m[1], m[2]) for m in matches if m[0] == "drug" and m[1] in subjects and
             clause_start <= m[2] < clause_end]
    before = {drug for drug, at in named if at < acting}
    if not before:
        return set()
    return {drug for drug, _ in named} - before


_SELECTIVE = set(_WORDS["site_selective"])
_NOT_SELECTIVE_BEFORE = set(_WORDS["site_selective_not_before"]) | set(_WORDS["diseases"])
# heads of a class named by its organ ("CNS stimulant"); mechanisms.py reads it too
SITE_CLASS_HEADS = frozenset(_WORDS["site_class_heads"])
_OWN_CLASS = set(_WORDS["own_class_words"])
_OTHERS = set(_WORDS["other_class_words"])
_SELECTIVE_OTHERS = set(_WORDS["selective_other_words"])
_EXAMPLES = set(_WORDS["class_example_words"])
_CLASS_REACH = 4  # words between "is a" and the organ ("a non-amphetamine central …")


def bracketed_abbreviation(doc, index: int) -> bool:
    """The token at `index` is a bracket around one word, or that word ("(CNS)")."""
    text = doc[index].text
    if text == "(":
        return index + 2 < len(doc) and doc[index + 2].text == ")"
    if text == ")":
        return index >= 2 and doc[index - 2].text == "("
    return 0 < index < len(doc) - 1 and doc[index - 1].text == "(" and \
        doc[index + 1].text == ")"


def selective_for_site(doc, clause_start: int, start: int, end: int) -> bool:
    """'a gut-selective and liver-selective corticosteroid', 'Liver-specific … inhibition',
    'pituitary-directed drugs', 'a highly cardioselective agent': the organ the drug is
    selective for is where it acts; 'a non-amphetamine central nervous system (CNS)
    stimulant': the organ of the subject's own class of acting (not 'with other CNS
    depressants')."""
    lowers = [t.lower_ for t in doc[end:min(len(doc), end + 4)]]
    if doc[end - 1].lower_.endswith("selective"):
        # the organ's own word: "cardioselective", unless its class is other drugs'
        # ("Unlike cardioselective agents such as metoprolol, propranolol …")
        before = {t.lower_ for t in doc[max(clause_start, start - _CLASS_REACH):start]}
        return not (before & _SELECTIVE_OTHERS or set(lowers[:3]) & _EXAMPLES)
    if lowers[:1] == ["-"] and lowers[1:2] and lowers[1] in _SELECTIVE:
        # ("prostate-specific antigen", "liver-specific enzymes": a thing of the organ)
        return not (lowers[2:3] and lowers[2] in _NOT_SELECTIVE_BEFORE)
    if lowers[:3] and lowers[0] == "(" and ")" in lowers[:3]:
        lowers = lowers[lowers.index(")") + 1:]  # "(CNS)"
    if not lowers or lowers[0] not in SITE_CLASS_HEADS:
        return False
    return own_class_before(doc, clause_start, start)


def own_class_before(doc, clause_start: int, start: int) -> bool:
    """The words before a class at `start` say it of the subject ("is a", "are", "as a"),
    not of other drugs ("with other CNS stimulants")."""
    before = [t.lower_ for t in doc[max(clause_start, start - _CLASS_REACH):start]]
    return bool(set(before) & _OWN_CLASS) and not set(before) & _OTHERS


def organ_adjectives_before(doc, clause_start: int, start: int, adjectives) -> list:
    """(index, site) of the organ adjectives right before a target at `start` ('intestinal
    alpha glucosidase'; each of a list: 'vagal and central 5HT3 receptors')."""
    found, index = [], start - 1
    lowers = doc_words.lower_words(doc)
    while index >= clause_start:
        organ = adjectives.get(lowers[index])
        if organ is None:
            break
        found.append((index, organ))
        index -= 1
        if index > clause_start and lowers[index] in ("and", "or", ","):
            index -= 1
        else:
            break
    return found


_MADE_THINGS = set(_WORDS["made_things"])
_MAKING_SPAN = 4  # words from the adjective to the noun of making ("adrenal cortisol production")
_INHIBITOR_NOUNS = {"inhibitor", "inhibitors"}


def organ_adjective_making(doc, clause_start: int, clause_end: int, changes, hormones,
                           adjectives) -> list:
    """(index, site) of an organ adjective before a hormone's making that the clause's verb
    changes: 'reduces adrenal cortisol production', 'reducing excessive adrenal androgen
    production', 'an inhibitor of adrenal steroid biosynthesis' (rounds 18-30). Without a
    hormone or steroid between them ('hepatic glucose production') the noun is no hormone's
    and is left to the other readers; the verb must come right before (a word or two), and
    the clause must say how the drug acts there ('… production by blocking
    11-beta-hydroxylase', i381): a changed making alone is often downstream of where the
    drug acts ('prednisone reduces adrenal cortisol production', 'lisinopril increases renal
    renin release')."""
    found = []
    words = doc_words.lower_words(doc)
    if _MAKING_NOUNS.isdisjoint(words[clause_start:clause_end]):
        return found  # (gate: most clauses name no making)
    for index in range(clause_start + 1, clause_end):
        organ = adjectives.get(words[index])
        if organ is None:
            continue
        after = index + 1
        while after < min(clause_end, index + _MAKING_SPAN) and (
                after in hormones or doc[after].lower_ in _MADE_THINGS) and \
                doc[after].lower_ not in _MAKING_NOUNS:
            after += 1
        if after == index + 1 or after >= clause_end or \
                doc[after].lower_ not in _MAKING_NOUNS:
            continue
        before = index - 1
        if doc[before].lower_ == "of" and before - 1 >= clause_start and \
                doc[before - 1].lower_ in _INHIBITOR_NOUNS:
            found.append((index, organ))
            continue
        while before >= max(clause_start, index - _CHANGE_REACH - 1):
            token = doc[before]
            if changes(token):
                if not any(t.lower_ in _CONSEQUENCE for t in doc[clause_start:before]) and \
                        _acting_by(doc, after + 1, clause_end):
                    found.append((index, organ))
                break
            if not token.is_alpha or token.lower_ in _OBJECT_STOPS:
                break
            before -= 1
    return found


_BY_REACH = 3  # words from "by" to its word of acting ("by directly inhibiting")


def _acting_by(doc, start: int, end: int) -> bool:
    """'… by blocking 11-beta-hydroxylase', 'by inhibiting several adrenal steroidogenic
    enzymes': the words from `start` to `end` say how the drug acts."""
    for index in range(start, end):
        if doc[index].lower_ == "by" and any(
                t.lower_ in _ACTING_WORDS or t.lower_.startswith(_ACTING_STEMS)
                for t in doc[index + 1:min(end, index + 1 + _BY_REACH)]):
            return True
    return False


_HORMONE_WORDS = frozenset(_WORDS["hormone_nouns"])


def names_hormone_source(doc, end: int, hormones, effects) -> bool:
    """'the same receptor the stomach hormone ghrelin uses' (an ipamorelin page, round 30): an
    organ right before 'hormone' or a hormone's name says where that hormone is made, not where
    the drug acts, unless the clause changes that hormone ('lowers the pituitary hormone LH':
    its source is then read as the place acted on). `hormones`: token indices of hormone
    names; `effects`: the clause's (hormone, direction, polarity, start, end)."""
    if end >= len(doc) or not (doc[end].lower_ in _HORMONE_WORDS or end in hormones):
        return False
    return not any(e[3] <= end < e[4] + 2 for e in effects)


# What may stand between two sites of one list ("in the pituitary gland and hypothalamus",
# "the liver, kidney, or the gut"): commas, a joiner, an article.
_SITE_LIST_BETWEEN = re.compile(r"^\s*(?:,\s*)?(?:(?:and|or|and/or|as well as)\s+)?(?:the\s+)?$",
                                re.IGNORECASE)


# A receptor's distribution before a list of places ("receptors found in the ...", "the
# ghrelin receptor (GHS-R1a) located in the ..."): the receptor, then a word of being found,
# then the preposition that opens the list.
_DISTRIBUTION = re.compile(
    r"\breceptors?\b[^.;:]*\b(?:" + "|".join(map(re.escape, sorted(_FOUND))) +
    r")\s+(?:[a-z]+ly\s+)?(?:in|on|within|throughout)\s+(?:the\s+)?$", re.IGNORECASE)


def mark_sites_listed_with_known(assertions, text: str | None, kb) -> None:
    """'the ghrelin receptor (GHS-R1a) located in the pituitary gland and hypothalamus' (an
    ipamorelin page, round 30; the knowledge base says pituitary): the places where the
    drug's receptor is found, listed beside the one the knowledge base gives the drug, name
    one more place and do not contradict it. The others of such a list become `additional`
    (MEC004 and MEC009 do not hold them against the knowledge base or other places). Only a
    receptor's distribution: 'acts on the pituitary gland and the kidneys' still says the
    drug acts in the kidneys."""
    if text is None:
        return

    def known(drug, site) -> bool:
        entry = kb.drugs.get(drug)
        return entry is not None and any(nested_sites(kb, site, own) for own in entry.sites)

    said: dict[tuple[int, str], list] = {}
    for a in assertions:
        if a.attribute == "site" and a.polarity and a.at:
            said.setdefault((id(a.sentence), a.drug), []).append(a)
    for group in said.values():
        group.sort(key=lambda a: a.at)
        runs = [[group[0]]]  # the sites of one list
        for left, right in zip(group, group[1:]):
            if _SITE_LIST_BETWEEN.match(text[left.at[1]:right.at[0]]):
                runs[-1].append(right)
            else:
                runs.append([right])
        for run in runs:
            if len(run) < 2 or not any(known(a.drug, a.value) for a in run) or \
                    not _DISTRIBUTION.search(text[run[0].sentence.start:run[0].at[0]]):
                continue
            for other in run:
                if not known(other.drug, other.value) and other.modality == "asserted":
                    other.modality = "additional"


_PLACE_HEADS = set(_WORDS["organ_place_heads"])
_LESSER = set(_WORDS["organ_place_lesser"])
_PLACE_CUES = _ACTING_WORDS | set(_WORDS["organ_place_cues"])
_GIVING_WORDS = set(_WORDS["administration"])
_PLACE_CUE_REACH = 6  # words before the adjectives, as for a site's cue


def organ_adjective_places(doc, clause_start: int, clause_end: int, adjectives) -> list:
    """(index, site) of organ adjectives before a place noun the clause says the drug acts
    at: 'promoting satiety via hypothalamic receptors', 'At spinal and supraspinal sites',
    'binding in prostatic membranes' (after a word of acting, 'via' or 'at'; not after a word
    of giving: 'is infused at peripheral sites' is where the drug goes in)."""
    found = []
    lowers = doc_words.lower_words(doc)
    for index in range(clause_start, clause_end - 1):
        if lowers[index] not in _PLACE_HEADS:
            continue
        listed = organ_adjectives_before(doc, clause_start, index, adjectives)
        if not listed:
            continue
        first = min(i for i, _ in listed)
        before = {t.lower_ for t in doc[max(clause_start, first - _PLACE_CUE_REACH):first]}
        # ("with less activity against peripheral receptors": little done there)
        if before & _PLACE_CUES and not before & (_SCANT | _LESSER | _GIVING_WORDS):
            found += listed
    return found
