"""The lower-case tokens of the shipped phrases, as the blank pipeline's tokenizer gives them.

Building the annotators' matchers tokenised about 4,400 knowledge-base and lexicon
phrases at every start, most of the cost spaCy creating a lexeme for words no article
may ever use: a tenth of a one-article check. A `PhraseMatcher` on LOWER reads only
each token's lower-case form, so the forms are shipped (lint/data/phrase_tokens.json.gz,
built by scripts/build_phrase_tokens.py) and the matcher is given their hashes, which
are the very values it would read from a Doc. The table is used only by the pipeline it
was made with (blank English of the same spaCy version, the same abbreviations); a
phrase it lacks (a project's glossary or drug file) is tokenised as before.

A LOWER `PhraseIndex` (the mechanism extractor's 1,700 labels, the evidence topics, the
claims' domain words) is given a whole list of phrases, made into their plurals and
sorted: those keys are shipped ready per list (lint/data/phrase_keys.bin, the same
builder), and the forms table keeps only the phrases given to `lower_keys` directly.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import zlib
from importlib import resources
from itertools import chain

TABLE = "phrase_tokens.json.gz"
# The LOWER ids a LOWER `PhraseIndex` gives its matcher for each shipped phrase list (the
# phrases and their plurals, sorted), keyed by that list: the mechanism extractor's 1,700
# labels read them instead of spelling out 13,600 forms one by one (a twentieth of a
# one-article check). Built with TABLE by scripts/build_phrase_tokens.py.
KEYS_TABLE = "phrase_keys.bin"

# The blank pipelines of this process (lint/nlp.py marks them; the pipeline cache keeps
# them alive, so an id is never reused for another).
_BLANK: set[int] = set()
# Phrases asked for while recording (scripts/build_phrase_tokens.py, the tests).
_recorded: set[str] | None = None
_recorded_lists: set[tuple[str, ...]] | None = None


def mark_blank(nlp) -> None:
    _BLANK.add(id(nlp))


def fingerprint(abbreviations) -> dict:
    """What the tokenizer's splits depend on besides the phrase: spaCy and our special cases."""
    from spacy import about

    listed = "\n".join(abbreviations).encode("utf-8")
    return {"spacy": about.__version__, "abbreviations": hashlib.sha256(listed).hexdigest()}


def lower_keys(nlp, phrases, listed: bool = False) -> list:
    """What `PhraseMatcher(attr="LOWER").add` takes for each phrase, in order.

    The LOWER hashes of its tokens when the table knows the phrase, else its Doc.
    `listed`: the forms of a phrase list KEYS_TABLE holds (or a project's list that
    differs from it: rare, and tokenised), not recorded for TABLE.
    """
    if _recorded is not None and not listed:
        _recorded.update(phrases)
    table = _table() if id(nlp) in _BLANK else None
    if not table:
        return [nlp.make_doc(phrase) for phrase in phrases]
    add = nlp.vocab.strings.add
    keys = []
    for phrase in phrases:
        forms = table.get(phrase)
        keys.append([add(form) for form in forms] if forms is not None
                    else nlp.make_doc(phrase))
    return keys


def list_keys(nlp, phrases: tuple[str, ...]):
    """The keys `PhraseIndex.add_phrases` gives a LOWER matcher for these phrases (non-empty,
    as given), or None when the table lacks them: then the forms are spelt out as before.

    The ids are those the tokens' LOWER strings hash to; the strings themselves are not
    put in the StringStore (a Doc's tokens put theirs when read, and no reader turns a
    phrase's id back into text).
    """
    if _recorded_lists is not None:
        _recorded_lists.add(phrases)
        return None
    if id(nlp) not in _BLANK:
        return None
    return _keys_table().get(phrases)


def keys_stamp(abbreviations) -> bytes:
    """The keys table's fingerprint: the tokenizer's and marshal's."""
    import marshal

    made = fingerprint(abbreviations)
    return f"phrase-keys {made['spacy']} {made['abbreviations']} {marshal.version}".encode()


def release() -> None:
    """Let the tables go once the matchers are built (4 MiB for the rest of a run); a
    later build reads them again."""
    _table.cache_clear()
    _keys_table.cache_clear()


@functools.cache
def _keys_table() -> dict:
    from lint import startup_table
    from lint.nlp import abbreviations

    return startup_table.unpack(None, KEYS_TABLE, keys_stamp(abbreviations()))


@functools.cache
def _table() -> dict[str, list[str]]:
    try:
        raw = resources.files("lint.data").joinpath(TABLE).read_bytes()
    except OSError:
        return {}
    return parse_table(raw)


def parse_table(raw: bytes) -> dict[str, list[str]]:
    """The forms of a table file; nothing when it was made for another tokenizer or is damaged.

    A missing or damaged table only costs the time it would have saved.
    """
    from lint.nlp import abbreviations

    try:
        data = json.loads(gzip.decompress(raw))
    except (OSError, EOFError, zlib.error, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("tokenizer") != fingerprint(abbreviations()):
        return {}
    forms = data.get("forms")
    # every value a non-empty list of strings (JSON makes no subclasses, so the types are
    # compared; the 12,000 entries are walked in C: 5 ms of a start-up with generators)
    if not (isinstance(forms, dict) and set(map(type, forms.values())) <= {list}
            and all(forms.values())
            and set(map(type, chain.from_iterable(forms.values()))) <= {str}):
        return {}
    return forms


def record() -> set[str]:
    """Start collecting the phrases `lower_keys` is asked for; the set fills as matchers build."""
    global _recorded
    _recorded = set()
    return _recorded


def record_lists() -> set[tuple[str, ...]]:
    """Start collecting the phrase lists `list_keys` is asked for (with `record`)."""
    global _recorded_lists
    _recorded_lists = set()
    return _recorded_lists


def stop_recording() -> None:
    global _recorded, _recorded_lists
    _recorded = _recorded_lists = None
