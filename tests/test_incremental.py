"""Per-article incremental analysis: a cached run always equals a run without the cache.

Generated corpora (bench/make_corpus.py) go through seeded random edits,
additions, deletions, renames and changes of the shared files; after each
round the run with the article cache must give the same JSON report and exit
code as a run without it, and only the articles that changed are analysed again.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO
from conftest import cli as _cli

SENTENCES = [
    "Clomiphene raises LH in most men [@nokey2020].",
    "Anastrozole increases LH and FSH secretion in most men.",
    "Human chorionic gonadotropin (hCG) restores sperm production; hCG is given by injection.",
    "The HPG Axis is suppressed by exogenous testosterone.",
    "Studies have shown that Clomid is proven to restore fertility.",
    "<!-- content-lint: disable-next-line CIT001 -->\nTamoxifen raises testosterone in men.",
    "Enclomiphene may modestly raise testosterone, although evidence remains limited.",
]


@pytest.fixture(scope="module")
def template(generated_corpus):
    return generated_corpus(4, "incremental")


def _runs(root):
    """(JSON report, exit code) with the article cache, the same without, and the cache."""
    from lint import cachedir
    from lint.cache import ARTICLES, ArticleCache, analysis_context
    from lint.config import load_config
    from lint.engine import RunOptions, run
    from lint.report import render_json

    outputs = []
    articles = None
    for cached in (True, False):
        config = load_config(root / "pyproject.toml")
        options = RunOptions(keep_documents=False)
        if cached:
            articles = ArticleCache(cachedir.root(config) / ARTICLES,
                                    analysis_context(config, options))
        result = run(config, options, article_cache=articles if cached else None)
        outputs.append((render_json(result), result.exit_code))
    return outputs[0], outputs[1], articles


def _edit(text: str, rng: random.Random) -> str:
    paragraphs = text.split("\n\n")
    index = rng.randrange(1, len(paragraphs))
    choice = rng.random()
    if choice < 0.5:
        paragraphs.insert(index, rng.choice(SENTENCES))
    elif choice < 0.8:
        del paragraphs[index]
    else:
        words = paragraphs[index].split(" ")
        words[rng.randrange(len(words))] = rng.choice(["hCG", "GnRH", "Clomid", "may", "the"])
        paragraphs[index] = " ".join(words)
    return "\n\n".join(paragraphs)


@pytest.mark.parametrize("seed", [1, 2])
def test_random_edits_additions_deletions_and_renames_keep_results_identical(
        template, tmp_path, seed):
    rng = random.Random(seed)
    root = tmp_path / "corpus"
    shutil.copytree(template, root)
    content = root / "content"
    with_cache, without, articles = _runs(root)
    assert with_cache == without
    assert len(articles.analysed) == 4  # a cold cache: everything analysed
    for round_number in range(4):
        files = sorted(content.glob("*.md"))
        changed = set()
        for _ in range(rng.randint(1, 2)):
            operation = rng.choice(["edit", "edit", "add", "delete", "rename"])
            path = rng.choice(files)
            if not path.exists():
                continue
            if operation == "edit":
                path.write_text(_edit(path.read_text("utf-8"), rng), "utf-8")
                changed.add(path.name)
            elif operation == "add":
                new = content / f"added-{seed}-{round_number}.md"
                new.write_text(_edit(path.read_text("utf-8"), rng), "utf-8")
                changed.add(new.name)
            elif operation == "delete" and len(files) > 2:
                path.unlink()
                changed.discard(path.name)
            elif operation == "rename":
                new = content / f"renamed-{seed}-{round_number}.md"
                path.rename(new)
                changed.discard(path.name)
                changed.add(new.name)  # a finding names its file: analysed again
        with_cache, without, articles = _runs(root)
        assert with_cache == without, f"round {round_number}"
        assert {path.rsplit("/", 1)[-1] for path in articles.analysed} == changed

    # A shared file that every analysis reads changes: everything is analysed again.
    bib = root / "references.bib"
    bib.write_text(bib.read_text("utf-8") + "\n@article{nokey2020, author = {A, B}, "
                   "title = {T}, journal = {J}, year = {2020}}\n", "utf-8")
    with_cache, without, articles = _runs(root)
    assert with_cache == without
    assert len(articles.analysed) == len(list(content.glob("*.md")))
    # ... and an article cached before still answers once its inputs are back.
    with_cache, without, articles = _runs(root)
    assert with_cache == without and not articles.analysed


def _filled_cache(template, tmp_path):
    """A corpus of 4 articles checked once: (root, its output, its article entries)."""
    root = tmp_path / "corpus"
    shutil.copytree(template, root)
    first = _cli(root, "check", "--format", "json")
    folder = root / ".content-lint-cache" / "articles"
    entries = sorted(set(folder.glob("*.entry")) - set(folder.glob("corpus-*")))
    assert len(entries) == 4
    return root, first, entries


def _same_check(root, first) -> None:
    second = _cli(root, "check", "--format", "json")
    assert second.stderr == "" and second.stdout == first.stdout
    assert second.returncode == first.returncode


def test_a_damaged_or_foreign_cache_entry_is_a_miss_never_an_error(template, tmp_path):
    root, first, entries = _filled_cache(template, tmp_path)
    entries[0].write_bytes(entries[0].read_bytes()[:100])  # cut short
    entries[1].write_bytes(b"not an entry at all")
    entries[2].write_bytes(entries[3].read_bytes())  # another article's analysis
    for corpus in entries[0].parent.glob("corpus-*"):  # the shared judgments, damaged too
        corpus.write_bytes(b"\x80\x05garbage")
    shutil.rmtree(root / ".content-lint-cache" / "runs")
    _same_check(root, first)


def test_cached_articles_with_jobs_and_without_spacy_when_nothing_is_analysed(template,
                                                                             tmp_path):
    root = tmp_path / "corpus"
    shutil.copytree(template, root)
    uncached = _cli(root, "check", "--format", "json", "--no-cache")
    filled = _cli(root, "check", "--format", "json", "--jobs", "2")
    assert filled.stdout == uncached.stdout
    shutil.rmtree(root / ".content-lint-cache" / "runs")
    # The run cache is gone, every article is cached: no spaCy import at all.
    code = ("import sys\nfrom lint.cli import main\ncode = main(['check', '--format', 'json'])\n"
            "print('spacy' in sys.modules, file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True,
                          text=True, env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    assert done.stdout == uncached.stdout
    assert done.stderr.strip() == "False"


def test_entries_not_used_for_a_while_are_pruned_this_runs_are_kept(tmp_path):
    import os

    from lint.cache import ArticleCache

    articles = ArticleCache(tmp_path, "context")
    for index in range(6):
        entry = tmp_path / f"old{index}.entry"
        entry.write_bytes(b"x")
        os.utime(entry, (1000 + index, 1000 + index))
    (tmp_path / "older-version.pickle").write_bytes(b"x")
    articles.used = {"old0"}  # used by this run, however old
    articles.prune(keep=3)
    assert sorted(p.stem for p in tmp_path.glob("*.entry")) == ["old0", "old4", "old5"]
    assert not list(tmp_path.glob("*.pickle"))  # an older version's entries: never read


def test_a_warm_run_with_workers_merges_cached_articles_by_their_outlines(template, tmp_path,
                                                                          monkeypatch):
    """A warm `--jobs 2` run (the run cache gone, one article edited so that a corpus rule
    finds more in an article that stays cached) reports what a run without the cache
    reports, in every format, the cached articles' findings merged by their outlines
    (lint/filter.py, `_kept_by_outline`). A run in one process (this corpus is too small
    to pack) keeps no outlines, and no run keeps them once the filter has run."""
    import json

    import lint.filter
    from lint.cache import ArticleCache

    root = tmp_path / "corpus"
    shutil.copytree(template, root)
    _cli(root, "check", "--format", "json", "--jobs", "2")  # every article cached
    edited = sorted((root / "content").glob("*.md"))[1]
    # The opposite of what two other articles say of tamoxifen: MEC002 in one of them.
    edited.write_text(edited.read_text("utf-8") + "\n\nIn our clinic, tamoxifen lowered "
                      "LH and FSH levels in the men we followed.\n", "utf-8")
    merged, loads = [], []
    kept_by_outline, load = lint.filter._kept_by_outline, ArticleCache.load

    def counted_merge(*args):
        merged.append(kept_by_outline(*args))
        return merged[-1]

    def counted_load(self, key, outline=False):
        loads.append((self, outline))
        return load(self, key, outline)

    monkeypatch.setattr(lint.filter, "_kept_by_outline", counted_merge)
    monkeypatch.setattr(ArticleCache, "load", counted_load)
    for form in ("json", "sarif", "text"):
        uncached = _cli(root, "check", "--format", form, "--no-cache", "--jobs", "1")
        if form == "json":
            files = {d["file"] for d in json.loads(uncached.stdout)["diagnostics"]
                     if d["code"] == "MEC002"}
            assert len(files) == 2 and edited.name in {f.rsplit("/", 1)[-1] for f in files}
        for jobs in ("2", "1"):
            merged.clear()
            loads.clear()
            shutil.rmtree(root / ".content-lint-cache" / "runs")
            warm = _cli(root, "check", "--format", form, "--jobs", jobs)
            assert (warm.returncode, warm.stdout, warm.stderr) == \
                (uncached.returncode, uncached.stdout, uncached.stderr), (form, jobs)
            assert len(loads) == 4 and {outline for _, outline in loads} == {jobs == "2"}
            assert not any(cache.outlines for cache, _ in loads)
            if jobs == "2":  # three cached articles that corpus rules find something in
                assert merged.count(True) >= 3, merged
            else:
                assert not merged


class _Planted:
    """Unpickling this runs `Path.touch` on the marker: what a planted pickle could do."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def test_a_planted_cache_entry_runs_nothing_and_is_a_miss(template, tmp_path):
    import marshal
    import pickle

    root, first, entries = _filled_cache(template, tmp_path)
    marker = tmp_path / "ran"
    planted = pickle.dumps(_Planted(marker))
    assert not marker.exists()
    pickle.loads(planted)  # the payload does run when unpickled ...
    assert marker.exists()
    marker.unlink()
    entries[0].write_bytes(planted)
    # ... and is not run from an entry, nor from an entry of the right shape holding
    # it, a code object, or values of the wrong types.
    magic, version, key, body, rows = marshal.loads(entries[1].read_bytes())
    entries[1].write_bytes(marshal.dumps((magic, version, key, planted, rows)))
    entries[2].write_bytes(marshal.dumps((magic, version, key, body, [compile(
        "open('ran', 'w')", "planted", "exec")])))
    entries[3].write_bytes(marshal.dumps((magic, version, key, (1,) * len(body), rows)))
    for corpus in entries[0].parent.glob("corpus-*"):
        corpus.write_bytes(planted)
    runs = list((root / ".content-lint-cache" / "runs").glob("*.entry"))
    assert runs
    for run in runs:  # the whole-run result too
        run.write_bytes(planted)
    _same_check(root, first)
    assert not marker.exists() and not (root / "ran").exists()
