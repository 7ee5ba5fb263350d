"""The second reader's citation-worthiness labels point at real dev sentences (issue 15)."""

import csv
import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SETS = REPO / "bench" / "data" / "citeworthy"


def _module():
    spec = importlib.util.spec_from_file_location(
        "citeworthy_second_reader", REPO / "bench" / "citeworthy_second_reader.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_label_names_a_dev_sentence_and_is_binary():
    with (SETS / "second_reader.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert len(rows) == 270
    readme = (SETS / "README.md").read_text("utf-8")
    for name in {r["set"] for r in rows}:
        # Dev manuscripts only: the test manuscripts are never read by hand.
        assert f"| {name} | dev |" in readme
    module = _module()
    for row in rows:
        assert row["reader"] in {"0", "1"}
        assert row["id"] in module._cited(row["set"])


def test_agreement_counts_against_the_authors():
    module = _module()
    first = next(iter(module._cited("better-cb").items()))
    sentence_id, authors = first
    agree = [{"set": "better-cb", "id": sentence_id, "reader": str(authors)}]
    differ = [{"set": "better-cb", "id": sentence_id, "reader": str(1 - authors)}]
    assert module.agreement(agree) == ((1, 0, 0) if authors else (0, 0, 0))
    assert module.agreement(differ) == ((0, 1, 0) if not authors else (0, 0, 1))
