"""Chemical kinds said of the drugs listed after them: 'the peptide molecules abarelix,
cetrorelix and ganirelix and the small-molecule compounds elagolix and relugolix'.

A pure judgment on a spaCy doc and the extractor's matches ((kind, key, start, end)),
used by annotate/mechanisms.py.
"""

from __future__ import annotations

_HEADS = {"molecule", "molecules", "compound", "compounds", "drug", "drugs", "agent",
          "agents", "analogue", "analogues", "analog", "analogs", "medicines", "medications",
          "inhibitors", "antagonists", "agonists"}
_GLUE = {",", "and", "or"}


def kinds_before_lists(doc, matches) -> list[tuple[str, str, int, int]]:
    """(drug, kind, kind's start, kind's end) for each drug of a list that a kind names
    just before it, with at most one head noun between."""
    by_start = {m[2]: m for m in matches}
    out = []
    for kind, key, k_start, k_end in matches:
        if kind != "kind":
            continue
        index = k_end
        if index < len(doc) and doc[index].lower_ in _HEADS:
            index += 1
        listed = []
        while index < len(doc):
            match = by_start.get(index)
            if match is not None and match[0] == "drug":
                listed.append(match[1])
                index = match[3]
            elif doc[index].lower_ in _GLUE and listed:
                index += 1
            else:
                break
        out.extend((drug, key, k_start, k_end) for drug in listed)
    return out
