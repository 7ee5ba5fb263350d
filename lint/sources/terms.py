"""Is a glossary "term" really a term? Shared by the claim annotator and the glossary rules."""

from __future__ import annotations

import re

# Words that begin clauses or carry tense and person: a term is a noun
# phrase and has none of them ("while others might require" is a fragment).
_CLAUSE_WORDS = {
    "while", "although", "because", "since", "when", "whereas", "if", "unless", "that",
    "which", "who", "others", "they", "we", "you", "it", "he", "she", "might", "may", "can",
    "could", "will", "would", "should", "must", "shall", "is", "are", "was", "were", "does",
    "do", "did", "has", "have", "had",
}
# A modal that ends a term is a noun: "living will", "trash can".
_NOUN_AT_THE_END = {"will", "can", "may", "must"}
MAX_TERM_WORDS = 6


def _clause_word(written: list[str], index: int) -> bool:
    word = written[index]
    if len(word) > 1 and word.isupper():
        return False  # an acronym: "WHO classification", "IT band"
    if index and index == len(written) - 1 and word.lower() in _NOUN_AT_THE_END:
        return False
    return word.lower() in _CLAUSE_WORDS


def term_problem(term: str) -> str | None:
    """Why `term` is not a term (a sentence fragment ...), or None when it is one."""
    written = re.findall(r"[\w'-]+", term)
    words = [w.lower() for w in written]
    if not words:
        return "it has no words"
    if len(words) > MAX_TERM_WORDS:
        return f"it has {len(words)} words; a term has at most {MAX_TERM_WORDS}"
    clause = [w for i, w in enumerate(words) if _clause_word(written, i)]
    if clause:
        return f"it reads as a sentence fragment ('{clause[0]}')"
    if term.rstrip().endswith((".", "!", "?", ";", ",")):
        return "it ends with punctuation"
    return None


def is_term(term: str) -> bool:
    return term_problem(term) is None
