"""Page ranges and locators: `137--143`, `e676--e677`, `637-41`, `p. 4`, `pp. 33-35`.

Two publishers' forms are ranges too: ACM's article-number pages (`10:1--10:17`,
pages 1 to 17 of article 10) and Cell Press's supplement pages after a range
(`380-394.e4`: 380 to 394, then e1 to e4).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The last page only after a dash: an e-number of ten digits ("e2111452118", PNAS) is one
# article number, not a range split somewhere inside it. Up to four letters before it:
# Oxford Academic's article identifiers ("bat029", Database 2013; "giaa001", GigaScience).
# The same letters may open the last page ("aad3292--aad3292", Science's article identifiers),
# an online-first locator may run to exactly 17 digits ("00375497221139282", SAGE; 13 to 16
# digits stay unreadable, as before: no publisher's form is known there), and a supplement's
# pages may end in "S" ("33S--42S"): IDEMAbook's and des_sharing_lit_review's bibliographies,
# session 17.
_RANGE = re.compile(r"^\s*(?P<article>\d{1,6}:)?(?P<prefix>[A-Za-z]{0,4})"
                    r"(?P<start>\d{17}|\d{1,12})(?P<suffix>S?)\s*"
                    r"(?:(?P<dash>--|—|–|-)\s*"
                    r"(?:(?P<article2>\d{1,6}:)?(?P<prefix2>[A-Za-z]{0,4})"
                    r"(?P<end>\d{17}|\d{1,12})(?P<suffix2>S?)(?P<supplement>\.e\d{1,3})?)?)?\s*$")
# bioRxiv's and medRxiv's article identifier, the DOI's suffix after 10.1101/ (date-stamped:
# "2024.01.12.24301247"), which reference managers write into `pages` (nfidd's nfidd.bib,
# session 17): it names the article, as an e-number does, and is no range.
_PREPRINT_ID = re.compile(r"^\s*(?:19|20)\d\d\.[01]\d\.[0-3]\d\.\d{6,9}\s*$")
_ISBN = re.compile(r"^97[89]\d{10}$")
_LOCATOR = re.compile(r"^(?:pp?\.?|pages?)\s*(?P<start>\d{1,7})"
                      r"(?:\s*(?:--|—|–|-)\s*(?P<end>\d{1,7}))?", re.IGNORECASE)


@dataclass(slots=True)
class PageRange:
    prefix: str
    start: int
    end: int  # == start for a single page or article number
    dash: str  # the separator as written ("" for a single page)
    abbreviated: bool  # "637-41" written for 637-641
    article: str = ""  # ACM's "10:" before each page of article 10
    supplement: str = ""  # Cell Press's ".e4" after the last page
    suffix: str = ""  # a supplement's "S" after each page ("33S--42S")

    def __contains__(self, page: int) -> bool:
        return self.start <= page <= self.end

    def bibtex(self) -> str:
        first = f"{self.article}{self.prefix}{self.start}{self.suffix}"
        if self.end == self.start and not self.dash:
            return first
        return (f"{first}--{self.article}{self.prefix}{self.end}{self.suffix}"
                f"{self.supplement}")


def parse_pages(text: str) -> PageRange | None:
    """The range, with abbreviated ends expanded (637-41 -> 637-641); None if unreadable."""
    match = _RANGE.match(text)
    if not match:
        return None
    start = int(match.group("start"))
    end_text = match.group("end")
    dash = match.group("dash") or ""
    article = match.group("article") or ""
    if end_text is None:
        if dash or match.group("article"):
            return None  # "12-", or an article number without its page
        if _ISBN.match(match.group("start")):
            return None  # a book's ISBN-13 written as its pages (EpiMethods' ref.bib)
        return PageRange(match.group("prefix"), start, start, "", False,
                         suffix=match.group("suffix"))
    if (match.group("article2") or "") != article:
        return None  # "10:1--11:17" is not one article's pages
    prefix2 = match.group("prefix2")
    if (prefix2 and prefix2 != match.group("prefix") and len(prefix2) > 2) \
            or match.group("suffix") != match.group("suffix2"):
        return None  # "aad3292--abc3300", "33S--42": not one range
    end = int(end_text)
    abbreviated = False
    start_text = match.group("start")
    if len(end_text) < len(start_text) and end < start:
        end = int(start_text[:len(start_text) - len(end_text)] + end_text)
        abbreviated = True
    return PageRange(match.group("prefix"), start, end, dash, abbreviated, article,
                     match.group("supplement") or "", match.group("suffix"))


def is_preprint_identifier(text: str) -> bool:
    """A bioRxiv or medRxiv article identifier written as the pages ("2024.01.12.24301247")."""
    return _PREPRINT_ID.match(text) is not None


def locator_pages(locator: str) -> tuple[int, int] | None:
    """(first, last) page of a citation locator such as `p. 4` or `pp. 33-35`."""
    match = _LOCATOR.match(locator.strip())
    if not match:
        return None
    start = int(match.group("start"))
    end = int(match.group("end")) if match.group("end") else start
    return start, end
