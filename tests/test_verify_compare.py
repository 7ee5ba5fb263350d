"""How titles, names, venues and preprints are compared, and which verdict follows."""

from __future__ import annotations

import pytest

from lint.document.textmap import SourceText
from lint.sources.bibliography import parse_bibliography
from lint.verify.check import _decide, _judged
from lint.verify.compare import (DIFFERENT, NEAR, SAME, people, surname, title_relation,
                                 venue_matches)
from lint.verify.records import from_crossref


def entry(bibtex: str):
    bib = parse_bibliography(SourceText(bibtex), "refs.bib")
    assert not bib.problems, bib.problems
    return next(iter(bib.entries.values()))


@pytest.mark.parametrize("cited,registered,relation", [
    # An abbreviation against its expansion (the wenkler2018age row of the issue).
    ("Age and Duration of Testosterone Therapy Predict Time to Return of Sperm Count after "
     "{hCG} Therapy", "Age and duration of testosterone therapy predict time to return of "
     "sperm count after human chorionic gonadotropin therapy", SAME),
    ("{GnRH} pulsatility in men", "Gonadotropin-releasing hormone pulsatility in men", SAME),
    ("{IGF-1} and sperm motility", "IGF-I and sperm motility", SAME),
    # A one-word change of meaning is another title (the yassin2013testosterone row).
    ("Testosterone and Male Fertility", "Testosterone and Male Infertility", DIFFERENT),
    ("Effects of typical dosing", "Effects of atypical dosing", DIFFERENT),
    ("Treatment is effective in older men", "Treatment is not effective in older men",
     DIFFERENT),
    # Greek letters, hyphenation, British spelling, markup, a subtitle left out.
    ("5α-reductase inhibitors and mood", "5-alpha-reductase inhibitors and mood", SAME),
    ("Ileal-lymphoid-nodular hyperplasia, non-specific colitis",
     "Ileal-lymphoid-nodular hyperplasia, nonspecific colitis", SAME),
    ("Oestrogen in randomised trials of tumour growth",
     "Estrogen in randomized trials of tumor growth", SAME),
    ("Exogenous testosterone ∞ a preventable cause of male infertility",
     "Exogenous testosterone: a preventable cause of <i>male</i> infertility", SAME),
    ("Exogenous testosterone and the testis in older men",
     "Exogenous testosterone and the testis in older men: a systematic review", SAME),
    ("Sperm & semen quality after {TRT}",
     "Sperm &amp; semen quality after testosterone replacement therapy", SAME),
    # Near misses: a word changed, meaning not reversed.
    ("Age and duration of testosterone therapy predict time to return of sperm motility",
     "Age and duration of testosterone therapy predict time to return of sperm count", NEAR),
    ("Clomiphene citrate for men with hypogonadism",
     "Clomiphene citrate in men with hypogonadism", NEAR),
    # Sharing some words is not the same title.
    ("The Safety and Efficacy of Clomiphene Citrate and Testosterone Therapy in Men",
     "Male Fertility and Testosterone Therapy", DIFFERENT),
])
def test_title_relation(cited, registered, relation):
    assert title_relation(cited, registered) == relation


@pytest.mark.parametrize("name,expected", [
    ("{El Meliegy}, A.", "el meliegy"),
    ("van der Berg, Jan", "van der berg"),
    ("Ludwig van Beethoven", "van beethoven"),
    ("A. Smith", "smith"),
    ("Smith, Jr., John", "smith"),
    ("{Abd El Salam}, M. A.", "abd el salam"),
])
def test_author_names_are_read_as_bibtex_does(name, expected):
    cited = entry(f"@article{{a, author = {{{name} and Other, B.}}, title = {{T}}}}")
    assert surname(people(cited)[0][0]) == expected


@pytest.mark.parametrize("cited,registered,same", [
    ("J Clin Med", ["Journal of Clinical Medicine"], True),
    ("Journal of Urology", ["The Journal of Urology", "J Urol"], True),
    ("Fertil. Steril.", ["Fertility and Sterility"], True),
    ("Andrology", ["Journal of Andrology"], False),
    ("International Journal of Molecular Sciences", ["Journal of Clinical Medicine", "JCM"],
     False),
    ("Men’s Reproductive and Sexual Health Throughout the Lifespan ∞ An Integrated Approach",
     ["Men's Reproductive and Sexual Health Throughout the Lifespan"], True),
])
def test_venues_compare_full_and_abbreviated(cited, registered, same):
    assert venue_matches(cited, registered) is same


PREPRINT = {"DOI": "10.1101/2020.01.01.123456", "type": "posted-content",
            "subtype": "preprint", "title": ["Spermatogenesis recovery after androgen use"],
            "author": [{"given": "Ana", "family": "Lopez"}, {"given": "Ben", "family": "Ito"}],
            "institution": [{"name": "bioRxiv"}], "publisher": "Cold Spring Harbor Laboratory",
            "posted": {"date-parts": [[2020, 1, 3]]}, "issued": {"date-parts": [[2020, 1, 3]]}}


@pytest.mark.parametrize("bibtex,status", [
    ("@article{p, author = {Lopez, Ana and Ito, Ben}, title = {Spermatogenesis recovery "
     "after androgen use}, journal = {bioRxiv}, year = {2020}}", "verified"),
    ("@misc{p, author = {Lopez, Ana and Ito, Ben}, title = {Spermatogenesis recovery "
     "after androgen use}, howpublished = {bioRxiv}, year = {2020}}", "verified"),
    ("@article{p, author = {Lopez, Ana and Ito, Ben}, title = {Spermatogenesis recovery "
     "after androgen use}, journal = {medRxiv}, year = {2020}}", "mismatch"),
    ("@article{p, author = {Lopez, Ana and Ito, Ben}, title = {Spermatogenesis recovery "
     "after androgen use}, journal = {Andrology}, year = {2020}}", "mismatch"),
])
def test_a_preprint_cited_with_its_server_is_the_same_work(bibtex, status):
    result = _judged(entry(bibtex), from_crossref(PREPRINT), "doi")
    assert result.status == status, result.issues


KOHN = from_crossref({
    "DOI": "10.1016/j.fertnstert.2016.10.004", "type": "journal-article",
    "title": ["Age and duration of testosterone therapy predict time to return of sperm "
              "count after human chorionic gonadotropin therapy"],
    "author": [{"given": "Taylor P.", "family": "Kohn"}, {"given": "Matthew R.",
                                                         "family": "Louis"}],
    "container-title": ["Fertility and Sterility"], "volume": "107", "issue": "2",
    "published-print": {"date-parts": [[2017, 2]]}})
METALLINOU = from_crossref({
    "DOI": "10.3390/jcm13102918", "type": "journal-article",
    "title": ["NGF, EPO, and IGF-1 in the Male Reproductive System"],
    "author": [{"given": "Chryssa", "family": "Metallinou"}],
    "container-title": ["Journal of Clinical Medicine"], "volume": "13", "issue": "10",
    "page": "2918", "issued": {"date-parts": [[2024, 5, 15]]}})


def test_a_year_off_by_one_does_not_make_another_work_the_entrys_own():
    cited = entry("@article{k, author = {Karakas, M. and others}, title = {{NGF}, {EPO}, and "
                  "{IGF-1} in the Male Reproductive System}, journal = {International Journal "
                  "of Molecular Sciences}, volume = {24}, number = {16}, pages = {12906}, "
                  "year = {2023}}")
    result = _decide(cited, [METALLINOU])
    assert result.status == "misattributed" and result.record is None
    assert result.other_work is METALLINOU and result.issues == []
    assert "Metallinou" in result.reason and "Karakas" in result.reason


def test_the_same_title_by_its_own_authors_with_a_changed_word_is_a_near_miss():
    cited = entry("@article{k, author = {Kohn, T. P. and Louis, M. R.}, title = {Age and "
                  "duration of testosterone therapy predict time to return of sperm motility "
                  "after {hCG} therapy}, journal = {Fertil Steril}, volume = {107}, "
                  "number = {2}, year = {2017}}")
    result = _decide(cited, [KOHN])
    assert result.status == "mismatch"
    assert [(i.field, "near-miss" in i.message) for i in result.issues] == [("title", True)]


def test_a_near_miss_title_by_other_authors_is_not_found_and_named():
    cited = entry("@article{k, author = {Nobody, A.}, title = {Age and duration of "
                  "testosterone therapy predict time to return of sperm motility after {hCG} "
                  "therapy}, journal = {Andrology}, year = {2011}}")
    assert _decide(cited, [KOHN]) is None  # nothing accepted, nothing misattributed


def test_a_chapter_s_booktitle_is_compared():
    chapter = from_crossref({"type": "book-chapter", "title": ["Male Fertility and Testosterone "
                             "Therapy"], "container-title": ["Men's Reproductive and Sexual "
                             "Health Throughout the Lifespan"], "page": "269-278",
                             "issued": {"date-parts": [[2023]]}})
    cited = ("@incollection{s, author = {Shoskes, D. A.}, title = {Male Fertility and "
             "Testosterone Therapy}, booktitle = {%s}, pages = {269--278}, year = {2023}}")
    right = _judged(entry(cited % "Men's Reproductive and Sexual Health Throughout the "
                                  "Lifespan"), chapter, "search")
    wrong = _judged(entry(cited % "Campbell-Walsh Urology"), chapter, "search")
    assert right.status == "verified"
    assert wrong.status == "mismatch" and [i.field for i in wrong.mismatches] == ["booktitle"]


# -- biblatex --------------------------------------------------------------------
KOHN_BIBLATEX = ("@article{k, author = {Kohn, Taylor P. and Louis, Matthew R.}, title = {Age "
                 "and duration of testosterone therapy predict time to return of sperm count "
                 "after human chorionic gonadotropin therapy}, journaltitle = {%s}, "
                 "volume = {107}, number = {2}, date = {%s}, urldate = {2024-05-01}}")


@pytest.mark.parametrize("venue,date,issues", [
    # biblatex's journaltitle and date are the journal and year; urldate is not a year.
    ("Fertility and Sterility", "2017-02", []),
    ("Fertil Steril", "2017-02-01/2017-02-28", []),
    ("Andrology", "2017", [("journaltitle", "Andrology", "Fertility and Sterility")]),
    ("Fertility and Sterility", "2015-06", [("date", "2015", "2017")]),
    ("Fertility and Sterility", "2016-11", [("date", "2016", "2017")]),
])
def test_biblatex_journaltitle_and_date_are_compared(venue, date, issues):
    result = _judged(entry(KOHN_BIBLATEX % (venue, date)), KOHN, "doi")
    assert [(i.field, i.cited, i.registered) for i in result.issues] == issues
    assert result.status == ("verified" if not issues else "mismatch")


def test_biblatex_urldate_alone_is_no_publication_year():
    cited = entry((KOHN_BIBLATEX % ("Fertility and Sterility", "")).replace(
        "date = {}, ", ""))
    assert "date" not in cited.fields and _judged(cited, KOHN, "doi").issues == []


def test_biblatex_subtitle_is_part_of_the_title():
    cited = entry("@article{k, author = {Kohn, T. P. and Louis, M. R.}, title = {Age and "
                  "duration of testosterone therapy}, subtitle = {Time to return of sperm "
                  "count after human chorionic gonadotropin therapy}, "
                  "journaltitle = {Fertility and Sterility}, date = {2017}}")
    registered = from_crossref({"DOI": "10.1/x", "type": "journal-article",
                                "title": ["Age and duration of testosterone therapy: time to "
                                          "return of sperm count after human chorionic "
                                          "gonadotropin therapy"],
                                "author": [{"family": "Kohn"}, {"family": "Louis"}],
                                "container-title": ["Fertility and Sterility"],
                                "issued": {"date-parts": [[2017]]}})
    assert _decide(cited, [registered]).status == "verified"


def test_biblatex_online_entry_is_not_compared_as_a_journal_article():
    page = from_crossref({"DOI": "10.1/web", "type": "report",
                          "title": ["Testosterone therapy: what to know"],
                          "author": [{"family": "Agency"}],
                          "container-title": ["Clinical Guidance Series"],
                          "publisher": "Health Agency", "issued": {"date-parts": [[2021]]}})
    cited = entry("@online{w, author = {Agency}, title = {Testosterone therapy: what to "
                  "know}, organization = {Health Agency}, date = {2021-03-04}, "
                  "url = {https://example.org/t}, urldate = {2024-01-02}}")
    result = _judged(cited, page, "doi")
    assert result.status == "verified", [(i.field, i.message) for i in result.issues]
    # Its date is still its year.
    wrong_year = entry("@online{w, author = {Agency}, title = {Testosterone therapy: what to "
                       "know}, howpublished = {Clinical Bulletin}, date = {2012}}")
    assert [(i.field, i.cited) for i in _judged(wrong_year, page, "doi").issues] == [
        ("date", "2012")]


def test_biblatex_pubmed_eprint_is_the_pmid():
    from lint.verify.compare import entry_pmid

    cited = entry("@article{k, title = {T}, eprint = {28065412}, eprinttype = {pubmed}}")
    assert entry_pmid(cited) == "28065412"
