"""The run cache: identical results with and without it, no spaCy on a hit, no stale answers."""

from __future__ import annotations

import sys

ARTICLE = "---\ntitle: T\n---\n\nClomiphene raises LH [@nokey].\n"


def test_cached_and_uncached_runs_agree_and_follow_changes(project):
    project.write("content/a.md", ARTICLE, dedent=False)
    first = project.cli("check", "--format", "json")
    assert (project.root / ".content-lint-cache" / "runs").is_dir()
    second = project.cli("check", "--format", "json")
    uncached = project.cli("check", "--format", "json", "--no-cache")
    assert first.stdout == second.stdout == uncached.stdout
    assert first.returncode == second.returncode == uncached.returncode == 1
    project.write("content/a.md", ARTICLE.replace("[@nokey]", ""), dedent=False)
    changed = project.cli("check", "--format", "json")
    assert changed.stdout != first.stdout and "CIT002" not in changed.stdout
    project.write("references.bib", "@article{nokey, author = {A, B}, title = {T}, "
                                    "journal = {J}, year = {2020}}\n")
    project.write("content/a.md", ARTICLE, dedent=False)
    resolved = project.cli("check", "--format", "json")
    assert "CIT002" not in resolved.stdout


def test_a_cache_hit_does_not_import_spacy(project):
    project.write("content/a.md", ARTICLE, dedent=False)
    project.cli("check")
    code = ("import sys\nfrom lint.cli import main\nmain(['check'])\n"
            "print('spacy' in sys.modules)\n")
    import subprocess

    from conftest import REPO

    result = subprocess.run([sys.executable, "-c", code], cwd=project.root, capture_output=True,
                            text=True, env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    assert result.stdout.strip().endswith("False"), result.stdout + result.stderr
