"""Source credits: a caption's citation that says where the figure or table comes from.

"Adapted from [@key]", "Source: @key", "[reproduced with permission from
@key]": such a citation credits the picture's source; it supports no claim
and belongs in the caption (cues in lint/data/credits.yaml). A citation
group is a credit when the cue comes right before the group or opens the
prefix of its first citation. Results go to `document.annotations.source_credits`.
"""

from __future__ import annotations

import functools
import re

from lint.annotate.lexicon import load_data
from lint.document.annotations import SourceCredit
from lint.document.model import BlockKind, Document


_LIST_SEPARATOR = re.compile(r"\s*(?:[;,]|,?\s*and)\s*", re.IGNORECASE)


@functools.cache
def _cue_at_end() -> re.Pattern:
    cues = sorted(load_data("credits.yaml")["cues"], key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, cue.split())) for cue in cues)
    return re.compile(rf"\b({alternatives})\s*:?\s*[(\[]?\s*$", re.IGNORECASE)


def annotate_credits(document: Document) -> None:
    cue_at_end = _cue_at_end()
    credits = []
    for block in document.blocks:
        if block.kind is not BlockKind.CAPTION:
            continue
        group_cue: dict[int, str] = {}
        previous_end, previous_cue = None, ""
        for citation, (start, end) in zip(block.citations, block.meta.citation_ranges):
            if start not in group_cue:
                found = cue_at_end.search(citation.prefix) or cue_at_end.search(
                    block.text[:start])
                if found:
                    group_cue[start] = " ".join(found.group(1).lower().split())
                elif previous_cue and _LIST_SEPARATOR.fullmatch(block.text[previous_end:start]):
                    group_cue[start] = previous_cue  # "Sources: @a; @b and @c"
                else:
                    group_cue[start] = ""
            previous_end, previous_cue = end, group_cue[start]
            if group_cue[start]:
                credits.append(SourceCredit(citation.key, citation.start, group_cue[start]))
    document.annotations.source_credits = credits
