"""Which salt of its drug a route is said of (issue 16, session 28, i395).

"Fosfomycin is available for intravenous use in the form of a sodium salt. … Granules for
oral use are also available in the form of the salt fosfomycin trometamol" (a health page,
gold round 38): two salts of one drug, two products, each with its route. A route assertion
gets `salt`, the salt word (`salt_words` in route_products.yaml) of the salt its sentence
names for it: "<drug> <salt word>" ("Heparin sodium is given …") or "a <salt word> salt";
the nearest such mention before the route, or after it with no other route of the sentence
between ("By mouth, …, injection (as prasterone sodium sulfate)": the salt is the last
item's). A nearer ester of the drug ("as prasterone enanthate", mechanism_esters.py) leaves
the route no salt. MEC003 takes two routes said of two different salts for two products;
a route said of a salt against one said of the bare name is still compared (a label names
its salt for the drug itself: "Heparin sodium … intravenous" against "heparin is taken
orally" is still an error). MEC004 holds each against the knowledge base."""

from __future__ import annotations

import re

from lint.data import load_data

_DATA = load_data("route_products.yaml")
_SALT = "(" + "|".join(map(re.escape, sorted(_DATA["salt_words"], key=len, reverse=True))) + ")"
_ESTER = "(" + "|".join(map(re.escape, sorted(_DATA["ester_words"], key=len, reverse=True))) + ")"
# "a sodium salt", "its potassium salt", "the hydrochloride salt"
_NAMED_SALT = re.compile(r"(?<![\w-])" + _SALT + r"\s+salts?(?![\w-])", re.IGNORECASE)


def _forms_in(sentence: str, name: str) -> list[tuple[int, int, str]]:
    """(start, end, salt word or "" for an ester) of each salt or ester of the drug `name` the
    sentence names."""
    found = [(m.start(), m.end(), m.group(1).lower()) for m in _NAMED_SALT.finditer(sentence)]
    named = r"(?<![\w-])" + re.escape(name) + r"\s+"
    found += [(m.start(), m.end(), m.group(1).lower())
              for m in re.finditer(named + _SALT + r"(?![\w-])", sentence, re.IGNORECASE)]
    found += [(m.start(), m.end(), "")
              for m in re.finditer(named + _ESTER + r"(?![\w-])", sentence, re.IGNORECASE)]
    return found


def _salt_of(forms, start: int, end: int, other_routes: list[int]) -> str:
    """The salt of the nearest mention before the route, or after it with no other route
    between; "" when none, or when the nearest is an ester."""
    best = None  # (distance, salt)
    for f_start, f_end, salt in forms:
        if f_end <= start:
            distance = start - f_end
        elif f_start >= end:
            if any(end <= at < f_start for at in other_routes):
                continue  # another route's item: "By mouth, …, injection (as … sodium …)"
            distance = f_start - end
        else:
            continue
        if best is None or distance < best[0]:
            best = (distance, salt)
    return best[1] if best else ""


def mark_salts(assertions, text: str | None) -> None:
    """Give each route whose sentence names a salt of its drug for it that salt (`salt`)."""
    if text is None:
        return
    routes_at: dict[int, list[int]] = {}  # id(sentence) -> offsets of its route words
    for assertion in assertions:
        if assertion.attribute == "route" and assertion.at:
            routes_at.setdefault(id(assertion.sentence), []).append(assertion.at[0])
    for assertion in assertions:
        if assertion.attribute != "route" or not assertion.at or \
                assertion.drug.startswith("class:"):
            continue
        start, end = getattr(assertion.sentence, "start", None), \
            getattr(assertion.sentence, "end", None)
        if start is None or end is None:
            continue
        forms = _forms_in(text[start:end], assertion.drug.replace("_", " "))
        if not forms:
            continue
        here = assertion.at[0] - start, assertion.at[1] - start
        others = [at - start for at in routes_at[id(assertion.sentence)]
                  if at != assertion.at[0]]
        assertion.salt = _salt_of(forms, here[0], here[1], others)
