from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def project(tmp_path):
    """A throw-away content project: write files, run the linter in-process or as a command."""
    return Project(tmp_path)


class Project:
    def __init__(self, root: Path):
        self.root = root
        self.write("pyproject.toml", """
            [tool.content-lint]
            paths = ["content"]
            bibliography = "references.bib"
        """)
        self.write("references.bib", "")
        (root / "content").mkdir()

    def write(self, relative: str, text: str | bytes, dedent: bool = True) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(textwrap.dedent(text).lstrip("\n") if dedent else text,
                            encoding="utf-8")
        return path

    def config(self):
        from lint.config import load_config

        return load_config(self.root / "pyproject.toml")

    def run(self, **options):
        from lint.engine import RunOptions, run

        return run(self.config(), RunOptions(**options))

    def cli(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
        env = dict(os.environ, PYTHONPATH=str(REPO))
        return subprocess.run([sys.executable, "-m", "lint", *args], cwd=self.root, env=env,
                              capture_output=True, text=True, input=stdin, timeout=300)


def run_example(project: "Project", code: str, example) -> list:
    """Run the whole engine on one rule example; the findings of that rule."""
    if example.markdown_bytes is not None:
        project.write("content/example.md", example.markdown_bytes)
    else:
        project.write("content/example.md", example.markdown or "")
    project.write("references.bib", example.bibtex or "")
    config = ['[tool.content-lint]', 'paths = ["content"]', 'bibliography = "references.bib"']
    if example.glossary is not None:
        project.write("content/glossary.yaml", example.glossary)
        config.append('glossary = "content/glossary.yaml"')
    if example.options:
        config += [f"[tool.content-lint.rules.{code}]", example.options]
    project.write("pyproject.toml", "\n".join(config) + "\n", dedent=False)
    result = project.run(use_baseline=False)
    return [d for d in result.diagnostics if d.code == code]
