"""Drug-assertion extraction keeps its measured quality (numbers: bench/eval_mechanisms.py)."""

from __future__ import annotations

import sys

from conftest import REPO, copy_repository

sys.path.insert(0, str(REPO / "bench"))
from eval_mechanisms import evaluate  # noqa: E402


def test_extraction_quality_floor():
    result = evaluate()
    assert result["tp"] >= 70
    assert result["precision"] >= 0.90, result
    assert result["recall"] >= 0.85, result


def test_mechanisms_command_prints_the_matrix(project):
    copy_repository(project.root)
    table = project.cli("mechanisms", "--format", "markdown")
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0] == "| drug | Fundamentals | Intermediate | Academic |"
    anastrozole = next(line for line in lines if line.startswith("| anastrozole |"))
    assert "aromatase inhibitor (l. 110)" in anastrozole and "estradiol ↓" in anastrozole
    import json

    data = json.loads(project.cli("mechanisms", "--format", "json").stdout)
    assert data["schema"] == "content-lint/mechanisms"
    first = data["assertions"][0]
    assert {"file", "line", "section", "drug", "attribute", "value", "says", "via"} <= set(first)
