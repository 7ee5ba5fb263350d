"""Field-by-field comparison of a BibTeX entry with its registered record.

Titles are compared after normalisation (case, punctuation, TeX braces,
a "RETRACTED:" prefix) with difflib's ratio; `SAME_TITLE` (0.85) is the
documented threshold for "the same title" and `MATCH_TITLE` (0.90) for
accepting a search result as the entry's record.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass

from lint.sources.pages import parse_pages

SAME_TITLE = 0.85
MATCH_TITLE = 0.90
_STOP = {"of", "the", "and", "&", "for", "in", "on", "a", "an", "de"}
TYPE_OF_ENTRY = {"article": "journal-article", "incollection": "book-chapter",
                 "inbook": "book-chapter", "book": "book", "inproceedings": "proceedings-article",
                 "conference": "proceedings-article", "phdthesis": "dissertation",
                 "mastersthesis": "dissertation", "techreport": "report"}


@dataclass(slots=True)
class FieldIssue:
    field: str
    cited: str
    registered: str
    message: str
    minor: bool = False  # e.g. a one-year online/print difference


def normal(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"^\s*retracted\s*:\s*", "", text, flags=re.IGNORECASE)
    text = re.sub(r"[{}\\]", "", text.lower())
    text = re.sub(r"<[^>]+>", " ", text)  # Crossref titles may carry JATS tags
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def title_similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, normal(a), normal(b)).ratio()


def family(person: str) -> str:
    """Family name from a BibTeX person ("{El Meliegy}, A." / "A. Smith")."""
    person = person.replace("{", "").replace("}", "")
    if "," in person:
        return normal(person.split(",")[0])
    parts = person.split()
    return normal(parts[-1]) if parts else ""


def journal_matches(cited: str, registered: list[str]) -> bool:
    cited_words = [w for w in normal(cited).split() if w not in _STOP]
    for name in registered:
        words = [w for w in normal(name).split() if w not in _STOP]
        if not words or not cited_words:
            continue
        if words == cited_words:
            return True
        # An abbreviation: each word of the shorter is a prefix of the longer's word.
        short, long = sorted((cited_words, words), key=len)
        if len(short) == len(long) and all(b.startswith(a) or a.startswith(b)
                                           for a, b in zip(short, long)):
            return True
    return False


def compare(entry, record) -> list[FieldIssue]:
    issues: list[FieldIssue] = []
    title = entry.fields.get("title", "")
    if title and title_similarity(title, record.title) < SAME_TITLE:
        issues.append(FieldIssue("title", title, record.title, "title differs"))
    people = [p for p in entry.persons.get("author", []) if p.strip().lower() != "others"]
    truncated = any(p.strip().lower() == "others" for p in entry.persons.get("author", []))
    if people and record.authors:
        if family(people[0]) != normal(record.authors[0]):
            issues.append(FieldIssue("author", people[0], record.authors[0],
                                     "first author differs"))
        if truncated and record.author_count > len(people):
            issues.append(FieldIssue("author", f"{len(people)} + others",
                                     f"{record.author_count} authors",
                                     "author list cut short", minor=True))
        elif not truncated and record.author_count and len(people) != record.author_count:
            issues.append(FieldIssue("author", f"{len(people)} authors",
                                     f"{record.author_count} authors",
                                     "number of authors differs"))
    year = entry.fields.get("year", "").strip()
    if year.isdigit() and record.year:
        gap = abs(int(year) - record.year)
        if gap == 1:
            issues.append(FieldIssue("year", year, str(record.year),
                                     "year differs by one (online and print dates often do)",
                                     minor=True))
        elif gap > 1:
            issues.append(FieldIssue("year", year, str(record.year), "year differs"))
    journal = entry.fields.get("journal", "")
    issn = entry.fields.get("issn", "").strip()
    if journal and record.journals and not journal_matches(journal, record.journals) and not (
            issn and issn in record.issn):
        issues.append(FieldIssue("journal", journal, record.journals[0], "journal differs"))
    for name, registered in (("volume", record.volume), ("number", record.issue)):
        cited = entry.fields.get(name, "").strip()
        if cited and registered and cited != registered:
            issues.append(FieldIssue(name, cited, registered, f"{name} differs"))
    cited_pages = parse_pages(entry.fields.get("pages", ""))
    registered_pages = parse_pages(record.pages) if record.pages else None
    if cited_pages and registered_pages and (cited_pages.start, cited_pages.end) != (
            registered_pages.start, registered_pages.end):
        issues.append(FieldIssue("pages", entry.fields.get("pages", ""),
                                 registered_pages.bibtex(), "pages differ"))
    expected_type = TYPE_OF_ENTRY.get(entry.type)
    if expected_type and record.type and expected_type != record.type:
        issues.append(FieldIssue("type", f"@{entry.type}", record.type,
                                 f"entry type differs (a {record.type.replace('-', ' ')} "
                                 f"cited as @{entry.type})"))
    return issues
