"""SARIF 2.1.0, as read by code scanning: one run, rule metadata, stable fingerprints."""

from __future__ import annotations

import json
from typing import Iterator

from lint import __version__
from lint.diagnostics import Severity
from lint.rules.base import doc_sections

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _rule_descriptor(rule) -> dict:
    description, _ = doc_sections(rule.doc)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": description},
        "help": {"text": description, "markdown": rule.doc},
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"family": rule.family, "tags": [rule.family]},
    }


def _result_entry(d, index: dict) -> dict:
    message = d.message + (f" ({d.suggestion})" if d.suggestion else "")
    entry = {
        "ruleId": d.code,
        "ruleIndex": index.get(d.code, 0),
        "level": _LEVEL[d.severity],
        "message": {"text": message},
        "locations": [{
            "physicalLocation": {
                "artifactLocation": {"uri": d.path, "uriBaseId": "%SRCROOT%"},
                "region": {
                    "startLine": d.span.start.line, "startColumn": d.span.start.col,
                    "endLine": d.span.end.line, "endColumn": max(d.span.end.col, 1),
                },
            },
        }],
        "partialFingerprints": {"contentLint/v1": d.fingerprint},
    }
    if d.code not in index:
        del entry["ruleIndex"]
    return entry


def render_sarif(result) -> str:
    return "".join(sarif_chunks(result))


# Where the results sit in the log: runs[0].results, four levels down.
_RESULT_INDENT = " " * 8


def sarif_chunks(result) -> Iterator[str]:
    """The SARIF log in pieces, one result at a time, so that a large run is never held
    twice; the text is the same as one `json.dumps(log, indent=2)`."""
    rules = sorted(result.rules.values(), key=lambda r: r.code)
    index = {rule.code: i for i, rule in enumerate(rules)}
    log = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "content-lint",
                "version": __version__,
                "semanticVersion": __version__,
                # No informationUri: content-lint is not on PyPI, and a link there would
                # send code-scanning readers to whatever package may one day take the name.
                "rules": [_rule_descriptor(rule) for rule in rules],
            }},
            "columnKind": "unicodeCodePoints",
            "results": [],
        }],
    }
    head, tail = json.dumps(log, indent=2, ensure_ascii=False).rsplit('"results": []', 1)
    yield head + '"results": ['
    if result.diagnostics:
        for position, diagnostic in enumerate(result.diagnostics):
            entry = json.dumps(_result_entry(diagnostic, index), indent=2, ensure_ascii=False)
            yield ("\n" if position == 0 else ",\n") + _RESULT_INDENT + entry.replace(
                "\n", "\n" + _RESULT_INDENT)
        yield "\n" + _RESULT_INDENT[:-2]
    yield "]" + tail + "\n"
