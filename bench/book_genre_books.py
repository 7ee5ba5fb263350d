"""CIT001 with the book genre on whole books (others' writing, no labels): findings per book.

Usage: PYTHONPATH=$PWD python3 bench/book_genre_books.py BOOK_DIR... [--list]

Each BOOK_DIR is checked with its own layout (its configuration, if any, with `genre` set to
"book"), CIT001 only, no baseline. Prints the findings per book, and how many of them a sign
made a claim by itself (`alone`: the first reason says the model's score is overridden);
`--list` prints each finding's file, line and sentence so two trees can be compared by hand.
Written for the books of others'-writing rounds 5-7 (session 19, i240; the i239 figures came
from a sentence dump that was not kept). Deterministic counts, never a timing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lint.engine import RunOptions, run
from lint.project import project_config


def findings(book: Path) -> list:
    config = project_config(book)
    config.genre = "book"
    result = run(config, RunOptions(select=["CIT001"], use_baseline=False,
                                    keep_documents=False))
    return sorted(result.diagnostics, key=lambda d: (str(d.path), d.span.start.line))


def main(argv: list[str]) -> int:
    listing = "--list" in argv
    books = [Path(arg) for arg in argv if arg != "--list"]
    if not books:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    total = alone = 0
    for book in books:
        found = findings(book)
        promoted = [d for d in found if "is overridden" in d.message]
        total, alone = total + len(found), alone + len(promoted)
        print(f"{book.name:<24} findings {len(found):>4}  made alone {len(promoted):>3}")
        if listing:
            for d in found:
                mark = "A" if d in promoted else " "
                print(f"  {mark} {d.path}:{d.span.start.line}: {d.context or ''}"[:220])
    print(f"{'all':<24} findings {total:>4}  made alone {alone:>3}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
