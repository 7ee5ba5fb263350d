"""Findings held packed, file by file: a run reports what it would report from a plain list.

A large corpus's findings are kept as compressed plain-data rows per file
(lint/packed_findings.py) and filtered, fingerprinted, baselined and written
one file at a time, so memory follows the file in hand, not the corpus.
"""

from __future__ import annotations

import dataclasses
import datetime
import gc
from collections import Counter

import pytest

from lint.diagnostics import Diagnostic, Position, Severity, Span, assign_fingerprints
from lint.packed_findings import PackedFindings


def _finding(path: str, line: int, code: str = "CIT001", severity=Severity.WARNING,
             **extra) -> Diagnostic:
    return Diagnostic(code, "uncited-claim", severity, path,
                      Span(Position(line, 1), Position(line, 20)), f"finding on line {line}",
                      context=f"sentence {line}", **extra)


def _groups() -> list[list[Diagnostic]]:
    return [[_finding("a.md", 3), _finding("a.md", 9, severity=Severity.INFO,
                                           data={"reasons": ["x", "y"], "score": 0.25})],
            [_finding("b.md", 1, "REF001", Severity.ERROR, input_error=True),
             _finding("b.md", 2, suggestion="cite it")]]


def test_packed_findings_read_like_the_list_they_replace():
    flat = [d for group in _groups() for d in group]
    packed = PackedFindings(_groups())
    assert len(packed) == 4 and list(packed) == flat and packed == flat
    assert packed[0] == flat[0] and packed[-1] == flat[-1] and packed[2] == flat[2]
    assert packed[1:3] == flat[1:3]
    with pytest.raises(IndexError):
        packed[4]
    assert packed + [] == flat and [] + packed == flat
    assert packed.severities == Counter(d.severity for d in flat)
    assert packed.input_errors == 1
    assert all(type(chunk) is bytes for chunk in packed.chunks())
    assert not PackedFindings() and PackedFindings() == []


def test_a_finding_that_is_not_plain_data_is_kept_as_it_is():
    odd = _finding("a.md", 1, data={"when": datetime.date(2024, 1, 5)})
    packed = PackedFindings([[odd]])
    assert list(packed) == [odd]


def test_stored_chunks_are_checked_when_read_back():
    chunks = PackedFindings(_groups()).chunks()
    assert PackedFindings.from_chunks(chunks) == PackedFindings(_groups())
    for damaged in ([b"not a chunk"], ["text"], [chunks[0][:-3]]):
        with pytest.raises(Exception):
            PackedFindings.from_chunks(damaged)


def _check(root, pack_from: int):
    from lint import packed_findings
    from lint.config import load_config
    from lint.engine import RunOptions, run

    config = load_config(root / "pyproject.toml")
    default = packed_findings.PACK_FROM_ARTICLES
    packed_findings.PACK_FROM_ARTICLES = pack_from
    try:
        return run(config, RunOptions(keep_documents=False, use_baseline=False))
    finally:
        packed_findings.PACK_FROM_ARTICLES = default


@pytest.fixture(scope="module")
def corpus(generated_corpus):
    return generated_corpus(3, "packed")


@pytest.fixture(scope="module")
def checked(corpus):
    return _check(corpus, pack_from=0)  # packed however few the articles


def test_an_article_cache_entry_keeps_its_findings_packed_and_checks_them_when_read():
    import marshal
    import zlib

    from lint.packed_findings import checked_pieces, pack_by_path, stored_pieces, unpack

    flat = [d for group in _groups() for d in group]
    finished = [dataclasses.replace(d) for d in flat]  # each file's, in order
    assign_fingerprints(finished)
    for packed in (True, False):  # a small run's pieces hold the findings themselves
        stored = stored_pieces(pack_by_path(flat, packed))
        assert [path for path, _ in stored] == ["a.md", "b.md"]
        assert all(type(chunk) is bytes for _, chunk in stored)
        # read back as filter_findings reads pieces: chunk by chunk, finished
        assert [d for _, chunk in checked_pieces(stored) for d in unpack(chunk)] == finished
    with pytest.raises(ValueError):  # what marshal cannot write is not stored
        stored_pieces(pack_by_path([_finding("a.md", 1, data={"d": datetime.date(2024, 1, 5)})]))
    row = flat[0].to_row()
    for damaged in ({"a.md": b""}, [("a.md", "text")], [("a.md", stored[0][1][:-3])],
                    [("a.md", zlib.compress(marshal.dumps([row[:14]])))],
                    [("a.md", zlib.compress(marshal.dumps([(*row[:2], 7, *row[3:])])))],
                    [("a.md", zlib.compress(marshal.dumps([(*row[:10], [[1, 2]],
                                                            *row[11:])])))]):
        with pytest.raises(Exception):
            checked_pieces(damaged)

def _shuffled_findings(seed: int) -> list[Diagnostic]:
    import random

    rng = random.Random(seed)
    codes = ["CIT001", "GLO004", "MEC006", "MEC007", "DOC004"]
    found = []
    for _ in range(rng.randrange(1, 40)):
        line = rng.randrange(1, 6)
        found.append(Diagnostic(rng.choice(codes), "x", Severity.WARNING, "a.md",
                                Span(Position(line, rng.randrange(1, 3)), Position(line, 9)),
                                rng.choice(["m1", "m2", "M1 "]),
                                context=rng.choice(["", "Same  sentence.", "same sentence."])))
    return found


def test_a_rows_sort_key_and_fingerprints_are_those_of_its_finding():
    from lint.diagnostics import finish_rows, row_sort_key

    for seed in range(30):
        found = _shuffled_findings(seed)
        assert all(row_sort_key(d.to_row()) == d.sort_key() for d in found)
        objects = sorted((dataclasses.replace(d) for d in found), key=Diagnostic.sort_key)
        assign_fingerprints(objects, ordered=True)
        assert finish_rows([d.to_row() for d in found]) == [d.to_row() for d in objects]


def test_finished_pieces_merge_as_the_whole_file_finishes():
    """A file's findings come in pieces (one per article analysed, the corpus rules', the
    filter rules'), each finished alone: merged, they are the file's findings finished at
    once when no rule has findings in two pieces; otherwise there is no merge."""
    import random

    from lint.diagnostics import finish_rows, merge_finished

    rng = random.Random(7)
    merged_some = 0
    for seed in range(200):
        rows = [d.to_row() for d in _shuffled_findings(seed)]
        cuts = sorted(rng.sample(range(len(rows) + 1), min(len(rows) + 1, rng.randrange(1, 4))))
        parts = [rows[a:b] for a, b in zip([0, *cuts], [*cuts, len(rows)])]
        merged = merge_finished([finish_rows(part) for part in parts])
        codes = [{row[0] for row in part} for part in parts if part]
        if any(a & b for i, a in enumerate(codes) for b in codes[i + 1:]):
            assert merged is None
        else:
            merged_some += 1
            assert merged == finish_rows(rows)
    assert merged_some > 20


def test_a_run_keeps_one_packed_chunk_per_file(checked):
    files = {d.path for d in checked.diagnostics}
    assert isinstance(checked.diagnostics, PackedFindings) and len(files) >= 3
    assert len(checked.diagnostics.chunks()) == len(files)
    # bytes, or an article's packed chunk as analysis left it with corpus rules' rows put in
    assert all(type(chunk) is bytes or type(chunk[0]) is bytes
               for chunk in checked.diagnostics.chunks())
    gc.collect()
    # Nothing holds the findings as objects once the run is over.
    assert not [o for o in gc.get_objects() if type(o) is Diagnostic]


def test_every_report_of_packed_findings_equals_the_report_of_the_list(checked):
    from lint.report import REPORTERS, STREAMS

    for level in (None, Severity.WARNING, Severity.INFO):
        packed = dataclasses.replace(checked, fail_level=level)
        as_list = dataclasses.replace(packed, diagnostics=list(packed.diagnostics))
        assert packed.exit_code == as_list.exit_code
        for name, render in REPORTERS.items():
            assert render(packed) == render(as_list), name
            if name in STREAMS:
                assert "".join(STREAMS[name](packed)) == render(as_list), name


def test_filtering_file_by_file_equals_sorting_and_fingerprinting_all_at_once(checked):
    flat = list(checked.diagnostics)
    assert sorted(flat, key=Diagnostic.sort_key) == flat
    again = [dataclasses.replace(d, fingerprint="") for d in flat]
    assign_fingerprints(again)
    assert [d.fingerprint for d in again] == [d.fingerprint for d in flat]


def test_the_baseline_splits_packed_findings_as_it_splits_a_list(checked):
    from lint.filter import BaselineEntry, apply_baseline

    flat = list(checked.diagnostics)
    entries = [BaselineEntry(d.fingerprint, d.code, d.path, d.span.start.line, d.message)
               for d in flat[::3]]
    entries.append(BaselineEntry("0" * 32, "CIT001", flat[0].path, 1, "gone"))
    packed = apply_baseline(checked.diagnostics, entries, {d.path for d in flat})
    plain = apply_baseline(flat, entries, {d.path for d in flat})
    assert isinstance(packed.kept, PackedFindings)
    assert packed.kept == plain.kept and packed.baselined == plain.baselined
    assert packed.stale == plain.stale and len(packed.stale) == 1


def test_a_small_run_keeps_its_findings_as_objects_and_reports_the_same(corpus, checked):
    from lint.report import render_json

    small = _check(corpus, pack_from=4)
    assert not small.diagnostics.packed
    assert all(type(chunk) is list for chunk in small.diagnostics.chunks())
    assert render_json(small) == render_json(checked)


def test_a_cached_chunk_merged_by_its_outline_is_kept_as_merging_its_rows_keeps_it():
    """The filter places the corpus rules' findings among a cached article's by the chunk's
    outline (read when the entry was checked), not its rows decoded again: the same chunk,
    counts and findings as merging the rows, or nothing kept where that would pack again
    (a rule with findings in both pieces, too many put in)."""
    import random

    from lint.diagnostics import finish_rows, merge_finished
    from lint.packed_findings import checked_pieces, chunk_rows, pack_by_path, stored_pieces

    rng = random.Random(11)
    spliced = declined = 0
    for seed in range(200):
        found = _shuffled_findings(seed)
        # the corpus rules' own codes; now and then one of the article's too (no merge)
        theirs = set(rng.sample(sorted({d.code for d in found}), 1))
        article = [d for d in found if d.code not in theirs]
        corpus = [d.to_row() for d in found if d.code in theirs]
        if article and rng.random() < 0.25:
            corpus.append(article.pop(rng.randrange(len(article))).to_row())
        outlines: dict = {}
        stored = checked_pieces(stored_pieces(pack_by_path(article)), outlines)
        if not stored or not corpus:
            continue
        chunk = stored[0][1]
        rows, outline = chunk_rows(chunk), outlines[id(chunk)][1]
        assert outlines[id(chunk)][0] is chunk and len(outline) == len(rows)
        corpus = finish_rows(corpus)
        by_rows, by_outline = PackedFindings(), PackedFindings()
        merged = merge_finished([rows, corpus])
        if merged is not None:
            by_rows.append_rows(merged, (chunk, rows))
        merged = merge_finished([outline, corpus])
        if merged is None or not by_outline.append_spliced(merged, chunk, outline):
            declined += 1
            # what the filter then does: the rows decoded and merged, or finished again
            assert not by_rows.chunks() or type(by_rows.chunks()[0]) is bytes and \
                by_rows.chunks()[0] is not chunk
            continue
        spliced += 1
        assert by_outline.chunks() == by_rows.chunks()
        assert by_outline.severities == by_rows.severities
        assert by_outline.input_errors == by_rows.input_errors
        assert list(by_outline.rows()) == list(by_rows.rows())
    assert spliced > 20 and declined > 20


def _kept_without_outlines(chunks: list, added: list[list[tuple]]) -> PackedFindings:
    """What `filter_findings` keeps of a file with no outline (every chunk decoded, merged)."""
    from lint.diagnostics import finish_rows, merge_finished
    from lint.packed_findings import chunk_rows

    kept = PackedFindings()
    parts = [chunk_rows(chunk) for chunk in chunks] + added
    rows = merge_finished(parts)
    if rows is None:
        kept.append_rows(finish_rows([row for part in parts for row in part]))
        return kept
    stored = [(len(part), index) for index, (chunk, part) in enumerate(zip(chunks, parts))
              if type(chunk) is bytes]
    index = max(stored)[1] if stored else None
    kept.append_rows(rows, None if index is None else (chunks[index], parts[index]))
    return kept


def test_the_outline_merge_keeps_what_decoding_every_chunk_keeps_or_declines():
    """`_kept_by_outline` against the merge it stands in for, on a file's pieces as a warm
    run has them: cached chunks (with outlines) and fresh ones (without), a chunk given
    twice, filter-rule rows, rules with findings in two pieces. Either it keeps exactly
    what decoding every chunk keeps (the same chunks, rows, counts), or it keeps nothing
    and the filter decodes them."""
    import random

    from lint.diagnostics import finish_rows
    from lint.filter import _kept_by_outline
    from lint.packed_findings import checked_pieces, pack_by_path, stored_pieces

    codes = ["CIT001", "GLO004", "MEC006", "MEC007", "DOC004", "MEC002", "REF001"]

    def finding(rng):
        line = rng.randrange(1, 5)
        return Diagnostic(rng.choice(codes), "x", rng.choice(list(Severity)), "a.md",
                          Span(Position(line, rng.randrange(1, 3)), Position(line, 9)),
                          rng.choice(["m1", "m2", "M1 ", ""]),
                          context=rng.choice(["", "Same  sentence.", "same sentence."]),
                          input_error=rng.random() < 0.1)

    outcomes = Counter()
    for seed in range(400):
        rng = random.Random(seed)
        pool = rng.sample(codes, rng.randrange(1, len(codes) + 1))
        chunks, outlines = [], {}
        for index in range(rng.randrange(1, 5)):
            # mostly one rule's findings per piece (an article's own, a corpus rule's)
            mine = (set(rng.sample(pool, rng.randrange(1, len(pool) + 1)))
                    if rng.random() < 0.3 else {pool[index % len(pool)]})
            found = [d for d in (finding(rng) for _ in range(rng.randrange(0, 30)))
                     if d.code in mine] or [finding(rng)]
            cached = rng.random() < 0.6
            pieces = checked_pieces(stored_pieces(pack_by_path(found)),
                                    outlines if cached else None)
            chunks.append(pieces[0][1])
        if rng.random() < 0.2:
            chunks.append(chunks[0])  # the same chunk object twice
        added = ([finish_rows([finding(rng).to_row() for _ in range(rng.randrange(0, 3))])]
                 if rng.random() < 0.3 else [])
        want = _kept_without_outlines(chunks, added)
        got = PackedFindings()
        if _kept_by_outline(got, chunks, added, outlines):
            outcomes["kept"] += 1
            assert got.chunks() == want.chunks(), seed
            assert list(got.rows()) == list(want.rows()), seed
            assert got.severities == want.severities, seed
            assert got.input_errors == want.input_errors, seed
        else:
            outcomes["declined"] += 1
            assert len(got) == 0 and not got.chunks() and not got.severities, seed
    assert outcomes["kept"] > 40 and outcomes["declined"] > 40, outcomes
