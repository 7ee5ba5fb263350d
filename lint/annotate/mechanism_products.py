"""The product (dosage form) a route is said of: 'tablets', 'long-acting injectable'.

A drug may be sold as products of different routes (oral tablets, and a long-acting
intramuscular injection): MEC003 compares two routes only when they are said of one product,
or of none. Each route assertion gets `product`: the product word of its own phrase (the
route word itself when that names a form, "tablets"; otherwise the nearest product word a
few words either side, not past a clause break), with "long-acting" / "depot" /
"extended-release" before it making it the long-acting kind. A product word that cannot take
the route ("oral injection") names no product of that route: "" then, and the word is kept as
`product_clash` (the route said of the wrong product). A product word merely near the route
is none of its products: "taken orally every day until the first injection is due" says the
oral lead-in comes before the injection, not that the injection is swallowed. The drugs and
their labelled products are data (route_products.yaml); the phrase grammar is here.
"""

from __future__ import annotations

import re

from lint.data import load_data

_DATA = load_data("route_products.yaml")
_REACH = 48  # characters either side of the route's words: its phrase, not the sentence
# a full stop ends the phrase, a decimal point ("2.5 mg") does not
_BREAKS = re.compile(r"[;:|]|\.(?!\d)|\b(?:whereas|while|but|however)\b", re.IGNORECASE)
# What may stand between a route and the product it is said of: "orally as a 25 mg film-coated
# tablet", "intramuscular long-acting injection" (route first); "the injection is given
# intramuscularly", "tablets, taken orally" (product first). Anything else ("every day until
# the first", "for two weeks alongside the") leaves the two in different phrases.
_FILLER = (r"(?:(?:an?|the|one|its|each|single|\d[\d.,]*|mg|mcg|µg|ml|units?|once|monthly|"
           r"weekly|daily|[a-z]+-[a-z]+(?:-[a-z]+)?|long|acting|extended|prolonged|sustained|"
           r"release|depot|oral|film|coated|injectable|prefilled|disintegrating)\s+){0,6}")
_ROUTE_FIRST = re.compile(r"\s*(?:,\s*)?(?:(?:as|in|via|by|using|through|in the form of)\s+)?"
                          + _FILLER + r"$", re.IGNORECASE)
_PRODUCT_FIRST = re.compile(r"(?:\s+(?:is|are|was|were|can|may|must|should|be|been|being|"
                            r"not|also|usually|only|then|to)\b)*\s*,?\s*(?:(?:taken|given|"
                            r"used|administered|injected|applied|swallowed|delivered|sprayed|"
                            r"inhaled|placed|inserted|put)\s+)?$", re.IGNORECASE)


def _pattern(words) -> re.Pattern:
    alternatives = sorted(words, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in alternatives) +
                      r")(?![\w-])", re.IGNORECASE)


_FORMS = {key: (_pattern(spec["words"]), set(spec["routes"]))
          for key, spec in _DATA["products"].items()}
_RELEASE = _pattern(_DATA["release"])


def _nearest_product(text: str, start: int, end: int, route: str) -> tuple[str, bool]:
    """(product key, whether it can take the route) of the product word nearest the route."""
    low, high = _phrase(text, start, end)
    best = None  # (distance, key, match)
    for key, (pattern, routes) in _FORMS.items():
        for match in pattern.finditer(text, low, high):
            if not _tied(text, match, start, end):
                continue
            if match.end() <= start:
                distance = start - match.end()
            elif match.start() >= end:
                distance = match.start() - end
            else:
                distance = -1  # the route's own words name the form ("tablets")
            if best is None or distance < best[0] or (
                    distance == best[0] and len(match.group()) > len(best[2].group())):
                best = (distance, key, match)
    if best is None:
        return "", True
    _, key, match = best
    near = text[max(low, match.start() - 30):min(high, match.end() + 30)]
    product = f"long-acting {key}" if _RELEASE.search(near) else key
    # ("parenteral" fits any injection's route; a route the product cannot take is a clash)
    return product, route in _FORMS[key][1]


def _tied(text: str, match: re.Match, start: int, end: int) -> bool:
    """The product word and the route's words are one phrase (or overlap)."""
    if match.end() <= start:
        return bool(_PRODUCT_FIRST.match(text[match.end():start]))
    if match.start() >= end:
        return bool(_ROUTE_FIRST.match(text[end:match.start()]))
    return True


def _phrase(text: str, start: int, end: int) -> tuple[int, int]:
    """The characters within reach of the route, cut at the nearest clause breaks."""
    low, high = max(0, start - _REACH), min(len(text), end + _REACH)
    before = [m.end() for m in _BREAKS.finditer(text, low, start)]
    after = next(_BREAKS.finditer(text, end, high), None)
    return (before[-1] if before else low), (after.start() if after else high)


def mark_route_products(assertions, text: str | None) -> None:
    """Give each route assertion with file offsets the product its words are said of."""
    if text is None:
        return
    for assertion in assertions:
        if assertion.attribute == "route" and assertion.at:
            start, end = assertion.at
            key, fits = _nearest_product(text, start, end, assertion.value)
            assertion.product, assertion.product_clash = (key, "") if fits else ("", key)
