"""Exit codes, selection, suppressions and the baseline, end to end."""

from __future__ import annotations

import json

BIB = """
@article{known2020, author = {Known, A.}, title = {T}, journal = {J}, year = {2020}}
"""
ARTICLE = "---\ntitle: T\n---\n\nSourced [@known2020].\n"


def _python(code: str, cwd, **options):
    """`code` run by a fresh interpreter (what it imports is what a command would)."""
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True,
                          text=True, **options)


def test_exit_codes_follow_the_fail_level(project):
    project.write("references.bib", BIB)
    project.write("content/a.md", ARTICLE)
    # The command as users start it (`python -m lint`, which `content-lint` calls):
    # its exit codes and everything it printed before the process ended.
    assert project.cli_process("check").returncode == 0
    project.write("content/a.md", ARTICLE + "\nUnknown [@nokey].\n")
    result = project.cli_process("check")
    assert result.returncode == 1
    assert result.stdout.rstrip().endswith("1 finding (1 error) in 2 files.")
    assert "content/a.md:7:10: CIT002 [error] citation key 'nokey'" in result.stdout
    assert project.cli("check", "--fail-level", "never").returncode == 0
    assert project.cli("check", "--ignore", "CIT002").returncode == 0
    assert project.cli("check", "--select", "DOC").returncode == 0


def test_severity_override_and_options(project):
    project.write("references.bib", BIB)
    project.write("content/a.md", "---\ntitle: T\n---\n\nText.\n")
    project.write("pyproject.toml", """
        [tool.content-lint]
        fail-level = "warning"
        severity = { CIT = "info" }
        [tool.content-lint.rules.DOC003]
        required = ["title"]
    """)
    result = project.cli("check")
    assert "CIT003 [info]" in result.stdout
    assert result.returncode == 0


def test_suppressions(project):
    project.write("references.bib", BIB)
    project.write("content/a.md", """
        ---
        title: T
        ---

        Sourced [@known2020].

        <!-- content-lint disable-next-line CIT002 -- entry arrives next week -->
        Pending [@pending].

        <!-- content-lint disable CIT -->
        Also pending [@pending2].
        <!-- content-lint enable CIT -->

        Not suppressed [@pending3].

        <!-- content-lint disable-next-line unknown-citation-key -->
        Nothing to suppress here.
    """)
    result = project.cli("check", "--format", "json")
    found = [(d["code"], d["start"]["line"]) for d in json.loads(result.stdout)["diagnostics"]]
    assert ("CIT002", 14) in found
    assert ("DOC004", 16) in found  # the directive that suppressed nothing
    assert not [f for f in found if f[0] == "CIT002" and f[1] in (8, 11)]
    assert len([f for f in found if f[0] == "DOC004"]) == 1


def test_disable_file_and_partial_runs_do_not_call_suppressions_unused(project):
    project.write("content/a.md", "<!-- content-lint disable-file CIT002 -->\n"
                                  "---\ntitle: T\n---\n\nText [@x].\n")
    project.write("content/b.md", "---\ntitle: T\n---\n\n<!-- content-lint disable-file CIT -->\n"
                                  "Text [@y].\n")
    result = project.cli("check", "--select", "DOC004", "--format", "json")
    codes = [d["code"] for d in json.loads(result.stdout)["diagnostics"]]
    assert codes == []
    result = project.cli("check", "--format", "json")
    codes = [(d["file"], d["code"]) for d in json.loads(result.stdout)["diagnostics"]]
    assert ("content/b.md", "CIT002") not in codes


def test_baseline_hides_known_findings_and_fails_on_new_ones(project):
    project.write("references.bib", BIB)
    project.write("content/a.md", ARTICLE + "\nOld debt [@olddebt].\n")
    assert project.cli("check").returncode == 1
    written = project.cli("baseline")
    assert written.returncode == 0 and "wrote 1 finding" in written.stdout
    assert project.cli("check").returncode == 0
    # Lines move: the fingerprint follows the sentence, not the line number.
    project.write("content/a.md", ARTICLE + "\n\n\nNew paragraph.\n\nOld debt [@olddebt].\n")
    assert project.cli("check").returncode == 0
    project.write("content/a.md", ARTICLE + "\nOld debt [@olddebt].\n\nNew [@newdebt].\n")
    result = project.cli("check")
    assert result.returncode == 1 and "newdebt" in result.stdout and "olddebt" not in result.stdout
    # Fixed debt is reported so the baseline can be pruned.
    project.write("content/a.md", ARTICLE)
    result = project.cli("check")
    assert result.returncode == 0
    assert "1 recorded finding no longer occurs" in result.stdout
    assert "[fixed] recorded in .content-lint-baseline.json but no longer occurs" in result.stdout


def test_identical_sentences_get_distinct_fingerprints(project):
    project.write("content/a.md", "---\ntitle: T\n---\n\nX [@a].\n\nX [@a].\n")
    result = json.loads(project.cli("check", "--format", "json").stdout)
    prints = [d["fingerprint"] for d in result["diagnostics"] if d["code"] == "CIT002"]
    assert len(prints) == 2 and len(set(prints)) == 2


def test_explicit_paths_limit_findings_but_not_corpus_rules(project):
    project.write("references.bib", BIB)
    project.write("content/a.md", ARTICLE)
    project.write("content/b.md", "---\ntitle: B\n---\n\nBad [@nokey].\n")
    result = project.cli("check", "content/a.md")
    # b.md is not checked, but its citations still count as uses of the bibliography.
    assert result.returncode == 0, result.stdout
    result = project.cli("check", "content/b.md")
    assert result.returncode == 1 and "nokey" in result.stdout


def test_output_file_is_written(project):
    project.write("content/a.md", ARTICLE)
    result = project.cli("check", "--format", "json", "--output", "out.json")
    assert result.stdout == ""
    written = json.loads((project.root / "out.json").read_text())
    assert written["schema"] == "content-lint/diagnostics"


def test_a_renamed_rules_former_name_still_selects_it(project):
    # CIT004 was `citation-in-heading-or-caption`; configurations and suppressions that
    # name it so keep working.
    project.write("references.bib", BIB)
    project.write("content/a.md", "---\ntitle: T\n---\n\n## Sourced [@known2020]\n\nText.\n"
                                  "\n<!-- content-lint disable-next-line "
                                  "citation-in-heading-or-caption -->\n## Also [@known2020]\n")
    result = project.cli("check", "--select", "citation-in-heading-or-caption",
                         "--format", "json")
    found = [(d["code"], d["name"], d["start"]["line"])
             for d in json.loads(result.stdout)["diagnostics"]]
    assert found == [("CIT004", "citation-in-heading", 5)]
    project.write("pyproject.toml", """
        [tool.content-lint]
        ignore = ["citation-in-heading-or-caption"]
    """)
    result = project.cli("check", "--format", "json")
    assert "CIT004" not in [d["code"] for d in json.loads(result.stdout)["diagnostics"]]
    page = project.cli("rules", "citation-in-heading-or-caption")
    assert page.returncode == 0 and "formerly `citation-in-heading-or-caption`" in page.stdout


def test_rules_command(project):
    listing = project.cli("rules")
    assert listing.returncode == 0 and "CIT002  unknown-citation-key" in listing.stdout
    one = project.cli("rules", "CIT002")
    assert one.returncode == 0 and "Fails:" in one.stdout and "Passes:" in one.stdout
    assert project.cli("rules", "NOPE999").returncode == 2


def test_fast_commands_do_not_import_spacy(project):
    from conftest import REPO

    code = ("import sys; from lint.cli import main\n"
            "for args in (['rules'], ['rules', 'CIT002'], ['--version']):\n"
            "    try:\n"
            "        main(args)\n"
            "    except SystemExit:\n"
            "        pass\n"
            "heavy = {'spacy', 'thinc', 'numpy', 'pydantic'} & set(sys.modules)\n"
            "assert not heavy, f'{heavy} imported'\n")
    result = _python(code, REPO)
    assert result.returncode == 0, result.stderr


def test_the_command_line_module_defines_nothing_before_the_start_up_tables_are_installed():
    """`entry` installs the shipped regex programs and dataclass code: whatever `lint.cli`
    imports with itself is compiled before that, the slow way."""
    from conftest import REPO

    code = ("import sys, lint.cli\n"
            "mine = sorted(name for name in sys.modules if name.startswith('lint'))\n"
            "assert mine == ['lint', 'lint.cli'], mine\n"
            "assert lint.cli.main(['rules', 'CIT001']) == 0\n")
    result = _python(code, REPO)
    assert result.returncode == 0, result.stderr


def test_a_check_does_not_import_spacys_command_line_which_still_works_after(project):
    from conftest import REPO

    project.write("references.bib", BIB)
    project.write("content/a.md", ARTICLE + "\nClomiphene raises LH in most men.\n")
    code = ("import sys, gc; from lint.cli import main\n"
            "assert main(['check', '--no-cache', '--fail-level', 'never']) == 0\n"
            "assert gc.isenabled(), 'the collector is back on after a command'\n"
            "assert 'spacy' in sys.modules, 'the check read no prose'\n"
            "assert 'spacy.cli' not in sys.modules and 'requests' not in sys.modules\n"
            "assert 'pydantic.v1' not in sys.modules, 'pydantic 1 read with spaCy'\n"
            "import pydantic.v1, spacy, spacy.cli\n"
            "assert pydantic.v1.BaseModel\n"
            "assert spacy.cli.info.__module__ == 'spacy.cli.info'\n"
            "assert spacy.info(silent=True)['spacy_version'] == spacy.__version__\n")
    result = _python(code, project.root, env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert "CIT001" in result.stdout


def test_one_fail_level_representation():
    from lint.diagnostics import FAIL_LEVELS, Severity, fail_level_name, parse_fail_level

    for name in FAIL_LEVELS:
        assert fail_level_name(parse_fail_level(name)) == name
    assert parse_fail_level("never") is None and parse_fail_level("Info") is Severity.INFO
