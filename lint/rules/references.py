"""REF: the BibTeX file parses and its entries are well formed."""

from __future__ import annotations

import datetime
import functools
import re


from lint.data import evidence_types, load_data
from lint.diagnostics import Severity
from lint.rules.base import Finding, Option, Scope, rule
from lint.sources.bibliography import field_span
from lint.sources.pages import is_preprint_identifier, parse_pages
from lint.verify.compare import normal as normal_title
from lint.verify.compare import people, same_surname, surname



def _bibliography_problems(corpus, kinds, suggestion=None, context=None):
    """Findings for the bibliography reader's problems of these kinds, each at its own line.

    The reader records problems as it parses; the rules only choose kinds and advice.
    A suggestion of None takes the problem's own hint.
    """
    bibliography = corpus.bibliography
    if bibliography is None:
        return
    for problem in bibliography.problems:
        if problem.kind in kinds:
            yield Finding(problem.span, problem.message, path=problem.path or bibliography.path,
                          suggestion=suggestion if suggestion is not None
                          else (problem.hint or None),
                          context=context(problem) if context else problem.message)

@rule("REF001", "bibtex-syntax-error", Severity.ERROR, scope=Scope.CORPUS, input_error=True)
def bibtex_syntax_error(corpus, context):
    """The bibliography file cannot be read or parsed as BibTeX.

    Why: entries after a syntax error may be lost or merged, so every later
    citation check would be unreliable; the run stops with exit code 2.

    Fails:

    ```markdown
    Text.
    ```

    ```bibtex
    @article{broken2020,
      author = {Broken, A.}
      title = {Missing comma above},
      year = {2020},
    }
    ```

    Passes:

    ```markdown
    Text [@fine2020].
    ```

    ```bibtex
    @article{fine2020,
      author = {Fine, A.},
      title = {Commas in place},
      journal = {J},
      year = {2020},
    }
    ```
    """
    yield from _bibliography_problems(corpus, ("syntax", "unreadable"))


@rule("REF002", "duplicate-reference-key", Severity.ERROR, scope=Scope.CORPUS)
def duplicate_reference_key(corpus, context):
    """Two bibliography entries share one key.

    Why: BibTeX keeps only one of them, so citations may silently point at
    the wrong source.

    Fails:

    ```markdown
    Cited [@twin2020].
    ```

    ```bibtex
    @article{twin2020, author = {One, A.}, title = {First}, journal = {J}, year = {2020}}
    @article{twin2020, author = {Two, B.}, title = {Second}, journal = {J}, year = {2020}}
    ```

    Passes:

    ```markdown
    Cited [@twin2020a] and [@twin2020b].
    ```

    ```bibtex
    @article{twin2020a, author = {One, A.}, title = {First}, journal = {J}, year = {2020}}
    @article{twin2020b, author = {Two, B.}, title = {Second}, journal = {J}, year = {2020}}
    ```
    """
    yield from _bibliography_problems(
        corpus, ("duplicate",), "rename one of the entries and update its citations",
        context=lambda problem: problem.key)


@rule("REF018", "undefined-bibtex-string", Severity.WARNING, scope=Scope.CORPUS)
def undefined_bibtex_string(corpus, context):
    """A field uses a BibTeX string (macro) that is never defined.

    `month = november` is a macro, not text; BibTeX defines only `jan` ...
    `dec`. BibTeX warns and leaves the field empty, and so does this check
    rather than stopping the run.

    Why: the field silently disappears from the rendered reference.

    Fails:

    ```markdown
    Cited [@flu2019].
    ```

    ```bibtex
    @article{flu2019, author = {A, B}, title = {T}, journal = {J}, year = {2019},
      month = november}
    ```

    Passes:

    ```markdown
    Cited [@flu2019].
    ```

    ```bibtex
    @article{flu2019, author = {A, B}, title = {T}, journal = {J}, year = {2019},
      month = nov}
    ```
    """
    yield from _bibliography_problems(
        corpus, ("macro",), "a month as the string BibTeX and biber predefine (month = nov); "
                            "other text in braces (publisher = {Wiley})")


@rule("REF019", "names-separated-by-commas", Severity.WARNING, scope=Scope.CORPUS)
def names_separated_by_commas(corpus, context):
    """An author or editor list separates names with commas instead of `and`.

    BibTeX reads `and` between names and at most two commas inside one name
    (`von Last, Jr, First`); a list such as `A. Smith, B. Jones, C. Lee, D. Park`
    is one name with too many commas. BibTeX reports it and goes on, pandoc
    reads one garbled name, and so this check warns at the field rather than
    stopping the run. Three names (two commas) BibTeX reads silently as one
    "Last, Jr, First"; they are reported when the Jr part has several words
    (`Carrie Wright, Shannon E. Ellis, Stephanie C. Hicks`), since a real one is
    one word (Jr, Sr, III).

    Why: the rendered reference shows wrong or missing authors.

    Fails:

    ```markdown
    Cited [@smith2020commas].
    ```

    ```bibtex
    @article{smith2020commas,
      author = {Ann Smith, Bo Jones, Cy Lee, Di Park},
      title = {Names in a List}, journal = {Journal of Things}, year = {2020}}
    ```

    Passes:

    ```markdown
    Cited [@smith2020commas].
    ```

    ```bibtex
    @article{smith2020commas,
      author = {Smith, Ann and Jones, Bo and Lee, Cy and Park, Di},
      title = {Names in a List}, journal = {Journal of Things}, year = {2020}}
    ```
    """
    yield from _bibliography_problems(
        corpus, ("names",), "separate the names with 'and' (Smith, A. and Jones, B.); "
                            "brace a name that holds commas ({Society, Inc.})")


@functools.cache
def _required_fields() -> dict[str, list[str]]:
    return load_data("bibtex_fields.yaml")["required"]


@rule("REF003", "missing-required-field", Severity.WARNING, scope=Scope.CORPUS,
      options={"required": Option({}, "extra or replacement required fields per entry "
                                      "type, e.g. { article = [\"doi\"] }")})
def missing_required_field(corpus, context):
    """A bibliography entry lacks a field its type requires.

    Required fields follow the BibTeX standard styles: an `article` needs
    author, title, journal and year; an `incollection` needs author, title,
    booktitle, publisher and year; `a|b` in the table means either will do.
    biblatex spellings count: `journaltitle` for journal, `date` for year,
    `location` for address, `institution` for school. The `required`
    option adds or replaces the list for an entry type.

    Why: an incomplete reference cannot be found or verified by a reader,
    and often marks a reference that was made up or copied carelessly.

    Fails:

    ```markdown
    Cited [@nojournal2020].
    ```

    ```bibtex
    @article{nojournal2020, author = {Smith, A.}, title = {Where was it published?},
      year = {2020}}
    ```

    Passes:

    ```markdown
    Cited [@complete2020].
    ```

    ```bibtex
    @article{complete2020, author = {Smith, A.}, title = {Complete},
      journal = {Journal of Things}, year = {2020}}
    ```
    """
    bibliography = corpus.bibliography
    if bibliography is None:
        return
    table = dict(_required_fields())
    table.update(context.options.get("required", {}))
    for key, entry in bibliography.entries.items():
        for requirement in table.get(entry.type, []):
            alternatives = requirement.split("|")
            if any(_has(entry, name) for name in alternatives):
                continue
            wanted = " or ".join(f"'{name}'" for name in alternatives)
            yield Finding(
                entry.span, f"@{entry.type} entry '{key}' has no {wanted} field",
                path=bibliography.file_of(key), context=f"{key} {requirement}",
                data={"key": key, "field": requirement})


def _has(entry, name: str) -> bool:
    if name in ("author", "editor"):
        return bool(entry.persons.get(name)) or bool(entry.fields.get(name, "").strip())
    return bool(entry.get(name))


_DOI = re.compile(r"^10\.\d{4,9}/\S+$")
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)


@rule("REF004", "invalid-doi", Severity.ERROR, scope=Scope.CORPUS)
def invalid_doi(corpus, context):
    """A `doi` field is not a bare DOI (`10.NNNN/suffix`).

    Why: a DOI with a `https://doi.org/` or `doi:` prefix, spaces or a
    wrong prefix breaks links and lookups in Crossref and PubMed.

    Fails:

    ```markdown
    Cited [@doi2020].
    ```

    ```bibtex
    @article{doi2020, author = {A, B}, title = {T}, journal = {J}, year = {2020},
      doi = {https://doi.org/10.1000/xyz123}}
    ```

    Passes:

    ```markdown
    Cited [@doi2020].
    ```

    ```bibtex
    @article{doi2020, author = {A, B}, title = {T}, journal = {J}, year = {2020},
      doi = {10.1000/xyz123}}
    ```
    """
    bibliography = corpus.bibliography
    if bibliography is None:
        return
    for key, entry in bibliography.entries.items():
        doi = entry.fields.get("doi", "").strip()
        if not doi or _DOI.match(doi):
            continue
        bare = _DOI_PREFIX.sub("", doi).strip()
        suggestion = (f"write the bare DOI: {bare}" if _DOI.match(bare)
                      else "a DOI starts with '10.' and a registrant code, e.g. 10.1000/xyz")
        yield Finding(field_span(bibliography, entry, "doi"),
                      f"'{key}' has an invalid DOI '{doi}'", suggestion=suggestion,
                      path=bibliography.file_of(key), context=f"{key} {doi}")


# "--" and the en dash it typesets as: biber, pandoc's citeproc and BibTeX under UTF-8 print
# "570–571" as written, and Crossref's BibTeX (doi.org) writes every range so, unspaced;
# a spaced en dash ("429 – 438") is typed by hand and prints its spaces.
_RANGE_DASHES = ("--", "\u2013")
_SPACED_EN_DASH = re.compile(r"\s\u2013|\u2013\s")


@rule("REF005", "invalid-page-range", Severity.WARNING, scope=Scope.CORPUS)
def invalid_page_range(corpus, context):
    """A `pages` field is not a page range BibTeX and readers can use.

    Ranges are written `137--143` (two hyphens, or the en dash they make,
    unspaced: `137–143`, as Crossref's BibTeX writes them), start no later than end,
    in full (`637--641`, not `637-41`); a single page or article number
    (`12906`), electronic pages (`e676--e677`), ACM's pages of an article
    (`10:1--10:17`) and Cell Press's supplement pages (`380--394.e4`) are
    fine.

    Why: a malformed range renders wrongly and makes a reference harder to
    verify; an abbreviated or reversed one is a common copying error.

    Fails:

    ```markdown
    Cited [@pages2020].
    ```

    ```bibtex
    @article{pages2020, author = {A, B}, title = {T}, journal = {J}, year = {2020},
      pages = {637-41}}
    ```

    Passes:

    ```markdown
    Cited [@pages2020].
    ```

    ```bibtex
    @article{pages2020, author = {A, B}, title = {T}, journal = {J}, year = {2020},
      pages = {637--641}}
    ```

    An ACM article's pages (OHDSI/TheBookOfOhdsi's book.bib, CC0):

    ```markdown
    Cited [@suchard_2013].
    ```

    ```bibtex
    @article{suchard_2013, author = {Suchard, Marc A.}, title = {Massive Parallelization},
      journal = {ACM Trans. Model. Comput. Simul.}, year = {2013}, pages = {10:1--10:17}}
    ```
    """
    bibliography = corpus.bibliography
    if bibliography is None:
        return
    for key, entry in bibliography.entries.items():
        text = entry.fields.get("pages", "").strip()
        if not text:
            continue
        span = field_span(bibliography, entry, "pages")
        parsed = parse_pages(text)
        problem = None
        if parsed is None and is_preprint_identifier(text):
            continue
        if parsed is None:
            problem = f"'{key}' has an unreadable page range '{text}'"
        elif parsed.end < parsed.start:
            problem = f"'{key}' has a page range that ends before it starts ('{text}')"
        elif parsed.abbreviated:
            problem = f"'{key}' has an abbreviated page range '{text}'"
        elif parsed.dash and (parsed.dash not in _RANGE_DASHES
                              or (parsed.dash == "\u2013" and _SPACED_EN_DASH.search(text))):
            problem = f"'{key}' separates its page range with '{parsed.dash}' instead of '--'"
        if problem:
            fix = parsed.bibtex() if parsed and parsed.end >= parsed.start else None
            yield Finding(span, problem, path=bibliography.file_of(key),
                          suggestion=f"write pages = {{{fix}}}" if fix else None,
                          context=f"{key} {text}")


@rule("REF006", "implausible-year", Severity.WARNING, scope=Scope.CORPUS,
      options={"earliest": Option(1800, "earliest plausible publication year", minimum=1)})
def implausible_year(corpus, context):
    """A `year` is not a four-digit year between the configured earliest and next year.

    Why: a future or impossible year is a typo or an invented reference,
    and it breaks sorting and verification.

    Fails:

    ```markdown
    Cited [@future2999].
    ```

    ```bibtex
    @article{future2999, author = {A, B}, title = {T}, journal = {J}, year = {2999}}
    ```

    Passes:

    ```markdown
    Cited [@past2013].
    ```

    ```bibtex
    @article{past2013, author = {A, B}, title = {T}, journal = {J}, year = {2013}}
    ```
    """
    bibliography = corpus.bibliography
    if bibliography is None:
        return
    latest = datetime.date.today().year + 1
    earliest = int(context.options.get("earliest", 1800))
    for key, entry in bibliography.entries.items():
        year = entry.fields.get("year", "").strip()
        if not year:
            continue
        if not re.fullmatch(r"\d{4}", year) or not earliest <= int(year) <= latest:
            yield Finding(field_span(bibliography, entry, "year"),
                          f"'{key}' has an implausible year '{year}' "
                          f"(expected {earliest}–{latest})",
                          path=bibliography.file_of(key), context=f"{key} {year}")


@rule("REF007", "truncated-author-list", Severity.WARNING, scope=Scope.CORPUS)
def truncated_author_list(corpus, context):
    """An author list is cut short with `and others` or "et al.".

    Why: the full list is what lets a reviewer verify a reference and tell
    it from a similar one; "et al." belongs to the rendered citation style,
    not to the data.

    Fails:

    ```markdown
    Cited [@etal2018].
    ```

    ```bibtex
    @article{etal2018, author = {Wenkler, B. and others}, title = {T}, journal = {J},
      year = {2018}}
    ```

    Passes:

    ```markdown
    Cited [@full2018].
    ```

    ```bibtex
    @article{full2018, author = {Wenkler, B. and Smith, C.}, title = {T}, journal = {J},
      year = {2018}}
    ```
    """
    bibliography = corpus.bibliography
    if bibliography is None:
        return
    for key, entry in bibliography.entries.items():
        for role in ("author", "editor"):
            people = entry.persons.get(role, [])
            raw = entry.fields.get(role, "")
            etal = re.search(r"\bet\.?\s*al\b\.?", raw + " ".join(people), re.IGNORECASE)
            if any(p.strip().lower() == "others" for p in people) or etal:
                written = "and others" if not etal else etal.group()
                yield Finding(field_span(bibliography, entry, role),
                              f"'{key}' cuts its {role} list short ('{written}')",
                              suggestion=f"list every {role}",
                              path=bibliography.file_of(key),
                              context=f"{key} {role}")


@rule("REF008", "duplicate-entry", Severity.WARNING, scope=Scope.CORPUS)
def duplicate_entry(corpus, context):
    """Two entries under different keys describe the same work (same DOI, or same title and year).

    Why: the same source cited under two keys inflates the apparent number
    of sources and lets the two copies drift apart.

    Fails:

    ```markdown
    Cited [@one2020] and [@two2020].
    ```

    ```bibtex
    @article{one2020, author = {A, B}, title = {Same Title}, journal = {J}, year = {2020}}
    @article{two2020, author = {A, B}, title = {Same  title.}, journal = {J}, year = {2020}}
    ```

    Passes:

    ```markdown
    Cited [@one2020] and [@two2021].
    ```

    ```bibtex
    @article{one2020, author = {A, B}, title = {Same Title}, journal = {J}, year = {2020}}
    @article{two2021, author = {A, B}, title = {Other Title}, journal = {J}, year = {2021}}
    ```
    """
    bibliography = corpus.bibliography
    if bibliography is None:
        return
    # Every key under each identity: a letter, its reply and the reply again share a title;
    # the third entry duplicates the second, not the first.
    seen: dict[tuple, list[str]] = {}
    for key, entry in bibliography.entries.items():
        identities = []
        doi = entry.fields.get("doi", "").strip().lower()
        if doi:
            identities.append(("doi", _DOI_PREFIX.sub("", doi)))
        title = normal_title(entry.fields.get("title", ""))
        year = entry.get("year")
        if title and year:  # without a year, one title may name different works
            identities.append(("title", title, year))
        found = None
        for identity in identities:
            earlier = seen.setdefault(identity, [])
            if found is None:
                found = next(((identity, other) for other in earlier
                              if identity[0] == "doi" or not _other_authors(
                                  bibliography.entries[other], entry)), None)
            earlier.append(key)
        if found is not None:
            identity, other = found
            what = "DOI" if identity[0] == "doi" else "title and year"
            yield Finding(entry.span, f"'{key}' has the same {what} as '{other}'",
                          suggestion=f"keep one entry and cite '{other}' everywhere",
                          path=bibliography.file_of(key), context=f"{key} {other}")


def _surnames(entry) -> list[str]:
    """The authors' family names as BibTeX reads them (von part kept, "others" dropped,
    a generational suffix written among the last names dropped: "John Smith Jr."). A
    single braced name is a corporate author ("{WHO}"), which has no surname."""
    persons, _ = people(entry)
    written = entry.persons.get("author", [])
    if len(written) == 1 and written[0].strip().startswith("{") \
            and written[0].strip().endswith("}"):
        return []
    suffixes = _name_suffixes()
    names = []
    for person in persons:
        words = [w for w in surname(person).split() if w not in suffixes]
        if words:
            names.append(" ".join(words))
    return names


@functools.cache
def _name_suffixes() -> frozenset[str]:
    return frozenset(load_data("bibtex_fields.yaml")["name_suffixes"])


def _other_authors(one, two) -> bool:
    """Both entries name authors and no surname is shared: two works under one title (a
    journal's letter and the authors' "In Reply" carry the letter's title)."""
    first, second = _surnames(one), _surnames(two)
    return bool(first) and bool(second) and not any(
        same_surname(a, b) for a in first for b in second)


@rule("REF009", "unknown-evidence-type", Severity.WARNING, scope=Scope.CORPUS,
      needs_annotations=True)
def unknown_evidence_type(corpus, context):
    """An entry's `evidence` field names a type the evidence vocabulary does not know.

    The `evidence` field records what kind of source an entry is
    (`systematic-review`, `rct`, `cohort`, `narrative-review`,
    `conference-abstract`, `book-chapter` ...; the list and each type's
    strength are in lint/data/evidence_types.yaml). Without it the type is
    recognised from the entry where possible.

    Why: the evidence-strength checks read this type; a misspelt value
    would silently count as unknown.

    Fails:

    ```markdown
    Cited [@abs2018].
    ```

    ```bibtex
    @article{abs2018, author = {A, B}, title = {T}, journal = {J}, year = {2018},
      evidence = {abstract}}
    ```

    Passes:

    ```markdown
    Cited [@abs2018].
    ```

    ```bibtex
    @article{abs2018, author = {A, B}, title = {T}, journal = {J}, year = {2018},
      evidence = {conference-abstract}}
    ```
    """
    bibliography = corpus.bibliography
    if bibliography is None:
        return
    known = ", ".join(evidence_types())
    for key, entry in bibliography.entries.items():
        judged = entry.annotations.evidence
        if judged is not None and judged.stated and judged.type is None:
            yield Finding(field_span(bibliography, entry, "evidence"),
                          f"'{key}' has an unknown evidence type '{judged.label}'",
                          suggestion=f"use one of: {known}",
                          path=bibliography.file_of(key),
                          context=f"{key} {judged.label}")


@rule("REF010", "weak-source", Severity.INFO, scope=Scope.CORPUS, needs_annotations=True)
def weak_source(corpus, context):
    """A claim rests on a weak kind of evidence (an abstract, a chapter, a preprint ...).

    The type comes from the entry's `evidence` field or is recognised from
    it (a supplement page such as `e676`, an `@incollection`, "review" or
    "perspective" in the title, an arXiv venue); the finding says which, and
    names the claim that cites it (the first, and how many others). An entry
    cited only where no claim is made (a method, software, further reading)
    or not cited in the checked articles is not reported: the claim judgment
    is the detector's (annotate/status.py), read here, not made again. Nor
    is one cited only by sentences that point the reader to it ("A discussion
    of X can be found in [@key]", "For a review, see [@key]": annotate/
    citing_claims.py): a review is the right source to point to.

    Why: reviewers should know which claims rest on sources that were not
    peer-reviewed in full or that summarise rather than test.

    Fails:

    {{claim-on-abstract}}

    Passes:

    ```markdown
    Age predicts the return of sperm after testosterone therapy [@trial2018].
    ```

    ```bibtex
    @article{trial2018, author = {A, B}, title = {A Randomised Trial},
      journal = {Journal of Urology}, year = {2018}, pages = {676--684}, evidence = {rct}}
    ```

    A preprint cited for the method a chapter uses (from elizavetasemenova/prob-epi,
    MIT):

    ```markdown
    For an in-depth course on Monte Carlo, see [@sanz2024first].
    ```

    ```bibtex
    @article{sanz2024first, author = {Sanz-Alonso, Daniel and Al-Ghattas, Omar},
      title = {A First Course in Monte Carlo Methods}, journal = {arXiv preprint
      arXiv:2405.16359}, year = {2024}}
    ```

    A review the reader is pointed to (andreashandel/IDEMAbook, measured only; our words):

    ```markdown
    A discussion of seasonal cycles in cholera outbreaks can be found in [@cycles2008].
    ```

    ```bibtex
    @article{cycles2008, author = {Lane, A.}, title = {Cholera cycles: a review},
      journal = {J}, year = {2008}}
    ```
    """
    bibliography = corpus.bibliography
    if bibliography is None:
        return
    claims = _claims_citing(corpus)
    for key, entry in bibliography.entries.items():
        judged = entry.annotations.evidence
        cited_by = claims.get(key)
        if judged is None or judged.strength != "weak" or not cited_by:
            continue
        path, first = cited_by[0]
        others = len(cited_by) - 1
        more = f" (and {others} other claim{'s' if others != 1 else ''})" if others else ""
        yield Finding(entry.span, f"'{key}' is weak evidence for a health claim: "
                                  f"{judged.label} ({judged.reason}); cited by "
                                  f"{path}:{first.sentence.span.start.line} "
                                  f"'{_excerpt(first.sentence.text)}'{more}",
                      path=bibliography.file_of(key), context=f"{key} {judged.type}",
                      data={"evidence_type": judged.type, "reason": judged.reason,
                            "claims": [{"file": where, "line": c.sentence.span.start.line,
                                        "sentence": c.sentence.text, "why": c.reason}
                                       for where, c in cited_by]})


def _claims_citing(corpus) -> dict[str, list]:
    """Entry key -> (path, CitingClaim) of the checked articles' claims citing it, in order.

    Only analysed articles carry the claim judgment; a Manubot identifier counts for the
    entry it stands for.
    """
    aliases = corpus.aliases
    found: dict[str, list] = {}
    for document in corpus.documents:
        for claim in document.annotations.citing_claims:
            keys: dict[str, None] = {}
            for citation in claim.sentence.citations:
                if citation.key in claim.pointed:
                    continue  # further reading, not evidence for what the sentence says
                named = aliases.cited_keys(citation) if aliases is not None else {citation.key}
                keys.update(dict.fromkeys(sorted(named)))
            for key in keys:
                found.setdefault(key, []).append((document.path, claim))
    return found


def _excerpt(text: str, words: int = 12) -> str:
    split = text.split()
    return " ".join(split[:words]) + (" …" if len(split) > words else "")
