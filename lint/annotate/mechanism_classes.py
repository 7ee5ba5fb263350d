"""Class readings that follow from the knowledge base's class hierarchy.

A subclass names its parent class by definition: "Nonselective beta-blockers
include propranolol …" says propranolol is a beta blocker too, and "The first
generation sulfonylureas include tolbutamide" that tolbutamide is a
sulfonylurea. The parent is a class's `parent` in lint/data/drug_classes.yaml
(or a project's file); the added statement keeps the words, polarity and
modality of the one it follows from, so a denied subclass denies nothing more
than it says ("not a COX-2 selective inhibitor" says nothing of NSAIDs). A
class defined by structure gives its chemical kind the same way (`kind`: "a
type of nonsteroidal aromatase inhibitor" says the drug is nonsteroidal).
"""

from __future__ import annotations

from dataclasses import replace

_MAX_DEPTH = 4  # a hierarchy loop in a project's file ends here, not in a hang


def with_parent_classes(assertions: list, classes: dict) -> list:
    """`assertions` with each asserted subclass followed by its parent classes (and the
    chemical kind a class implies)."""
    if not any(spec.get("parent") or spec.get("kind") for spec in classes.values()):
        return assertions
    out, seen = [], {_identity(a) for a in assertions}
    for assertion in assertions:
        out.append(assertion)
        if assertion.attribute != "class" or not assertion.polarity:
            continue
        implied, parent = [], assertion.value
        while parent in classes and len(implied) < _MAX_DEPTH:
            spec = classes[parent]
            if spec.get("kind"):
                implied.append(replace(assertion, attribute="kind", value=spec["kind"]))
            parent = spec.get("parent")
            if parent and assertion.drug != f"class:{parent}":
                implied.append(replace(assertion, value=parent))
        for added in implied:
            if _identity(added) not in seen:
                seen.add(_identity(added))
                out.append(added)
    return out


def _identity(assertion) -> tuple:
    return (assertion.drug, assertion.attribute, assertion.value, assertion.start,
            id(assertion.sentence))
