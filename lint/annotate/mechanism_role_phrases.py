"""A class or a target a sentence defines its drug by, named by the short name the text gives
it (issue 16, session 31, i426).

"Relacorilant is a selective glucocorticoid receptor modulator (SGRM)", "Tetrabenazine is an
inhibitor of synaptic vesicular monoamine transporter 2 (VMAT2)", "Tolcapone is a specific
inhibitor of cathechol-O-methyltransferase (COMT)": where the knowledge base names neither the
class nor the target, the phrase that defines the drug still says what it is, and the
abbreviation the text gives in brackets right after it is its key ("sgrm", "vmat2", "comt").
Without one nothing is read: the words as written name the same thing in too many forms to
be a key ("C5a receptor" and "complement factor 5a receptor", "If channel" and "If ion
channel", "somatostatin receptor 2 agonist" and "somatostatin receptor agonist"); on rounds
1-42 such readings were right once in six.

The shape is the definition's, and only it: the drug opens the phrase ("<drug> is/was a",
"<drug>, a/the", "<drug>: A"), then an article, qualities, and a role head ("agonist",
"antagonist", "inhibitor", …: `text_drug_role_heads`). Two readings, as the gold set's
labelling rule splits them (its README, rounds 5-24: "X inhibitor" gives the class only,
"inhibitor of X" the class and the target, the class then read from the target by
`classes_of_targets` as for any target):

- a compound class noun, "a … C5a receptor antagonist (C5aRA)": the class;
- a prepositional phrase, "an antagonist of the C5a receptor (C5aR)": the target.

What it acts on must look like a target: a receptor, channel, transporter or enzyme word
(`text_drug_role_objects`), an enzyme's "-ase" (not one of `role_phrase_not_enzymes`:
"release", "disease"), a code ("C5a", "S1PR1") or an acronym; not a process ("an inhibitor
of bone formation (BF)"), nor a role object alone ("a dual receptor antagonist (DRA)"). The
abbreviation's letters must align in the words before it ("(NK3)" after "serotonin receptor
antagonist" abbreviates something else).
"""

from __future__ import annotations

from typing import NamedTuple

from lint.annotate import doc_words
from lint.annotate.acronym_shapes import letters_align
from lint.annotate.mechanism_own_classes import own_class_key

_COPULAS = {"is", "was", "remains"}
_LEADS = {",": ("a", "an", "the"), ":": ("a", "an")}
_REACH = 10  # words from the article to the role head
_OF_REACH = 6  # words of the target after "of"
# words that end a phrase: a clause, a preposition, a list
_STOPS = {".", ";", ":", "that", "which", "who", "whose", "for", "in", "used", "and", "or",
          "but", "to", "by", "on", "at", "from", "than", "as", "with", "of", "(", ")", ",",
          "is", "are", "was", "were", "approved", "indicated", "developed"}
# how a drug is, not what it acts on ("orally administered", "highly selective")
_QUALITY_ENDINGS = ("ly", "ed", "ing", "able", "ible", "ive", "al", "ic", "ous", "ary")
_ENZYME_ENDINGS = ("ase", "ases")


class RoleReading(NamedTuple):
    """One reading: of which drug, what, and the tokens that say it."""

    drug: str
    attribute: str  # class | target
    value: str
    start: int  # token span of the words that say it
    end: int
    words: str


def _code_shaped(text: str) -> bool:
    """'C5a', 'S1PR1', 'CYP17', 'HIV', 'JAKs': a code or an acronym, which no English word is."""
    letters = [c for c in text if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return (capitals >= 1 and any(c.isdigit() for c in text) and text[0].isalnum()) or \
        (capitals >= 2 and capitals >= len(letters) - 1)


def _target_like(texts, lowers, start: int, end: int, objects, not_enzymes) -> bool:
    """Words that may name what a drug acts on: a receptor's or enzyme's word, an enzyme's
    '-ase' (not 'release', 'disease'), a code or an acronym."""
    return any(lowers[i] in objects or (lowers[i].endswith(_ENZYME_ENDINGS) and
                                        len(lowers[i]) > 5 and
                                        _singular_ase(lowers[i]) not in not_enzymes) or
               _code_shaped(texts[i]) for i in range(start, end))


def _singular_ase(word: str) -> str:
    return word[:-1] if word.endswith("ases") else word


def _abbreviation(lowers, texts, first: int, last: int, end: int) -> str | None:
    """The abbreviation in brackets right after the words first: last, where its letters
    align in them ("selective glucocorticoid receptor modulator (SGRM)", "synaptic vesicular
    monoamine transporter 2 (VMAT2)"): the text's own short name, which the value takes."""
    if last + 2 >= end or lowers[last] != "(" or lowers[last + 2] != ")":
        return None
    short = texts[last + 1]
    if not _code_shaped(short) or not letters_align(
            "".join(c for c in short.lower() if c.isalnum()), " ".join(lowers[first:last])):
        return None
    return short


def _quality(word: str, text: str, qualities) -> bool:
    """'selective', 'orally', 'administered': how a drug is or is given (lower case)."""
    return word in qualities or (text.islower() and word.endswith(_QUALITY_ENDINGS))


def _head_at(lowers, texts, article: int, end: int, heads, qualities) -> int | None:
    """The role head of the phrase after the article at `article`, within reach, past no
    clause word; None where the phrase has none."""
    index = article + 1
    while index < min(end, article + 1 + _REACH):
        word = lowers[index]
        if word in heads:
            # "a drug-resistant …": a head before a hyphen is a modifier
            return None if index + 1 < end and lowers[index + 1] == "-" else index
        # ("an orally available, complement … antagonist": a comma after a quality)
        if word == "," and index > article + 1 and \
                _quality(lowers[index - 1], texts[index - 1], qualities):
            index += 1
            continue
        if word in _STOPS:
            return None
        index += 1
    return None


def _compound(lowers, texts, article: int, head: int, qualities) -> int | None:
    """Where the words naming what the head acts on start ('C5a receptor' of 'an orally
    administered C5a receptor antagonist'): back from the head past words and hyphens, to
    a quality, the article or punctuation; None where there are none."""
    index = head - 1
    while index > article:
        word, text = lowers[index], texts[index]
        if word == "-" and index - 1 > article and texts[index - 1].isalnum():
            index -= 1
            continue
        if not text.isalnum() or _quality(word, text, qualities):
            break
        index -= 1
    return index + 1 if index + 1 < head else None


def _of_target(lowers, texts, head: int, end: int) -> tuple[int, int] | None:
    """The words after 'of' ('of the complement factor 5a receptor that …'), to a clause
    word or punctuation: (start, end), or None."""
    if head + 1 >= end or lowers[head + 1] != "of":
        return None
    start = head + 2
    if start < end and lowers[start] in ("the", "a", "an"):
        start += 1
    stop = start
    while stop < min(end, start + _OF_REACH):
        word = lowers[stop]
        if word in _STOPS or not (texts[stop].isalnum() or word == "-"):
            break
        stop += 1
    return (start, stop) if stop > start else None


def role_readings(doc, start: int, end: int, matches, role_heads, qualities,
                  objects, not_enzymes=frozenset()) -> list[RoleReading]:
    """The classes and targets the sentence (tokens start: end) defines its drugs by, in its
    own words, where the knowledge base's matches (`matches`, (kind, key, start, end)) name
    none inside the phrase."""
    lowers, texts = doc_words.lower_words(doc), doc_words.words(doc)
    # (a target the knowledge base names may sit inside a compound class noun; a drug or a
    # class may not: the phrase is then the knowledge base's to read)
    covered = {i: m for m in matches for i in range(m[2], m[3])}
    named = {i for i, m in covered.items() if m[0] in ("drug", "class")}
    out = []
    for kind, drug, m_start, m_end in matches:
        if kind != "drug" or not start <= m_start < end:
            continue
        after = m_end
        # "Avacopan (av” a koe’ pan) is …": past a bracket after the name
        if after < end and lowers[after] == "(":
            close = next((i for i in range(after + 1, min(end, after + 12))
                          if lowers[i] == ")"), None)
            after = close + 1 if close is not None else after
        if after + 1 >= end:
            continue
        word = lowers[after]
        article = after + 1
        if word in _COPULAS:
            if lowers[article] == "also":
                article += 1
            if article >= end or lowers[article] not in ("a", "an"):
                continue
        elif word in _LEADS:
            if lowers[article] not in _LEADS[word]:
                continue
        else:
            continue
        head = _head_at(lowers, texts, article, end, role_heads, qualities)
        # (no drug or class the knowledge base names in the phrase: then it is the base's
        # to read)
        if head is None or any(i in named for i in range(article + 1, head + 1)):
            continue
        first = _compound(lowers, texts, article, head, qualities)
        # (a role object alone names nothing: "a dual receptor antagonist (DRA)")
        if first is not None and _target_like(texts, lowers, first, head, objects,
                                              not_enzymes) and \
                any(lowers[i] not in objects for i in range(first, head)):
            short = _abbreviation(lowers, texts, article + 1, head + 1, end)
            if short is not None:
                out.append(RoleReading(drug, "class", own_class_key(short), first,
                                       head + 3, short))
            continue
        target = _of_target(lowers, texts, head, end)
        if target is not None and \
                not any(i in covered for i in range(*target)) and \
                _target_like(texts, lowers, *target, objects, not_enzymes):
            short = _abbreviation(lowers, texts, target[0], target[1], end)
            if short is not None:
                out.append(RoleReading(drug, "target", own_class_key(short), target[0],
                                       target[1] + 2, short))
    return out
