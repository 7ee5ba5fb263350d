"""JSON output, schema `content-lint/diagnostics` version 1 (docs/output.md)."""

from __future__ import annotations

import json

from lint import __version__
from lint.report.summary import summary

SCHEMA = "content-lint/diagnostics"
VERSION = 1


def diagnostic_record(d) -> dict:
    record = {
        "code": d.code,
        "name": d.name,
        "family": d.family,
        "severity": str(d.severity),
        "file": d.path,
        "start": {"line": d.span.start.line, "column": d.span.start.col},
        "end": {"line": d.span.end.line, "column": d.span.end.col},
        "message": d.message,
        "suggestion": d.suggestion,
        "fingerprint": d.fingerprint,
        "fix": [{"start": e.start, "end": e.end, "replacement": e.replacement}
                for e in d.edits] or None,
        "data": d.data,
    }
    return record


def render_json(result) -> str:
    payload = {
        "schema": SCHEMA,
        "version": VERSION,
        "tool": {"name": "content-lint", "version": __version__},
        "summary": summary(result),
        "diagnostics": [diagnostic_record(d) for d in result.diagnostics],
        "baseline": {
            "path": result.baseline_path,
            "known": len(result.baselined),
            "stale": [{"fingerprint": e.fingerprint, "code": e.code, "file": e.file,
                       "line": e.line, "message": e.message} for e in result.stale],
        },
    }
    return _layout(payload, list_per_line="diagnostics")


def _layout(payload: dict, list_per_line: str) -> str:
    """Indented JSON with one compact line per item of one long list.

    Readable and diff-friendly, and fast: only compact dumps use the C encoder,
    which matters with tens of thousands of findings.
    """
    members = []
    for key, value in payload.items():
        if key == list_per_line:
            items = ",\n    ".join(json.dumps(item, ensure_ascii=False) for item in value)
            text = f"[\n    {items}\n  ]" if value else "[]"
        else:
            text = json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n  ")
        members.append(f"  {json.dumps(key)}: {text}")
    return "{\n" + ",\n".join(members) + "\n}\n"
