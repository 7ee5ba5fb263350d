"""Genre "book" (session 18, i212): a textbook's standard teaching needs no source.

Sentences of the book set's dev passages (OpenStax Anatomy & Physiology and Microbiology,
CC BY 3.0, labelled by i211) and our own words for the shapes read on Part-One (CC BY-NC-SA,
measured only). The rule cases (tests/rules/cases/CIT001.yml, `book-...`) check CIT001
itself; here the signs, the reasons `classify claims` gives, the configuration and the
bench's matching. The dev sentences below are the rows two signs were written from, so they
pass by construction and measure nothing; the tests of session 18's review mends (i218, at
the end) use our own sentences, through `classify claims` and `check`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import load_script
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
    "The slope of the curve gives the compliance, as demonstrated by the broken line.",
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
    return load_script("bench/eval_books.py")


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


# Session 18, i218 (issue 15): the mends of a review of the genre. Every sentence below is in
# our own words (none from the book set); the first list failed at 8d8f24f (no sign, so
# "standard teaching"), the second had a sign there that it should not have.
_REPORTS = [
    # Findings in the plain verbs of health writing; an exception word later in the
    # sentence ("significantly") no longer cancels the study it names.
    ("Studies have shown that regular screening significantly lowers deaths from colon "
     "cancer.", "reports a study or its finding"),
    ("Research shows that people who sleep less than six hours a night gain more weight.",
     "reports a study or its finding"),
    ("Large randomised trials found that lowering blood pressure prevents strokes in older "
     "adults.", "reports a study or its finding"),
    ("Meta-analyses suggest that daily folic acid lowers the chance of neural tube defects.",
     "reports a study or its finding"),
    # Counts of people, "one in N", shares of an effect.
    ("Influenza kills between 290,000 and 650,000 people worldwide each year.",
     "gives a statistic about the world"),
    ("Alcohol is linked to about one in twenty deaths worldwide.",
     "gives a statistic about the world"),
    ("About 70% of cervical cancers are caused by two types of HPV.",
     "gives a statistic about the world"),
    ("Regular condom use cuts the risk of HIV infection by about 80%.",
     "gives a statistic about the world"),
    ("Two doses of the measles vaccine are about 97% effective at preventing measles.",
     "gives a statistic about the world"),
    # A statistic's exceptions are read near the number, not anywhere in the sentence.
    ("Almost half of adults (45%) have high blood pressure, which if untreated raises the "
     "chance of a stroke.", "gives a statistic about the world"),
    ("About 30% of adults take a vitamin supplement, usually at a dose of one tablet a day.",
     "gives a statistic about the world"),
    ("One in eight women will be diagnosed with breast cancer, experts say.",
     "gives a statistic about the world"),
    # TeX math is no code of the book's ("$R_0$" is not an identifier).
    ("Before the vaccine, measles infected about 2.6 million people each year, and its $R_0$ "
     "lies between 12 and 18.", "gives a statistic about the world"),
    # The authors' voice cancels a statistic of their own, not the guideline they name.
    ("We recommend following the national guidelines of at least 150 minutes of activity a "
     "week.", "states a guideline or recommendation"),
    # Doses in grams and a course of a drug.
    ("Adults may take 1 g of paracetamol every four to six hours, up to 4 g in a day.",
     "gives a treatment, its dose or duration"),
    ("Lyme disease is usually treated with doxycycline for 10 to 21 days.",
     "gives a treatment, its dose or duration"),
]

_TAUGHT = [
    # A count of things after "of" or "by" is no year.
    "Of 1800 patients in the trial arm, 200 had a relapse.",
    "By 1800 iterations the sampler has usually converged.",
    # A proof, a step of an algorithm.
    "It can be proven that least squares gives the best linear unbiased estimator under these "
    "assumptions.",
    "Once a root has been found, the search stops.",
    # A laboratory reference value and a drug's presentation are no dose.
    "A normal fasting blood glucose is below 100 mg/dL.",
    "Doxycycline is supplied as a 10 mg/mL oral suspension.",
]


def _classify(project, lines, genre="book"):
    result = project.cli("classify", "claims", "--genre", genre, "-",
                         stdin="".join(line + "\n" for line in lines))
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_a_plainly_written_report_keeps_its_claim_in_a_book(project):
    judged = _classify(project, [text for text, _ in _REPORTS])
    assert len(judged) == len(_REPORTS)
    for (text, reason), found in zip(_REPORTS, judged):
        assert found["label"] == 1, text
        assert found["reasons"][0].startswith("in a book, needs a source:"), text
        assert reason in found["reasons"][0], text


def test_counts_proofs_and_reference_values_are_taught(project):
    health = _classify(project, _TAUGHT, "health")
    assert [found["label"] for found in health] == [1] * len(_TAUGHT)  # claims on a page
    for text, found in zip(_TAUGHT, _classify(project, _TAUGHT)):
        assert found["label"] == 0, text
        assert found["reasons"][0].startswith("not a claim: standard teaching in a book"), text


def test_a_year_is_still_a_date_and_a_dose_still_a_dose():
    assert source_signs("In 1928 Alexander Fleming noticed that a mould killed the bacteria "
                        "on his plates.") == ["attributes an idea or a finding (a date, a name)"]
    assert source_signs("A typical adult dose of amoxicillin is 500 mg every eight hours.") \
        == ["gives a treatment, its dose or duration"]
    # A body's own output in millilitres is physiology.
    assert source_signs("Urine output in a healthy adult is about 1500 mL every day.") == []
    # What a unit of blood contains is a composition, not a dose given.
    assert source_signs("Each bag of donated blood contains about 200 mg of iron.") == []
    # A dose per kilogram per minute is still a dose (a rate per minute alone is not).
    assert source_signs("Start the infusion at 5 µg/kg/min and adjust it to the blood "
                        "pressure.") == ["gives a treatment, its dose or duration"]
    assert source_signs("Run the infusion at 2-10 µg/min.") \
        == ["gives a treatment, its dose or duration"]


def test_the_books_own_analysis_and_examples_stay_teaching():
    # Read on the books of round 5 (r4epi, IDEMAbook, EpiMethods), our own words: the
    # authors' survey is no one else's study, a number after "say" or "if" is an example's,
    # and a test found significant is the analysis taught.
    for text in [
        "Our small class survey gives some evidence that left-handed students sit nearer "
        "the door.",
        "For a disease with, say, R0 = 4, about 75% of the population must be immune.",
        "In the worked analysis, the effect of exercise on blood pressure was found to be "
        "significant.",
        "As an example, if 40% of the population is immune, an outbreak can still grow.",
    ]:
        assert source_signs(text) == [], text


def test_code_is_read_in_code_spans_and_calls_only():
    # A link's address or TeX math is no code.
    assert source_signs("Screening rates in women fell by 30% over the decade, as the "
                        "[registry](https://example.org/data/screening_results) shows.") \
        == ["gives a statistic about the world"]
    # An identifier in a code span, or a call, is the book's own code.
    assert source_signs("The `onset_time` column holds the day of onset for 70% of cases.") \
        == []
    assert source_signs("The onset column holds the day of onset for 70% of cases.",
                        code_spans=["onset_time"]) == []
    assert source_signs("Draw 70% of the cases as hospitalised with rbinom().") == []


def test_check_and_classify_agree_on_math_links_and_code(project):
    lines = [
        "Before the vaccine, measles infected about 2.6 million people each year, and its "
        "$R_0$ lies between 12 and 18.",
        "Screening rates in women fell by 30% over the decade, as the registry's "
        "[own tables](https://example.org/data/screening_results) show.",
        "The `onset_time` column holds the day of onset for 70% of cases.",
        "The refractory period is long, so that the muscle cannot stay contracted.",
    ]
    project.write("content-lint.toml", 'paths = ["content"]\ngenre = "book"\n')
    project.write("content/a.md", "".join(line + "\n\n" for line in lines), dedent=False)
    result = project.cli("check", "--select", "CIT001", "--no-baseline", "--no-cache",
                         "--format", "json")
    found = {d["start"]["line"] for d in json.loads(result.stdout)["diagnostics"]}
    reported = {2 * i + 1 for i, judged in enumerate(_classify(project, lines))
                if judged["label"] == 1}
    assert found == reported == {1, 3}


def test_a_sentence_never_called_a_claim_is_not_told_it_is_teaching(project):
    lines = ["The next section explains how to read a forest plot.",
             "We drew a sample of 1900 households at random."]
    for found in _classify(project, lines):
        assert found["label"] == 0
        assert not any("standard teaching" in reason for reason in found["reasons"])


def test_the_bench_credits_a_finding_only_to_the_sentence_that_holds_it(tmp_path):
    bench = _eval_books()
    split = tmp_path / "dev"
    (split / "b").mkdir(parents=True)
    # The first sentence's label leaves out the bold markup, so it is not found on the line;
    # the third sentence is not labelled at all.
    (split / "b" / "x.md").write_text(
        "**Colds** spread easily. About 20% of adults catch one each winter. They pass.\n",
        "utf-8")
    (split / "labels.tsv").write_text(
        "book\tfile\tline\tsentence\tcite\tauthor_cited\n"
        "b\tb/x.md\t1\tColds spread easily.\t0\t0\n"
        "b\tb/x.md\t1\tAbout 20% of adults catch one each winter.\t1\t0\n", "utf-8")
    rows = bench.load_rows(split)
    line = (split / "b" / "x.md").read_text("utf-8")
    on_first, on_second, on_third = (1, line.index("About") + 1, line.index("They") + 1)
    hit, unmatched = bench.match([{"file": "b/x.md", "line": 1, "col": on_first},
                                  {"file": "b/x.md", "line": 1, "col": on_third}], rows, split)
    assert hit == {} and unmatched == 2  # never credited to the nearest row
    hit, unmatched = bench.match([{"file": "b/x.md", "line": 1, "col": on_second}], rows, split)
    assert hit == {1: True} and unmatched == 0


# Session 19, i239: a body's decision, a tally of people, a date with its day or month, a
# timeline's entry, "studies of X show" and a standing in the field. Our own words, in the
# shapes of the book set's test passages (an outbreak report, data-protection rules, a salt
# programme's timeline) and of Part-One's regulator (round 6).
_I239_REPORTS = [
    ("The Food Standards Agency launched a voluntary salt reduction programme.",
     "says what a law, a regulator or an organisation decided or requires"),
    ("Personal data is defined by the European Commission as any information about a "
     "person.", "says what a law, a regulator or an organisation decided or requires"),
    ("Overall, 412 people answered the survey and 96 cases were found.",
     "gives a statistic about the world"),
    ("On 3rd May 2004, the district office told the ministry of a cluster of cases.",
     "attributes an idea or a finding (a date, a name)"),
    ("The vaccine was licensed in March 2019 after a long delay.",
     "attributes an idea or a finding (a date, a name)"),
    ("**2009**: the ministry sets targets for sugar in soft drinks",
     "attributes an idea or a finding (a date, a name)"),
    ("Trials of statins in older adults show a smaller benefit.",
     "reports a study or its finding"),
    ("Smoking is a well-established cause of bladder cancer.",
     "reports a study or its finding"),
]


@pytest.mark.parametrize("text, reason", _I239_REPORTS)
def test_decisions_tallies_dates_and_standing_are_signs(text, reason):
    assert reason in source_signs(text)


@pytest.mark.parametrize("text", [
    "The DNA polymerase requires a primer to start a new strand.",  # an acronym in chemistry
    "Beyond what is required by law, researchers owe their participants discretion.",
    "The residual is defined by Equation 4 as the observed minus the fitted value.",
    "Similarly, a patient \"admitted on 14 June\" may have arrived at any hour of that day.",
    "If 30 patients died in the treated group, the risk would be 0.3.",
    "To build the table, we will analyze data from 2,400 adults who were asked about sleep.",
    "Each treatment group had 20 participants in the simulated trial.",
])
def test_the_new_signs_leave_teaching_and_examples_alone(text):
    assert source_signs(text) == [], text


def test_a_decision_needs_a_source_however_low_its_score(project):
    # The health scorer gives a body's act a low score ("institutional event"); in a book the
    # decision makes the claim by itself, says why first and that the model's score is
    # overridden (review of i239, i240). A timeline's entry no longer does: a preface's
    # changelog has the same shape.
    lines = ["The Food Standards Agency launched a voluntary salt reduction programme.",
             "2009: the ministry sets targets for sugar in soft drinks"]
    health, book = _classify(project, lines, "health"), _classify(project, lines)
    assert [found["label"] for found in health] == [0, 0]
    assert [found["label"] for found in book] == [1, 0]
    assert book[0]["score"] == 0.5
    first = book[0]["reasons"][0]
    assert first.startswith("in a book, needs a source: says what a law")
    assert first.endswith(f"(the model's score {health[0]['score']:.2f} is overridden: "
                          "raised to 0.5)")


# Review of i239 (i240): the reviewer's sentences, ordinary teaching text that the `alone`
# signs made claims of. Theorems and rules, cross-references, methods and software named by
# acronyms, a classification by a test, a person's advice, a framed or a course's body.
_NOT_DECISIONS = [
    "Bacteria are classified by Gram staining into two large groups.",
    "The Chain Rule defines the derivative of a composition of two functions.",
    "Simpson's Rule requires an even number of subintervals.",
    "The transformation defined by T maps each vector to its mirror image.",
    "The estimator defined by Eq. 3 is unbiased for the mean.",
    "The set defined by Definition 2.1 is closed under addition.",
    "MCMC will require thousands of iterations to converge on this posterior.",
    "Both AIC and BIC recommended dropping the second predictor.",
    "The GUI launched a second window when the button was pressed.",
    "The Program requires two arguments: a data frame and a column name.",
    "Suppose the Health Department introduced a free screening programme for all adults.",
    "The hospital Board approved the budget for the new ward in the example.",
    "This approach was recommended by Tukey for exploring skewed data.",
    "Microsoft Office introduced the ribbon interface in 2007.",
    "The Department requires each student to submit the answers by Friday.",
]

# Worked examples, the book's own surveys and data, and years or labels before a noun.
_NOT_TALLIES = [
    "We surveyed 120 students who attended the lecture about their sleep.",
    "In a class of 30 students, 12 students were left-handed.",
    "A researcher recruited 200 participants who completed a short questionnaire.",
    "The table below lists 20 patients who were treated with drug A.",
    "In a fictional town, 300 residents fell ill after the fair.",
    "Say 10 patients died in the first week of the trial.",
    "In 2019 residents were asked to rate their local park on a five-point scale.",
    "Type 2 diabetes patients were grouped by age for the plot below.",
    "In group 2 patients had lower blood pressure than in group 1.",
    "In Exercise 4 students were asked to compute the odds ratio.",
    "Last year we analyzed the ward records, and 40 patients had a second admission.",
]


@pytest.mark.parametrize("text", _NOT_DECISIONS)
def test_teaching_text_is_no_decision(text):
    assert "says what a law, a regulator or an organisation decided or requires" \
        not in source_signs(text)


@pytest.mark.parametrize("text", _NOT_TALLIES)
def test_examples_own_data_years_and_labels_are_no_tally(text):
    assert "gives a statistic about the world" not in source_signs(text)


def test_a_sign_that_makes_the_claim_alone_spares_teaching_text(project):
    # No sentence of the review is a claim in a book when the health scorer did not call it
    # one (the data set's description keeps its statistic sign, which never acts alone).
    lines = _NOT_DECISIONS + _NOT_TALLIES + [
        "The nhanes data include 10,000 individuals who were surveyed between 2009 and 2012.",
        "2019: first draft of the chapters on probability, written for the spring course."]
    health, book = _classify(project, lines, "health"), _classify(project, lines)
    promoted = [line for line, h, b in zip(lines, health, book) if b["label"] > h["label"]]
    assert promoted == []


@pytest.mark.parametrize("text", [
    "Personal data is defined by the European Commission as any information about a person.",
    "The drug was approved by the FDA in 2015 for adults with asthma.",
    "Overall, 291 guests responded and 103 cases were identified.",
    "In 2019, 300 patients were admitted with measles.",
])
def test_real_decisions_and_tallies_still_make_the_claim(text):
    assert set(source_signs(text)) & {
        "says what a law, a regulator or an organisation decided or requires",
        "gives a statistic about the world"}
