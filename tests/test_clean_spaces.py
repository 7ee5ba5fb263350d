"""A sentence's clean text: whitespace made single spaces as the regular expressions made it."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from lint.nlp import _clean_spaces

ROWS = Path(__file__).resolve().parents[1] / "bench" / "data" / "health_pages" / "sentences.tsv"


def _by_expressions(text: str) -> str:
    # What the segmenter did before: every whitespace run to a space, none before a mark.
    return re.sub(r"\s+([.,;:!?)])", r"\1", re.sub(r"\s+", " ", text)).strip()


def test_split_and_whitespace_expression_agree_on_every_code_point():
    space = re.compile(r"\s")
    assert all((space.match(chr(c)) is not None) == chr(c).isspace()
               for c in range(sys.maxunicode + 1))


def test_clean_text_as_the_expressions_made_it():
    lines = ROWS.read_text("utf-8").splitlines()[1:]
    texts = [line.split("\t")[-1] for line in lines]
    rng = random.Random(21)
    spaces = [" ", "  ", "\t", "\n", "\u00a0", "\u2009", "\u3000", "\x1c", "\x85", " \n "]
    for text in texts[:2000]:
        words = text.split(" ")
        texts.append("".join(w + rng.choice(spaces) for w in words))
        texts.append(rng.choice(spaces) + " ".join(words) + rng.choice(spaces)
                     + rng.choice(".,;:!?)") + " x )")
    texts += ["", " ", "a .", "( b )", "x\t,\ny", " .", "end ?  ", "\u2009)"]
    assert len(texts) > 10000
    for text in texts:
        assert _clean_spaces(text) == _by_expressions(text), repr(text)
