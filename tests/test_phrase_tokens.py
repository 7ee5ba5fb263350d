"""The shipped phrase tokens give the matchers exactly what tokenising the phrases gave."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys

import pytest

from conftest import REPO
from lint import phrase_tokens
from lint.nlp import abbreviations, pipeline


def _shipped() -> dict:
    return json.loads(gzip.decompress((REPO / "lint" / "data" / phrase_tokens.TABLE).read_bytes()))


def _for_this_spacy() -> None:
    made_for = _shipped()["tokenizer"]["spacy"]
    if made_for != phrase_tokens.fingerprint(abbreviations())["spacy"]:
        pytest.skip(f"the table was made with spaCy {made_for}; this spaCy tokenises every "
                    "phrase (run scripts/build_phrase_tokens.py)")


def test_the_table_is_what_this_spacy_makes_of_every_shipped_phrase():
    _for_this_spacy()
    done = subprocess.run([sys.executable, "scripts/build_phrase_tokens.py", "--check"],
                          cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr


def test_a_matcher_from_the_tables_finds_what_one_from_docs_finds(monkeypatch):
    _for_this_spacy()
    lists = phrase_tokens._keys_table()
    assert len(lists) > 1500  # the mechanism extractor's labels are in it
    # Lists the tokenizer splits unlike spaces, and plain ones, with a list the table
    # lacks (tokenised as before).
    odd = [list(p) for p in lists if any(" " in w or "-" in w for w in p)][:150]
    plain = [list(p) for p in lists if not any(" " in w or "-" in w for w in p)][:150]
    unlisted = ["zz-unlisted phrase (x)", "GnRH agonist"]
    assert tuple(unlisted) not in lists
    groups = odd + plain + [unlisted]

    def index():
        from lint.annotate.lexicon import PhraseIndex

        made = PhraseIndex(pipeline(), attr="LOWER")
        for number, group in enumerate(groups):
            made.add_phrases(f"group{number}", group)
        return made

    words = [p for group in groups for p in group]
    text = " and ".join(p.upper() if i % 3 == 0 else p.title() + "s" if i % 3 == 1 else p
                        for i, p in enumerate(words))
    doc = pipeline().make_doc(f"We read {text}; nothing else.")
    from_tables = index()
    found = sorted(from_tables(doc))
    monkeypatch.setattr(phrase_tokens, "_BLANK", set())  # every phrase through the tokenizer
    from_docs = index()
    assert found == sorted(from_docs(doc))
    assert from_tables.word_pairs == from_docs.word_pairs
    assert len(found) >= len(words)
    assert any(end - start > 3 for _, start, end in found)


def test_the_hedges_phrases_are_in_the_forms_table():
    _for_this_spacy()
    forms = phrase_tokens._table()
    odd = [p for p, tokens in forms.items() if tokens != p.split(" ")]
    assert len(forms) > 100 and odd
    nlp = pipeline()
    for phrase in odd + list(forms)[:50]:
        assert forms[phrase] == [t.lower_ for t in nlp.make_doc(phrase)]


def test_a_label_no_token_can_be_is_made_without_the_lexeme_getters():
    """The mechanism extractor's labels ("class", U+001F, key) skip the getters; a label a
    token could be keeps its attributes, and the matches are the same either way."""
    from lint.annotate.lexicon import PhraseIndex

    nlp = pipeline()
    index = PhraseIndex(nlp, attr="LOWER")
    spaced, plain = "class\x1fzz-test-family", "ZzTestGroup"
    index.add_phrases(spaced, ["zz test family"])
    index.add_phrases(plain, ["zz test family"])
    assert nlp.vocab[spaced].lower == 0  # no getter ran
    assert nlp.vocab[plain].lower_ == "zztestgroup" and nlp.vocab[plain].is_alpha
    # U+001F splits a text into tokens: no token of any text is the label.
    doc = nlp.make_doc(f"The {spaced} and zz test family.")
    assert spaced not in [token.text for token in doc]
    found = sorted(index(doc))
    assert [label for label, _, _ in found] == [plain, spaced]
    assert {doc[start:end].text for _, start, end in found} == {"zz test family"}


def _table_bytes(data) -> bytes:
    # mtime=0: the bytes are the test's id, the same in every process (pytest-xdist's
    # workers must collect the same tests; a time stamp made them differ).
    return gzip.compress(json.dumps(data).encode("utf-8"), mtime=0)


@pytest.mark.parametrize("raw", [
    b"",
    b"not gzip at all",
    _table_bytes({"tokenizer": {}, "forms": {}})[:20],  # cut short
    gzip.compress(b"\xff\xfe not utf-8 json", mtime=0),
    _table_bytes(["a", "list"]),
    _table_bytes({"tokenizer": {"spacy": "0.0.1", "abbreviations": "x"},
                  "forms": {"a b": ["a", "b"]}}),
    "fingerprint, forms not a mapping",
    "fingerprint, empty tokens",
    "fingerprint, tokens not text",
])
def test_a_damaged_or_foreign_table_is_not_used(raw):
    fingerprint = phrase_tokens.fingerprint(abbreviations())
    if raw == "fingerprint, forms not a mapping":
        raw = _table_bytes({"tokenizer": fingerprint, "forms": [["a", "b"]]})
    elif raw == "fingerprint, empty tokens":
        raw = _table_bytes({"tokenizer": fingerprint, "forms": {"a b": []}})
    elif raw == "fingerprint, tokens not text":
        raw = _table_bytes({"tokenizer": fingerprint, "forms": {"a b": ["a", 2]}})
    assert phrase_tokens.parse_table(raw) == {}
    good = phrase_tokens.parse_table(_table_bytes({"tokenizer": fingerprint,
                                                   "forms": {"a b": ["a", "b"]}}))
    assert good == {"a b": ["a", "b"]}


def test_without_a_table_the_phrases_are_tokenised(monkeypatch):
    from spacy.tokens import Doc

    nlp = pipeline()
    monkeypatch.setattr(phrase_tokens, "_table", lambda: {})
    keys = phrase_tokens.lower_keys(nlp, ["3-oxo-5-alpha-steroid", "plain words"])
    assert all(isinstance(key, Doc) for key in keys)
    monkeypatch.setattr(phrase_tokens, "_table", lambda: {"plain words": ["plain", "words"]})
    keys = phrase_tokens.lower_keys(nlp, ["3-oxo-5-alpha-steroid", "plain words"])
    assert isinstance(keys[0], Doc)
    assert keys[1] == [t.lower for t in nlp.make_doc("plain words")]


def test_a_foreign_or_damaged_keys_table_is_not_used(monkeypatch):
    from lint import startup_table

    stamp = phrase_tokens.keys_stamp(abbreviations())
    good = startup_table.pack(stamp, {("a b",): ((1, 2),)})
    assert startup_table.unpack(good, phrase_tokens.KEYS_TABLE, stamp) == {("a b",): ((1, 2),)}
    foreign = startup_table.pack(b"phrase-keys 0.0.1 x 4", {("a b",): ((1, 2),)})
    assert startup_table.unpack(foreign, phrase_tokens.KEYS_TABLE, stamp) == {}
    assert startup_table.unpack(good[:-5], phrase_tokens.KEYS_TABLE, stamp) == {}
    # without it, a list is spelt out form by form
    monkeypatch.setattr(phrase_tokens, "_keys_table", lambda: {})
    assert phrase_tokens.list_keys(pipeline(), ("gnrh agonist",)) is None
