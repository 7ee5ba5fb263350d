"""`refs verify` table and `refs suggest` BibTeX, from verification results."""

from __future__ import annotations


def verification_table(bibliography) -> str:
    rows = [("key", "status", "via", "record", "problems")]
    for key, entry in bibliography.entries.items():
        result = entry.annotations.get("verification")
        if result is None:
            continue
        record = result.record
        where = (f"doi:{record.doi}" if record and record.doi else
                 f"PMID {record.pmid}" if record and record.pmid else "-")
        problems = "; ".join(f"{i.field}: {i.cited} → {i.registered}" for i in result.issues)
        state = result.retraction
        status = result.status + (f" ({state})" if state else "")
        rows.append((key, status, result.how, where, problems or result.reason or ""))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = ["  ".join(row[i].ljust(widths[i]) for i in range(4)) + "  " + row[4]
             for row in rows]
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _braced(value: str) -> str:
    return "{" + value.replace("{", "").replace("}", "") + "}"


def bibtex_from_record(key: str, entry, record) -> str:
    """A corrected entry for the editor to review: registered values, the entry's key and type."""
    entry_type = {"journal-article": "article", "book-chapter": "incollection",
                  "book": "book", "proceedings-article": "inproceedings"}.get(record.type,
                                                                               entry.type)
    fields = [("author", " and ".join(record.authors) if record.authors else None),
              ("title", record.title.removeprefix("RETRACTED: ") or None),
              ("journal" if entry_type == "article" else "booktitle",
               record.journals[0] if record.journals else None),
              ("year", str(record.year) if record.year else None),
              ("volume", record.volume or None), ("number", record.issue or None),
              ("pages", record.pages.replace("-", "--") if record.pages and "--" not in
               record.pages else record.pages or None),
              ("doi", record.doi or None), ("pmid", record.pmid or None)]
    body = ",\n".join(f"  {name:<7} = {_braced(value)}" for name, value in fields if value)
    return (f"% Suggested from {record.service}; review before replacing the entry.\n"
            f"@{entry_type}{{{key},\n{body},\n}}\n")
