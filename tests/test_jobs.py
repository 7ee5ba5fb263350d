"""`--jobs N`: the same findings and report as one process, with and without the run cache."""

from __future__ import annotations


import pytest

from conftest import cli as _cli


# Each article is a variant of the project's article, so each costs the same and every run
# below costs ARTICLES times one article (40 made this file a fifth of the suite's time).
# 20 and the unreadable file are still what the tests name: with two workers, 18 tasks of
# uneven sizes (three of two articles, then single ones), so each worker takes several tasks,
# both take a task of more than one article, and the parent merges them in order
# (test_the_corpus_gives_each_of_two_workers_several_uneven_tasks checks that it still does).
ARTICLES = 20


@pytest.fixture(scope="module")
def corpus(generated_corpus):
    """ARTICLES varied articles, one unreadable, one suppression."""
    root = generated_corpus(ARTICLES, "jobs")
    (root / "content" / "zz-binary.md").write_bytes(b"\x00\x01\xff binary")
    first = sorted((root / "content").glob("*.md"))[0]
    text = first.read_text("utf-8")
    first.write_text(text + "\n<!-- content-lint: disable CIT001 -->\n"
                     "Clomiphene raises LH in most men.\n", "utf-8")
    return root


def test_the_corpus_gives_each_of_two_workers_several_uneven_tasks(corpus):
    from lint.analyse import shrinking_batches

    sizes = [len(batch) for batch in
             shrinking_batches(sorted((corpus / "content").glob("*.md")), 2)]
    assert len(sizes) >= 2 * 4  # several tasks per worker
    assert sizes.count(1) >= 2 and len([size for size in sizes if size > 1]) >= 2


def test_jobs_give_the_same_findings_with_and_without_the_cache(corpus):
    one = _cli(corpus, "check", "--format", "json", "--no-cache", "--jobs", "1")
    assert one.returncode == 2, one.stderr  # the binary file is an input error
    assert one.stdout.count('"code": "CIT001"') > ARTICLES
    two = _cli(corpus, "check", "--format", "json", "--no-cache", "--jobs", "2")
    per_core = _cli(corpus, "check", "--format", "json", "--no-cache", "-j", "0")
    filled = _cli(corpus, "check", "--format", "json", "--jobs", "2")
    cached = _cli(corpus, "check", "--format", "json", "--jobs", "1")
    assert one.stdout == two.stdout == per_core.stdout == filled.stdout == cached.stdout
    assert one.returncode == two.returncode == per_core.returncode == cached.returncode


def test_jobs_give_the_same_editorial_report(corpus, tmp_path, monkeypatch):
    # The report is stamped with the time; a fixed SOURCE_DATE_EPOCH keeps the two runs
    # comparable when they straddle a minute.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    outputs = []
    for jobs in ("1", "2"):
        target = tmp_path / f"report-{jobs}.md"
        done = _cli(corpus, "report", "--format", "markdown", "--full", "--output", str(target),
                    "--jobs", jobs)
        assert done.returncode == 2, done.stderr  # written, and the binary file reported
        outputs.append(target.read_text("utf-8"))
    assert outputs[0] == outputs[1]
    assert "Clomiphene" in outputs[0]
    assert "2023-11-14 22:13 UTC" in outputs[0]


@pytest.mark.parametrize("value", ["x", "-1", "1.5"])
def test_a_bad_jobs_value_is_a_usage_error(corpus, value):
    done = _cli(corpus, "check", "--jobs", value)
    assert done.returncode == 2
    assert "--jobs" in done.stderr and "Traceback" not in done.stderr


def test_a_compact_run_finds_what_a_full_run_finds(corpus):
    """`check` keeps only what corpus rules read of each article; nothing may change."""
    from lint.config import load_config
    from lint.engine import RunOptions, run

    config = load_config(corpus / "pyproject.toml")

    def findings(**options):
        result = run(config, RunOptions(use_baseline=False, **options))
        return [(d.code, d.path, d.span, d.message, d.fingerprint) for d in result.diagnostics]

    full = findings(keep_documents=True)
    assert {code for code, *_ in full} >= {"CIT001", "CIT003", "GLO014", "MEC004", "EVD001"}
    assert findings(keep_documents=False) == full
    assert findings(keep_documents=False, jobs=2) == full


@pytest.mark.parametrize("articles, jobs", [(1, 2), (5, 2), (40, 2), (100, 2), (1000, 2), (100, 3)])
def test_workers_get_every_article_once_in_order_with_small_last_tasks(articles, jobs):
    from lint.analyse import BATCH, shrinking_batches

    batches = shrinking_batches(list(range(articles)), jobs)
    assert [article for batch in batches for article in batch] == list(range(articles))
    assert all(1 <= len(batch) <= BATCH for batch in batches)
    sizes = [len(batch) for batch in batches]
    assert sizes == sorted(sizes, reverse=True)
    # The last task of each worker is a single article: none waits on a large one.
    assert sizes[-jobs:] == [1] * min(jobs, len(sizes))
