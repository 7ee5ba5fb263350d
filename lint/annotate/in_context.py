"""How likely an uncited sentence of a paper or review is to need a citation where it stands.

The claim scorer reads a sentence alone. Authors of papers and reviews also
cite by place: a sentence in a paragraph whose other sentences are cited is
more often cited itself, one in a section that cites nothing (an outlook, the
authors' discussion) rarely is, and topic sentences, contrasts ("However,
...") and speculation ("may", "will") are the authors' framing more often
than a source's finding. Each text also has its own habits of citing: the
sentences that share their words with the sentences its authors cited are
cited more often (session 11: the text's word prior, below), a prior learnt
from the text itself, read over the whole manuscript or book when it is one
(lint/engine.py, a unit) and over the file otherwise. Genre "scholarly" only: on a health page every
checkable statement needs its source wherever it stands. A document that
cites nothing (a draft before its sources) is read sentence by sentence.

The cues and their weights are data (lint/data/in_context.yaml, fitted by
bench/fit_in_context.py on the citation-worthiness dev manuscripts, with the
counts that justify each cue). The judgment is stored on each uncited,
scored sentence as `annotations.in_context` (an InContext: the claim score
moved by the cues found, with reasons); CIT001 reads its score instead of
the claim score alone.
"""

from __future__ import annotations

import functools
import math
import re

from lint.data import load_data
from lint.document.annotations import InContext


class InContextJudge:
    def __init__(self):
        data = load_data("in_context.yaml")
        self.claim_weight = float(data["claim_weight"])
        self.bias = float(data["bias"])
        self.weights = {name: float(cue["weight"]) for name, cue in data["cues"].items()}
        self.section_share_weight = float(data["section_share"]["weight"])
        self.words_cited_weight = float(data["words_cited"]["weight"])
        self.reasons = {name: cue["reason"] for name, cue in data["cues"].items()}
        # Cues read from the words alone: a pattern matched at the start or searched
        # anywhere, or a bound on the sentence's length in words.
        self.worded = [(name, _worded_test(cue)) for name, cue in data["cues"].items()
                       if _worded_test(cue) is not None]

    def annotate(self, document) -> None:
        for sentence, judged in self.judgments(document):
            if judged is not None and not sentence.citations:
                sentence.annotations.in_context = judged

    def annotate_unit(self, documents) -> None:
        """Read the text's word prior over a whole manuscript or book (its chapters, each
        annotated alone first) instead of over each file."""
        prior = words_cited(documents)
        for document in documents:
            for sentence in document.sentences:
                placed = sentence.annotations.in_context
                if placed is not None:
                    sentence.annotations.in_context = self._judgment(
                        sentence.annotations.claim.points, list(placed.cues),
                        placed.section_share, prior.get(id(sentence), 0.0))

    def judgments(self, document):
        """(sentence, InContext or None) for every sentence, cited ones judged as if their
        citation were missing (what bench/eval_context.py measures)."""
        cited_sections = {}
        # The share cited counts running prose only (headings and captions state nothing).
        prose_sizes, prose_cited = {}, {}
        for block in document.blocks:
            key = id(block.section)
            cited = sum(1 for s in block.sentences if s.citations)
            cited_sections[key] = cited_sections.get(key, 0) + cited
            if block.is_prose:
                prose_sizes[key] = prose_sizes.get(key, 0) + len(block.sentences)
                prose_cited[key] = prose_cited.get(key, 0) + cited
        document_cites = sum(cited_sections.values())
        prior = words_cited([document])
        # The names met so far in each section, in reading order: a source is cited where
        # its method, dataset or finding is first named.
        named: dict[int, set[str]] = {}
        for block in document.blocks:
            cited_here = sum(1 for s in block.sentences if s.citations)
            met = named.setdefault(id(block.section), set())
            for index, sentence in enumerate(block.sentences):
                names = _names(sentence.text)
                first_mention = bool(names - met)
                met |= names
                claim = sentence.annotations.claim
                if claim is None or claim.excluded or _ruled_out(claim):
                    yield sentence, None
                    continue
                own = 1 if sentence.citations else 0
                if document_cites - own == 0:
                    # Nothing cited around it (a draft before its sources): no place to read.
                    yield sentence, None
                    continue
                key = id(block.section)
                found = self.cues(sentence, index, block, cited_here - own,
                                  cited_sections[key] - own)
                if first_mention:
                    found.append("first mention")
                share = _share(prose_cited.get(key, 0), prose_sizes.get(key, 0),
                               own if block.is_prose else 0, block.is_prose)
                yield sentence, self._judgment(claim.points, found, share,
                                               prior.get(id(sentence), 0.0))

    def cues(self, sentence, index: int, block, cited_in_paragraph: int,
             cited_in_section: int) -> list[str]:
        """The names of the cues (in_context.yaml) the sentence shows, counting only the
        other sentences' citations (of which the document has some)."""
        text = sentence.text
        found = []
        if cited_in_paragraph:
            found.append("paragraph cites")
        if index and block.sentences[index - 1].citations:
            found.append("follows a cited sentence")
        if not cited_in_section:
            found.append("section cites nothing")
        if index == 0 and len(block.sentences) > 1:
            found.append("opens its paragraph")
        words = len(text.split())
        found.extend(name for name, test in self.worded if test(text, words))
        return found

    def _judgment(self, claim_points: float, found: list[str],
                  section_share: float = 0.0, words: float = 0.0) -> InContext:
        points = self.claim_weight * claim_points + self.bias + sum(
            self.weights[name] for name in found)
        reasons = [f"{self.reasons[name]} ({self.weights[name]:+.2f})" for name in found]
        if section_share:
            # Graded: the more of its section is cited, the likelier the sentence is too.
            moved = self.section_share_weight * section_share
            points += moved
            reasons.append(f"{section_share:.0%} of the other sentences of its section are "
                           f"cited ({moved:+.2f})")
        if words:
            moved = self.words_cited_weight * words
            points += moved
            reasons.append(f"the text's sentences that share its words are cited "
                           f"{'more' if words > 0 else 'less'} often than the rest ({moved:+.2f})")
        return InContext(1.0 / (1.0 + math.exp(-points)), points, tuple(found), reasons,
                         round(section_share, 4), round(words, 4))


# Content words: three letters or more, not a stop word; how much a word's sentences are
# cited is shrunk toward the text's rate as if it had this many more sentences at that rate.
WORD = re.compile(r"[a-z][a-z0-9-]{2,}")
WORD_SMOOTHING = 2.0
# A prior learnt from the text needs enough of it: a text (a file, or a manuscript read as
# one) whose other sentences carry fewer citations than this gets none.
WORDS_MIN_CITED = 5


def words_cited(documents) -> dict[int, float]:
    """For each prose sentence of the documents (by id), the text's word prior: over its
    content words, the mean log-odds by which the text's other prose sentences that use
    the word are cited more (or less) often than the text's other sentences. Its own
    citation never counts, so a cited sentence is read as if its citation were missing."""
    from spacy.lang.en.stop_words import STOP_WORDS

    pool = [(sentence, bool(sentence.citations),
             {w for w in WORD.findall(sentence.text.lower()) if w not in STOP_WORDS})
            for document in documents for block in document.blocks if block.is_prose
            for sentence in block.sentences]
    used, cited = {}, {}
    for _, is_cited, words in pool:
        for word in words:
            used[word] = used.get(word, 0) + 1
            cited[word] = cited.get(word, 0) + is_cited
    total, total_cited = len(pool), sum(is_cited for _, is_cited, _ in pool)
    prior = {}
    for sentence, is_cited, words in pool:
        if total_cited - is_cited < WORDS_MIN_CITED:
            continue
        # Add-one smoothing keeps the text's rate inside (0, 1).
        rate = (total_cited - is_cited + 1) / (total - 1 + 2)
        moved = [_log_odds((cited[w] - is_cited + WORD_SMOOTHING * rate)
                           / (used[w] - 1 + WORD_SMOOTHING)) - _log_odds(rate)
                 for w in words if used[w] > 1]
        prior[id(sentence)] = sum(moved) / len(moved) if moved else 0.0
    return prior


def _log_odds(p: float) -> float:
    return math.log(p / (1.0 - p))


TOKEN = re.compile(r"\b[A-Za-z][\w-]*")
INNER_CAPITAL = re.compile(r"[A-Z].*[A-Z]|[a-z][A-Z]|\d")


def _names(text: str) -> set[str]:
    """The names a sentence uses: words with two capitals, an inner capital or a digit
    besides a capital ("GWAS", "DeepTox", "CD8"), and capitalised words after its first."""
    tokens = TOKEN.findall(text)
    return {word for position, word in enumerate(tokens)
            if (INNER_CAPITAL.search(word) and any(c.isupper() for c in word))
            or (position and word[0].isupper())}


def _share(cited: int, sentences: int, own: int, counted: bool) -> float:
    """The share of the other prose sentences of a section that are cited (the sentence
    itself left out when it is one of them)."""
    others = sentences - (1 if counted else 0)
    return (cited - own) / others if others > 0 else 0.0


def _worded_test(cue: dict):
    """The test of a cue that reads the sentence's words (`opener`, `search`,
    `more_words_than`, `fewer_words_than` in in_context.yaml), or None for a cue of place."""
    if "opener" in cue:
        opener = re.compile(cue["opener"], re.I)
        return lambda text, words: opener.match(text) is not None
    if "search" in cue:
        pattern = re.compile(cue["search"], 0 if cue.get("case_sensitive") else re.I)
        return lambda text, words: pattern.search(text) is not None
    if "more_words_than" in cue:
        bound = int(cue["more_words_than"])
        return lambda text, words: words > bound
    if "fewer_words_than" in cue:
        bound = int(cue["fewer_words_than"])
        return lambda text, words: words < bound
    return None


def _ruled_out(claim) -> bool:
    """A sentence the detector set aside for what it is, not for its score (about the text,
    a list opener, no known word): no context makes it a claim."""
    return any(reason.startswith("not a claim:") for reason in claim.reasons)


@functools.cache
def judge() -> InContextJudge:
    return InContextJudge()
