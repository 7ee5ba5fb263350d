"""Session 32 (branch i443, issue 16): more rows of the newer-approvals table checked against
stored openFDA records. One field was wrong: Azstarys is a fixed combination (openFDA's NDC
record lists serdexmethylphenidate and dexmethylphenidate), so its brand names the approval,
not the ingredient, as Paxlovid's does."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import build_fda_approvals  # noqa: E402


@pytest.fixture(scope="module")
def kb():
    from lint.sources.drugs import load_knowledge

    return load_knowledge()


def test_a_combination_brand_found_by_the_check_names_no_single_ingredient(kb):
    assert kb.find("Azstarys") is None
    assert kb.find("serdexmethylphenidate").approval == "FDA novel drug approval 2021 (Azstarys)"


def test_a_single_ingredient_brand_still_names_its_drug(kb):
    # (the passing case: a checked brand of one ingredient stays a name of that drug)
    assert kb.find("Qelbree").name == "viloxazine"


def test_the_corrected_row_names_the_record_that_showed_the_combination():
    row = next(r for r in build_fda_approvals.rows() if r["inn"] == "serdexmethylphenidate")
    assert row["brand"] == "+Azstarys"
    assert row["checked"].startswith("checked inn+brand+route: openFDA NDC 65038-561")
