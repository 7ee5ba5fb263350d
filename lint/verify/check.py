"""Verify each bibliography entry against the registries; results go on the entry.

One verdict per entry, each meaning one thing:

- verified: the entry's own record was found and agrees (notes such as a
  missing editor may remain);
- mismatch: the entry's own record was found and some fields differ
  (`issues` name them with the record's values);
- misattributed: the title (word for word) belongs to another work, with
  other authors and venue; `other_work` names it. The entry is never
  "corrected" into that work;
- not-found: every source was asked and none has a plausible record
  (`candidates` are the closest titles);
- unverifiable: a service could not be asked or answered badly. Never
  cached, never "not found".

Misattribution is decided before a record is accepted as the entry's own:
a record is the entry's own only when its title is the same (or a near
miss) and its first author agrees (or, without authors, its venue does).
DOI → Crossref work; PMID → PubMed esummary; neither → Crossref
bibliographic search, then PubMed title search (esearch → esummary).
Only bibliographic fields are sent, never article text.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from lint.verify.client import RegistryClient, Unreachable
from lint.verify.compare import (DIFFERENT, NEAR, SAME, FieldIssue, author_agrees, compare,
                                 entry_pmid, entry_title, entry_venue, entry_year, normal,
                                 people, surname, title_relation, title_score, venue_matches)
from lint.verify.records import (CONCERN_KINDS, CORRECTION_KINDS, RETRACTION_KINDS, Record,
                                 from_crossref, from_pubmed)

STATUSES = ("verified", "mismatch", "misattributed", "not-found", "unverifiable")


@dataclass(slots=True)
class Verification:
    status: str  # one of STATUSES
    how: str  # doi | pmid | search | doi+pmid
    record: Record | None = None  # the entry's own record (verified / mismatch only)
    issues: list[FieldIssue] = field(default_factory=list)
    candidates: list[Record] = field(default_factory=list)
    reason: str = ""
    other_work: Record | None = None  # misattributed: the work the title belongs to
    asked: bool = True  # False: the entry gave nothing to look up (no service at fault)

    @property
    def mismatches(self) -> list[FieldIssue]:
        return [i for i in self.issues if not i.minor]

    @property
    def retraction(self) -> str | None:
        """retracted | expression of concern | corrected | is a retraction notice | None."""
        if self.record is None:
            return None
        kinds = {u.kind for u in self.record.updated_by}
        if self.record.retracted_flag or kinds & RETRACTION_KINDS:
            return "retracted"
        if kinds & CONCERN_KINDS:
            return "expression of concern"
        if kinds & CORRECTION_KINDS:
            return "corrected"
        notices = {u.kind for u in self.record.is_notice_for}
        if notices & RETRACTION_KINDS:
            return "is a retraction notice"
        if notices & CONCERN_KINDS:
            return "is an expression of concern"
        if notices & CORRECTION_KINDS:
            return "is a correction notice"
        return None

    def as_dict(self) -> dict:
        """A JSON-ready summary (`refs verify --format json`)."""
        def record(r: Record | None) -> dict | None:
            if r is None:
                return None
            return {"service": r.service, "doi": r.doi or None, "pmid": r.pmid or None,
                    "title": r.title, "authors": r.authors, "year": r.year,
                    "venue": r.journals[0] if r.journals else None, "type": r.type}
        return {"status": self.status, "via": self.how, "reason": self.reason or None,
                "retraction": self.retraction, "record": record(self.record),
                "other_work": record(self.other_work),
                "issues": [{"field": i.field, "found": i.cited, "expected": i.registered,
                            "message": i.message, "minor": i.minor} for i in self.issues],
                "candidates": [record(c) for c in self.candidates]}


# -- entry points ----------------------------------------------------------------
def verify_entry(entry, client: RegistryClient) -> Verification:
    doi = _clean_doi(entry.fields.get("doi", ""))
    pmid = entry_pmid(entry)
    how = "+".join(x for x, v in (("doi", doi), ("pmid", pmid)) if v) or "search"
    try:
        if doi:
            return _by_doi(entry, doi, pmid, client)
        if pmid:
            return _by_pmid(entry, pmid, client)
        return _by_search(entry, client)
    except Unreachable as error:
        return Verification("unverifiable", how, reason=str(error))


# Identifier schemes with a registry asked, and the names of those without one.
VERIFIED_SCHEMES = ("doi", "pmid")
UNVERIFIED_SCHEMES = {"isbn": "ISBN", "url": "URL", "clinicaltrials": "ClinicalTrials.gov",
                      "arxiv": "arXiv", "pmcid": "PMC", "wikidata": "Wikidata"}


def verify_identifier(kind: str, value: str, client: RegistryClient) -> Verification:
    """Does a bare identifier exist (Manubot's [@doi:...], [@pmid:...])? No entry to compare.

    DOI: Crossref's work; a DOI Crossref does not hold is looked up in its
    agency route, so a DataCite or mEDRA DOI counts as registered (its record
    is not read). PMID: PubMed's summary. Other schemes are not asked: their
    verdict is unverifiable, `how` "none", saying why.
    """
    value = value.strip()
    try:
        if kind == "doi":
            return _identifier_doi(_clean_doi(value), client)
        if kind == "pmid":
            if not value.isdigit():
                return Verification("not-found", "pmid", reason=f"'{value}' is not a PMID "
                                                                  "(PMIDs are digits)")
            summary = client.pubmed_summary(value)
            if summary is None:
                return Verification("not-found", "pmid", reason=f"PubMed has no PMID {value}")
            return Verification("verified", "pmid", from_pubmed(summary))
    except Unreachable as error:
        return Verification("unverifiable", kind, reason=str(error))
    name = UNVERIFIED_SCHEMES.get(kind, kind)
    return Verification("unverifiable", "none", asked=False,
                        reason=f"{name} identifiers are not verified (no open registry "
                               "content-lint asks)")


def _identifier_doi(doi: str, client: RegistryClient) -> Verification:
    if re.fullmatch(r"10/[A-Za-z0-9]+", doi):
        # A shortDOI (Manubot resolves `doi:10/abc` through shortdoi.org): not asked.
        return Verification("unverifiable", "none", asked=False,
                            reason=f"shortDOI {doi} is not verified (content-lint does not "
                                   "resolve shortDOIs)")
    if not doi.startswith("10."):
        return Verification("not-found", "doi", reason=f"'{doi}' is not a DOI (DOIs start "
                                                        "with 10.)")
    message = client.crossref_work(doi)
    if message is not None:
        return Verification("verified", "doi", from_crossref(message))
    agency = client.doi_agency(doi)
    if agency is None:
        return Verification("not-found", "doi", reason=f"no registration agency knows DOI "
                                                        f"{doi} (Crossref has no such DOI)")
    if agency.lower() == "crossref":
        return Verification("unverifiable", "doi", reason=f"Crossref registered DOI {doi} "
                                                          "but has no record of it")
    return Verification("verified", "doi",
                        reason=f"registered with {agency}, not Crossref: it exists; its "
                               "record is not read")


def verify_bibliography(bibliography, client: RegistryClient, skip: set[str] = frozenset()
                        ) -> None:
    """Verify every entry (except keys in `skip`, e.g. broken ones), in parallel as allowed."""
    entries = [e for key, e in bibliography.entries.items() if key not in skip]
    with ThreadPoolExecutor(max_workers=client.concurrency) as pool:
        for entry, result in zip(entries, pool.map(lambda e: verify_entry(e, client), entries)):
            entry.annotations.verification = result


# -- by identifier -----------------------------------------------------------------
def _clean_doi(doi: str) -> str:
    doi = doi.strip()
    for prefix in ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
                   "http://dx.doi.org/", "doi:"):
        if doi.lower().startswith(prefix):
            doi = doi[len(prefix):]
    return doi.strip()


def _by_doi(entry, doi: str, pmid: str, client) -> Verification:
    how = "doi+pmid" if pmid else "doi"
    message = client.crossref_work(doi)
    if message is None:
        try:
            found = _by_search(entry, client)
        except Unreachable as error:
            return Verification("not-found", how, reason=f"Crossref has no DOI {doi} (the "
                                f"title search could not be run: {error})")
        if found.status in ("verified", "mismatch") and found.record is not None:
            found.issues.insert(0, FieldIssue("doi", doi, found.record.doi or "",
                                              "Crossref has no such DOI; the work was found "
                                              "by its title"))
            found.status, found.how = "mismatch", how
            return found
        if found.status == "misattributed":
            found.reason = f"Crossref has no DOI {doi}; " + found.reason
            return found
        return Verification("not-found", how, candidates=found.candidates,
                            reason=f"Crossref has no DOI {doi}")
    record = from_crossref(message)
    other_pmid = _merge_pubmed(record, pmid, client) if pmid else None
    result = _identified(entry, record, how, client, "DOI")
    if other_pmid is not None and result.record is record:
        result.issues.insert(0, other_pmid)
        result.status = "mismatch"
    return result


def _by_pmid(entry, pmid: str, client) -> Verification:
    summary = client.pubmed_summary(pmid)
    if summary is None:
        return Verification("not-found", "pmid", reason=f"PubMed has no PMID {pmid}")
    return _identified(entry, from_pubmed(summary), "pmid", client, "PMID")


def _merge_pubmed(record: Record, pmid: str, client) -> FieldIssue | None:
    """A PMID of the same work adds PubMed's retraction/erratum flags; another work's is an issue.

    The DOI and the PMID are one reference when PubMed lists the same DOI (or none).
    """
    summary = client.pubmed_summary(pmid)
    if summary is None:
        return FieldIssue("pmid", pmid, "", "PubMed has no such PMID")
    other = from_pubmed(summary)
    if other.doi and record.doi and other.doi.lower() != record.doi.lower():
        return FieldIssue("pmid", pmid, "", f"the PMID belongs to another work "
                                            f"(doi:{other.doi}: '{other.title}')")
    record.pmid = other.pmid or pmid
    record.updated_by += other.updated_by
    record.is_notice_for += other.is_notice_for
    record.retracted_flag = record.retracted_flag or other.retracted_flag
    return None


def _identified(entry, record: Record, how: str, client, ident: str) -> Verification:
    title = entry_title(entry)
    if title and title_relation(title, record.title) == DIFFERENT:
        # The identifier names another work: the title decides which work is meant.
        try:
            found = _by_search(entry, client)
        except Unreachable:
            found = Verification("unverifiable", "search")
        own = found.record
        wrong = FieldIssue(ident.lower(), record.doi if ident == "DOI" else record.pmid,
                           ((own.doi if ident == "DOI" else own.pmid) if own else "") or "",
                           f"the {ident} is registered for another work: '{record.title}'")
        if found.status in ("verified", "mismatch") and found.record is not None:
            found.issues.insert(0, wrong)
            found.status, found.how = "mismatch", how
            return found
        if found.status == "misattributed":
            return found
        wrong.registered = ""
        return Verification("mismatch", how, None, [wrong], candidates=[record],
                            reason=f"the {ident} resolves to '{record.title}' "
                                   f"({record.author_text(3)}, {record.year})")
    return _judged(entry, record, how)


def _judged(entry, record: Record, how: str) -> Verification:
    issues = compare(entry, record)
    status = "mismatch" if any(not i.minor for i in issues) else "verified"
    return Verification(status, how, record, issues)


# -- by search ---------------------------------------------------------------------
def crossref_query(entry) -> dict:
    """Only bibliographic fields: title, venue and year; the first author's family name."""
    cited, _ = people(entry)
    title = entry_title(entry).replace("{", "").replace("}", "")
    _, venue = entry_venue(entry)
    bibliographic = " ".join(x for x in (title, venue, entry_year(entry)[1]) if x)
    return {"bibliographic": bibliographic,
            "author": " ".join(cited[0].prelast_names + cited[0].last_names).replace(
                "{", "").replace("}", "") if cited else ""}


_PUBMED_STOPWORDS = {"and", "the", "for", "with", "from", "into", "its", "are", "was", "not"}


def pubmed_term(entry) -> str:
    """Title words, each required in the title (PubMed ignores its stopwords anyway)."""
    words = [w for w in normal(entry_title(entry)).split()
             if len(w) > 2 and w not in _PUBMED_STOPWORDS][:12]
    return " AND ".join(f"{w}[Title]" for w in words)


def _by_search(entry, client) -> Verification:
    title = entry_title(entry)
    if not normal(title):
        return Verification("unverifiable", "search", asked=False,
                            reason="nothing to look up: no DOI, PMID or title")
    query = crossref_query(entry)
    records = [from_crossref(item) for item in client.crossref_search(query)]
    decided = _decide(entry, records)
    if decided is not None:
        return decided
    if query["author"]:
        # A wrong author list steers the ranking to that author's works: ask by title alone,
        # which is how a misattributed title shows up.
        records += [from_crossref(item) for item in client.crossref_search(
            {"bibliographic": title.replace("{", "").replace("}", "")})]
        decided = _decide(entry, records)
        if decided is not None:
            return decided
    failure = ""
    try:
        ids = client.pubmed_search(pubmed_term(entry))
        summaries = client.pubmed_summaries(ids)
        pubmed = [from_pubmed(s) for s in summaries.values() if s is not None]
    except Unreachable as error:
        failure, pubmed = str(error), []
    decided = _decide(entry, records + pubmed)
    if decided is not None:
        return decided
    if failure:
        return Verification("unverifiable", "search",
                            reason=f"no match in Crossref; PubMed could not be asked ({failure})")
    return _not_found(entry, records + pubmed)


def _is_own(entry, record: Record, relation: str) -> bool:
    """The record is the entry's own work (not merely the same title)."""
    agrees = author_agrees(entry, record)
    if agrees is not None:
        if agrees:
            return True
        # The right work with a wrong first author: same title, venue and year.
        return relation == SAME and _venue_agrees(entry, record) and _year_close(entry, record)
    return _venue_agrees(entry, record) or (relation == SAME and _year_close(entry, record)
                                            and not entry_venue(entry)[1])


def _venue_agrees(entry, record: Record) -> bool:
    _, venue = entry_venue(entry)
    names = record.journals + ([record.preprint_server] if record.preprint_server else [])
    return bool(venue and names and venue_matches(venue, names))


def _year_close(entry, record: Record) -> bool:
    year = entry_year(entry)[1]
    return year.isdecimal() and any(abs(int(year) - y) <= 1
                                  for y in [record.year or 0] + record.other_years)


def _decide(entry, records: list[Record]) -> Verification | None:
    title = entry_title(entry)
    own: list[tuple[tuple, Record]] = []
    others: list[Record] = []
    for record in records:
        relation = title_relation(title, record.title)
        if relation == DIFFERENT:
            continue
        if _is_own(entry, record, relation):
            rank = (relation == SAME, _venue_agrees(entry, record), _year_close(entry, record),
                    record.service == "crossref", title_score(title, record.title))
            own.append((rank, record))
        elif relation == SAME:
            others.append(record)
    if own:
        own.sort(key=lambda pair: pair[0], reverse=True)
        return _judged(entry, own[0][1], "search")
    if others:
        work = others[0]
        who = work.author_text(3) or "a work with no registered authors"
        venue = work.journals[0] if work.journals else work.preprint_server or "?"
        cited, _ = people(entry)
        by = ", ".join(surname(p).title() for p in cited) or "the cited authors"
        return Verification(
            "misattributed", "search", other_work=work,
            reason=f"this title belongs to {who}, {venue} {work.year or ''}"
                   f"{f' (doi:{work.doi})' if work.doi else ''}"
                   f"{f' (PMID {work.pmid})' if work.pmid and not work.doi else ''}; "
                   f"no record of it by {by}".replace("  ", " "))
    return None


def _not_found(entry, records: list[Record]) -> Verification:
    title = entry_title(entry)
    # Both Crossref searches may return one work: name it once.
    unique = list({(r.service, r.doi or r.pmid or r.title): r for r in records}.values())
    # Only titles sharing most of their words are worth showing as "closest".
    ranked = [r for r in sorted(unique, key=lambda r: title_score(title, r.title),
                                reverse=True) if title_score(title, r.title) >= 0.5]
    near = [r for r in ranked if title_relation(title, r.title) == NEAR]
    reason = "no registered record with this title and these authors"
    if near:
        reason += f"; a near-miss title exists: '{near[0].title}' ({near[0].author_text(3)})"
    return Verification("not-found", "search", candidates=(near + [r for r in ranked
                                                                   if r not in near])[:3],
                        reason=reason)
