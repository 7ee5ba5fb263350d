"""Genre "book" (session 18, i212): a textbook's standard teaching needs no source.

Sentences of the book set's dev passages (OpenStax Anatomy & Physiology and Microbiology,
CC BY 3.0, labelled by i211) and our own words for the shapes read on Part-One (CC BY-NC-SA,
measured only). The rule cases (tests/rules/cases/CIT001.yml, `book-...`) check CIT001
itself; here the signs, the reasons `classify claims` gives, the configuration and the
bench's matching.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from lint.annotate.teaching_text import source_signs

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("text, reason", [
    # Population statistics, dates of events, treatments, evidence (book set, cite 1).
    ("Even in areas in which Loa loa worms are common, the disease is generally found in less "
     "than 30% of the population.", "gives a statistic about the world"),
    ("Since the first case of infection with HIV was reported in 1981, nearly 40 million "
     "people have died from HIV infection.", "attributes an idea or a finding (a date, a name)"),
    ("The condition generally requires three to four weeks of intensive treatment to resolve.",
     "gives a treatment, its dose or duration"),
    ("Common treatments include topical antiseptics, sometimes with painkillers.",
     "gives a treatment, its dose or duration"),
    ("There is evidence that individual genetic differences affect susceptibility to "
     "developing loiasis.", "reports a study or its finding"),
    ("It reports that \"bandwidth selection is unstable in practice and tends to give small "
     "bandwidths\".", "quotes someone"),
    ("Give 2.5 mg/kg every five minutes until the rigidity resolves.",
     "gives a treatment, its dose or duration"),
])
def test_a_report_of_someone_elses_work_is_a_sign(text, reason):
    assert reason in source_signs(text)


@pytest.mark.parametrize("text", [
    # Standard quantities and explanations (book set, cite 0).
    "The myocardial contractile cells constitute the bulk (99 percent) of the cells in the "
    "atria and ventricles.",
    "The refractory period is very long to prevent the possibility of tetany.",
    # Our own words, in the shapes read on the books of rounds 5-7.
    "Ventilation rises by about 40% in late pregnancy.",  # a body's quantity
    "If the model predicts a 60% chance of rain, it should rain on 60% of such days.",
    "The 95% credible interval holds the true value with 95% probability.",
    "Incidence was stable between 1950-1965 in the example data.",  # a span of data
    "Sound travels through soft tissue at about 1540 m/s.",  # a number, not a year
    "Compliance is shown by the slope and is demonstrated by the dashed line.",
    "Meta-analyses usually pool the effects with a random-effects model.",
    "If the observed values differ from the random ones, there is evidence against the null.",
    "The liver produces 12 mg of albumin per kilogram each hour.",  # production, no dose
    "Cases are grouped according to the age at onset.",
    "Sets onset_time to NA for 70% of cases using rbinom()",  # the book's own code
    "The ED50 is defined as the dose that works in 50% of the population.",
    # The book's own analysis and advice (our own words, shapes of r4epi and EpiMethods).
    "So 5 of 8 (63%) of the people in our placebo group reported nausea.",
    "Table 3 showed that the odds of death were 25% higher among smokers.",
    "We would recommend that you name each variable after what it holds.",
    "There should be six variables (one outcome, one exposure and one survey weight).",
])
def test_standard_teaching_shows_no_sign(text):
    assert source_signs(text) == []


def test_classify_gives_the_reason_both_ways(project):
    lines = ("The refractory period is very long to prevent the possibility of tetany, a "
             "condition in which muscle remains involuntarily contracted.\n"
             "There is evidence that individual genetic differences affect susceptibility "
             "to developing loiasis after infection by the Loa loa worm.\n")
    result = project.cli("classify", "claims", "--genre", "book", "-", stdin=lines)
    assert result.returncode == 0, result.stderr
    taught, reported = (json.loads(line) for line in result.stdout.splitlines())
    assert taught["label"] == 0
    assert taught["reasons"][0].startswith("not a claim: standard teaching in a book")
    assert reported["label"] == 1
    assert reported["reasons"][0] == "in a book, needs a source: reports a study or its finding"
    health = project.cli("classify", "claims", "--genre", "health", "-", stdin=lines)
    assert [json.loads(line)["label"] for line in health.stdout.splitlines()] == [1, 1]


def test_the_genre_is_configured_and_a_wrong_one_is_named(project):
    project.write("pyproject.toml", """
        [tool.content-lint]
        paths = ["content"]
        genre = "textbook"
    """)
    project.write("content/a.md", "Text.\n")
    result = project.cli("check")
    assert result.returncode == 2
    assert "pyproject.toml:3" in result.stderr and '"book" (textbooks and course notes)' \
        in result.stderr
    assert "Traceback" not in result.stderr


def _eval_books():
    spec = importlib.util.spec_from_file_location("eval_books", REPO / "bench" / "eval_books.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_books"] = module
    spec.loader.exec_module(module)
    return module


def test_the_bench_matches_findings_to_rows_on_a_shared_line():
    bench = _eval_books()
    split = REPO / "tests" / "data" / "book_sentences" / "fixture"
    rows = bench.load_rows(split)
    assert {row["book"] for row in rows} == {"nfidd"} and len(rows) == 13
    shared = [i for i, row in enumerate(rows) if row["file"] == "nfidd/ensembles.md"]
    line = (split / "nfidd/ensembles.md").read_text("utf-8").splitlines()[2]
    second = line.index("As the number")
    # A finding on the second sentence of a line holding two labelled ones.
    hit, unmatched = bench.match(
        [{"file": "nfidd/ensembles.md", "line": 3, "col": second + 1},
         {"file": "nfidd/stan.md", "line": 1, "col": 1}], rows, split)
    assert hit == {shared[1]: True} and unmatched == 1
    figures = bench.figures(rows, list(range(len(rows))), hit, unmatched)
    assert (figures["P"], figures["wanted"], figures["R"]) == (1.0, 3, 1 / 3)
    assert figures["uncited"] == 1.0 and figures["findings"] == 2


def test_init_offers_the_book_genre_to_a_book_only(tmp_path):
    from lint.init import render_config
    from lint.project import detect_project

    book = tmp_path / "book"
    book.mkdir()
    (book / "_bookdown.yml").write_text('rmd_files: ["index.Rmd"]\n', "utf-8")
    (book / "index.Rmd").write_text("---\nsite: bookdown::bookdown_site\n---\n\nText.\n", "utf-8")
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "page.md").write_text("Text.\n", "utf-8")
    offered = render_config(detect_project(book))
    assert '# genre = "book"' in offered and '\ngenre = ' not in offered  # never chosen
    assert '# genre = "health"' in render_config(detect_project(pages))
