"""What a sentence's grammar says it is doing: instructing, quoting, an organisation at work.

Words alone tie the claim scorer to the wording of the sites it was trained on
("Describe ...", "Reduce ..." and "Know ..." are three unrelated words to it).
These forms name the sentence's shape in the grammar of the genre instead: it
opens with a verb in the imperative, it reports someone's speech, an
organisation is its subject, it states an obligation. Each is a feature of
the learned scorer (claim_model.py, "grammar=<name>"), weighed by training like
any word, and named among the drivers of a judgment; none decides alone. The
vocabulary is data (claims.yaml: sentence_forms); each form is supported on
two sites or more of the development data (bench/lexicon_support.py).
"""

from __future__ import annotations

import functools
import re

from lint.annotate.lexicon import load_data
from lint.annotate.regex_gate import GatedPattern, GatedSearches


class SentenceForms:
    """The forms of claims.yaml's `sentence_forms`, each a regular expression on the
    sentence's text; a named group `verb` must be the base form of an English verb."""

    def __init__(self, data: dict):
        self.forms = [(name, re.compile("|".join(f"(?:{p})" for p in spec["patterns"])))
                      for name, spec in data.items()]
        self.verbs = verb_bases()
        # Most forms need a word the sentence lacks ("said", "must", " in "): the words
        # of all forms are found in one pass, and a form, or a part of one, that lacks
        # them is not searched (it matches nowhere in that text).
        self._gates = GatedSearches([GatedPattern(pattern, spec["patterns"]) for
                                     (_, pattern), spec in zip(self.forms, data.values())])

    def of(self, text: str) -> list[str]:
        """The names of the forms the sentence has."""
        found = []
        gates = self._gates
        open_ = gates.open(text)
        for index, (name, _) in enumerate(self.forms):
            pattern = gates.narrowed(index, open_)
            if pattern is None:
                continue
            for match in pattern.finditer(text):
                verb = match.groupdict().get("verb")
                if verb is None or verb.lower() in self.verbs:
                    found.append(name)
                    break
        return found


@functools.cache
def verb_bases() -> frozenset[str]:
    """Words that are the base form of a verb: the lemma of an '-ing' form in the lemma
    table (describing -> describe), and themselves no other word's inflection."""
    from lint.nlp import lemma_table

    table = lemma_table()
    return frozenset(lemma for form, lemma in table.items()
                     if form.endswith("ing") and form != lemma and lemma not in table)


@functools.cache
def sentence_forms() -> SentenceForms:
    return SentenceForms(load_data("claims.yaml").get("sentence_forms") or {})
