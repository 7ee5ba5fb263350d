"""Property: whatever the input, a run ends in findings or a clean, located error.

Normal suite: a small profile. The dedicated run (10,000+ examples):

    CONTENT_LINT_FUZZ=thorough python3 -m pytest tests/fuzz -q
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz.strategies import bibtex, config, glossary, markdown_document

THOROUGH = os.environ.get("CONTENT_LINT_FUZZ") == "thorough"
settings.register_profile("suite", max_examples=25, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=2600, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("thorough" if THOROUGH else "suite")


def lint(files: dict[str, bytes | str]) -> None:
    """Run the whole flow and every reporter; only clean, located errors may escape."""
    from lint.config import ConfigError, load_config
    from lint.engine import RunOptions, UsageError, run
    from lint.filter import BaselineError
    from lint.report import REPORTERS
    from lint.report.editorial import build, render

    with tempfile.TemporaryDirectory() as directory:
        root = Path(directory)
        (root / "content").mkdir()
        defaults = {"pyproject.toml": '[tool.content-lint]\nglossary = "glossary.yaml"\n',
                    "references.bib": b"", "glossary.yaml": b"version: 1\nentries: []\n"}
        defaults.update(files)
        for name, data in defaults.items():
            path = root / name
            if isinstance(data, str):
                data = data.encode("utf-8", errors="surrogatepass")
            path.write_bytes(data)
        try:
            result = run(load_config(root / "pyproject.toml"), RunOptions(use_baseline=False))
        except (ConfigError, UsageError, BaselineError) as error:
            assert str(error), "an error must say what is wrong"
            return
        for render_format in REPORTERS.values():
            render_format(result)
        data = build(result)
        render(data, "html", str(root), str(root))
        render(data, "markdown", str(root), str(root))
        for diagnostic in result.diagnostics:
            assert diagnostic.path and diagnostic.span.start.line >= 1


@given(markdown_document())
def test_markdown_never_crashes(document):
    lint({"content/a.md": document,
          "references.bib": "@article{k1, author = {A, B}, title = {T}, journal = {J}, "
                            "year = {2020}}\n"})


@given(bibtex(), markdown_document())
def test_bibtex_never_crashes(bib, document):
    lint({"references.bib": bib, "content/a.md": document})


@given(glossary(), st.sampled_from([b"---\ntitle: T\n---\n\nClomid raises LH.\n", b""]))
def test_glossary_never_crashes(data, document):
    lint({"glossary.yaml": data, "content/a.md": document})


@given(config())
def test_config_never_crashes(text):
    lint({"pyproject.toml": text, "content/a.md": b"---\ntitle: T\n---\n\nText [@k1].\n"})
