"""`long_form_matches` reads each word once as its candidates grow: the same counts as
reading every candidate whole."""

from __future__ import annotations

import random

from conftest import REPO
from lint.annotate.acronyms import _aligns, long_form_matches
from lint.normalise import acronym_singular, split_words


def _whole_candidates(short: str, words: list[str], strict_initials: bool = False) -> int:
    letters = [c.lower() for c in acronym_singular(short) if c.isalpha()]
    if not letters or not words:
        return 0
    for count in range(1, min(len(words), len(letters) + 5) + 1):
        candidate = words[-count:]
        if any(short in word for word in candidate):
            return 0
        if strict_initials:
            initials = [w[0] for w in split_words(" ".join(candidate))]
            if initials == letters or [i for i in initials if i] == letters:
                return count
            continue
        if candidate[0][:1].lower() != letters[0]:
            continue
        if _aligns(letters, " ".join(candidate).lower()):
            return count
    return 0


def test_long_forms_as_read_whole():
    rows = (REPO / "bench/data/health_pages/sentences.tsv").read_text(
        encoding="utf-8").splitlines()[1::8]
    generator = random.Random(21)
    found = 0
    for row in rows:
        words = row.split("\t")[-1].replace("(", " ( ").split()
        for _ in range(3):
            end = generator.randrange(1, len(words) + 1)
            before = words[max(0, end - 12):end]
            # an acronym of the words' initials (hyphenated words split), or of some of them
            initials = [w[0] for w in split_words(" ".join(before[-generator.randrange(
                1, len(before) + 1):]))]
            short = "".join(initials).upper() or "XY"
            if generator.random() < 0.3:
                short = short[:-1] + "S" if len(short) > 2 else short + "s"
            if generator.random() < 0.1:
                before = before + [short]  # the acronym among the words: never its own
            for strict in (False, True):
                expected = _whole_candidates(short, before, strict)
                assert long_form_matches(short, before, strict) == expected, (short, before)
                found += bool(expected)
    assert found > 100
