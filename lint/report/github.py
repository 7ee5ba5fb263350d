"""GitHub Actions workflow commands: `::error file=...,line=...::message`."""

from __future__ import annotations

from typing import Iterator

from lint.diagnostics import Severity

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(result) -> str:
    return "".join(github_chunks(result))


def github_chunks(result) -> Iterator[str]:
    """One workflow command per finding, line by line."""
    for d in result.diagnostics:
        message = d.message + (f" ({d.suggestion})" if d.suggestion else "")
        props = (f"file={_escape_property(d.path)},line={d.span.start.line},"
                 f"col={d.span.start.col},endLine={d.span.end.line},"
                 f"endColumn={d.span.end.col},title={_escape_property(f'{d.code} {d.name}')}")
        yield f"::{_LEVEL[d.severity]} {props}::{_escape_data(message)}\n"
