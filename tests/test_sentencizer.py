"""The sentencizer's array-reading `predict` gives spaCy's sentence starts on every text."""

from __future__ import annotations

import random

from conftest import REPO
from lint.nlp import pipeline


def _texts() -> list[str]:
    """Health-page sentences, the article's lines, and random runs of marks and words."""
    rows = (REPO / "bench/data/health_pages/sentences.tsv").read_text("utf-8").splitlines()
    texts = [" ".join(row.rsplit("\t", 1)[-1] for row in rows[start:start + 5])
             for start in range(1, len(rows), 20)]
    texts += [line for path in sorted((REPO / "content").glob("*.md"))
              for line in path.read_text("utf-8").splitlines() if line.strip()]
    nlp = pipeline()
    rng = random.Random(20261130)
    atoms = sorted(nlp.get_pipe("sentencizer").punct_chars) + [
        "word", "Word", "(", ")", '"', "'", "-", "e.g.", "U.S.", "3.5", "...", "?!", ":", ";",
        " ", "  ", "\n", "\u2026", "\u00a0"]
    for _ in range(1000):
        texts.append("".join(rng.choice(atoms) + rng.choice(("", " "))
                             for _ in range(rng.randint(0, 30))))
    return texts + ["", " ", "."]


def test_the_same_sentence_starts_as_spacys_walk():
    nlp = pipeline()
    component = nlp.get_pipe("sentencizer")
    theirs = type(component).predict
    texts = _texts()
    assert len(texts) > 1500
    for text in texts:
        docs = [nlp.make_doc(text)]
        assert component.predict(docs) == theirs(component, docs), repr(text)
    # several Docs at once, empty ones among them, as nlp.pipe passes them
    docs = [nlp.make_doc(text) for text in texts[:50] + ["", "A. B"]]
    assert component.predict(docs) == theirs(component, docs)
    assert component.predict([nlp.make_doc("")]) == theirs(component, [nlp.make_doc("")])


def test_a_piped_doc_keeps_its_sentences_and_ids():
    from spacy.attrs import ORTH

    from lint.annotate import doc_arrays

    nlp = pipeline()
    component = nlp.get_pipe("sentencizer")
    text = "Dr. Smith said so. It works! Does it? (Yes.) \u201cMaybe.\u201d Then: done"
    doc = next(nlp.pipe([text]))
    assert [s.text for s in doc.sents][:2] == ["Dr. Smith said so.", "It works!"]
    assert [t.is_sent_start for t in doc] == type(component).predict(
        component, [nlp.make_doc(text)])[0]
    assert doc_arrays.orths(doc) == doc.to_array(ORTH).tolist()


def test_the_pipeline_still_pickles():
    """The installed `predict` survives a pickle (a lambda would not), and the copy splits
    as spaCy's walk does."""
    import pickle

    nlp = pipeline()
    component = nlp.get_pipe("sentencizer")
    copy = pickle.loads(pickle.dumps(nlp))
    text = "Dr. Smith said so. It works! Does it? (Yes.) Then: done"
    assert [t.is_sent_start for t in copy(text)] == type(component).predict(
        component, [nlp.make_doc(text)])[0]
    assert pickle.loads(pickle.dumps(component)).predict([nlp.make_doc(text)]) == \
        component.predict([nlp.make_doc(text)])
