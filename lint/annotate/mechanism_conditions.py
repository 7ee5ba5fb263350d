"""Conditions a statement is said under, read as its modality (issue 16, session 32, i446).

A schedule in a clause that also states a condition for it ("Adjust the dosing regimen to
1,080 mg every 3 days if LDH levels increase", a label's adjusted regimen; "In patients with
renal impairment, reduce the dose to every other day") holds under that condition: it is
conditional, and the usual schedule said elsewhere is not contradicted. The condition may
come after the schedule ("… if …", "… unless …"), or be a population ("in patients with") in a
clause that adjusts the dose (`dose_adjustment_words`). A condition before the schedule in its
own segment ("If given continuously, …") is read by mechanisms._in_condition already.

A change said to come with age ("where GH secretion has declined with age", "the age-related
decline in GH") is the ageing body's, the condition a drug is given for: no effect of the
clause's drug (round 46, a page on MK-677 that says it raises GH).
"""

from __future__ import annotations

from lint.annotate import doc_words
from lint.data import load_data

_WORDS = load_data("mechanism_words.yaml")
_AFTER_OPENERS = frozenset(_WORDS["condition_after_openers"])
_ADJUSTING = frozenset(_WORDS["dose_adjustment_words"])
_POPULATION = [tuple(p.split()) for p in _WORDS["condition_populations"]]
_AGEING = frozenset(_WORDS["ageing_words"])
_AGE_CAUSES = frozenset({"with", "by", "to", "from"})  # "with age", "due to ageing"
_AGE_REACH = 4  # words after the change to its "with age"


def conditional_adjustment(doc, start: int, end: int) -> bool:
    """The clause `start`..`end` states a condition its schedule holds under: an "if" or
    "unless" in it (not "as if"), or a population ("in patients with") with a word of
    adjusting the dose."""
    lowers = doc_words.lower_words(doc)[start:end]
    if any(w in _AFTER_OPENERS and (i == 0 or lowers[i - 1] != "as")
           for i, w in enumerate(lowers)):
        return True
    if _ADJUSTING.isdisjoint(lowers):
        return False
    words = tuple(lowers)
    return any(words[i:i + len(p)] == p for p in _POPULATION
               for i in range(len(words) - len(p) + 1))


def change_with_age(doc, e_start: int, e_end: int, end: int) -> bool:
    """The change at `e_start`..`e_end` comes with age: "with age", "due to ageing" within a
    few words after it, or "age-related" right before it."""
    lowers = doc_words.lower_words(doc)
    after = lowers[e_end:min(end, e_end + _AGE_REACH)]
    if any(w in _AGEING and i and after[i - 1] in _AGE_CAUSES for i, w in enumerate(after)):
        return True
    before = lowers[max(0, e_start - 3):e_start]
    return len(before) >= 3 and before[-3] in _AGEING and before[-2] == "-" and \
        before[-1] in ("related", "associated", "dependent")
