"""Bad input: a clear message with file and line, exit code 2, never a traceback."""

from __future__ import annotations

import codecs

GOOD = "---\ntitle: T\n---\n\nText.\n"


def assert_clean_exit_2(result, *expected: str):
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    for text in expected:
        assert text in result.stdout + result.stderr, (result.stdout, result.stderr)


def test_malformed_bibtex_names_file_and_line(project):
    project.write("content/a.md", GOOD)
    project.write("references.bib", """
        @article{ok2020, author = {A, B}, title = {T}, journal = {J}, year = {2020}}

        @article{broken2021,
          author = {Broken, A.}
          title = {Missing comma},
          year = {2021},
        }
    """)
    result = project.cli("check")
    assert_clean_exit_2(result, "references.bib:", "REF001", "syntax error")
    line = [l for l in result.stdout.splitlines() if "REF001" in l][0]
    # The missing comma at the end of the author line, not where the parser gave up (line 5).
    assert line.startswith("references.bib:4:24:"), line
    assert "no comma after the value of 'author'" in line and "stopped at line 5" in line
    assert "help: add ',' at the end of the value" in result.stdout


def test_unclosed_front_matter(project):
    project.write("content/a.md", "---\ntitle: T\n\n## Heading\n\nText.\n")
    result = project.cli("check")
    assert_clean_exit_2(result, "content/a.md:1:1: DOC002", "never closed")


def test_front_matter_with_bad_yaml_points_at_the_line(project):
    project.write("content/a.md", "---\ntitle: T\nbad: [unclosed\n---\n\nText.\n")
    result = project.cli("check")
    assert_clean_exit_2(result, "content/a.md:", "DOC002", "not valid YAML")


def test_front_matter_that_is_not_a_mapping(project):
    project.write("content/a.md", "---\n- a\n- b\n---\n\nText.\n")
    assert_clean_exit_2(project.cli("check"), "content/a.md:2:1: DOC002", "mapping")


def test_binary_file(project):
    project.write("content/a.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert_clean_exit_2(project.cli("check"), "content/a.md:1:1: DOC001", "binary")


def test_latin1_file_names_the_byte_and_position(project):
    project.write("content/a.md", "# Titre\n\nCaf\xe9 au lait.\n".encode("latin-1"))
    assert_clean_exit_2(project.cli("check"), "content/a.md:3:4: DOC001", "0xe9")


def test_utf16_with_bom_is_read(project):
    project.write("content/a.md", codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le"))
    result = project.cli("check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_unknown_config_key(project):
    project.write("pyproject.toml", """
        [project]
        name = "x"

        [tool.content-lint]
        paths = ["content"]
        colour = "red"
    """)
    result = project.cli_process("check")  # exit 2 from the process, before any prose is read
    assert_clean_exit_2(result, "pyproject.toml:6:", "unknown key 'colour'")


def test_bad_config_values(project):
    project.write("pyproject.toml", '[tool.content-lint]\nfail-level = "loud"\n')
    assert_clean_exit_2(project.cli("check"), "pyproject.toml:2:", "fail-level")
    project.write("pyproject.toml", '[tool.content-lint]\nselect = ["XYZ123"]\n')
    assert_clean_exit_2(project.cli("check"), "pyproject.toml:2:", "XYZ123")
    project.write("pyproject.toml", '[tool.content-lint]\n[tool.content-lint.rules.DOC003]\n'
                                    'requried = ["title"]\n')
    assert_clean_exit_2(project.cli("check"), "pyproject.toml:2:", "no option 'requried'")
    project.write("pyproject.toml", '[tool.content-lint\npaths = 1\n')
    assert_clean_exit_2(project.cli("check"), "pyproject.toml:1", "invalid TOML")


def test_missing_paths_and_files(project):
    project.write("pyproject.toml", '[tool.content-lint]\nbibliography = "nope.bib"\n')
    assert_clean_exit_2(project.cli("check"), "nope.bib")
    project.write("pyproject.toml", '[tool.content-lint]\n')
    assert_clean_exit_2(project.cli("check", "missing.md"), "missing.md: no such file")


def test_invalid_glossary_file_names_the_line(project):
    project.write("pyproject.toml", '[tool.content-lint]\nglossary = "g.yaml"\n')
    project.write("content/a.md", GOOD)
    project.write("g.yaml", "version: 1\nentries:\n  - term: x\n    colour: red\n")
    assert_clean_exit_2(project.cli("check"), "g.yaml:4:1: GLO001", "unknown glossary field")


def test_an_unreadable_file_does_not_stop_the_others(project):
    project.write("content/a.md", b"\xfd\xfe not text")
    project.write("content/b.md", "---\ntitle: B\n---\n\nCited [@nokey].\n")
    result = project.cli("check")
    assert_clean_exit_2(result, "content/a.md:1:1: DOC001", "content/b.md:5:8: CIT002")


def test_uninstalled_nlp_model_is_a_configuration_error(project):
    project.write("pyproject.toml", '[tool.content-lint]\nnlp-model = "en_no_such_model"\n')
    project.write("content/a.md", GOOD)
    assert_clean_exit_2(project.cli("check"), "en_no_such_model", "not installed")


def test_excluded_files_are_not_read(project):
    project.write("pyproject.toml", '[tool.content-lint]\nexclude = ["content/drafts/*"]\n')
    project.write("content/a.md", GOOD)
    project.write("content/drafts/b.md", b"\x00\x01binary draft")
    assert project.cli("check").returncode == 0


def test_symlink_loop_in_content_folder(project):
    import os

    project.write("content/a.md", GOOD)
    os.symlink(project.root / "content", project.root / "content" / "loop")
    result = project.cli("check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_rule_option_values_outside_the_allowed_ones_are_located_errors(project):
    project.write("content/a.md", GOOD)
    project.write("pyproject.toml", '[tool.content-lint]\n[tool.content-lint.rules.CIT001]\n'
                                    'blockquotes = true\ncoverage = "paragraphs"\n')
    assert_clean_exit_2(project.cli("check"), "pyproject.toml:4:", "coverage",
                        "'sentence', 'paragraph'")
    project.write("pyproject.toml", '[tool.content-lint]\n[tool.content-lint.rules.GLO003]\n'
                                    'policy = "generic_only"\n')
    assert_clean_exit_2(project.cli("check"), "pyproject.toml:3:", "'generic-only'")
    project.write("pyproject.toml", '[tool.content-lint]\n[tool.content-lint.rules.CIT001]\n'
                                    'min-score = 1.5\n')
    assert_clean_exit_2(project.cli("check"), "pyproject.toml:3:", "from 0.0 to 1.0")
    project.write("pyproject.toml", '[tool.content-lint]\n[tool.content-lint.rules.GLO015]\n'
                                    'categories = ["drug", "drugs"]\n')
    assert_clean_exit_2(project.cli("check"), "pyproject.toml:3:", "'drugs'", "'drug_class'")
    project.write("pyproject.toml", '[tool.content-lint]\n[tool.content-lint.rules.CIT001]\n'
                                    'coverage = "paragraph"\n')
    assert project.cli("check").returncode in (0, 1)
