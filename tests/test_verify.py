"""Online reference checks against a real HTTP server on 127.0.0.1 (pytest-httpserver).

Recorded Crossref / PubMed bodies from ../shared/fixtures/api-responses are
served as they were recorded; other answers are built in the same format.
Nothing here reaches the internet.
"""

from __future__ import annotations

import json
import re
import socket
import time

import pytest
from werkzeug.wrappers import Response

from conftest import SHARED, closed_port
from lint.sources.bibliography import parse_bibliography
from lint.document.textmap import SourceText
from lint.verify.check import verify_entry
from lint.verify.client import ClientSettings, RegistryClient

FIXTURES = SHARED / "fixtures" / "api-responses"
needs_fixtures = pytest.mark.skipif(not FIXTURES.exists(), reason="../shared fixtures absent")


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text("utf-8")


def entry(bibtex: str):
    bib = parse_bibliography(SourceText(bibtex), "refs.bib")
    assert not bib.problems, bib.problems
    return next(iter(bib.entries.values()))


def client_for(httpserver, tmp_path, **overrides) -> RegistryClient:
    base = httpserver.url_for("/").rstrip("/")
    values = dict(crossref_url=base, ncbi_url=base, mailto="editor@example.org", timeout=1.0,
                  retries=2, backoff=0.0, cache_dir=str(tmp_path / "cache"))
    values.update(overrides)
    settings = ClientSettings(**values)
    return RegistryClient(settings, sleep=lambda seconds: None)


PLOS = """@article{plos2012, author = {Schmidt, Ying and others},
  title = {Methylphenidate Exposure Induces Dopamine Neuron Loss and Activation of Microglia
           in the Basal Ganglia of Mice},
  journal = {PLoS ONE}, volume = {7}, number = {3}, pages = {e33693}, year = {2012},
  doi = {10.1371/journal.pone.0033693}}"""


@needs_fixtures
def test_matching_record_by_doi(httpserver, tmp_path):
    httpserver.expect_request("/works/10.1371/journal.pone.0033693").respond_with_data(
        fixture("crossref_work_200_plos_one_10.1371_journal.pone.0033693.json"),
        content_type="application/json")
    message = json.loads(fixture("crossref_work_200_plos_one_10.1371_journal.pone.0033693.json"))
    first = message["message"]["author"][0]["family"]
    result = verify_entry(entry(PLOS.replace("Schmidt", first)), client_for(httpserver, tmp_path))
    assert result.status == "verified", [(i.field, i.cited, i.registered) for i in result.issues]
    request, _ = httpserver.log[0]
    assert "content-lint/" in request.headers["User-Agent"]
    assert "mailto:editor@example.org" in request.headers["User-Agent"]
    assert request.args.get("mailto") == "editor@example.org"


def work(**changes) -> dict:
    message = {"DOI": "10.5555/x1", "type": "journal-article",
               "title": ["Duration of Fictional Hormone Therapy Predicts Time to Return"],
               "author": [{"family": "Testperson", "given": "A."}, {"family": "Probandt", "given": "B."},
                          {"family": "Exemplar", "given": "C."}],
               "container-title": ["The Journal of Fictional Andrology"], "short-container-title": ["J Fict Androl"],
               "volume": "199", "issue": "4", "page": "e676-e677",
               "issued": {"date-parts": [[2018, 4]]}}
    message.update(changes)
    return {"status": "ok", "message-type": "work", "message": message}


CITED = """@article{testperson2018duration, author = {Testperson, A. and Probandt, B. and Exemplar, C.},
  title = {Duration of Fictional Hormone Therapy Predicts Time to Return},
  journal = {Journal of Fictional Andrology}, volume = {199}, number = {4}, pages = {e676--e677},
  year = {2018}, doi = {10.5555/x1}}"""


@pytest.mark.parametrize("change,field", [
    # The DOI names a work with another title: the DOI is what is wrong.
    ({"title": ["A Completely Different Paper About Kidneys"]}, "doi"),
    ({"author": [{"family": "Other"}, {"family": "Probandt"}, {"family": "Exemplar"}]}, "author"),
    ({"author": [{"family": "Testperson"}, {"family": "Probandt"}]}, "author"),
    ({"issued": {"date-parts": [[2014]]}}, "year"),
    ({"container-title": ["Andrology"], "short-container-title": ["Andrology"]}, "journal"),
    ({"volume": "198"}, "volume"),
    ({"issue": "5"}, "number"),
    ({"page": "e600-e601"}, "pages"),
    ({"type": "book-chapter"}, "type"),
])
def test_each_kind_of_mismatch(httpserver, tmp_path, change, field):
    httpserver.expect_request("/works/10.5555/x1").respond_with_json(work(**change))
    result = verify_entry(entry(CITED), client_for(httpserver, tmp_path))
    assert result.status == "mismatch"
    assert [i.field for i in result.issues if not i.minor] == [field]


def test_abbreviated_pages_are_not_a_mismatch(httpserver, tmp_path):
    httpserver.expect_request("/works/10.5555/x1").respond_with_json(work(page="637-41"))
    cited = CITED.replace("e676--e677", "637--641")
    result = verify_entry(entry(cited), client_for(httpserver, tmp_path))
    assert result.status == "verified" and result.issues == []


def test_a_year_off_by_one_is_a_year_mismatch_unless_it_is_the_online_year(httpserver,
                                                                           tmp_path):
    httpserver.expect_request("/works/10.5555/x1").respond_with_json(
        work(issued={"date-parts": [[2017]]}, **{"published-print": {"date-parts": [[2017]]}}))
    httpserver.expect_request("/works/10.5555/x2").respond_with_json(
        work(DOI="10.5555/x2", issued={"date-parts": [[2017, 12]]},
             **{"published-online": {"date-parts": [[2017, 12]]}}))
    client = client_for(httpserver, tmp_path)
    result = verify_entry(entry(CITED), client)
    assert result.status == "mismatch"
    assert [(i.field, i.cited, i.registered) for i in result.issues] == [("year", "2018", "2017")]
    # Online-first in 2017 and no print date registered: an entry saying 2017 agrees.
    online_only = verify_entry(entry(CITED.replace("10.5555/x1", "10.5555/x2")
                                     .replace("2018", "2017")), client)
    assert online_only.status == "verified"


@needs_fixtures
def test_unknown_doi_is_not_found_from_a_plain_text_404(httpserver, tmp_path):
    httpserver.expect_request("/works/10.1371/notarealdoi").respond_with_data(
        fixture("crossref_work_404_notarealdoi.body.txt"), status=404, content_type="text/plain")
    result = verify_entry(entry(CITED.replace("10.5555/x1", "10.1371/notarealdoi")),
                          client_for(httpserver, tmp_path))
    assert result.status == "not-found"


def _verify_by_pmid(httpserver, tmp_path, answer: str, cited: str):
    """`cited` verified with PubMed's esummary answering the recorded fixture `answer`."""
    httpserver.expect_request("/esummary.fcgi").respond_with_data(
        fixture(answer), content_type="application/json")
    return verify_entry(entry(cited), client_for(httpserver, tmp_path))


@needs_fixtures
def test_unknown_pmid_answers_200_with_an_error(httpserver, tmp_path):
    result = _verify_by_pmid(httpserver, tmp_path, "ncbi_esummary_pubmed_unknown_pmid_MINIMAL.json",
                             CITED.replace("doi = {10.5555/x1}", "pmid = {999999999}"))
    assert result.status == "not-found" and result.how == "pmid"


WAKEFIELD = """@article{wakefield1998, author = {Wakefield, A. J. and others},
  title = {Ileal-lymphoid-nodular hyperplasia, non-specific colitis, and pervasive
           developmental disorder in children},
  journal = {Lancet}, volume = {351}, number = {9103}, pages = {637--641}, year = {1998},
  doi = {10.1016/s0140-6736(97)11096-0}}"""


@needs_fixtures
def test_retraction_in_crossref(httpserver, tmp_path):
    httpserver.expect_request("/works/10.1016/s0140-6736(97)11096-0").respond_with_data(
        fixture("crossref_work_200_retracted_wakefield_updated_by_retraction_watch.json"),
        content_type="application/json")
    result = verify_entry(entry(WAKEFIELD), client_for(httpserver, tmp_path))
    assert result.retraction == "retracted"
    assert result.status == "verified"  # the metadata itself is right


@needs_fixtures
def test_retraction_in_pubmed(httpserver, tmp_path):
    result = _verify_by_pmid(
        httpserver, tmp_path, "ncbi_esummary_pubmed_9500320_retracted.json",
        WAKEFIELD.replace("doi = {10.1016/s0140-6736(97)11096-0}", "pmid = {9500320}"))
    assert result.retraction == "retracted" and result.how == "pmid"


@needs_fixtures
def test_a_retraction_notice_cited_as_the_paper(httpserver, tmp_path):
    body = json.loads(fixture("crossref_work_200_retraction_NOTICE_update_to_TRIMMED.json"))
    doi = body["message"]["DOI"]
    httpserver.expect_request(f"/works/{doi}").respond_with_json(body)
    result = verify_entry(entry(WAKEFIELD.replace("10.1016/s0140-6736(97)11096-0", doi)),
                          client_for(httpserver, tmp_path))
    assert result.retraction == "is a retraction notice"


def test_title_that_belongs_to_another_work(httpserver, tmp_path):
    item = work(author=[{"family": "Real"}, {"family": "Author"}],
                **{"container-title": ["Fertility and Sterility"],
                   "short-container-title": ["Fertil Steril"],
                   "issued": {"date-parts": [[2009]]}})["message"]
    httpserver.expect_request("/works").respond_with_json(
        {"status": "ok", "message-type": "work-list", "message": {"items": [item]}})
    cited = CITED.replace(", doi = {10.5555/x1}", "").replace(
        "Testperson, A. and Probandt, B. and Exemplar, C.", "Invented, Q.")
    result = verify_entry(entry(cited), client_for(httpserver, tmp_path))
    assert result.status == "misattributed"
    request, _ = httpserver.log[0]
    sent = request.args.to_dict()
    assert set(sent) == {"query.bibliographic", "query.author", "rows", "mailto"}
    assert "Invented" == sent["query.author"]


def esearch(ids: list[str]) -> dict:
    """An E-utilities esearch answer (JSON), as PubMed gives it."""
    return {"header": {"type": "esearch", "version": "0.3"},
            "esearchresult": {"count": str(len(ids)), "retmax": str(len(ids)), "retstart": "0",
                              "idlist": ids, "translationset": []}}


@needs_fixtures
def test_search_without_a_match_asks_every_source_and_offers_no_unrelated_titles(
        httpserver, tmp_path):
    httpserver.expect_request("/works").respond_with_data(
        fixture("crossref_worklist_query_bibliographic_fish_TRIMMED.json"),
        content_type="application/json")
    httpserver.expect_request("/esearch.fcgi").respond_with_json(esearch([]))
    result = verify_entry(entry(CITED.replace(", doi = {10.5555/x1}", "")),
                          client_for(httpserver, tmp_path))
    assert result.status == "not-found" and result.candidates == []  # fish are not close
    asked = [request.path for request, _ in httpserver.log]
    assert asked == ["/works", "/works", "/esearch.fcgi"]  # with author, title alone, PubMed


def test_a_near_miss_returned_by_both_searches_is_named_once(httpserver, tmp_path):
    near = work(title=["Duration of Fictional Hormone Therapy Predicts Time to Recovery"],
                author=[{"family": "Other"}])["message"]
    httpserver.expect_request("/works").respond_with_json(
        {"status": "ok", "message-type": "work-list", "message": {"items": [near]}})
    httpserver.expect_request("/esearch.fcgi").respond_with_json(esearch([]))
    result = verify_entry(entry(CITED.replace(", doi = {10.5555/x1}", "")),
                          client_for(httpserver, tmp_path))
    assert result.status == "not-found"
    assert [c.doi for c in result.candidates] == ["10.5555/x1"]


def test_timeout_is_unverifiable_not_missing(httpserver, tmp_path):
    def slow(request):
        time.sleep(1.5)
        return Response("{}", content_type="application/json")

    httpserver.expect_request("/works/10.5555/x1").respond_with_handler(slow)
    client = client_for(httpserver, tmp_path, retries=0)
    client.settings.timeout = 0.3
    result = verify_entry(entry(CITED), client)
    assert result.status == "unverifiable" and "Timeout" in result.reason


def test_connection_refused_is_unverifiable(tmp_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again when the block ends: nothing listens
    settings = ClientSettings(crossref_url=f"http://127.0.0.1:{port}", retries=1, backoff=0,
                              cache_dir=str(tmp_path / "cache"), timeout=1)
    result = verify_entry(entry(CITED), RegistryClient(settings, sleep=lambda s: None))
    assert result.status == "unverifiable" and "Connection" in result.reason


def test_429_then_success_honours_retry_after(httpserver, tmp_path):
    answers = iter([Response("slow down", status=429, headers={"Retry-After": "2"}),
                    Response(json.dumps(work()), content_type="application/json")])
    httpserver.expect_request("/works/10.5555/x1").respond_with_handler(lambda r: next(answers))
    waits = []
    base = httpserver.url_for("/").rstrip("/")
    client = RegistryClient(ClientSettings(crossref_url=base, retries=2, backoff=0,
                                           cache_dir=str(tmp_path / "c")), sleep=waits.append)
    result = verify_entry(entry(CITED), client)
    assert result.status == "verified" and waits == [2.0] and client.requests_made == 2


@pytest.mark.parametrize("response", [
    Response("oops", status=500),
    Response("{not json", content_type="application/json"),
    Response(json.dumps({"unexpected": True}), content_type="application/json"),
])
def test_server_errors_and_bad_answers_are_unverifiable(httpserver, tmp_path, response):
    httpserver.expect_request("/works/10.5555/x1").respond_with_response(response)
    result = verify_entry(entry(CITED), client_for(httpserver, tmp_path, retries=1))
    assert result.status == "unverifiable"


def test_cache_hit_makes_no_request_and_offline_uses_it(httpserver, tmp_path):
    httpserver.expect_request("/works/10.5555/x1").respond_with_json(work())
    verify_entry(entry(CITED), client_for(httpserver, tmp_path))
    assert len(httpserver.log) == 1
    again = client_for(httpserver, tmp_path)
    assert verify_entry(entry(CITED), again).status == "verified"
    assert len(httpserver.log) == 1 and again.requests_made == 0
    offline = client_for(httpserver, tmp_path, offline=True)
    assert verify_entry(entry(CITED), offline).status == "verified"
    missing = verify_entry(entry(CITED.replace("10.5555/x1", "10.5555/other")), offline)
    assert missing.status == "unverifiable" and "offline" in missing.reason


SEED_LIKE = """@article{ok2018, author = {Testperson, A. and Probandt, B. and Exemplar, C.},
  title = {Duration of Fictional Hormone Therapy Predicts Time to Return},
  journal = {Journal of Fictional Andrology}, volume = {199}, number = {4}, pages = {e676--e677},
  year = {2018}, doi = {10.5555/x1}}

@article{wrongyear2017, author = {Testperson, A. and Probandt, B. and Exemplar, C.},
  title = {Duration of Fictional Hormone Therapy Predicts Time to Return},
  journal = {Journal of Fictional Andrology}, volume = {199}, number = {4}, pages = {e676--e677},
  year = {2013}, doi = {10.5555/x1}}

@article{ghost2016, author = {Ghost, A.},
  title = {A Study Nobody Ever Wrote About Clomiphene},
  journal = {Current Sexual Health Reports}, year = {2016}}

@article{retracted1998, author = {Wakefield, A. J.},
  title = {A Retracted Paper}, journal = {Lancet}, year = {1998}, doi = {10.5555/r1}}
"""


def seed_like_server(httpserver):
    httpserver.expect_request("/works/10.5555/x1").respond_with_json(work())
    retracted = work(DOI="10.5555/r1", title=["A Retracted Paper"],
                     author=[{"family": "Wakefield"}], **{"container-title": ["Lancet"],
                     "short-container-title": ["Lancet"], "issued": {"date-parts": [[1998]]},
                     "updated-by": [{"type": "retraction", "DOI": "10.5555/n",
                                     "source": "retraction-watch"}]})
    for name in ("volume", "issue", "page"):
        retracted["message"].pop(name)
    httpserver.expect_request("/works/10.5555/r1").respond_with_json(retracted)
    httpserver.expect_request("/works").respond_with_json(
        {"status": "ok", "message": {"items": [work(title=["Unrelated Title"])["message"]]}})
    httpserver.expect_request("/esearch.fcgi").respond_with_json(esearch([]))


def write_project(project, base: str):
    project.write("references.bib", SEED_LIKE, dedent=False)
    project.write("content/a.md", "---\ntitle: T\n---\n\nCited [@ok2018; @wrongyear2017; "
                  "@ghost2016; @retracted1998].\n", dedent=False)
    project.write("pyproject.toml", f"""
        [tool.content-lint]
        crossref-url = "{base}"
        ncbi-url = "{base}"
        http-retries = 0
        http-timeout = 1
        cache-dir = ".cache"
        select = ["REF"]
    """)


def test_check_online_reports_each_problem_at_the_entry_line(httpserver, project):
    seed_like_server(httpserver)
    write_project(project, httpserver.url_for("/").rstrip("/"))
    result = project.cli("check", "--online", "--no-baseline")
    out = result.stdout
    assert "references.bib:9:3: REF012" in out and "year differs" in out  # the year line
    assert "references.bib:11:1: REF011" in out and "ghost2016" in out
    assert "references.bib:15:1: REF014" in out and "retracted" in out
    assert not [line for line in out.splitlines()
                if "'ok2018'" in line and any(f"REF01{n}" in line for n in range(1, 7))]
    assert result.returncode == 1
    table = project.cli("refs", "verify")
    assert "ok2018" in table.stdout and "verified" in table.stdout
    suggestion = project.cli("refs", "suggest", "wrongyear2017")
    assert suggestion.returncode == 0 and re.search(r"year\s*=\s*\{2018\}", suggestion.stdout)
    assert (project.root / "references.bib").read_text() == SEED_LIKE  # never written
    # The report shows verification from the cache, without asking the network again.
    asked = len(httpserver.log)
    report = project.cli("report", "--format", "markdown", "--full", "--output", "review.md")
    assert report.returncode == 0, report.stderr
    review = (project.root / "review.md").read_text("utf-8")
    assert "not-found" in review and "verified" in review and "retracted" in review
    assert len(httpserver.log) == asked


def test_unreachable_network_finishes_and_marks_entries_unverified(project):
    write_project(project, f"http://127.0.0.1:{closed_port()}")
    result = project.cli("check", "--online", "--no-baseline", "--fail-level", "error")
    assert result.returncode == 0, result.stdout
    assert result.stdout.count("REF016") == 4 and "REF011" not in result.stdout


def test_checks_stay_offline_by_default(project):
    write_project(project, "http://127.0.0.1:9")
    result = project.cli("check", "--no-baseline")
    assert "REF016" not in result.stdout and "REF011" not in result.stdout


def test_an_offline_verification_does_not_import_requests(project):
    # Answered from the cache or "offline and not in the cache": no HTTP library needed.
    # `-X importtime` lists every module the command imports, one a line on stderr.
    import os
    import subprocess
    import sys

    from conftest import REPO

    write_project(project, "http://127.0.0.1:9")
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "lint", "refs", "verify",
                           "--offline"], cwd=project.root, capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=str(REPO)))
    assert "offline and not in the cache" in done.stdout, done.stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert "lint.verify.client" in imported and "requests" not in imported


def test_rate_limit_headers_pace_the_requests(httpserver, tmp_path):
    httpserver.expect_request("/works/10.5555/x1").respond_with_json(
        work(), headers={"x-rate-limit-limit": "4", "x-rate-limit-interval": "1s"})
    httpserver.expect_request("/works/10.5555/x2").respond_with_json(work(DOI="10.5555/x2"))
    waits = []
    base = httpserver.url_for("/").rstrip("/")
    client = RegistryClient(ClientSettings(crossref_url=base, retries=0,
                                           cache_dir=str(tmp_path / "c")), sleep=waits.append)
    verify_entry(entry(CITED), client)
    assert client.min_interval == 0.25
    verify_entry(entry(CITED.replace("10.5555/x1", "10.5555/x2")), client)
    assert all(0 < w <= 0.25 for w in waits)  # none if the machine took longer anyway
