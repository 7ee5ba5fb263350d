"""`refs verify` table or JSON and `refs suggest` BibTeX, from verification results."""

from __future__ import annotations

import json

import re

from pybtex.database.input.bibtex import Parser

from lint.verify.records import RETRACTED_MARK


def _results(bibliography):
    for key, entry in bibliography.entries.items():
        result = entry.annotations.verification
        if result is not None:
            yield key, entry, result


def _where(record) -> str:
    if record is None:
        return "-"
    return (f"doi:{record.doi}" if record.doi else f"PMID {record.pmid}" if record.pmid
            else record.service)


def _problems(result) -> str:
    if result.status == "misattributed":
        return result.reason
    shown = "; ".join(f"{i.field}: {i.cited or '(none)'} → {i.registered}"
                      + (f" ({i.message})" if i.field in ("author", "title", "doi", "pmid",
                                                          "editor") else "")
                      for i in result.issues)
    return shown or result.reason or ""


def _identifier_rows(cited, verdicts) -> list[tuple[str, object, list[str]]]:
    """(identifier, verdict, where it is cited) per identifier, in order of first citation."""
    places: dict[str, list[str]] = {}
    for item in cited or []:
        line = item.citation.span.start.line
        places.setdefault(item.key, []).append(f"{item.path}:{line}")
    return [(key, verdicts[key], where) for key, where in places.items() if key in verdicts]


def verification_table(bibliography, broken: dict[str, str] | None = None,
                       cited=None, verdicts: dict | None = None) -> str:
    """One row per entry, then one per identifier cited (Manubot's `@doi:` ...)."""
    rows = [("key", "status", "via", "record", "problems")]
    entries = _results(bibliography) if bibliography is not None else []
    for key, entry, result in entries:
        state = result.retraction
        status = result.status + (f" ({state})" if state else "")
        record = result.record or result.other_work
        rows.append((key, status, result.how, _where(record), _problems(result)))
    for key, message in (broken or {}).items():
        rows.append((key, "unverifiable", "-", "-", message))
    for key, result, where in _identifier_rows(cited, verdicts or {}):
        state = result.retraction
        status = result.status + (f" ({state})" if state else "")
        shown = ", ".join(where[:3]) + (f" and {len(where) - 3} more" if len(where) > 3 else "")
        problems = "; ".join(x for x in (_problems(result), f"cited at {shown}") if x)
        rows.append((key, status, result.how, _where(result.record), problems))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = ["  ".join(row[i].ljust(widths[i]) for i in range(4)) + "  " + row[4]
             for row in rows]
    return "\n".join(line.rstrip() for line in lines) + "\n"


def verification_json(bibliography, broken: dict[str, str] | None = None,
                      cited=None, verdicts: dict | None = None) -> str:
    entries = [{"key": key, **result.as_dict()} for key, _, result in
               (_results(bibliography) if bibliography is not None else [])]
    entries += [{"key": key, "status": "unverifiable", "via": None, "reason": message,
                 "retraction": None, "record": None, "other_work": None, "issues": [],
                 "candidates": []} for key, message in (broken or {}).items()]
    identifiers = [{"key": key, **result.as_dict(), "cited_at": where}
                   for key, result, where in _identifier_rows(cited, verdicts or {})]
    counts: dict[str, int] = {}
    for item in entries + identifiers:
        counts[item["status"]] = counts.get(item["status"], 0) + 1
    return json.dumps({"entries": entries, "identifiers": identifiers, "counts": counts},
                      indent=2, ensure_ascii=False) + "\n"


def _protect(title: str) -> str:
    """Braces keep acronyms and capitals ("{NGF}") as registered; unbalanced braces dropped."""
    title = re.sub(r"<[^>]+>", "", title).replace("{", "").replace("}", "")
    return re.sub(r"\b([A-Za-z]*[A-Z][A-Za-z0-9-]*[A-Z0-9][A-Za-z0-9-]*)\b", r"{\1}", title)


_ENTRY_TYPE = {"journal-article": "article", "book-chapter": "incollection", "book": "book",
               "proceedings-article": "inproceedings", "posted-content": "misc",
               "monograph": "book", "edited-book": "book", "report": "techreport",
               "dissertation": "phdthesis"}


def bibtex_from_record(key: str, entry, record) -> str:
    """The entry as its own registered record has it, full names, for the editor to review.

    Only ever called with the entry's own record (verified or mismatch), never with the
    work a misattributed title belongs to.
    """
    entry_type = _ENTRY_TYPE.get(record.type, entry.type)
    fields = []
    title = RETRACTED_MARK.sub("", record.title).strip()
    if title:
        fields.append(("title", _protect(title)))
    venue = record.journals[0] if record.journals else ""
    if record.type == "posted-content":
        if record.preprint_server:
            fields.append(("howpublished", record.preprint_server))
    elif venue:
        fields.append(("journal" if entry_type == "article" else "booktitle", venue))
    for name, value in (("year", str(record.year) if record.year else ""),
                        ("volume", record.volume), ("number", record.issue),
                        ("pages", record.pages.replace("--", "-").replace("-", "--")),
                        ("publisher", record.publisher if entry_type != "article" else ""),
                        ("doi", record.doi), ("pmid", record.pmid)):
        if value:
            fields.append((name, value))
    names = []
    if record.authors:
        names.append(("author", " and ".join(record.full_names())))
    if record.editors and entry_type in ("incollection", "inproceedings", "book"):
        names.append(("editor", " and ".join(_braced_family(e) for e in record.editors)))
    lines = [f"  {name:<9} = {{{value}}}," for name, value in names + fields]
    # pybtex reads back what we write: the suggestion is valid BibTeX.
    text = f"@{entry_type}{{{key},\n" + "\n".join(lines) + "\n}\n"
    Parser().parse_string(text)
    return f"% Suggested from {record.service}; review before replacing the entry.\n{text}"


def _braced_family(name: str) -> str:
    family, _, given = name.partition(", ")
    family = "{" + family + "}" if " " in family else family
    return f"{family}, {given}" if given else family
