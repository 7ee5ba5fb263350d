"""What a statement about a family, or about what others call a drug, does not say of a drug.

- A class said after a verb by which someone else labels the drug ("vendors indicate MK-677
  as a SARM", "MK-677 is often marketed as a SARM", "is sold by some vendors as",
  'promoted as a "SARM"', "mislabelled as") is the seller's label, not the text's
  assertion: it is kept, as hypothetical, and compared with nothing
  (mechanism_words.yaml `labelling_verbs` and what follows it). A class after a verb that
  reports a description ("has also been described as", `describing_verbs`, session 32, i446)
  is one more description: modality `additional`, compared with neither the text's other
  classes nor the knowledge base's. A bare passive ("Anastrozole is marketed as a selective
  estrogen receptor modulator") states the class the product is sold under: the text's assertion, compared
  (session 29, i406).
- A route said of a family ("Gepants such as zavegepant and ubrogepant are taken orally") is
  the family's; a member whose own labelled routes do not include it (zavegepant is a nasal
  spray) is not given it: the family's statement does not override the member's products.
"""

from __future__ import annotations

import re

from lint.data import load_data
from lint.sources.product_routes import labelled_routes

_WORDS = load_data("mechanism_words.yaml")
_LABELLING = frozenset(_WORDS.get("labelling_verbs", []))
_ALONE = frozenset(_WORDS.get("labelling_verbs_alone", []))
_DESCRIBING = frozenset(_WORDS.get("describing_verbs", []))
_PARTICIPLES = frozenset(_WORDS.get("labelling_participles", []))
_ADVERBS = frozenset(_WORDS.get("labelling_adverbs", []))
_AUXILIARIES = frozenset(_WORDS.get("passive_auxiliaries", []))
_BETWEEN = frozenset(_WORDS.get("passive_adverbs", []))
_QUOTES = "\"“”'‘’"
# "as [a|an|the] [a quotation mark] [up to two words]" right before the class's words; the
# labelling verb is one of the five words before "as" ("indicate MK-677 as", "is often
# marketed as", 'sold as a "SARM"')
_AS_BEFORE = re.compile(r"\bas\s+(?:(?:an?|the)\s+)?[\"“'‘]?(?:[\w-]+\s+){0,2}$",
                        re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")
_VERB_REACH = 5
_ADVERB_REACH = 3  # words before the participle where its adverb stands ("has often been sold")
_PARENTERAL = {"subcutaneous", "intramuscular", "intravenous"}


def _passive(words: list[str], at: int) -> bool:
    """The participle at `at` is a passive: a form of "be" before it, adverbs aside ("is
    (often) marketed"), or nothing before it in its clause ("Anastrozole, marketed as …")."""
    for word in reversed(words[:at]):
        if word in _AUXILIARIES or word.endswith(("'s", "’s")):  # "it's marketed as"
            return True
        if not (word.endswith("ly") or word in _ADVERBS or word in _BETWEEN):
            return False  # a subject or "have": an active past ("Vendors marketed it as")
    return True


def reported_label(words: list[str], quoted: bool) -> bool:
    """The words of a clause up to the "as" before a class (lower case) say someone else
    labels the drug so: a labelling verb with its labeller as subject, a verb that says so
    alone (`labelling_verbs_alone`), or a participle of labelling that is an active past or a
    passive with an agent ("by some vendors"), a word of `labelling_adverbs` or the class in
    quotation marks (`quoted`). A bare passive ("is marketed as") states the class."""
    start = max(0, len(words) - _VERB_REACH)
    for at in range(len(words) - 1, start - 1, -1):
        word = words[at]
        if word in _LABELLING or word in _ALONE:
            return True
        if word in _PARTICIPLES:
            return quoted or "by" in words[at + 1:] or not _passive(words, at) or \
                not _ADVERBS.isdisjoint(words[max(0, at - _ADVERB_REACH):])
    return False


def mark_reported_labels(assertions, text: str | None) -> None:
    """Class assertions whose words follow "<labelling verb> … as" in their sentence, said as
    someone else's label (`reported_label`), become hypothetical: the text reports it."""
    if text is None or not (_LABELLING or _PARTICIPLES or _ALONE):
        return
    for assertion in assertions:
        if assertion.attribute != "class" or not assertion.at or not assertion.polarity:
            continue
        before = text[max(assertion.sentence.start, assertion.at[0] - 80):assertion.at[0]]
        match = _AS_BEFORE.search(before)
        if match is None:
            continue
        clause = re.split(r"[,;:]", before[:match.start()])[-1]
        words = [word.lower() for word in _WORD.findall(clause)]
        quoted = any(mark in match.group() for mark in _QUOTES) or \
            text[assertion.at[1]:assertion.at[1] + 1] in _QUOTES
        if not _DESCRIBING.isdisjoint(words[-_VERB_REACH:]):
            # "has also been described as a SARM": a description beside the text's own
            # class, no rival of it (MEC001) nor the base's class (MEC004); still extracted
            if assertion.modality == "asserted":
                assertion.modality = "additional"
        elif reported_label(words, quoted):
            assertion.modality = "hypothetical"


def _fits(route: str, own: set[str]) -> bool:
    return route in own or (route == "parenteral" and bool(own & _PARENTERAL)) or \
        {route} | own == {"topical", "transdermal"} or (
            route in _PARENTERAL and "parenteral" in own)


def _own_routes(kb, drug) -> set[str]:
    """The base's curated (or a member's labelled) routes and the labelled products'."""
    return set(drug.routes) | set(labelled_routes(kb, drug.key)[0]) if drug else set()


def family_routes_kept_to_members(assertions, kb) -> list:
    """Without the routes a family's statement gives a member whose own routes (the base's
    curated routes, a member's labelled ones, its labelled products) leave that route out,
    where the family is said, in the same sentence, to be given so ('class:<key>' with the
    route) or the member stands for its class (`via` class). A member the sentence does not
    name (`via` class) is not given the route either when another member of the family is
    known not to be given so ("CGRP antagonists were the first oral agents" is not true of
    each: zavegepant is a nasal spray, and the antibodies are injected): the statement is the
    family's, said of none of its members."""
    families: dict[tuple[int, str], list[str]] = {}
    for a in assertions:
        if a.attribute == "route" and a.drug.startswith("class:"):
            families.setdefault((id(a.sentence), a.value), []).append(a.drug[len("class:"):])
    if not families and not any(a.via == "class" for a in assertions):
        return assertions
    mixed: dict[tuple[str, str], bool] = {}
    out = []
    for assertion in assertions:
        if assertion.attribute == "route" and not assertion.drug.startswith("class:"):
            said = families.get((id(assertion.sentence), assertion.value))
            if assertion.via == "class" or said is not None:
                own = _own_routes(kb, kb.drugs.get(assertion.drug))
                if own and not _fits(assertion.value, own):
                    continue
            if assertion.via == "class" and said and any(
                    _mixed(kb, klass, assertion.value, mixed) for klass in said):
                continue
        out.append(assertion)
    return out


def _mixed(kb, klass: str, route: str, cache: dict) -> bool:
    """A member of the class has its own routes, and they leave `route` out."""
    key = (klass, route)
    if key not in cache:
        cache[key] = any(own and not _fits(route, own)
                         for own in (_own_routes(kb, d) for d in kb.members(klass)))
    return cache[key]
