"""Pandoc citation syntax: `[@key]`, `[see @a, p. 4; @b]`, `[-@key]`, narrative `@key`.

Keys follow pandoc: they start with a letter, digit or `_` and may contain
internal punctuation (`:.#$%&-+?<>~/`); `@{...}` braces allow anything else.
Trailing punctuation is not part of a key ("as @doe99 shows." cites `doe99`).

The same `@` syntax also writes things that are not bibliography keys:

- cross-references: Quarto's `@fig-x`, `@tbl-x`, `@sec-x` ... (and `[-@sec-x]`),
  pandoc-crossref's `@fig:x`, bookdown's `\\@ref(fig-x)`. They come back
  with `kind == "crossref"` and are never citations.
- MyST's and sphinxcontrib-bibtex's citation roles (Jupyter Book, mystmd):
  `{cite}`key``, `{cite:p}`a, b``, `{cite:t}`key``: `find_roles`, which
  reads the role before an inline code span.
- Manubot's persistent identifiers (`@doi:10.1/x`, `@pmid:123`, `@url:...`
  ...), which Manubot resolves without a bibliography entry: `kind ==
  "identifier"`, with `scheme` naming the identifier type.

Nothing inside the `excluded` ranges (inline code, math) is a citation.
"""

from __future__ import annotations

import hashlib
import re
import string
from dataclasses import dataclass

_KEY = r"@(?:\{(?P<braced>[^{}\n]{1,200})\}|(?P<bare>[\w][\w:.#$%&\-+?<>~/]{0,200}))"
_KEY_RE = re.compile(_KEY)
# A key in a bracketed group: as pandoc reads it, not right after a word character
# ("[https://www.flickr.com/people/27003603@N00]" holds no citation); "-@key" suppresses
# the author.
_LEAD_IN_END = re.compile(
    r"(?:\s*(?:[,;&]|\band\b|\bor\b|\bcf\.|\be\.g\.|\bi\.e\.|\bsee(?:\s+also)?\b|\bcompare\b))+\s*$",
    re.IGNORECASE)
_ITEM_KEY_RE = re.compile(r"(?<!\w)" + _KEY)
# A bracketed group holds no nested brackets; bounded so that a stray '['
# on a long line costs linear time.
_GROUP_RE = re.compile(r"\[(?P<body>[^\[\]\n]{0,2000}?@[^\[\]\n]{0,2000}?)\]")
_NARRATIVE_RE = re.compile(
    r"(?<![\w@.\-+])" + _KEY + r"(?P<loc>\s?\[(?P<locbody>[^\[\]@\n]{0,500})\])?")
_TRAILING = ":.#$%&-+?<>~/"
# bookdown: `\\@ref(label)` (the backslash is gone in the plain text).
_BOOKDOWN_REF_RE = re.compile(r"(?<![\w@])@ref\((?P<label>[^()\s]{1,200})\)")
# Quarto's reference prefixes (figures, tables, sections, equations, listings,
# theorem-like blocks, callouts) and pandoc-crossref's `prefix:` labels.
QUARTO_PREFIXES = frozenset({
    "fig", "tbl", "sec", "eq", "lst", "thm", "lem", "cor", "prp", "cnj", "def", "exm",
    "exr", "sol", "rem", "alg", "apx", "tip", "nte", "wrn", "imp", "cau"})
CROSSREF_PREFIXES = frozenset({"fig", "tbl", "sec", "eq", "lst"})
_QUARTO_RE = re.compile(r"(?P<prefix>[A-Za-z]{2,3})-\S")
_CROSSREF_RE = re.compile(r"(?P<prefix>[A-Za-z]{2,3}):\S")
# Manubot's citation keys for persistent identifiers, as `prefix:identifier`
# (aliases map to the scheme Manubot resolves them with).
IDENTIFIER_SCHEMES = {
    "doi": "doi", "pmid": "pmid", "pubmed": "pmid", "pmcid": "pmcid", "pmc": "pmcid",
    "arxiv": "arxiv",
    "url": "url", "http": "url", "https": "url", "isbn": "isbn", "wikidata": "wikidata",
    "clinicaltrials": "clinicaltrials", "tag": "tag",
}


@dataclass(slots=True)
class FoundCitation:
    key: str
    start: int  # offsets in the plain text of the whole citation (group)
    end: int
    key_start: int
    key_end: int
    prefix: str = ""
    locator: str = ""
    narrative: bool = False
    suppress_author: bool = False
    kind: str = "key"  # "key", "identifier" (Manubot) or "crossref"
    scheme: str = ""  # for identifiers: doi, pmid, pmcid, arxiv, url, isbn, ...
    suffix: str = ""  # set when the suffix holds other keys: ", @blower04"


def citable_keys(keys) -> frozenset[str]:
    """The bibliography keys `bare_keys` looks for: not one letter, not an editor's mark."""
    return frozenset(key for key in keys if len(key) > 1 and key.lower() not in _EDITORS_MARKS)


def bare_keys(text: str, wanted: frozenset[str]) -> list[tuple[int, int, str, bool]]:
    """Bibliography keys written in brackets without their '@' ("[RStudio]", "[Smith2020;
    Lee2021]"): pandoc prints them as text, so the entry is not cited there. (offset of
    the bracket, offset of the key, key, whether the bracket holds a ';' list) for each,
    in a prose block's text; a link's text ("[RStudio](…)") and an attribute span
    ("[x]{.y}") are not one, as pandoc reads them so, nor an editor's "[sic]". `wanted`:
    `citable_keys` of the bibliography, made once per document."""
    found = []
    for match in _BRACKETS_RE.finditer(text):
        if match.end() < len(text) and text[match.end()] in "([{":
            continue
        offset = match.start(1)
        parts = match.group(1).split(";")
        for part in parts:
            name = part.strip()
            if name in wanted:
                found.append((match.start(), offset + part.index(name), name, len(parts) > 1))
            offset += len(part) + 1
    return found


# Marks editors put in brackets inside quotations: never a citation, even where a
# bibliography happens to hold such a key.
_EDITORS_MARKS = frozenset({"sic", "sic!"})
_BRACKETS_RE = re.compile(r"(?<![\\!\]])\[([^\[\]@\n]{2,300})\]")


def classify_key(key: str) -> tuple[str, str]:
    """("crossref" | "identifier" | "key", identifier scheme or "")."""
    quarto = _QUARTO_RE.match(key)
    if quarto and quarto.group("prefix").lower() in QUARTO_PREFIXES:
        return "crossref", ""
    crossref = _CROSSREF_RE.match(key)
    if crossref and crossref.group("prefix").lower() in CROSSREF_PREFIXES:
        return "crossref", ""
    prefix, colon, rest = key.partition(":")
    scheme = IDENTIFIER_SCHEMES.get(prefix.lower()) if colon and rest else None
    if scheme:
        return "identifier", scheme
    return "key", ""


def _key_of(match: re.Match) -> tuple[str, int]:
    """The key and how many characters of the match it really uses."""
    if match.group("braced") is not None:
        return match.group("braced"), match.end() - match.start()
    bare = match.group("bare")
    key = bare.rstrip(_TRAILING)
    return key, 1 + len(key)


def find_citations(text: str, excluded: list[tuple[int, int]] | tuple = (),
                   escaped: list[tuple[int, int]] | tuple = ()) -> list[FoundCitation]:
    """Citations, identifiers and cross-references in a block's plain text, in order.

    `excluded` holds plain-text ranges (inline code, math) where an `@` is
    never a citation; `escaped` the at signs written `\\@`, which pandoc
    takes literally (bookdown's `\\@ref(...)` is still a cross-reference).
    """
    found: list[FoundCitation] = []
    taken: list[tuple[int, int]] = list(excluded)
    for match in _BOOKDOWN_REF_RE.finditer(text):
        if _inside(match.start(), taken):
            continue
        found.append(FoundCitation(
            key=match.group("label"), start=match.start(), end=match.end(),
            key_start=match.start(), key_end=match.end(), narrative=True, kind="crossref"))
        taken.append((match.start(), match.end()))
    taken.extend(escaped)
    for group in _GROUP_RE.finditer(text):
        if _inside(group.start(), taken) or _inside(group.end() - 1, taken):
            continue
        body_start = group.start("body")
        items = _split_items(group.group("body"), body_start)
        citations = []
        for item_text, item_start in items:
            key_match = _ITEM_KEY_RE.search(item_text)
            if key_match is None:
                citations = []
                break  # "[see above; @x]" items without a key: not a citation group
            key, used = _key_of(key_match)
            if not key or _inside(item_start + key_match.start(), escaped):
                citations = []
                break
            prefix = item_text[:key_match.start()]
            suppress = prefix.rstrip().endswith("-")
            if suppress:
                prefix = prefix.rstrip()[:-1]
            rest_start = key_match.start() + used
            rest = item_text[rest_start:]
            # Keys in the suffix ("[@anderson91, @blower04]"): pandoc reads the text after
            # the first key, up to the next ';', as that citation's suffix, and a key in it
            # as a citation of its own inside the suffix. The entry is cited (it is in the
            # reference list); many numbered styles drop the suffix.
            nested = [m for m in _ITEM_KEY_RE.finditer(rest) if _key_of(m)[0]]
            locator = (rest[:nested[0].start()] if nested else rest).strip().lstrip(",")
            # Words that lead into the nested key are not the locator: "p. 3, see also @b"
            # has the locator "p. 3", "e.g. @b" none.
            locator = re.sub(r"(?:\s*(?:,|&|\band\b))+\s*$", "", locator.strip())
            if nested:
                locator = _LEAD_IN_END.sub("", locator)
            kind, scheme = classify_key(key)
            citations.append(FoundCitation(
                key=key, start=group.start(), end=group.end(),
                key_start=item_start + key_match.start(),
                key_end=item_start + key_match.start() + used,
                prefix=prefix.strip(), locator=locator, suppress_author=suppress,
                kind=kind, scheme=scheme, suffix=rest.strip() if nested else ""))
            for inner in nested:
                inner_key, inner_used = _key_of(inner)
                inner_kind, inner_scheme = classify_key(inner_key)
                at = item_start + rest_start + inner.start()
                citations.append(FoundCitation(
                    key=inner_key, start=group.start(), end=group.end(), key_start=at,
                    key_end=at + inner_used, kind=inner_kind, scheme=inner_scheme))
        if citations:
            found.extend(citations)
            taken.append((group.start(), group.end()))
    for match in _NARRATIVE_RE.finditer(text):
        if _inside(match.start(), taken):
            continue
        key, used = _key_of(match)
        if not key:
            continue
        kind, scheme = classify_key(key)
        end = match.end() if match.group("loc") and kind != "crossref" else match.start() + used
        found.append(FoundCitation(
            key=key, start=match.start(), end=end, key_start=match.start(),
            key_end=match.start() + used,
            locator=(match.group("locbody") or "").strip() if end == match.end() else "",
            narrative=True, kind=kind, scheme=scheme))
    found.sort(key=lambda c: c.key_start)
    return found


# A MyST role written just before an inline code span: `{cite}`, `{cite:p}`, `{cite:t}`,
# `{cite:ps}` ... (sphinxcontrib-bibtex's and mystmd's citation roles), and the footnote
# citations of sphinxcontrib-bibtex, `{footcite}`, `{footcite:p}`, `{footcite:t}` ...:
# the same forms, the reference printed as a footnote mark.
_ROLE = r"\{(?:foot)?cite(?::(?P<form>[a-z]{1,10}))?\}"
_ROLE_LONGEST = len("{footcite:authorpars}")
_ROLE_RE = re.compile(_ROLE + "$")
_ROLE_AT_RE = re.compile(_ROLE)
_ROLE_KEY_RE = re.compile(r"[^\s,;]+")


def _role_reads_as_words(form: str) -> bool:
    """The role's output is words of the sentence, like pandoc's `@key`: the textual
    forms (`t`, `ts`, `ct`, `cts`) and an author, year or label alone. sphinxcontrib-bibtex
    names the bracketed ones `...par`; `{cite}`, `p`, `ps`, `alp`, `empty` are
    parenthetical or print nothing."""
    form = form.removeprefix("c")
    return form in ("t", "ts") or (form.startswith(("author", "year", "label"))
                                   and "par" not in form)  # `authorpars` is bracketed


def has_citation_role(text: str) -> bool:
    """Whether `text` names a citation role (`{cite:p}`, `{footcite}` ...) anywhere: the
    cheap test before `find_roles`, matching exactly the roles it reads."""
    return _ROLE_AT_RE.search(text) is not None


def role_name_end(text: str, start: int) -> int | None:
    """Where the name of the citation role at `start` ends (`{cite:t}` of
    `{cite:t}key`), or None when no role starts there."""
    match = _ROLE_AT_RE.match(text, start)
    return match.end() if match else None


def find_roles(text: str, code_ranges: list[tuple[int, int]]) -> list[FoundCitation]:
    """Citations written as MyST roles: `{cite:p}`a, b`` cites a and b, and so does
    the footnote citation `{footcite:p}`a, b``.

    In the plain text the role's name stays and its keys are an inline code
    span (a range of `code_ranges`); the keys are split at commas. A form that
    prints words of the sentence (`{cite:t}`, `{cite:ct}`, `{cite:author}` ...) is a
    narrative citation.
    """
    found: list[FoundCitation] = []
    if "cite" not in text:  # most blocks have no role
        return found
    for start, end in code_ranges:
        role = _ROLE_RE.search(text, max(0, start - _ROLE_LONGEST), start)
        if role is None:
            continue
        form = role.group("form") or ""
        for key in _ROLE_KEY_RE.finditer(text, start, end):
            kind, scheme = classify_key(key.group(0))
            found.append(FoundCitation(
                key=key.group(0), start=role.start(), end=end, key_start=key.start(),
                key_end=key.end(), narrative=_role_reads_as_words(form),
                kind=kind if kind != "crossref" else "key", scheme=scheme))
    return found


# Any MyST role's name just before its inline code span: `{numref}`, `{ref}`, `{doc}`,
# `{eq}`, `{term}`, `{py:class}`, `{prf:ref}` ... (MyST's role syntax).
_ANY_ROLE_RE = re.compile(r"\{[A-Za-z][\w.+:-]{0,30}\}$")


def role_names(text: str, code_ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Plain-text ranges of MyST role names (`{numref}` of `{numref}`fig-x``): markup,
    not words. What the role shows (a figure number, a term, a class) is its code span."""
    if "}" not in text:
        return []
    found = []
    for start, _ in code_ranges:
        role = _ANY_ROLE_RE.search(text, max(0, start - 32), start)
        if role is not None and not _inside(role.start(), code_ranges):
            found.append((role.start(), role.end()))
    return found


def _inside(offset: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in ranges)


# Pandoc's `tex_math_dollars`: `$` followed by a non-space opens, a `$` after a
# non-space closes unless a digit follows ("$5 and $10" is no math); `$$` for display.
_MATH_RE = re.compile(
    r"(?<![\\$])\$\$(?P<display>.+?)\$\$|(?<![\\$\w])\$(?=\S)(?P<inline>[^$]*?\S)\$(?!\d)")


def math_ranges(text: str) -> list[tuple[int, int]]:
    """Plain-text ranges of TeX math (`$x$`, `$$x$$`), which hold no prose or citations."""
    if "$" not in text:  # every match holds one; most blocks have none
        return []
    return [(match.start(), match.end()) for match in _MATH_RE.finditer(text)]


# Template expressions that the site generator replaces before Markdown is read: the
# `{{ ... }}` and `{% ... %}` of Jinja (mkdocs-macros, used by MkDocs sites to generate
# tables and text from data) and Quarto's `{{< ... >}}` shortcodes. Their names and
# arguments are code, not prose.
_TEMPLATE_RE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)


def template_ranges(text: str) -> list[tuple[int, int]]:
    """Plain-text ranges of template expressions (`{{ MACRO(...) }}`, `{% if x %}`)."""
    if "{{" not in text and "{%" not in text:
        return []
    return [(m.start(), m.end()) for m in _TEMPLATE_RE.finditer(text)]


# Raw TeX that pandoc passes through to a PDF and drops from HTML, with no prose for a
# reader: index entries, labels and references, spacing and page breaks. Their
# arguments ("\\index{ETL|see {extract, transform and load (ETL)}}") are not text.
_TEX_COMMAND_RE = re.compile(
    r"\\(?:index|label|ref|pageref|eqref|nocite|cite[pt]?|vspace\*?|hspace\*?|newpage|"
    r"clearpage|pagebreak|linebreak|noindent|includegraphics|addcontentsline|hypertarget)"
    r"(?![A-Za-z])")


def tex_command_ranges(text: str) -> list[tuple[int, int]]:
    """Plain-text ranges of raw TeX commands that hold no prose, with their arguments
    (`[...]` options and `{...}` groups, nested braces allowed)."""
    ranges = []
    for match in _TEX_COMMAND_RE.finditer(text):
        end = match.end()
        while end < len(text) and text[end] in "[{":
            closing = "]" if text[end] == "[" else "}"
            depth, index = 0, end
            while index < len(text):
                if text[index] == text[end]:
                    depth += 1
                elif text[index] == closing:
                    depth -= 1
                    if depth == 0:
                        break
                index += 1
            if index >= len(text):
                break  # unclosed: the command alone
            end = index + 1
        ranges.append((match.start(), end))
    return ranges


def _split_items(body: str, offset: int) -> list[tuple[str, int]]:
    items = []
    start = 0
    for index, char in enumerate(body):
        if char == ";":
            items.append((body[start:index], offset + start))
            start = index + 1
    items.append((body[start:], offset + start))
    return [(text, pos) for text, pos in items if text.strip()]


def manubot_standard_key(key: str) -> str:
    """Manubot's standard form of an identifier key (`pubmed:1` -> `pmid:1`, DOIs lower case)."""
    prefix, _, rest = key.partition(":")
    scheme = IDENTIFIER_SCHEMES.get(prefix.lower())
    if scheme is None:
        return key
    if prefix.lower() in ("http", "https"):
        return f"url:{key}"
    if scheme == "doi":
        rest = rest.lower()
    return f"{scheme}:{rest}"


# Manubot writes the PubMed and PMC schemes under prefixes of its own in a reference's
# `standard_id` (and hashes that form into its short id): `pubmed:1`, `pmc:PMC2`.
_MANUBOT_PREFIX = {"pmid": "pubmed", "pmcid": "pmc"}


def manubot_key_forms(key: str) -> set[str]:
    """Every key a Manubot reference for identifier `key` may be stored under: the
    standard form, Manubot's own `standard_id` form, and the short id of each."""
    standard = manubot_standard_key(key)
    scheme, colon, rest = standard.partition(":")
    forms = {standard}
    if colon and scheme in _MANUBOT_PREFIX:
        forms.add(f"{_MANUBOT_PREFIX[scheme]}:{rest}")
    return forms | {_short_id(form) for form in forms}


_BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def manubot_short_key(key: str) -> str:
    """The short id Manubot gives an identifier: base62 of a 6-byte BLAKE2b hash.

    Frozen Manubot references (`manual-references*.json` copied from a build)
    carry these ids instead of `doi:...` keys.
    """
    return _short_id(manubot_standard_key(key))


def _short_id(standard: str) -> str:
    number = int.from_bytes(hashlib.blake2b(standard.encode(), digest_size=6).digest(), "big")
    digits = ""
    while number:
        number, remainder = divmod(number, 62)
        digits = _BASE62[remainder] + digits
    return digits or "0"
