"""Classes a text names in its own words, where the knowledge base has no key for them.

"Trimegestone is a fourth-generation progestin" makes trimegestone a member of
the fourth generation of progestins, whether or not the knowledge base divides
progestins into generations. Where it does, the knowledge base's subclass is
the value (mechanism_classes.generation_subclass); where it does not, the
text's own name is: the ordinal, "generation" and the class found (its key,
or the words as written where the class has none), in the form the matrix and
the gold set write class keys ("fourth_generation_progestin"; shown as
"fourth-generation progestin"). Such a key is no knowledge-base class: the MEC
rules judge it only against another generation of the same class
(rules/mechanisms.py, MEC001).
"""

from __future__ import annotations

import re
from dataclasses import replace

from lint.annotate.mechanism_classes import generation_subclass
from lint.normalise import singular

_ORDINAL = {"first": "first", "1st": "first", "second": "second", "2nd": "second",
            "third": "third", "3rd": "third", "fourth": "fourth", "4th": "fourth",
            "fifth": "fifth", "5th": "fifth"}
# "a third-generation progestin", 'a "fourth-generation" progestin', "second generation NSAAs"
_GENERATION_BEFORE = re.compile(
    r"\b(" + "|".join(_ORDINAL) + r")[- ]generation[\"'“”‘’]?\s*$", re.IGNORECASE)
# the class's name ends its noun phrase: "third-generation contraceptive pills" names the
# pills' generation, not the class's
_NOUN_AFTER = re.compile(r"^[\"'“”‘’]?\s*(?!(?:and|or|that|which|who|with|for|to|in|of|"
                         r"used|is|are|was|were|as|by|from|such|like|than)\b)[a-z]",
                         re.IGNORECASE)


def own_class_key(words: str) -> str:
    """A class as the text writes it, as a key: 'first generation alpha-1 blockers' ->
    'first_generation_alpha1_blocker' (lower case, the last word singular, words joined
    by '_', none before a digit)."""
    parts = [p for p in re.split(r"[^a-z0-9]+", words.lower()) if p]
    if parts:
        parts[-1] = singular(parts[-1])
    return re.sub(r"_(?=\d)", "", "_".join(parts))


def _base_class(classes: dict, found: str, written: str) -> str:
    """The class a generation is of: the curated class found where the words are one of
    its names ("SERM" and "selective estrogen receptor modulator" both give `serm`), else
    the words as written. Those name more than the class found where it is broader
    ("NSAAs" are read as antiandrogens) or is DrugCentral's, keyed by its own label ("alpha-1
    blockers" as its "alpha-adrenergic blocker"): the generation is of the narrower class."""
    spec = classes.get(found, {})
    names = {own_class_key(n) for n in (found, *spec.get("names", []))}
    return found if not spec.get("source") and own_class_key(written) in names else written


def with_generation_classes(assertions: list, classes: dict) -> list:
    """`assertions` with each class said of a drug right after its generation followed by
    the generation's class: the knowledge base's subclass where it has one, else the
    text's own name for it. The added statement keeps the words, polarity and modality of
    the one it follows from."""
    out, seen = [], {(a.drug, a.value, a.sentence.start) for a in assertions}
    for a in assertions:
        out.append(a)
        if a.attribute != "class" or not a.polarity or not a.at or a.drug.startswith("class:"):
            continue
        text, offset = a.sentence.text, a.sentence.start
        before, after = text[:max(0, a.at[0] - offset)], text[a.at[1] - offset:]
        ordinal = _GENERATION_BEFORE.search(before)
        if ordinal is None or _NOUN_AFTER.match(after):
            continue
        first = _ORDINAL[ordinal.group(1).lower()]
        written = text[a.at[0] - offset:a.at[1] - offset]
        value = generation_subclass(classes, a.value, first) or \
            own_class_key(f"{first} generation {_base_class(classes, a.value, written)}")
        if (a.drug, value, a.sentence.start) not in seen:
            seen.add((a.drug, value, a.sentence.start))
            out.append(replace(a, value=value, evidence=f"{ordinal.group(0)}{written}"))
    return out
