"""Bibliographies as pandoc reads them, with the file and line of every entry.

BibTeX and biblatex (`.bib`, parsed by pybtex), CSL-JSON (`.json`) and
CSL-YAML (`.yaml`, `.yml`); a project may name several files, which are
read as one bibliography. pybtex does not keep source positions, so entry
start lines are found by a light scan of the text; parse errors carry
pybtex's own line numbers. A file that cannot be parsed is a located
problem, never an empty bibliography.

biblatex writes some fields under other names (`journaltitle`, `date`,
`location`, `institution`); `entry.get()` reads either spelling.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field


import pybtex.errors
from pybtex.database import BibliographyDataError
from pybtex.database.input.bibtex import Parser
from pybtex.scanner import PybtexSyntaxError

from lint.diagnostics import Span
from lint.document.annotations import EntryAnnotations
from lint.sources.bibtex_hints import likely_cause
from lint.document.loader import ReadFailure, read_text
from lint.document.textmap import SourceText
from lint.sources.yamlfile import DataFileError, parse_yaml
from lint.yamltext import LineDict

# An entry's type and key; a key inside braces may hold parentheses (`@misc{(pdf)ef,`, as
# a reference manager's export writes it), one inside parentheses may not.
_ENTRY_START = re.compile(
    r"@[ \t]*([A-Za-z]+)[ \t\n]*(?:\{[ \t\n]*([^,\s{}]*)|\([ \t\n]*([^,\s{}()]*))")
_NON_ENTRIES = {"comment", "string", "preamble"}
_UNDEFINED_MACRO = re.compile(r"undefined string in line (\d+): (\S+)")
_MONTH_NAMES = frozenset({"january", "february", "march", "april", "june", "july", "august",
                          "september", "october", "november", "december", "sept"})
# pybtex's error for a name with more than two commas ("von Last, Jr, First" is the most
# BibTeX reads): nearly always names separated by commas instead of "and".
_TOO_MANY_COMMAS = re.compile(r"^Too many commas in '(.*)'$", re.DOTALL)
# BibTeX name -> biblatex names for the same datum.
BIBLATEX_ALIASES = {
    "journal": ("journaltitle",),
    "year": ("date",),
    "address": ("location",),
    "school": ("institution",),
    "institution": ("school",),
}
CSL_SUFFIXES = (".json", ".yaml", ".yml")


@dataclass(slots=True)
class BibEntry:
    key: str
    type: str  # lower case: article, incollection, ...
    fields: dict[str, str]
    persons: dict[str, list[str]]
    span: Span
    occurrence: int = 0  # >0 for a repeated key
    # Judgments of annotators (lint/annotate/sources.py), with their reasons.
    annotations: EntryAnnotations = field(default_factory=EntryAnnotations)
    path: str = ""  # the file it is defined in, as findings show it
    source: SourceText | None = field(default=None, repr=False)

    def get(self, name: str) -> str:
        """A field's value, read under its biblatex name when the BibTeX one is absent.

        `year` falls back to the year of a biblatex `date` (`2020-03-01`).
        """
        value = self.fields.get(name, "").strip()
        if value:
            return value
        for alias in BIBLATEX_ALIASES.get(name, ()):
            value = self.fields.get(alias, "").strip()
            if value:
                if name == "year":
                    match = re.match(r"\d{4}", value)
                    return match.group(0) if match else ""
                return value
        return ""


@dataclass(slots=True)
class BibProblem:
    kind: str  # "syntax", "duplicate", "unreadable", "macro", "names"
    message: str
    span: Span
    key: str = ""
    path: str = ""  # the file, when the bibliography has several
    hint: str = ""  # what to do, when the likely cause is known
    field: str = ""  # the BibTeX field it is about, where one is ("names": author, editor)


@dataclass(slots=True)
class Bibliography:
    path: str  # the file as findings show it; several files: "a.bib, b.json"
    entries: dict[str, BibEntry] = field(default_factory=dict)
    problems: list[BibProblem] = field(default_factory=list)
    duplicates: list[BibEntry] = field(default_factory=list)
    source: SourceText | None = None
    files: list[str] = field(default_factory=list)  # every file read, as shown

    def __contains__(self, key: str) -> bool:
        return key in self.entries

    @property
    def keys_lower(self) -> dict[str, str]:
        return {key.lower(): key for key in self.entries}

    def file_of(self, key: str) -> str:
        """The file an entry is defined in (findings about it point there)."""
        entry = self.entries.get(key)
        return entry.path if entry is not None and entry.path else self.path


def load_bibliography(path: str, display_path: str | None = None) -> Bibliography:
    """One file, read by its format: BibTeX/biblatex, CSL-JSON or CSL-YAML."""
    shown = display_path or path
    text = read_text(path)
    if isinstance(text, ReadFailure):
        bib = Bibliography(shown, files=[shown])
        bib.problems.append(BibProblem("unreadable", text.message, text.span, path=shown))
        return bib
    if path.lower().endswith(".json"):
        return parse_csl_json(text, shown)
    if path.lower().endswith((".yaml", ".yml")):
        return parse_csl_yaml(text, shown)
    return parse_bibliography(text, shown)


def load_bibliographies(files: list[tuple[str, str]]) -> Bibliography:
    """Several files (path, as shown) read as one bibliography, as pandoc does.

    A key defined in two files is a duplicate, reported at its second place, unless both
    entries are the same (type, fields and names): then the citation finds its work
    whichever one is kept.
    """
    if len(files) == 1:
        return load_bibliography(*files[0])
    merged = Bibliography(", ".join(shown for _, shown in files),
                          files=[shown for _, shown in files])
    for path, shown in files:
        part = load_bibliography(path, shown)
        merged.problems.extend(part.problems)
        for key, entry in part.entries.items():
            if key in merged.entries:
                first = merged.entries[key]
                if (first.type, first.fields, first.persons) == \
                        (entry.type, entry.fields, entry.persons):
                    # The same work in two files (a chapter's copy of the book's packages.bib):
                    # whichever pandoc keeps, the citation points at it. Not a duplicate.
                    continue
                merged.problems.append(BibProblem(
                    "duplicate", f"duplicate key '{key}' (first defined in {first.path} "
                    f"on line {first.span.start.line})", entry.span, key, path=entry.path))
                continue
            merged.entries[key] = entry
    return merged


def parse_bibliography(source: SourceText, path: str) -> Bibliography:
    bib = Bibliography(path, source=source, files=[path])
    starts = _entry_starts(source)
    parser = Parser()
    with pybtex.errors.capture() as errors:
        try:
            data = parser.parse_string(source.text)
        except (PybtexSyntaxError, BibliographyDataError) as error:  # pragma: no cover
            errors.append(error)
            data = parser.data
    macros: dict[int, list[str]] = {}
    # pybtex reports the names in file order: the same name list in two entries is
    # looked for after the previous match, so each is reported at its own entry.
    comma_searched: dict[str, int] = {}
    for error in errors:
        if isinstance(error, BibliographyDataError) and "repeated" in str(error):
            continue  # reported from the scan below, with both lines
        undefined = _UNDEFINED_MACRO.search(str(error))
        if undefined:
            # BibTeX only warns about an undefined macro (`month = november`); so do we.
            line, name = int(undefined.group(1)), undefined.group(2)
            macros.setdefault(line, []).append(name)
            later = re.search(rf"@string\s*[{{(]\s*{re.escape(name)}\s*=",
                              source.text[source.line_offset(line):], re.IGNORECASE)
            why = ("used before its @string: BibTeX reads the file in order and leaves "
                   "the field empty" if later else "BibTeX leaves the field empty")
            if not later and name.lower() in _MONTH_NAMES:
                # `month = December`: BibTeX and biber predefine only `jan` ... `dec`.
                why = (f"a month in full: BibTeX and biber leave the field empty; write "
                       f"month = {name.lower()[:3]}, the string they predefine")
            bib.problems.append(BibProblem(
                "macro", f"undefined BibTeX string '{name}' ({why})",
                _macro_span(source, line, name), path=path))
            continue
        commas = _TOO_MANY_COMMAS.match(str(error))
        if commas:
            # BibTeX reports this name and goes on, and pandoc reads the file: the entry
            # is there, with one garbled name, so this is a located warning, not a stop.
            name = commas.group(1)
            problem, comma_searched[name] = _comma_names_problem(
                source, path, starts, name, comma_searched.get(name, 0))
            bib.problems.append(problem)
            continue
        line = getattr(error, "lineno", None) or 1
        cause = likely_cause(source.text, line)
        if cause is not None and cause.line <= line:
            # Point at the mistake, not where the parser gave up (often entries later).
            bib.problems.append(BibProblem(
                "syntax", f"BibTeX syntax error: {cause.what} (the parser stopped at line "
                          f"{line}: {_error_text(error).removeprefix('BibTeX syntax error: ')})",
                Span.at(cause.line, cause.col), hint=cause.hint, path=path))
        else:
            bib.problems.append(BibProblem("syntax", _error_text(error), Span.at(line),
                                          path=path))
    seen: dict[str, Span] = {}
    for key, entry_type, span in starts:
        if key in seen:
            bib.problems.append(BibProblem(
                "duplicate",
                f"duplicate key '{key}' (first defined on line {seen[key].start.line})",
                span, key, path=path))
            continue
        seen[key] = span
    for key, entry in data.entries.items():
        bib.entries[key] = BibEntry(
            key=key, type=entry.type.lower(),
            fields={name.lower(): str(value) for name, value in entry.fields.items()},
            persons={role.lower(): [str(p) for p in people]
                     for role, people in entry.persons.items()},
            span=seen.get(key, Span.at(1)), path=path, source=source)
    # "Last, Jr, First" read from three names separated by commas ("Carrie Wright, Shannon
    # E. Ellis, Stephanie C. Hicks"): BibTeX is silent, but a real Jr part is one word.
    reported = {(p.key, p.field) for p in bib.problems if p.kind == "names"}
    for key, parsed in data.entries.items():
        entry = bib.entries[key]
        for role, people in parsed.persons.items():
            role = role.lower()
            if (key, role) in reported:
                continue
            for person in people:
                middle = " ".join(person.lineage_names)
                if len(person.lineage_names) > 1:
                    bib.problems.append(BibProblem(
                        "names", f"the {role} field of '{key}' has names separated by commas, "
                                 f"which BibTeX and pandoc read as one name with '{middle}' "
                                 f"as its Jr part", field_span(bib, entry, role), key,
                        path=path, field=role))
                    break
                if _vancouver_pair(person):
                    # "Smith J, Jones K": two Vancouver-style names, which BibTeX reads as
                    # one person, last name "Smith J", first name "Jones K" (no error)
                    written = ", ".join((" ".join(person.last_names), " ".join(
                        list(person.first_names) + list(person.middle_names))))
                    bib.problems.append(BibProblem(
                        "names", f"the {role} field of '{key}' has names separated by commas "
                                 f"('{written}'), which BibTeX and pandoc read as one name; "
                                 f"separate names with 'and'", field_span(bib, entry, role),
                        key, path=path, field=role))
                    break
    return bib



_INITIALS = re.compile(r"[A-Z]{1,3}\.?")


def _vancouver_pair(person) -> bool:
    """Two names written "Surname Initials" and joined by a comma ("Smith J, Jones K"): the
    last part and the first part each end in capital initials after a capitalised word."""
    def surname_initials(parts: list[str]) -> bool:
        return len(parts) >= 2 and bool(_INITIALS.fullmatch(parts[-1])) and \
            parts[-2][:1].isupper() and not _INITIALS.fullmatch(parts[-2])
    # pybtex splits the part after the comma into first ("Jones") and middle ("K") names
    return surname_initials(list(person.last_names)) and \
        surname_initials(list(person.first_names) + list(person.middle_names))


def _comma_names_problem(source: SourceText, path: str, starts: list[tuple[str, str, Span]],
                         name: str, after: int = 0) -> tuple[BibProblem, int]:
    """A name list written with commas, at its place in the file (the name as pybtex
    quotes it, its white space normalised), looked for from offset `after`; with the
    offset where the next search for the same name starts."""
    pattern = r"\s+".join(re.escape(word) for word in name.split())
    match = (re.compile(r"(\w+)\s*=\s*[{\"]\s*" + pattern).search(source.text, after)
             if pattern else None)
    parts = _names_in(name)
    if match is None:
        return BibProblem("names", f"{parts} names separated by commas, read as one name: "
                                   f"'{name}'", Span.at(1), path=path), after
    start = match.start(0)
    key = ""
    for entry_key, _, span in starts:
        if source.line_offset(span.start.line - 1) + span.start.col - 1 > start:
            break
        key = entry_key
    role = match.group(1).lower()
    shown = name if len(name) <= 60 else name[:57] + "..."
    return BibProblem(
        "names", f"the {role} field of '{key}' has {parts} names separated by commas, which "
                 f"BibTeX and pandoc read as one garbled name: '{shown}'",
        source.span(match.start(1), match.end(0)), key, path=path, field=role), match.end(0)


# A part between commas that is only initials ("S.", "P. F.", "KE" is not: Vancouver writes
# "Rudd KE"), which belongs to the surname before it in "Lambden, S., Laterre, P. F.".
_INITIALS_ONLY = re.compile(r"(?:[A-Z][a-z]?\.\s*-?\s*)+|[A-Z]{1,2}")
_ET_AL = re.compile(r"et\.?\s+al\.?", re.IGNORECASE)


def _names_in(name: str) -> int:
    """How many names a list written with commas holds: "Mock C, Joshipura M" two; APA's
    "Lambden, S., Laterre, P. F., & Francois, B." three (a part of initials goes with the
    surname before it); "et al." is no name."""
    count, after_surname = 0, False
    for part in name.split(","):
        part = re.sub(r"^(?:&|and\s)\s*", "", part.strip())
        if not part or _ET_AL.fullmatch(part):
            after_surname = False
            continue
        if after_surname and _INITIALS_ONLY.fullmatch(part):
            after_surname = False
            continue
        count += 1
        after_surname = True
    return count


def _macro_span(source: SourceText, line: int, name: str) -> Span:
    start = source.line_offset(line - 1)
    end = source.line_offset(line)
    match = re.search(r"=\s*(" + re.escape(name) + r")\b", source.text[start:end])
    if match is None:
        return Span.at(line)
    return source.span(start + match.start(1), start + match.end(1))


# CSL item type -> the BibTeX entry type whose checks apply to it.
_CSL_TYPES = {
    "article-journal": "article", "article-magazine": "article",
    "article-newspaper": "article", "review": "article", "book": "book",
    "chapter": "incollection", "paper-conference": "inproceedings", "thesis": "phdthesis",
    "report": "techreport", "webpage": "online", "post-weblog": "online", "post": "online",
}
# CSL variable -> BibTeX field.
_CSL_FIELDS = {
    "title": "title", "container-title": "journal", "volume": "volume", "issue": "number",
    "page": "pages", "DOI": "doi", "PMID": "pmid", "PMCID": "pmcid", "URL": "url",
    "ISBN": "isbn", "ISSN": "issn", "publisher": "publisher", "publisher-place": "address",
    "note": "note", "edition": "edition", "language": "language", "abstract": "abstract",
}


def parse_csl_json(source: SourceText, path: str) -> Bibliography:
    bib = Bibliography(path, source=source, files=[path])
    try:
        data = json.loads(source.text)
    except json.JSONDecodeError as error:
        bib.problems.append(BibProblem(
            "syntax", f"CSL-JSON syntax error: {error.msg}",
            Span.at(error.lineno, error.colno), path=path))
        return bib
    _csl_items(bib, data, source, path, "CSL-JSON")
    return bib


def parse_csl_yaml(source: SourceText, path: str) -> Bibliography:
    """CSL-YAML: a `references:` list (pandoc also takes a bare list)."""
    bib = Bibliography(path, source=source, files=[path])
    try:
        data = parse_yaml(source.text)
    except DataFileError as error:
        bib.problems.append(BibProblem(
            "syntax", f"CSL-YAML syntax error: {error.message.removeprefix('invalid YAML: ')}",
            error.span, path=path))
        return bib
    if isinstance(data, dict):
        data = data.get("references")
    _csl_items(bib, data, source, path, "CSL-YAML")
    return bib


def _csl_items(bib: Bibliography, data, source: SourceText, path: str, kind: str) -> None:
    if not isinstance(data, list):
        bib.problems.append(BibProblem(
            "syntax", f"{kind}: expected a list of references"
            + (" under 'references:'" if kind == "CSL-YAML" else ""), Span.at(1), path=path))
        return
    seen: dict[str, Span] = {}
    for index, item in enumerate(data):
        key = _csl_key(item) if isinstance(item, dict) else ""
        if not key:
            bib.problems.append(BibProblem(
                "syntax", f"{kind}: reference #{index + 1} has no 'id'",
                _csl_span(source, None, index), path=path))
            continue
        span = (Span.at(item.key_lines.get("id", item.line)) if isinstance(item, LineDict)
                else _csl_span(source, key, index))
        if key in seen:
            bib.problems.append(BibProblem(
                "duplicate", f"duplicate key '{key}' (first defined on line "
                f"{seen[key].start.line})", span, key, path=path))
            continue
        seen[key] = span
        bib.entries[key] = _csl_entry(key, item, span, path, source)


def _csl_key(item: dict) -> str:
    """The item's citation key, in Manubot's order: `standard_citation`, a `standard_id:
    ...` line in `note`, then `id`. Only Manubot writes the first two, and a reference it
    froze keeps its short id in `id` but is cited by its standard id (`@Strehl2002`);
    pandoc's items have `id` alone."""
    if str(item.get("standard_citation") or "").strip():
        return str(item["standard_citation"]).strip()
    match = re.search(r"^\s*standard_id\s*:\s*(\S+)", str(item.get("note") or ""), re.MULTILINE)
    if match:
        return match.group(1)
    return str(item.get("id") or "").strip()


def _csl_entry(key: str, item: dict, span: Span, path: str, source: SourceText) -> BibEntry:
    fields: dict[str, str] = {}
    for variable, name in _CSL_FIELDS.items():
        value = item.get(variable)
        if isinstance(value, (str, int, float)) and str(value).strip():
            fields[name] = str(value)
    if item.get("type") == "chapter" and "journal" in fields:
        fields["booktitle"] = fields.pop("journal")
    if item.get("type") == "paper-conference" and "journal" in fields:
        fields["booktitle"] = fields.pop("journal")
    if "pages" in fields:
        # CSL writes ranges with one hyphen or an en dash; BibTeX's form is `--`.
        # Cell Press adds supplement pages to the end: "380-394.e4".
        fields["pages"] = re.sub(r"^\s*(\w+)\s*[-\u2013]\s*(\w+(?:\.e\d+)?)\s*$", r"\1--\2",
                                 fields["pages"])
    if item.get("type") in ("report", "thesis") and "publisher" in fields:
        fields.setdefault("institution", fields["publisher"])
        fields.setdefault("school", fields["publisher"])
    year = _csl_year(item.get("issued"))
    if year:
        fields["year"] = year
    persons = {role: [_csl_name(p) for p in item[role] if isinstance(p, dict)]
               for role in ("author", "editor") if isinstance(item.get(role), list)}
    return BibEntry(key=key, type=_CSL_TYPES.get(str(item.get("type", "")), "misc"),
                    fields=fields, persons={k: v for k, v in persons.items() if v},
                    span=span, path=path, source=source)


def _csl_year(issued) -> str:
    if isinstance(issued, dict):
        parts = issued.get("date-parts")
        if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
            return str(parts[0][0])
        issued = issued.get("raw") or issued.get("literal") or ""
    match = re.match(r"\s*(\d{4})", str(issued or ""))
    return match.group(1) if match else ""


def _csl_name(person: dict) -> str:
    if person.get("literal"):
        return str(person["literal"])
    family, given = str(person.get("family", "")), str(person.get("given", ""))
    return f"{family}, {given}" if given else family


def _csl_span(source: SourceText, key: str | None, index: int) -> Span:
    """The line of an item's `id` (JSON `"id": "key"` or YAML `id: key`)."""
    if key is not None:
        pattern = re.compile(r"""["']?(?:id|standard_citation)["']?\s*:\s*["']?"""
                             + re.escape(key)
                             + r"""["']?\s*[,}\n]""")
        match = pattern.search(source.text + "\n")
        if match:
            return source.span(match.start(), match.start() + len(match.group(0).rstrip(",}\n")))
    return Span.at(1)


def _entry_starts(source: SourceText) -> list[tuple[str, str, Span]]:
    found = []
    for match in _ENTRY_START.finditer(source.text):
        entry_type = match.group(1).lower()
        key = match.group(2) or match.group(3)
        if entry_type in _NON_ENTRIES or not key:
            continue
        found.append((key, entry_type, source.span(match.start(), match.end())))
    return found


def _error_text(error: Exception) -> str:
    text = str(error)
    text = re.sub(r"^syntax error in line \d+: ", "", text)
    return f"BibTeX syntax error: {text}"


def field_span(bibliography: Bibliography, entry: BibEntry, name: str) -> Span:
    """Where `name = ...` stands inside an entry (the entry's line if not found)."""
    source = entry.source or bibliography.source
    if source is None or entry.path.lower().endswith(CSL_SUFFIXES):
        return entry.span
    start = source.line_offset(entry.span.start.line - 1) + entry.span.start.col - 1
    following = _ENTRY_START.search(source.text, start + 1)
    limit = following.start() if following else len(source.text)
    match = re.compile(r"(?<![\w-])" + re.escape(name) + r"\s*=", re.IGNORECASE).search(
        source.text, start, limit)
    if match is None:
        return entry.span
    return source.span(match.start(), match.end())
