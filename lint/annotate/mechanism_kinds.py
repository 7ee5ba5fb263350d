"""Chemical kinds said of the drugs listed after them: 'the peptide molecules abarelix,
cetrorelix and ganirelix and the small-molecule compounds elagolix and relugolix'.

A pure judgment on a spaCy doc and the extractor's matches ((kind, key, start, end)),
used by annotate/mechanisms.py.
"""

from __future__ import annotations

from dataclasses import replace

from lint.data import load_data

# domain words (drugs, dosing, routes, sites, effects) are data: mechanism_words.yaml
_WORDS = load_data("mechanism_words.yaml")

_HEADS = set(_WORDS["kind_heads"])
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


def kinds_of_abbreviations(assertions: list, text: str, kinded: dict[str, str]) -> list:
    """`assertions` with the kind an abbreviation's long form names added where the
    abbreviation names a class: after "the nonsteroidal antiandrogen (NSAA) bicalutamide",
    "the second-generation NSAAs, enzalutamide and apalutamide" calls both nonsteroidal."""
    out, seen = [], {(a.drug, a.attribute, a.value, id(a.sentence)) for a in assertions}
    for assertion in assertions:
        out.append(assertion)
        if assertion.attribute != "class" or not assertion.at:
            continue
        kind = kinded.get(text[assertion.at[0]:assertion.at[1]])
        if kind is None or (assertion.drug, "kind", kind, id(assertion.sentence)) in seen:
            continue
        seen.add((assertion.drug, "kind", kind, id(assertion.sentence)))
        out.append(replace(assertion, attribute="kind", value=kind,
                           evidence=text[assertion.at[0]:assertion.at[1]]))
    return out
