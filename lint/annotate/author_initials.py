"""The text's own authors' initials used as names (GLO008 does not ask to define them).

Front matter `author`, Manubot's `authors` and, before 2020, `author_info` name the
authors. A manuscript credits them by their initials: alone in parentheses ("the manual
(GW) models", gweissman/icu_ml_ms) or beside another author's in the authors' own
statements ("Neither TM nor AH have any competing interests", des_sharing_lit_review,
under "Competing interests"). Elsewhere the same letters are acronyms as ever: "(mean,
SD)" under the author S. Deoni, "MI and AS were the commonest causes of admission" by
Mary Ingram and Aaron Smith.
"""

from __future__ import annotations

import functools
import re

from lint.data import load_data


def initials_of(authors) -> set[str]:
    """The initials each author has: Manubot's `initials`, and the first letters of the
    given name and surname ("Gary E. Weissman" GW, as gweissman/icu_ml_ms credits its
    author whose Manubot initials are GEW) and of every name (GEW); of a surname in two
    words, its first ("William La Cava" WL), never a middle initial (no "GE"). A name is a
    string, a list of them or of mappings with a `name` (Quarto's `name: {given,
    family}`)."""
    if isinstance(authors, (str, dict)):
        authors = [authors]
    if not isinstance(authors, list):
        return set()
    found = set()
    for author in authors:
        name = author.get("name") if isinstance(author, dict) else author
        if isinstance(author, dict) and isinstance(author.get("initials"), str):
            found.add(author["initials"].replace(".", "").replace(" ", "").strip())
        if isinstance(name, dict):
            name = f"{name.get('given', '')} {name.get('family', '')}"
        if not isinstance(name, str):
            continue
        for one in re.split(r"\s+and\s+|;", name):
            words = [w for w in re.findall(r"[^\W\d_][\w'’.-]*", one) if w[:1].isupper()]
            if 2 <= len(words) <= 4:
                letters = [w[0] for w in words]
                found.update({letters[0] + letters[-1], "".join(letters)})
                if len(words) > 2 and len(words[1].rstrip(".")) > 1:
                    found.add(letters[0] + letters[1])  # a surname in two words: "La Cava"
    return found


def authors_initials(project_metadata, front_matter) -> frozenset[str]:
    found: set[str] = set()
    for source in (project_metadata or {}, front_matter or {}):
        if isinstance(source, dict):
            for key in ("author", "authors", "author_info"):
                found.update(initials_of(source.get(key)))
    return frozenset(found)


@functools.cache
def _statement_heading() -> re.Pattern:
    words = load_data("acronyms.yaml")["author_statement_headings"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + ")", re.IGNORECASE)


def credits(sentence, written: str, acronym: str, authors: frozenset[str]) -> bool:
    """Whether the acronym written here is an author's initials used as a name."""
    if acronym not in authors:
        return False
    text = sentence.text
    escaped = re.escape(written)
    if re.search(rf"\(\s*{escaped}\s*\)", text):
        return True
    section = getattr(sentence.block, "section", None)
    heading = " ".join(section.path) if section is not None else ""
    if not _statement_heading().search(heading):
        return False
    others = "|".join(re.escape(a) for a in sorted(authors - {acronym})) or "(?!)"
    joined = r"\s*(?:,|and|nor|or|&)\s*"
    return re.search(rf"\b{escaped}{joined}(?:{others})\b|\b(?:{others}){joined}{escaped}\b",
                     text) is not None
