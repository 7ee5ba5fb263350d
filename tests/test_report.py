"""The editorial review report: both formats, inert content, and a real browser render."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from conftest import REPO, copy_repository

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars"]
SECTIONS = ("state", "triage", "findings", "claims", "mechanisms", "weak-evidence",
            "bibliography", "glossary", "signoff")


def test_report_on_this_repository_writes_both_formats(project):
    copy_repository(project.root)
    # The article has no in-text citations (nor has its source): a marked example cites one.
    project.write("content/example-cited.md",
                  (REPO / "tests" / "data" / "examples" / "cited-article.md").read_bytes())
    result = project.cli("report")
    assert result.returncode == 0, result.stderr
    html = (project.root / "content-lint-report.html").read_text("utf-8")
    markdown = (project.root / "content-lint-report.md").read_text("utf-8")
    for anchor in SECTIONS:
        assert f'id="{anchor}"' in html
    assert "http://" not in html and "https://" not in html and "<script" not in html
    assert "anastrozole" in html and "aromatase inhibitor" in html
    assert "crosnoe2013exogenous (Crosnoe 2013)" in html
    assert "not verified" in html
    # Places read "line 52", never "l. 52" (which looks like the number 1.52).
    assert re.search(r"\bline \d+", html) and not re.search(r"\bl\. ?\d", html)
    assert markdown.startswith("## Editorial review")
    assert "content-lint-report.html" in markdown and len(markdown) < 65_536  # the summary
    full = project.cli("report", "--format", "markdown", "--full", "--output", "full.md")
    assert full.returncode == 0, full.stderr
    full_text = (project.root / "full.md").read_text("utf-8")
    assert "claims cited" in full_text.split("\n\n")[1]
    assert full_text.count("<details>") >= 6


HOSTILE_ARTICLE = """---
title: Hostile <script>alert(1)</script>
---

## Section <img src=x onerror=alert(2)>

Clomiphene raises LH <script>alert(3)</script> in men [@evil2020].

Anastrozole lowers estrogen, see [this](javascript:alert(4)) and
<a href="javascript:alert(5)">x</a>.
"""
HOSTILE_BIB = """@article{evil2020, author = {Evil, A.},
  title = {<script>alert(6)</script> and <img src=x onerror=alert(7)>},
  journal = {J}, year = {2020}}
"""


HOSTILE_DRUGS = """drugs:
  - names: [clomiphene]
    class: serm
    effects: {lh: up}
    sources: ["<script>alert(8)</script>", "<img src=x onerror=alert(9)>"]
"""


def test_report_is_inert_with_hostile_content(project):
    project.write("content/a.md", HOSTILE_ARTICLE + "\nAnastrozole <script>alert(10)</script>"
                  " lowers estradiol in men.\n", dedent=False)
    project.write("references.bib", HOSTILE_BIB + "@article{uncited2021, author = {B, B.},"
                  " title = {Anastrozole estradiol <script>alert(11)</script>}, journal = {J},"
                  " year = {2021}}\n", dedent=False)
    project.write("drugs.yaml", HOSTILE_DRUGS, dedent=False)
    project.write("pyproject.toml", '[tool.content-lint]\npaths = ["content"]\n'
                  'bibliography = "references.bib"\ndrug-knowledge = "drugs.yaml"\n')
    result = project.cli("report")
    assert result.returncode in (0, 1), result.stderr
    html = (project.root / "content-lint-report.html").read_text("utf-8")
    lowered = html.lower()
    assert "<script" not in lowered
    assert "<img" not in lowered
    assert "javascript:" not in lowered.replace("&#34;javascript:", "").split("<body>")[0]
    assert 'href="javascript' not in lowered and "href='javascript" not in lowered
    assert "&lt;script&gt;alert(" in html  # shown as text, not run
    # in the knowledge-base column and the bibliography's health too (the parser drops the
    # article's raw tags themselves)
    for n in (8, 11):
        assert f"&lt;script&gt;alert({n})" in html, n
    markdown = (project.root / "content-lint-report.md").read_text("utf-8")
    assert "<script" not in markdown.lower() and "<img" not in markdown.lower()
    assert not re.search(r"(?<!\\)\]\(javascript", markdown)  # brackets are escaped: no link


# Run in a copy of the report only (the report itself has no script and forbids them):
# opens every drill-down, then lists what does not fit: the page wider than the window, a
# section wider than itself, a label whose text is cut (scrollWidth beyond clientWidth).
LAYOUT_CHECK = """
<script>
for (const d of document.querySelectorAll('details')) d.open = true;
const labels = 'th, td, summary, h1, h2, h3, dt, dd, .card, .label, .tag, .sev, .level, '
  + 'a.loc, nav a';
const cut = [];
for (const el of document.querySelectorAll(labels)) {
  if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline')
    cut.push(el.tagName + '.' + el.className + ': ' + el.textContent.trim().slice(0, 60));
}
const wide = [];
for (const s of document.querySelectorAll('section'))
  if (s.scrollWidth > s.clientWidth + 1)
    wide.push(s.id + ' ' + s.scrollWidth + '>' + s.clientWidth);
const shown = [];
for (const s of document.querySelectorAll('section'))
  if (s.getBoundingClientRect().height > 40) shown.push(s.id);
const out = document.createElement('pre');
out.id = 'layout-check';
out.textContent = JSON.stringify({width: window.innerWidth,
  page: document.documentElement.scrollWidth, cut: cut, wide: wide, shown: shown});
document.body.appendChild(out);
</script>
"""


def _chromium(*args, profile, timeout=120):
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def rendered_report(tmp_path_factory):
    from conftest import Project

    project = Project(tmp_path_factory.mktemp("report"))
    copy_repository(project.root)
    assert project.cli("report", "--no-baseline", "--format", "html").returncode in (0, 1)
    return project.root / "content-lint-report.html"


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)")
@pytest.mark.parametrize("width", [1400, 800])
def test_every_section_renders_without_console_errors_or_cut_labels(rendered_report,
                                                                    tmp_path, width):
    page = rendered_report.as_uri()
    shot = tmp_path / "report.png"
    logged = _chromium("--enable-logging=stderr", "--v=0", f"--window-size={width},1200",
                       f"--screenshot={shot}", page, profile=tmp_path / "p1")
    assert shot.exists() and shot.stat().st_size > 20_000, logged.stderr[-2000:]
    console = [line for line in logged.stderr.splitlines()
               if "CONSOLE" in line or "Uncaught" in line or "Refused to" in line]
    assert console == [], console

    html = rendered_report.read_text("utf-8")
    checked = tmp_path / "checked.html"
    checked.write_text(re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
                       .replace("</body>", LAYOUT_CHECK + "</body>"), "utf-8")
    dom = _chromium(f"--window-size={width},1200", "--dump-dom", checked.as_uri(),
                    profile=tmp_path / "p2")
    assert dom.returncode == 0, dom.stderr[-2000:]
    found = re.search(r'<pre id="layout-check">(.*?)</pre>', dom.stdout, re.S)
    assert found, "the layout check ran"
    layout = json.loads(found.group(1).replace("&quot;", '"').replace("&gt;", ">")
                        .replace("&lt;", "<").replace("&amp;", "&"))
    assert layout["width"] == width
    assert layout["page"] <= width, "the page is wider than the window"
    assert layout["wide"] == [], layout["wide"]
    assert layout["cut"] == [], layout["cut"][:10]
    assert layout["shown"] == list(SECTIONS)


def test_verdicts_of_an_online_run_fill_the_first_screen_and_bibliography(project):
    """The article's references against the local registry (tests/registry.py): each
    entry's verdict, the record found for a misattributed one, and the first screen's
    counts by verdict."""
    from conftest import copy_repository
    from registry import serve

    copy_repository(project.root)
    server, _ = serve()
    try:
        base = server.url_for("/").rstrip("/")
        done = project.cli("report", "--online", "--no-baseline", "--format", "html",
                           "-o", "r.html",
                           env=dict(CONTENT_LINT_CROSSREF_URL=base, CONTENT_LINT_NCBI_URL=base))
    finally:
        server.stop()
    assert done.returncode in (0, 1), done.stderr
    html = (project.root / "r.html").read_text("utf-8")
    state = html.split('id="state-references"')[1].split("</div>")[0]
    for count, verdict in ((1, "verified"), (2, "mismatch"), (2, "misattributed"),
                           (3, "not-found")):
        assert f"{count} {verdict}" in state, (verdict, state)
    assert "not verified" not in state
    rows = {m.group(1): m.group(2) for m in re.finditer(
        r'<tr class="bib-row"><td><a class="loc"[^>]*>([^<]+)</a>(.*?)</tr>', html, re.S)}
    assert "<b>misattributed</b>" in rows["wenkler2018age"]
    assert "The title belongs to:" in rows["wenkler2018age"]
    assert "<b>mismatch</b>" in rows["elmeliegy2017systematic"]
    assert "<b>verified</b>" in rows["shoskes2023male"]
