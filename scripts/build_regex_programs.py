"""Build lint/data/regex_programs.bin: the compiled programs of the patterns a check compiles.

Records every str or bytes pattern `re` compiles while this script runs `check` on a
generated one-article corpus and on the repository, and builds the annotators of both
genres (lint/regex_programs.py says what the table is for), then writes their programs
with this Python's fingerprint. Rerun it after changing a shipped regular expression
(claims.yaml recognisers, ...), upgrading spaCy or moving to another Python: a pattern
the table lacks is only compiled as before (tests/test_regex_programs.py says when).

    python3 scripts/build_regex_programs.py
    python3 scripts/build_regex_programs.py --check   # exit 1 if the shipped table is stale

Patterns some code builds from a set are spelt in the order a fixed string hash gives
them, so the script runs itself with PYTHONHASHSEED=0: the same inputs give the same bytes.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from lint import regex_programs  # noqa: E402

TARGET = REPO / "lint" / "data" / regex_programs.TABLE
CHECK = ["--no-cache", "--no-baseline", "--format", "json", "--fail-level", "never"]


def compiled_patterns() -> set[tuple]:
    """(pattern, flags) of every str or bytes pattern compiled by the runs below."""
    from re import _compiler

    compile_, seen = _compiler.compile, set()

    def recording(pattern, flags=0):
        if isinstance(pattern, (str, bytes)) and not flags & re.DEBUG:
            seen.add((pattern, int(flags)))
        return compile_(pattern, flags)

    _compiler.compile = recording
    try:
        _runs()
    finally:
        _compiler.compile = compile_
    return seen


def _runs() -> None:
    from make_corpus import build

    from lint.cli import main

    with tempfile.TemporaryDirectory() as folder:
        corpus = build(1, Path(folder) / "corpus")
        cwd = os.getcwd()
        try:
            for root, arguments in ((corpus, [str(corpus)]), (REPO, [])):
                os.chdir(root)
                with contextlib.redirect_stdout(io.StringIO()):
                    main(["check", *arguments, *CHECK])
        finally:
            os.chdir(cwd)
    from lint.annotate.evidence import load_topics
    from lint.annotate.run import Annotators
    from lint.context import Corpus
    from lint.nlp import BLANK
    from lint.sources.drugs import load_knowledge

    for genre in ("health", "scholarly"):
        Annotators(Corpus(documents=[], knowledge=load_knowledge(None),
                          topics=load_topics(None), genre=genre), BLANK)


def main(argv: list[str]) -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":
        return subprocess.run([sys.executable, __file__, *argv],
                              env={**os.environ, "PYTHONHASHSEED": "0"}).returncode
    built = regex_programs.dump(compiled_patterns())
    if "--check" in argv:
        if not TARGET.exists() or TARGET.read_bytes() != built:
            print(f"{TARGET.relative_to(REPO)} is not the table of the patterns a check "
                  "compiles with this Python: run python3 scripts/build_regex_programs.py",
                  file=sys.stderr)
            return 1
        return 0
    TARGET.write_bytes(built)
    print(f"{TARGET.relative_to(REPO)}: {len(regex_programs.load(built))} patterns, "
          f"{TARGET.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
