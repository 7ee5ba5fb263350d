"""The citations of a notebook chapter's Markdown cells (Jupyter Book, mystmd, Quarto).

A notebook is not read as a document (its prose has no lines a finding could
point to), but a book cites references there: an entry cited only in a
notebook is cited all the same (CIT003).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from lint.document.citations import find_citations, find_roles, has_citation_role

# An inline code span (CommonMark: a run of backticks closed by the same run).
_CODE_SPAN_RE = re.compile(r"(?P<ticks>`+)(?P<body>.+?)(?P=ticks)", re.DOTALL)
# A fenced code block; a MyST directive (```{note}, ````{admonition} ...) holds prose and
# stays, its `{code-cell}` and `{code}` kinds excepted.
_FENCE_RE = re.compile(r"^(?P<fence>```+|~~~+)(?![`~])(?!\{(?!code))[^\n]*\n.*?^(?P=fence)[ \t]*$",
                       re.DOTALL | re.MULTILINE)
_FENCE_LINE_RE = re.compile(r"^(?:```+|~~~+)[^\n]*$", re.MULTILINE)  # a directive's own lines


def notebook_citation_keys(path: Path) -> list[str]:
    """Keys cited in the Markdown cells of the notebook at path; none if it is unreadable."""
    try:
        notebook = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return []  # not ours to judge: Jupyter reports a damaged notebook
    cells = notebook.get("cells") if isinstance(notebook, dict) else None
    keys: list[str] = []
    for cell in cells if isinstance(cells, list) else []:
        if not isinstance(cell, dict) or cell.get("cell_type") != "markdown":
            continue
        source = cell.get("source")
        text = "".join(source) if isinstance(source, list) else source
        # The roles find_roles reads, `{footcite:p}` as much as `{cite}`.
        if isinstance(text, str) and ("@" in text or has_citation_role(text)):
            keys.extend(_citation_keys(_FENCE_LINE_RE.sub("", _FENCE_RE.sub("", text))))
    return keys


def _citation_keys(text: str) -> list[str]:
    spans = [(m.start(), m.end()) for m in _CODE_SPAN_RE.finditer(text)]
    bodies = [(m.start("body"), m.end("body")) for m in _CODE_SPAN_RE.finditer(text)]
    # A role's plain text is "{cite}" then the span's body: drop the backticks so its
    # offsets match what find_roles expects.
    found = [c for c in find_citations(text, spans) if c.kind != "crossref"]
    plain, ranges, cursor = [], [], 0
    for (start, end), (body_start, body_end) in zip(spans, bodies):
        plain.append(text[cursor:start])
        offset = sum(len(p) for p in plain)
        plain.append(text[body_start:body_end])
        ranges.append((offset, offset + body_end - body_start))
        cursor = end
    plain.append(text[cursor:])
    found += find_roles("".join(plain), ranges)
    return [c.key for c in found]
