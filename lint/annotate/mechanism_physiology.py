"""What in a drug sentence is the body's physiology rather than the drug's doing.

Small, pure judgments on a spaCy doc and the extractor's matches
((kind, key, start, end) tuples), used by annotate/mechanisms.py:

- a word of effect that governs how a hormone is removed ("decrease the
  degradation of GLP-1", "reducing hepatic clearance of insulin") says the
  opposite of the hormone's level;
- a clause whose subject is one of the body's hormones ("GLP-1 is an incretin
  that increases insulin release", "Both hormones are polypeptides") is
  physiology, and so is the sentence after it that goes on about them;
- a relative clause whose antecedent is a hormone ("… GLP-1 activity, a
  gastrointestinal hormone that increases insulin secretion") says what the
  hormone does, not the drug;
- a hormone's activity or action ("enhance GLP-1 activity") is not its level,
  and "the hormone estrogen" in apposition is read as "estrogen";
- an effect limited in time ("a surge in testosterone with the initial
  injection") is kept apart from the drug's lasting effect;
- a noun of effect right after a hormone ("testosterone suppression") says
  its direction;
- a medicine that is also the body's own substance is the body's where a clause opens
  with it and the text's drugs block its receptors ("Antihistamines … block the
  histamine type 1 (H1) receptors" makes "Histamine is an important mediator …"
  physiology; "a vasopressin 2 receptor antagonist" makes "Vasopressin acts on type 2
  receptors …" so).
"""

from __future__ import annotations

from lint.annotate import doc_words
from lint.annotate.mechanism_targets import RECEPTOR_NOUNS
from lint.data import load_data
from lint.normalise import singular

# domain words (drugs, dosing, routes, sites, effects) are data: mechanism_words.yaml
_WORDS = load_data("mechanism_words.yaml")

# Nouns of a hormone's removal: lowering them raises the hormone's level.
REMOVAL_NOUNS = set(_WORDS["removal_nouns"])
# Words naming hormones in general, as a clause's subject.
HORMONE_NOUNS = set(_WORDS["hormone_nouns"])
_DETERMINERS = {"the", "a", "an", "both", "these", "this", "endogenous", "natural", "native",
                "two", "all", "its", "their"}
_RELATIVE = {"that", "which", "who"}
_OPENING_REACH = 3  # tokens a clause's subject may sit after its first word


def reverses_direction(doc, effect_index: int, hormone_start: int) -> bool:
    """'decrease the degradation of GLP-1': the word of effect at `effect_index` governs
    the hormone's removal, so the level moves the other way."""
    return any(w in REMOVAL_NOUNS
               for w in doc_words.lower_words(doc)[effect_index + 1:hormone_start])


def opens_with_hormone(doc, start: int, end: int, matches) -> bool:
    """The clause's subject is a hormone of the body: its first words, after determiners,
    name a hormone ('GLP-1 is …', 'The incretins – GLP-1 and GIP – are secreted …',
    'Both hormones are …') before any drug or class."""
    index, lowers, punct = start, doc_words.lower_words(doc), doc_words.flags(doc, "IS_PUNCT")
    while index < end and (lowers[index] in _DETERMINERS or punct[index]):
        index += 1
    if index >= end or index - start > _OPENING_REACH:
        return False
    first = next((m for m in matches if m[0] in ("drug", "class", "hormone") and
                  start <= m[2] < end), None)
    if first is not None and first[2] == index:
        return first[0] == "hormone"
    return lowers[index] in HORMONE_NOUNS and (first is None or first[0] == "hormone")


def hormone_relative(doc, floor: int, effect_index: int, hormone_ends) -> bool:
    """'…, a gastrointestinal hormone that increases insulin secretion': the word of effect
    at `effect_index` opens a relative clause about a hormone (a hormone word, or a hormone
    name ending at one of `hormone_ends`), not about the drug."""
    index = effect_index - 1
    while index >= floor and doc[index].lower_.endswith("ly"):
        index -= 1  # "that directly increases"
    if index < floor or doc[index].lower_ not in _RELATIVE:
        return False
    before = index - 1
    while before >= floor and doc[before].text in (")", "("):
        before -= 1
    if before >= floor and doc[before].lower_ in HORMONE_NOUNS:
        return True
    # "(incretin) that …": the word before the bracket
    return before + 1 in hormone_ends



_APPOSITIVE_REACH = 10  # tokens of ", a natural hormone produced in the gut,"


def hormone_antecedent(doc, start: int, matches) -> bool:
    """', which binds to ghrelin receptors in the brain' after 'mimicking the action of
    ghrelin, a natural hormone produced in the gut' (a clinic page, round 42): a relative
    clause at `start` after an appositive that calls a name other than a drug's a hormone
    says what that hormone does, not what the drug mimicking it does."""
    if start < 2 or doc[start].lower_ not in ("which", "that") or doc[start - 1].text != ",":
        return False
    # (not "suppression of LH, which in turn curtails testosterone": the drug's effect
    # goes on through the hormone, a chain the relative clause carries on)
    comma = next((i for i in range(start - 2, max(-1, start - 2 - _APPOSITIVE_REACH), -1)
                  if doc[i].text == ","), None)
    # (the appositive's name may be one the vocabulary lacks: "ghrelin, a natural hormone")
    if comma is None or comma < 1 or comma + 2 >= start or not doc[comma - 1].is_alpha or \
            any(m[0] in ("drug", "class") and m[3] == comma for m in matches):
        return False  # (a drug's own appositive, "kisspeptin-10, a natural hormone, which")
    appositive = [t.lower_ for t in doc[comma + 1:start - 1]]
    return appositive[0] in ("a", "an", "the") and bool(HORMONE_NOUNS & set(appositive))


# A hormone's activity or action is what a receptor does, not the hormone's level ("enhance
# GLP-1 activity", "blocking GnRH action").
_ACTIVITY = set(_WORDS["activity_nouns"])
_APPOSITION = {"the", "hormone", "hormones", "sex", "steroid", "male", "female"}


def names_activity(doc, end: int) -> bool:
    """'GLP-1 activity', 'GnRH action', 'prevents estrogen from exerting its effects': the
    hormone names a receptor's doing, not a level."""
    words, lowers = doc_words.words(doc), doc_words.lower_words(doc)
    if end + 1 < len(doc) and lowers[end] == "from" and lowers[end + 1].endswith("ing"):
        return True
    if end < len(doc) and words[end] == "(":
        # "glucagon-like peptide-1 (GLP-1) activity": past the abbreviation
        close = next((i for i in range(end, min(len(doc), end + 5)) if words[i] == ")"), None)
        end = close + 1 if close is not None else end
    return end < len(doc) and lowers[end] in _ACTIVITY


_REUPTAKE = frozenset(_WORDS["reuptake_nouns"])
_HORMONE_GLUE = {",", "and", "or", "/"}
_REUPTAKE_LEAD = {"inhibitor", "inhibitors", "inhibition", "blocker", "blockers", "of", "the"}


def names_reuptake(doc, start: int, end: int, hormone_spans: dict[int, int]) -> bool:
    """'inhibiting serotonin reuptake', 'serotonin and norepinephrine reuptake', 'a reuptake
    inhibitor of norepinephrine', 'blocking the reuptake of serotonin': the hormone names a
    transporter's work (`hormone_spans`: start -> end of each hormone named in the clause,
    and of each target, which the knowledge base may name by its reuptake: i191's
    "norepinephrine reuptake"), not a level the verb before it changes."""
    lowers = doc_words.lower_words(doc)
    index = end
    while index < len(doc):
        if lowers[index] in _REUPTAKE:
            return True
        if lowers[index] in _HORMONE_GLUE:
            index += 1
        elif index in hormone_spans:
            if any(w in _REUPTAKE for w in lowers[index:hormone_spans[index]]):
                return True  # "serotonin and norepinephrine reuptake": a target named so
            index = hormone_spans[index]
        else:
            break
    index = start - 1
    while index >= 0 and start - index <= 3 and lowers[index] in _REUPTAKE_LEAD:
        index -= 1
    return index >= 0 and index < start - 1 and lowers[index] in _REUPTAKE and \
        "of" in lowers[index + 1:start]


def reuptake_of(doc, start: int) -> bool:
    """'blocking the reuptake of serotonin': the hormone right after 'reuptake of' is the
    one whose removal the verb before stops, so its level rises (the removal-noun reading,
    as before the transporter was named by its reuptake: MEC002 compares it with 'lowers
    serotonin'); not 'a reuptake inhibitor of norepinephrine' (an inhibitor's object)."""
    lowers = doc_words.lower_words(doc)
    return start >= 2 and lowers[start - 1] == "of" and lowers[start - 2] in _REUPTAKE


def phrase_start(doc, floor: int, start: int) -> int:
    """Where a hormone's noun phrase starts when it is named in apposition: 'the hormone
    estrogen', 'the sex hormones LH and FSH' start at 'the'."""
    index, lowers = start, doc_words.lower_words(doc)
    while index - 1 >= floor and lowers[index - 1] in _APPOSITION:
        index -= 1
    return index if index < start and lowers[index] == "the" else start


# Words that limit an effect to a time: an agonist's first surge is not its lasting effect.
_TIMING = set(_WORDS["timing_words"])


def timed(doc, evidence_start: int, hormone_end: int, clause_start: int) -> bool:
    """'a surge in testosterone with the initial injection', 'initially raises LH': an
    effect limited to a time, kept apart from the drug's lasting effect."""
    reach = doc_words.lower_words(doc)[max(clause_start, evidence_start - 4):
                                       min(len(doc), hormone_end + 6)]
    return any(w in _TIMING for w in reach)


_QUALIFIER_MODIFIERS = 3  # "in healthy young eugonadal men": words between "in" and the noun


def qualified(doc, start: int, end: int, qualifiers: dict) -> str:
    """'lowers estradiol in men', 'In women, this causes …', 'at high doses': for whom or
    at what dose the clause says its effect holds ('men', 'high doses'); '' if it does not
    say. Coordinated populations are one ('in men and women' -> 'men and women'); a second
    qualifier keeps its preposition ('in men at high doses' -> 'men, at high doses')."""
    populations = set(qualifiers.get("populations", ()))
    doses = set(qualifiers.get("doses", ()))
    openers = set(qualifiers.get("dose_prepositions", ()))
    said: list[str] = []
    index, lowers = start, doc_words.lower_words(doc)
    while index < end:
        word = lowers[index]
        found = None
        if word in openers or word == "in":
            found = _qualifier_at(doc, index, end, populations, doses, openers)
        if found is None:
            index += 1
            continue
        phrase, index = found
        if said:
            phrase = f"{word} {phrase}"
        if phrase not in said:
            said.append(phrase)
    return ", ".join(said)


def _qualifier_at(doc, index: int, end: int, populations, doses, openers):
    """The population or dose that the preposition at `index` opens, with the index after
    it (a population joined by 'and'/'or' to another is read with it)."""
    word = doc[index].lower_
    for ahead in range(index + 1, min(end, index + 2 + _QUALIFIER_MODIFIERS)):
        noun = doc[ahead].lower_
        if doc[ahead].is_punct or noun in ("and", "or", "of", "who", "with"):
            return None
        if word == "in" and noun in populations:
            last = ahead
            # "in men and women", "in boys or girls"
            while last + 2 < end and doc[last + 1].lower_ in ("and", "or") and \
                    doc[last + 2].lower_ in populations:
                last += 2
            return doc[index + 1:last + 1].text.lower(), last + 1
        # "at high doses", "in higher doses" (not "with each dose")
        if word in openers and noun in doses and ahead > index + 1 and \
                doc[ahead - 1].lower_ not in ("each", "every", "a", "the", "one"):
            return doc[index + 1:ahead + 1].text.lower(), ahead + 1
    return None


# "<hormone> suppression": a noun of effect right after the hormone it governs.
_EFFECT_NOUNS_AFTER = dict(_WORDS["effect_nouns_after"])


def effect_noun_after(doc, end: int) -> str | None:
    """'maintaining testosterone suppression below the castration level': the direction
    a noun right after the hormone says (not 'surge', which 'prevention of premature LH
    surge' turns around)."""
    return _EFFECT_NOUNS_AFTER.get(doc[end].lower_) if end < len(doc) else None


def downstream_sites(physiology: dict) -> dict[str, set[str]]:
    """For each site, the sites its hormones' outputs act at, through the chain
    (pituitary: GnRH acts there and drives LH, which acts in the testis): where a drug
    acting at the first lands its effect, not where it acts."""
    hormones = physiology.get("hormones") or {}
    direct: dict[str, set[str]] = {}
    for spec in hormones.values():
        site = spec.get("site")
        for output in spec.get("drives", []):
            spec_after = hormones.get(output) or {}
            for later in [spec_after.get("site")] + list(spec_after.get("also_at", [])):
                if site and later and later != site:
                    direct.setdefault(site, set()).add(later)
    out: dict[str, set[str]] = {}
    for site in direct:
        seen, todo = set(), [site]
        while todo:
            for later in direct.get(todo.pop(), ()):
                if later not in seen and later != site:
                    seen.add(later)
                    todo.append(later)
        out[site] = seen
    return out


_HELD_REACH = 8  # tokens from a hormone to "from <acting>" ("… (DHT) from mediating")


def kept_from_acting(doc, end: int) -> bool:
    """'prevent androgens like testosterone and DHT from mediating their effects': the drug
    keeps the hormone from acting, which is not a change of its level (as against 'keeps
    the testicles from making testosterone')."""
    lowers = doc_words.lower_words(doc)
    for index in range(end, min(len(doc) - 1, end + _HELD_REACH)):
        word = lowers[index]
        if word in (".", ";", ":"):
            return False
        if word == "from":
            following = lowers[index + 1]
            return following.endswith("ing") and following not in _MAKING_WORDS
    return False


_MAKING_WORDS = set(_WORDS["making_words"])


_INTRODUCING = {"including", "like", "especially", "notably", "namely"}
_LISTED_REACH = 14  # tokens from "including" to a hormone listed after it


def listed_hormones_head(doc, floor: int, start: int) -> int | None:
    """'… from making extra amounts of certain hormones, including growth hormone, insulin,
    glucagon', 'inhibits secretion of many hormones, such as gastrin, glucagon': the general
    noun the list after it names the members of, whose effect the members share (its
    index), else None."""
    index = start - 1
    words, lowers = doc_words.words(doc), doc_words.lower_words(doc)
    alpha = doc_words.flags(doc, "IS_ALPHA")
    while index > max(floor, start - _LISTED_REACH):
        word = lowers[index]
        # ("levels and activities of hormones (growth hormone, insulin, gastrin)")
        opener = word in _INTRODUCING or (word == "as" and lowers[index - 1] == "such") or \
            (word == "(" and lowers[index - 1] in HORMONE_NOUNS and
             singular(lowers[index - 1]) != lowers[index - 1])  # not "hormone (GHRH)"
        if opener:
            head = index - (2 if word == "as" else 1)
            while head >= floor and words[head] == ",":
                head -= 1
            return head if head >= floor and lowers[head] in HORMONE_NOUNS else None
        if not (alpha[index] or words[index] in (",", "-")) or word in ("which", "that"):
            return None
        index -= 1
    return None


_RECEPTOR_LABELS = {"type", "subtype", "(", ")", "-"}  # "histamine type 1 (H1) receptors"
_BLOCKING = set(_WORDS["blocking_words"])


def _labels_receptor(doc, end: int) -> bool:
    """The words from `end` name a receptor of the substance before them, through a subtype's
    label: 'receptors', '2 receptor', 'type 1 (H1) receptors'."""
    index = end
    while index < len(doc) and index - end <= 5:
        token = doc[index]
        if token.lower_ in RECEPTOR_NOUNS:
            return True
        if not (token.like_num or token.lower_ in _RECEPTOR_LABELS or (
                len(token.text) <= 4 and any(c.isdigit() for c in token.text))):
            return False
        index += 1
    return False


def blocked_ligands(doc, matches, drugs) -> set[str]:
    """Drugs whose receptors a sentence of `doc` says are blocked ('block the histamine
    type 1 (H1) receptors', 'a vasopressin 2 receptor antagonist', where the receptor is read
    as a target of its own): in this text they are the body's ligands, the substances the
    drugs act against. `drugs`: the keys of the drugs the text names."""
    candidates = []
    for kind, key, m_start, m_end in matches:
        if kind == "drug" and _labels_receptor(doc, m_end):
            candidates.append((key, m_start))
        elif kind in ("target", "class") and doc[m_start].lower_ in drugs and \
                _labels_receptor(doc, m_start + 1):
            # (a class named after the receptor, "a vasopressin 2 receptor antagonist",
            # session 32, i440, as the receptor read as a target)
            candidates.append((doc[m_start].lower_, m_start))
    out = set()
    for key, m_start in candidates:
        sentence = doc[m_start].sent
        if any(t.lower_ in _BLOCKING for t in sentence):
            out.add(key)
    return out


def own_substance(doc, start: int, m_start: int, key: str, ligands) -> bool:
    """The drug named at `m_start` opens the clause from `start` and is a ligand whose
    receptors the text's drugs block (`blocked_ligands`): the body's own substance."""
    opening = doc[start:m_start]
    return key in ligands and len(opening) <= _OPENING_REACH and \
        all(t.lower_ in _DETERMINERS or t.is_punct for t in opening)
