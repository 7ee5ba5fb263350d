"""Where a sentence names the speaker of what it quotes: the part the learned scorer leaves out.

"“The risk is low,” says John Hanley, director of public health programs for the National
Park Service." claims what the quotation says; who said it is no part of that. The health
scorer reads a name named more than once as news ('a name, more than once' -1.28) and the
words of a speaker's title ("service", "program", "national", "public") against a claim, so
a quoted finding was judged by its speaker's byline. The scorer therefore weighs the
sentence's words without a trailing attribution (a verb of saying and the speaker, after
the closing quotation mark or a comma, to the end of the sentence); the cues, domain terms
and grammatical forms (quoted speech among them) still read the whole sentence. The shapes
are data (claims.yaml: `speaker_attribution`). Session 30 (i418, issue 15).
"""

from __future__ import annotations

import functools
import re

from lint.annotate.doc_arrays import bounds, span_chars
from lint.annotate.lexicon import load_data


class SpeakerAttribution:
    """claims.yaml `speaker_attribution`: `patterns` whose match ends where the attribution
    begins, `words` (a sentence holding none is not searched), `max_words` (a longer
    tail is a clause of its own, not a speaker's name and title) and `min_words` (a shorter
    head is too little to score alone)."""

    def __init__(self, data: dict):
        self.pattern = re.compile("|".join(f"(?:{p})" for p in data["patterns"]))
        self.words = tuple(data["words"])
        self.max_words = int(data["max_words"])
        self.min_words = int(data["min_words"])

    def start(self, text: str) -> int | None:
        """The character offset in `text` where a trailing attribution begins, or None."""
        if not any(word in text for word in self.words):
            return None
        for match in self.pattern.finditer(text):
            tail, head = text[match.end():], text[:match.end()]
            if len(tail.split()) <= self.max_words and len(head.split()) >= self.min_words:
                return match.end()
        return None

    def scored_end(self, doc, start: int, end: int, text: str) -> int:
        """The end of the tokens the learned scorer weighs: `end`, or the first token of a
        trailing attribution of the sentence doc[start:end] (whose text is `text`)."""
        offset = self.start(text) if start < end else None
        if offset is None:
            return end
        first = span_chars(doc, start, end)[0] + offset
        offsets = bounds(doc)
        for i in range(start + 1, end):
            if offsets[i][0] >= first:
                return i
        return end


@functools.cache
def speaker_attribution() -> SpeakerAttribution:
    return SpeakerAttribution(load_data("claims.yaml")["speaker_attribution"])
