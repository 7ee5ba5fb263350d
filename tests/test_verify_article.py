"""The article's eight references, verified against a local Crossref/PubMed (tests/registry.py).

What an editor relies on: each entry gets the verdict the issue's table
gives it, the misattributed ones name the real work without being
rewritten into it, and a later `--offline` run repeats every verdict from
the cache without a single request.
"""

from __future__ import annotations

import json

import pytest

from conftest import copy_repository
from registry import serve

EXPECTED = {
    "crosnoe2013exogenous": ("mismatch", {"author", "number", "pages"}),
    "elmeliegy2017systematic": ("mismatch", {"year"}),
    "shoskes2023male": ("verified", set()),
    "wenkler2018age": ("misattributed", set()),
    "karakas2023ngf": ("misattributed", set()),
    "traish2014testosterone": ("not-found", set()),
    "sigalos2016safety": ("not-found", set()),
    "yassin2013testosterone": ("not-found", set()),
}


@pytest.fixture
def registry():
    server, registry = serve()
    yield server.url_for("/").rstrip("/"), registry
    server.stop()


@pytest.fixture
def article(project):
    copy_repository(project.root)
    return project


def verdicts(stdout: str) -> dict:
    return {item["key"]: item for item in json.loads(stdout)["entries"]}


def test_the_eight_references_online_then_offline(article, registry):
    base, server = registry
    online = article.cli("refs", "verify", "--format", "json", "--crossref-url", base,
                         "--ncbi-url", base)
    assert online.returncode == 1, online.stderr
    found = verdicts(online.stdout)
    for key, (status, fields) in EXPECTED.items():
        item = found[key]
        assert item["status"] == status, (key, item)
        assert {i["field"] for i in item["issues"] if not i["minor"]} == fields, (key, item)

    crosnoe = {i["field"]: i for i in found["crosnoe2013exogenous"]["issues"]}
    assert "authors incomplete" in crosnoe["author"]["message"]
    assert (crosnoe["number"]["found"], crosnoe["number"]["expected"]) == ("3", "2")
    assert found["elmeliegy2017systematic"]["issues"][0]["expected"] == "2018"
    shoskes = found["shoskes2023male"]["issues"]
    assert [(i["field"], i["minor"]) for i in shoskes] == [("editor", True)]
    # Misattributed: the real work is named, and it is not taken as the entry's record.
    for key, doi, author in (("wenkler2018age", "10.1016/j.fertnstert.2016.10.004", "Kohn"),
                             ("karakas2023ngf", "10.3390/jcm13102918", "Metallinou")):
        item = found[key]
        assert item["record"] is None and item["issues"] == []
        assert item["other_work"]["doi"] == doi and item["other_work"]["authors"][0] == author
    # "Fertility" is not "Infertility": no work is named for Yassin.
    assert found["yassin2013testosterone"]["other_work"] is None

    asked = len(server.requests)
    offline = article.cli("refs", "verify", "--format", "json", "--offline")
    assert len(server.requests) == asked  # not one request
    again = verdicts(offline.stdout)
    assert {k: v["status"] for k, v in again.items()} == {k: v["status"]
                                                          for k, v in found.items()}
    assert again == found


def test_check_reports_findings_with_their_data(article, registry):
    base, _ = registry
    config = article.root.joinpath("pyproject.toml").read_text().replace(
        "[tool.content-lint]\n", '[tool.content-lint]\nmailto = "editor@example.org"\n', 1)
    article.write("pyproject.toml", config, dedent=False)
    result = article.cli("check", "--online", "--no-baseline", "--select", "REF011,REF012,"
                         "REF013,REF016,REF017", "--format", "json", "--crossref-url", base,
                         "--ncbi-url", base)
    findings = json.loads(result.stdout)["diagnostics"]
    by_code: dict[str, list] = {}
    for finding in findings:
        by_code.setdefault(finding["code"], []).append(finding)
    assert "REF016" not in by_code
    assert {f["data"]["key"] for f in by_code["REF011"]} == {
        "traish2014testosterone", "sigalos2016safety", "yassin2013testosterone"}
    misattributed = {f["data"]["key"]: f for f in by_code["REF013"]}
    assert set(misattributed) == {"wenkler2018age", "karakas2023ngf"}
    assert misattributed["karakas2023ngf"]["data"]["doi"] == "10.3390/jcm13102918"
    assert "Metallinou" in misattributed["karakas2023ngf"]["message"]
    mismatch = {(f["data"]["key"], f["data"]["field"]): f["data"] for f in by_code["REF012"]}
    assert set(mismatch) == {("crosnoe2013exogenous", "author"),
                             ("crosnoe2013exogenous", "number"),
                             ("crosnoe2013exogenous", "pages")}
    assert mismatch[("crosnoe2013exogenous", "pages")]["expected"] == "106--113"
    assert by_code["REF017"][0]["data"] == {
        "key": "elmeliegy2017systematic", "status": "mismatch",
        "doi": "10.1016/j.aju.2017.11.011", "pmid": None, "field": "year", "found": "2017",
        "expected": "2018"}
    # No finding offers "author = {4 authors}" or another work's values as a fix.
    assert not any("authors}" in (f.get("suggestion") or "") for f in findings)


def test_suggest_only_for_the_entrys_own_record(article, registry):
    base, _ = registry
    options = ("--crossref-url", base, "--ncbi-url", base)
    karakas = article.cli("refs", "suggest", "karakas2023ngf", *options)
    assert karakas.returncode == 1 and karakas.stdout == ""
    assert "misattributed" in karakas.stderr
    crosnoe = article.cli("refs", "suggest", "crosnoe2013exogenous", *options)
    assert crosnoe.returncode == 0, crosnoe.stderr
    text = crosnoe.stdout
    assert "Crosnoe, Lindsey E. and Grober, Ethan and Ohl, Dana and Kim, Edward D." in text
    from pybtex.database import parse_string

    parsed = parse_string(text.split("\n", 1)[1], "bibtex")
    entry = parsed.entries["crosnoe2013exogenous"]
    assert entry.fields["number"] == "2" and entry.fields["pages"] == "106--113"
    assert [str(p) for p in entry.persons["author"]][0] == "Crosnoe, Lindsey E."


def test_base_urls_from_the_environment_and_no_cache_leaves_no_trace(article, registry):
    base, server = registry
    env = dict(CONTENT_LINT_CROSSREF_URL=base, CONTENT_LINT_NCBI_URL=base,
               CONTENT_LINT_MAILTO="editor@example.org")
    result = article.cli("refs", "verify", "--format", "json", "--no-cache", env=env)
    statuses = {k: v["status"] for k, v in verdicts(result.stdout).items()}
    assert statuses == {key: status for key, (status, _) in EXPECTED.items()}
    assert not (article.root / ".content-lint-cache" / "http").exists()
    assert all("mailto=editor" in r for r in server.requests if r.startswith("/works"))
    assert "one request at a time" not in result.stderr
