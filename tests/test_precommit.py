"""pre-commit runs for real in a temporary git repository: a bad article is blocked."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
import yaml

from conftest import REPO

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

BIB = "@article{known2020, author = {Known, A.}, title = {T}, journal = {J}, year = {2020}}\n"


def git(root, *args, env=None):
    return subprocess.run(["git", *args], cwd=root, env=env, capture_output=True, text=True,
                          timeout=300)


def hook_from_manifest() -> dict:
    """The published hook (.pre-commit-hooks.yaml), run from this checkout."""
    (hook,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text("utf-8"))
    # A `repo: local` hook with the manifest's own settings; only the way it is
    # installed differs (the checkout instead of a pip install of a tagged release).
    hook = dict(hook, language="system", entry=f"{sys.executable} -m lint check")
    return hook


def test_pre_commit_blocks_a_bad_article_and_passes_a_good_one(tmp_path):
    pre_commit = pytest.importorskip("pre_commit")
    assert pre_commit
    root = tmp_path / "content-repo"
    root.mkdir()
    env = dict(os.environ, PYTHONPATH=str(REPO), PRE_COMMIT_HOME=str(tmp_path / "cache"),
               GIT_AUTHOR_NAME="Editor", GIT_AUTHOR_EMAIL="editor@example.org",
               GIT_COMMITTER_NAME="Editor", GIT_COMMITTER_EMAIL="editor@example.org")
    git(root, "init", "-q", "-b", "main", env=env)
    (root / ".pre-commit-config.yaml").write_text(yaml.safe_dump(
        {"repos": [{"repo": "local", "hooks": [hook_from_manifest()]}]}))
    (root / "pyproject.toml").write_text(
        '[tool.content-lint]\npaths = ["content"]\nbibliography = "references.bib"\n')
    (root / "references.bib").write_text(BIB)
    (root / "content").mkdir()
    (root / "content" / "good.md").write_text("---\ntitle: Good\n---\n\nSourced [@known2020].\n")
    installed = subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=root,
                               env=env, capture_output=True, text=True, timeout=300)
    assert installed.returncode == 0, installed.stderr

    git(root, "add", "-A", env=env)
    good = git(root, "commit", "-q", "-m", "good article", env=env)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "content-lint" in good.stdout + good.stderr

    (root / "content" / "bad.md").write_text("---\ntitle: Bad\n---\n\nSourced [@nosuchkey].\n")
    git(root, "add", "-A", env=env)
    bad = git(root, "commit", "-q", "-m", "bad article", env=env)
    assert bad.returncode != 0
    assert "content/bad.md:5:10: CIT002" in bad.stdout + bad.stderr
    log = git(root, "log", "--oneline", env=env).stdout
    assert "bad article" not in log and "good article" in log
