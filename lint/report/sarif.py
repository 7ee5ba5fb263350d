"""SARIF 2.1.0, as read by code scanning: one run, rule metadata, stable fingerprints."""

from __future__ import annotations

import json

from lint import __version__
from lint.diagnostics import Severity
from lint.rules.base import doc_sections

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/content-lint/"
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


def render_sarif(result) -> str:
    rules = sorted(result.rules.values(), key=lambda r: r.code)
    index = {rule.code: i for i, rule in enumerate(rules)}
    results = []
    for d in result.diagnostics:
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
        results.append(entry)
    log = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "content-lint",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "rules": [_rule_descriptor(rule) for rule in rules],
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
