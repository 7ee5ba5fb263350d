"""A form set in apposition after the last item of a list is that item's (issue 16, session
24, i344).

"recommends HRT with testosterone enanthate, human chorionic gonadotropin (hCG) and
‘Glowmin’, a short-acting testosterone ointment produced in Japan" (a review on a health
site, round 32): ", a … ointment" describes the name just before its comma, Glowmin, not
each drug of the list, as "AndroGel, a gel that must be rubbed into the chest" (a health
page, round 26) describes AndroGel, and "… which contains ethinylestradiol, an estrogen,
and segesterone acetate, a progestin" (gold round 18) gives each class to the name before
it (`mechanism_guards.apposition_owner`). A route word in such an apposition after a name
that is not one of the clause's drugs is none of theirs; after one of them
("hCG and testosterone enanthate, an oily injection") it is that drug's alone."""

from __future__ import annotations

from lint.annotate import doc_words
from lint.annotate.mechanism_guards import bracket_start

_ARTICLES = frozenset({"a", "an"})
_QUOTES = frozenset({"'", "’", "‘", '"', "”", "“", "»"})
_REACH = 6  # tokens from the article to the route's word ("a short - acting testosterone")


def apposition_item(doc, start: int, m_start: int, matches) -> str | None:
    """The route's word at `m_start` sits in ', a/an …' after a name (past `start`) while a
    drug is named before that name in the clause: the drug the name is ('testosterone
    enanthate, a … ointment'), "" for a name no drug match covers ('Glowmin'), None when
    the word is in no such apposition."""
    lowers = doc_words.lower_words(doc)
    article = m_start - 1
    while article > start and m_start - article <= _REACH and lowers[article] not in _ARTICLES:
        word = doc[article]
        if not (word.is_alpha or word.text == "-"):
            return None
        article -= 1
    if lowers[article] not in _ARTICLES or article - 2 < start or doc[article - 1].text != ",":
        return None
    name_end = article - 1  # the comma: the name ends before it, past closing quotes
    while name_end - 1 > start and doc[name_end - 1].text in _QUOTES:
        name_end -= 1
    if doc[name_end - 1].text == ")":
        # "Cefiderocol (S-649266; Fetroja), a new parenteral cephalosporin" (i232): the name
        # before the bracket (a semicolon inside it cuts no clause)
        bracket = bracket_start(doc, name_end, start, stops=(")", ","))
        if bracket == name_end:
            return None
        name_end = bracket
    if not doc[name_end - 1].is_alpha:
        return None
    owner = next((m for m in matches if m[0] == "drug" and m[3] == name_end), None)
    first = owner[2] if owner is not None else name_end - 1
    if not any(m[0] == "drug" and start <= m[2] and m[3] <= first for m in matches):
        return None  # no list before: "Testosterone cream, a topical form, …" is the drug's
    return owner[1] if owner is not None else ""
