"""JSON output, schema `content-lint/diagnostics` version 1 (docs/output.md)."""

from __future__ import annotations

import json
from typing import Iterator

from lint import __version__
from lint.diagnostics import Severity, family_of
from lint.packed_findings import PackedFindings
from lint.report.summary import summary

SCHEMA = "content-lint/diagnostics"
VERSION = 1


_SEVERITY_NAMES = {severity: str(severity) for severity in Severity}  # str() of an Enum: slow


def row_record(row: tuple) -> dict:
    """A finding's JSON record from its plain row (`Diagnostic.to_row`): packed findings
    are written without being made into objects again."""
    (code, name, severity, path, line, col, end_line, end_col, message, suggestion, edits,
     _context, data, fingerprint, _input_error) = row
    return {
        "code": code,
        "name": name,
        "family": family_of(code),
        "severity": _SEVERITY_NAMES[severity],
        "file": path,
        "start": {"line": line, "column": col},
        "end": {"line": end_line, "column": end_col},
        "message": message,
        "suggestion": suggestion,
        "fingerprint": fingerprint,
        "fix": [{"start": start, "end": end, "replacement": replacement}
                for start, end, replacement in edits] or None,
        "data": data,
    }


def _compact_encoder():
    """json.dumps(value, ensure_ascii=False) as one reusable C encoder.

    json.dumps builds a new encoder for each call with a non-default option:
    with tens of thousands of findings that set-up costs more than the encoding.
    """
    try:
        from json.encoder import c_make_encoder, encode_basestring
    except ImportError:
        c_make_encoder = None
    if c_make_encoder is None:  # a Python without the C accelerator
        return lambda value: json.dumps(value, ensure_ascii=False)

    def refuse(value):
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")

    encode = c_make_encoder(None, refuse, encode_basestring, None, ": ", ", ", False, False,
                            True)
    return lambda value: "".join(encode(value, 0))


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
            dumps = _compact_encoder()
            findings = result.diagnostics
            rows = findings.rows() if isinstance(findings, PackedFindings) else \
                (d.to_row() for d in findings)
            for index, row in enumerate(rows):
                yield ("[\n    " if index == 0 else ",\n    ") + dumps(row_record(row))
            yield "\n  ]"
    yield "\n}\n"
