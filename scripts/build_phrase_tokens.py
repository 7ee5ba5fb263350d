"""Build lint/data/phrase_tokens.json.gz: the tokens of every shipped phrase matched on LOWER.

The annotators are built for the shipped data (knowledge base, lexicons, evidence
topics, both genres) while lint/phrase_tokens.py records the phrases their matchers
are given; each is tokenised by the blank pipeline and its tokens' lower-case forms
are written with the tokenizer's fingerprint (spaCy version, abbreviations). The phrase
lists given to a LOWER `PhraseIndex` are recorded too, and the keys its matcher is given
for each (the LOWER ids of the phrases and their plurals, sorted) are written to
lint/data/phrase_keys.bin. Rerun it
after changing a shipped phrase or upgrading spaCy (tests/test_phrase_tokens.py says
when):

    python3 scripts/build_phrase_tokens.py
    python3 scripts/build_phrase_tokens.py --check   # exit 1 if the shipped table is stale
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from lint import phrase_tokens, startup_table  # noqa: E402
from lint.normalise import with_plural  # noqa: E402
from lint.nlp import BLANK, abbreviations, pipeline  # noqa: E402

TARGET = REPO / "lint" / "data" / phrase_tokens.TABLE
KEYS_TARGET = REPO / "lint" / "data" / phrase_tokens.KEYS_TABLE


def shipped_phrases() -> tuple[set[str], set[tuple[str, ...]]]:
    """Every phrase the annotators give a LOWER matcher when built for the shipped data,
    and every phrase list a LOWER `PhraseIndex` is given."""
    from lint.annotate.run import Annotators
    from lint.context import Corpus
    from lint.sources.drugs import load_knowledge
    from lint.annotate.evidence import load_topics

    recorded = phrase_tokens.record()
    lists = phrase_tokens.record_lists()
    try:
        for genre in ("health", "scholarly"):
            corpus = Corpus(documents=[], knowledge=load_knowledge(None), topics=load_topics(None),
                            genre=genre)
            Annotators(corpus, BLANK)
    finally:
        phrase_tokens.stop_recording()
    return recorded, lists


def forms(phrases) -> dict[str, list[str]]:
    nlp = pipeline(BLANK)
    table = {}
    for phrase in sorted(phrases):
        tokens = [token.lower_ for token in nlp.make_doc(phrase)]
        if tokens:
            table[phrase] = tokens
    return table


def list_keys(lists) -> dict[tuple[str, ...], tuple[tuple[int, ...], ...]]:
    """What `PhraseIndex.add_phrases` (LOWER) gives its matcher for each list, spelt out
    by the blank pipeline's tokenizer as it does without the table."""
    nlp = pipeline(BLANK)
    strings = nlp.vocab.strings
    ids: dict[int, int] = {}  # one object per id, so marshal writes a repeated id once
    table = {}
    for phrases in sorted(lists):
        found = sorted({form for p in phrases for form in with_plural(p.lower())})
        table[phrases] = tuple(
            tuple(ids.setdefault(key, key) for key in (strings.add(t.lower_)
                                                       for t in nlp.make_doc(form)))
            for form in found)
    return table


def main(argv: list[str]) -> int:
    phrases, lists = shipped_phrases()
    data = {"tokenizer": phrase_tokens.fingerprint(abbreviations()),
            "forms": forms(phrases)}
    keys = startup_table.pack(phrase_tokens.keys_stamp(abbreviations()), list_keys(lists))
    if "--check" in argv:
        shipped = json.loads(gzip.decompress(TARGET.read_bytes())) if TARGET.exists() else None
        if shipped != data or not KEYS_TARGET.exists() or KEYS_TARGET.read_bytes() != keys:
            print(f"{TARGET.relative_to(REPO)} or {KEYS_TARGET.relative_to(REPO)} is not what "
                  "the shipped phrases and this spaCy give: run "
                  "python3 scripts/build_phrase_tokens.py", file=sys.stderr)
            return 1
        return 0
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    TARGET.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    KEYS_TARGET.write_bytes(keys)
    print(f"{TARGET.relative_to(REPO)}: {len(data['forms'])} phrases, "
          f"{TARGET.stat().st_size} bytes")
    print(f"{KEYS_TARGET.relative_to(REPO)}: {len(lists)} phrase lists, "
          f"{KEYS_TARGET.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
