"""A substance named as what a drug acts on or changes is no subject (issue 16, session 32).

Two shapes of the same reading (round 46: tesofensine and levosulpiride pages):
- the name is the object of a gerund of acting or of changing an amount, past determiners
  ("Blocking dopamine re-uptake reduces cravings", "by blocking dopamine in the anterior
  pituitary", "increasing serotonin reduces hunger"): the drug's target or what it raises;
- the name is one item of the list after "<noun of removal, amount or making> of"
  ("inhibits the reuptake of the neurotransmitters noradrenaline, dopamine and serotonin"):
  the substances the drug acts on, or of a list set after a dash or colon in apposition to
  such a noun ("three neurotransmitters in the brain - serotonin, noradrenaline, and dopamine").
A name followed by a dose noun stays what is given ("increasing testosterone doses").
"""

from __future__ import annotations

from lint.annotate import doc_words
from lint.data import load_data

_WORDS = load_data("mechanism_words.yaml")
_GERUNDS = frozenset(_WORDS["acted_on_gerunds"])
_DETERMINERS = frozenset(_WORDS["acted_on_determiners"])
_OF_NOUNS = frozenset(_WORDS["removal_nouns"]) | frozenset(_WORDS["measured_amounts"]) | \
    frozenset(_WORDS["making_nouns"])
_HORMONE_NOUNS = frozenset(w for w in _WORDS["hormone_nouns"] if " " not in w)
_LIST_GLUE = frozenset(_WORDS["acted_on_list_glue"])
_DOSE_NOUNS = frozenset(_WORDS["dose_nouns"])
_LIST_REACH = 12  # words back from a name to the "of" its list follows
_APPOSITION_MARKS = frozenset({"-", "–", "—", ":"})
_NOUN_REACH = 5  # words from the transmitters' noun to the dash before their list


def acted_on_substance(doc, start: int, m_start: int, m_end: int, named: set[int]) -> bool:
    """The name at `m_start`..`m_end` is what the clause's drug acts on or changes (module
    doc). `named` holds the tokens of the sentence's drug and hormone names."""
    lowers = doc_words.lower_words(doc)
    if m_end < len(doc) and lowers[m_end] in _DOSE_NOUNS:
        return False
    at = m_start - 1
    while at >= start and lowers[at] in _DETERMINERS:
        at -= 1
    if at >= start and lowers[at] in _GERUNDS:
        return True
    at = m_start - 1
    floor = max(start, m_start - _LIST_REACH)
    while at > floor and (at in named or lowers[at] in _LIST_GLUE or
                          lowers[at] in _HORMONE_NOUNS):
        at -= 1
    if at > start and lowers[at] in _APPOSITION_MARKS:
        # "… of three neurotransmitters in the brain - serotonin, noradrenaline, and
        # dopamine": the list names the transmitters, in apposition to their noun
        return any(w in _HORMONE_NOUNS for w in lowers[max(start, at - _NOUN_REACH):at])
    return at > start and lowers[at] == "of" and lowers[at - 1] in _OF_NOUNS
