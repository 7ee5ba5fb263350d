"""Instructions of the scan sites spaCy and `re` run, per article, from two callgrind runs.

    python3 bench/callgrind_sites.py C1.out C10.out

C1.out and C10.out: callgrind outputs of `check` on `make_corpus.py` 1 and 10 (bench/README,
"Issue 21, session 21, branch i276", for the command). Each site is a C function's inclusive
count (Python callers are not told apart by callgrind); per article = (c10 − c1) / 9
(`bench/per_article.py`). The `re` rows are every `_sre` entry point lint's runs reach, and
"regular expressions in all" is their sum: what a cut in any of them (say a split no longer
made) shows up in. A `sub` whose replacement is a function counts the patterns that function
runs once more, inside the `sub`; none of lint's measured sites nests one in another's sum
by much, but the sum is an upper bound.
"""

from __future__ import annotations

import re
import subprocess
import sys

from per_article import per_article

SITES = [
    ("whole process", None),
    ("PhraseMatcher.__call__", r"PhraseMatcher_13__call__\("),
    ("  its C walk (find_matches)", r"PhraseMatcher_find_matches\("),
    ("Matcher.__call__", r"7Matcher_22__call__\("),
    ("re Pattern.search", r"_sre_SRE_Pattern_search \["),
    ("re finditer's Scanner.search", r"_sre_SRE_Scanner_search \["),
    ("re Pattern.finditer (its scanner made)", r"_sre_SRE_Pattern_finditer \["),
    ("re Pattern.sub", r"_sre_SRE_Pattern_sub \["),
    ("re Pattern.subn", r"_sre_SRE_Pattern_subn \["),
    ("re Pattern.findall", r"_sre_SRE_Pattern_findall \["),
    ("re Pattern.match", r"_sre_SRE_Pattern_match \["),
    ("re Pattern.fullmatch", r"_sre_SRE_Pattern_fullmatch \["),
    ("re Pattern.split", r"_sre_SRE_Pattern_split \["),
    ("Tokenizer.__call__", r"Tokenizer_5__call__\("),
    ("Doc.to_array", r"Doc_34to_array\("),
    ("Tokenizer.__init__ (start-up)", r"Tokenizer_1__init__\("),
    ("PhraseMatcher.add (start-up)", r"PhraseMatcher_11add\("),
]


REGEX_TOTAL = "regular expressions in all"


def counts(path: str) -> dict[str, int]:
    lines = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", path],
                           capture_output=True, text=True, check=True).stdout.splitlines()
    return site_counts(lines)


def site_counts(lines: list[str]) -> dict[str, int]:
    """Each site's inclusive count in callgrind_annotate's lines, and the `re` rows' sum."""
    found = {"whole process": int(next(
        line for line in lines if "PROGRAM TOTALS" in line).split()[0].replace(",", ""))}
    for name, pattern in SITES[1:]:
        for line in lines:
            # (the first, largest line of the function; not a recursive '2 entry)
            if "'2" not in line and "object.h" not in line and re.search(pattern, line):
                found[name] = int(line.split()[0].replace(",", ""))
                break
    found[REGEX_TOTAL] = sum(n for name, n in found.items() if name.startswith("re "))
    return found


def main(one: str, ten: str) -> None:
    c1, c10 = counts(one), counts(ten)
    print(f"{'site':40s} {'c1':>10s} {'c10':>10s} {'per article':>12s} {'share':>8s}"
          "  (M instructions)")
    whole = per_article(c1["whole process"], c10["whole process"])
    for name in [name for name, _ in SITES] + [REGEX_TOTAL]:
        a, b = c1.get(name, 0), c10.get(name, 0)
        print(f"{name:40s} {a / 1e6:10.1f} {b / 1e6:10.1f} {per_article(a, b) / 1e6:12.2f}"
              f" {100 * per_article(a, b) / whole:6.1f} %")


if __name__ == "__main__":
    main(*sys.argv[1:3])
