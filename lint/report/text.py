"""`file:line:col: CODE [severity] message`, one finding per line, then a summary."""

from __future__ import annotations

from lint.report.summary import summary


def render_text(result) -> str:
    lines = []
    for d in result.diagnostics:
        start = d.span.start
        lines.append(f"{d.path}:{start.line}:{start.col}: {d.code} [{d.severity}] {d.message}")
        if d.suggestion:
            lines.append(f"    help: {d.suggestion}")
    for entry in result.stale:
        lines.append(f"{entry.file}:{entry.line}: {entry.code} [baseline] no longer occurs: "
                     f"{entry.message}")
    counts = summary(result)
    parts = [f"{n} {level}" for level, n in counts["by_severity"].items() if n]
    text = (f"{counts['findings']} finding{'s' if counts['findings'] != 1 else ''}"
            + (f" ({', '.join(parts)})" if parts else "")
            + f" in {counts['files']} file{'s' if counts['files'] != 1 else ''}")
    if result.baseline_path:
        text += f"; {counts['baselined']} known in {result.baseline_path}"
        if result.stale:
            plural = "entries" if len(result.stale) != 1 else "entry"
            text += (f"; {len(result.stale)} baseline {plural} no longer occur"
                     " (run `content-lint baseline` to prune)")
    if counts["input_errors"]:
        text += "; input errors: the run could not be completed (exit 2)"
    lines.append(text + ".")
    return "\n".join(lines) + "\n"
