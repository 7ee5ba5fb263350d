"""Does a sentence overclaim: a certainty word, a booster, or an appeal to unnamed studies?

The cues are data (lint/data/overclaims.yaml). A certainty word is negated
by a negation a few words before it ("not always", "no treatment is
proven") or a null result right after it ("has proven no different"),
softened by "almost" or "nearly", and not a claim in its idioms ("cure
rate", "were cured", "always consult"); a word in capitals is a name (the
CURE trial). Boosters ("is recognized for", "potent") are recorded for the
EVD rules to weigh against the evidence registry. "some studies have shown"
and "early research has shown" name their own limit, "NHLBI studies" their
source; "these studies show" points back at the sentence before, and is
sourced when that sentence cites. A negation before a list reaches each of
its members ("not intended to diagnose, treat, cure, or prevent").
Headings, captions and front matter are labels, not statements, and are not
judged.
"""

from __future__ import annotations

import functools
import re

from lint.annotate.regex_gate import FoldedGatedPattern
from lint.data import load_data
from lint.document.annotations import OverclaimJudgment
from lint.document.model import BlockKind

_NOT_STATEMENTS = (BlockKind.HEADING, BlockKind.CAPTION, BlockKind.FRONT_MATTER)


def _alternatives(patterns) -> FoldedGatedPattern:
    # Most sentences hold none of a list's words: those are not searched.
    return FoldedGatedPattern(re.compile(r"\b(" + "|".join(patterns) + r")\b", re.IGNORECASE),
                              patterns)


@functools.cache
def _lexicon() -> dict:
    data = load_data("overclaims.yaml")
    return {
        "words": _alternatives(data["words"]), "boosters": _alternatives(data["boosters"]),
        "idioms": _alternatives(data["idioms"]),
        "unsourced": _alternatives(data["unsourced_evidence"]),
        "negations": frozenset(data["negations"]), "window": int(data["negation_window"]),
        "negated_after": frozenset(data["negated_after"]),
        "softened_by": frozenset(data["softened_by"]),
        "limited_by": frozenset(data["limited_by"]),
        "needs_effect": frozenset(data["needs_effect"]),
        "first_person": frozenset(data["first_person"]),
    }


def _in_a_name(text: str, start: int, end: int) -> bool:
    """A capitalised word inside a run of capitalised words: a title or name ("Research to
    Accelerate Cures and Equity Act"), not a claim."""
    if not text[start:start + 1].isupper() or not text[:start].strip():
        return False
    before = text[:start].split()[-1:]
    after = text[end:].split()[:1]
    return any(w[:1].isupper() for w in before + after)


def _first_standing(pattern: FoldedGatedPattern, text: str, lexicon: dict,
                    states_effect=True) -> str:
    """The first match of `pattern` that is not negated, softened, an idiom or a name."""
    idioms = None  # found only once the pattern matches: most sentences hold no match
    for match in pattern.finditer(text):
        word = match.group(0)
        if len(word) > 2 and word.isupper():
            continue  # an acronym: the CURE trial
        if _in_a_name(text, match.start(), match.end()):
            continue
        if idioms is None:
            idioms = [m.span() for m in lexicon["idioms"].finditer(text)]
        if any(start <= match.start() < end for start, end in idioms):
            continue
        if not states_effect and word.lower() in lexicon["needs_effect"]:
            continue
        before = text[:match.start()].lower().split()
        after = text[match.end():].lower().split()[:2]
        if set(_without_list_members(before)[-lexicon["window"]:]) & lexicon["negations"]:
            continue
        if before and before[-1] in lexicon["softened_by"]:
            continue
        if {w.strip(".,;:") for w in after} & lexicon["negated_after"]:
            continue
        return word
    return ""


def _without_list_members(words: list[str]) -> list[str]:
    """The words before a cue less the list it closes ("diagnose, treat, cure, or"): a
    negation before the list reaches each member."""
    end = len(words)
    while end and (words[end - 1] in ("or", "and") or words[end - 1].endswith(",")):
        end -= 1
        while end and words[end - 1].endswith(","):
            end -= 1
    return words[:end]


def _limited_or_named(text: str, start: int, limits: frozenset) -> bool:
    """The appeal's noun phrase limits its studies ("early research", "what the evidence
    says") or names their source in capitals ("NHLBI studies"): the words right before it,
    up to three, not across punctuation."""
    words = []
    for word in reversed(text[:start].split()[-3:]):
        if word[-1] in ",;:.!?)\"”":
            break
        words.append(word)
    if words and sum(c.isupper() for c in words[0]) >= 2:
        return True  # "NHLBI studies", "NIH-funded research"
    return not limits.isdisjoint(w.lower() for w in words)


def judge_overclaim(text: str, causal: bool = True) -> OverclaimJudgment:
    """The judgment of one sentence; `causal`: it holds a causal word (the hedge
    judgment's), so it may state an effect. Whether a citation nearby covers an appeal to
    studies ("These studies demonstrate ..." after a cited sentence) is the coverage
    annotator's judgment (`covered_by`), made once there."""
    lexicon = _lexicon()
    text = text.replace("\u2019", "'")  # "isn’t" negates as "isn't" does
    words = {w.strip(".,;:()*_").lower() for w in text.split()}
    states_effect = causal and lexicon["first_person"].isdisjoint(words)
    judgment = OverclaimJudgment(
        word=_first_standing(lexicon["words"], text, lexicon, states_effect),
        booster=_first_standing(lexicon["boosters"], text, lexicon))
    if not judgment.word:
        match = lexicon["unsourced"].search(text)
        if match and not _limited_or_named(text, match.start(), lexicon["limited_by"]):
            judgment.unsourced = match.group(0)
    return judgment


def annotate_overclaims(document) -> None:
    for block in document.blocks:
        if block.kind in _NOT_STATEMENTS:
            continue
        for sentence in block.sentences:
            hedge = sentence.annotations.hedge
            causal = hedge is None or bool(hedge.causal)
            sentence.annotations.overclaim = judge_overclaim(sentence.text, causal)
