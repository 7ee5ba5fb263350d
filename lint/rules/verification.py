"""REF (online, opt-in): each reference exists, matches its registered record, is not retracted.

These rules read what `--online` verification stored on each entry
(lint/verify); without `--online` (or `online = true`) they report nothing.
"""

from __future__ import annotations

from lint.diagnostics import Severity
from lint.rules.base import Finding, Scope, rule
from lint.sources.bibliography import field_span
from lint.verify.identifiers import cited_identifiers

def _verified(corpus):
    bibliography = corpus.bibliography
    if bibliography is None:
        return
    for key, entry in bibliography.entries.items():
        result = entry.annotations.verification
        if result is not None:
            yield bibliography, key, entry, result


def _identifiers(corpus):
    """(citation of a Manubot identifier, its verdict): one per citation, where it stands."""
    if not corpus.identifiers:
        return
    for cited in cited_identifiers(corpus.documents, corpus.aliases, corpus.bibliography):
        result = corpus.identifiers.get(cited.key)
        if result is not None:
            yield cited, result


def _cited_as(cited) -> str:
    """The identifier as cited, with the tag it was cited through."""
    written = cited.citation.key
    return f"'{cited.key}' (cited as @{written})" if written != cited.key else f"'{cited.key}'"


def _where(record) -> str:
    if record is None:
        return ""
    ident = f"doi:{record.doi}" if record.doi else f"PMID {record.pmid}" if record.pmid else ""
    return f"{record.service} {ident}".strip()


def _data(key, result, record=None, **extra) -> dict:
    """What a finding carries in JSON: the entry, the verdict and the record's identifiers."""
    record = record if record is not None else result.record
    data = {"key": key, "status": result.status,
            "doi": record.doi or None if record else None,
            "pmid": record.pmid or None if record else None}
    data.update(extra)
    return data


def _year_by_one(issue) -> bool:
    return issue.field in ("year", "date") and "by one" in issue.message


@rule("REF011", "reference-not-found", Severity.WARNING, scope=Scope.CORPUS)
def reference_not_found(corpus, context):
    """No registered record matches the reference (online check).

    With a DOI or PMID: the registry does not know it. Without: neither a
    Crossref bibliographic search nor a PubMed title search finds a record
    with this title (compared word by word, see lint/verify/compare.py) by
    these authors; titles sharing most of their words, including near
    misses, are named. A Manubot identifier cited without an entry
    (`[@doi:...]`, `[@pmid:...]`, or a `@tag:` standing for one) is reported
    at each citation: a DOI no registration agency knows, a PMID PubMed
    does not know.

    Why: a reference nobody can find may not exist — a common failure of
    AI-assisted writing.

    Fails:

    ```markdown
    Cited [@doi:10.5555/ghost].
    ```

    ```json
    {"search": []}
    ```

    ```markdown
    Cited [@ghost2020].
    ```

    ```bibtex
    @article{ghost2020, author = {Ghost, A.}, title = {A Study Nobody Wrote},
      journal = {J}, year = {2020}}
    ```

    ```json
    {"search": [{"DOI": "10.5555/y", "title": ["Something Else Entirely"],
      "author": [{"family": "Other"}], "issued": {"date-parts": [[2011]]}}]}
    ```

    Passes:

    {{verified-reference}}
    """
    for bibliography, key, entry, result in _verified(corpus):
        if result.status != "not-found":
            continue
        candidates = "; ".join(f"'{c.title[:70]}' ({c.year}, {_where(c)})"
                               for c in result.candidates[:3])
        yield Finding(entry.span, f"'{key}': no registered record found ({result.reason})",
                      suggestion=f"closest records: {candidates}" if candidates else
                      "check the reference; it may not exist",
                      path=bibliography.file_of(key), context=f"{key} not found",
                      data=_data(key, result, candidates=[
                          {"title": c.title, "year": c.year, "doi": c.doi or None,
                           "pmid": c.pmid or None} for c in result.candidates[:3]]))
    for cited, result in _identifiers(corpus):
        if result.status == "not-found":
            yield Finding(cited.citation.span,
                          f"{_cited_as(cited)}: not found ({result.reason})",
                          suggestion="check the identifier; the work may not exist",
                          path=cited.path, context=f"{cited.key} not found",
                          data=_data(cited.key, result))


@rule("REF012", "metadata-mismatch", Severity.WARNING, scope=Scope.CORPUS)
def metadata_mismatch(corpus, context):
    """A field of the reference differs from its registered record (online check).

    Only for the entry's own record (same or near-miss title and first
    author). Compared: title word by word (a near miss is named as such),
    authors (first, count, names; "and others" accepted), year (the print
    year; an online-first year only when no print date is registered),
    journal / booktitle / preprint server (full or abbreviated, or ISSN),
    volume, issue, pages (abbreviated ranges expanded), entry type and the
    DOI / PMID themselves. One finding per field with the registered value;
    a one-year difference in the year is REF017 (info).

    Why: a real title under the wrong year, journal or pages sends readers
    to the wrong place and is a sign the reference was not checked.

    Fails:

    ```markdown
    Cited [@w2018].
    ```

    ```bibtex
    @article{w2018, author = {Testperson, A. and Probandt, B.},
      title = {Duration of Fictional Hormone Therapy Predicts Recovery},
      journal = {Journal of Fictional Andrology}, volume = {198}, number = {4},
      pages = {e676--e677},
      year = {2018}, doi = {10.5555/x1}}
    ```

    {{w2018-record}}

    Passes:

    {{verified-reference}}
    """
    for bibliography, key, entry, result in _verified(corpus):
        if result.status != "mismatch":
            continue
        for issue in result.issues:
            if issue.minor or _year_by_one(issue):
                continue
            span = (field_span(bibliography, entry, issue.field) if issue.field != "type"
                    else entry.span)
            registered = issue.registered or "(another work)"
            where = _where(result.record) or _where(result.candidates[0] if result.candidates
                                                    else None)
            # Author lists are shown, not offered as a field value to paste.
            suggestion = (f"{issue.field} = {{{issue.registered}}}" if issue.registered
                          and issue.field not in ("author", "type", "title") else
                          f"registered: {issue.registered}" if issue.registered else
                          "check the identifier")
            yield Finding(span,
                          f"'{key}': {issue.message}: cited '{issue.cited}', registered "
                          f"'{registered}'" + (f" ({where})" if where else ""),
                          suggestion=suggestion,
                          path=bibliography.file_of(key), context=f"{key} {issue.field}",
                          data=_data(key, result, field=issue.field, found=issue.cited,
                                     expected=issue.registered))


@rule("REF013", "misattributed-reference", Severity.WARNING, scope=Scope.CORPUS)
def misattributed_reference(corpus, context):
    """The title exists, but is registered for other authors and another venue (online check).

    The finding names the real work (authors, title, venue, year, DOI);
    the entry is never "corrected" into it, and `refs suggest` offers
    nothing. Decided before any record is accepted as the entry's own, so
    a year off by one never turns another work into a mismatch.

    Why: a real title under invented authors or journal is the signature
    of a fabricated or confused citation.

    Fails:

    ```markdown
    Cited [@x2019].
    ```

    ```bibtex
    @article{x2019, author = {Invented, Q.},
      title = {Duration of Fictional Hormone Therapy Predicts Recovery},
      journal = {Andrology}, year = {2010}}
    ```

    ```json
    {"search": [{"DOI": "10.5555/x1", "type": "journal-article",
      "title": ["Duration of Fictional Hormone Therapy Predicts Recovery"],
      "author": [{"family": "Testperson", "given": "A."}, {"family": "Probandt", "given": "B."}],
      "container-title": ["The Journal of Fictional Andrology"],
      "short-container-title": ["J Fict Androl"],
      "volume": "199", "issue": "4", "page": "e676-e677",
      "issued": {"date-parts": [[2018, 4]]}}]}
    ```

    Passes:

    {{verified-reference}}
    """
    for bibliography, key, entry, result in _verified(corpus):
        if result.status != "misattributed" or result.other_work is None:
            continue
        work = result.other_work
        authors = work.author_text(3) or "no authors registered"
        venue = work.journals[0] if work.journals else work.preprint_server or "?"
        yield Finding(entry.span,
                      f"'{key}': this title belongs to a different work: {authors}, "
                      f"'{work.title}', {venue} {work.year or ''} ({_where(work)})",
                      suggestion="find the source meant; if it is this work, cite its own "
                                 "authors, venue and year",
                      path=bibliography.file_of(key), context=f"{key} misattributed",
                      data=_data(key, result, work, title=work.title,
                                 authors=work.authors, venue=venue, year=work.year))


@rule("REF014", "retracted-reference", Severity.ERROR, scope=Scope.CORPUS)
def retracted_reference(corpus, context):
    """The cited work is retracted or withdrawn, or is itself a retraction notice (online check).

    From Crossref `updated-by` (type retraction, withdrawal, removal) or a
    "RETRACTED:" title, `update-to` for a notice, and PubMed's "Retracted
    Publication" / "Retraction of Publication". Corrections and expressions
    of concern are REF015, never this. A retracted Manubot identifier
    (`[@doi:...]`, `[@pmid:...]`) is reported at each citation of it.

    Why: a retracted paper cannot support a health claim.

    Fails:

    ```markdown
    Cited [@pmid:11111111].
    ```

    ```json
    {"pubmed": {"uid": "11111111", "title": "A Retracted Paper.",
      "pubtype": ["Journal Article", "Retracted Publication"],
      "authors": [{"name": "Author A", "authtype": "Author"}],
      "pubdate": "1998 Feb 28", "fulljournalname": "Journal", "source": "J",
      "articleids": [{"idtype": "pubmed", "value": "11111111"}]}}
    ```

    ```markdown
    Cited [@w2018].
    ```

    {{w2018-entry}}

    ```json
    {"crossref": {"DOI": "10.5555/x1", "type": "journal-article",
      "title": ["Duration of Fictional Hormone Therapy Predicts Recovery"],
      "author": [{"family": "Testperson", "given": "A."}, {"family": "Probandt", "given": "B."}],
      "container-title": ["The Journal of Fictional Andrology"],
      "short-container-title": ["J Fict Androl"],
      "volume": "199", "issue": "4", "page": "e676-e677",
      "updated-by": [{"type": "retraction", "DOI": "10.5555/notice", "source": "publisher"}],
      "issued": {"date-parts": [[2018, 4]]}}}
    ```

    Passes:

    {{verified-reference}}
    """
    for bibliography, key, entry, result in _verified(corpus):
        state = result.retraction
        if state in ("retracted", "is a retraction notice"):
            notice = next((u.doi for u in result.record.updated_by
                           if "retract" in u.kind and u.doi), "")
            yield _notice_finding(bibliography, key, entry, result, state, notice,
                                  "remove the citation and any claim resting on it")
    for cited, result in _identifiers(corpus):
        if result.retraction in ("retracted", "is a retraction notice"):
            yield _identifier_notice(cited, result, result.retraction,
                                     "remove the citation and any claim resting on it")


@rule("REF015", "corrected-reference", Severity.WARNING, scope=Scope.CORPUS)
def corrected_reference(corpus, context):
    """The cited work carries a correction or an expression of concern (online check).

    Why: the claim may rest on a part of the paper that was corrected or
    that the publisher no longer stands behind.

    Fails:

    ```markdown
    Cited [@w2018].
    ```

    {{w2018-entry}}

    ```json
    {"crossref": {"DOI": "10.5555/x1", "type": "journal-article",
      "title": ["Duration of Fictional Hormone Therapy Predicts Recovery"],
      "author": [{"family": "Testperson", "given": "A."}, {"family": "Probandt", "given": "B."}],
      "container-title": ["The Journal of Fictional Andrology"],
      "short-container-title": ["J Fict Androl"],
      "volume": "199", "issue": "4", "page": "e676-e677",
      "updated-by": [{"type": "correction", "DOI": "10.5555/fix", "source": "publisher"}],
      "issued": {"date-parts": [[2018, 4]]}}}
    ```

    Passes:

    {{verified-reference}}
    """
    for bibliography, key, entry, result in _verified(corpus):
        state = result.retraction
        if state in ("corrected", "expression of concern"):
            what = "a correction" if state == "corrected" else "an expression of concern"
            notice = next((u.doi for u in result.record.updated_by if u.doi and u.kind not in
                           ("retraction", "withdrawal", "removal")), "")
            yield _notice_finding(bibliography, key, entry, result, f"has {what}", notice,
                                  "read the notice and check the claims that cite it")
    for cited, result in _identifiers(corpus):
        state = result.retraction
        if state in ("corrected", "expression of concern"):
            what = "a correction" if state == "corrected" else "an expression of concern"
            yield _identifier_notice(cited, result, f"has {what}",
                                     "read the notice and check the claims that cite it")


def _notice_finding(bibliography, key, entry, result, says: str, notice: str,
                    suggestion: str) -> Finding:
    """An entry the registry marks as updated: what it is, where it is registered, the notice."""
    return Finding(entry.span, f"'{key}' {says} ({_where(result.record)}"
                               + (f"; notice doi:{notice}" if notice else "") + ")",
                   suggestion=suggestion, path=bibliography.file_of(key),
                   context=f"{key} {result.retraction}",
                   data=_data(key, result, state=result.retraction, notice=notice or None))


def _identifier_notice(cited, result, says: str, suggestion: str) -> Finding:
    """A cited identifier the registry marks as updated, at the citation."""
    return Finding(cited.citation.span, f"{_cited_as(cited)} {says} ({_where(result.record)})",
                   suggestion=suggestion, path=cited.path,
                   context=f"{cited.key} {result.retraction}",
                   data=_data(cited.key, result, state=result.retraction))


@rule("REF016", "reference-unverifiable", Severity.WARNING, scope=Scope.CORPUS)
def reference_unverifiable(corpus, context):
    """The registry could not be reached or answered badly, so the reference is unverified.

    Never reported as "not found": a timeout, refused connection, 429/5xx
    after retries, an HTML page (captive portal), cut JSON or a 404 from a
    wrong base URL only means the check did not happen. Never cached: the
    next run with the network back asks again. An entry with no DOI, PMID
    or title is unverifiable too: there is nothing to look up.

    Why: CI should show that verification did not run, without failing an
    article for a network outage (set its severity to taste).

    Fails:

    ```markdown
    Cited [@w2018].
    ```

    {{w2018-entry}}

    ```json
    {"status": 500}
    ```

    Passes:

    {{verified-reference}}
    """
    for bibliography, key, entry, result in _verified(corpus):
        if result.status == "unverifiable":
            yield Finding(entry.span, f"'{key}' could not be verified: {result.reason}",
                          suggestion="run again when the service is reachable" if result.asked
                          else "add the work's DOI, PMID or title",
                          path=bibliography.file_of(key), context=f"{key} unverifiable",
                          data=_data(key, result, reason=result.reason))
    for cited, result in _identifiers(corpus):
        # Schemes no registry is asked for (ISBN, URL ...) are a run note, not a finding.
        if result.status == "unverifiable" and result.asked:
            yield Finding(cited.citation.span,
                          f"{_cited_as(cited)} could not be verified: {result.reason}",
                          suggestion="run again when the service is reachable",
                          path=cited.path, context=f"{cited.key} unverifiable",
                          data=_data(cited.key, result, reason=result.reason))


@rule("REF017", "publication-year-off-by-one", Severity.INFO, scope=Scope.CORPUS)
def publication_year_off_by_one(corpus, context):
    """The year differs from the registered record by one (online check).

    Why: online-first and print dates often straddle a year end; worth a
    look, not an error.

    Fails:

    ```markdown
    Cited [@w2018].
    ```

    ```bibtex
    @article{w2018, author = {Testperson, A. and Probandt, B.},
      title = {Duration of Fictional Hormone Therapy Predicts Recovery},
      journal = {Journal of Fictional Andrology}, volume = {199}, number = {4},
      pages = {e676--e677},
      year = {2017}, doi = {10.5555/x1}}
    ```

    {{w2018-record}}

    Passes:

    {{verified-reference}}
    """
    for bibliography, key, entry, result in _verified(corpus):
        if result.status != "mismatch":
            continue
        for issue in result.issues:
            if _year_by_one(issue):
                yield Finding(field_span(bibliography, entry, issue.field),
                              f"'{key}': year {issue.cited}, registered {issue.registered} "
                              f"({_where(result.record)})",
                              suggestion=f"{issue.field} = {{{issue.registered}}}",
                              path=bibliography.file_of(key), context=f"{key} year",
                              data=_data(key, result, field="year", found=issue.cited,
                                         expected=issue.registered))
