"""Build lint/data/knowledge_snapshot.bin: the packaged knowledge base as built.

Rerun it after changing a data file the base is built from or the code that builds it
(lint/sources/knowledge_snapshot.py lists both; tests/test_knowledge_snapshot.py says
when). A stale snapshot is ignored at run time, so it costs time, never results.

    python3 scripts/build_knowledge_snapshot.py
    python3 scripts/build_knowledge_snapshot.py --check   # exit 1 if the shipped one is stale

Sets are written in the order a fixed string hash gives them, so the script runs itself
with PYTHONHASHSEED=0: the same inputs give the same bytes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from lint.sources import drugs, knowledge_snapshot  # noqa: E402

TARGET = REPO / "lint" / "data" / knowledge_snapshot.SNAPSHOT


def main(argv: list[str]) -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":
        return subprocess.run([sys.executable, __file__, *argv],
                              env={**os.environ, "PYTHONHASHSEED": "0"}).returncode
    built = drugs.build_packaged()
    built.text_names()  # shipped made (dump makes it), so compared too
    aliases = dict(drugs._CLASS_ALIASES)
    if "--check" in argv:
        drugs._CLASS_ALIASES.clear()
        shipped = knowledge_snapshot.load(TARGET.read_bytes()) if TARGET.exists() else None
        if shipped is None or shipped != built or drugs._CLASS_ALIASES != aliases:
            print(f"{TARGET.relative_to(REPO)} is not the knowledge base the shipped data "
                  "and code build: run python3 scripts/build_knowledge_snapshot.py",
                  file=sys.stderr)
            return 1
        return 0
    TARGET.write_bytes(knowledge_snapshot.dump(built))
    print(f"{TARGET.relative_to(REPO)}: {len(built.drugs)} drugs, {len(built.classes)} "
          f"classes, {TARGET.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
