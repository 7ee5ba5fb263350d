"""A drug's analogues are other drugs (issue 16, session 24, i344).

"Gonadorelin analogues are synthetic versions of gonadorelin … These analogues induce the
hypothalamus to release less GnRH" (a glossary, gold round 32); "Artemisinin derivatives"
(LiverTox, gold round 10): a drug's name before a noun of analogues (`analogue_nouns`,
mechanism_guards.yaml) names the drugs made like it, not the drug itself, and "these
analogues" after it points back to them. What is said of them is not said of the drug:
"Gonadorelin suppresses LH" is still gonadorelin's."""

from __future__ import annotations

from lint.annotate import doc_words
from lint.data import load_data

ANALOGUE_NOUNS = frozenset(load_data("mechanism_guards.yaml")["analogue_nouns"])
_POINTING = frozenset({"these", "those", "such", "the", "this"})


def names_analogues(doc, m_end: int) -> bool:
    """'Gonadorelin analogues', 'artemisinin derivatives': the name qualifies the noun of
    analogues after it (the name is no mention of the drug)."""
    return m_end < len(doc) and doc_words.lower_words(doc)[m_end] in ANALOGUE_NOUNS


def points_to_analogues(doc, start: int, end: int, reach: int) -> bool:
    """'These analogues induce …', 'Such derivatives …': the clause opens with a pointing
    word and a noun of analogues, the analogues said before, not the drug they copy."""
    lowers = doc_words.lower_words(doc)
    return any(lowers[i] in _POINTING and lowers[i + 1] in ANALOGUE_NOUNS
               for i in range(start, min(end, start + reach) - 1))
