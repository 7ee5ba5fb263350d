"""Verify each bibliography entry against the registries; results go on the entry.

DOI → Crossref work; PMID → PubMed esummary; neither → Crossref
bibliographic search (title, first author, year, journal), accepting the
best item only when its title matches (compare.MATCH_TITLE) and its first
author or year agrees; otherwise the best candidates are kept for the
message. A title that matches another work's title, with other authors
and venue, is "misattributed". Only these bibliographic fields are sent.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from lint.verify.client import RegistryClient, Unreachable
from lint.verify.compare import (MATCH_TITLE, FieldIssue, compare, family, journal_matches,
                                 normal, title_similarity)
from lint.verify.records import Record, from_crossref, from_pubmed

ANNOTATION = "verification"


@dataclass(slots=True)
class Verification:
    status: str  # verified | mismatch | not-found | misattributed | unverifiable
    how: str  # doi | pmid | search
    record: Record | None = None
    issues: list[FieldIssue] = field(default_factory=list)
    candidates: list[Record] = field(default_factory=list)
    reason: str = ""

    @property
    def retraction(self) -> str | None:
        if self.record is None:
            return None
        kinds = {u.kind for u in self.record.updated_by}
        if self.record.retracted_flag or kinds & {"retraction", "withdrawal", "removal"}:
            return "retracted"
        if kinds & {"expression_of_concern", "expression-of-concern"}:
            return "expression of concern"
        if kinds & {"correction", "erratum", "corrigendum"}:
            return "corrected"
        if {u.kind for u in self.record.is_notice_for} & {"retraction", "withdrawal"}:
            return "is a retraction notice"
        return None


def _query(entry) -> dict:
    people = [p for p in entry.persons.get("author", []) if p.strip().lower() != "others"]
    title = entry.fields.get("title", "").replace("{", "").replace("}", "")
    bibliographic = " ".join(x for x in (title, entry.fields.get("journal", ""),
                                         entry.fields.get("year", "")) if x)
    first = people[0].replace("{", "").replace("}", "") if people else ""
    surname = first.split(",")[0].strip() if "," in first else (first.split() or [""])[-1]
    return {"bibliographic": bibliographic, "author": surname}


def verify_entry(entry, client: RegistryClient) -> Verification:
    doi = entry.fields.get("doi", "").strip()
    pmid = entry.fields.get("pmid", "").strip()
    try:
        if doi:
            message = client.crossref_work(doi)
            if message is None:
                return Verification("not-found", "doi", reason=f"Crossref has no DOI {doi}")
            return _judged(entry, from_crossref(message), "doi")
        if pmid:
            summary = client.pubmed_summary(pmid)
            if summary is None:
                return Verification("not-found", "pmid", reason=f"PubMed has no PMID {pmid}")
            return _judged(entry, from_pubmed(summary), "pmid")
        items = [from_crossref(item) for item in client.crossref_search(_query(entry))]
    except Unreachable as error:
        return Verification("unverifiable", "doi" if doi else "pmid" if pmid else "search",
                            reason=str(error))
    return _from_search(entry, items)


def _judged(entry, record: Record, how: str) -> Verification:
    issues = compare(entry, record)
    major = [i for i in issues if not i.minor]
    return Verification("mismatch" if major else "verified", how, record, issues)


def _from_search(entry, items: list[Record]) -> Verification:
    title = entry.fields.get("title", "")
    scored = sorted(items, key=lambda r: title_similarity(title, r.title), reverse=True)
    if not scored:
        return Verification("not-found", "search", reason="no Crossref record")
    best = scored[0]
    similarity = title_similarity(title, best.title)
    people = [p for p in entry.persons.get("author", []) if p.strip().lower() != "others"]
    same_author = bool(people and best.authors and family(people[0]) == normal(best.authors[0]))
    year = entry.fields.get("year", "")
    close_year = year.isdigit() and best.year is not None and abs(int(year) - best.year) <= 1
    if similarity >= MATCH_TITLE and (same_author or close_year):
        return _judged(entry, best, "search")
    if similarity >= MATCH_TITLE:
        venue = journal_matches(entry.fields.get("journal", ""), best.journals)
        if not same_author and not venue:
            return Verification("misattributed", "search", best, compare(entry, best),
                                reason="the title is registered for other authors and venue")
        return _judged(entry, best, "search")
    return Verification("not-found", "search", candidates=scored[:3],
                        reason=f"no record with this title (best match {similarity:.2f})")


def verify_bibliography(bibliography, client: RegistryClient) -> None:
    entries = list(bibliography.entries.values())
    workers = max(1, client.settings.concurrency)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for entry, result in zip(entries, pool.map(lambda e: verify_entry(e, client), entries)):
            entry.annotations[ANNOTATION] = result
