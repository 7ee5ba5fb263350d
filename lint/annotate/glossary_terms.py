"""Where glossary terms occur, in which form, and whether that form is the preferred one.

Matching uses spaCy's PhraseMatcher on lower-cased tokens, with every spelling of each listed
form (term, preferred form, aliases, brands, rejected variants), tolerant
of plural and of hyphen/space variants ("hypothalamic pituitary gonadal
axis"). It never looks inside inline code, link text, URLs or citations,
and front matter is not prose. Each use is stored on its sentence
(`sentence.annotations.terms`) and on the document.
"""

from __future__ import annotations

from lint.annotate import doc_words
from lint.annotate.doc_arrays import span_chars
from lint.annotate.doc_arrays import text as doc_text
from lint.normalise import SEPARATOR_SPELLINGS, SEPARATORS, plural, spelling_words
from lint.sources.terms import is_term
from lint.document.annotations import TermUse
from lint.document.model import BlockKind, Document

def _forms(entry) -> list[tuple[str, str]]:
    """(role, form) for every form of an entry that matching should find."""
    forms = []
    if is_term(entry.term):
        forms.append(("preferred", entry.display))
        if entry.term.lower() != entry.display.lower():
            forms.append(("preferred", entry.term))
    for alias in entry.aliases:
        forms.append(("alias", alias))
    for brand in entry.brands:
        forms.append(("brand", brand))
    for rejected in entry.rejected:
        forms.append(("rejected", rejected))
    return forms


class TermMatcher:
    def __init__(self, nlp, glossary):
        from spacy.matcher import PhraseMatcher

        self.nlp = nlp
        self.entries = glossary.entries if glossary else []
        # A PhraseMatcher over every spelling a form allows: one pass over a text
        # whatever the size of the glossary (token patterns cost per pattern).
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.keys: dict[str, tuple[int, str, str]] = {}
        self.order: dict[str, int] = {}
        # What `uses` compares a match's text with, made once per form rather than at every
        # use: the form's words spaced in lower case and its separators (`same_words`,
        # `_separators`), and each entry's rejected forms spaced.
        self._compared: dict[str, tuple[str, list[str]]] = {}
        self._rejected = [[(form, SEPARATORS.sub(" ", form)) for form in entry.rejected]
                          for entry in self.entries]
        for index, entry in enumerate(self.entries):
            for role, form in _forms(entry):
                spellings = self._spellings(form)
                if not spellings:
                    continue
                key = f"{index}\x1f{role}\x1f{form}"
                self.keys[key] = (index, role, form)
                self._compared[key] = (SEPARATORS.sub(" ", form.lower()), _separators(form))
                self.order.setdefault(key, len(self.order))
                self.matcher.add(key, [nlp.make_doc(text) for text in spellings])

    def _spellings(self, form: str) -> list[str]:
        """The form with a space, hyphen or en dash between its words, last word plural too."""
        words = spelling_words(form)
        if not words:
            return []
        last = [t.lower_ for t in self.nlp.make_doc(words[-1])][-1]
        endings = [words[-1]]
        if last.isalpha() and len(last) > 2 and words[-1].endswith(last):
            endings.append(words[-1][:-len(last)] + plural(last))
        spellings = [""]
        for word in words[:-1]:
            spellings = [f"{s}{word}{sep}" for s in spellings for sep in SEPARATOR_SPELLINGS]
        return [s + ending for s in spellings for ending in endings]

    def annotate(self, document: Document) -> None:
        """Store the document's term uses (also on each sentence)."""
        document.annotations.terms = self.uses(document)

    def uses(self, document: Document) -> list[TermUse]:
        found: list[TermUse] = []
        if not len(self.matcher):
            return found
        strings = self.nlp.vocab.strings
        for block in document.blocks:
            doc = block.nlp_doc
            if doc is None or block.kind is BlockKind.FRONT_MATTER:
                continue
            excluded = block.meta.code_ranges + block.meta.link_ranges
            excluded += block.meta.citation_ranges
            # (label, start, end): read from the Doc's kept arrays, no Span or Token per match
            spans = [(strings[match_id], start, end)
                     for match_id, start, end in self.matcher(doc)]
            # Where one text matches several entries ("HPG axis" is an entry and an
            # alias of another), the entry whose own term it is wins.
            if not spans:
                continue  # (most blocks: their flags are not read)
            spans.sort(key=lambda sp: (self.keys[sp[0]][1] != "preferred", self.order[sp[0]]))
            urls, emails = doc_words.flags(doc, "LIKE_URL"), doc_words.flags(doc, "LIKE_EMAIL")
            for label, start, end in _filter_spans(spans):
                start_char, end_char = span_chars(doc, start, end)
                if any(s < end_char and start_char < e for s, e in excluded):
                    continue
                if any(urls[i] or emails[i] for i in range(start, end)):
                    continue
                sentence = next((s for s in block.sentences
                                 if s.token_start <= start < s.token_end), None)
                if sentence is None:
                    continue
                index, role, form = self.keys[label]
                text = doc_text(doc)[start_char:end_char]
                form_words, form_separators = self._compared[label]
                same = SEPARATORS.sub(" ", text.lower()) == form_words  # same_words(text, form)
                if role in ("preferred", "alias") and same and \
                        _separators(text) != form_separators:
                    role = "variant"
                if role != "rejected":
                    # A rejected form that differs from the term only in case ("Testosterone
                    # Replacement Therapy") matches the term too; written exactly so, it is
                    # the rejected form, wherever it stands in the sentence.
                    exact = SEPARATORS.sub(" ", text)
                    rejected = next((r for r, spaced in self._rejected[index]
                                     if spaced == exact), None)
                    if rejected is not None:
                        role, form = "rejected", rejected
                use = TermUse(
                    entry_index=index, role=role, form=form, text=text,
                    start=block.mapping.to_source(start_char),
                    end=block.mapping.to_source(end_char), sentence=sentence,
                    sentence_start=_opens_sentence(doc, start, sentence))
                sentence.annotations.terms.append(use)
                found.append(use)
        found.sort(key=lambda use: use.start)
        return found


def _filter_spans(spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """spaCy's `filter_spans` on (label, start, end): the (first) longest of overlapping
    spans, in text order."""
    ordered = sorted(spans, key=lambda sp: (sp[2] - sp[1], -sp[1]), reverse=True)
    kept, seen = [], set()
    for span in ordered:
        if span[1] not in seen and span[2] - 1 not in seen:
            kept.append(span)
            seen.update(range(span[1], span[2]))
    return sorted(kept, key=lambda sp: sp[1])


def _separators(text: str) -> list[str]:
    return ["-" if "-" in sep or "–" in sep else " " for sep in SEPARATORS.findall(text.strip())]


def _opens_sentence(doc, start: int, sentence) -> bool:
    """Only punctuation, quotes or list labels before the term in its sentence."""
    # (the Doc's kept arrays: no Token per word)
    punct, space = doc_words.flags(doc, "IS_PUNCT"), doc_words.flags(doc, "IS_SPACE")
    words = doc_words.words(doc)
    for i in range(sentence.token_start, start):
        if not (punct[i] or space[i] or words[i] in ("∞", "•", "*")):
            return False
    return True
