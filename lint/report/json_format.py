"""JSON output, schema `content-lint/diagnostics` version 1 (docs/output.md)."""

from __future__ import annotations

import json
from typing import Iterator

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
    return "".join(json_chunks(result))


def json_chunks(result) -> Iterator[str]:
    """The JSON report in pieces, one finding per line, so a large run is never held twice.

    Indented and diff-friendly at the top; each finding a compact line (only
    compact dumps use the C encoder, which matters with many findings).
    """
    payload = {
        "schema": SCHEMA,
        "version": VERSION,
        "tool": {"name": "content-lint", "version": __version__},
        "summary": summary(result),
        "diagnostics": None,
        "baseline": {
            "path": result.baseline_path,
            "known": len(result.baselined),
            "stale": [{"fingerprint": e.fingerprint, "code": e.code, "file": e.file,
                       "line": e.line, "message": e.message} for e in result.stale],
        },
    }
    yield "{\n"
    for position, (key, value) in enumerate(payload.items()):
        separator = ",\n" if position else ""
        yield f"{separator}  {json.dumps(key)}: "
        if key != "diagnostics":
            yield json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n  ")
        elif not result.diagnostics:
            yield "[]"
        else:
            for index, diagnostic in enumerate(result.diagnostics):
                yield ("[\n    " if index == 0 else ",\n    ") + json.dumps(
                    diagnostic_record(diagnostic), ensure_ascii=False)
            yield "\n  ]"
    yield "\n}\n"
