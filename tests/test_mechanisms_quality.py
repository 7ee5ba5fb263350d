"""Drug-assertion extraction keeps its measured quality.

Numbers: bench/eval_mechanisms.py (the article's sentences) and
bench/eval_mechanisms_texts.py (26 other texts in three labelling rounds, dev and
test splits; the extractor was developed on dev only). The floors sit just under the measured
values so that a regression fails; they are not targets.
"""

from __future__ import annotations

import sys

from conftest import REPO, copy_repository

sys.path.insert(0, str(REPO / "bench"))
from eval_mechanisms import evaluate  # noqa: E402
from eval_mechanisms_texts import evaluate as evaluate_texts  # noqa: E402


def test_extraction_quality_floor_on_the_article():
    result = evaluate()
    assert result["tp"] >= 75
    assert result["precision"] >= 0.95, result
    assert result["recall"] >= 0.93, result


def test_extraction_quality_floor_on_other_texts():
    # Round 1 (13 texts) was developed on; round 2 (8 texts, labelled later) only on its
    # dev texts, after a first look; round 3 (5 test texts) not at all. Test texts are
    # scored once per pass, with the extractor frozen (docs).
    dev = evaluate_texts("dev", rounds="1")
    # "As a third-generation aromatase inhibitor, letrozole" gives the generation's class
    # too (session 21, i273), which round 1 now labels as rounds 4-26 do (a consistency
    # correction, i285: the gold README's Labelling decisions); the floor stays 0.98
    assert dev["precision"] >= 0.98 and dev["recall"] >= 0.94, dev
    dev2 = evaluate_texts("dev", rounds="2")
    # 0.94 since session 13: round 2 labels "in central nervous system" as the brain
    # (bromocriptine), rounds 5-11 key the central nervous system apart, as the extractor
    # now does (rounds 5-11 +8 tp -8 fp; round 2 dev 67/3/31 -> 66/4/32, bench/README i134)
    assert dev2["precision"] >= 0.94 and dev2["recall"] >= 0.67, dev2
    test = evaluate_texts("test")  # rounds 1-3; round 3 was scored once, unseen
    assert test["tp"] >= 155, test  # measured, far below the target: see docs
    # Rounds 1-4, all read by now (issue 16, class names pass: 349 tp, class 193 tp,
    # precision 0.741; before it 248, 100 and 0.674).
    assert test["tp"] >= 340 and test["precision"] >= 0.72, test
    assert test["per_attribute"]["tp"]["class"] >= 185, test["per_attribute"]


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
