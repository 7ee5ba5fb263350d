"""Runs in one process share their fixed set-up (lint/setup_cache.py, the topic detector,
the mechanism extractor) only while they read the same files: a run whose drug knowledge,
evidence topics or configuration differ gets its own, and its findings are those of a
fresh process (here: the same run after every kept set-up is dropped)."""

from __future__ import annotations

import pytest

# Anamorelin (a ghrelin-receptor agonist) is not in the packaged knowledge base; a
# project's drug file can put it in the growth hormone secretagogues, a weak topic's class.
ANAMORELIN = """
    drugs:
      - names: [anamorelin]
        class: gh_secretagogue
        sources: [our pharmacist's note]
"""
OTHER = """
    drugs:
      - names: [macimorelin]
        class: gh_secretagogue
        sources: [our pharmacist's note]
"""
TOPIC = """
    topics:
      - id: own-topic
        label: our own weak topic
        level: very low
        subjects: [{subject}]
        outcomes: [sperm production]
        source: the project's own note
"""
ARTICLE = "Anamorelin restores sperm production in men.\n"


def _fresh() -> None:
    """Drop every set-up kept in this process, as a new process starts."""
    from lint import setup_cache
    from lint.annotate import evidence, mechanisms

    setup_cache.clear()
    evidence._DETECTORS.clear()
    mechanisms._EXTRACTORS.clear()


def _configure(project, **files: str) -> None:
    lines = "".join(f'{key} = "{value}"\n' for key, value in files.items())
    project.write("pyproject.toml", '[tool.content-lint]\npaths = ["content"]\n' + lines,
                  dedent=False)


def _found(project) -> list[tuple]:
    result = project.run(use_baseline=False, select=["EVD001"])
    return [(d.code, d.span.start.line, d.message) for d in result.diagnostics]


@pytest.fixture
def article(project):
    project.write("content/a.md", ARTICLE, dedent=False)
    return project


def test_each_drug_knowledge_file_gets_its_own_set_up(article):
    project = article
    project.write("drugs.yaml", ANAMORELIN)
    _configure(project, **{"drug-knowledge": "drugs.yaml"})
    own = _found(project)
    assert [code for code, *_ in own] == ["EVD001"]
    # The same path, other bytes: anamorelin is no longer a secretagogue.
    project.write("drugs.yaml", OTHER)
    other = _found(project)
    assert other == []
    # No drug file: the packaged knowledge, which does not name anamorelin (a project's
    # drug names once reached later runs through the shared registry).
    _configure(project)
    packaged = _found(project)
    assert packaged == []
    project.write("drugs.yaml", ANAMORELIN)
    _configure(project, **{"drug-knowledge": "drugs.yaml"})
    assert _found(project) == own  # kept set-up, same findings
    _fresh()
    assert _found(project) == own
    _configure(project)
    _fresh()
    assert _found(project) == packaged


def test_each_evidence_topics_file_and_configuration_gets_its_own_set_up(article):
    project = article
    project.write("topics.yaml", TOPIC.format(subject="anamorelin"))
    project.write("topics2.yaml", TOPIC.format(subject="macimorelin"))
    found = {}
    for name in ("topics.yaml", "topics2.yaml", "topics.yaml"):
        _configure(project, **{"evidence-topics": name})
        found.setdefault(name, []).append(_found(project))
    assert found["topics.yaml"][0] == found["topics.yaml"][1]
    assert [code for code, *_ in found["topics.yaml"][0]] == ["EVD001"]
    assert found["topics2.yaml"][0] == []
    # The same file rewritten names another subject: a fresh registry and detector.
    project.write("topics.yaml", TOPIC.format(subject="macimorelin"))
    assert _found(project) == []
    _fresh()
    assert _found(project) == []
    project.write("topics.yaml", TOPIC.format(subject="anamorelin"))
    _fresh()
    assert _found(project) == found["topics.yaml"][0]


def test_kept_set_up_is_bounded():
    from lint import setup_cache

    for n in range(setup_cache.SIZE + 3):
        setup_cache.kept("test", None, (), lambda n=n: n)
        setup_cache.kept(f"test{n}", None, (), lambda n=n: n)
    assert len(setup_cache._kept) <= setup_cache.SIZE
