"""Work skipped or done once where the answer cannot differ (issue 21, session 28, i400).

Each cut is checked twice: what it returns equals what the code before it returned (that code
written out here as the reference, on sentences of our own in the shapes the corpus has), and
the work it skips is not done (a test that fails on the code before the cut)."""

from __future__ import annotations

import re

import pytest

from lint.document.markdown import parse_document
from lint.document.textmap import SourceText
from lint.nlp import pipeline, segment


def _document(markdown: str):
    document = parse_document("page.md", SourceText.from_decoded(markdown))
    segment([document], "blank")
    return document


# -- status._names: a substring test before the regular expression ---------------------------

def _names_before(words: str, term: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(term.lower())}(?!\w)", words) is not None


NAMES_CASES = [
    ("trials of bpc-157 and tb-500 are lacking", "TB-500"),
    ("trials of bpc-157 and tb-500 are lacking", "BPC-157"),
    ("trials of bpc-1570 are lacking", "BPC-157"),  # inside a longer code: no
    ("(tb-500) is unproven", "tb-500"),
    ("it heals tendons.", "tendons"),
    ("it heals tendonsheaths", "tendons"),
    ("it heals Tendons", "tendons"),  # the words are compared as given
    ("ipamorelin, sermorelin", "Sermorelin"),
    ("", "sermorelin"),
    ("any words", ""),
    ("no evidence that it heals tendons or is safe", "safe"),
    ("the peptide's effects", "peptide"),
]


@pytest.mark.parametrize("words, term", NAMES_CASES)
def test_names_answers_as_the_regular_expression_alone(words, term):
    from lint.annotate.status import _names

    assert _names(words, term) == _names_before(words, term)


def test_names_does_not_search_words_that_lack_the_term(monkeypatch):
    """Most registry subjects are not in a sentence at all: no pattern is looked up or run
    for them (before i400 every subject was searched for)."""
    from lint.annotate import status

    searched = []
    real = status.re.search

    def counting(pattern, text, *args):
        searched.append(pattern)
        return real(pattern, text, *args)

    monkeypatch.setattr(status.re, "search", counting)
    assert not status._names("trials of bpc-157 are lacking", "TB-500")
    assert searched == []
    assert status._names("trials of tb-500 are lacking", "TB-500")
    assert len(searched) == 1


# -- mechanism_routes.dose_of_code_name: capitals and the dosing context first ----------------

CODE_TEXTS = [
    "Ascending doses of LGD-4033 administered daily for 21 days raised lean mass.",
    "In the trial, LGD-4033 given daily lowered HDL cholesterol.",
    "Participants took doses of MK-677 each evening.",
    "Doses of CGS 16949A were given twice daily.",
    "The team gave IV 500 mg of the drug over an hour.",
    "Testosterone given daily raised hematocrit; doses of B12 were also given.",
    "Doses of lgd-4033 given daily were well tolerated.",
    "A dose of GTx-024 taken orally, then RAD140 given weekly, was studied.",
    "Patients received doses of Ostarine (MK-2866) given daily for 12 weeks.",
    "Doses of ÉX-4033 given daily are a made-up case with an accented capital.",
]


def _code_name_at_before(doc, index: int) -> bool:
    from lint.annotate import mechanism_routes as routes

    text = doc[index].text
    if routes._CODE_NAME.fullmatch(text):
        return sum(c.isupper() for c in text) >= 2
    return bool(routes._CODE_PREFIX.fullmatch(text)) and index + 1 < len(doc) and \
        doc[index + 1].text[:1].isdigit() and text.lower() not in routes._ROUTE_ABBREVIATIONS \
        and not (index + 2 < len(doc) and doc[index + 2].lower_ in routes.DOSE_UNITS)


def _dose_of_code_name_before(doc, start: int, end: int, known=None) -> bool:
    from lint.annotate import doc_words
    from lint.annotate import mechanism_routes as routes

    lowers = doc_words.lower_words(doc)
    for index in range(start, end):
        if not _code_name_at_before(doc, index):
            continue
        before, after = lowers[max(start, index - 2):index], lowers[index + 1:index + 2]
        if not ((len(before) == 2 and before[1] == "of" and before[0] in routes._DOSE_NOUNS) or
                (after and after[0] in routes._GIVEN_VERBS)):
            continue
        if (known is None or known(doc[index].text) is None) and \
                not routes._bracketed_alias(doc, lowers, lowers[index]):
            return True
    return False


@pytest.mark.parametrize("known", [None, {"ostarine", "mk-2866"}.__contains__,
                                   lambda name: None])
def test_dose_of_code_name_answers_as_reading_every_word(known):
    from lint.annotate.mechanism_routes import code_name_at, dose_of_code_name

    lookup = None if known is None else (lambda name: (True if known(name.lower()) else None))
    nlp = pipeline("blank")
    found = 0
    for text in CODE_TEXTS:
        doc = nlp(text)
        for index in range(len(doc)):
            assert code_name_at(doc, index) == _code_name_at_before(doc, index), (text, index)
        for start in range(len(doc)):
            for end in range(start, len(doc) + 1):
                expected = _dose_of_code_name_before(doc, start, end, lookup)
                assert dose_of_code_name(doc, start, end, lookup) == expected, \
                    (text, start, end)
                found += expected
    assert found > 50  # the dosed code names are found, not only their absence


def test_dose_of_code_name_reads_the_shape_only_of_dosed_capitals(monkeypatch):
    """The code-name shape (two regular expressions) is read only for a word that opens with
    a capital A-Z in a dosing context, not for every word of the clause (i400)."""
    from lint.annotate import mechanism_routes as routes

    read = []
    real = routes.code_name_at
    monkeypatch.setattr(routes, "code_name_at",
                        lambda doc, index: read.append(doc[index].text) or real(doc, index))
    doc = pipeline("blank")("In the trial, Testosterone and LGD-4033 given daily lowered HDL, "
                            "while doses of MK-677 were taken at night.")
    assert routes.dose_of_code_name(doc, 0, len(doc))
    assert read == ["LGD-4033"]


# -- mechanism_sites: the clause readers read the Doc's word lists ---------------------------

class _NoTokens:
    """A Doc whose tokens cannot be indexed one by one (a word's Token made to read its
    spelling); a span of it still can (read where a site is found)."""

    def __init__(self, doc):
        self._doc = doc

    def __len__(self):
        return len(self._doc)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._doc[index]
        raise AssertionError("a Token read one by one")

    def __getattr__(self, name):
        return getattr(self._doc, name)


SITE_TEXT = ("Tiagabine, unlike vigabatrin, inhibits gamma-aminobutyric acid (GABA) reuptake "
             "into neurons and acts at spinal and supraspinal sites and via hypothalamic "
             "receptors, while etomidate reduces adrenal cortisol production.")


def _acted_on_before(doc, clause_start, clause_end, matches, subjects):
    from lint.annotate import mechanism_sites as sites

    acting = next((i for i in range(clause_start, clause_end)
                   if doc[i].lower_ in sites._ACTING_WORDS or
                   doc[i].lower_.startswith(sites._ACTING_STEMS)), None)
    if acting is None or len(subjects) < 2:
        return set()
    named = [(m[1], m[2]) for m in matches if m[0] == "drug" and m[1] in subjects and
             clause_start <= m[2] < clause_end]
    before = {drug for drug, at in named if at < acting}
    return {drug for drug, _ in named} - before if before else set()


def test_the_site_readers_answer_as_before_without_a_token_per_word():
    from lint.annotate import mechanism_sites as sites

    doc = pipeline("blank")(SITE_TEXT)
    words = [t.lower_ for t in doc]
    at = {w: words.index(w) for w in ("tiagabine", "vigabatrin", "gamma", "etomidate")}
    matches = [("drug", "tiagabine", at["tiagabine"], at["tiagabine"] + 1),
               ("drug", "vigabatrin", at["vigabatrin"], at["vigabatrin"] + 1),
               ("drug", "gaba", at["gamma"], at["gamma"] + 3)]
    subjects = ["tiagabine", "gaba", "vigabatrin"]
    adjectives = {"spinal": "spinal cord", "supraspinal": "brain",
                  "hypothalamic": "hypothalamus", "adrenal": "adrenal gland"}
    ends = [len(doc), words.index("while"), at["gamma"] + 2]
    for end in ends:
        expected = _acted_on_before(doc, 0, end, matches, subjects)
        assert sites.acted_on_drugs(_NoTokens(doc), 0, end, matches, subjects) == expected
    assert sites.acted_on_drugs(doc, 0, len(doc), matches, subjects) == {"gaba"}
    places = sites.organ_adjective_places(_NoTokens(doc), 0, len(doc), adjectives)
    assert sorted(site for _, site in places) == ["brain", "hypothalamus", "spinal cord"]
    # a clause naming no making is passed over before any word is read one by one
    assert sites.organ_adjective_making(_NoTokens(doc), 0, words.index("while"), None,
                                        set(), adjectives) == []
    assert sites.organ_adjectives_before(_NoTokens(doc), 0, words.index("receptors"),
                                         adjectives) == [(words.index("hypothalamic"),
                                                          "hypothalamus")]


# -- acronyms: the acronym shape kept per spelling with the capital test -----------------------

def test_capitals_keep_the_acronym_shape_of_each_spelling():
    from lint.annotate import acronyms

    doc = pipeline("blank")("The LH and FSH rise; SARS-CoV-2, hCG, Ms Lee, COVID-19, ABCDEFGHIJ "
                            "and Éclair stay apart. LHs")
    shapes = acronyms._capitals(doc)
    for token, shape in zip(doc, shapes):
        capital = "A" <= token.text[:1] <= "Z"
        acronym = capital and bool(acronyms._ACRONYM.match(token.text))
        assert bool(shape) == capital, token.text
        assert (shape == acronyms.ACRONYM_SHAPED) == acronym, token.text
    shape_of = dict(zip([t.text for t in doc], shapes))
    assert shape_of["LH"] == shape_of["SARS"] == shape_of["LHs"] == acronyms.ACRONYM_SHAPED
    assert shape_of["The"] == shape_of["Ms"] == shape_of["ABCDEFGHIJ"] == acronyms.CAPITAL
    assert shape_of["hCG"] == shape_of["Éclair"] == 0
    assert acronyms._capitals(doc) == shapes  # read again from the spellings kept


def test_acronym_events_are_read_as_before():
    from lint.annotate.acronyms import annotate_acronyms

    document = _document("# Notes\n\nLuteinizing hormone (LH) rises. The LH and SHBG "
                         "levels fell, and SARS-CoV-2 spread. ABCDEFGHIJ is long.\n")
    annotate_acronyms([document])
    events = [(e.kind, e.acronym, e.expansion) for e in document.annotations.acronyms]
    assert events == [("definition", "LH", "Luteinizing hormone"), ("use", "LH", ""),
                      ("use", "SHBG", ""), ("use", "SARS-CoV-2", "")], events


# -- glossary_terms: each form's comparison keys made once ---------------------------------

GLOSSARY = """version: 1
entries:
  - term: testosterone replacement therapy
    definition: Testosterone replacement therapy is testosterone given to men with low levels.
    rejected: [Testosterone Replacement Therapy, TRT therapy, testosterone substitution therapy]
  - term: hypothalamic-pituitary-gonadal axis
    definition: The hypothalamic-pituitary-gonadal axis is the hormonal system of reproduction.
    aliases: [HPG axis]
"""

GLOSSARY_TEXT = """# Notes

Testosterone Replacement Therapy is one name; testosterone replacement therapy is another,
and testosterone-replacement therapy a third. The hypothalamic pituitary gonadal axis, the
HPG-axis and the hypothalamic-pituitary-gonadal axis are one system.
"""


def _roles_before(matcher, use_text: str, index: int, role: str, form: str):
    from lint.annotate.glossary_terms import _separators
    from lint.normalise import SEPARATORS, same_words

    same = same_words(use_text, form)
    if role in ("preferred", "alias") and same and _separators(use_text) != _separators(form):
        role = "variant"
    if role != "rejected":
        exact = SEPARATORS.sub(" ", use_text)
        rejected = next((r for r in matcher.entries[index].rejected
                         if SEPARATORS.sub(" ", r) == exact), None)
        if rejected is not None:
            role, form = "rejected", rejected
    return role, form


def test_glossary_uses_take_the_roles_comparing_every_form_gave(tmp_path, monkeypatch):
    from lint.annotate import glossary_terms
    from lint.sources.glossary import load_glossary

    path = tmp_path / "glossary.yaml"
    path.write_text(GLOSSARY, encoding="utf-8")
    matcher = glossary_terms.TermMatcher(pipeline("blank"), load_glossary(str(path)))
    document = _document(GLOSSARY_TEXT)
    spaced = []
    real = glossary_terms.SEPARATORS

    class Counting:
        def sub(self, replacement, text):
            spaced.append(text)
            return real.sub(replacement, text)

        def findall(self, text):
            return real.findall(text)

    monkeypatch.setattr(glossary_terms, "SEPARATORS", Counting())
    uses = matcher.uses(document)
    monkeypatch.undo()
    keys = {(index, form): role for index, role, form in matcher.keys.values()}
    roles = []
    for use in uses:
        # the role and form the listed form gave before the comparisons below
        listed = next(((form, role) for (index, form), role in keys.items()
                       if index == use.entry_index and
                       role not in ("variant",) and
                       _roles_before(matcher, use.text, index, role, form) ==
                       (use.role, use.form)), None)
        assert listed is not None, (use.text, use.role, use.form)
        roles.append((use.text.replace("\n", " "), use.role))
    assert roles == [("Testosterone Replacement Therapy", "rejected"),
                     ("testosterone replacement therapy", "preferred"),
                     ("testosterone-replacement therapy", "variant"),
                     ("hypothalamic pituitary gonadal axis", "variant"),
                     ("HPG-axis", "variant"),
                     ("hypothalamic-pituitary-gonadal axis", "preferred")], roles
    # At each use only its own text is spaced: the entry's rejected forms were spaced once,
    # when the matcher was built (before i400, each of them again at every use).
    assert spaced and not {"TRT therapy", "testosterone substitution therapy"} & set(spaced), \
        spaced


# -- hedges: the unbounded exclusions only where their words are ----------------------------

FAR_TEXTS = [
    "This drug may raise testosterone in older men.",  # a cue, no word of the far ones
    "Although it may raise testosterone, the effect was small.",
    "The change may be real, though the trial was small.",
    "It may not be clearly better than placebo in all men.",
    "As levels rise, it may help; whereas others suggest no clear benefit.",
    "Results suggest it could help, and it may lower LH.",
]


def test_far_exclusions_are_what_the_matcher_finds_and_skipped_where_it_finds_none(
        monkeypatch):
    from lint.annotate import hedges

    detector = hedges.detector("blank")
    assert detector.far_exclusions is not None and detector.exclusion_reach
    run = []
    matcher = detector.far_exclusions

    def counted(doc):
        run.append(doc.text)
        return matcher(doc)

    monkeypatch.setattr(detector, "far_exclusions", counted)
    opened = 0
    for text in FAR_TEXTS:
        doc = detector.nlp(text)
        found, _ = detector.matches(doc)
        assert found, text  # every text has a cue: the exclusions are read
        near = hedges.matches_near(detector.near_exclusions, doc, [(s, e) for s, e, _ in found],
                                   detector.exclusion_reach, detector.near_openers)
        assert detector._exclusion_matches(doc, found) == near + matcher(doc), text
        opened += detector.far_gate(doc)
        if not detector.far_gate(doc):
            assert matcher(doc) == [], text
    assert 1 <= opened < len(FAR_TEXTS)
    # the Matcher is not run where the gate closes (before i400 it ran on every text with a cue)
    assert FAR_TEXTS[0] not in run and FAR_TEXTS[-1] not in run
    assert FAR_TEXTS[1] in run


# -- GLO015's keys: singular_term and _qualified_term answered once per text -----------------

def test_term_keys_are_cached_and_equal_the_uncached_reading():
    from lint.rules.glossary import _qualified_term, singular_term

    texts = ["Sertoli  Cells", "sertoli-cell", "SERMs", "AIs", "serum testosterone",
             "aromatase inhibitors", "HPG axes", "", "gas"]
    for text in texts:
        assert singular_term(text) == singular_term.__wrapped__(text)
        key = singular_term(text)
        for category in ("hormone", "drug", "drug_class"):
            assert _qualified_term(key, category) == _qualified_term.__wrapped__(key, category)
    assert _qualified_term.__wrapped__(singular_term("serum testosterone"), "hormone") == \
        "testosterone"
    hits = singular_term.cache_info().hits
    singular_term("Sertoli  Cells")
    assert singular_term.cache_info().hits == hits + 1
