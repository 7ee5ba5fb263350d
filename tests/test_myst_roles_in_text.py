"""MyST roles in the text the annotators read (issue 15, session 12).

A MyST citation role is read as a pandoc citation is: a parenthetical one
(`{cite}`, `{cite:p}`) is blanked like `[@key]`; a textual one (`{cite:t}`)
keeps its keys and reads like pandoc's `@key`. Other roles (`{numref}`,
`{py:mod}` ...) lose their name and keep their code span. Offsets are kept,
so sentences start and end where they do in the file.

Excerpts keep their licence: NBCLab/nimare-paper (Jupyter Book, MIT),
elizavetasemenova/prob-epi (Jupyter Book, MIT), greenelab/iscb-diversity-manuscript
(Manubot, CC BY 4.0).
"""

from __future__ import annotations

import json

from lint import nlp
from lint.document.markdown import parse_document
from lint.document.textmap import SourceText
from tests.conftest import cli


def _sentences(markdown: str) -> list[tuple[int, int, str, str, list[str]]]:
    """(line, column, text, raw, keys) of each sentence of the body."""
    document = parse_document("a.md", SourceText(markdown))
    nlp.segment([document])
    return [(s.span.start.line, s.span.start.col, s.text, s.raw, [c.key for c in s.citations])
            for s in document.sentences if s.block.kind.name != "HEADING"]


# nimare-paper content/12_decoding.md (MIT): two sentences on two lines of one paragraph.
DECODING = (
    "# Decoding\n\nFunctional decoding performed with meta-analytic data, refers to methods "
    "which attempt to predict mental states from neuroimaging data using a large-scale "
    "meta-analytic database {cite:p}`Smith2009-wk`.\nSuch analyses may also be referred to "
    "as \"informal reverse inference\" {cite:p}`Poldrack2011-zp`, \"functional "
    "characterization analysis\" {cite:p}`Bzdok2013-gc,Cieslik2013-kz,Rottschy2013-cd`.\n")


def test_a_parenthetical_role_is_blanked_as_a_bracketed_citation_is():
    # Before: one sentence reading "... database {cite:p}Smith2009-wk. Such analyses ...".
    assert _sentences(DECODING) == [
        (3, 1, "Functional decoding performed with meta-analytic data, refers to methods "
               "which attempt to predict mental states from neuroimaging data using a "
               "large-scale meta-analytic database.",
         "Functional decoding performed with meta-analytic data, refers to methods which "
         "attempt to predict mental states from neuroimaging data using a large-scale "
         "meta-analytic database {cite:p}Smith2009-wk.", ["Smith2009-wk"]),
        (4, 1, "Such analyses may also be referred to as \"informal reverse inference\", "
               "\"functional characterization analysis\".",
         "Such analyses may also be referred to as \"informal reverse inference\" "
         "{cite:p}Poldrack2011-zp, \"functional characterization analysis\" "
         "{cite:p}Bzdok2013-gc,Cieslik2013-kz,Rottschy2013-cd.",
         ["Poldrack2011-zp", "Bzdok2013-gc", "Cieslik2013-kz", "Rottschy2013-cd"])]


def test_the_same_sentence_in_pandoc_reads_the_same():
    pandoc = DECODING.replace("{cite:p}`Smith2009-wk`", "[@Smith2009-wk]").replace(
        "{cite:p}`Poldrack2011-zp`", "[@Poldrack2011-zp]").replace(
        "{cite:p}`Bzdok2013-gc,Cieslik2013-kz,Rottschy2013-cd`",
        "[@Bzdok2013-gc; @Cieslik2013-kz; @Rottschy2013-cd]")
    assert [s[2] for s in _sentences(pandoc)] == [s[2] for s in _sentences(DECODING)]


# nimare-paper content/13_future_directions.md (MIT): textual roles open sentences.
ANNOTATION = (
    "# Future\n\nSeveral papers have used article text to automatically annotate "
    "meta-analytic databases with a range of methods.\n{cite:t}`Nunes2018-du` used article "
    "abstracts from Neurosynth to represent documents as dense vectors as well.\n")


def test_a_textual_role_reads_as_a_narrative_citation_and_opens_its_sentence():
    # Before: the second sentence started at column 2 ("cite:t}Nunes2018-du used ..."),
    # its citation went to the sentence before, and CIT001 called it uncited.
    assert _sentences(ANNOTATION) == [
        (3, 1, "Several papers have used article text to automatically annotate "
               "meta-analytic databases with a range of methods.",
         "Several papers have used article text to automatically annotate meta-analytic "
         "databases with a range of methods.", []),
        (4, 1, "@Nunes2018-du used article abstracts from Neurosynth to represent documents "
               "as dense vectors as well.",
         "{cite:t}Nunes2018-du used article abstracts from Neurosynth to represent "
         "documents as dense vectors as well.", ["Nunes2018-du"])]
    pandoc = ANNOTATION.replace("{cite:t}`Nunes2018-du`", "@Nunes2018-du")
    assert [s[2] for s in _sentences(pandoc)] == [s[2] for s in _sentences(ANNOTATION)]


def test_cross_reference_and_code_roles_lose_their_name():
    # nimare-paper content/02_overview.md (MIT).
    found = _sentences("# Overview\n\n{py:mod}`nimare.base` defines a number of base classes "
                       "used throughout the rest of the package.\nThese modules are "
                       "summarized in {numref}`table_modules`.\n")
    assert found == [
        (3, 1, "nimare.base defines a number of base classes used throughout the rest of "
               "the package.",
         "{py:mod}nimare.base defines a number of base classes used throughout the rest "
         "of the package.", []),
        (4, 1, "These modules are summarized in table_modules.",
         "These modules are summarized in {numref}table_modules.", [])]


def test_inline_code_that_is_not_a_role_is_left_alone():
    # A Quarto inline chunk and an R package in braces are code, not role names.
    text = "Run `{r} nrow(df)` rows with `{epipredict}` today.\n"
    assert _sentences(text) == [(1, 1, "Run {r} nrow(df) rows with {epipredict} today.",
                                 "Run {r} nrow(df) rows with {epipredict} today.", [])]


def test_a_group_of_several_keys_is_removed_once():
    # iscb-diversity-manuscript content/02.introduction.md (CC BY 4.0). Before, the
    # group was cut once per key: the sentence lost its full stop (and, mid-sentence,
    # the words after the group).
    text = ("Gender bias among conference speakers has been recognized as an area that can "
            "be improved with targeted interventions [@doi:10.1371/journal.pcbi.1003903; "
            "@doi:10.1126/science.caredit.aaw9742; @doi:10.1038/ni.3707; "
            "@arxiv:1502.06326].\n")
    assert _sentences(text)[0][2] == (
        "Gender bias among conference speakers has been recognized as an area that can be "
        "improved with targeted interventions.")
    assert _sentences("A claim [@a; @b] and @c say so.\n")[0][2] == "A claim and @c say so."


# prob-epi assets/references.bib (MIT), one entry; the claim is in our own words.
PREPRINT = """@article{sanz2024first, title = {A First Course in Monte Carlo Methods},
  author = {Sanz-Alonso, Daniel and Al-Ghattas, Omar}, journal = {arXiv preprint
  arXiv:2405.16359}, year = {2024}}
"""


def _book_citing_the_preprint(root, intro: str) -> None:
    """A Jupyter Book of one page, `intro.md`, whose bibliography holds PREPRINT."""
    (root / "_toc.yml").write_text("format: jb-book\nroot: intro\n")
    (root / "_config.yml").write_text("title: T\nbibtex_bibfiles:\n  - references.bib\n")
    (root / "references.bib").write_text(PREPRINT)
    (root / "intro.md").write_text(intro)


def test_ref010_quotes_the_claim_without_the_role(tmp_path):
    _book_citing_the_preprint(
        tmp_path,
        "# Intro\n\nStatins lower LDL cholesterol in most adults.\n\n"
        "Vaccination halves the risk of hospital admission in older adults "
        "{cite:p}`sanz2024first`.\n\nSmoking raises the risk of lung cancer.\n")
    done = cli(tmp_path, "check", "--no-baseline", "--no-cache", "--format", "json",
               "--select", "REF010")
    assert done.returncode in (0, 1), done.stderr
    [finding] = json.loads(done.stdout)["diagnostics"]
    assert finding["message"].endswith("cited by intro.md:5 'Vaccination halves the risk of "
                                       "hospital admission in older adults.'")


def test_roles_that_print_words_are_narrative_and_bracketed_ones_are_not():
    # sphinxcontrib-bibtex: `author`, `year`, `label` print words; their `...par` forms
    # print them in brackets. (Before, names longer than `{cite:xxxxx}` were not read.)
    found = _sentences("As {cite:author}`doe99` wrote in {cite:year}`doe99`, it works "
                       "{cite:yearpar}`doe99`.\n")
    assert found == [(1, 1, "As @doe99 wrote in @doe99, it works.",
                      "As {cite:author}doe99 wrote in {cite:year}doe99, it works "
                      "{cite:yearpar}doe99.", ["doe99", "doe99", "doe99"])]


# sphinxcontrib-bibtex's footnote citations (session 13, issue 15). The shapes are those
# of real Jupyter Book pages (a role after a word, glued to it, two roles in a row, a
# textual one opening a sentence); the sentences are ours.
def test_a_footnote_citation_is_blanked_as_a_parenthetical_role_is():
    text = ("Most adults with hepatitis B clear the virus within six months "
            "{footcite}`lok2009`.\nChildren infected at birth rarely do{footcite:p}`mcmahon2005, "
            "edmunds1993`. Screening in pregnancy is advised {footcite}`a`,{footcite}`b`.\n")
    first, second, third = _sentences(text)
    assert first == (
        1, 1, "Most adults with hepatitis B clear the virus within six months.",
        "Most adults with hepatitis B clear the virus within six months {footcite}lok2009.",
        ["lok2009"])
    assert second == (
        2, 1, "Children infected at birth rarely do.",
        "Children infected at birth rarely do{footcite:p}mcmahon2005, edmunds1993.",
        ["mcmahon2005", "edmunds1993"])
    assert third[:2] == (2, 77) and third[4] == ["a", "b"]
    # Read as the same sentences in pandoc are.
    pandoc = (text.replace("{footcite}`lok2009`", "[@lok2009]")
              .replace("{footcite:p}`mcmahon2005, edmunds1993`", "[@mcmahon2005; @edmunds1993]"))
    assert [s[2] for s in _sentences(pandoc)][:2] == [s[2] for s in _sentences(text)][:2]


def test_a_textual_footnote_citation_reads_as_a_narrative_citation():
    text = ("Vaccination at birth prevents most chronic infections.\n{footcite:t}`lok2009` "
            "followed adults for ten years, as did {footcite:ct}`mcmahon2005`.\n")
    assert _sentences(text) == [
        (1, 1, "Vaccination at birth prevents most chronic infections.",
         "Vaccination at birth prevents most chronic infections.", []),
        (2, 1, "@lok2009 followed adults for ten years, as did @mcmahon2005.",
         "{footcite:t}lok2009 followed adults for ten years, as did "
         "{footcite:ct}mcmahon2005.", ["lok2009", "mcmahon2005"])]


def test_the_longest_role_names_are_read_and_bracketed_plurals_are_not_words():
    # `{footcite:authorpars}` is the longest name sphinxcontrib-bibtex's styles make;
    # `authorpars` prints the authors in brackets, `authors` prints them as words.
    found = _sentences("Rates fell {footcite:authorpars}`doe99`, as {cite:authors}`doe99` "
                       "found.\n")
    assert found == [(1, 1, "Rates fell, as @doe99 found.",
                      "Rates fell {footcite:authorpars}doe99, as {cite:authors}doe99 found.",
                      ["doe99", "doe99"])]


def test_footnote_citation_keys_are_checked_against_the_bibliography(tmp_path):
    _book_citing_the_preprint(
        tmp_path,
        "# Intro\n\nMonte Carlo methods are introduced in {footcite:t}`sanz2024first`.\n\n"
        "Vaccination halves the risk of hospital admission {footcite}`nobody2020`.\n")
    done = cli(tmp_path, "check", "--no-baseline", "--no-cache", "--format", "json",
               "--select", "CIT002")
    assert done.returncode == 1, done.stderr
    [finding] = json.loads(done.stdout)["diagnostics"]
    assert "nobody2020" in finding["message"] and finding["start"]["line"] == 5
