"""What the editorial report tells a reviewer, on small articles with known problems:
the matrix against the knowledge base, bibliography health, what a change introduced,
the sign-off record."""

from __future__ import annotations

import hashlib
import re
import subprocess
from importlib import resources

import pytest

ARTICLE = """\
---
title: T
---

## Basics

Anastrozole lowers estradiol in men.

Relamorelin lowers estradiol.

## Later sections with a long heading that a chart must not cut short

Anastrozole raises estradiol in men.

Clomiphene citrate is taken orally.
"""
BIB = """\
@article{smith2020relamorelin,
  author = {Smith, A. and others},
  title = {Relamorelin and estradiol suppression in hypogonadal men},
  journal = {J Clin Endo}, year = {2020}}
"""


@pytest.fixture
def article(project):
    project.write("content/a.md", ARTICLE)
    project.write("references.bib", BIB)
    return project


def _model(project, **build):
    from lint.engine import RunOptions, run
    from lint.report.editorial import build as build_report

    result = run(project.config(), RunOptions(use_baseline=False))
    return result, build_report(result, **build)


def test_matrix_sets_knowledge_beside_each_section_and_marks_conflicts_in_their_cells(article):
    result, data = _model(article)
    matrix = data.matrix
    assert matrix["sections"] == ["Basics",
                                  "Later sections with a long heading that a chart must not "
                                  "cut short"]
    row = next(r for r in matrix["rows"] if r["drug"] == "anastrozole")
    knowledge = {v["attribute"]: v["value"] for v in row["knowledge"]}
    assert knowledge["class"] == "aromatase inhibitor" and "estradiol ↓" in knowledge["effects"]
    assert row["sources"], "the knowledge base's sources are shown with its values"
    basics, later = row["cells"]
    assert [(i["says"], [link.line for link in i["links"]]) for i in basics] == [
        ("estradiol ↓", [7])]
    assert [(i["says"], [link.line for link in i["links"]]) for i in later] == [
        ("estradiol ↑", [13])]
    # Both sides of the contradiction carry it; the knowledge-base finding only where it is.
    assert [c.split(":")[0] for c in basics[0]["conflicts"]] == ["MEC002"]
    assert sorted(c.split(":")[0] for c in later[0]["conflicts"]) == ["MEC002", "MEC004"]
    assert row["conflicts"] == 2 == data.state["mechanism_conflicts"]
    clomiphene = next(r for r in matrix["rows"] if r["drug"] == "clomiphene citrate")
    assert all(not i["conflicts"] for cell in clomiphene["cells"] for i in cell)
    assert [u["name"] for u in matrix["unknown"]] == ["relamorelin"]


def test_matrix_html_says_line_not_l_and_marks_the_conflicting_cell(article):
    result = article.cli("report", "--no-baseline", "--format", "html", "-o", "r.html")
    assert result.returncode in (0, 1), result.stderr
    html = (article.root / "r.html").read_text("utf-8")
    matrix = html.split('id="mechanisms"')[1].split("</section>")[0]
    assert re.search(r'<div class="says conflict">estradiol ↑ <a class="loc"[^>]*>line 13</a>',
                     matrix)
    assert '<div class="says">route: oral <a class="loc"' in matrix
    assert "relamorelin" in matrix.split("Drugs the knowledge base lacks")[1]
    assert not re.search(r"\bl\. ?\d", html)


def test_bibliography_health_lists_offline_problems_and_claims_an_entry_could_support(article):
    result, data = _model(article)
    [row] = data.bibliography
    assert row["verdict"] == "not verified"
    assert [p["code"] for p in row["problems"]] == ["REF007"]
    assert row["cited"] == [] and row["suspect"]
    [candidate] = row["candidates"]
    assert candidate["text"] == "Relamorelin lowers estradiol."
    assert candidate["link"].line == 9 and candidate["shared"] == ["estradiol", "relamorelin"]
    html = article.cli("report", "--no-baseline", "--format", "html", "-o", "r.html")
    assert html.returncode in (0, 1)
    text = (article.root / "r.html").read_text("utf-8")
    health = text.split('id="bibliography"')[1]
    assert "Not verified:" in health and "REF007" in health and "(estradiol, relamorelin)" in health


def test_a_cited_entry_is_offered_for_no_claim(project):
    project.write("content/a.md", "Relamorelin lowers estradiol [@smith2020relamorelin].\n")
    project.write("references.bib", BIB)
    _, data = _model(project)
    assert data.bibliography[0]["candidates"] == []


def test_no_baseline_counts_every_finding_new_and_the_baseline_makes_them_known(article):
    assert article.cli("baseline").returncode == 0
    assert article.cli("report", "--format", "markdown", "--full", "-o", "known.md").returncode == 0
    known = (article.root / "known.md").read_text("utf-8")
    assert "0 new, 9 known findings" in known
    article.cli("report", "--no-baseline", "--format", "markdown", "--full", "-o", "all.md")
    everything = (article.root / "all.md").read_text("utf-8")
    assert "9 new, 0 known findings" in everything
    # The content's state is the same either way: only the gate's view changes.
    state = "## Editorial review\n\n**0 of 4 claims cited** "
    assert known.split("·")[0] == everything.split("·")[0] == state


def _git(root, *args):
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org",
                        "HOME": str(root), "PATH": "/usr/bin:/bin:/usr/local/bin"})


def test_since_marks_new_only_what_the_change_introduced(article):
    _git(article.root, "init", "-q")
    _git(article.root, "add", "-A")
    _git(article.root, "commit", "-qm", "first")
    article.write("content/a.md", ARTICLE + "\nTamoxifen lowers LH in men.\n")
    result = article.cli("report", "--since", "HEAD", "--format", "html", "-o", "r.html")
    assert result.returncode in (0, 1), result.stderr
    html = (article.root / "r.html").read_text("utf-8")
    assert "compared against: since HEAD" in html
    new = re.findall(r'<span class="sev new">new</span></td><td>([^<]*)', html)
    # The added sentence brings an uncited claim and a contradiction of the knowledge base.
    assert new and all("LH" in message or "laim" in message for message in new), new
    assert len(new) == int(re.search(r'id="state-findings"><b>(\d+) new', html).group(1))
    assert re.search(r"(\d+) known, 1\d findings in all", html)


def test_since_an_unknown_revision_is_a_clear_error(article):
    _git(article.root, "init", "-q")
    result = article.cli("report", "--since", "no-such-ref")
    assert result.returncode == 2
    assert "--since no-such-ref" in result.stderr and "Traceback" not in result.stderr


def test_since_outside_git_is_a_clear_error(article, tmp_path):
    result = article.cli("report", "--since", "HEAD")
    assert result.returncode == 2 and "not in a git repository" in result.stderr


def test_signoff_records_tool_configuration_knowledge_and_files(article):
    from lint import __version__

    _, data = _model(article)
    assert data.signoff == {}  # only the CLI collects it
    article.cli("report", "--no-baseline", "--format", "html", "-o", "r.html")
    html = (article.root / "r.html").read_text("utf-8")
    signoff = html.split('id="signoff"')[1]
    assert f"content-lint {__version__}" in signoff
    drugs = hashlib.sha256((resources.files("lint.data") / "drugs.yaml").read_bytes())
    assert drugs.hexdigest()[:16] in signoff
    article_hash = hashlib.sha256((article.root / "content/a.md").read_bytes()).hexdigest()
    assert "content/a.md" in signoff and article_hash[:16] in signoff
    assert "no baseline: every finding is new" in signoff
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", signoff)


def test_chart_and_groups_keep_full_section_names(article):
    _, data = _model(article)
    long = "Later sections with a long heading that a chart must not cut short"
    assert long in [row["label"] for row in data.chart]
    assert [g["name"] for g in data.by_section][0] == long
    kinds = {k["code"]: k["count"] for k in data.by_kind}
    assert kinds == {"CIT001": 4, "CIT003": 1, "REF007": 1, "MEC002": 1, "MEC004": 1,
                     "MEC005": 1}


def test_triage_puts_conflicts_first_with_their_reasons(article):
    _, data = _model(article)
    first = data.triage[0]
    assert first["kinds"][0] == "mechanism conflict" and first["link"].line == 13
    assert any(w.startswith("MEC002") for w in first["why"])
    route = next(i for i in data.triage if i["link"].line == 15)
    assert route["kinds"] == ["route or schedule"] and "route: oral" in route["why"][0]
    assert [r["key"] for r in data.suspect_references] == ["smith2020relamorelin"]


def test_with_several_articles_places_name_their_file_and_sections_stay_apart(article):
    article.write("content/b.md", "## Basics\n\nRelamorelin lowers estradiol.\n")
    _, data = _model(article)
    groups = [g["name"] for g in data.by_section]
    assert "content/a.md: Basics" in groups and "content/b.md: Basics" in groups
    article.cli("report", "--no-baseline", "--format", "html", "-o", "r.html")
    html = (article.root / "r.html").read_text("utf-8")
    assert re.search(r'>line 3</a> <span class="path">content/b.md</span>', html)


def test_matrix_keeps_articles_sections_of_the_same_name_apart(project):
    # Two articles' "Basics" were one column, its cell listing lines of two files.
    project.write("content/a.md", ARTICLE)
    project.write("content/b.md", "## Basics\n\nAnastrozole lowers estradiol in men.\n")
    project.write("references.bib", BIB)
    _, data = _model(project)
    sections = data.matrix["sections"]
    assert sections[0] == "content/a.md: Basics" and sections[-1] == "content/b.md: Basics"
    row = next(r for r in data.matrix["rows"] if r["drug"] == "anastrozole")
    cells = row["cells"][0], row["cells"][-1]
    assert [[(link.path, link.line) for i in cell for link in i["links"]] for cell in cells] == \
        [[("content/a.md", 7)], [("content/b.md", 3)]]


def test_matrix_gives_a_schedule_in_words_and_says_when_no_topic_is_weak(project):
    # The knowledge base's schedule showed as "Schedule(pattern='pulsatile', ...)".
    project.write("content/a.md", "## Dosing\n\nGonadorelin raises LH.\n")
    project.write("references.bib", BIB)
    _, data = _model(project)
    row = next(r for r in data.matrix["rows"] if r["drug"] == "gonadorelin")
    schedule = next(v["value"] for v in row["knowledge"] if v["attribute"] == "schedule")
    assert schedule.startswith("pulsatile; a pulse every 60-120 minutes; stimulates LH")
    done = project.cli("report", "--no-baseline", "--format", "markdown", "--full", "-o", "-")
    assert "schedule: pulsatile; a pulse every 60-120 minutes" in done.stdout
    assert "Schedule(" not in done.stdout
    assert "No sentence touches a topic of the evidence registry." in done.stdout
