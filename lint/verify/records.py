"""Registered records from Crossref and PubMed, in one shape for comparison."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Crossref `update-to` / `updated-by` types, and PubMed publication types, by what they mean
# for a citing article. Errata and expressions of concern are not retractions.
RETRACTION_KINDS = {"retraction", "withdrawal", "removal", "partial_retraction",
                    "partial-retraction"}
CONCERN_KINDS = {"expression_of_concern", "expression-of-concern"}
CORRECTION_KINDS = {"correction", "erratum", "corrigendum", "addendum", "clarification"}
PUBMED_UPDATES = {"Retracted Publication": "retraction",
                  "Retraction of Publication": "retraction-notice",
                  "Expression of Concern": "expression_of_concern-notice",
                  "Published Erratum": "erratum-notice"}


@dataclass(slots=True)
class Update:
    kind: str  # retraction, withdrawal, expression_of_concern, correction, erratum ...
    doi: str
    source: str


@dataclass(slots=True)
class Record:
    service: str  # crossref | pubmed
    title: str
    authors: list[str]  # family names, in order
    author_count: int
    year: int | None
    journals: list[str]
    issn: list[str]
    volume: str
    issue: str
    pages: str
    type: str  # journal-article, book-chapter, posted-content ...
    doi: str = ""
    pmid: str = ""
    given: list[str] = field(default_factory=list)  # given names, parallel to authors
    editors: list[str] = field(default_factory=list)  # "Family, Given"
    other_years: list[int] = field(default_factory=list)  # online/print/issued years
    publisher: str = ""
    preprint_server: str = ""  # posted-content: the server (institution or group title)
    updated_by: list[Update] = field(default_factory=list)
    is_notice_for: list[Update] = field(default_factory=list)  # update-to: this IS a notice
    retracted_flag: bool = False  # PubMed "Retracted Publication", Crossref "RETRACTED:" title
    score: float | None = None

    def author_text(self, limit: int = 6) -> str:
        shown = ", ".join(self.authors[:limit])
        return shown + (" et al." if self.author_count > limit else "")

    def full_names(self) -> list[str]:
        """BibTeX names: "Family, Given" (braced when the family name has a space)."""
        names = []
        for i, family in enumerate(self.authors):
            given = self.given[i] if i < len(self.given) else ""
            family_text = "{" + family + "}" if " " in family.strip() else family
            names.append(f"{family_text}, {given}" if given else family_text)
        return names


# Publishers mark a retracted article's title "RETRACTED:" or "RETRACTED ARTICLE:"; a title
# that merely begins with the word ("Retracted nipple in men") is not marked.
RETRACTED_MARK = re.compile(r"^\s*RETRACTED(?:\s+ARTICLE)?\s*:\s*", re.IGNORECASE)


def _year(parts) -> int | None:
    try:
        return int(parts["date-parts"][0][0])
    except (KeyError, IndexError, TypeError, ValueError):
        return None


def _update(raw: dict) -> Update:
    return Update(str(raw.get("type", "")).lower(), str(raw.get("DOI", "")),
                  str(raw.get("source", "")))


def _text(value) -> str:
    if isinstance(value, list):
        return str(value[0]) if value else ""
    return str(value or "")


def from_crossref(message: dict) -> Record:
    title = _text(message.get("title"))
    subtitle = _text(message.get("subtitle"))
    if subtitle and not title.lower().endswith(subtitle.lower()):
        title = f"{title}: {subtitle}"
    people = [a for a in message.get("author") or [] if isinstance(a, dict)]
    authors = [a.get("family") or a.get("name") or "" for a in people]
    given = [a.get("given") or "" for a in people]
    years = [y for y in (_year(message.get(key) or {}) for key in
                         ("published-print", "published-online", "issued", "published",
                          "posted")) if y]
    # A citation gives the issue's (print) year; an online-first year counts only for a work
    # that has no print date.
    print_year = _year(message.get("published-print") or {})
    kind = str(message.get("type") or "")
    server = ""
    if kind == "posted-content":
        institutions = message.get("institution") or []
        server = (institutions[0].get("name", "") if institutions and
                  isinstance(institutions[0], dict) else "") or _text(
            message.get("group-title")) or str(message.get("publisher") or "")
    record = Record(
        service="crossref", title=title, authors=authors, author_count=len(authors),
        year=print_year or (years[0] if years else None),
        journals=list(message.get("container-title") or [])
        + list(message.get("short-container-title") or []),
        issn=list(message.get("ISSN") or []), volume=str(message.get("volume") or ""),
        issue=str(message.get("issue") or ""), pages=str(message.get("page") or ""),
        type=kind, doi=str(message.get("DOI") or ""), given=given,
        editors=[", ".join(x for x in (e.get("family", ""), e.get("given", "")) if x)
                 for e in message.get("editor") or [] if isinstance(e, dict)],
        other_years=[] if print_year else sorted(set(years)),
        publisher=str(message.get("publisher") or ""),
        preprint_server=server, score=message.get("score"))
    record.updated_by = [_update(u) for u in message.get("updated-by") or []]
    record.is_notice_for = [_update(u) for u in message.get("update-to") or []]
    record.retracted_flag = bool(RETRACTED_MARK.match(title))
    return record


def from_pubmed(summary: dict) -> Record:
    people = [a for a in summary.get("authors", []) if a.get("authtype", "Author") == "Author"]
    families, givens = [], []
    for person in people:
        # PubMed writes "Wakefield AJ": family name, then initials.
        parts = person.get("name", "").split()
        if len(parts) > 1 and re.fullmatch(r"[A-Z]{1,4}", parts[-1]):
            families.append(" ".join(parts[:-1]))
            givens.append(" ".join(f"{c}." for c in parts[-1]))
        else:
            families.append(person.get("name", ""))
            givens.append("")
    years = [int(m.group(1)) for m in (re.match(r"(\d{4})", summary.get(k, "") or "")
                                      for k in ("pubdate", "epubdate")) if m]
    ids = {i.get("idtype"): i.get("value", "") for i in summary.get("articleids", [])}
    pubtypes = summary.get("pubtype", [])
    record = Record(
        service="pubmed", title=summary.get("title", "").rstrip("."), authors=families,
        author_count=len(families), year=years[0] if years else None,
        journals=[j for j in (summary.get("fulljournalname", ""), summary.get("source", ""))
                  if j],
        issn=[i for i in (summary.get("issn"), summary.get("essn")) if i],
        volume=summary.get("volume", ""), issue=summary.get("issue", ""),
        pages=summary.get("pages", ""), type="journal-article", doi=ids.get("doi", ""),
        pmid=str(summary.get("uid", "") or ids.get("pubmed", "")), given=givens,
        other_years=years[:1],
        retracted_flag="Retracted Publication" in pubtypes)
    for pubtype in pubtypes:
        kind = PUBMED_UPDATES.get(pubtype)
        if kind is None:
            continue
        if kind.endswith("-notice"):
            record.is_notice_for.append(Update(kind.removesuffix("-notice"), "", "pubmed"))
        else:
            record.updated_by.append(Update(kind, "", "pubmed"))
    return record
