"""spaCy's sentencizer deciding from the Doc's arrays instead of a Token per token.

`Sentencizer.predict` walks every block's Doc in Python: for each token a `Token`
object, its text decoded from the string store and compared with the sentence-final
characters, and `is_punct` read after one of them. The `predict` below gives the same
guesses from what `Doc.to_array` reads in C: a token's text is one of those characters
exactly when its ORTH id is the character's id (an id is the hash of its string), and
IS_PUNCT is the flag `is_punct` reads. spaCy's own `set_annotations` still writes the
sentence starts, so every Doc comes out the same (tests/test_sentencizer.py). The ORTH
ids are kept on the Doc (lint/annotate/doc_arrays.py), where the annotators read them
next.
"""

from __future__ import annotations

import functools

from lint.annotate import doc_arrays


def install(nlp) -> None:
    """Give the pipeline's spaCy sentencizer the array-reading `predict`; any other
    sentence splitter (a parser, a senter, another spaCy's) is left alone."""
    from spacy.pipeline import Sentencizer
    from spacy.strings import get_string_id

    if "sentencizer" not in nlp.pipe_names:
        return
    component = nlp.get_pipe("sentencizer")
    if type(component) is not Sentencizer or not hasattr(component, "__dict__"):
        return
    marks = frozenset(get_string_id(char) for char in component.punct_chars)
    # A partial of a module-level function, not a lambda: the pipeline still pickles.
    component.predict = functools.partial(predict, marks=marks)


def predict(docs, marks: frozenset[int]) -> list[list[bool]]:
    """`Sentencizer.predict`, with `marks` the ORTH ids of its `punct_chars`."""
    if not any(len(doc) for doc in docs):
        return [[] for _ in docs]
    guesses = []
    for doc in docs:
        length = len(doc)
        doc_guesses = [False] * length
        if length:
            doc_guesses[0] = True
            orths = doc_arrays.orths(doc)
            first = next((i for i, orth in enumerate(orths) if orth in marks), None)
            start = 0
            if first is not None:
                # Nothing changes before the first mark: spaCy's walk only remembers one.
                puncts = doc_arrays.punct_flags(doc)
                seen_period = False
                for i in range(first, length):
                    is_mark = orths[i] in marks
                    if seen_period and not puncts[i] and not is_mark:
                        doc_guesses[start] = True
                        start = i
                        seen_period = False
                    elif is_mark:
                        seen_period = True
            if start < length:
                doc_guesses[start] = True
        guesses.append(doc_guesses)
    return guesses
