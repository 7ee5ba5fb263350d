"""The speed benches' arithmetic: the per-article formula and callgrind_sites' regex sum."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from callgrind_sites import REGEX_TOTAL, site_counts  # noqa: E402
from per_article import per_article  # noqa: E402

SRE = "/src/Modules/_sre/clinic/sre.c.h:"
LIB = " [/lib/libpython3.11.so.1.0]"


def test_per_article_is_the_difference_shared_by_nine():
    assert per_article(1_000, 10_000) == 1_000
    assert per_article(5.0, 5.0) == 0


def test_the_regex_sum_has_every_sre_entry_point_split_included():
    lines = [
        "10,000,000 (100.0%)  PROGRAM TOTALS",
        f"   900 ( 9.0%)  {SRE}_sre_SRE_Pattern_search{LIB}",
        f"   800 ( 8.0%)  {SRE}_sre_SRE_Scanner_search{LIB}",
        f"   300 ( 3.0%)  {SRE}_sre_SRE_Pattern_split{LIB}",
        f"   200 ( 2.0%)  {SRE}_sre_SRE_Pattern_split'2{LIB}",  # a recursive entry: not counted
        f"    40 ( 0.4%)  {SRE}_sre_SRE_Pattern_fullmatch{LIB}",
        "    70 ( 0.7%)  spacy/tokenizer.cpp:__pyx_pw_5spacy_9tokenizer_9Tokenizer_5__call__( [x]",
    ]
    found = site_counts(lines)
    assert found["whole process"] == 10_000_000
    assert found["re Pattern.split"] == 300 and found["re Pattern.fullmatch"] == 40
    assert found["Tokenizer.__call__"] == 70
    assert found[REGEX_TOTAL] == 900 + 800 + 300 + 40  # the tokenizer is not a regex row


PROBE = '''
import re, sys, time
sys.path.insert(0, sys.argv[1])
import regex_cpu_by_site as timing
timing._install()
inner = re.compile(r"(a|b)*c")


def replace(match):
    for _ in range(300):
        inner.search("ab" * 40)
    return "x"


start = time.thread_time_ns()
re.compile(r"[yz]").sub(replace, "yzyz")
whole = time.thread_time_ns() - start
re.search(r"q+z", "a module-level call")
print(repr((dict(timing._spent), dict(timing._calls), whole)))
'''


def test_regex_timing_reaches_module_calls_and_charges_nested_calls_once(tmp_path):
    import ast
    import subprocess

    probe = tmp_path / "probe.py"
    probe.write_text(PROBE, encoding="utf-8")
    done = subprocess.run([sys.executable, str(probe), str(REPO / "bench")], capture_output=True,
                          text=True, check=True, timeout=60)
    spent, calls, whole = ast.literal_eval(done.stdout)
    # each site is "FILE:LINE 'PATTERN'"; key them by pattern
    site = {key.split(" ", 1)[1]: key for key in spent}
    # re.search(TEXT, …) is timed, at the line that called re.search (the probe's 18th)
    assert site["'q+z'"].split(" ")[0].endswith("probe.py:18") and calls[site["'q+z'"]] == 1
    # the sub is charged its own time, not again that of the searches its replacement ran
    assert calls[site["'(a|b)*c'"]] == 4 * 300
    assert spent[site["'[yz]'"]] + spent[site["'(a|b)*c'"]] <= whole
