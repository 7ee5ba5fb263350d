"""A dose said per period with a slash: '9 mg/day', '1 mg/d', '1.0 mg/w'.

The lexicon reads "per day" and "daily"; a slash after a unit of a dose says the same
("1,000 mg/day" is 1,000 mg each day). Read only after a number and a unit of a dose, so
"cigarettes/day" or "and/or" are not schedules; a dose by body weight ("mg/kg/day", mostly
animal studies here) is left unread.

Such a dose is the period's total ("1000 mg/day" may be 250 mg four times a day), so its
schedule carries the phase "total" (`period_total`). Two totals never clash (0.5 mg a day is
3.5 mg a week); a total agrees with any frequency at least as often as its period (an FDA
label's "testolactone administered orally (1000 mg/day)" beside "250 mg four times per day",
round 28) and clashes only with one whose interval is longer (a day's total against "once
weekly"): MEC003 and MEC004 hold it so.

An amount per period of another substance is not the drug's dose: a word of
`dose_other_substances` just before the number ("with calcium 1000 mg/day") or after "of"
("20 g/day of alcohol"), and a unit of `dose_period_named_units` ("units", "ml") unless the
drug's name is right before the number. Doses compared "between 1 mg/d and 4 mg/d" (results
set side by side, jco1992_r32_fadrozole) say no regimen and are not read; the comparison
word must be within five words of "between", with no drug name in between.
"""

from __future__ import annotations

import re

from lint.annotate.schedules import DOSE_UNITS
from lint.data import load_data

_WORDS = load_data("mechanism_words.yaml")
_UNITS = DOSE_UNITS | frozenset(_WORDS["dose_period_units"])
_PERIODS = dict(_WORDS["dose_periods"])  # word after the slash -> frequency key
_NAMED_UNITS = frozenset(_WORDS["dose_period_named_units"])
_SUBSTANCES = frozenset(_WORDS["dose_other_substances"])
_COMPARING = frozenset(_WORDS["dose_comparison_words"])
_SUBSTANCE_REACH = 4  # words before the number a co-given substance is looked for in
_COMPARISON_REACH = 5  # words before "between" a comparison word is looked for in
_GLUED = re.compile(r"^\d[\d.,·]*(" + "|".join(sorted(map(re.escape, _UNITS), key=len,
                                                      reverse=True)) + r")$")


def _number_before(doc, index: int) -> int | None:
    """Where the number of a dose ending at `index` is ('9 mg' -> '9', '10mg' -> '10mg')."""
    if index < 0:
        return None
    word = doc[index].lower_
    if _GLUED.match(word):
        return index  # "10mg/day"
    if word in _UNITS and index >= 1 and doc[index - 1].like_num:
        return index - 1
    return None


def _unit_of(doc, number: int, slash: int) -> str:
    """The unit word of a dose ('mg' of '9 mg' or of '9mg')."""
    if number == slash - 1:
        return doc[number].lower_.lstrip("0123456789.,·")
    return doc[slash - 1].lower_


def _of_another_substance(doc, number: int, after: int, drug_ends) -> bool:
    """'with calcium 1000 mg/day', '30 g/day of fibre': the amount is another substance's.
    Looked for back to the drug's name (or a few words) and in 'of' plus two words after."""
    start = doc[number].sent.start
    for at in range(number - 1, max(start, number - _SUBSTANCE_REACH) - 1, -1):
        if at + 1 in drug_ends:
            break  # the drug's own name: its dose follows
        if doc[at].lower_ in _SUBSTANCES:
            return True
    if after < len(doc) and doc[after].lower_ == "of":
        return any(doc[at].lower_ in _SUBSTANCES
                   for at in range(after + 1, min(len(doc), after + 4)))
    return False


def _compared_between(doc, number: int, drug_ends) -> bool:
    """'no difference … between 1 mg/d and 4 mg/d': two doses set side by side (a word of
    `dose_comparison_words` a few words before 'between'), not 'doses between 1 and 4 mg/day
    were given', nor a regimen after a comparison with something else ('compared with placebo,
    <drug> at between …': the drug's name comes between)."""
    at = number - 1
    if at >= 0 and doc[at].lower_ == "and":
        # the second dose: look back past the first ("between 1 mg/d and")
        at -= 1
        while at >= doc[number].sent.start and doc[at].lower_ != "between" and \
                number - at <= 6:
            at -= 1
    start = doc[number].sent.start
    return at >= start and doc[at].lower_ == "between" and any(
        doc[i].lower_ in _COMPARING and not any(i < end <= at for end in drug_ends)
        for i in range(max(start, at - _COMPARISON_REACH), at))


def doses_per_period(doc, drug_ends=frozenset()) -> list[tuple[str, int, int]]:
    """'trilostane 240 mg/day' -> ('daily', …) over '/ day'; '(1.0 mg/w)' -> weekly.
    `drug_ends`: where drug names end (their end token), for the units that need one."""
    out = []
    for token in doc:
        index = token.i
        if token.text != "/" or index + 1 >= len(doc):
            continue
        key = _PERIODS.get(doc[index + 1].lower_)
        number = _number_before(doc, index - 1) if key else None
        if number is None:
            continue
        if _unit_of(doc, number, index) in _NAMED_UNITS and number not in drug_ends:
            continue  # "21 units/week": of the drug only right after its name
        if _of_another_substance(doc, number, index + 2, drug_ends) or \
                _compared_between(doc, number, drug_ends):
            continue
        out.append((key, index, index + 2))
    return out


def period_total(doc, start: int) -> tuple[str, str] | None:
    """('total', '/day') for a schedule `doses_per_period` read at `start`, else None."""
    if doc[start].text != "/" or start + 1 >= len(doc):
        return None
    return "total", doc[start:start + 2].text
