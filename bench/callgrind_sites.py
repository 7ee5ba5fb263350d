"""Instructions of the scan sites spaCy and `re` run, per article, from two callgrind runs.

    python3 bench/callgrind_sites.py C1.out C10.out

C1.out and C10.out: callgrind outputs of `check` on `make_corpus.py` 1 and 10 (bench/README,
"Issue 21, session 21, branch i276", for the command). Each site is a C function's inclusive
count (Python callers are not told apart by callgrind); per article = (c10 − c1) / 9.
"""

from __future__ import annotations

import re
import subprocess
import sys

SITES = [
    ("whole process", None),
    ("PhraseMatcher.__call__", r"PhraseMatcher_13__call__\("),
    ("  its C walk (find_matches)", r"PhraseMatcher_find_matches\("),
    ("Matcher.__call__", r"7Matcher_22__call__\("),
    ("re Pattern.search", r"_sre_SRE_Pattern_search \["),
    ("re finditer's Scanner.search", r"_sre_SRE_Scanner_search \["),
    ("re Pattern.sub", r"_sre_SRE_Pattern_sub \["),
    ("re Pattern.findall", r"_sre_SRE_Pattern_findall \["),
    ("re Pattern.match", r"_sre_SRE_Pattern_match \["),
    ("Tokenizer.__call__", r"Tokenizer_5__call__\("),
    ("Doc.to_array", r"Doc_34to_array\("),
    ("Tokenizer.__init__ (start-up)", r"Tokenizer_1__init__\("),
    ("PhraseMatcher.add (start-up)", r"PhraseMatcher_11add\("),
]


def counts(path: str) -> dict[str, int]:
    lines = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", path],
                           capture_output=True, text=True, check=True).stdout.splitlines()
    found = {"whole process": int(next(
        line for line in lines if "PROGRAM TOTALS" in line).split()[0].replace(",", ""))}
    for name, pattern in SITES[1:]:
        for line in lines:
            # (the first, largest line of the function; not a recursive '2 entry)
            if "'2" not in line and "object.h" not in line and re.search(pattern, line):
                found[name] = int(line.split()[0].replace(",", ""))
                break
    return found


def main(one: str, ten: str) -> None:
    c1, c10 = counts(one), counts(ten)
    print(f"{'site':32s} {'c1':>10s} {'c10':>10s} {'per article':>12s}  (M instructions)")
    for name, _ in SITES:
        a, b = c1.get(name, 0), c10.get(name, 0)
        print(f"{name:32s} {a / 1e6:10.1f} {b / 1e6:10.1f} {(b - a) / 9e6:12.2f}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
