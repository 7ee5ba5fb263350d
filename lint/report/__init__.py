"""Reporters: pure functions from a run's result to text.

`STREAMS` gives, for formats that can be long, the same text in pieces.
"""

from __future__ import annotations

from typing import Callable

from lint.report.github import github_chunks, render_github
from lint.report.json_format import json_chunks, render_json
from lint.report.sarif import render_sarif, sarif_chunks
from lint.report.text import render_text, text_chunks

REPORTERS: dict[str, Callable] = {
    "text": render_text,
    "json": render_json,
    "sarif": render_sarif,
    "github": render_github,
}

STREAMS: dict[str, Callable] = {
    "json": json_chunks,
    "text": text_chunks,
    "github": github_chunks,
    "sarif": sarif_chunks,
}
