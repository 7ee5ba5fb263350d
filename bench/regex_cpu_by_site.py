"""CPU time of every compiled regular expression, by the line that compiled it (issue 21).

    python3 bench/regex_cpu_by_site.py CORPUS OUT.txt     # once on make_corpus 1, once on 10
    python3 bench/regex_cpu_by_site.py --compare C1.txt C10.txt

`re.compile` and `re._compile` (what the module-level calls such as `re.search(TEXT, s)` compile
through) are wrapped before lint is imported, so every pattern given as a string is timed
(thread CPU) in search, match, fullmatch, findall, finditer (its iteration too), sub, subn and
split, by the line that compiled it or that made the module-level call. A site's time is its
own: a pattern run inside another's call (a `sub` whose replacement is a function) is
counted for its own site only.
`check` is run through `lint.cli.main`, which leaves out the shipped regex programs: each
pattern compiles from source the same way, and findings are unchanged. `--compare` prints the
sites' CPU per article, (c10 − c1) / 9 (`bench/per_article.py`). These are CPU times, so they only rank the sites:
callgrind (`bench/callgrind_sites.py`) gives the instructions.
"""

from __future__ import annotations

import atexit
import collections
import re
import sys
import time
import traceback
from pathlib import Path

from per_article import per_article

_spent: collections.Counter = collections.Counter()
_calls: collections.Counter = collections.Counter()
_now = time.thread_time_ns
# Time spent in timed calls made inside the running timed call, so that call's site is
# charged only its own time (the nested calls are charged to their own sites).
_inner = [0]


def _charge(site: str, step, *args, **kwargs):
    """step(*args, **kwargs), its time less that of the timed calls inside it charged to site."""
    outer, _inner[0] = _inner[0], 0
    start = _now()
    try:
        return step(*args, **kwargs)
    finally:
        spent = _now() - start
        _spent[site] += spent - _inner[0]
        _inner[0] = outer + spent


class _Timed:
    __slots__ = ("_pattern", "_site")

    def __init__(self, pattern, site: str):
        self._pattern, self._site = pattern, site

    def __getattr__(self, name):
        return getattr(self._pattern, name)

    def _timed(self, method: str, *args, **kwargs):
        _calls[self._site] += 1
        return _charge(self._site, getattr(self._pattern, method), *args, **kwargs)

    def search(self, *a, **k): return self._timed("search", *a, **k)  # noqa: E704
    def match(self, *a, **k): return self._timed("match", *a, **k)  # noqa: E704
    def fullmatch(self, *a, **k): return self._timed("fullmatch", *a, **k)  # noqa: E704
    def findall(self, *a, **k): return self._timed("findall", *a, **k)  # noqa: E704
    def sub(self, *a, **k): return self._timed("sub", *a, **k)  # noqa: E704
    def subn(self, *a, **k): return self._timed("subn", *a, **k)  # noqa: E704
    def split(self, *a, **k): return self._timed("split", *a, **k)  # noqa: E704

    def finditer(self, *args, **kwargs):
        found = self._timed("finditer", *args, **kwargs)
        site = self._site

        def timed():
            while True:
                try:
                    match = _charge(site, next, found)
                except StopIteration:
                    return
                yield match
        return timed()


def _site(frames_up: int, pattern: str) -> str:
    """The file and line `frames_up` calls above the caller, and the pattern's start."""
    caller = traceback.extract_stack(limit=frames_up + 2)[0]
    where = caller.filename.split("/lint/")[-1].split("site-packages/")[-1]
    return f"{where}:{caller.lineno} {pattern[:50]!r}"


def _install() -> None:
    plain_cached = re._compile

    def compile_(pattern, flags=0):
        # re.compile(TEXT) → the line that called it
        if isinstance(pattern, _Timed):
            return pattern
        compiled = plain_cached(pattern, flags)
        return _Timed(compiled, _site(1, pattern)) if isinstance(pattern, str) else compiled

    def cached(pattern, flags):
        # re.search(TEXT, s) and the like → re.search's caller, one frame further up
        if isinstance(pattern, _Timed):
            return pattern if not flags else plain_cached(pattern._pattern, flags)
        compiled = plain_cached(pattern, flags)
        return _Timed(compiled, _site(2, pattern)) if isinstance(pattern, str) else compiled
    re.compile, re._compile = compile_, cached


def _write(out: str) -> None:
    with open(out, "w") as file:
        file.write(repr((dict(_spent), dict(_calls))))


def run(corpus: str, out: str) -> None:
    _install()
    atexit.register(_write, out)
    from lint.cli import main

    sys.argv = ["lint", "check", corpus, "--no-cache", "--no-baseline", "--format", "json",
                "--fail-level", "never", "--jobs", "1"]
    main()


def compare(one: str, ten: str, rows: int = 25) -> None:
    import ast

    (s1, c1), (s10, c10) = (ast.literal_eval(Path(p).read_text()) for p in (one, ten))
    per = {site: per_article(s1.get(site, 0), s10[site]) / 1e6 for site in s10}
    print(f"all sites: {sum(per.values()):.1f} ms an article")
    for site in sorted(per, key=per.get, reverse=True)[:rows]:
        print(f"{per[site]:7.2f} ms {per_article(c1.get(site, 0), c10[site]):8.1f} calls  {site}")


if __name__ == "__main__":
    if sys.argv[1] == "--compare":
        compare(sys.argv[2], sys.argv[3])
    else:
        run(sys.argv[1], sys.argv[2])
