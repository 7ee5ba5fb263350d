"""Sentences that cannot need a citation because of where they stand, not what they say.

Three shapes, read from the document's blocks after the claim judgment (which leaves each
sentence's score as it was, so the page's other sentences are judged exactly as before):

- a lead-in: the last sentence of a paragraph or list item that ends with a colon, states
  nothing checkable by itself (no cue of the claim judgment: no quantity, evidence or
  effect: "These include:", "The doses are:") and is followed at once by a list (for an
  item: by its own nested list). What it announces is said by the items, which are judged
  themselves. A lead-in with a cue ("Studies show testosterone therapy raises sperm counts
  by 50%:") is the claim and stays judged, and so does any lead-in to a table (its cells are
  never claims). Health profile only: the scholarly detector takes out every sentence ending
  in a colon itself (claims.py), so the colon is decided in one place per profile. Not
  measured on labelled data: the health-page set (rounds 1-19) is read as lines, where 169
  of 431 rows ending in a colon need a citation (39 %): 76 of 133 with a cue, 93 of 298
  without; how many of those 93 lead into a list (the recall this costs) is unmeasured.
- a list label: an item of fewer than five words, no sentence (no closing full stop), no cue
  and no verb of a clause (an auxiliary or copula), that opens its own nested list
  ("* Patient factors" over "* Ability to take oral drugs"): it names what its items say.
  "* Smoking causes lung cancer" over "* Cigarettes" is a claim, not a label. Read on the
  books of others' writing (rounds 5-7, session 17): 382 such findings before the cue and
  verb tests, 22 of 25 read category names, the others instructions.
- an entry of a hand-written reference list (a citation-shaped list item under a
  "References" heading, acronym_shapes.in_reference_list): it is the source, not a claim.
"""

from __future__ import annotations

import functools

from lint.annotate.acronym_shapes import in_reference_list
from lint.data import load_data
from lint.document.model import BlockKind

LEAD_IN = "introduces the list or table below it"
LIST_LABEL = "labels the list under it"
# A label's most words (as claims.py's short paragraph labels).
_LABEL_WORDS = 5
REFERENCE_ENTRY = "an entry of a reference list"

# Profiles whose claim detector already takes every sentence ending in a colon out
# (annotate/claims.py: the scholarly manuscripts cite 1 of 30): the colon is decided there.
_LEAD_IN_JUDGED_BY_DETECTOR = frozenset({"scholarly"})

# What may close a lead-in after its colon: emphasis marks and a hard line break.
_CLOSING = "*_\\ \t"


def not_citable(blocks, profile: str = "health") -> dict[int, tuple[str, bool]]:
    """By block id: (the reason, True when only its last sentence is concerned)."""
    found: dict[int, tuple[str, bool]] = {}
    for index, block in enumerate(blocks):
        if not block.sentences or block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            continue
        if in_reference_list(block):
            found[id(block)] = (REFERENCE_ENTRY, False)
            continue
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if following is not None and profile not in _LEAD_IN_JUDGED_BY_DETECTOR \
                and _leads_in(block, following):
            found[id(block)] = (LEAD_IN, True)
        elif following is not None and _labels(block, following):
            found[id(block)] = (LIST_LABEL, False)
    return found


def _labels(block, following) -> bool:
    if block.kind is not BlockKind.LIST_ITEM or len(block.sentences) != 1 \
            or following.kind is not BlockKind.LIST_ITEM \
            or (following.meta.depth or 0) <= (block.meta.depth or 0):
        return False
    sentence = block.sentences[0]
    text = sentence.text.strip().rstrip(_CLOSING)
    if len(text.split()) >= _LABEL_WORDS or text.endswith((".", "!", "?", ";", ":")):
        return False
    # A label is a noun phrase ("Patient factors"): a cue ("Smoking causes lung cancer") or
    # a verb of a clause ("Arterial pressure is low") makes the item a statement.
    if _has_cues(sentence):
        return False
    tokens = sentence.tokens
    verbs = _clause_verbs()
    return tokens is None or not any(t.norm_ in verbs or t.lower_ in verbs for t in tokens)


def _has_cues(sentence) -> bool:
    judgment = sentence.annotations.claim
    return judgment is not None and bool(judgment.cues)


@functools.cache
def _clause_verbs() -> frozenset[str]:
    # The auxiliaries and copulas the definition reader already keeps as data.
    return frozenset(load_data("definitions.yaml")["clause_verbs"])


def _leads_in(block, following) -> bool:
    last = block.sentences[-1]
    if not last.text.rstrip(_CLOSING).endswith(":"):
        return False
    # A lead-in that states something checkable (a quantity, evidence, an effect: "Studies
    # show testosterone therapy raises sperm counts by 50%:") is the claim; only an empty
    # announcement ("These include:") is left to its items. Before a table it always stays:
    # table cells are never claims, so nothing else would carry it.
    if _has_cues(last) or following.kind is not BlockKind.LIST_ITEM:
        return False
    if block.kind is BlockKind.PARAGRAPH:
        return True
    # An item leads in only to its own nested list, not to the next item beside it.
    return (following.meta.depth or 0) > (block.meta.depth or 0)


def mark_not_citable(document, profile: str = "health") -> None:
    """Set the judgment of every sentence that cannot need a citation by its place: not a
    claim, with the reason first (its score and the model's reasons are kept)."""
    blocks = list(document.blocks)
    found = not_citable(blocks, profile)
    if not found:
        return
    for block in blocks:
        reason = found.get(id(block))
        if reason is None:
            continue
        text, last_only = reason
        for sentence in block.sentences[-1:] if last_only else block.sentences:
            judgment = sentence.annotations.claim
            if judgment is None or judgment.excluded:
                continue
            judgment.label = False
            judgment.excluded = text
            judgment.reasons = [f"not a claim: {text}"] + list(judgment.reasons)
