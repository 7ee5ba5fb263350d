"""One normaliser for the word forms every layer compares: plurals, separators, variants.

Glossary term matching, the lexicons' phrase matchers, acronym events, the
definition judge, the drug-class labels and the glossary rules all use
these, so "HPG axis", "HPG-axis" and "HPG axes" are treated alike everywhere,
and "LHs" is the acronym "LH".
"""

from __future__ import annotations

import functools
import re

# Between the words of a term: spaces, hyphens or en dashes ("hypothalamic-pituitary").
SEPARATORS = re.compile(r"[\s\-–]+")
# Words whose final "s" is not a plural one: "stress", "status", "analysis", "testis".
_NOT_PLURAL_ENDINGS = ("ss", "us", "is")
# British and American spellings compared as one (DrugCentral writes "analog").
_VARIANTS = (("analogue", "analog"),)
_WORD = re.compile(r"\w+")
# A whole word (a longest run of word characters, as `_WORD` finds) ending in "s".
_S_WORD = re.compile(r"(?<!\w)\w*s(?!\w)")
_EPC_TAIL = re.compile(r"\s*\[.*?\]$")
_SPELLING_SPLIT = re.compile(r"\s+|(?<=[A-Za-z])[-–](?=[A-Za-z])")
# How a term's words may be joined in running text.
SEPARATOR_SPELLINGS = (" ", "-", "–")


# British spellings folded to American ones, so two spellings of one expansion compare equal.
# Applied to both sides of a comparison only; never used to rewrite text.
_BRITISH = (
    (re.compile(r"(?<=[a-z]{3})is(e|es|ed|ing|ation|ations)\b"), r"iz\1"),  # luteinising
    (re.compile(r"(?<=[hp])ae(?=[a-z])"), "e"),    # haemoglobin, anaemia, paediatric
    (re.compile(r"\boe(?=[a-z])|(?<=[ft])oe(?=t)"), "e"),  # oestrogen, oedema, foetal
    (re.compile(r"(?<=[a-z]{2})our\b"), "or"),      # tumour, colour
)


def spelling_key(text: str) -> str:
    """Lower case with British spellings folded: "luteinising" and "luteinizing" are one."""
    text = text.lower()
    for pattern, replacement in _BRITISH:
        text = pattern.sub(replacement, text)
    return text


def plural(word: str) -> str:
    """The regular English plural: axis → axises is not attempted; cell → cells,
    body → bodies."""
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def with_plural(phrase: str) -> tuple[str, str]:
    return phrase, plural(phrase)


def acronym_singular(acronym: str) -> str:
    """An acronym without its plural "s": LHs → LH, SERMs → SERM, AIs → AI, GnRHs → GnRH.

    Only an "s" after a capital is a plural ("hCG", "Ms" stay); "LH's" is a
    possessive, not a plural, and is left as written (the tokenizer splits
    "'s" off before acronyms are read).
    """
    if len(acronym) > 2 and acronym.endswith("s") and acronym[-2].isupper():
        return acronym[:-1]
    return acronym


def singular(word: str, shortest: int = 4) -> str:
    """A plain plural "s" dropped: cells → cell, SERMs → SERM.

    Not from stress, status, analysis or testis (-ss, -us, -is), nor from a
    word shorter than `shortest` ("gas"). Give the word as written: in lower
    case "AIs" reads as "ais", like "this".
    """
    if acronym_singular(word) != word:
        return word[:-1]
    if len(word) >= shortest and word.endswith("s") and not word.endswith(_NOT_PLURAL_ENDINGS):
        return word[:-1]
    return word


def split_words(text: str) -> list[str]:
    """The lower-case words of a text, whatever separates them: "HPG-axis" → ["hpg", "axis"]."""
    if text.isalnum():
        # alphanumeric text holds no \s, '-' or '–', nor does its lower case: the split would
        # return it whole (most calls are one token's text)
        return [text.lower()]
    return [w for w in SEPARATORS.split(text.lower()) if w]


def spelling_words(form: str) -> list[str]:
    """The words of a term whose separators may vary, in lower case: split at spaces and at
    hyphens or en dashes between letters, so "IGF-1" stays one word."""
    return [w.lower() for w in _SPELLING_SPLIT.split(form.strip()) if w]


def same_words(a: str, b: str) -> bool:
    """The same words in any case, whatever separates them."""
    return SEPARATORS.sub(" ", a.lower()) == SEPARATORS.sub(" ", b.lower())


def singular_term(text: str) -> str:
    """Lower case, single spaces, the last word singular: how two glossary terms are compared."""
    # Lower case first, so "AIs" keeps its "s" ("ais", like "this"): the key is the context
    # of GLO015 findings, and baselines record it.
    parts = split_words(text)
    if parts:
        parts[-1] = singular(parts[-1])
    return " ".join(parts)


def plural_of(written: str, singular_form: str) -> bool:
    """Is `written` the plural of a term whose singular is `singular_form`?

    "GnRH analogues" of "GnRH analogue" and "SERMs" of "SERM": an "s" that
    the singular does not end in, after the singular's last letters.
    """
    return written.endswith("s") and not singular_form.endswith("s") and \
        written[:-1].lower().endswith(singular_form.lower()[-3:])


@functools.lru_cache(maxsize=4096)  # a few thousand class labels, each asked for often
def class_key(label: str) -> str:
    """A drug-class label in the form two sources compare: 'Aromatase Inhibitors' ~
    'aromatase inhibitor', 'GnRH analogue' ~ 'GnRH Analog [EPC]'."""
    text = label.lower()
    for variant, spelling in _VARIANTS:
        text = text.replace(variant, spelling)
    text = text.replace("_", " ").strip()
    if "[" in text:
        text = _EPC_TAIL.sub("", text)  # DrugCentral's "[EPC]"
    # `singular` changes only a word ending in "s": the other words are left unread (a few
    # thousand labels at every start-up, each word a call otherwise).
    return _S_WORD.sub(_singular_of_match, text) if "s" in text else text


def _singular_of_match(word) -> str:
    return singular(word.group())
