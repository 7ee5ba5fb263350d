"""A route said of a drug's ester is that ester product's (issue 16, session 24, i344).

"It is used by mouth or, as norethisterone enanthate, by injection into muscle" (Wikipedia,
gold round 9); "An androgen ester … of trestolone, trestolone acetate, has also been
developed, for use via intramuscular injection" against "developed … as a subcutaneous
implant" (gold round 32): where a sentence names the drug by its ester ("<drug> <ester
word>", `ester_words` in route_products.yaml) before the route, the route is that ester's,
one more product of the drug. Its `product` becomes "<ester word> ester", so that MEC003
compares it only with routes said of the same ester; MEC004 still holds it against the
knowledge base. An ester the knowledge base knows as a drug of its own ("testosterone
enanthate") is read as that drug already, and never reaches here as its parent's."""

from __future__ import annotations

import re

from lint.data import load_data
from lint.document.annotations import ESTER_PRODUCT

_ESTERS = load_data("route_products.yaml")["ester_words"]
_ESTER = re.compile(r"[ \t]+(" + "|".join(map(re.escape, sorted(_ESTERS, key=len, reverse=True))) +
                    r")(?![\w-])", re.IGNORECASE)


def _ester_before(text: str, sentence_start: int, route_start: int, name: str) -> str:
    """The ester word of the drug's last mention before the route, if that mention is
    '<name> <ester>'; "" if the bare name is said again."""
    found = ""
    pattern = re.compile(r"(?<![\w-])" + re.escape(name), re.IGNORECASE)
    for match in pattern.finditer(text, sentence_start, route_start):
        ester = _ESTER.match(text, match.end(), route_start)
        # the last mention decides: "Unlike velostrone acetate, velostrone is injected"
        found = ester.group(1).lower() if ester else ""
    return found


def mark_ester_products(assertions, text: str | None) -> None:
    """Give each route said after its drug's ester name that ester's product."""
    if text is None:
        return
    for assertion in assertions:
        if assertion.attribute != "route" or not assertion.at or \
                assertion.drug.startswith("class:"):
            continue
        sentence_start = getattr(assertion.sentence, "start", None)
        if sentence_start is None:
            continue
        ester = _ester_before(text, sentence_start, assertion.at[0],
                              assertion.drug.replace("_", " "))
        if ester:
            assertion.product, assertion.product_clash = ester + ESTER_PRODUCT, ""
