"""Schedule phrases a word list cannot hold: courses and alternatives.

- How long a course lasts: "50 mg daily for 5 days", "a course of treatment
  that usually lasts for five days", "the long duration of treatment,
  sometimes longer than 2 years" -> "course:5 days", "course:longer than
  2 years"; a maximum ("for no more than two years", "should not be used for
  longer than 30 days") -> the course's length ("course:2 years"), and the length
  of a pause ("if treatment is interrupted for more than 14 days") none. Only a
  number of days, weeks, months or years that a duration word governs ("for",
  "lasts", "duration", "course"): "3 to 4 days after the last tablet" and "cycle
  day 3" are not courses.
- Alternatives: "every second or third day" -> every other day and every
  third day; "once or twice daily" -> daily and twice daily (each a frequency key of
  FREQUENCY_HOURS).
- Ranges, kept as said: "every 4 to 6 hours", "every one to four weeks", "two to
  three times daily", "three or four times a day" -> "three or four times daily",
  "2 to 3 times per week" -> "two to three times weekly" (not "weekly" of its "per week");
  a course "for 7 to 30 days" -> "7 to 30 days". A range is no single frequency, so
  it is read as a whole rather than as its last number ("four times daily" of "three
  to four times daily") and is compared with nothing.
- A pattern before a route: "by continuous intravenous infusion" -> continuous.
- A day's dose divided: "1.5 to 4.5 mg daily in three divided doses", "0.375 mg in 3
  divided doses daily" -> three times daily (the "daily" is the total's, not how often).
- A rate per hour or minute of an infusion: "intravenous infusion of kisspeptin-54 (1
  nmol/kg/h)", "infused at 0.5 mg/min", "2 mU per minute" -> continuous (a dose said per
  hour or minute is given without a break; a day's total, "units/24 hours", is not read).
- Phases: "50 mg three times daily initially", "a loading dose …", "Maintenance doses …",
  "Thereafter …", "then weekly", "can be reduced to 240 mg once daily" -> the schedule's
  phase, "initial", "later" or "adjusted" (`phase_of`); a schedule with no such word has none.
- Intervals: "every 28 days", "once every 3 weeks", "every eight hours" -> "every 28
  days" (numbers as digits), or the schedule word of the same length when the lexicon
  names it ("every 8 hours" is "three times daily"); "at 4 week intervals" and "at
  intervals of 4 weeks" as "every 4 weeks"; `interval_hours` in
  lint/sources/drugs.py gives its hours between doses, so it is still compared.

Both read token spans of a spaCy Doc and return (value, start, end).
"""

from __future__ import annotations

import re

from lint.annotate import doc_arrays, doc_words
from lint.data import load_data

_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14,
            "twenty": 20, "thirty": 30}
_SPELT = {number: word for word, number in _NUMBERS.items()}
_UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
          "months": "month", "year": "year", "years": "year"}
_DURATION_CUES = {"for", "lasts", "last", "lasting", "lasted", "duration", "course", "over"}
# ("short term use (less than 12 weeks)": a bound kept as said, as the gold texts of rounds
# 10 and 16 write it; "fewer than" is its synonym)
_AT_LEAST = {("longer", "than"): "longer than", ("more", "than"): "longer than",
             ("up", "to"): "up to", ("at", "least"): "at least",
             ("less", "than"): "less than", ("fewer", "than"): "less than",
             ("shorter", "than"): "less than"}
# "if treatment is interrupted for more than 14 days": the length of a pause, not of a course
_PAUSES = {"interrupted", "interruption", "interrupt", "stopped", "discontinued", "withheld",
           "suspended", "paused", "missed", "off"}
# "for no more than two years", "should not be used for longer than 30 days": a maximum,
# kept as the course's length
# "has been in clinical use / used / available for 50 years": how long the drug has
# existed, not how long it is taken
_IN_USE = {"use", "used", "available", "marketed"}
_IN_USE_FOR = re.compile(r"\b(?:in (?:\w+ )?use|on the market) for$")
_DENIALS = {"no", "not", "never", "n't", "nor"}
# "the first drug approved for tuberculosis in over 40 years", "the first biological drug
# approved for lupus in more than 50 years": the time since the last one, no course
_TIME_SINCE = ("in over".split(), "in more than".split(), "in almost".split(),
               "in nearly".split())
# "for the first 13 weeks", "for the initial 2 months": how long a first phase lasts (a
# loading phase), not the course's length
_FIRST_PHASE = {"first", "initial"}
_COURSE_NOUNS = {"course", "courses", "regimen", "treatment", "therapy", "cycle"}
_CUE_WINDOW = 8  # tokens between a duration word and its number ("lasts for about five days")
_RANGE_GLUE = {"to", "or"}
# A hyphen or en dash between two counts reads as "to" ("every 4-6 weeks", "2–3 times a
# week"): the tokenizer splits a hyphen off ("4", "-", "6") but keeps "48–72" whole.
_RANGE_DASHES = {"-", "\u2013"}
_JOINED_RANGE = re.compile(r"(\d+)[-\u2013](\d+)")
_JOINED_CUES = {"every", "times"}  # the word beside a joined range, found by id
# Words before a range's first count that may name a change of dose ("increase by 50 mg
# every 1–2 weeks", "with increases every 5 to 7 days")
_TITRATION_BACK = 5
_TITRATION = {"increase", "increases", "increased", "increasing", "titrated", "titration",
              "adjusted", "adjustments", "raised"}
_INTERVAL_UNITS = {"hour", "hours", "day", "days", "week", "weeks", "month", "months"}
# Minutes only in a range ("may repeat every 15 to 90 minutes", "at 15 to 90 minute
# intervals": carboprost's dosing): a range is compared with nothing, and one number of
# minutes is more often a monitoring interval ("blood pressure every 15 minutes") than a dose's
_RANGE_ONLY_UNITS = {"minutes"}
_RANGE_UNITS = {"minute": "minutes", "minutes": "minutes"}
_PLURAL_UNITS = {"hour": "hours", "hours": "hours", "day": "days", "days": "days",
                 "week": "weeks", "weeks": "weeks", "month": "months", "months": "months"}
_PER_DAY = (["daily"], ["a", "day"], ["per", "day"], ["each", "day"])
_PER_WEEK = (["weekly"], ["a", "week"], ["per", "week"], ["each", "week"])
_ORDINAL_DAYS = {"other": "every other day", "second": "every other day",
                 "2nd": "every other day", "third": "every third day",
                 "3rd": "every third day"}


_DOSE_COUNTED = {"doses", "injections", "tablets", "capsules", "infusions", "applications"}
_DAYS_COUNTED = {"days", "nights"}

_WORDS = load_data("mechanism_words.yaml")  # ages and phases: one load
_AGE_OPENERS = set(_WORDS["age_openers"])
_AGE_AFTER = [tuple(p.split()) for p in _WORDS["age_after"]]
_AGE_COMPARISONS = set(_WORDS["age_comparisons"])
_AGE_BRIDGE = set(_WORDS["age_bridge"])
_AGE_PEOPLE = set(_WORDS["people_nouns"]) | set(_WORDS["age_people"])


def _an_age(lowers: list[str], start: int, index: int) -> bool:
    """'people aged 12 years and older', 'children 5 years of age', 'adults over 65 years':
    the number of years at `index` (its unit after it) is how old people are, no course."""
    after = tuple(lowers[index + 2:index + 5])
    if any(after[:len(phrase)] == phrase for phrase in _AGE_AFTER):
        return True
    back, compared = index - 1, False
    while back >= start and (lowers[back] in _AGE_BRIDGE or lowers[back] in _UNITS or
                             _number_of(lowers[back]) is not None):
        compared = compared or lowers[back] in _AGE_COMPARISONS
        back -= 1
    if back < start:
        return False
    return lowers[back] in _AGE_OPENERS or (compared and lowers[back] in _AGE_PEOPLE)


def _number(token) -> int | None:
    return _number_of(token.lower_)


def _number_of(word: str) -> int | None:
    """`_number` of a token whose `lower_` is `word`."""
    if word.isdecimal():
        return int(word)
    return _NUMBERS.get(word)


def counted_per(doc, start: int) -> bool:
    """'eight doses per month': a count of doses in a period (here a maximum), not a dose
    once in it; a schedule word that opens with 'per' after such a count is no frequency.
    Nor after a count of times the lexicon has no key for: 'four times per week' (round 28
    fosfestrol) is not 'weekly' ('three times per week' is read whole, as its key); nor
    after a count of days: 'injections 5–7 days per week' (round 44, tesamorelin) is
    near-daily dosing, not once a week."""
    if start < 2 or doc[start].lower_ != "per":
        return False
    before = doc[start - 1].lower_
    return (before in _DOSE_COUNTED and (_number(doc[start - 2]) or 1) > 1) or \
        (before == "times" and (_number(doc[start - 2]) or 0) > 1) or \
        (before in _DAYS_COUNTED and _many(doc[start - 2].lower_))


def _many(word: str) -> bool:
    """More than one: 'five', '6', or a range kept one word ('5–7', '5-7')."""
    if (_number_of(word) or 0) > 1:
        return True
    low, dash, high = word.replace("\u2013", "-").partition("-")
    return bool(dash) and low.isdecimal() and high.isdecimal()


def durations(doc, start: int, end: int) -> list[tuple[str, int, int]]:
    """'for 5 days' -> ('5 days', …); 'longer than 2 years' -> ('longer than 2 years', …)."""
    out = []
    texts, lowers = doc_words.words(doc), doc_words.lower_words(doc)
    for index in range(start, end - 1):
        number = _number_of(lowers[index])
        # "a 5-day course", "a 10-day regimen"
        if number is not None and index + 3 < end and texts[index + 1] == "-" and \
                lowers[index + 2] in _UNITS and lowers[index + 3] in _COURSE_NOUNS:
            unit = _UNITS[lowers[index + 2]]
            out.append((f"{number} {unit if number == 1 else unit + 's'}", index, index + 3))
            continue
        unit = _UNITS.get(lowers[index + 1])
        if number is None or unit is None:
            continue
        # "2 weeks after …", "5 days before …": a point in time, not a length.
        # ("for the six months prior to pregnancy": the time before an event, too)
        if index + 2 < end and lowers[index + 2] in ("after", "before", "later", "ago",
                                                     "prior", "preceding"):
            continue
        words = lowers[max(start, index - _CUE_WINDOW):index]
        if not set(words) & _DURATION_CUES or set(words) & _PAUSES:
            continue
        if _an_age(lowers, start, index):
            continue
        if "been" in words and set(words) & _IN_USE:
            continue  # "which has been in clinical use for more than 50 years": its history
        if _IN_USE_FOR.search(" ".join(words)):
            continue  # "was in clinical use for eight years", "on the market for 20 years"
        if any(words[-len(since):] == since for since in _TIME_SINCE):
            continue  # "the first drug approved for tuberculosis in over 40 years": time since
        bound, first = "", index
        # "for 7 to 30 days": the course's range, not its upper end
        if index - 2 >= start and lowers[index - 1] == "to" and \
                _number_of(lowers[index - 2]) is not None:
            bound, first = f"{_number_of(lowers[index - 2])} to ", index - 2
        if first > start and lowers[first - 1] in _FIRST_PHASE:
            continue  # "every 4 weeks for the first 2 to 3 months": a phase's length, no course
        for phrase, said in _AT_LEAST.items():
            if tuple(words[-len(phrase):]) == phrase:
                bound = said + " "
        if bound == "longer than " and set(words) & _DENIALS:
            bound = ""
        unit = unit if number == 1 else unit + "s"
        out.append((f"{bound}{number} {unit}", first, index + 2))
    return out


def alternatives(doc, start: int, end: int) -> list[tuple[str, int, int]]:
    """'every second or third day' -> every other day, every third day."""
    out, lowers = [], doc_words.lower_words(doc)
    for index in range(start, end - 4):
        if lowers[index] != "every":
            continue
        words = lowers[index:index + 5]
        if words[2] != "or" or words[4] not in ("day", "days"):
            continue
        first, second = _ORDINAL_DAYS.get(words[1]), _ORDINAL_DAYS.get(words[3])
        if first and second:
            out += [(first, index, index + 5), (second, index, index + 5)]
    return out


_TIMES = {"once": 1, "twice": 2, "thrice": 3}
_PERIODS = {"daily": "day", "day": "day", "weekly": "week", "week": "week"}


# A count of doses per day or week -> the lexicon's frequency key.
_TIMES_PER = {("day", 1): "daily", ("day", 2): "twice daily", ("day", 3): "three times daily",
              ("day", 4): "four times daily", ("week", 1): "weekly", ("week", 2): "twice weekly",
              ("week", 3): "three times weekly"}


def either_count(doc, start: int, end: int) -> list[tuple[str, int, int]]:
    """'once or twice daily' -> daily and twice daily; 'once or twice a week' -> weekly and
    twice weekly: two frequencies, either of which is how it is given."""
    out, lowers = [], doc_words.lower_words(doc)
    for index in range(start, end - 2):
        if lowers[index + 1] != "or":
            continue
        first, second = _TIMES.get(lowers[index]), _TIMES.get(lowers[index + 2])
        if first is None or second is None:
            continue
        after = lowers[index + 3:min(end, index + 5)]
        period = _PERIODS.get(after[0]) if after else None
        if period is None and after[:1] in (["a"], ["per"], ["each"]) and len(after) > 1:
            period = _PERIODS.get(after[1])
        if period is None:
            continue
        stop = index + 4 if after[0] in _PERIODS else index + 5
        for count in (first, second):
            key = _TIMES_PER.get((period, count))
            if key:
                out.append((key, index, stop))
    return out


_GLUE_IDS: list[frozenset[int]] = []


def _glue_ids(vocab) -> tuple[frozenset[int], frozenset[int]]:
    """The LOWER ids of the range glue (`_RANGE_GLUE`, `_RANGE_DASHES`) and of
    `_JOINED_CUES`, hashed once (an id is its string's hash, the same in every vocabulary),
    not at every block."""
    if not _GLUE_IDS:
        _GLUE_IDS.append(doc_arrays.word_ids(vocab, _RANGE_GLUE | _RANGE_DASHES))
        _GLUE_IDS.append(doc_arrays.word_ids(vocab, _JOINED_CUES))
    return _GLUE_IDS[0], _GLUE_IDS[1]


def _range_at(lower: list[str], low_at: int, low: str, glue: str, high: str,
              after: int) -> tuple[str, int, int] | None:
    """The frequency range whose counts are `low` and `high` (the first at `low_at`), read
    from the words from `after` on: 'every 4 to 6 hours', 'two to three times daily'."""
    if _number_of(low) is None or _number_of(high) is None or after >= len(lower):
        return None
    if any(word in _TITRATION for word in lower[max(0, low_at - _TITRATION_BACK):low_at]):
        return None  # "with increases every 5 to 7 days": how often the dose is raised
    unit = lower[after]
    if unit in _INTERVAL_UNITS | _RANGE_ONLY_UNITS and low_at >= 1 and lower[low_at - 1] == "every":
        return f"every {low} {glue} {high} {unit}", low_at - 1, after + 1
    if unit != "times":
        return None
    words = lower[after + 1:after + 3]
    for period, phrases in (("daily", _PER_DAY), ("weekly", _PER_WEEK)):
        per = next((p for p in phrases if words[:len(p)] == p), None)
        if per is not None:
            # counts spelt out, as `divided_doses` spells them: "2 to 3 times per day" and
            # "in two to three divided doses" are one value
            return f"{_spelt(low)} {glue} {_spelt(high)} times {period}", low_at, \
                after + 1 + len(per)
    return None


def ranges(doc) -> list[tuple[str, int, int]]:
    """'every 4 to 6 hours' -> ('every 4 to 6 hours', …); 'two to three times a day' ->
    ('two to three times daily', …); '2 to 3 times per week' -> ('two to three times weekly', …):
    a range of frequencies, as written; a dash reads as "to" ('every 48–72 hours' ->
    'every 48 to 72 hours', '2-3 times a week' -> 'two to three times weekly')."""
    out = []
    # (only the glue words are read, found by LOWER id; words from the Doc's kept list,
    # no Token per look)
    glue_ids, cue_ids = _glue_ids(doc.vocab)
    positions = doc_arrays.positions(doc, 0, len(doc), glue_ids)
    cues = doc_arrays.positions(doc, 0, len(doc), cue_ids)
    if not positions and not cues:
        return out
    lower = doc_words.lower_words(doc)
    for index in positions:
        glue = lower[index]
        # (the glue words alone: a reader given every position, as a test gives it, must
        # not take any other word between two numbers for a range)
        if glue in _RANGE_DASHES:
            glue = "to"
        elif glue not in _RANGE_GLUE:
            continue
        if index < 1 or index + 2 >= len(doc):
            continue
        found = _range_at(lower, index - 1, lower[index - 1], glue, lower[index + 1], index + 2)
        if found:
            out.append(found)
    # "every 48–72 hours", "2–3 times a week": the tokenizer keeps the range one word
    for index in cues:
        at = index + 1 if lower[index] == "every" else index - 1
        joined = _JOINED_RANGE.fullmatch(lower[at]) if 0 <= at < len(doc) else None
        if joined:
            found = _range_at(lower, at, joined[1], "to", joined[2], at + 1)
            if found:
                out.append(found)
    return sorted(out, key=lambda found: found[1])


def _spelt(word: str) -> str:
    """A count of doses as a word ('2' -> 'two'); a word, or a number with no word, as is."""
    return _SPELT.get(int(word), word) if word.isdecimal() else word


def intervals(doc, known: dict[str, str]) -> list[tuple[str, int, int]]:
    """'every 28 days' -> ('every 28 days', …); `known` maps the lexicon's spellings of a
    frequency to its key ('every 8 hours' -> 'three times daily'). One of a range ('every
    4 to 6 hours') is left to `ranges`; 'every 2 or 3 days' to `alternatives`."""
    out, lowers = [], doc_words.lower_words(doc)
    for index, word in enumerate(lowers):
        if word != "every" or index + 2 >= len(doc):
            continue
        number = _number(doc[index + 1])
        unit = doc[index + 2].lower_
        if number is None or number < 2 or unit not in _INTERVAL_UNITS:
            continue
        if index + 3 < len(doc) and doc[index + 3].lower_ in _RANGE_GLUE:
            continue  # "every 2 to 3 days", "every 2 or 3 days"
        value = f"every {number} {_PLURAL_UNITS[unit]}"
        out.append((known.get(value, value), index, index + 3))
    return out


def at_intervals(doc, known: dict[str, str]) -> list[tuple[str, int, int]]:
    """'at 4 week intervals', 'at 4-week intervals', 'at intervals of 4 weeks' -> every 4
    weeks (as `intervals` names it); a range, 'at 15 to 90 minute intervals' -> 'every 15 to
    90 minutes' (as `ranges` names it)."""
    out = []
    for token in doc:
        index = token.i
        if token.lower_ not in ("intervals", "interval") or index < 2:
            continue
        low_at = None
        if index + 3 < len(doc) and doc[index + 1].lower_ == "of":
            number, unit, first, last = _number(doc[index + 2]), doc[index + 3].lower_, \
                index - (doc[index - 1].lower_ == "at"), index + 4
        else:
            unit_at = index - 1
            number_at = unit_at - 1 - (doc[unit_at - 1].text == "-")
            if number_at < 0:
                continue
            number, unit, first, last = _number(doc[number_at]), doc[unit_at].lower_, \
                number_at - (number_at > 0 and doc[number_at - 1].lower_ == "at"), index + 1
            if number_at >= 2 and doc[number_at - 1].lower_ in _RANGE_GLUE and \
                    _number(doc[number_at - 2]) is not None:
                low_at = number_at - 2
        plural = _PLURAL_UNITS.get(unit) or _RANGE_UNITS.get(unit)
        if low_at is not None and number is not None and plural is not None:
            first = low_at - (low_at > 0 and doc[low_at - 1].lower_ == "at")
            out.append((f"every {_number(doc[low_at])} {doc[low_at + 1].lower_} {number} "
                        f"{plural}", first, last))
            continue
        if number is None or number < 2 or unit not in _INTERVAL_UNITS:
            continue
        value = f"every {number} {_PLURAL_UNITS[unit]}"
        out.append((known.get(value, value), first, last))
    return out


# Auxiliaries that, before a participle, open a predicate of their own.
_AUXILIARIES = {"should", "must", "shall", "will", "be", "been", "is", "are", "was", "were"}


def said_of_other_act(doc, clause_start: int, index: int, giving: set[str]) -> bool:
    """'When heparin is given by infusion, the coagulation time should be determined every
    4 hours': a passive predicate of its own ('be determined') stands between the last word
    of giving the drug and the frequency, so the frequency is how often that is done (not
    'the typical dose is 150 mg once daily', where the copula joins the dose to its amount)."""
    last = next((i for i in range(index - 1, clause_start - 1, -1)
                 if doc[i].lower_ in giving), None)
    if last is None:
        return False
    for i in range(last + 1, index):
        if doc[i].lower_.endswith("ed") and doc[i].lower_ not in giving:
            before = i - 1
            while before > last and doc[before].lower_.endswith("ly"):
                before -= 1  # "should be carefully monitored"
            if doc[before].lower_ in _AUXILIARIES:
                return True
    return False


_PATTERNS = {"continuous": "continuous", "pulsatile": "pulsatile"}
_GIVING_NOUNS = {"administration", "infusion", "infusions", "injection", "injections",
                 "delivery", "dosing"}


def pattern_before_route(doc, matches) -> list[tuple[str, int, int]]:
    """'by continuous intravenous infusion', 'for continuous intravenous administration': a
    pattern word before a route that a noun of giving closes is the schedule (the route
    between stays the route)."""
    out = []
    taken = {i for m in matches for i in range(m[2], m[3])}
    for kind, _key, start, end in matches:
        if kind != "route" or start < 1 or start - 1 in taken:
            continue
        pattern = _PATTERNS.get(doc[start - 1].lower_)
        closed = doc[end - 1].lower_ in _GIVING_NOUNS or (
            end < len(doc) and doc[end].lower_ in _GIVING_NOUNS)
        if pattern and closed:
            out.append((pattern, start - 1, start))
    return out


_DIVIDED = {"divided", "separate", "equally"}
_DOSES = {"doses", "dose", "administrations", "injections"}
_DAY_REACH = 6  # tokens from the count back to the word of a day's total ("mg daily in")


def divided_doses(doc) -> list[tuple[str, int, int]]:
    """'3 to 6 mg daily in three divided doses' -> ('three times daily', …) over 'daily …
    doses', so the day's total is not read as once daily; 'in 2 divided doses a day' too.
    Without a word of a day ('the dose may be divided') nothing is read."""
    out = []
    for token in doc:
        index = token.i
        if token.lower_ not in _DIVIDED or index < 1 or index + 1 >= len(doc) or \
                doc[index + 1].lower_ not in _DOSES:
            continue
        count = _number(doc[index - 1])
        key = _TIMES_PER.get(("day", count)) if count else None
        if key is None or count < 2:
            continue
        first = index - 1
        low = _number(doc[index - 3]) if index >= 3 and \
            doc[index - 2].lower_ in _RANGE_GLUE else None
        if low is not None and 1 < low < count:
            # "in 3 to 4 divided doses": the range, as `ranges` reads "three to four times a
            # day" (numbers spelt out, so both are one key), not its upper end
            key = f"{_SPELT[low]} {doc[index - 2].lower_} {_SPELT[count]} times daily"
            first = index - 3
        first = first - 1 if first >= 1 and doc[first - 1].lower_ == "in" else first
        last = index + 2
        after = [t.lower_ for t in doc[last:last + 2]]
        per_day = next((p for p in _PER_DAY if after[:len(p)] == list(p)), None)
        if per_day is not None:
            out.append((key, first, last + len(per_day)))
            continue
        for back in range(first - 1, max(-1, first - _DAY_REACH), -1):
            words = [t.lower_ for t in doc[back:first]]
            if any(words[:len(p)] == list(p) for p in _PER_DAY + (["/", "day"],)) or \
                    doc[back].lower_.endswith("/day"):
                out.append((key, back, last))
                break
    return out


_INFUSING = {"infusion", "infusions", "infused", "infuse", "infusing"}
_RATE_TIMES = {"h", "hr", "hrs", "hour", "min", "minute"}
_RATE_REACH = 12  # tokens between the word of infusing and the rate, either side


def infusion_rates(doc) -> list[tuple[str, int, int]]:
    """'infusion of kisspeptin-54 (1 nmol/kg/h)', 'infused at 0.5 mg/min', '2 mU per
    minute': a dose per hour or minute near a word of infusing -> ('continuous', …) over the
    rate's last words. A number must open the rate ('an hour', 'for 75 minutes' are
    lengths, not rates)."""
    infusing = [t.i for t in doc if t.lower_ in _INFUSING]
    if not infusing:
        return []
    out = []
    for token in doc:
        index = token.i
        if token.lower_ not in _RATE_TIMES or index < 2 or \
                doc[index - 1].lower_ not in ("/", "per"):
            continue
        # back over the units to the number that opens the rate ("1 nmol / kg / h")
        back = index - 2
        while back >= 0 and index - back <= 6 and not doc[back].like_num:
            if not (doc[back].is_alpha or doc[back].text == "/"):
                break
            back -= 1
        if back < 0 or not doc[back].like_num:
            continue
        if any(abs(index - i) <= _RATE_REACH for i in infusing):
            out.append(("continuous", index - 1, index + 1))
    return out


_PHASE_ADVERBS = dict(_WORDS["schedule_phase_adverbs"])  # word -> phase
_PHASE_ADJECTIVES = dict(_WORDS["schedule_phase_adjectives"])  # word -> phase
_PHASE_NOUNS = frozenset(_WORDS["schedule_phase_nouns"])
_PHASE_TITRATION = frozenset(_WORDS["schedule_phase_titration"])
_PHASE_NOUN_REACH = 2  # tokens from "initial" to its noun ("initial oral dose")
_ADVERB_REACH = 10  # tokens from "initially" to its schedule ("initially at a dosage of …")
_DOSE_PHRASE = frozenset(_WORDS["given_verbs"]) | frozenset(_WORDS["dose_nouns"]) | frozenset(
    w.lower() for w in _WORDS["dose_units"]) | frozenset(_WORDS["schedule_phase_glue"])
_AFTER_THIS = {"this", "that", "these", "which"}
_TITRATION_REACH = 3  # tokens from a participle of changing the dose to its "to"
_AMOUNT_REACH = 4  # tokens from that "to" to its dose ("to a maximum of 45 mg")
_PHASE_AFTER = 3  # tokens after the schedule for "initially" ("twice daily initially")
_BREAKS = frozenset({",", ";", ":", "(", ")"})
DOSE_UNITS = frozenset(w.lower() for w in _WORDS["dose_units"])  # shared with mechanism_routes
# Words that say a dose or how often follows "then" ("then 50 mg", "then once a week");
# "then estradiol is checked" and "then reviewed" say no step of a regimen (review of i302).
_FREQUENCY_WORDS = frozenset(_TIMES) | {"daily", "weekly", "monthly", "times", "every"}
_DOSE_WORDS = DOSE_UNITS | frozenset(_WORDS["dose_nouns"]) | _FREQUENCY_WORDS
_THEN_REACH = 6  # tokens from "then" to its dose or frequency ("then reduced to 1 mg daily")
# Words that join a schedule to the next step of its dose ("and can then be gradually reduced")
_STEP_GLUE = frozenset({"and", "can", "could", "may", "be", "is", "are", "was", "were", "then",
                        "gradually", "slowly", "later", "thereafter", "by", "mouth", "orally"})


def phase_of(doc, sentence_start: int, s_start: int, s_end: int, end: int) -> tuple[str, str]:
    """The phase of a regimen the schedule at s_start:s_end is said for, with the word that
    says it: "initial", "later" (upkeep: "a maintenance dose", "then weekly") or "adjusted"
    (a changed dose: "reduced to 240 mg"); ("", "") when none is said, which MEC003 reads as
    upkeep. An adverb ("initially", "then", "thereafter") says the phase of the schedule it
    stands by (before it with only a verb of giving and the dose between, or just after it)
    or, opening the sentence before a comma, of the sentence ("Initially, …"); "Initially
    approved for …, X is given weekly" and "Doctors then switched …" say none. A schedule
    before "then", or before a change of its dose later in the sentence ("… and can be
    reduced to 240 mg/day"), is the start of the steps. "after 5 days", "Following this" are a later phase, "after meals" is not;
    "an initial dose" is the start, "initial approval" is not. Only a length after
    "first"/"initial" makes a first phase ("for the first 13 weeks"; not "for first-line
    treatment"). Known loss: "daily for the first 5 days of illness" can be the whole course,
    yet it is read as a first phase and `durations` gives no course for it (i382)."""
    lowers = doc_words.lower_words(doc)
    after = [i for i in range(s_end, min(end, s_end + 3)) if lowers[i] != "the"]
    if len(after) > 1 and lowers[after[0]] == "for" and lowers[after[1]] in _FIRST_PHASE \
            and _phase_length(lowers, after[1] + 1, end):
        # "twice weekly for (the) first 13 weeks": a first phase; "for first-line
        # treatment", "for the initial treatment of" are what the drug is for (i382)
        return "initial", lowers[after[1]]
    for index in range(s_end, min(end, s_end + _PHASE_AFTER)):
        word = lowers[index]
        if word == "then":
            if _dose_ahead(doc, lowers, index + 1, end):
                return "initial", word  # "twice a day, then once a day": the first is the start
            break  # "twice weekly, then estradiol is checked": no second step
        if word in _PHASE_ADVERBS:
            return _PHASE_ADVERBS[word], word
        if word in _BREAKS and not (index + 1 < end and lowers[index + 1] == "then"):
            break
        then_next = index + 1 < end and lowers[index + 1] == "then"
        if word not in _BREAKS and word not in _DOSE_PHRASE and not (word == "and" and then_next):
            break  # "twice weekly and is then reviewed": "is" opens another phrase
    for index in range(s_end, end):
        if lowers[index] in _BREAKS:
            break  # "…, and seizures increased to 10 a day": another clause
        if lowers[index] in _PHASE_TITRATION and _to_a_dose(
                doc, lowers, index, end, _dose_changed(lowers, s_end, index)):
            # "three times per day … and can be gradually reduced to 240 mg/day" (fosfestrol,
            # round 28): a dose the sentence goes on to change is a step before another
            return "initial", lowers[index]
    for index in range(s_start - 1, sentence_start - 1, -1):
        word = lowers[index]
        following = lowers[index + 1] if index + 1 < s_start else ""
        if word in _PHASE_ADVERBS and (_stands_by(doc, lowers, index, s_start) or (
                index == sentence_start and following == ",")):
            return _PHASE_ADVERBS[word], word
        if word in _PHASE_ADJECTIVES and any(w in _PHASE_NOUNS for w in lowers[
                index + 1:min(s_start, index + 1 + _PHASE_NOUN_REACH)]):
            return _PHASE_ADJECTIVES[word], word
        if (word == "followed" and following == "by") or (
                word in ("after", "following") and following and (
                    following in _AFTER_THIS or _number(doc[index + 1]) is not None)):
            return "later", word
        if word in _PHASE_TITRATION and _to_a_dose(doc, lowers, index, s_start):
            return "adjusted", word  # a step from the dose before, after the start or upkeep
    return "", ""


def _phase_length(lowers, start: int, end: int) -> bool:
    """A length of time opens at `start`: a number (or a range of two) and a unit of time,
    as `durations` reads them ('13 weeks', '2 to 3 months')."""
    index = start
    if index + 2 < end and lowers[index + 1] in _RANGE_GLUE and \
            _number_of(lowers[index]) is not None:
        index += 2  # "the first 2 to 3 months"
    return index + 1 < end and _number_of(lowers[index]) is not None and \
        lowers[index + 1] in _UNITS


def _stands_by(doc, lowers, index: int, s_start: int) -> bool:
    """The adverb at `index` is in the schedule's phrase: only a verb of giving and the dose
    stand between ("initially given twice a day", "initially at a dosage of 360 to 480 mg
    three times per day"); "Later trials reported that X is given …" is another clause."""
    between = range(index + 1, s_start)
    return len(between) <= _ADVERB_REACH and all(
        lowers[i] in _DOSE_PHRASE or doc[i].like_num or _number(doc[i]) is not None
        for i in between)


def _dose_ahead(doc, lowers, start: int, end: int) -> bool:
    """A dose or a frequency follows `start` in the phrase "then" opens: "then reduced to 1 mg
    daily" is one; "then kidney function is tested every month" stops at "kidney", another
    clause's subject (last read of i313)."""
    for index in range(start, min(end, start + _THEN_REACH)):
        word = lowers[index]
        if word in _DOSE_WORDS:
            return True
        if not (word in _DOSE_PHRASE or word in _PHASE_TITRATION or word in _STEP_GLUE or
                word == "the" or
                doc[index].like_num or _number(doc[index]) is not None):
            return False  # a break or a word of no dose phrase ends the search
    return False


def _dose_changed(lowers, s_end: int, verb: int) -> bool:
    """The dose is what the change at `verb` after the schedule changes: only joining words
    stand between ("… once a week and can be reduced to …") or a noun of dosing is named
    ("… and the dose is reduced to …"); "… and the attacks were reduced to once a month"
    changes something else (last read of i313)."""
    between = lowers[s_end:verb]
    return all(w in _STEP_GLUE for w in between) or any(w in _PHASE_NOUNS for w in between)


def _to_a_dose(doc, lowers, index: int, s_start: int, frequency_counts: bool = True) -> bool:
    """'increased to 80 mg', 'escalating to a maximum dose': a participle of changing the
    dose, then 'to' and an amount with a unit of dosing, a frequency (when `frequency_counts`:
    the dose is what changed) or a noun of dosing ('To reduce the harm …', 'increase to a
    peak' and 'estradiol reduced to 20 pg/mL', a measurement, are no step of a dose)."""
    for to in range(index + 1, min(s_start, index + 1 + _TITRATION_REACH)):
        if lowers[to] == "to":
            return any(lowers[i] in _PHASE_NOUNS or (
                frequency_counts and lowers[i] in _FREQUENCY_WORDS) or
                       _an_amount_of_dose(doc, lowers, i)
                       for i in range(to + 1, min(len(lowers), to + 1 + _AMOUNT_REACH)))
    return False


def _an_amount_of_dose(doc, lowers, index: int) -> bool:
    """A number right before a unit of dosing ('240 mg', '2 tablets'); 'pg / mL' is not one."""
    return (_number(doc[index]) is not None or doc[index].like_num) and index + 1 < len(
        lowers) and (lowers[index + 1] in DOSE_UNITS or lowers[index + 1] in _DOSE_COUNTED)
