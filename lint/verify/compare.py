"""Field-by-field comparison of a BibTeX entry with a registered record.

Titles are compared word by word, after normalising case, punctuation,
TeX markup, Greek letters, spelling variants and the abbreviations of
lint/data/reference_terms.yaml. A title is `SAME`, a `NEAR` miss (a word
or two changed, none of them a change of meaning such as "Fertility" /
"Infertility") or `DIFFERENT`. Author names are read as BibTeX reads them
(pybtex's Person: von/last/first, braces). Venues are compared after
dropping small words and accepting abbreviations word by word; a preprint
cited with its server as journal matches a posted-content record.
"""

from __future__ import annotations

import difflib
import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from pybtex.database import Person

from lint.data import load_data
from lint.sources.pages import parse_pages
from lint.verify.records import RETRACTED_MARK

SAME, NEAR, DIFFERENT = "same", "near", "different"
TYPE_OF_ENTRY = {"article": "journal-article", "incollection": "book-chapter",
                 "inbook": "book-chapter", "book": "book", "inproceedings": "proceedings-article",
                 "conference": "proceedings-article", "phdthesis": "dissertation",
                 "mastersthesis": "dissertation", "techreport": "report"}
# Entry types an editor may use for a preprint.
PREPRINT_ENTRY_TYPES = {"article", "misc", "unpublished", "online", "preprint", "report",
                        "techreport"}


@dataclass(slots=True)
class FieldIssue:
    field: str
    cited: str
    registered: str
    message: str
    minor: bool = False  # a note (missing editor, "and others"), not a mismatch


@lru_cache(maxsize=1)
def terms() -> dict:
    data = dict(load_data("reference_terms.yaml"))  # a copy: keys are added below
    data["abbreviation_words"] = {tuple(k.split()): v.split()
                                  for k, v in data["title_abbreviations"].items()}
    data["spelling_map"] = dict(data["spellings"])
    return data


def normal(text: str) -> str:
    """Lower case ASCII words: TeX braces, JATS tags, accents and punctuation removed."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", text or ""))  # JATS tags, &amp; in Crossref
    text = re.sub(r"\\[a-zA-Z]+\s*", "", text)  # TeX commands such as \emph
    for letter, name in terms()["greek"].items():
        text = text.replace(letter, f" {name} ").replace(letter.upper(), f" {name} ")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = RETRACTED_MARK.sub("", text)
    text = re.sub(r"[{}]", "", text.lower())
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def title_words(text: str) -> list[str]:
    """The title's words, with abbreviations spelled out and spellings unified."""
    words = normal(text).split()
    data = terms()
    out: list[str] = []
    i = 0
    while i < len(words):
        for size in (4, 3, 2, 1):
            key = tuple(words[i:i + size])
            if len(key) == size and key in data["abbreviation_words"]:
                out.extend(data["abbreviation_words"][key])
                i += size
                break
        else:
            word = words[i]
            out.append(data["spelling_map"].get(word, word))
            i += 1
    return out


def _negates(a: str, b: str) -> bool:
    """One word is the other with a negating prefix ("fertility" / "infertility")."""
    short, long = sorted((a, b), key=len)
    return any(long == prefix + short for prefix in terms()["negation_prefixes"])


def title_relation(cited: str, registered: str) -> str:
    """SAME, NEAR (a word or two differ, meaning kept) or DIFFERENT."""
    a, b = title_words(cited), title_words(registered)
    if not a or not b:
        return DIFFERENT
    if a == b:
        return SAME
    # A subtitle left out ("Title" cited for "Title: subtitle") is the same title.
    main = title_words(re.split(r"[:.?]\s", registered, maxsplit=1)[0])
    if a == main and len(a) >= 4:
        return SAME
    changed = 0
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        left, right = a[i1:i2], b[j1:j2]
        if "".join(left) == "".join(right):
            continue  # hyphenation: "non specific" / "nonspecific"
        if len(left) == len(right) == 1 and _negates(left[0], right[0]):
            return DIFFERENT
        if {"not", "no", "without"} & (set(left) ^ set(right)):
            return DIFFERENT
        changed += max(len(left), len(right))
    if changed == 0:
        return SAME
    longest = max(len(a), len(b))
    if changed <= 2 and changed / longest <= 0.25:
        return NEAR
    return DIFFERENT


def title_score(cited: str, registered: str) -> float:
    """Share of words in common (0..1), for ranking candidates only."""
    a, b = title_words(cited), title_words(registered)
    if not a or not b:
        return 0.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def people(entry, role: str = "author") -> tuple[list[Person], bool]:
    """The named people of a role, read as BibTeX does, and whether "and others" cut the list."""
    names = entry.persons.get(role, [])
    parsed = []
    truncated = False
    for name in names:
        if name.strip().lower() == "others":
            truncated = True
            continue
        try:
            parsed.append(Person(name))
        except Exception:  # pybtex raises on malformed names; keep the raw text as a surname
            parsed.append(Person(last=name))
    return parsed, truncated


def surname(person: Person) -> str:
    """The family name as registries list it: von part and last names ("van der Berg")."""
    return normal(" ".join(person.prelast_names + person.last_names))


def same_surname(cited: str, registered: str) -> bool:
    a, b = normal(cited), normal(registered)
    if not a or not b:
        return False
    if a == b or a.replace(" ", "") == b.replace(" ", ""):
        return True
    # "El Meliegy" / "Meliegy"; "Abd El Salam" / "Salam": registries split particles differently.
    if a.split()[-1] == b.split()[-1] and min(len(a), len(b)) >= 4:
        return True
    return False


def author_agrees(entry, record) -> bool | None:
    """The entry's first author is the record's first author; None when either has none."""
    cited, _ = people(entry)
    if not cited or not record.authors:
        return None
    return same_surname(surname(cited[0]), record.authors[0])


def venue_words(name: str) -> list[str]:
    stop = set(terms()["venue_stopwords"])
    return [w for w in normal(name).split() if w not in stop]


_SUBTITLE = re.compile(r"\s*(?::|∞|—|–|\s-\s|\.\s)\s*")


def _venue_forms(name: str) -> list[list[str]]:
    """The name's words, and its main title's words when it has a subtitle."""
    forms = [venue_words(name)]
    main = _SUBTITLE.split(name, maxsplit=1)[0]
    if main != name and len(venue_words(main)) >= 2:
        forms.append(venue_words(main))
    return [f for f in forms if f]


def _same_venue(a: list[str], b: list[str]) -> bool:
    if a == b or "".join(a) == "".join(b):
        return True
    # An abbreviation, word by word: "J Clin Med" / "Journal of Clinical Medicine".
    return len(a) == len(b) and all(x.startswith(y) or y.startswith(x) for x, y in zip(a, b))


def venue_matches(cited: str, registered: list[str]) -> bool:
    """Same journal/book/server name, full or abbreviated ("J Urol" / "The Journal of Urology")."""
    cited_forms = _venue_forms(cited)
    return any(_same_venue(a, b) for name in registered for b in _venue_forms(name)
               for a in cited_forms)


def is_preprint_server(name: str) -> bool:
    words = " ".join(venue_words(name))
    return any(words == server or words.startswith(server + " ")
               for server in terms()["preprint_servers"])


def entry_title(entry) -> str:
    """The title as registries hold it: a biblatex `subtitle` joined to it with a colon."""
    title = entry.fields.get("title", "")
    subtitle = entry.fields.get("subtitle", "").strip()
    return f"{title}: {subtitle}" if title.strip() and subtitle else title


def entry_year(entry) -> tuple[str, str]:
    """(field, year): `year`, else the year part of biblatex's `date`; never `urldate`."""
    year = entry.fields.get("year", "").strip()
    if year:
        return "year", year
    return ("date", entry.get("year")) if entry.fields.get("date", "").strip() else ("", "")


def entry_pmid(entry) -> str:
    """`pmid`, or biblatex's `eprint` with `eprinttype = {pubmed}`."""
    pmid = entry.fields.get("pmid", "").strip()
    if not pmid and entry.fields.get("eprinttype", "").strip().lower() in ("pubmed", "pmid"):
        pmid = entry.fields.get("eprint", "").strip()
    return pmid


def entry_venue(entry) -> tuple[str, str]:
    """(field, value) of where the entry says the work appeared."""
    for name in ("journal", "journaltitle", "booktitle", "howpublished", "publisher",
                 "eprinttype", "archiveprefix", "institution"):
        value = entry.fields.get(name, "").strip()
        if value:
            return name, value.replace("{", "").replace("}", "")
    return "", ""


def compare(entry, record) -> list[FieldIssue]:
    """Every field where the entry and the record disagree (minor ones are notes)."""
    issues: list[FieldIssue] = []
    title = entry_title(entry)
    relation = title_relation(title, record.title) if title else SAME
    if relation == NEAR:
        issues.append(FieldIssue("title", title, record.title,
                                 "title differs slightly (a near-miss: check each word)"))
    elif relation == DIFFERENT:
        issues.append(FieldIssue("title", title, record.title, "title differs"))
    issues += _authors(entry, record)
    issues += _year(entry, record)
    issues += _venue(entry, record)
    for name, registered in (("volume", record.volume), ("number", record.issue)):
        cited = entry.fields.get(name, "").strip()
        if cited and registered and normal(cited) != normal(registered):
            issues.append(FieldIssue(name, cited, registered, f"{name} differs"))
    cited_pages = parse_pages(entry.fields.get("pages", ""))
    registered_pages = parse_pages(record.pages) if record.pages else None
    if cited_pages and registered_pages and (cited_pages.start, cited_pages.end) != (
            registered_pages.start, registered_pages.end):
        issues.append(FieldIssue("pages", entry.fields.get("pages", ""),
                                 registered_pages.bibtex(), "pages differ"))
    issues += _type(entry, record)
    if record.editors and entry.type in ("incollection", "inbook", "inproceedings") \
            and not entry.persons.get("editor"):
        issues.append(FieldIssue("editor", "", " and ".join(record.editors),
                                 "editor missing (the record names the book's editors)",
                                 minor=True))
    return issues


def _authors(entry, record) -> list[FieldIssue]:
    cited, truncated = people(entry)
    if not cited or not record.authors:
        return []
    issues = []
    shown = "; ".join(str(p) for p in cited)
    if not same_surname(surname(cited[0]), record.authors[0]):
        issues.append(FieldIssue("author", shown, record.author_text(),
                                 "first author differs"))
    elif truncated:
        if record.author_count > len(cited):
            issues.append(FieldIssue("author", f"{shown} and others", record.author_text(),
                                     "author list cut short with 'and others'", minor=True))
    elif len(cited) < record.author_count:
        issues.append(FieldIssue("author", shown, record.author_text(),
                                 f"authors incomplete: {len(cited)} of "
                                 f"{record.author_count} named"))
    elif len(cited) > record.author_count:
        issues.append(FieldIssue("author", shown, record.author_text(),
                                 f"{len(cited)} authors cited, {record.author_count} registered"))
    else:
        registered = record.authors
        wrong = [str(p) for p, r in zip(cited, registered) if not same_surname(surname(p), r)]
        if wrong:
            issues.append(FieldIssue("author", shown, record.author_text(),
                                     "author names differ: " + ", ".join(wrong)))
    return issues


def _year(entry, record) -> list[FieldIssue]:
    field, year = entry_year(entry)
    if not year.isdigit() or not record.year:
        return []
    years = {record.year} | set(record.other_years)
    if int(year) in years:
        return []
    gap = min(abs(int(year) - y) for y in years)
    message = ("year differs by one (online and print dates often do)" if gap == 1
               else "year differs")
    return [FieldIssue(field, year, str(record.year), message)]


def _venue(entry, record) -> list[FieldIssue]:
    field, cited = entry_venue(entry)
    # A web page (biblatex @online) names a site or organisation, not a journal.
    if not cited or field in ("publisher",) or entry.type == "online":
        return []
    issn = entry.fields.get("issn", "").strip()
    if issn and issn in record.issn:
        return []
    if record.type == "posted-content" or record.preprint_server:
        server = record.preprint_server or (record.journals[0] if record.journals else "")
        if is_preprint_server(cited) and (not server or venue_matches(cited, [server])
                                          or venue_matches(server, [cited])):
            return []
        if is_preprint_server(cited):
            return [FieldIssue(field, cited, server, "preprint server differs")]
        return [FieldIssue(field, cited, server or "a preprint server",
                           "the record is a preprint, cited as published in a journal")]
    if not record.journals:
        return []
    if venue_matches(cited, record.journals):
        return []
    return [FieldIssue(field, cited, record.journals[0],
                       ("book title differs" if field == "booktitle" else "journal differs"))]


def _type(entry, record) -> list[FieldIssue]:
    if record.type == "posted-content" and entry.type in PREPRINT_ENTRY_TYPES:
        return []
    expected = TYPE_OF_ENTRY.get(entry.type)
    if not expected or not record.type or expected == record.type:
        return []
    if {expected, record.type} <= {"book-chapter", "book-part", "book-section", "other"}:
        return []
    return [FieldIssue("type", f"@{entry.type}", record.type,
                       f"entry type differs (a {record.type.replace('-', ' ')} "
                       f"cited as @{entry.type})")]
