"""Word lists in the shipped YAML are words: YAML 1.1 reads a bare `no`, `on` or `false` as a
boolean, which then never matches a word (a bug found in four lists, session 15)."""
from pathlib import Path

import yaml

from lint.annotate.overclaims import judge_overclaim
from lint.verify.compare import venue_words

DATA = Path(__file__).resolve().parent.parent / "lint" / "data"


def _lists(value, path=""):
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _lists(item, f"{path}/{key}")
    elif isinstance(value, list):
        yield path, value
        for item in value:
            yield from _lists(item, path)


def test_no_word_list_holds_a_boolean():
    found = []
    for file in sorted(DATA.glob("*.yaml")):
        for path, items in _lists(yaml.safe_load(file.read_text("utf-8"))):
            if any(isinstance(i, str) for i in items) and any(isinstance(i, bool) for i in items):
                found.append(f"{file.name}{path}")
    assert not found, f"unquoted yes/no/on/off/true/false in word lists: {found}"


def test_a_certainty_word_said_false_is_no_overclaim():
    assert judge_overclaim("The link was proven false by two later trials.").word == ""
    assert judge_overclaim("The link was proven by two later trials.").word == "proven"


def test_on_is_no_venue_word():
    assert venue_words("Journal on Sports Medicine") == ["journal", "sports", "medicine"]
