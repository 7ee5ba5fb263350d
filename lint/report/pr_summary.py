"""The Markdown summary of the editorial report: always fits a pull-request comment.

GitHub refuses a comment over 65,536 characters; a whole book's full report
runs to megabytes. The summary keeps the counts and as many of the most
important findings as fit (errors, then warnings, then info; new before
already known), and points to the HTML report for everything else.
"""

from __future__ import annotations

from lint.report.editorial import ReportData, _markdown_text

COMMENT_LIMIT = 65_536
# Room for what a CI job adds around the summary (a heading, a bot's signature).
BUDGET = COMMENT_LIMIT - 4_096
MESSAGE_CHARS = 300
TITLE_CHARS = 200
_RANK = {"error": 0, "warning": 1, "info": 2}


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _ranked(findings: list[dict]) -> list[dict]:
    return sorted(findings, key=lambda f: (_RANK.get(f["severity"], 3), f["known"]))


def _head(data: ReportData) -> list[str]:
    s = data.summary
    verdict = "✅ **Pass**" if s["passed"] else "❌ **Fail**"
    known = (f", {s['known']} already known (recorded in `{_markdown_text(s['baseline'])}`)"
             if s["baseline"] else f", {s['known']} already known" if s["known"] else "")
    fixed = f", {s['fixed']} fixed since they were recorded" if s["fixed"] else ""
    lines = [f"## {_markdown_text(_clip(data.title, TITLE_CHARS))}", "",
             f"{verdict} against level `{s['fail_level']}` — {s['new']} new "
             f"finding{'s' if s['new'] != 1 else ''}{known}{fixed}. {s['files']} "
             f"article{'s' if s['files'] != 1 else ''}, content-lint {data.version}.", "",
             "| family | error | warning | info |", "| --- | --- | --- | --- |"]
    lines += [f"| {row['family']} | {row['error']} | {row['warning']} | {row['info']} |"
              for row in s["by_family"]]
    return lines + [""]


def _row(finding: dict) -> str:
    message = finding["message"] + (f" — {finding['suggestion']}" if finding["suggestion"]
                                     else "")
    status = "known" if finding["known"] else "**new**"
    return (f"| `{_markdown_text(_clip(finding['link'].label, 120))}` | {finding['code']} | "
            f"{finding['severity']} {status} | {_markdown_text(_clip(message, MESSAGE_CHARS))} |")


def _pointer(html: str | None) -> str:
    if html is None:
        return ("Everything else (claims, glossary, mechanisms, bibliography) is in the HTML "
                "report: `content-lint report --format html`.")
    if "://" in html:
        return f"Everything else is in the [full HTML report]({html})."
    return (f"Everything else (claims, glossary, mechanisms, bibliography) is in the full "
            f"HTML report, `{_markdown_text(html)}`.")


def render_summary(data: ReportData, html: str | None = None) -> str:
    """Counts, the most important findings that fit, and where the rest is."""
    head = _head(data)
    rows = [_row(f) for f in _ranked(data.findings)]
    shown = len(rows)
    while True:
        lines = list(head)
        if rows:
            lines += [f"### Most important findings ({shown} of {len(rows)})", "",
                      "| where | rule | severity | message |", "| --- | --- | --- | --- |"]
            lines += rows[:shown]
            lines.append("")
            if shown < len(rows):
                lines += [f"{len(rows) - shown} more finding"
                          f"{'s' if len(rows) - shown != 1 else ''} not shown here.", ""]
        lines.append(_pointer(html))
        text = "\n".join(lines) + "\n"
        if len(text) <= BUDGET or shown == 0:
            return text
        # Drop rows in proportion to the excess (each row is clipped, so this converges fast).
        excess = len(text) - BUDGET
        average = max(1, sum(len(r) + 1 for r in rows[:shown]) // shown)
        shown = max(0, shown - max(1, -(-excess // average)))
