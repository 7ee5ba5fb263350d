"""A class the text gives a drug as one more (issue 16, session 24, i344).

"Trestolone is an AAS … It is also a progestin" (a Wikipedia lead, gold round 32): a word of
addition (`added_class_words`, mechanism_guards.yaml) just before the class's article says
the drug has this class besides the ones said elsewhere. The assertion's modality becomes
`added`: still checked against the knowledge base (MEC004), but no rival of the text's other
classes for the drug (MEC001), as "also" before a route adds one more way of giving it."""

from __future__ import annotations

from lint.annotate import doc_words
from lint.data import load_data

_DATA = load_data("mechanism_guards.yaml")
_ADDED_WORDS = frozenset(_DATA["added_class_words"])
_LEAD_WORDS = frozenset({"a", "an", "the"})
_ADDED_REACH = 4  # words from "also" to the class ("is also a synthetic progestin")


def class_said_as_added(doc, start: int, lead: int) -> bool:
    """'It is also a progestin', 'and also an androgen': a word of addition before the
    class's article (and at most a few lower-case modifiers), in its clause."""
    lowers = doc_words.lower_words(doc)
    index = lead - 1
    while index >= start and lead - index <= _ADDED_REACH:
        word = lowers[index]
        if word in _ADDED_WORDS:
            return True
        if word not in _LEAD_WORDS and not (doc[index].is_alpha and doc[index].text.islower()):
            return False
        index -= 1
    return False
