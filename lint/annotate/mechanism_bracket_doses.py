"""A dose in the bracket after a drug's name is that drug's (issue 16, session 24, i344).

"randomised to receive survodutide (… 2.7 mg once weekly [qw; …] or 1.2 or 1.8 mg twice
weekly […]), placebo or semaglutide (up to 1.0 mg qw)" (Diabetologia, gold round 32), as
"cagrilintide (0·3, 0·6, 1·2, 2·4, or 4·5 mg), once-daily liraglutide 3·0 mg, or … placebo"
(The Lancet, gold round 32) and "Symfi (EFV 600 mg/TDF/3TC); Symfi Lo (EFV 400 mg/TDF/3TC)"
(HHS guideline table, gold round 26) give each arm or product its own dose in its bracket:
a schedule inside the bracket that opens right after a drug's name belongs to that drug,
not to another drug the list names after the bracket closes. Brackets are counted over the
whole sentence, since a semicolon inside one ("[qw; dose group 1–4]") may cut the clause."""

from __future__ import annotations

from lint.annotate import doc_words

_OPEN = {"(": ")", "[": "]"}
_CLOSE = {")", "]"}


def bracket_opener(doc, sentence_start: int, index: int) -> int | None:
    """Where the outermost bracket around `index` opens, in the sentence; None outside.
    (Not mechanism_guards.bracket_start: that walks back from a bracket that has just closed;
    this asks which bracket encloses a word.)"""
    stack: list[int] = []
    for at, word in enumerate(doc_words.words(doc)[sentence_start:index], sentence_start):
        if word in _OPEN:
            stack.append(at)
        elif word in _CLOSE and stack:
            stack.pop()
    return stack[0] if stack else None


def bracket_owner(doc, sentence_start: int, index: int, matches) -> str | None:
    """The drug whose name the outermost bracket around `index` follows ('survodutide (…
    twice weekly …)'); "" when the bracket follows a word that names no drug; None when
    `index` is in no bracket."""
    opener = bracket_opener(doc, sentence_start, index)
    if opener is None:
        return None
    return next((m[1] for m in matches if m[0] == "drug" and m[3] == opener), "")
