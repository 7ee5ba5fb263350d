"""The approved genes of an HGNC download (genenames.org custom download, tab-separated; CC0),
read by scripts/build_target_aliases.py and scripts/build_dc2023_targets.py."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path


def approved_rows(hgnc: Path, columns: set[str]) -> Iterator[dict[str, str]]:
    """The rows of approved genes; ValueError (with the file and line) when a column is missing."""
    with hgnc.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        missing = (columns | {"Status"}) - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{hgnc}:1: not an HGNC download: no column "
                             + ", ".join(sorted(missing)))
        for row in reader:
            if row["Status"] == "Approved":
                yield row
