"""A target named as an amount the drug changes is a marker, not what it acts on (session
29, branch i411, issue 16; mechanism_targets.amount_of_marker). Designed from round 40's two
selank pages ("modulate the expression of Interleukin-6"); the sentences are written for
the tests."""

from __future__ import annotations

import pytest

from lint.annotate.mechanism_targets import amount_of_marker
from lint.nlp import pipeline


@pytest.fixture(scope="module")
def nlp():
    return pipeline()


def _at(doc, name):
    words = [t.lower_ for t in doc]
    parts = name.split()
    start = next(i for i in range(len(words)) if words[i:i + len(parts)] == parts)
    return start, start + len(parts)


@pytest.mark.parametrize("text, name", [
    ("The peptide modulates the expression of interleukin-6 in mice.", "interleukin-6"),
    ("Pentoxifylline lowers serum levels of tumor necrosis factor.", "tumor necrosis factor"),
    ("The drug reduces TNF production by macrophages.", "tnf"),
])
def test_an_amount_changed_is_a_marker(nlp, text, name):
    doc = nlp(text)
    assert amount_of_marker(doc, 0, *_at(doc, name))


@pytest.mark.parametrize("text, name", [
    ("Infliximab binds tumor necrosis factor and neutralises it.", "tumor necrosis factor"),
    ("Tocilizumab blocks interleukin-6 signalling.", "interleukin-6"),
    # a degrader acts on the receptor whose expression it lowers
    ("Fulvestrant lowers the expression of the estrogen receptor.", "estrogen receptor"),
    # the drug's own levels, before the target: no amount of the target
    ("At high levels of the drug, aromatase is inhibited.", "aromatase"),
])
def test_a_target_acted_on_is_no_marker(nlp, text, name):
    doc = nlp(text)
    assert not amount_of_marker(doc, 0, *_at(doc, name))
