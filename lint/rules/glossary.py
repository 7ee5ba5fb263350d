"""GLO: the glossary file and the use of its terms."""

from __future__ import annotations

import functools
import re

from lint.data import load_data
from lint.diagnostics import Edit, Severity, Span
from lint.document.model import BlockKind
from lint.normalise import acronym_singular, plural_of, spelling_key
from lint.normalise import singular_term as _singular_term
from lint.rules.base import Finding, Option, Scope, rule
from lint.sources.terms import term_problem

# GLO rules key every glossary form and domain term of every article by it: the same few
# hundred texts in each article of a run, each keyed once (lint.normalise builds the
# knowledge snapshot, whose fingerprint is its source: the cache lives here).
singular_term = functools.lru_cache(maxsize=8192)(_singular_term)


@rule("GLO001", "invalid-glossary-file", Severity.ERROR, scope=Scope.CORPUS, input_error=True)
def invalid_glossary_file(corpus, context):
    """The glossary file cannot be read, is not valid YAML, or breaks the format.

    The format is documented in docs/glossary.md: a mapping with `version: 1`
    and a list of `entries`, each with a `term` and known fields only.

    Why: every glossary check depends on this file; a broken one would make
    them all silently pass. The run stops with exit code 2.

    Fails:

    ```markdown
    Text.
    ```

    ```yaml
    entries:
      - term: clomiphene citrate
        definiton: misspelt field name
    ```

    Passes:

    ```markdown
    Text.
    ```

    ```yaml
    version: 1
    entries:
      - term: clomiphene citrate
        definition: A selective estrogen receptor modulator.
    ```
    """
    if corpus.glossary_error is not None:
        error = corpus.glossary_error
        yield Finding(error.span, error.message, path=corpus.glossary_path,
                      suggestion=getattr(error, "hint", "") or None, context=error.message)


def _uses(document, *roles):
    for use in document.annotations.terms or []:
        if not roles or use.role in roles:
            yield use


def _entry(context, use):
    return context.glossary.entries[use.entry_index]


def _span(document, start, end):
    return document.source.span(start, end)


def _preferred_for(entry, use) -> str:
    """The preferred form, in the case pattern the position calls for."""
    preferred = entry.display
    if plural_of(use.text, preferred):
        preferred += "s"
    if use.sentence_start and entry.case in ("", "lower"):
        preferred = preferred[:1].upper() + preferred[1:]
    return preferred


@rule("GLO002", "non-preferred-term", Severity.WARNING, needs_annotations=True, fixable=True)
def non_preferred_term(document, context):
    """A term is written in a form the glossary rejects, or with other hyphens or spaces.

    Rejected forms are listed per entry (`rejected:`); a spelling that
    differs from the preferred form only in hyphens or spaces
    ("hypothalamic pituitary gonadal axis") is a variant too. Plurals are
    fine. A rejected form written exactly as listed is rejected even where
    it differs from the term only in case. `--fix` writes the preferred form.

    Why: one concept, one name: readers (and search) should not wonder
    whether two spellings mean two things.

    Fails:

    ```markdown
    The hypothalamic pituitary gonadal axis controls reproduction.
    ```

    ```yaml
    version: 1
    entries:
      - term: hypothalamic-pituitary-gonadal axis
        definition: The hypothalamic-pituitary-gonadal axis is the hormonal system of reproduction.
    ```

    ```markdown
    Clomifene citrate is taken orally.
    ```

    ```yaml
    version: 1
    entries:
      - term: clomiphene citrate
        definition: Clomiphene citrate is a selective estrogen receptor modulator.
        rejected: [clomifene citrate]
    ```

    A rejected form that differs only in case is caught at the start of a
    sentence too:

    ```markdown
    Testosterone Replacement Therapy is common.
    ```

    ```yaml
    version: 1
    entries:
      - term: testosterone replacement therapy
        case: lower
        definition: Testosterone replacement therapy is a treatment with testosterone.
        rejected: [Testosterone Replacement Therapy]
    ```

    Passes:

    ```markdown
    The hypothalamic-pituitary-gonadal axes of two species differ. See `clomifene citrate`
    and [clomifene citrate](https://example.org/clomifene-citrate).
    ```

    ```yaml
    version: 1
    entries:
      - term: hypothalamic-pituitary-gonadal axis
        definition: The hypothalamic-pituitary-gonadal axis is the hormonal system of reproduction.
      - term: clomiphene citrate
        definition: Clomiphene citrate is a selective estrogen receptor modulator.
        rejected: [clomifene citrate]
    ```
    """
    if context.glossary is None:
        return
    for use in _uses(document, "rejected", "variant"):
        entry = _entry(context, use)
        preferred = _preferred_for(entry, use)
        what = "a rejected variant" if use.role == "rejected" else "a spelling variant"
        yield Finding(_span(document, use.start, use.end),
                      f"'{use.text}' is {what} of '{entry.display}' (glossary)",
                      suggestion=f"write '{preferred}'", context=f"{use.text} {use.sentence.text}",
                      edits=(Edit(use.start, use.end, preferred),),
                      data={"term": entry.term, "written": use.text})


@rule("GLO003", "brand-name", Severity.WARNING, needs_annotations=True, options={
    "policy": Option("after-generic", "'after-generic': a brand is fine once the generic name "
                                      "has been introduced (also in the same breath, 'Clomid "
                                      "(clomiphene citrate)'); 'generic-only': always use the "
                                      "generic name",
                       choices=("after-generic", "generic-only")),
})
def brand_name(document, context):
    """A drug's brand name is used where the glossary prefers its generic name.

    Brand names map to the generic (`brands:` of the generic's entry).
    With the default policy a brand is accepted once the generic name has
    been introduced in the article (in a book, in this or an earlier chapter).

    Why: generic names are what clinicians, labels and the literature share;
    a brand alone hides which drug is meant and can read as promotion.

    Fails:

    ```markdown
    Clomid is taken orally. Clomiphene citrate is a selective estrogen receptor modulator.
    ```

    ```yaml
    version: 1
    entries:
      - term: clomiphene citrate
        definition: Clomiphene citrate is a selective estrogen receptor modulator.
        brands: [Clomid]
    ```

    Passes:

    ```markdown
    Clomid (clomiphene citrate) is taken orally. Clomid is well tolerated.
    ```

    ```yaml
    version: 1
    entries:
      - term: clomiphene citrate
        definition: Clomiphene citrate is a selective estrogen receptor modulator.
        brands: [Clomid]
    ```
    """
    if context.glossary is None:
        return
    generic_only = context.options.get("policy", "after-generic") == "generic-only"
    uses = list(_uses(document))
    book = document.annotations.chapter  # a book's other chapters
    introduced: set[int] = set(book.terms_introduced) if book is not None else set()
    for index, use in enumerate(uses):
        if use.role != "brand":
            introduced.add(use.entry_index)
            continue
        entry = _entry(context, use)
        following = uses[index + 1] if index + 1 < len(uses) else None
        # "Clomid (clomiphene citrate)": the generic arrives with the brand.
        same_breath = (following is not None and following.entry_index == use.entry_index
                       and following.role != "brand"
                       and document.source.text[use.end:following.start].strip() in ("(", ", or"))
        if not generic_only and (use.entry_index in introduced or same_breath):
            continue
        message = (f"brand name '{use.text}': use the generic name '{entry.display}'"
                   if generic_only else
                   f"brand name '{use.text}' before the generic name '{entry.display}' "
                   "is introduced")
        yield Finding(_span(document, use.start, use.end), message,
                      suggestion=f"write '{entry.display} ({use.text})' at first mention"
                      if not generic_only else f"write '{entry.display}'",
                      context=f"{use.text} {use.sentence.text}")


@rule("GLO004", "term-case", Severity.WARNING, needs_annotations=True, fixable=True)
def term_case(document, context):
    """A glossary term is capitalised differently from its case rule in mid-sentence.

    `case: lower` terms are lower case in running text; `proper`,
    `acronym` and `as-written` terms are written exactly as their
    preferred form. Sentence starts (including list labels and table
    cells) and headings are exempt.

    Why: "Clomiphene Citrate" mid-sentence reads like a brand or a title
    and breaks the house style that readers rely on to spot names.

    Fails:

    ```markdown
    Clinical data indicate that Clomiphene Citrate can raise testosterone.
    ```

    ```yaml
    version: 1
    entries:
      - term: clomiphene citrate
        definition: Clomiphene citrate is a selective estrogen receptor modulator.
        case: lower
    ```

    Passes:

    ```markdown
    Clomiphene citrate can raise testosterone; clomiphene citrate is oral.

    ## Clomiphene Citrate
    ```

    ```yaml
    version: 1
    entries:
      - term: clomiphene citrate
        definition: Clomiphene citrate is a selective estrogen receptor modulator.
        case: lower
    ```
    """
    if context.glossary is None:
        return
    for use in _uses(document, "preferred", "alias"):
        entry = _entry(context, use)
        block = use.sentence.block
        if not entry.case or use.sentence_start or block.kind is BlockKind.HEADING or (
                block.kind is BlockKind.CAPTION and block.meta.caption_of == "table"):
            continue  # sentence starts, headings and table titles may capitalise
        expected = use.form.lower() if entry.case == "lower" and use.role == "preferred" \
            else use.form
        written = use.text
        if _case_pattern(written, expected) is None:
            continue
        fixed = _case_pattern(written, expected)
        yield Finding(_span(document, use.start, use.end),
                      f"'{written}' should be written '{fixed}' (glossary case rule: "
                      f"{entry.case})", suggestion=f"write '{fixed}'",
                      context=f"{written} {use.sentence.text}",
                      edits=(Edit(use.start, use.end, fixed),))


def _case_pattern(written: str, expected: str) -> str | None:
    """The written form with the expected case, or None when it already conforms."""
    if written == expected or written[:len(expected)] == expected:
        return None
    if written.lower()[:len(expected)] != expected.lower():
        return None  # a different separator: GLO002's business
    return expected + written[len(expected):]


def _declared(document, context) -> set[str]:
    """Acronyms a MyST project or page declares in `abbreviations:` (acronym -> expansion)
    front matter: mystmd shows each use with its expansion, so they count as defined."""
    declared = set()
    project = context.corpus.project if context.corpus is not None else None
    for source in ((project.metadata if project is not None else {}),
                   document.front_matter or {}):
        table = source.get("abbreviations")
        if isinstance(table, dict):
            declared.update(acronym_singular(str(key)) for key in table)
    return declared


def _acronym_events(document, kind=None):
    for event in document.annotations.acronyms:
        if kind is None or event.kind == kind:
            yield event


@rule("GLO005", "acronym-before-definition", Severity.WARNING, needs_annotations=True)
def acronym_before_definition(document, context):
    """An acronym is used before its definition.

    A use earlier in the defining sentence counts ("IGF-1 rises as insulin-like
    growth factor 1 (IGF-1) ..."); in a book or manuscript, so does a use in a
    chapter before the defining one. An acronym declared in MyST's
    `abbreviations:` front matter is defined before the text begins. A
    heading over the paragraph that spells the acronym out ("## What is NFIDD?"
    with the definition in the first block below it) is not reported; a
    definition further down the section is.

    Why: a reader meets "IGF-1" in a table and learns what it stands for
    two sections later; define at first use.

    Fails:

    ```markdown
    MK-677 increases IGF-1 levels.

    The insulin-like growth factor-1 (IGF-1) system supports the testes.
    ```

    Passes:

    ```markdown
    The insulin-like growth factor-1 (IGF-1) system supports the testes.

    MK-677 increases IGF-1 levels.
    ```
    """
    first_definition = {}
    for event in _acronym_events(document):
        if event.kind in ("definition", "expanded"):
            first_definition.setdefault(event.acronym, event)
    reported = _declared(document, context)  # defined before the text begins
    book = document.annotations.chapter  # a book's other chapters
    earlier = book.acronyms_before if book is not None else ()
    for event in _acronym_events(document, "use"):
        definition = first_definition.get(event.acronym)
        if definition is None or event.start >= definition.start or event.acronym in reported:
            continue
        if event.acronym in earlier:
            continue  # defined in an earlier chapter: the reader knows it (GLO006's repeat)
        if event.defined_below:
            continue  # "## What is NFIDD?" over the paragraph that defines it
        reported.add(event.acronym)
        where = document.position(definition.start)
        # "(line 586)" said on line 586 reads as a contradiction: name the column there.
        place = (f"later on this line, column {where.col}"
                 if where.line == document.position(event.start).line else f"line {where.line}")
        yield Finding(_span(document, event.start, event.end),
                      f"'{event.written}' is used before it is defined ({place})",
                      suggestion=f"define it here: '{definition.expansion} ({definition.written})'",
                      context=f"{event.acronym} {event.sentence.text}")
    if book is None:
        return
    for event in _acronym_events(document, "use"):
        acronym = event.acronym
        if acronym in first_definition or acronym in book.acronyms_before \
                or acronym not in book.acronyms_after or acronym in reported:
            continue
        reported.add(acronym)
        chapter, expansion = book.acronyms_after[acronym]
        yield Finding(_span(document, event.start, event.end),
                      f"'{event.written}' is used before it is defined (in {chapter})",
                      suggestion=f"define it here: '{expansion} ({acronym})'",
                      context=f"{acronym} {event.sentence.text}")


@rule("GLO006", "acronym-redefined", Severity.INFO, needs_annotations=True)
def acronym_redefined(document, context):
    """An acronym is defined again after its first definition.

    Why: a second definition is noise for a reader who has met it; long
    articles sometimes repeat one on purpose, hence info.

    Fails:

    ```markdown
    Luteinizing hormone (LH) rises. Later, luteinizing hormone (LH) falls.
    ```

    Passes:

    ```markdown
    Luteinizing hormone (LH) rises. Later, LH falls.
    ```

    A definition in the page's title (a level-1 heading opening it, when the
    front matter gives no `title`) is the title's own: the text defines the
    acronym again for its reader.
    """
    seen = {}
    title = document.title_heading
    for event in _acronym_events(document, "definition"):
        if event.sentence.block is title:
            continue  # the page's title spells it out for the title; the text does again
        first = seen.setdefault(event.acronym, event)
        if first is not event and _same(first.expansion, event.expansion):
            line = document.position(first.start).line
            yield Finding(_span(document, event.start, event.end),
                          f"'{event.acronym}' is defined again (first on line {line})",
                          suggestion=f"write '{event.acronym}' alone",
                          context=f"{event.acronym} {event.sentence.text}")


# Words an expansion may have or leave out: "area under the curve", "area under curve";
# "a" and "an" only in lower case, since a capital A is a name's letter ("Group A").
_UNSPELT = frozenset({"and", "the"})
_UNSPELT_LOWER = frozenset({"a", "an"})


def _spelt(word: str) -> bool:
    return word.lower() not in _UNSPELT and word not in _UNSPELT_LOWER


def _same(a: str, b: str) -> bool:
    """One expansion, whatever its case, separators, number ("modulator", "modulators") or
    British/American spelling ("luteinising", "luteinizing"), with a word more at either
    end ("androgen receptor modulator", "pathway-level information extractor method"), or
    another form of its words by ending -ed, -ious, -ing, -(at)ion or -ogram/-ography
    ("susceptible, infected and removed", "susceptible, infectious and removed/recovered";
    "extract, transform, and load", "extraction, transformation, and loading"), a list joined by "and" or
    by hyphens ("susceptible-infected-recovered"), or a compound written open or closed
    ("conditional auto regressive", "conditional autoregressive"); articles are left out
    ("area under the curve", "area under curve")."""
    a, b = (spelling_key(singular_term(" ".join(
        w for w in re.findall(r"[^\W_]+", x) if _spelt(w)))) for x in (a, b))
    if a == b or a.endswith(b) or b.endswith(a) or a.startswith(b) or b.startswith(a):
        return True
    if a.replace(" ", "") == b.replace(" ", ""):
        return True  # a compound written open or closed: "auto regressive", "autoregressive"
    # Forms of one word ("infected", "infectious"; "removed/recovered" naming an alternative
    # at the end) name one thing: words compared without these endings only. A shared
    # prefix is not enough: "hypertension"/"hyperthyroidism", "embolism"/"embolization",
    # "transcription"/"transcriptase" are different things under one acronym.
    # Each word singular too: "Better Birth Initiative", "Better Births Initiative".
    a, b = ([_WORD_FORM_ENDING.sub("", singular_term(word)) for word in x.split()]
            for x in (a, b))
    short, long = sorted((a, b), key=len)  # whole words: "transcript" is no "transcriptase"
    return bool(short) and (long[:len(short)] == short or long[-len(short):] == short)


# "extraction"/"extract", "transformation", "loading" (the FAIR Cookbook's ETL),
# "electroencephalogram"/"-graphy" (bids-specification's EEG and EMG), "infected"/
# "infectious" (IDEMAbook's SIR): a record and its method, an act and its verb.
_WORD_FORM_ENDING = re.compile(r"(?<=\w{3})(?:ation|ion|ography|ogram|ed|ious|ing)$")


_DETERMINERS = frozenset({"the", "a", "an", "this", "these", "those", "that"})
_CLAUSE_WORDS = frozenset({"is", "are", "was", "were", "be", "been", "being", "referred"})

_WORD_START = re.compile(r"(?:^|(?<=[\s\-–/(]))\w|(?<=[a-z])[A-Z]")


def _spells(expansion: str, acronym: str) -> bool:
    """Whether the expansion spells the acronym: its first word starts with the first
    letter, and each next letter starts a later word or follows in the word of the
    letter before ("rate ratio" RR, "gonadotropin-releasing hormone" GnRH, "coronavirus"
    giving the C and V of SARS-CoV-2). "survey data as an" does not spell SRS, nor
    "packages and requires the strata and cluster" PSU, nor "in a larger PLE study" PLP
    (another acronym spells nothing): such loose matches are no definitions to hold
    the text to, and neither is one holding the acronym itself."""
    letters = [c.lower() for c in acronym if c.isalnum()]
    if not letters or re.search(rf"(?<!\w){re.escape(''.join(letters))}", expansion.lower()):
        return False  # "RR^2^", "cdmDbSchema variable": the acronym itself, or a name on it
    starts = [m.start() for m in _WORD_START.finditer(expansion)]
    words = [expansion[a:b] for a, b in zip(starts, starts[1:] + [len(expansion)])]
    words = ["" if re.fullmatch(r"[A-Z]{2,}\W*", word) else word.lower() for word in words]
    if not words or words[0][:1] != letters[0]:
        return False
    plain = [re.sub(r"\W+", "", word) for word in words]
    determined = plain[0] in _DETERMINERS and expansion.lstrip()[:1].islower()
    if plain[-1] == "" or determined or _CLAUSE_WORDS.intersection(plain):
        # Words of a clause, not a name: "Tuberculosis is often referred to as TB", "identify
        # the bacteria as TB bacilli", "adherence to HIV management protocols e.g. PMTCT or
        # ART" (ending in another acronym: a list of them; "Area Under the ROC Curve" is one).
        # A capital determiner starts a name: "The Joint Commission (TJC)".
        return False

    def spelled(letter: int, word: int, inside: int) -> bool:
        if letter == len(letters):
            return True
        following = words[word].find(letters[letter], inside)  # in this word
        if following >= 0 and spelled(letter + 1, word, following + 1):
            return True
        return any(words[later][:1] == letters[letter] and spelled(letter + 1, later, 1)
                   for later in range(word + 1, len(words)))

    return spelled(1, 0, 1)


@rule("GLO007", "acronym-conflicting-expansions", Severity.WARNING, needs_annotations=True)
def acronym_conflicting_expansions(document, context):
    """One acronym is defined with two different expansions.

    Why: "AI" for aromatase inhibitor and for artificial intelligence in
    one article leaves the reader guessing which is meant.

    Fails:

    ```markdown
    Aromatase inhibitors (AIs) lower estradiol. Adequate intake (AI) of zinc matters.
    ```

    Only expansions that spell the acronym are compared, and a word more at
    either end is one expansion still.

    Passes:

    ```markdown
    Aromatase inhibitors (AIs) lower estradiol. AIs are oral.
    ```

    Survey methods (ehsanx/EpiMethods, CC0): "as an SRS" defines nothing.

    ```markdown
    Standard methods assume a simple random sample (SRS). Treating complex survey data as
    an SRS is a critical error.
    ```
    """
    seen = {}
    for event in _acronym_events(document, "definition"):
        if not _spells(event.expansion, event.acronym):
            continue
        first = seen.setdefault(event.acronym, event)
        if first is not event and not _same(first.expansion, event.expansion):
            line = document.position(first.start).line
            yield Finding(_span(document, event.start, event.end),
                          f"'{event.acronym}' is defined as '{event.expansion}' here and as "
                          f"'{first.expansion}' on line {line}",
                          suggestion="use one expansion, or another acronym for the other",
                          context=f"{event.acronym} {event.expansion}")


@rule("GLO008", "acronym-never-defined", Severity.WARNING, needs_annotations=True, options={
    "known": Option([], "acronyms readers know without a definition, added to "
                        "lint/data/acronyms.yaml (DNA, UK, ...)"),
})
def acronym_never_defined(document, context):
    """An acronym is used in the article but never defined in it.

    A definition is the expansion followed by the acronym in parentheses or
    brackets ("(LH)", "[DHEA]", "(SVM, supervised)"), "expansion, or ACR",
    "expansion, ACR,", "called ACR", "ACR (expansion)", "ACR, or expansion",
    a legend's "BMI: body mass index" or "CI, confidence interval;", a row of
    an abbreviation table, or the long form written out earlier in the same
    sentence ("code of conduct guidance: … COC"). Widely known acronyms
    (lint/data/acronyms.yaml and the `known` option) are exempt, and so are
    those a MyST project (`myst.yml`) or page declares in its `abbreviations:`
    front matter, which mystmd shows with every use. In a book or
    manuscript, a definition in another chapter counts (one in a later
    chapter is GLO005's), and an acronym the whole text never defines is
    reported once, in the first chapter that uses it (a use suppressed there, or
    declared in that chapter's `abbreviations:`, leaves it to the next chapter).

    Tokens shaped like acronyms that are not abbreviations are not read
    (lint/annotate/acronym_shapes.py): mixed-case names ("GitHub"), names
    cited at once ("CYCLOPS [@key]"), file names ("README"), units after a
    number, credentials after a name, Roman numerals, formulas, licence codes,
    gene symbols in italics, pronunciations ("an-JEYE-nuh"), capitals for
    emphasis or in a shouted line ("READ MORE", "## OVERVIEW"), and programs
    named as such ("the free software PSPP", "implemented in NONMEM"; statistical
    software written in capitals, such as SAS and JAGS, is in the known list), and the
    initials of the text's own authors (front matter `author`, Manubot's `authors`) used
    as names: alone in parentheses ("the manual (GW) models") or beside another author's
    in the authors' statements ("Neither TM nor AH" under "Competing interests").

    Why: "TRT" means nothing to a reader who has not been told; define
    every acronym once, at first use.

    Fails:

    ```markdown
    Fertility returns after TRT is stopped.
    ```

    Passes:

    ```markdown
    Fertility returns after testosterone replacement therapy (TRT) is stopped. DNA is fine.
    ```

    Names and definitions on others' writing (computer-aided-biotech/better-cb,
    CC BY 4.0):

    ```markdown
    Hosting services such as GitHub, GitLab, or Bitbucket store Git repositories. This
    gap is addressed by the FAIR principles—Findability, Accessibility, Interoperability,
    and Reusability—in 2016.
    ```
    """
    known = set(context.options.get("known", []))
    defined = {e.acronym for e in _acronym_events(document)
               if e.kind in ("definition", "glued", "expanded")} | _declared(document, context)
    book = document.annotations.chapter  # a book's other chapters
    reported = set()
    if book is not None:  # defined before, or later (GLO005 reports that)
        defined |= set(book.acronyms_before) | set(book.acronyms_after)
        # One never defined in the whole book is reported once, where the book first uses
        # it, not again in every chapter that uses it.
        reported |= book.acronyms_used_before
    for event in _acronym_events(document, "use"):
        if event.acronym in defined or event.acronym in known or event.acronym in reported:
            continue
        if event.credit:
            continue  # "the manual (GW) models": an author, credited (author_initials.py)
        reported.add(event.acronym)
        yield Finding(_span(document, event.start, event.end),
                      f"'{event.written}' is never defined in this article",
                      suggestion=f"write the expansion followed by ({event.acronym}) at first use",
                      context=f"{event.acronym}")


@rule("GLO009", "glued-acronym", Severity.WARNING, needs_annotations=True, fixable=True)
def glued_acronym(document, context):
    """An expansion is followed by its acronym without parentheses.

    For example "Hormone Replacement Therapy HRT" instead of "hormone
    replacement therapy (HRT)".

    Why: the glued form reads as a garbled phrase; the standard form puts
    the acronym in parentheses after a lower-case expansion. `--fix`
    rewrites it.

    Fails:

    ```markdown
    This represents precise Hormone Replacement Therapy HRT and more.
    ```

    Only words and spaces glue: "latent variables/LVs" and "Deep vein
    thrombosis [DVT]" are other ways to define an acronym.

    Passes:

    ```markdown
    This represents precise hormone replacement therapy (HRT) and more.
    ```

    A trait table (greenelab/phenoplier_manuscript, CC BY 4.0):

    ```markdown
    | Code  | Trait                      |
    |-------|----------------------------|
    | 452.2 | Deep vein thrombosis [DVT] |
    ```
    """
    for event in _acronym_events(document, "glued"):
        written = document.source.text[event.expansion_start:event.start]
        if not _glued(written):
            continue
        expansion = " ".join(w if _keeps_case(w) else w.lower() for w in written.split())
        fixed = f"{expansion} ({event.written})"
        yield Finding(_span(document, event.expansion_start, event.end),
                      f"acronym glued to its expansion: "
                      f"'{document.source.text[event.expansion_start:event.end]}'",
                      suggestion=f"write '{fixed}'", context=f"{event.acronym} glued",
                      edits=(Edit(event.expansion_start, event.end, fixed),))


_GLUED = re.compile(r"[^\W_]+(?:[-–'’][^\W_]+)*(?:\s+[^\W_]+(?:[-–'’][^\W_]+)*)*\s+")
# Words that begin or end no expansion: "on a OA" only looks like one.
_FUNCTION_WORDS = frozenset("a an the of on in at to for by with as or and from into".split())


def _glued(written: str) -> bool:
    """Whether the words before an acronym are glued to it: words and spaces only up to it.
    Other marks mean another form of definition ("latent variables/LVs", "Deep vein
    thrombosis [DVT]", "**Standardized mean differences**: SMD", a list's "artery
    disease;" before the next line's "AD:"), which the fix would garble."""
    words = written.split()
    return bool(_GLUED.fullmatch(written)) and bool(words) and not (
        words[0].lower() in _FUNCTION_WORDS or words[-1].lower() in _FUNCTION_WORDS)


def _keeps_case(word: str) -> bool:
    """Acronyms and mixed-case names keep their case when an expansion is lower-cased."""
    return sum(1 for c in word if c.isupper()) > 1


@rule("GLO010", "glossary-definition-missing", Severity.WARNING, scope=Scope.CORPUS)
def glossary_definition_missing(corpus, context):
    """A glossary entry has no definition.

    Why: an entry without a definition gives readers a word and nothing to
    understand it by.

    Fails:

    ```markdown
    Text.
    ```

    ```yaml
    version: 1
    entries:
      - term: aromatase
    ```

    Passes:

    ```markdown
    Text.
    ```

    ```yaml
    version: 1
    entries:
      - term: aromatase
        definition: Aromatase is an enzyme that converts androgens into estrogens.
    ```
    """
    glossary = corpus.glossary
    if glossary is None:
        return
    for entry in glossary.entries:
        if not entry.definition.strip():
            yield Finding(Span.at(entry.line), f"glossary entry '{entry.term}' has no definition",
                          path=glossary.path, context=entry.term)


@rule("GLO011", "glossary-definition-does-not-define", Severity.WARNING, scope=Scope.CORPUS,
      needs_annotations=True)
def glossary_definition_does_not_define(corpus, context):
    """A glossary entry's text does not say what its term is (a teaser, or what it does).

    The check (lint/annotate/definitions.py, lint/data/definitions.yaml):
    the first sentence must have the term, an alias or the term's head word
    as the subject of a defining verb ("is", "are", "refers to",
    "describes", "denotes", "signifies", "means" ...), or open with a genus
    ("A medical intervention involves ...", a dictionary's "The absence of
    sperm in the ejaculate", also after the name: "Human chorionic
    gonadotropin, a hormone that ..."). A sentence about something else
    ("Individuals on TRT can often donate blood") or about what the term
    does ("X interact with Y") is not a definition.

    Why: glossary texts copied from teasers for other pages leave the term
    undefined while looking defined.

    Fails:

    ```markdown
    Text.
    ```

    ```yaml
    version: 1
    entries:
      - term: testosterone replacement therapy
        definition: Individuals on testosterone replacement therapy can often donate blood.
    ```

    Passes:

    ```markdown
    Text.
    ```

    ```yaml
    version: 1
    entries:
      - term: sertoli cells
        definition: Sertoli cells are specialized somatic cells within the testes.
      - term: testosterone therapy
        definition: A medical intervention involving the administration of testosterone.
    ```
    """
    glossary = corpus.glossary
    if glossary is None:
        return
    for entry in glossary.entries:
        judged = entry.annotations.definition
        if judged is None or judged.defines or not entry.definition.strip():
            continue
        yield Finding(Span.at(entry.line), f"glossary entry '{entry.term}': {judged.reason}",
                      suggestion="write what the term is, starting with the term: "
                                 f"'{entry.term[:1].upper() + entry.term[1:]} is ...'",
                      path=glossary.path, context=entry.term)


@rule("GLO012", "glossary-entry-not-a-term", Severity.WARNING, scope=Scope.CORPUS)
def glossary_entry_not_a_term(corpus, context):
    """A glossary "term" is not a term but a sentence fragment.

    A term is a noun phrase of at most six words without clause words
    (while, which, might, others, is ...) and without final punctuation
    (lint/sources/terms.py). An acronym ("WHO classification") and a
    final noun "will" or "can" ("living will") are not clause words.

    Why: "while others might require" is a fragment pasted into the term
    field; it can never be used or looked up.

    Fails:

    ```markdown
    Text.
    ```

    ```yaml
    version: 1
    entries:
      - term: while others might require
        definition: Low-dose testosterone for women recalibrates hormonal balance.
    ```

    Passes:

    ```markdown
    Text.
    ```

    ```yaml
    version: 1
    entries:
      - term: selective estrogen receptor modulator
        definition: A selective estrogen receptor modulator is a drug acting on estrogen receptors.
    ```
    """
    glossary = corpus.glossary
    if glossary is None:
        return
    for entry in glossary.entries:
        problem = term_problem(entry.term)
        if problem:
            yield Finding(Span.at(entry.line),
                          f"glossary entry '{entry.term}' is not a term: {problem}",
                          suggestion="use the noun phrase the entry defines",
                          path=glossary.path, context=entry.term)


@rule("GLO013", "duplicate-glossary-entries", Severity.WARNING, scope=Scope.CORPUS)
def duplicate_glossary_entries(corpus, context):
    """Two glossary entries are one concept.

    Singular and plural, an acronym and its expansion (one listed as the
    other's alias), or two entries with the same text.

    Why: two entries for one concept drift apart and tell readers there
    are two things where there is one; merge them and list the other form
    as an alias.

    Fails:

    ```markdown
    Text.
    ```

    ```yaml
    version: 1
    entries:
      - term: aromatase inhibitor
        definition: An aromatase inhibitor is a drug that blocks aromatase.
      - term: aromatase inhibitors
        definition: Aromatase inhibitors are drugs that block aromatase.
    ```

    Passes:

    ```markdown
    Text.
    ```

    ```yaml
    version: 1
    entries:
      - term: aromatase inhibitor
        definition: An aromatase inhibitor is a drug that blocks aromatase.
        aliases: [AI]
      - term: aromatase
        definition: Aromatase is the enzyme that converts androgens into estrogens.
    ```
    """
    glossary = corpus.glossary
    if glossary is None:
        return
    seen_forms: dict[str, object] = {}
    seen_text: dict[str, object] = {}
    for entry in glossary.entries:
        reason, other = None, None
        forms = [singular_term(entry.term)] + [singular_term(a) for a in entry.aliases]
        for form in forms:
            if form in seen_forms and seen_forms[form] is not entry:
                other = seen_forms[form]
                if singular_term(other.term) == singular_term(entry.term):
                    reason = "the same term (singular/plural or spelling)"
                else:
                    reason = "an acronym or alias of the other"
                break
        text = re.sub(r"\s+", " ", entry.definition.strip().lower())
        if other is None and text and text in seen_text:
            other, reason = seen_text[text], "the same definition text"
        if other is not None:
            yield Finding(Span.at(entry.line),
                          f"glossary entries '{other.term}' (line {other.line}) and "
                          f"'{entry.term}' are one concept: {reason}",
                          suggestion=f"merge them; list '{entry.term}' as an alias",
                          path=glossary.path, context=f"{other.term} {entry.term}")
        for form in forms:
            seen_forms.setdefault(form, entry)
        if text:
            seen_text.setdefault(text, entry)


@rule("GLO014", "unused-glossary-entry", Severity.INFO, scope=Scope.CORPUS,
      needs_annotations=True)
def unused_glossary_entry(corpus, context):
    """A glossary entry is never used in the content (in any of its forms).

    Only reported when every article was checked, so a partial run never
    calls an entry unused.

    Why: entries nobody reads cost upkeep and hint at content that was
    removed or a term the article spells differently.

    Fails:

    ```markdown
    Anastrozole lowers estradiol.
    ```

    ```yaml
    version: 1
    entries:
      - term: sertoli cells
        definition: Sertoli cells are specialized somatic cells within the testes.
    ```

    Passes:

    ```markdown
    Sertoli cells nourish developing sperm.
    ```

    ```yaml
    version: 1
    entries:
      - term: sertoli cells
        definition: Sertoli cells are specialized somatic cells within the testes.
        preferred: Sertoli cells
    ```
    """
    glossary = corpus.glossary
    if glossary is None or any(d.annotations.terms is None for d in corpus.documents
                               if d.readable):
        return
    used = {use.entry_index for d in corpus.documents for use in d.annotations.terms or []}
    for index, entry in enumerate(glossary.entries):
        if index not in used:
            yield Finding(Span.at(entry.line),
                          f"glossary entry '{entry.term}' is never used in the content",
                          path=glossary.path, context=entry.term)


@functools.lru_cache(maxsize=8192)  # the same domain terms in every article
def _qualified_term(key: str, category: str) -> str:
    """"serum testosterone" is testosterone, qualified: a term whose last words are another
    term of its category stands for that term (one glossary entry serves both)."""
    words = key.split()
    terms = _domain_terms().get(category, frozenset())
    for cut in range(1, len(words)):
        tail = " ".join(words[cut:])
        if tail in terms:
            return tail
    return key


@functools.cache  # built on first use, not when the rules are imported
def _domain_terms() -> dict[str, frozenset[str]]:
    return {category: frozenset(singular_term(t) for t in terms)
            for category, terms in load_data("domain.yaml").items()}


@rule("GLO015", "term-missing-from-glossary", Severity.INFO, needs_annotations=True, options={
    "categories": Option(["drug", "hormone", "drug_class"],
                         "categories of domain vocabulary (lint/data/domain.yaml) whose terms "
                         "should have a glossary entry",
                         choices=tuple(load_data("domain.yaml"))),
})
def term_missing_from_glossary(document, context):
    """A drug, hormone or drug class named in the article has no glossary entry.

    Reported once per term, at its first use (in a book, its first chapter
    using it); an acronym the article defines counts as its expansion. The
    categories come from the domain vocabulary and are configurable.

    Why: the glossary is where readers look up the drugs and hormones the
    article relies on.

    Fails:

    ```markdown
    Anastrozole lowers estradiol.
    ```

    ```yaml
    version: 1
    entries:
      - term: estradiol
        definition: Estradiol is the main estrogen.
    ```

    Passes:

    ```markdown
    Anastrozole lowers estradiol.
    ```

    ```yaml
    version: 1
    entries:
      - term: estradiol
        definition: Estradiol is the main estrogen.
      - term: anastrozole
        definition: Anastrozole is an aromatase inhibitor.
    ```
    """
    glossary = context.glossary
    if glossary is None:
        return
    wanted = set(context.options.get("categories", []))
    covered = set()
    for entry in glossary.entries:
        for form in [entry.term, entry.preferred, *entry.aliases, *entry.brands]:
            if form:
                covered.add(singular_term(form))
    book = document.annotations.chapter  # a book's other chapters
    reported = {singular_term(t) for t in book.domain_terms} if book is not None else set()
    # An acronym the article defines is its expansion's term: "SERMs" is covered by an entry
    # for selective estrogen receptor modulators, and "PDA" is reported with its expansion.
    expansions = {}
    for event in document.annotations.acronyms:
        if event.kind in ("definition", "glued") and event.expansion:
            expansions.setdefault(event.written, event.expansion)
            expansions.setdefault(event.acronym, event.expansion)
    for mention in document.annotations.domain_terms:
        key = _qualified_term(singular_term(expansions.get(mention.text, mention.text)),
                              mention.category)
        if mention.category not in wanted or key in covered or key in reported:
            continue
        reported.add(key)
        yield Finding(_span(document, mention.start, mention.end),
                      f"'{mention.text}' ({mention.category.replace('_', ' ')}) has no "
                      "glossary entry", suggestion="add it to the glossary",
                      context=singular_term(mention.text))
