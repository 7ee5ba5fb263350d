"""Manubot's citation tags: `content/citation-tags.tsv` maps `@tag:name` to a citation.

The file is tab-separated with a header naming the columns `tag` and
`citation` (other columns are ignored, as Manubot ignores them); each row
gives a tag and the citation key it stands for (`doi:10.1/x`, `pmid:123`,
a bibliography key ...). A row that cannot be read is a located problem and
is skipped: the other tags still resolve, and a citation of a skipped tag is
reported as an unknown tag.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field

from lint.diagnostics import Position, Span
from lint.document.loader import ReadFailure, read_text
from lint.document.model import Problem

# Where Manubot keeps the file, relative to the manuscript's root.
MANUBOT_TAGS_FILE = "content/citation-tags.tsv"
COLUMNS = ("tag", "citation")


@dataclass(slots=True)
class CitationTags:
    path: str  # as findings show it
    tags: dict[str, str] = field(default_factory=dict)  # tag -> citation key (no '@')
    lines: dict[str, int] = field(default_factory=dict)  # tag -> its line
    problems: list[Problem] = field(default_factory=list)

    def resolve(self, key: str) -> str | None:
        """The citation a `tag:name` key stands for, or None for an unknown tag."""
        return self.tags.get(key.partition(":")[2])


def _line_span(line: int, text: str) -> Span:
    return Span(Position(line, 1), Position(line, len(text) + 1))


def load_citation_tags(path: str, shown: str) -> CitationTags:
    """The tags of a citation-tags.tsv file; what cannot be read is in `problems`."""
    tags = CitationTags(shown)
    text = read_text(path)
    if isinstance(text, ReadFailure):
        tags.problems.append(Problem("unreadable", text.message, text.span, fatal=True))
        return tags
    lines = text.text.splitlines()
    rows = list(enumerate(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE), 1))
    rows = [(number, row) for number, row in rows if any(cell.strip() for cell in row)]
    if not rows:
        return tags
    header_line, header = rows[0]
    names = [cell.strip().lower() for cell in header]
    if not all(column in names for column in COLUMNS):
        tags.problems.append(Problem(
            "header", f"the header names columns {', '.join(repr(c) for c in header)}; "
                      "Manubot reads the columns 'tag' and 'citation' (tab-separated)",
            _line_span(header_line, lines[header_line - 1]),
            hint="start the file with the line 'tag<TAB>citation'"))
        return tags
    tag_at, citation_at = names.index("tag"), names.index("citation")
    for number, row in rows[1:]:
        line = lines[number - 1]
        if len(row) <= max(tag_at, citation_at):
            tags.problems.append(Problem(
                "row", f"row has {len(row)} column{'s' if len(row) != 1 else ''}, the header "
                       f"{len(header)} (columns are separated by tabs, not spaces)",
                _line_span(number, line)))
            continue
        tag, citation = row[tag_at].strip(), row[citation_at].strip().removeprefix("@")
        if not tag or not citation:
            tags.problems.append(Problem(
                "row", "empty tag" if not tag else f"tag '{tag}' has no citation",
                _line_span(number, line)))
            continue
        if tag in tags.tags and tags.tags[tag] != citation:
            tags.problems.append(Problem(
                "row", f"tag '{tag}' is given again with another citation ('{citation}'; "
                       f"line {tags.lines[tag]} has '{tags.tags[tag]}')",
                _line_span(number, line)))
            continue
        tags.tags.setdefault(tag, citation)
        tags.lines.setdefault(tag, number)
    return tags
