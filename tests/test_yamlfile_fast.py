"""Project YAML read by libyaml's parser gives what PyYAML's own parser gives, lines too."""

from __future__ import annotations

import random

import pytest
import yaml

from lint.sources import yamlfile
from lint.sources.yamlfile import DataFileError, parse_yaml
from conftest import REPO
from yaml_texts import char_edit, fast_reads, same

pytestmark = pytest.mark.skipif(yamlfile._FastLoader is None, reason="no libyaml")


def _pure(text: str):
    return yaml.load(text, Loader=yamlfile._Loader)  # noqa: S506 - a SafeLoader subclass


def _texts() -> list[str]:
    """The repository's glossary and each shipped YAML file's first lines, and edits of
    them that move, drop and add indicators, indentation and lines."""
    texts = [(REPO / "content" / "glossary.yaml").read_text("utf-8")]
    texts += ["\n".join(path.read_text("utf-8").splitlines()[:60])
              for path in sorted((REPO / "lint" / "data").glob("*.yaml"))]
    rng = random.Random(17)
    edited = []
    for text in texts:
        text = text[:3000]
        for _ in range(40):
            edited.append(char_edit(text, rng))
            lines = text.split("\n")
            at = rng.randrange(len(lines))
            lines[at] = rng.choice([" ", "", "- "]) + lines[at]
            edited.append("\n".join(lines))
    return texts + edited


def test_libyaml_reads_what_pyyaml_reads():
    assert fast_reads(_texts(), yamlfile._fast, _pure) > 300  # most texts take the fast way


@pytest.mark.parametrize("text", [
    "a: 1\nb: *x\n",             # an alias: counted by the pure-Python reader
    "a:\tb\n",                    # a tab
    "a: 1\r\nb: 2\r\n",          # carriage returns
    "\ufeffa: 1\n",              # a byte-order mark
    "a: 1\u2028b: 2\n",          # another line break
    "- " * 60 + "x\n",           # nesting that may be deep
    "[" * 120 + "]" * 120 + "\n",
])
def test_texts_the_two_may_read_otherwise_take_the_pure_reader(text):
    assert yamlfile._fast(text) is None


def test_deep_nesting_is_an_error_not_a_crash():
    with pytest.raises(DataFileError, match="nested too deeply"):
        parse_yaml("- " * 100_000 + "x")


def test_an_error_is_the_pure_readers():
    with pytest.raises(DataFileError) as caught:
        parse_yaml("a: 1\nb: [1, 2\nc: 3\n")
    assert str(caught.value) == "invalid YAML: the '[' that opens this list is never closed " \
        "(the parser stopped at line 3: expected ',' or ']', but got ':')"
    assert (caught.value.span.start.line, caught.value.span.start.col) == (2, 4)


# -- review of i194 (i205): texts libyaml reads otherwise, checked through `parse_yaml` ----

def _as_pure_reader(text: str):
    """What `parse_yaml` must give: PyYAML's own reader's value, or its error."""
    try:
        return yamlfile.sanitize(_pure(text))
    except yaml.YAMLError:
        return DataFileError


@pytest.mark.parametrize("text", [
    "definition: >#folded\n  an x\n",   # a comment glued to a block scalar's header
    "a: |#c\n  x\n",
    "a: >-#x\n  y\n",
    "a: |2#x\n   y\n",
    "%YAML 1.1#c\n---\na: 1\n",          # ... or to a directive
    "a: [!, b]\n",                       # a tag "!," to PyYAML, '' to libyaml
])
def test_what_pyyaml_rejects_is_an_error_though_libyaml_reads_it(text):
    with pytest.raises(DataFileError, match="invalid YAML"):
        parse_yaml(text)


@pytest.mark.parametrize("text, value", [
    ("a: !\n", {"a": None}),             # a bare tag, no scalar: None, not ''
    ("- !\n", [None]),
    ("a: &x !\n", {"a": None}),
    ("! : a\n", {None: "a"}),
])
def test_a_bare_tag_reads_as_pyyaml_reads_it(text, value):
    assert same(parse_yaml(text), _as_pure_reader(text)) and parse_yaml(text) == value


@pytest.mark.parametrize("text", [
    "title: !expr params$title\n",       # Quarto's tag: read where its constructor is
    "a: ! x\n",
    "a: !!str 1\n",
    "a: |  # a comment after a space\n  x\n",
])
def test_tagged_and_commented_texts_read_as_pyyaml_reads_them(text):
    expected = _as_pure_reader(text)
    if expected is DataFileError:
        with pytest.raises(DataFileError):
            parse_yaml(text)
    else:
        assert same(parse_yaml(text), expected)


def test_a_glossary_pyyaml_rejects_stops_the_check(project):
    project.write("pyproject.toml", '[tool.content-lint]\nglossary = "g.yaml"\n')
    project.write("content/a.md", "---\ntitle: T\n---\n\nText.\n")
    project.write("g.yaml", "version: 1\nentries:\n  - term: x\n    definition: >#folded\n"
                            "      an x\n")
    done = project.cli("check")
    assert done.returncode == 2 and "Traceback" not in done.stdout + done.stderr
    assert "g.yaml:4:" in done.stdout + done.stderr and "GLO001" in done.stdout + done.stderr


def test_urls_and_dates_do_not_count_as_nesting():
    """A CSL-YAML reference: date-parts at indent 8, and a URL full of '-' and ':'."""
    text = ("references:\n- id: s2020\n  issued:\n    date-parts:\n      - - 2020\n"
            "        - 3\n  URL: https://example.org/a-b-c-d-e-f-g-h/i-j-k-l:m:n:o?p=q-r-s-t\n")
    assert yamlfile._shallow(text) and yamlfile._fast(text) is not None
    assert same(parse_yaml(text), _as_pure_reader(text))
