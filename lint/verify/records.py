"""Registered records from Crossref and PubMed, in one shape for comparison."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(slots=True)
class Update:
    kind: str  # retraction, withdrawal, expression_of_concern, correction, erratum ...
    doi: str
    source: str


@dataclass(slots=True)
class Record:
    service: str  # crossref | pubmed
    title: str
    authors: list[str]  # family names
    author_count: int
    year: int | None
    journals: list[str]
    issn: list[str]
    volume: str
    issue: str
    pages: str
    type: str  # journal-article, book-chapter ...
    doi: str = ""
    pmid: str = ""
    updated_by: list[Update] = field(default_factory=list)
    is_notice_for: list[Update] = field(default_factory=list)  # update-to: this IS a notice
    retracted_flag: bool = False  # PubMed "Retracted Publication", Crossref "RETRACTED:" title
    score: float | None = None


def _year(parts) -> int | None:
    try:
        return int(parts["date-parts"][0][0])
    except (KeyError, IndexError, TypeError, ValueError):
        return None


def _update(raw: dict) -> Update:
    return Update(str(raw.get("type", "")).lower(), str(raw.get("DOI", "")),
                  str(raw.get("source", "")))


def from_crossref(message: dict) -> Record:
    title = (message.get("title") or [""])[0]
    authors = [a.get("family") or a.get("name") or "" for a in message.get("author", [])]
    year = None
    for key in ("published-print", "published-online", "issued", "published"):
        year = year or _year(message.get(key) or {})
    record = Record(
        service="crossref", title=title, authors=authors, author_count=len(authors), year=year,
        journals=list(message.get("container-title") or [])
        + list(message.get("short-container-title") or []),
        issn=list(message.get("ISSN") or []), volume=str(message.get("volume") or ""),
        issue=str(message.get("issue") or ""), pages=str(message.get("page") or ""),
        type=str(message.get("type") or ""), doi=str(message.get("DOI") or ""),
        score=message.get("score"))
    record.updated_by = [_update(u) for u in message.get("updated-by") or []]
    record.is_notice_for = [_update(u) for u in message.get("update-to") or []]
    record.retracted_flag = title.upper().startswith("RETRACTED")
    return record


def from_pubmed(summary: dict) -> Record:
    authors = [re.split(r"\s+", a.get("name", "")) for a in summary.get("authors", [])
               if a.get("authtype", "Author") == "Author"]
    families = [" ".join(parts[:-1]) if len(parts) > 1 else parts[0] for parts in authors]
    match = re.match(r"(\d{4})", summary.get("pubdate", ""))
    doi = next((i.get("value", "") for i in summary.get("articleids", [])
                if i.get("idtype") == "doi"), "")
    pubtypes = summary.get("pubtype", [])
    return Record(
        service="pubmed", title=summary.get("title", "").rstrip("."), authors=families,
        author_count=len(families), year=int(match.group(1)) if match else None,
        journals=[summary.get("fulljournalname", ""), summary.get("source", "")],
        issn=[i for i in (summary.get("issn"), summary.get("essn")) if i],
        volume=summary.get("volume", ""), issue=summary.get("issue", ""),
        pages=summary.get("pages", ""), type="journal-article", doi=doi,
        pmid=str(summary.get("uid", "")),
        retracted_flag="Retracted Publication" in pubtypes)
