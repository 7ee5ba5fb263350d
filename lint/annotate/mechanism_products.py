"""The product (dosage form) a route is said of: 'tablets', 'long-acting injectable'.

A drug may be sold as products of different routes (oral tablets, and a long-acting
intramuscular injection): MEC003 compares two routes only when they are said of one product,
or of none. Each route assertion gets `product`: the product word of its own phrase (the
route word itself when that names a form, "tablets"; otherwise the nearest product word a
few words either side, not past a clause break), with "long-acting" / "depot" /
"extended-release" before it making it the long-acting kind. A product word that cannot take
the route ("oral injection") names no product of that route: "" then, and the word is kept as
`product_clash` (the route said of the wrong product). Words are data (route_products.yaml).
"""

from __future__ import annotations

import re

from lint.data import load_data

_DATA = load_data("route_products.yaml")
_REACH = 48  # characters either side of the route's words: its phrase, not the sentence
_BREAKS = re.compile(r"[;.:|]|\b(?:whereas|while|but|however)\b", re.IGNORECASE)


def _pattern(words) -> re.Pattern:
    alternatives = sorted(words, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in alternatives) +
                      r")(?![\w-])", re.IGNORECASE)


_FORMS = {key: (_pattern(spec["words"]), set(spec["routes"]))
          for key, spec in _DATA["products"].items()}
_RELEASE = _pattern(_DATA["release"])


def product_of(text: str, start: int, end: int, route: str) -> str:
    """The product the route at text[start:end] is said of ('' for none): its form's key,
    'long-acting ' before it when a release word qualifies the form."""
    key, fits = _nearest_product(text, start, end, route)
    return key if fits else ""


def product_clash(text: str, start: int, end: int, route: str) -> str:
    """The product word nearest the route when that product cannot take it ('injection'
    beside 'orally'): a route said of the wrong product ('' otherwise)."""
    key, fits = _nearest_product(text, start, end, route)
    return "" if fits else key


def _nearest_product(text: str, start: int, end: int, route: str) -> tuple[str, bool]:
    """(product key, whether it can take the route) of the product word nearest the route."""
    low, high = _phrase(text, start, end)
    best = None  # (distance, key, match)
    for key, (pattern, routes) in _FORMS.items():
        for match in pattern.finditer(text, low, high):
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
