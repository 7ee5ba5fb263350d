"""A health `not_claims` group of claims.yaml takes a sentence when one of its patterns
matches and its `unless` (if any) does not: the `unless` names a shape that leaves the
sentence to the learned model although a pattern matches (session 25, i361). One helper,
read by the claim detector and by every bench script that counts what a group takes
(i365, review of i361), so that none of them forgets the `unless`."""

from __future__ import annotations

import re


def unless_of(spec: dict) -> re.Pattern | None:
    """The group's compiled `unless`, or None."""
    return re.compile(spec["unless"]) if spec.get("unless") else None


def taken(found, unless: re.Pattern | None, text: str):
    """`found` (a pattern's match in `text`, or a truth value) when the group takes the
    sentence, else None: nothing matched, or the group's `unless` matches `text`."""
    return found if found and not (unless is not None and unless.search(text)) else None
