"""A new user's first hour (session 17, i197): what tripped a content editor, a CI job and
a reviewer following the README on a new project, each now said or done right.

In-process (`conftest.cli`) on a two-page project, so the cost is a few small runs.
"""

from __future__ import annotations

import json
import subprocess

from conftest import cli

PAGE = ("---\ntitle: Clomifene\n---\n\n# Clomifene\n\n"
        "Clomifene is taken by mouth once a day [@wiki].\n")
BIB = "@misc{wiki, author = {{Wikipedia contributors}}, title = {Clomifene}}\n"
# Entries without definitions: two GLO010 warnings (plural in the summary), and one unused.
GLOSSARY = ("version: 1\nentries:\n  - term: clomifene\n    category: drug\n"
            "  - term: ovulation\n    category: process\n")


def _new_project(root):
    """A content repository as the README's "Set-up in a content repository" has it,
    without a configuration file: content/, references.bib and glossary.yaml."""
    (root / "content").mkdir()
    (root / "content" / "clomifene.md").write_text(PAGE, "utf-8")
    (root / "references.bib").write_text(BIB, "utf-8")
    (root / "glossary.yaml").write_text(GLOSSARY, "utf-8")
    return root


def test_init_keeps_the_bibliography_glossary_and_new_pages_a_bare_run_reads(tmp_path):
    # `init` wrote `bibliography = ""` and a commented glossary here, which turned the
    # citation check off (an unknown key passed), and pinned the pages one by one.
    root = _new_project(tmp_path)
    bare = cli(root, "check", "--no-cache", "--format", "json")
    assert cli(root, "init").stdout == \
        "wrote content-lint.toml: 1 document, 1 bibliography file\n"
    text = (root / "content-lint.toml").read_text("utf-8")
    assert 'bibliography = ["references.bib"]' in text
    assert '\nglossary = "glossary.yaml"' in text
    assert 'paths = [\n  "content",\n]' in text
    configured = cli(root, "check", "--no-cache", "--format", "json")
    assert json.loads(configured.stdout)["diagnostics"] == json.loads(bare.stdout)["diagnostics"]
    # A page added after `init` is checked, and its unknown key is an error.
    (root / "content" / "new.md").write_text("---\ntitle: New\n---\n\nText [@nokey].\n")
    done = cli(root, "check", "--no-cache")
    assert done.returncode == 1
    assert "content/new.md:5:7: CIT002 [error] citation key 'nokey' is not in references.bib" \
        in done.stdout


def test_init_without_a_bibliography_still_says_none(tmp_path):
    root = _new_project(tmp_path)
    (root / "references.bib").unlink()
    (root / "glossary.yaml").unlink()
    done = cli(root, "init", "--print")
    assert 'bibliography = ""  # none named by the project' in done.stdout
    assert '# glossary = "glossary.yaml"' in done.stdout


def test_output_name_chooses_the_format_and_severities_are_counted_in_plural(tmp_path):
    root = _new_project(tmp_path)
    done = cli(root, "check", "--no-cache", "-o", "findings.sarif")
    assert done.returncode == 1 and done.stdout == ""
    assert json.loads((root / "findings.sarif").read_text("utf-8"))["version"] == "2.1.0"
    cli(root, "check", "--no-cache", "-o", "findings.json")
    assert json.loads((root / "findings.json").read_text("utf-8"))["summary"]["findings"] == 3
    cli(root, "check", "--no-cache", "-o", "findings.sarif", "--format", "text")  # said: kept
    assert (root / "findings.sarif").read_text("utf-8").endswith(
        "3 findings (2 warnings, 1 info) in 3 files.\n")


def test_an_output_that_cannot_be_written_is_an_error_before_the_run(tmp_path):
    root = _new_project(tmp_path)
    for command in (["check", "-o", "missing/out.json"], ["report", "-o", "missing/r.md"],
                    ["baseline", "-o", "content"]):
        done = cli(root, *command)
        assert done.returncode == 2, command
        assert done.stderr.startswith(f"content-lint: error: --output {command[-1]}: "), \
            done.stderr
        assert "internal error" not in done.stderr
    assert cli(root, "check", "--config", "nope.toml").stderr == \
        "content-lint: error: nope.toml: no such configuration file (--config)\n"


def test_report_since_passes_when_nothing_is_new(tmp_path):
    # The three findings were there at HEAD: the summary said "Fail ... 0 new findings".
    root = _new_project(tmp_path)
    for args in (["init", "-q"], ["add", "-A"],
                 ["-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "a"]):
        subprocess.run(["git", *args], cwd=root, check=True)
    done = cli(root, "report", "--since", "HEAD", "-o", "-")
    assert done.returncode == 0, done.stderr
    assert "✅ **Pass** against level `warning` — 0 new findings, 3 already known." in done.stdout


def test_mechanisms_table_names_the_file_when_articles_share_a_section(tmp_path):
    # Two articles with a "Clomifene" section were one column: "route: oral (l. 7, 9)",
    # two line numbers of two files under one name.
    root = _new_project(tmp_path)
    (root / "content" / "dosing.md").write_text(
        "---\ntitle: Dosing\n---\n\n# Clomifene\n\nClomifene is taken by mouth [@wiki].\n")
    table = cli(root, "mechanisms", "--format", "markdown").stdout.splitlines()
    assert table[0] == "| drug | content/clomifene.md: Clomifene | content/dosing.md: Clomifene |"


def test_an_unreadable_glossary_fixes_nothing_in_the_baseline(tmp_path):
    # Every baselined glossary finding was listed "[fixed] ... no longer occurs", with
    # advice to re-record the baseline, when the glossary merely failed to parse.
    root = _new_project(tmp_path)
    assert cli(root, "baseline").returncode == 0
    (root / "glossary.yaml").write_text(GLOSSARY + '  - term: "unclosed\n', "utf-8")
    done = cli(root, "check", "--no-cache")
    assert done.returncode == 2
    assert "GLO001 [error]" in done.stdout and "[fixed]" not in done.stdout
    assert "no longer occur" not in done.stdout


def test_sarif_sends_no_one_to_a_package_index_content_lint_is_not_on(tmp_path):
    root = _new_project(tmp_path)
    cli(root, "check", "--no-cache", "-o", "findings.sarif")
    driver = json.loads((root / "findings.sarif").read_text("utf-8"))["runs"][0]["tool"]["driver"]
    assert "informationUri" not in driver and driver["name"] == "content-lint"


def test_report_names_the_article_of_each_section_when_there_are_several(tmp_path):
    # Two articles' "Clomifene" sections were two rows of the same name.
    root = _new_project(tmp_path)
    (root / "content" / "dosing.md").write_text(
        "---\ntitle: Dosing\n---\n\n# Clomifene\n\nClomifene is taken by mouth [@wiki].\n")
    report = cli(root, "report", "--full", "--format", "markdown", "-o", "-").stdout
    assert "| content/clomifene.md: Clomifene | 1 | 1 |" in report
    assert "| content/dosing.md: Clomifene | 1 | 1 |" in report


def _commit(root):
    for args in (["init", "-q"], ["add", "-A"],
                 ["-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "a"]):
        subprocess.run(["git", *args], cwd=root, check=True)


def test_report_since_fails_on_a_new_finding(tmp_path):
    # The other side of the gate: a "passed" that never changed passed every test.
    root = _new_project(tmp_path)
    _commit(root)
    page = root / "content" / "clomifene.md"
    page.write_text(page.read_text("utf-8") + "\nTreatment lasts five days [@nokey].\n",
                    "utf-8")
    done = cli(root, "report", "--since", "HEAD", "-o", "-")
    assert done.returncode == 0, done.stderr  # `report` exits 0 whatever the gate says
    assert "❌ **Fail** against level `warning` — 1 new finding, 3 already known." \
        in done.stdout


def test_init_in_a_flat_project_checks_pages_added_later(tmp_path):
    # a.md beside references.bib was pinned as paths = ["a.md"]: a later b.md was never
    # checked (0 findings, exit 0) while a bare run reported its unknown key.
    (tmp_path / "a.md").write_text(PAGE, "utf-8")
    (tmp_path / "references.bib").write_text(BIB, "utf-8")
    assert cli(tmp_path, "init").returncode == 0
    assert 'paths = [\n  ".",\n]' in (tmp_path / "content-lint.toml").read_text("utf-8")
    (tmp_path / "b.md").write_text("---\ntitle: B\n---\n\nText [@nokey].\n", "utf-8")
    done = cli(tmp_path, "check", "--no-cache")
    assert done.returncode == 1
    assert "b.md:5:7: CIT002 [error] citation key 'nokey' is not in references.bib" \
        in done.stdout


def test_init_never_takes_the_reports_own_output_for_an_article(tmp_path):
    # `report` writes content-lint-report.md at the root; `init` then pinned it as a page.
    (tmp_path / "a.md").write_text(PAGE, "utf-8")
    (tmp_path / "references.bib").write_text(BIB, "utf-8")
    cli(tmp_path, "report")
    assert (tmp_path / "content-lint-report.md").is_file()
    assert cli(tmp_path, "init").stdout.startswith("wrote content-lint.toml: 1 document,")
    assert "content-lint-report" not in cli(tmp_path, "check", "--no-cache").stdout
    done = cli(tmp_path, "check", "--no-cache", "--format", "json")
    assert json.loads(done.stdout)["summary"]["files"] == 1  # the documents: a.md


def test_an_output_the_machine_refuses_names_the_output_not_a_temporary_file(tmp_path):
    # /proc takes no new file: the message named write_atomic's temporary file.
    if not __import__("os").path.isfile("/proc/version"):
        import pytest

        pytest.skip("needs Linux's /proc")
    root = _new_project(tmp_path)
    done = cli(root, "baseline", "-o", "/proc/version")
    assert done.returncode == 2
    # Refused before the run (not root) or when written (root): either way, by its name.
    assert done.stderr.startswith(("content-lint: error: /proc/version: ",
                                   "content-lint: error: --output /proc/version: ")), \
        done.stderr
    assert ".content-lint-" not in done.stderr


def test_a_missing_file_of_content_lint_itself_is_an_internal_error(tmp_path, monkeypatch):
    # An OSError about a file of content-lint's own (a package data file) is a bug to
    # report, not the user's error; CONTENT_LINT_DEBUG=1 shows its traceback.
    import pytest

    import lint
    import lint.cli

    missing = str(__import__("pathlib").Path(lint.__file__).parent / "data" / "gone.yaml")

    def broken(args):
        open(missing, encoding="utf-8")

    monkeypatch.setattr(lint.cli, "_lint", broken)
    root = _new_project(tmp_path)
    done = cli(root, "check")
    assert done.returncode == 2
    assert done.stderr.startswith("content-lint: internal error: FileNotFoundError"), \
        done.stderr
    with pytest.raises(FileNotFoundError):
        cli(root, "check", env={"CONTENT_LINT_DEBUG": "1"})
