"""pre-commit runs for real in fresh git repositories, offline.

The published hook (.pre-commit-hooks.yaml) is used through a local clone
of a hook repository holding it, with `language: system` so pre-commit
installs nothing (the checkout's content-lint is on PATH); the README's
set-up for a plain content repository is used verbatim.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest
import yaml

from conftest import REPO

pytestmark = [
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
    pytest.mark.skipif(not shutil.which("sh"), reason="no POSIX shell for the command shim"),
]

BIB = """@article{known2020,
  author = {Known, A.},
  title = {A title},
  journal = {J},
  year = {2020},
}
"""
GLOSSARY = """version: 1
entries:
  - term: clomiphene citrate
    definition: Clomiphene citrate is a medicine that raises gonadotropins.
    rejected: [clomifene citrate]
"""
GOOD = "---\ntitle: Good\n---\n\nClomiphene citrate is used [@known2020].\n"


class Repo:
    """A fresh content repository with pre-commit installed in it."""

    def __init__(self, tmp_path):
        pytest.importorskip("pre_commit")
        self.root = tmp_path / "content-repo"
        self.root.mkdir()
        shim = tmp_path / "bin"
        shim.mkdir()
        # `content-lint` as an installed package would provide it, running this checkout.
        command = shim / "content-lint"
        command.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m lint "$@"\n')
        command.chmod(0o755)
        self.env = dict(os.environ, PYTHONPATH=str(REPO),
                        PATH=f"{shim}{os.pathsep}{os.environ.get('PATH', '')}",
                        PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"),
                        GIT_AUTHOR_NAME="Editor", GIT_AUTHOR_EMAIL="editor@example.org",
                        GIT_COMMITTER_NAME="Editor", GIT_COMMITTER_EMAIL="editor@example.org",
                        GIT_CONFIG_NOSYSTEM="1", HOME=str(tmp_path))
        self.env.pop("CONTENT_LINT_CACHE_DIR", None)
        self.git("init", "-q", "-b", "main")

    def git(self, *args, cwd=None):
        return subprocess.run(["git", *args], cwd=cwd or self.root, env=self.env,
                              capture_output=True, text=True, timeout=300)

    def write(self, relative, text):
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    def install(self, command: str = "pre-commit install"):
        """The README's command as written, where pre-commit's script is on PATH."""
        if shutil.which("pre-commit", path=self.env["PATH"]):
            argv = ["sh", "-c", command]
        else:
            argv = [sys.executable, "-m", "pre_commit", *command.split()[1:]]
        done = subprocess.run(argv, cwd=self.root,
                              env=self.env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stdout + done.stderr

    def commit(self, message):
        self.git("add", "-A")
        done = self.git("commit", "-q", "-m", message)
        return done.returncode, done.stdout + done.stderr

    def log(self):
        return self.git("log", "--format=%s").stdout.split("\n")


def published_hook_repository(tmp_path) -> tuple[str, str]:
    """A git repository holding this checkout's hook manifest: (path, commit)."""
    hooks = tmp_path / "hook-repo"
    hooks.mkdir()
    shutil.copy(REPO / ".pre-commit-hooks.yaml", hooks / ".pre-commit-hooks.yaml")
    env = dict(os.environ, GIT_AUTHOR_NAME="x", GIT_AUTHOR_EMAIL="x@example.org",
               GIT_COMMITTER_NAME="x", GIT_COMMITTER_EMAIL="x@example.org")
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "hooks"]):
        subprocess.run(["git", *args], cwd=hooks, env=env, check=True, capture_output=True)
    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=hooks, env=env, check=True,
                            capture_output=True, text=True).stdout.strip()
    return str(hooks), commit


def test_published_hook_blocks_what_a_change_breaks_and_only_that(tmp_path):
    repo = Repo(tmp_path)
    path, commit = published_hook_repository(tmp_path)
    # Only the way it is installed differs from a user's: nothing to download.
    repo.write(".pre-commit-config.yaml", yaml.safe_dump({"repos": [{
        "repo": path, "rev": commit, "hooks": [{"id": "content-lint", "language": "system"}]}]}))
    repo.write("content-lint.toml", 'paths = ["content"]\nbibliography = "references.bib"\n'
               'glossary = "glossary.yaml"\n')
    repo.write("references.bib", BIB)
    repo.write("glossary.yaml", GLOSSARY)
    repo.write("content/good.md", GOOD)
    repo.install()
    code, output = repo.commit("first articles")
    assert code == 0, output
    assert "content-lint" in output and "Passed" in output

    # Deleting the cited entry is blocked at once, naming the article it breaks.
    repo.write("references.bib", "")
    code, output = repo.commit("drop a reference")
    assert code != 0 and "content/good.md:5:29: CIT002" in output
    repo.write("references.bib", BIB)

    # An invalid glossary is checked (a .yaml file), not skipped.
    repo.write("glossary.yaml", GLOSSARY.replace("definition: Clomiphene",
                                                 'definition: "Clomiphene'))
    code, output = repo.commit("break the glossary")
    assert code != 0 and "glossary.yaml:4:17: GLO001" in output
    assert "help: add the closing quote" in output
    repo.write("glossary.yaml", GLOSSARY)

    # A glossary change re-checks the articles: a newly rejected form is caught.
    repo.write("glossary.yaml", GLOSSARY.replace("[clomifene citrate]",
                                                 "[clomifene citrate, Clomiphene citrate]"))
    code, output = repo.commit("reject a form")
    assert code != 0 and "content/good.md:5:1: GLO002" in output
    repo.write("glossary.yaml", GLOSSARY)

    # Files that are not content never block anyone.
    repo.write("README.md", "Clomiphene raises testosterone by 50% in most men.\n")
    repo.write(".github/workflows/ci.yml", "on: push\njobs: {}\n")
    code, output = repo.commit("readme and ci")
    assert code == 0, output
    assert repo.log()[0] == "readme and ci"
    assert "drop a reference" not in repo.log()
    status = repo.git("status", "--porcelain", "--untracked-files=all").stdout
    assert status == ""  # the cache folder ignores itself


def _readme_section() -> str:
    text = (REPO / "README.md").read_text("utf-8")
    start = text.index("## Set-up in a content repository")
    return text[start:text.index("\n## ", start + 1)]


def test_readme_set_up_works_verbatim_for_a_plain_content_repository(tmp_path):
    section = _readme_section()
    blocks = re.findall(r"```(\w+)\n(.*?)```", section, re.DOTALL)
    toml = next(body for lang, body in blocks if lang == "toml")
    local_hook = next(body for lang, body in blocks if lang == "yaml" and "repo: local" in body)
    commands = [body for lang, body in blocks if lang == "sh"]
    assert commands == ["pre-commit install\n"]

    repo = Repo(tmp_path)
    repo.write("content-lint.toml", toml)
    repo.write(".pre-commit-config.yaml", local_hook)
    repo.write("references.bib", BIB)
    repo.write("content/glossary.yaml", GLOSSARY)
    repo.write("content/good.md", GOOD)
    repo.install(commands[0].strip())
    code, output = repo.commit("good article")
    assert code == 0, output

    repo.write("content/bad.md", "---\ntitle: Bad\n---\n\nSourced [@nosuchkey].\n")
    code, output = repo.commit("bad article")
    assert code != 0 and "content/bad.md:5:10: CIT002" in output
    assert repo.log()[0] == "good article"


def test_readme_published_hook_block_names_the_manifest_hook():
    """The remote-hook block of the README uses the id the manifest publishes."""
    section = _readme_section()
    remote = next(body for lang, body in re.findall(r"```(\w+)\n(.*?)```", section, re.DOTALL)
                  if lang == "yaml" and "repo: local" not in body)
    (hook,) = yaml.safe_load(remote)["repos"][0]["hooks"]
    (published,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert hook["id"] == published["id"]
    assert "--changed" in published["entry"]
    for name in ("a.md", "a.markdown", "a.Rmd", "a.qmd", "references.bib", "refs.json",
                 "glossary.yaml", "glossary.yml", "content-lint.toml"):
        assert re.search(published["files"], name), name


def test_published_hook_passes_every_document_kind_the_linter_reads():
    """The hook's `files` regex covers every suffix discovery reads (review of i257: MDX
    pages were missing), in any case as discovery matches them (`ch.rmd`, `page.MDX`)."""
    from lint.project import DOCUMENT_SUFFIXES
    (published,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text("utf-8"))
    for suffix in DOCUMENT_SUFFIXES:
        for name in ("page" + suffix, "page" + suffix.upper()):
            assert re.search(published["files"], name), name
    assert not re.search(published["files"], "figure.png")
