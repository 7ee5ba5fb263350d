"""Session 19, branch i246 (from the review of i237): `lint classify claims FILE` reads one
FILE of lines, but it found its configuration through the project detection of a check run,
which walks the whole folder tree for documents (lint/project.py detect_project) and uses
nothing of them. From a folder with many unrelated files it now reads the configuration file
only: no project detection, no document discovery; a configured genre still applies."""

from __future__ import annotations

import json

import pytest

import lint.project

LINES = ("The refractory period is very long to prevent the possibility of tetany, a "
         "condition in which muscle remains involuntarily contracted.\n")


def _unrelated_files(project) -> None:
    for folder in range(5):
        for number in range(20):
            project.write(f"notes{folder}/page{number}.md", f"# Page {number}\n\nText.\n")
    project.write("lines.txt", LINES)


@pytest.fixture
def no_walk(monkeypatch):
    """Any project detection or document discovery fails the command loudly."""
    def refuse(*args, **kwargs):
        raise AssertionError("classify detected the project (walked the folder tree)")

    for name in ("detect_project", "discover_documents", "apply_project_defaults"):
        monkeypatch.setattr(lint.project, name, refuse)


def test_classify_does_not_detect_the_project(project, no_walk):
    _unrelated_files(project)
    (project.root / "pyproject.toml").unlink()  # no configuration file: what detection served
    result = project.cli("classify", "claims", "lines.txt")
    assert result.returncode == 0, result.stderr
    assert "AssertionError" not in result.stderr
    assert [json.loads(line)["text"] for line in result.stdout.splitlines()] == [LINES.strip()]


def test_classify_still_reads_the_configuration_file(project, no_walk):
    _unrelated_files(project)
    project.write("pyproject.toml", '[tool.content-lint]\ngenre = "book"\n')  # no paths
    configured = project.cli("classify", "claims", "lines.txt")
    assert configured.returncode == 0, configured.stderr
    record = json.loads(configured.stdout)
    assert record["label"] == 0  # standard teaching, in a book (the configured genre)
    assert record["reasons"][0].startswith("not a claim: standard teaching in a book")
