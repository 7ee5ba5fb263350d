"""A page's front matter read by libyaml gives what PyYAML's own reader gives (issue 21)."""

from __future__ import annotations

import datetime
import random

import pytest
import yaml

from lint.document import markdown
from lint.document.markdown import parse_document
from lint.document.textmap import SourceText
from lint.sources import yamlfile
from lint.yamltext import FrontMatterLoader
from conftest import REPO
from yaml_texts import char_edit, fast_reads

pytestmark = pytest.mark.skipif(yamlfile._FastFrontMatterLoader is None, reason="no libyaml")


def _pure(text: str):
    return yaml.load(text, Loader=FrontMatterLoader)  # noqa: S506 - a SafeLoader subclass


def _front_matters() -> list[str]:
    """The article's front matter, one of our own with dates, numbers and nesting, and
    edits of both that move, drop and add indicators and lines."""
    article = (REPO / "content").glob("*.md")
    texts = [path.read_text("utf-8").split("\n---\n", 1)[0][4:] for path in sorted(article)
             if path.read_text("utf-8").startswith("---\n")]
    texts.append("title: 'Iron: a plain guide'\ndate: 2024-05-06\nversion: 1.5\ndraft: no\n"
                 "authors:\n  - name: A. Writer\n    orcid: 0000-0001\n  - B. Editor\n"
                 "keywords: [iron, anaemia, diet]\nnotes: |\n  kept as written\n  two lines\n"
                 "empty:\n")
    rng = random.Random(23)
    return texts + [char_edit(text, rng) for text in texts for _ in range(60)]


def test_libyaml_reads_a_front_matter_as_pyyaml_does():
    # most texts take the fast way
    assert fast_reads(_front_matters(), yamlfile.fast_front_matter, _pure) > 60


def test_a_front_matter_with_a_tag_or_an_alias_takes_the_pure_reader():
    assert yamlfile.fast_front_matter("title: !expr params$title\n") is None
    assert yamlfile.fast_front_matter("a: &x 1\nb: *x\n") is None


def _parsed_with_pure_reads(monkeypatch, source: str):
    """The parsed document, and how often the pure-Python reader read a front matter."""
    calls = []
    real = markdown.yaml.load

    def counted(text, Loader):  # noqa: N803 - yaml.load's own name
        calls.append(Loader)
        return real(text, Loader=Loader)

    monkeypatch.setattr(markdown.yaml, "load", counted)
    document = parse_document("content/a.md", SourceText.from_decoded(source))
    return document, calls.count(FrontMatterLoader)


def test_a_plain_front_matter_is_read_once_by_libyaml(monkeypatch):
    source = "---\ntitle: Salt and blood pressure\ndate: 2023-11-02\ntags: [salt, heart]\n" \
             "---\n\nLess salt lowers blood pressure in most adults.\n"
    document, pure = _parsed_with_pure_reads(monkeypatch, source)
    assert pure == 0
    assert document.front_matter == {"title": "Salt and blood pressure",
                                      "date": datetime.date(2023, 11, 2),
                                      "tags": ["salt", "heart"]}


@pytest.mark.parametrize("front, value", [
    ("title: !expr params$title\n", {"title": "params$title"}),  # Quarto's tag
    ("a: &x 1\nb: *x\n", {"a": 1, "b": 1}),                      # an alias
])
def test_other_front_matters_are_the_pure_readers(monkeypatch, front, value):
    document, pure = _parsed_with_pure_reads(monkeypatch, f"---\n{front}---\n\nText.\n")
    assert pure == 1 and document.front_matter == value


def test_a_broken_front_matter_is_reported_as_before():
    document = parse_document("content/a.md", SourceText.from_decoded(
        "---\ntitle: [one, two\nslug: x\n---\n\nText.\n"))
    problems = [p for p in document.problems if p.kind == "front-matter"]
    assert len(problems) == 1 and problems[0].fatal
    assert problems[0].message == "front matter is not valid YAML: the '[' that opens this " \
        "list is never closed (the parser stopped at line 3: expected ',' or ']', but got ':')"
    # the page's line and column of the '[' (the front matter starts on the page's line 2)
    assert (problems[0].span.start.line, problems[0].span.start.col) == (2, 8)
