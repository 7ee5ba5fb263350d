"""Build the start-up tables: what a check compiles, compiled once and shipped.

- lint/data/regex_programs.bin: the programs of the str and bytes patterns `re`
  compiles (lint/regex_programs.py);
- lint/data/dataclass_code.bin: the code of the method sources `dataclasses` writes
  (lint/dataclass_code.py);
- lint/data/parsed_data.bin: the shipped YAML files `load_data` reads, as parsed
  (lint/data/parsed.py);
- lint/data/regex_words.bin: the words the regular-expression gates read off each
  pattern's parse tree (lint/annotate/regex_gate.py).

All are recorded while this script runs `check` on a generated one-article corpus and
on the repository and builds the annotators of every genre, and written with this
Python's fingerprint. Rerun it after changing a shipped regular expression (claims.yaml
recognisers, ...), a dataclass or a shipped YAML file, upgrading spaCy or PyYAML or
moving to another Python: what a table lacks is only compiled or parsed as before
(tests/test_regex_programs.py, tests/test_dataclass_code.py,
tests/test_parsed_data.py and tests/test_regex_words_table.py say when; a changed
pattern set is caught by --check, which tests/test_regex_programs.py runs).

    python3 scripts/build_startup_tables.py
    python3 scripts/build_startup_tables.py --check   # exit 1 if a shipped table is stale

Patterns some code builds from a set are spelt in the order a fixed string hash gives
them, so the script runs itself with PYTHONHASHSEED=0: the same inputs give the same bytes.
"""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
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

from lint import dataclass_code, regex_programs  # noqa: E402

DATA = REPO / "lint" / "data"
CHECK = ["--no-cache", "--no-baseline", "--format", "json", "--fail-level", "never"]


def recorded() -> tuple[set[tuple], set[str], dict[str, str], set[str]]:
    """(pattern, flags) of every str or bytes pattern `re` compiles, every source
    `dataclasses` runs, the text of every shipped YAML file `load_data` reads, and every
    pattern a regular-expression gate reads, during the runs below."""
    from re import _compiler

    from lint.annotate import regex_gate

    compile_, patterns, sources, texts = _compiler.compile, set(), set(), {}
    gated = regex_gate._recorded = set()

    def recording(pattern, flags=0):
        if isinstance(pattern, (str, bytes)) and not flags & re.DEBUG:
            patterns.add((pattern, int(flags)))
        return compile_(pattern, flags)

    def recording_exec(source, globals=None, locals=None):
        if isinstance(source, str):
            sources.add(source)
            source = dataclass_code.compiled(source)  # not with this script's __future__ flags
        return builtins.exec(source, globals, locals)

    def recording_value(name, text):
        texts[name] = text
        return value(name, text)

    _compiler.compile, dataclasses.exec = recording, recording_exec
    try:
        from lint.data import parsed  # imported while recording: YAML's own patterns too

        value = parsed.value
        parsed.value = recording_value
        try:
            _runs()
        finally:
            parsed.value = value
    finally:
        _compiler.compile = compile_
        del dataclasses.exec
        regex_gate._recorded = None
    return patterns, sources, texts, gated


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

    for genre in ("health", "scholarly", "book"):
        Annotators(Corpus(documents=[], knowledge=load_knowledge(None),
                          topics=load_topics(None), genre=genre), BLANK)


def main(argv: list[str]) -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":
        return subprocess.run([sys.executable, __file__, *argv],
                              env={**os.environ, "PYTHONHASHSEED": "0"}).returncode
    patterns, sources, texts, gated = recorded()
    from lint.annotate import regex_gate
    from lint.data import parsed

    tables = {regex_programs.TABLE: regex_programs.dump(patterns),
              dataclass_code.TABLE: dataclass_code.dump(sources),
              parsed.TABLE: parsed.dump(texts),
              regex_gate.TABLE: regex_gate.dump(gated)}
    if "--check" in argv:
        stale = [name for name, built in tables.items()
                 if not (DATA / name).exists() or (DATA / name).read_bytes() != built]
        for name in stale:
            print(f"lint/data/{name} is not the table of what a check compiles with this "
                  "Python: run python3 scripts/build_startup_tables.py", file=sys.stderr)
        return 1 if stale else 0
    for name, built in tables.items():
        (DATA / name).write_bytes(built)
    print(f"lint/data/{regex_programs.TABLE}: {len(patterns)} patterns; "
          f"lint/data/{dataclass_code.TABLE}: {len(sources)} sources; "
          f"lint/data/{parsed.TABLE}: {len(texts)} files; "
          f"lint/data/{regex_gate.TABLE}: {len(gated)} gated patterns")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
