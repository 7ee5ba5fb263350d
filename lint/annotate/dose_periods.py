"""A dose said per period with a slash: '9 mg/day', '1 mg/d', '1.0 mg/w'.

The lexicon reads "per day" and "daily"; a slash after a unit of a dose says the same
("1,000 mg/day" is 1,000 mg each day). Read only after a number and a unit of a dose, so
"cigarettes/day" or "and/or" are not schedules; a dose by body weight ("mg/kg/day", mostly
animal studies here) is left unread.

Such a dose is the period's total ("1000 mg/day" may be 250 mg four times a day), so its
schedule carries the phase "total" (`period_total`): MEC003 compares a phase with the same
phase only, and a day's total agrees with any frequency said elsewhere (an FDA label's
"testolactone administered orally (1000 mg/day)" beside "250 mg four times per day",
round 28).
"""

from __future__ import annotations

import re

from lint.annotate.schedules import DOSE_UNITS
from lint.data import load_data

_WORDS = load_data("mechanism_words.yaml")
_UNITS = DOSE_UNITS | frozenset(_WORDS["dose_period_units"])
_PERIODS = dict(_WORDS["dose_periods"])  # word after the slash -> frequency key
_GLUED = re.compile(r"^\d[\d.,·]*(" + "|".join(sorted(map(re.escape, _UNITS), key=len,
                                                      reverse=True)) + r")$")


def _dose_before(doc, index: int) -> bool:
    """A number and a unit of a dose end just before `index` ('9 mg', '10mg')."""
    if index < 0:
        return False
    word = doc[index].lower_
    if _GLUED.match(word):
        return True  # "10mg/day"
    return word in _UNITS and index >= 1 and doc[index - 1].like_num


def doses_per_period(doc) -> list[tuple[str, int, int]]:
    """'trilostane 240 mg/day' -> ('daily', …) over '/ day'; '(1.0 mg/w)' -> weekly."""
    out = []
    for token in doc:
        index = token.i
        if token.text != "/" or index + 1 >= len(doc):
            continue
        key = _PERIODS.get(doc[index + 1].lower_)
        if key and _dose_before(doc, index - 1):
            out.append((key, index, index + 2))
    return out


def period_total(doc, start: int) -> tuple[str, str] | None:
    """('total', '/day') for a schedule `doses_per_period` read at `start`, else None."""
    if doc[start].text != "/" or start + 1 >= len(doc):
        return None
    return "total", doc[start:start + 2].text
