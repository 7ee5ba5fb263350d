"""`file:line:col: CODE [severity] message`, one finding per line, then a summary.

Errors and warnings come first, info findings after them: in a failing
pre-commit run the lines that block the commit are the ones read first.
"""

from __future__ import annotations

from typing import Iterator

from lint.diagnostics import Severity
from lint.report.summary import summary


def _plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else (many or word + 's')}"


def render_text(result) -> str:
    return "".join(text_chunks(result))


def text_chunks(result) -> Iterator[str]:
    """The report line by line: a large run's findings are read twice, never held."""
    for info in (False, True):  # errors and warnings, then info findings
        for d in result.diagnostics:
            if (d.severity is Severity.INFO) is not info:
                continue
            start = d.span.start
            yield f"{d.path}:{start.line}:{start.col}: {d.code} [{d.severity}] {d.message}\n"
            if d.suggestion:
                yield f"    help: {d.suggestion}\n"
    lines = []
    for entry in result.stale:
        lines.append(f"{entry.file}:{entry.line}: {entry.code} [fixed] recorded in "
                     f"{result.baseline_path} but no longer occurs: {entry.message}")
    counts = summary(result)
    # "2 errors, 3 warnings, 1 info": info is a mass noun.
    parts = [_plural(n, level, "info" if level == "info" else None)
             for level, n in counts["by_severity"].items() if n]
    # The bibliography and glossary are checked files too ("in 0 files" when only they fail).
    files = counts["files"] + len(getattr(result, "data_files", []) or [])
    text = (_plural(counts["findings"], "finding")
            + (f" ({', '.join(parts)})" if parts else "")
            + f" in {_plural(files, 'file')}")
    if result.baseline_path:
        text += (f"; {counts['baselined']} already known, recorded in {result.baseline_path}"
                 " (not shown)")
        if result.stale:
            text += (f"; {_plural(len(result.stale), 'recorded finding')} no longer "
                     f"{'occurs' if len(result.stale) == 1 else 'occur'}"
                     " (run `content-lint baseline` to update the record)")
    if counts["input_errors"]:
        text += "; input errors: the run could not be completed (exit 2)"
    lines.append(text + ".")
    yield "\n".join(lines) + "\n"
