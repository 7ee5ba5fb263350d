"""Sentences that cannot need a citation because of where they stand, not what they say.

Two shapes, read from the document's blocks after the claim judgment (which leaves each
sentence's score as it was, so the page's other sentences are judged exactly as before):

- a lead-in: the last sentence of a paragraph or list item that ends with a colon and is
  followed at once by a list (for an item: by its own nested list) or a table. What it
  announces is said by the items, which are judged themselves; a citation would cite
  them. On the health-page set (bench/data/health_pages, every round on main, in page
  order) 739 of the 876 list rows that follow a lead-in are labelled claims, while the
  rows ending in a colon are labelled claims in 169 of 431: the items carry the claim.
- a list label: an item of fewer than five words, no sentence (no closing full stop), that
  opens its own nested list ("* Patient factors" over "* Ability to take oral drugs"):
  it names what its items say. Read on the books of others' writing (rounds 5-7, session
  17): 382 such findings, 22 of 25 read category names, the others instructions.
- an entry of a hand-written reference list (a citation-shaped list item under a
  "References" heading, acronym_shapes.in_reference_list): it is the source, not a claim.
"""

from __future__ import annotations

from lint.annotate.acronym_shapes import in_reference_list
from lint.document.model import BlockKind

LEAD_IN = "introduces the list or table below it"
LIST_LABEL = "labels the list under it"
# A label's most words (as claims.py's short paragraph labels).
_LABEL_WORDS = 5
REFERENCE_ENTRY = "an entry of a reference list"

# What may close a lead-in after its colon: emphasis marks and a hard line break.
_CLOSING = "*_\\ \t"


def not_citable(blocks) -> dict[int, tuple[str, bool]]:
    """By block id: (the reason, True when only its last sentence is concerned)."""
    found: dict[int, tuple[str, bool]] = {}
    for index, block in enumerate(blocks):
        if not block.sentences or block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            continue
        if in_reference_list(block):
            found[id(block)] = (REFERENCE_ENTRY, False)
            continue
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if following is not None and _leads_in(block, following):
            found[id(block)] = (LEAD_IN, True)
        elif following is not None and _labels(block, following):
            found[id(block)] = (LIST_LABEL, False)
    return found


def _labels(block, following) -> bool:
    if block.kind is not BlockKind.LIST_ITEM or len(block.sentences) != 1 \
            or following.kind is not BlockKind.LIST_ITEM \
            or (following.meta.depth or 0) <= (block.meta.depth or 0):
        return False
    text = block.sentences[0].text.strip().rstrip(_CLOSING)
    return len(text.split()) < _LABEL_WORDS and not text.endswith((".", "!", "?", ";", ":"))


def _leads_in(block, following) -> bool:
    if not block.sentences[-1].text.rstrip(_CLOSING).endswith(":"):
        return False
    if following.kind is BlockKind.TABLE_CELL:
        return block.kind is BlockKind.PARAGRAPH
    if following.kind is not BlockKind.LIST_ITEM:
        return False
    if block.kind is BlockKind.PARAGRAPH:
        return True
    # An item leads in only to its own nested list, not to the next item beside it.
    return (following.meta.depth or 0) > (block.meta.depth or 0)


def mark_not_citable(document) -> None:
    """Set the judgment of every sentence that cannot need a citation by its place: not a
    claim, with the reason first (its score and the model's reasons are kept)."""
    blocks = list(document.blocks)
    found = not_citable(blocks)
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
