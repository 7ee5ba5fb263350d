"""A route said of a drug's salt is that salt product's (issue 16, session 28, i395).

"Fosfomycin is available for intravenous use in the form of a sodium salt. … Granules for
oral use are also available in the form of the salt fosfomycin trometamol" (a health page,
gold round 38): two salts of one drug, two products, each with its route; no contradiction.
Where a route's sentence names a salt of the drug ("<drug> <salt word>", "a <salt word>
salt"; `salt_words` in route_products.yaml), the route's `product` becomes "<salt word>
salt", so that MEC003 compares it only with routes said of the same salt (as an ester's,
annotate/mechanism_esters.py, read first); MEC004 still holds it against the knowledge base.
The salt nearest the route wins when a sentence names two. A salt the knowledge base knows
as a drug of its own is read as that drug already."""

from __future__ import annotations

import re

from lint.data import load_data
from lint.document.annotations import ESTER_PRODUCT, SALT_PRODUCT

_SALTS = sorted(load_data("route_products.yaml")["salt_words"], key=len, reverse=True)
_SALT = "(" + "|".join(map(re.escape, _SALTS)) + ")"
# "a sodium salt", "its potassium salt", "the hydrochloride salt"
_NAMED_SALT = re.compile(r"(?<![\w-])" + _SALT + r"\s+salts?(?![\w-])", re.IGNORECASE)


def _salts_in(sentence: str, name: str) -> list[tuple[int, str]]:
    """(offset, salt word) of each salt of the drug `name` the sentence names."""
    found = [(m.start(), m.group(1).lower()) for m in _NAMED_SALT.finditer(sentence)]
    of_drug = re.compile(r"(?<![\w-])" + re.escape(name) + r"\s+" + _SALT + r"(?![\w-])",
                         re.IGNORECASE)
    found += [(m.start(), m.group(1).lower()) for m in of_drug.finditer(sentence)]
    return found


def mark_salt_products(assertions, text: str | None) -> None:
    """Give each route whose sentence names a salt of its drug that salt's product."""
    if text is None:
        return
    for assertion in assertions:
        if assertion.attribute != "route" or not assertion.at or \
                assertion.drug.startswith("class:") or \
                assertion.product.endswith(ESTER_PRODUCT):
            continue
        start, end = getattr(assertion.sentence, "start", None), \
            getattr(assertion.sentence, "end", None)
        if start is None or end is None:
            continue
        salts = _salts_in(text[start:end], assertion.drug.replace("_", " "))
        if salts:
            route_at = assertion.at[0] - start
            _, salt = min(salts, key=lambda found: abs(found[0] - route_at))
            assertion.product = salt + SALT_PRODUCT
