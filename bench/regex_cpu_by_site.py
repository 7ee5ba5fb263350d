"""CPU time of every compiled regular expression, by the line that compiled it (issue 21).

    python3 bench/regex_cpu_by_site.py CORPUS OUT.txt     # once on make_corpus 1, once on 10
    python3 bench/regex_cpu_by_site.py --compare C1.txt C10.txt

`re.compile` (and `re`'s cache, for module-level calls given a compiled pattern) is wrapped
before lint is imported, so every pattern compiled from a string is timed (thread CPU) in
search, match, fullmatch, findall, finditer (its iteration too), sub, subn and split.
`check` is run through `lint.cli.main`, which leaves out the shipped regex programs: each
pattern compiles from source the same way, and findings are unchanged. `--compare` prints the
sites' CPU per article, (c10 − c1) / 9. These are CPU times, so they only rank the sites:
callgrind (`bench/callgrind_sites.py`) gives the instructions.
"""

from __future__ import annotations

import atexit
import collections
import re
import sys
import time
import traceback

_spent: collections.Counter = collections.Counter()
_calls: collections.Counter = collections.Counter()
_now = time.thread_time_ns


class _Timed:
    __slots__ = ("_pattern", "_site")

    def __init__(self, pattern, site: str):
        self._pattern, self._site = pattern, site

    def __getattr__(self, name):
        return getattr(self._pattern, name)

    def _timed(self, method: str, *args, **kwargs):
        start = _now()
        try:
            return getattr(self._pattern, method)(*args, **kwargs)
        finally:
            _spent[self._site] += _now() - start
            _calls[self._site] += 1

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
                start = _now()
                try:
                    match = next(found)
                except StopIteration:
                    _spent[site] += _now() - start
                    return
                _spent[site] += _now() - start
                yield match
        return timed()


def _install() -> None:
    plain_compile, plain_cached = re.compile, re._compile

    def compile_(pattern, flags=0):
        if isinstance(pattern, _Timed):
            return pattern
        compiled = plain_compile(pattern, flags)
        if not isinstance(pattern, str):
            return compiled
        caller = traceback.extract_stack(limit=2)[0]
        where = caller.filename.split("/lint/")[-1].split("site-packages/")[-1]
        return _Timed(compiled, f"{where}:{caller.lineno} {pattern[:50]!r}")

    def cached(pattern, flags):
        if isinstance(pattern, _Timed):
            return pattern if not flags else plain_cached(pattern._pattern, flags)
        return plain_cached(pattern, flags)
    re.compile, re._compile = compile_, cached


def run(corpus: str, out: str) -> None:
    _install()
    atexit.register(lambda: open(out, "w").write(repr((dict(_spent), dict(_calls)))))
    from lint.cli import main

    sys.argv = ["lint", "check", corpus, "--no-cache", "--no-baseline", "--format", "json",
                "--fail-level", "never", "--jobs", "1"]
    main()


def compare(one: str, ten: str, rows: int = 25) -> None:
    import ast

    (s1, c1), (s10, c10) = (ast.literal_eval(open(p).read()) for p in (one, ten))
    per = {site: (s10[site] - s1.get(site, 0)) / 9e6 for site in s10}
    print(f"all sites: {sum(per.values()):.1f} ms an article")
    for site in sorted(per, key=per.get, reverse=True)[:rows]:
        print(f"{per[site]:7.2f} ms {(c10[site] - c1.get(site, 0)) / 9:8.1f} calls  {site}")


if __name__ == "__main__":
    if sys.argv[1] == "--compare":
        compare(sys.argv[2], sys.argv[3])
    else:
        run(sys.argv[1], sys.argv[2])
