"""What an editor's hook and a CI job rely on: configuration without packaging, outputs
that fit where they go, errors blamed where they belong, messages that point at the cause.
"""

from __future__ import annotations

import json
import subprocess

import pytest

from conftest import cli, cli_process, copy_repository

BIB = """@article{known2020,
  author = {Known, A.},
  title = {Title},
  journal = {J},
  year = {2020},
}
"""
ARTICLE = "---\ntitle: T\n---\n\nSourced [@known2020].\n"


# -- 1. a change to a shared file re-checks the articles that depend on it -------------

def test_changed_bibliography_rechecks_the_articles_that_cite_it(project):
    project.write("references.bib", BIB)
    project.write("content/a.md", ARTICLE)
    project.write("content/b.md", "---\ntitle: B\n---\n\nAlso sourced [@known2020].\n")
    assert project.cli("check", "--changed", "references.bib").returncode == 0
    project.write("references.bib", "")  # the cited entry is deleted
    result = project.cli("check", "--changed", "references.bib")
    assert result.returncode == 1
    assert "content/a.md:5:10: CIT002" in result.stdout
    assert "content/b.md:5:15: CIT002" in result.stdout


def test_changed_glossary_or_configuration_rechecks_every_article(project):
    project.write("references.bib", BIB)
    project.write("content/a.md", "---\ntitle: T\n---\n\nClomifene citrate is used [@known2020].\n")
    project.write("glossary.yaml", "version: 1\nentries:\n  - term: clomiphene citrate\n"
                  "    definition: Clomiphene citrate is a medicine.\n")
    project.write("pyproject.toml", '[tool.content-lint]\nglossary = "glossary.yaml"\n')
    assert project.cli("check", "--changed", "glossary.yaml").returncode == 0
    project.write("glossary.yaml", "version: 1\nentries:\n  - term: clomiphene citrate\n"
                  "    definition: Clomiphene citrate is a medicine.\n"
                  "    rejected: [clomifene citrate]\n")
    result = project.cli("check", "--changed", "glossary.yaml")
    assert result.returncode == 1 and "content/a.md:5:1: GLO002" in result.stdout
    result = project.cli("check", "--changed", "pyproject.toml")
    assert result.returncode == 1 and "content/a.md:5:1: GLO002" in result.stdout


def test_changed_files_outside_the_content_are_not_checked(project):
    project.write("references.bib", BIB)
    project.write("content/a.md", ARTICLE)
    project.write("README.md", "Clomiphene raises testosterone by 50% in most men.\n")
    project.write(".github/workflows/ci.yml", "on: push\n")
    project.write("notes.txt", "anything\n")
    result = project.cli("check", "--changed", "README.md", ".github/workflows/ci.yml",
                         "notes.txt")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "README.md" not in result.stdout
    result = project.cli("check", "--changed", "content/a.md", "README.md")
    assert result.returncode == 0 and "in 2 files" in result.stdout  # a.md and the .bib
    result = project.cli("check", "--changed")  # no files named: the whole content
    assert result.returncode == 0 and "in 2 files" in result.stdout


# -- 2. configuration without Python packaging ---------------------------------------

@pytest.mark.parametrize("name", ["content-lint.toml", ".content-lint.toml"])
def test_a_dedicated_configuration_file_is_found(project, name):
    (project.root / "pyproject.toml").unlink()
    project.write("references.bib", BIB)
    project.write("articles/a.md", ARTICLE + "\nUnknown [@nokey].\n")
    project.write(name, 'paths = ["articles"]\nfail-level = "error"\n')
    result = project.cli("check")
    assert result.returncode == 1 and "articles/a.md:7:10: CIT002" in result.stdout
    project.write(name, 'paths = ["articles"]\nfail-levle = "error"\n')
    result = project.cli("check")
    assert result.returncode == 2 and f"{name}:2: unknown key 'fail-levle'" in result.stderr


def test_pyproject_is_still_read(project):
    project.write("references.bib", BIB)
    project.write("articles/a.md", ARTICLE + "\nUnknown [@nokey].\n")
    project.write("pyproject.toml", '[tool.content-lint]\npaths = ["articles"]\n')
    assert "articles/a.md:7:10: CIT002" in project.cli("check").stdout


def test_no_configuration_uses_the_usual_layout(project):
    (project.root / "pyproject.toml").unlink()
    project.write("references.bib", BIB)
    project.write("content/a.md", ARTICLE + "\nUnknown [@nokey].\n")
    project.write("content/glossary.yaml", "version: 1\nentries:\n  - term: clomiphene citrate\n"
                  "    definition: Clomiphene citrate is a medicine.\n"
                  "    rejected: [clomifene citrate]\n")
    project.write("content/b.md", "---\ntitle: B\n---\n\nClomifene citrate [@known2020].\n")
    result = project.cli("check")
    assert "content/a.md:7:10: CIT002" in result.stdout
    assert "content/b.md:5:1: GLO002" in result.stdout


def test_absent_bibliography_is_a_note_unless_configured(project):
    (project.root / "pyproject.toml").unlink()
    (project.root / "references.bib").unlink()
    (project.root / "content").rmdir()
    project.write("a.md", "---\ntitle: T\n---\n\nText without citations.\n")
    project.write("README.md", "Clomiphene raises testosterone by 50% in most men.\n")
    result = project.cli("check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "note: no bibliography: 'references.bib' does not exist" in result.stderr
    assert "README.md" not in result.stdout  # project documents are not articles
    project.write("content-lint.toml", 'paths = ["."]\nbibliography = "references.bib"\n')
    result = project.cli("check")
    assert result.returncode == 2
    assert "content-lint.toml: bibliography 'references.bib' does not exist" in result.stderr
    project.write("content-lint.toml", 'paths = ["."]\nglossary = "glossary.yaml"\n')
    result = project.cli("check")
    assert result.returncode == 2 and "glossary 'glossary.yaml' does not exist" in result.stderr


# -- 3. the cache folder ----------------------------------------------------------------

def test_cache_folder_ignores_itself_and_can_live_elsewhere(project, tmp_path):
    project.write("references.bib", BIB)
    project.write("content/a.md", ARTICLE)
    subprocess.run(["git", "init", "-q"], cwd=project.root, check=True)
    assert project.cli("check").returncode == 0
    status = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"],
                            cwd=project.root, capture_output=True, text=True).stdout
    assert ".content-lint-cache" not in status and "content/a.md" in status
    elsewhere = tmp_path / "elsewhere"
    project.write("pyproject.toml", f'[tool.content-lint]\ncache-dir = "{elsewhere}"\n')
    assert project.cli("check").returncode == 0
    assert list((elsewhere / "runs").glob("*.entry"))
    assert (elsewhere / ".gitignore").read_text().splitlines()[-1] == "*"
    from_environment = tmp_path / "from-environment"
    run = project.cli("check", env=dict(CONTENT_LINT_CACHE_DIR=str(from_environment)))
    assert run.returncode == 0, run.stderr
    assert list((from_environment / "runs").glob("*.entry"))


def test_run_cache_stays_bounded(project):
    from lint import cache

    project.write("references.bib", BIB)
    for number in range(cache.KEEP + 3):
        project.write("content/a.md", ARTICLE + f"\nParagraph {number}.\n")
        assert project.cli("check", "--select", "DOC").returncode == 0
    runs = list((project.root / ".content-lint-cache" / "runs").glob("*.entry"))
    assert len(runs) == cache.KEEP


# -- 4. outputs that fit where they go ----------------------------------------------------

@pytest.mark.parametrize("command", [
    ["check", "--format", "json", "-o", "-"],
    ["mechanisms", "--format", "json", "-o", "-"],
    ["baseline", "-o", "-"],
    ["report", "--format", "markdown", "-o", "-"],
    ["report", "-o", "-"],
])
def test_dash_output_is_standard_output(project, command):
    project.write("references.bib", BIB)
    project.write("content/a.md", ARTICLE + "\nUncited: clomiphene raises LH by 50%.\n")
    result = project.cli(*command)
    assert result.returncode in (0, 1), result.stderr
    assert not (project.root / "-").exists()
    assert result.stdout.strip()
    if "json" in command or command[0] == "baseline":
        json.loads(result.stdout)
    if command[0] == "report":
        assert result.stdout.startswith("## Editorial review")


def test_report_exits_0_when_written_and_its_summary_fits_a_comment(project):
    copy_repository(project.root)
    articles = sorted((project.root / "content").glob("*.md"))
    text = articles[0].read_text("utf-8")
    for number in range(12):  # a book's worth of findings
        project.write(f"content/copy-{number:02}.md", text, dedent=False)
    project.write("content/copy-11.md", text + "\nLast [@nosuchkey].\n", dedent=False)
    result = project.cli("report", "--title", "Editorial review")
    assert result.returncode == 0, result.stderr
    summary = (project.root / "content-lint-report.md").read_text("utf-8")
    assert len(summary) < 65_536
    assert "content-lint-report.html" in summary and "more findings not shown" in summary
    first = [line for line in summary.splitlines() if line.startswith("| `")][0]
    assert "| CIT002 | error **new** |" in first  # the most important first, among hundreds
    full = project.cli("report", "--format", "markdown", "--full", "-o", "full.md")
    assert full.returncode == 0
    assert len((project.root / "full.md").read_text("utf-8")) > 65_536
    assert project.cli("check").returncode == 1  # the gate is check


def test_report_output_name_picks_the_format(project):
    project.write("references.bib", BIB)
    project.write("content/a.md", ARTICLE)
    assert project.cli("report", "--output", "review.html").returncode == 0
    assert (project.root / "review.html").read_text("utf-8").lstrip().startswith("<!")
    assert project.cli("report", "--format", "both", "--output", "review.md").returncode == 0
    assert (project.root / "review.md").read_text("utf-8").startswith("## ")
    result = project.cli("report", "--output", "review.txt")
    assert result.returncode == 2 and "name a .html or .md file" in result.stderr


# -- 5. exit 2 with a clear message ---------------------------------------------------------

def test_no_documents_is_an_error(project):
    project.write("references.bib", BIB)
    result = project.cli("check")
    assert result.returncode == 2 and "no documents found in content" in result.stderr
    (project.root / "dir.md").mkdir()
    result = project.cli("check", "dir.md")
    assert result.returncode == 2 and "no documents found in dir.md" in result.stderr


def test_unsupported_files_given_explicitly_are_errors(project):
    project.write("references.bib", BIB)
    project.write("content/a.md", ARTICLE)
    project.write("notes.txt", "text\n")
    for given in ("notes.txt", "pyproject.toml"):
        result = project.cli("check", given)
        assert result.returncode == 2 and f"{given}: not an article" in result.stderr
    assert "Traceback" not in result.stderr


def test_command_line_mistakes_are_blamed_on_the_command_line(project):
    project.write("references.bib", BIB)
    project.write("content/a.md", ARTICLE)
    result = project.cli("check", "--select", "CIT999")
    assert result.returncode == 2
    assert "--select CIT999: names no rule" in result.stderr
    assert "pyproject.toml" not in result.stderr
    for pair in (("--fix", "--diff"), ("--online", "--offline")):
        result = project.cli("check", *pair)
        assert result.returncode == 2 and "not allowed with argument" in result.stderr
    result = project.cli("report", "--online", "--offline")
    assert result.returncode == 2 and "not allowed with argument" in result.stderr


def test_only_the_bibliography_broken_counts_it_as_a_file(project):
    project.write("references.bib", BIB.replace("{Title}", "{Title"))
    project.write("content/a.md", ARTICLE)
    result = project.cli("check", "references.bib")
    assert result.returncode == 2
    assert "in 1 file" in result.stdout and "in 0 files" not in result.stdout


# -- 6. messages --------------------------------------------------------------------------

def test_bibtex_error_points_at_the_unclosed_brace(project):
    entries = BIB + "\n" + BIB.replace("known2020", "open2021").replace("{Title}", "{Open title") \
        + "\n" + BIB.replace("known2020", "later2022")
    project.write("references.bib", entries, dedent=False)
    project.write("content/a.md", ARTICLE)
    result = project.cli("check")
    assert result.returncode == 2
    line = [x for x in result.stdout.splitlines() if "REF001" in x][0]
    assert line.startswith("references.bib:10:11: REF001")  # the title line of open2021
    assert "never closed" in line and "parser stopped at line" in line
    assert "help: add the closing '}'" in result.stdout


def test_yaml_error_points_at_the_unclosed_quote(project):
    project.write("references.bib", BIB)
    project.write("content/a.md", '---\ntitle: "Unclosed\nslug: s\ndescription: d\n---\n\nText.\n')
    result = project.cli("check")
    assert result.returncode == 2
    assert "content/a.md:2:8: DOC002" in result.stdout and "quote" in result.stdout
    assert "help: add the closing quote" in result.stdout


def test_info_findings_come_after_warnings_and_errors(project):
    project.write("references.bib", BIB + BIB.replace("known2020", "unused2019"))
    project.write("content/a.md", "---\ntitle: T\n---\n\nAnastrozole is used [@known2020]. "
                  "Unknown [@nokey].\n")
    project.write("pyproject.toml", '[tool.content-lint]\nseverity = { CIT003 = "info" }\n')
    lines = [x for x in project.cli("check").stdout.splitlines() if "] " in x and ": " in x]
    severities = [x.split("[")[1].split("]")[0] for x in lines if " [" in x]
    assert "info" in severities and "error" in severities
    assert severities.index("info") > max(i for i, s in enumerate(severities) if s != "info")


def test_baseline_in_plain_words(project):
    project.write("references.bib", BIB)
    project.write("content/a.md", ARTICLE + "\nOld [@olddebt].\n")
    assert project.cli("baseline").returncode == 0
    result = project.cli("check")
    assert "1 already known, recorded in .content-lint-baseline.json" in result.stdout
    project.write("content/a.md", ARTICLE)
    result = project.cli("check")
    assert "recorded in .content-lint-baseline.json but no longer occurs" in result.stdout
    assert "known in" not in result.stdout


def test_rules_accepts_a_family(tmp_path):
    result = cli(tmp_path, "rules", "CIT")
    assert result.returncode == 0
    assert "CIT001" in result.stdout and "CIT002" in result.stdout and "REF001" not in result.stdout
    assert cli(tmp_path, "rules", "XYZ").returncode == 2


def test_unknown_option_shows_the_commands_usage(tmp_path):
    result = cli_process(tmp_path, "check", "--bogus")  # argparse's exit, from the process
    assert result.returncode == 2
    assert "usage: content-lint check" in result.stderr and "--bogus" in result.stderr


def test_format_options_have_help(tmp_path):
    for command in ("check", "report", "mechanisms"):
        lines = cli(tmp_path, command, "--help").stdout.splitlines()
        start = next(i for i, line in enumerate(lines) if line.startswith("  --format"))
        described = lines[start].split("}", 1)[1]
        for line in lines[start + 1:]:
            if not line.startswith("    "):  # the next option, or the end of the list
                break
            described += line
        assert len(described.strip()) > 10, command


def test_rejected_form_at_the_start_of_a_sentence(project):
    project.write("references.bib", "")
    project.write("glossary.yaml", "version: 1\nentries:\n"
                  "  - term: testosterone replacement therapy\n    case: lower\n"
                  "    definition: Testosterone replacement therapy is a treatment.\n"
                  "    rejected: [Testosterone Replacement Therapy]\n")
    project.write("pyproject.toml", '[tool.content-lint]\nglossary = "glossary.yaml"\n'
                  'bibliography = ""\nselect = ["GLO002"]\n')
    project.write("content/a.md", "# T\n\nTestosterone Replacement Therapy is common. "
                  "Testosterone replacement therapy is fine.\n")
    result = project.cli("check")
    assert "content/a.md:3:1: GLO002" in result.stdout
    assert result.stdout.count("GLO002") == 1
