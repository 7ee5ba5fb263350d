"""Whether a sentence says a drug acts on a target it names, beyond the extractor's cues.

Pure judgments on a spaCy doc, used by annotate/mechanisms.py for targets the knowledge
base reads only where a drug is said to act on them:

- a target listed with one the clause already said the drug acts on shares that reading
  ("inhibiting cyclooxygenase enzymes (the COX-1 and COX-2 isoenzymes)", "both COX-1
  and COX-2");
- verbs of acting the extractor's own cue list leaves out ("all affect the L-type
  calcium channel", "binding to and inactivating the H+/K+-ATPase").
"""

from __future__ import annotations

import re

from lint.annotate import doc_words
from lint.data import load_data
from lint.normalise import singular

# Words that may stand between targets of one list.
_LIST_WORDS = {"(", ")", ",", "/", "and", "or", "the", "both", "its", "their", "as", "well",
               "isoenzymes", "isoenzyme", "isoforms", "isoform", "enzymes", "enzyme",
               "subtypes", "subtype", "receptors", "receptor"}
_LIST_REACH = 5
_ACTING = {"affect", "affects", "affecting", "inactivate", "inactivates", "inactivating",
           "interact", "interacts", "interacting",
           "modulate", "modulates", "modulating", "stimulate", "stimulates", "stimulating",
           "activate", "activates", "occupy", "occupies", "occupying",
           "open", "opens", "opening",  # "by opening ATP-sensitive potassium channels"
           # the acts named as nouns: "via inhibition of mycobacterial ATP synthetase", "by
           # slow inactivation of voltage gated sodium channels", "by interference with a
           # glutamate gated chloride channel", "by allosteric activation of the
           # calcium-sensing receptor", "direct antagonism of the MRs"
           "inhibition", "inactivation", "interference", "antagonism", "blockade",
           # "works via stimulation of sGC", "by activation of AMPK" (session 30, i416)
           "stimulation", "activation"}
# (a noun of acting governs the target after "of" or "with": not "susceptible to
# inactivation by beta-lactamase", where the enzyme acts on the drug)
_ACTING_NOUNS = {"inhibition", "inactivation", "interference", "antagonism", "blockade",
                 "stimulation", "activation"}
# Nouns of acting that say who acts only after a word of means ("works via stimulation of
# sGC", "by direct activation of …"): "Activation of oxytocin receptor causes contractions",
# "increased activation of the progesterone receptors" name the receptor's own activity
# (gold rounds 12 and 2), not a drug's action on it.
_MEANS_NOUNS = {"stimulation", "activation"}
_MEANS = {"via", "by", "through"}
_GOVERNING = {"of", "with"}
_CUE_REACH = 5


def listed_with_acted(doc, acted: int | None, start: int) -> bool:
    """The target at `start` is listed with the one that ended at `acted`."""
    if acted is None or not 0 <= start - acted <= _LIST_REACH:
        return False
    return all(t.lower_ in _LIST_WORDS for t in doc[acted:start])


def acted_on_by_verb(doc, clause_start: int, start: int) -> bool:
    """A verb of acting shortly before the target at `start`."""
    lowers = doc_words.lower_words(doc)
    return any(lowers[i] in _ACTING and (lowers[i] not in _ACTING_NOUNS or
                                         lowers[i + 1] in _GOVERNING) and
               (lowers[i] not in _MEANS_NOUNS or _MEANS & set(lowers[max(clause_start, i - 2):i]))
               for i in range(max(clause_start, start - _CUE_REACH), start))


_COMPARISON_REACH = 3  # words between "than"/"as … as" and the target's name ("the dopamine")
_PREFERENCE = {"for", "selective", "selectivity", "preference", "preferentially", "specific",
               "specificity"}


def named_in_comparison(doc, clause_start: int, start: int) -> bool:
    """'… inhibit prolactin, though not nearly as robustly as D2 receptor agonists': the
    target belongs to what the drug is compared with ("than …", "as <adverb> as …"), not
    to the drug ("as well as" joins, it does not compare); "selective for SGLT2 over SGLT1"
    (what the drug prefers the target to)."""
    before = [t.lower_ for t in doc[max(clause_start, start - _COMPARISON_REACH - 3):start]]
    for i in range(len(before) - 1, max(-1, len(before) - 2 - _COMPARISON_REACH), -1):
        if before[i] == "than":
            return True
        # "selective for SGLT2 over SGLT1", "1,200-fold selectivity over SGLT1": what the
        # drug is preferred against, not acted on ("A rather than B" is the "than" above)
        if before[i] == "over" and _PREFERENCE & {t.lower_ for t in
                                                   doc[clause_start:start - len(before) + i]}:
            return True
        if before[i] == "as" and i >= 2 and before[i - 2] == "as" and \
                before[i - 1] not in ("well", "such"):
            return True
    return False


_ACTION_NOUNS = {"antagonists", "antagonist", "blockers", "blocker", "inhibitors", "inhibitor",
                 "agonists", "agonist", "degrader", "degraders", "modulator", "modulators"}
_OPENING = {"the", "a", "an", "these", "all", "most", "some", "many"}
_GROUP_NOUNS = {"antagonists", "blockers", "inhibitors", "agonists", "degraders", "modulators"}


def names_the_subject(doc, clause_start: int, start: int, end: int, classed=None) -> bool:
    """'The beta-adrenergic receptor antagonists (beta-blockers) are a family of agents':
    the target opens the clause as part of its subject's name, which says nothing yet
    about what the drugs act on (a class's name alone gives no target). `classed(noun)`:
    whether the target with that noun of action names a class of the knowledge base; a
    predicate naming none ('ulimorelin is a ghrelin receptor agonist') says the target."""
    if end < len(doc) and doc[end].like_num and end + 1 < len(doc):
        end += 1  # "vasopressin receptor 2 antagonist": the subtype's number
    if end >= len(doc) or doc[end].lower_ not in _ACTION_NOUNS:
        return False
    if doc[end].lower_ in _GROUP_NOUNS:
        # "alongside serotonin and noradrenaline reuptake inhibitors", "the pharmacology of
        # adenosine A2A receptor antagonists": a group of drugs named (session 32, i441)
        return True
    return all(t.lower_ in _OPENING for t in doc[clause_start:start]) or \
        _predicate_class(doc, clause_start, start) and (classed is None or
                                                        classed(doc[end].lower_))


_COPULAS = {"is", "are", "was", "were", "as", ","}
_ARTICLES = {"a", "an"}
_MODIFIER_REACH = 3
_NOT_MODIFIERS = {"of", "that", "which", "to", "the", "and", "or", "with", "for", "by", "on",
                  "in", "at", "from"}


def _predicate_class(doc, clause_start: int, start: int) -> bool:
    """'Tolvaptan is a selective V2 receptor antagonist', 'Bromocriptine, a D2 receptor
    agonist, …', 'functions as a selective, competitive vasopressin receptor 2 antagonist':
    the class the drug is said to be, named by its target; that alone does not say the drug
    acts on the target (a class's name gives no target), as a verb or 'an antagonist of'
    would."""
    for index in range(start - 1, max(clause_start, start - _MODIFIER_REACH - 1) - 1, -1):
        word = doc[index].lower_
        if word in _ARTICLES:
            return index > clause_start and doc[index - 1].lower_ in _COPULAS
        if word != "," and (not word.isalpha() or word in _NOT_MODIFIERS):
            return False
    return False


def numbered_other(doc, end: int) -> bool:
    """'the human epidermal growth factor receptor 2 (HER2)': a number right after a
    target's name names another, numbered member (HER2, not the epidermal growth factor
    receptor, HER1), which the knowledge base would have matched whole had it known it; an
    isoform's code likewise ('cytochrome P450 14α-demethylase' is not every P450)."""
    if end >= len(doc):
        return False
    text = doc[end].text
    return (text.isdigit() and len(text) == 1) or bool(_ISOFORM_CODE.match(text))


_ISOFORM_CODE = re.compile(r"^\d+[A-Za-zα-ω]")  # "3A4", "2D6", "14α-demethylase"


_CONSEQUENCE = {"thereby", "consequently"}


def consequence_of_action(doc, clause_start: int, start: int) -> bool:
    """'acts as an agonist of the GABA B receptor, thereby activating potassium channels':
    what follows 'thereby' is a consequence of what the drug acts on, not a second target
    of the drug ('Consequently, inhibitors of mTOR …' opens a sentence: no action before)."""
    return any(t.lower_ in _CONSEQUENCE for t in doc[clause_start + 1:start])


_MARKER_AMOUNTS = frozenset(load_data("mechanism_guards.yaml")["target_amount_nouns"])
_MARKER_DETERMINERS = {"the", "its", "their", "serum", "plasma", "circulating"}


def amount_of_marker(doc, clause_start: int, start: int, end: int) -> bool:
    """'modulate the expression of Interleukin-6', 'reduces IL-6 production': the target
    at [start, end) is named as an amount the drug changes (a marker), not as what it acts
    on. Not a receptor (`_MARKER_AMOUNTS`' note)."""
    lowers = doc_words.lower_words(doc)
    if lowers[end - 1] in ("receptor", "receptors") or \
            (end < len(doc) and lowers[end] in ("receptor", "receptors")):
        return False
    if end < len(doc) and lowers[end] in _MARKER_AMOUNTS:
        return True
    index = start - 1
    while index > clause_start and lowers[index] in _MARKER_DETERMINERS:
        index -= 1
    return index > clause_start and lowers[index] == "of" and \
        lowers[index - 1] in _MARKER_AMOUNTS


_MEMBER_CUES = (("such", "as"), ("including",), ("e.g.",), ("eg",), ("for", "example"))
_LIST_STOPS = {";", "whereas", "while", "but"}


def members_after_targets(doc, matches) -> dict[int, list[str]]:
    """'agonists of the ghrelin receptor (GHSR), such as ipamorelin and MK-677, and agonists
    of the GHRH receptor, such as sermorelin': the drugs listed after each target, keyed by
    the target's start; the list runs to the next target."""
    targets = [m for m in matches if m[0] == "target"]
    out: dict[int, list[str]] = {}
    for number, (_kind, _key, t_start, t_end) in enumerate(targets):
        index = t_end
        if index < len(doc) and doc[index].text == "(":
            close = next((j for j in range(index, min(len(doc), index + 6))
                          if doc[j].text == ")"), None)
            index = close + 1 if close is not None else index
        elif index < len(doc) and doc[index].text == ")":
            index += 1  # the abbreviation in brackets after the name: "(GHSR)"
        if index < len(doc) and doc[index].text == ",":
            index += 1
        words = [t.lower_ for t in doc[index:index + 2]]
        cue = next((c for c in _MEMBER_CUES if tuple(words[:len(c)]) == c), None)
        if cue is None:
            continue
        index += len(cue)
        limit = next((t[2] for t in targets[number + 1:] if t[2] >= index), len(doc))
        stop = next((t.i for t in doc[index:limit] if t.lower_ in _LIST_STOPS), limit)
        listed = [m[1] for m in matches if m[0] == "drug" and index <= m[2] < stop]
        if listed:
            out[t_start] = list(dict.fromkeys(listed))
    return out


_GUARD_WORDS = load_data("mechanism_guards.yaml")
_STATUS = frozenset(_GUARD_WORDS["tumour_status_words"])
# "promise in ESR1 mutant patients" (round 14): the patients' tumour, as "-positive" is; not
# "inhibits EGFR mutants, including T790M" (what the drug acts on)
_MUTANT = frozenset(_GUARD_WORDS["tumour_mutant_words"])
_BEARERS = frozenset(_GUARD_WORDS["tumour_bearer_nouns"])


_EXPRESSING = {"express", "expresses", "expressing", "expressed", "overexpress",
               "overexpressing", "carry", "carrying", "lack", "lacking"}


def describes_disease(doc, end: int, start: int | None = None) -> bool:
    """'estrogen receptor positive breast cancer', 'receptor status', 'cells express
    either estrogen or progesterone receptors': the target names a kind of tumour or a
    gene, not what a drug acts on."""
    if start is not None and any(t.lower_ in _EXPRESSING for t in doc[max(0, start - 3):start]):
        return True
    words = [t.lower_ for t in doc[end:min(len(doc), end + 3)]]
    if words and words[0] == "-":
        words = words[1:]
    if words and words[0] in _MUTANT:
        return len(words) > 1 and words[1] in _BEARERS
    return bool(words) and words[0] in _STATUS


def elided_receptor(doc, matches, end: int) -> bool:
    """'the estrogen and progesterone receptors': the hormone ending at `end` shares the
    head noun 'receptors' of the target coordinated with it."""
    words = [t.lower_ for t in doc[end:min(len(doc), end + 1)]]
    if words not in (["and"], ["or"]):
        return False
    target = next((m for m in matches if m[0] == "target" and m[2] == end + 1), None)
    return target is not None and doc[target[3] - 1].lower_ in ("receptor", "receptors")


def most_specific_targets(assertions, targets: dict) -> list:
    """'As a selective serotonin receptor antagonist, ondansetron … blocks … at 5HT3
    receptors': a family of receptors and one of its subtypes said of one drug in one
    sentence are one target, the subtype."""
    said = {(a.drug, id(a.sentence), a.value) for a in assertions
            if a.attribute == "target" and a.polarity}
    return [a for a in assertions if not (
        a.attribute == "target" and a.polarity and any(
            (a.drug, id(a.sentence), member) in said
            for member in targets.get(a.value, {}).get("members", ())))]


def receptors_of_hormones(hormones: dict, targets: dict) -> dict[str, str]:
    """hormone key -> the one target named '<hormone> receptor' in one of the hormone's
    names ('growth hormone receptor', 'GH receptor'), for "blocks the action of growth
    hormone": the knowledge base's own names, beside drugs.yaml's `hormone_receptors`."""
    by_name: dict[str, set[str]] = {}
    for key, spec in targets.items():
        for name in spec["names"]:
            by_name.setdefault(name.lower(), set()).add(key)
    out = {}
    for hormone, names in hormones.items():
        found = {key for name in names for key in by_name.get(f"{name.lower()} receptor", ())}
        if len(found) == 1:
            out[hormone] = found.pop()
    return out


_RECEPTOR_ACTORS = {"antagonist", "antagonists", "agonist", "agonists", "blocker", "blockers"}
_HORMONE_PROCESSES = {"synthesis", "biosynthesis", "production", "release", "secretion",
                      "formation", "levels", "level", "concentrations", "signalling",
                      "signaling", "pathway", "deficiency", "analogue", "analog"}


def acting_on_hormone(doc, clause_start: int, start: int, end: int, matches) -> bool:
    """'a synthetic nonsteroidal antagonist of gonadotropin releasing hormone', 'a potent
    antagonist of progesterone and cortisol': an agonist or antagonist of a hormone acts on
    its receptor (not 'an inhibitor of estrogen synthesis', which acts on an enzyme; the
    second of a pair shares the first one's noun)."""
    if end < len(doc) and doc[end].lower_ in _HORMONE_PROCESSES:
        return False
    hormones = {m[3]: m[2] for m in matches if m[0] == "hormone"}
    index = start
    while index - 1 >= clause_start and doc[index - 1].lower_ in ("and", "or", ",") and \
            index - 1 in hormones:
        index = hormones[index - 1]  # "of progesterone and cortisol"
    before = [t.lower_ for t in doc[max(clause_start, index - 3):index]]
    while before and before[-1] in ("the", "both"):
        before.pop()
    return before[-2:-1] != [] and before[-1:] == ["of"] and before[-2] in _RECEPTOR_ACTORS


_HEAD_NOUNS = {"receptor", "receptors", "channel", "channels", "reuptake"}
_COORDINATORS = {"and", "or", ",", "/"}  # "/": "MT1/MT2 receptors" names both
# A word coordinated before an enzyme shares its head noun too: "pancreatic and gastric lipase"
_ENZYME_HEAD = re.compile(r"^[a-z]{3,}ases?$")


def elided_targets(doc, found, target_named) -> list[tuple[str, str, int, int]]:
    """'the 5-HT1B and 5-HT1D receptors', 'dopamine D1 and D2 receptors': a subtype code
    coordinated before a target whose name ends in its head noun shares that noun (and the
    words before the code: "serotonin 5-HT1B"), when the knowledge base knows the name so
    made. `target_named(name)` is the target key a name spells, or None."""
    out = []
    for kind, _key, start, end in found:
        if kind != "target" or end - start < 2 or not (
                doc[end - 1].lower_ in _HEAD_NOUNS or _ENZYME_HEAD.match(doc[end - 1].lower_)):
            continue
        head = singular(doc[end - 1].lower_)
        family = [t.text for t in doc[start:end - 2]]  # "dopamine" of "dopamine D2 receptors"
        index = start - 1
        while index >= 1 and doc[index].lower_ in _COORDINATORS:
            first = index - 1  # the code may be several tokens written together: "5-HT1B"
            while first >= 1 and not doc[first - 1].whitespace_ and \
                    doc[first - 1].text not in "([,;:":
                first -= 1
            code = doc[first:index].text
            if doc[index - 1].is_punct:
                break
            if not any(c.isdigit() for c in code) and not (
                    index == start - 1 and doc[index].lower_ in ("and", "or") and
                    first == index - 1 and doc[first].is_alpha and len(code) >= 3 and
                    not doc[first].is_stop):
                # a subtype has a number ("5-HT1B", "D1", "H2", "alpha-1"); a word joined by
                # "and"/"or" right before the target names another of its family when the
                # name so made is one ("the AMPA and kainate receptors")
                break
            key = next((k for k in (target_named(" ".join(family[:cut] + [code, head]))
                                    for cut in range(len(family), -1, -1)) if k), None)
            if key is None:
                break
            out.append(("target", key, first, index))
            index = first - 1
    return out


_NUMBER_JOINS = {"and", "or", ","}
_LAST_NUMBER = re.compile(r"(?<=[A-Za-z-])\d+$")
_NAME_WORDS = 4  # tokens of a name before a plural head ("cyclin - dependent kinases")


def numbered_targets(doc, found, target_named) -> list[tuple[str, str, int, int]]:
    """Numbers coordinated after a target's number or a plural head noun name targets of
    the same name (rounds 14, 16, 22): 'interleukin-12 and -23' (interleukin-23),
    'cyclin-dependent kinases 4 and 6' (cyclin-dependent kinase 4 and 6), when the
    knowledge base knows the names so made (`target_named`)."""
    out, lowers = [], doc_words.lower_words(doc)
    taken = {i for m in found for i in range(m[2], m[3])}
    for kind, _key, start, end in found:
        # "interleukin-12 and -23": the number after the joint replaces the target's own
        own = _LAST_NUMBER.search(doc[end - 1].text) if kind == "target" else None
        if own is None:
            continue
        index = end
        while index + 1 < len(doc) and lowers[index] in _NUMBER_JOINS:
            at = index + 1 + (doc[index + 1].text in ("-", "‐") and index + 2 < len(doc))
            number = doc[at].text.lstrip("-‐")
            if not number.isdigit() or at in taken:
                break
            key = target_named(_LAST_NUMBER.sub(number, doc[start:end].text))
            if key is None:
                break
            out.append(("target", key, index + 1, at + 1))
            index = at + 1
    # (the join two words on read first from the kept lower-case words: a Token for every
    # word of every block was most of this reader's cost)
    for index in [i for i in range(1, len(doc) - 2) if lowers[i + 2] in _NUMBER_JOINS]:
        # "cyclin-dependent kinases 4 and 6": a plural head noun before numbers
        if not doc[index + 1].like_num or singular(lowers[index]) == lowers[index]:
            continue
        word = doc[index]
        numbers, at = [index + 1], index + 2
        while at + 1 < len(doc) and lowers[at] in _NUMBER_JOINS and doc[at + 1].like_num:
            numbers.append(at + 1)
            at += 2
        if len(numbers) < 2 or any(i in taken for i in numbers):
            continue
        head = singular(word.text)
        for first in range(max(0, index - _NAME_WORDS), index + 1):
            named = [(i, target_named(f"{doc[first:index].text} {head} {doc[i].text}".strip()))
                     for i in numbers]
            if all(key for _, key in named):
                out += [("target", key, first if i == numbers[0] else i, i + 1)
                        for i, key in named]
                break
    return out


# "little affinity for", "no affinity for", "little agonist activity for": a degree that
# denies the binding
_LOW_DEGREE = {"little", "weak", "low", "no", "negligible", "minimal", "poor", "without"}
_AFFINITY_GAP = {"the", "its", "their", "both"}


def affinity_for(doc, clause_start: int, start: int) -> bool | None:
    """'has high affinity for the glucocorticoid receptor': the drug binds the target at
    `start` (True); 'little affinity for the GR-I receptor', 'only weak affinity for the
    norepinephrine … transporters' deny it (False); None when no affinity is said of it."""
    index = start - 1
    while index > clause_start and doc[index].lower_ in _AFFINITY_GAP:
        index -= 1
    if index - 1 < clause_start:
        return None
    noun, link = doc[index - 1].lower_, doc[index].lower_
    # ("selective activity for the D2 class of dopamine receptors and little agonist
    # activity for the D1 class": an activity is graded as an affinity is; rounds 2, 9)
    # ("with selectivity for M1/M4 receptors": a preference among targets it binds; session 32)
    if not ((noun in ("affinity", "affinities", "selectivity") and link in ("for", "to")) or
            (noun in ("activity", "activities") and link in ("for", "at", "on"))):
        return None
    degree = {t.lower_ for t in doc[max(clause_start, index - 4):index - 1]}
    if noun == "selectivity":
        return None if degree & _LOW_DEGREE else True  # little selectivity still binds
    return not degree & _LOW_DEGREE


_SUBTYPE_NOUNS = {"class", "family", "subtype", "type", "subfamily"}
_SUBTYPE_REACH = 3  # words of the family's name: "dopamine", "serotonin (5-HT)"


def subtypes_of_family(doc, target_named) -> list[tuple[str, str, int, int]]:
    """'the D2 class of dopamine receptors' = dopamine D2 receptors (rounds 2 and 9:
    bromocriptine, pramipexole, ropinirole): a subtype code, a word of kind, "of" and the
    family's receptors, when the knowledge base knows the name so made."""
    out, lowers = [], doc_words.lower_words(doc)
    for index in range(len(doc) - 3):
        code = doc[index].text
        if not (any(c.isdigit() for c in code) and any(c.isalpha() for c in code)) or \
                lowers[index + 1] not in _SUBTYPE_NOUNS or lowers[index + 2] != "of":
            continue
        end = next((e for e in range(index + 3, min(len(doc), index + 4 + _SUBTYPE_REACH))
                    if lowers[e] in _HEAD_NOUNS), None)
        if end is None:
            continue
        family = [t.text for t in doc[index + 3:end]]
        head = singular(lowers[end])
        key = next((k for k in (target_named(" ".join(family[:cut] + [code, head]))
                                for cut in range(len(family), -1, -1)) if k), None)
        if key is not None:
            out.append(("target", key, index, end + 1))
    return out


def narrowed_by_prefix(doc, start: int) -> bool:
    """'alpha-adrenergic receptors' matched as its last words, 'adrenergic receptors': a
    qualifier joined by a hyphen to a target's first word names a narrower target, one the
    knowledge base would have matched whole had it known that spelling."""
    # ("anti-CD3": the target an antibody is raised against, not a narrower one)
    return start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and \
        not doc[start - 1].whitespace_ and doc[start - 2].is_alpha and \
        doc[start - 2].lower_ != "anti"


_RELATIVE = {"which", "who"}
_RELATIVE_JOINS = {"or", "and", ","}


def relative_owners(doc, clause_start: int, start: int, matches) -> list[str] | None:
    """'… than bromocriptine or pergolide which have activity for both D1 and D2 receptors',
    '… and efavirenz (which is also an agonist at the 5-HT2A receptor …)': a target in a
    relative clause is said of the drugs the clause hangs on (those coordinated right before
    'which' share it; after a bracket, the one drug before it), not of the sentence's
    subject. None when no such clause holds the target."""
    drugs = [m for m in matches if m[0] == "drug"]
    index = start - 1
    while index > clause_start and doc[index].lower_ not in _RELATIVE:
        if doc[index].text in (";", ")") or any(m[2] <= index < m[3] for m in drugs):
            return None  # another clause, or a drug nearer the target than any 'which'
        index -= 1
    if index <= clause_start:
        return None
    before = index - 1
    bracket = doc[before].text == "("
    if doc[before].text in (",", "("):
        before -= 1
    owners: list[str] = []
    while True:
        match = next((m for m in drugs if m[3] == before + 1), None)
        if match is None:
            break
        owners.insert(0, match[1])
        if bracket:
            break
        before = match[2] - 1
        while before > clause_start and doc[before].lower_ in _RELATIVE_JOINS:
            before -= 1
    return owners or None


_WORDS = load_data("mechanism_words.yaml")
_ANTIBODY_NOUNS = set(_WORDS["antibody_nouns"])
_ANTIBODY_LINKS = set(_WORDS["antibody_links"])
_ANTIBODY_BETWEEN = set(_WORDS["antibody_between"])
_ANTIBODY_REACH = 4  # "antibody directed against the human epidermal growth factor receptor 2"


def raised_against(doc, clause_start: int, start: int) -> bool:
    """The target at `start` is what an antibody is raised against: 'a human monoclonal
    antibody to interleukin-17A', 'antibody directed against the CD20 antigen', 'a humanized
    anti-CD3 monoclonal antibody', 'anti-sclerostin antibodies'."""
    lowers = doc_words.lower_words(doc)
    if start >= 2 and lowers[start - 1] == "-" and lowers[start - 2] == "anti" and \
            start - 2 >= clause_start:
        return True
    index = start - 1
    while index >= clause_start and start - index <= _ANTIBODY_REACH and \
            lowers[index] in _ANTIBODY_BETWEEN:
        index -= 1
    if index < clause_start or lowers[index] not in _ANTIBODY_LINKS:
        return False
    index -= 1
    while index >= clause_start and lowers[index] in ("directed", "raised", "targeted"):
        index -= 1
    return index >= clause_start and lowers[index] in _ANTIBODY_NOUNS


# "raises acetylcholine levels at cholinergic receptors": the amount of another substance,
# which is what acts at the receptor named after it
_AMOUNT_NOUNS = {"level", "levels", "concentration", "concentrations", "amount", "amounts",
                 "availability"}
_AT_WORDS = {"at", "on"}


def amount_acts_at(doc, clause_start: int, start: int, matches) -> str | None:
    """The substance (drug or hormone key) whose amount stands right before 'at/on (the)
    <target>': that substance acts at the target, not the drug that changed its amount
    (donepezil, an acetylcholinesterase inhibitor, is not said to act on cholinergic
    receptors by 'raises acetylcholine levels at cholinergic receptors')."""
    lowers = doc_words.lower_words(doc)
    index = start - 1
    if index > clause_start and lowers[index] == "the":
        index -= 1
    if index - 1 <= clause_start or lowers[index] not in _AT_WORDS or \
            lowers[index - 1] not in _AMOUNT_NOUNS:
        return None
    return next((m[1] for m in matches if m[0] in ("drug", "hormone") and m[3] == index - 1),
                None)


# The head nouns of a receptor phrase, one set for every mechanism reader that asks
RECEPTOR_NOUNS = frozenset({"receptor", "receptors"})


def ligand_of_other_receptor(doc, end: int, label: str) -> bool:
    """'does not bind BAFF receptors': a ligand's name (a cytokine, a protein) before
    'receptor' names the ligand's receptor, another target than the ligand the knowledge
    base matched (session 30, i416: BAFF, transthyretin and the like are no receptors)."""
    # (not an enzyme's name: "the BCR-ABL tyrosine kinase receptor" is the kinase)
    return end < len(doc) and doc[end].lower_ in RECEPTOR_NOUNS and \
        "receptor" not in label.lower() and not doc[end - 1].lower_.endswith("ase")


# A receptor subtype's code as texts write it before a family's name or a word of action:
# "V1a", "M4", "D2", "OX1" (not a bare number, nor a word)
_SUBTYPE_CODE = re.compile(r"^[A-Z][A-Za-z]{0,2}\d{1,2}[a-zA-Z]?$")
_CODE_JOINS = {"and", "or", ",", "/"}
_ACTION_AFTER_CODES = {"agonist", "agonists", "antagonist", "antagonists", "blocker",
                       "blockers", "modulator", "modulators"}


def _coded(doc, index: int) -> bool:
    return bool(_SUBTYPE_CODE.match(doc[index].text)) and any(c.isdigit()
                                                              for c in doc[index].text)


def _codes_before(doc, index: int) -> list[int]:
    """The subtype codes coordinated so that the last ends at `index` (inclusive), last
    first: "V1a, V1b and V2", "M1/M4", "M1, M2, and M3"."""
    codes = []
    while index >= 0 and _coded(doc, index):
        codes.append(index)
        join = index - 1
        if join < 1 or doc[join].lower_ not in _CODE_JOINS:
            break
        if doc[join].lower_ in ("and", "or") and doc[join - 1].text == ",":
            join -= 1  # "M1, M2, and M3"
        index = join - 1
    return codes


def coded_subtypes(doc, found, target_named, label_of) -> tuple[list, set[int]]:
    """Subtype codes coordinated before a family's receptors name its members: "activating
    V1a, V1b and V2 vasopressin receptors", "the M1 and M4 muscarinic receptors"; and codes
    joined by a slash before a word of action name theirs, "an M1/M4 agonist" (session 32,
    i441) — each when the knowledge base knows the name so made with the family's word
    (`target_named`; "dopamine D3 receptor", never the bare "D3 receptor", a vitamin's).
    Also the starts of the family matches whose members were so named: the family is not a
    target of its own there."""
    out, families = [], set()
    taken = {i for m in found for i in range(m[2], m[3])}
    for kind, _key, start, end in found:
        if kind != "target" or doc[end - 1].lower_ not in RECEPTOR_NOUNS:
            continue
        first = start + 1 if _coded(doc, start) else start  # "M4 muscarinic receptors"
        family = doc[first:end - 1].text
        for index in _codes_before(doc, start - 1) if family else ():
            code = doc[index].text
            key = None if index in taken else next((k for k in (target_named(n) for n in (
                f"{family} {code} receptor", f"{code} {family} receptor")) if k), None)
            if key is None:
                break
            out.append(("target", key, index, index + 1))
            if first == start:
                families.add(start)
    for index in range(1, len(doc)):
        if doc[index].lower_ not in _ACTION_AFTER_CODES or doc[index - 1].text == "/":
            continue
        codes = _codes_before(doc, index - 1)
        if len(codes) < 2 or any(doc[i + 1].text != "/" for i in codes[1:]) or \
                taken & set(codes):
            continue  # ("a D2 antagonist" is a name the matcher reads, if any)
        # the family's word from the last code's own receptor ("muscarinic" of CHRM4's
        # "Muscarinic acetylcholine receptor M4"), which every code must name a member of
        last = target_named(f"{doc[codes[0]].text} receptor")
        word = label_of(last).split()[0].lower() if last else ""
        keys = [target_named(f"{word} {doc[i].text} receptor") for i in codes] if word else []
        if keys and all(keys):
            out += [("target", key, i, i + 1) for key, i in zip(keys, codes)]
    return out, families


def listed_before_acting(doc, matches, end: int, acting: set[str]):
    """'a dual JAK1 and JAK2 inhibitor', 'an S1PR1, S1PR4 and S1PR5 modulator': the target
    ending at `end` is listed before others, the last of which a word of acting follows
    (`acting`: the extractor's "inhibitor", "antagonist" …); that last target's match, else
    None (session 32, i441: the list's first members were read without their action)."""
    starts = {m[2]: m for m in matches if m[0] == "target"}
    last = None
    while True:
        index = end
        while index < len(doc) and index - end <= _LIST_REACH and doc[index].lower_ in \
                _LIST_WORDS and index not in starts:
            index += 1
        if index == end or index not in starts:
            break
        last = starts[index]
        end = last[3]
    if last is None or end >= len(doc):
        return None
    after = end + (doc[end].lower_ in RECEPTOR_NOUNS)  # "the S1P1 and S1P5 receptor agonist"
    return last if after < len(doc) and doc[after].lower_ in acting else None


_REUPTAKE = {"reuptake", "re-uptake"}
_REUPTAKE_LIST_JOINS = {",", "and", "or", "as", "well", "also"}
# words between "reuptake of" and the substances: "the presynaptic reuptake of the
# neurotransmitters noradrenaline, dopamine and serotonin"
_REUPTAKE_OPENERS = {"the", "neurotransmitters", "neurotransmitter", "monoamines", "monoamine",
                     "amines", "both"}
_REUPTAKE_REACH = 6  # substances in one list


def reuptake_lists(doc, found, target_named) -> tuple[list, set[int]]:
    """Each substance of a list whose reuptake a sentence names is the transporter
    `target_named` gives "reuptake of <substance>" or "<substance> reuptake": "the reuptake
    of noradrenaline, dopamine and serotonin", "inhibits dopamine and serotonin reuptake"
    (session 32, i441: only the substance next to the word was read, and a drug's name
    among the others, "dopamine", was read as the sentence's subject). The targets so named
    and the starts of the drug names they are (no subject there)."""
    out, drugs = [], set()
    by_start = {m[2]: m for m in found}
    by_end = {m[3]: m for m in found if m[0] != "target"}

    def element(start: int, end: int) -> str | None:
        name = doc[start:end].text
        return target_named(f"reuptake of {name}") or target_named(f"{name} reuptake")

    def take(start: int, end: int, key: str) -> None:
        match = by_start.get(start)
        if match is not None and match[0] == "drug":
            drugs.add(start)
        out.append(("target", key, start, end))

    for index, token in enumerate(doc):
        if token.lower_ not in _REUPTAKE:
            continue
        if index + 1 < len(doc) and doc[index + 1].lower_ == "of":
            at = index + 2
            while at < len(doc) and doc[at].lower_ in _REUPTAKE_OPENERS:
                at += 1
            for _ in range(_REUPTAKE_REACH):
                match = by_start.get(at)
                end = match[3] if match and match[0] != "target" else at + 1
                key = element(at, end) if at < len(doc) and doc[at].is_alpha else None
                if key is None:
                    break
                take(at, end, key)
                at = end
                while at < len(doc) and doc[at].lower_ in _REUPTAKE_LIST_JOINS:
                    at += 1
        # "dopamine and serotonin reuptake": the substances before the word (not a class's
        # name, "serotonin and noradrenaline reuptake inhibitors")
        at = index
        named_class = index + 1 < len(doc) and doc[index + 1].lower_ in _ACTION_NOUNS
        for _ in range(0 if named_class else _REUPTAKE_REACH):
            match = by_end.get(at)
            start = match[2] if match else at - 1
            key = element(start, at) if start >= 0 and doc[start].is_alpha else None
            if key is None:
                break
            take(start, at, key)
            at = start
            while at > 0 and doc[at - 1].lower_ in _REUPTAKE_LIST_JOINS:
                at -= 1
            if at == start:
                break
    return out, drugs


def governing_reuptake(doc, start: int) -> int | None:
    """Where the word "reuptake" is whose list the substance at `start` belongs to ("the
    reuptake of the neurotransmitters noradrenaline, dopamine and serotonin"), so that the
    verb acting on the reuptake is looked for before it; None when it is in no such list."""
    index = start - 1
    while index >= 1 and start - index <= 3 * _REUPTAKE_REACH:
        word = doc[index].lower_
        if word == "of" and doc[index - 1].lower_ in _REUPTAKE:
            return index - 1
        if not (word in _REUPTAKE_LIST_JOINS or word in _REUPTAKE_OPENERS or
                doc[index].is_alpha):
            return None
        index -= 1
    return None
