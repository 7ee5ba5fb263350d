"""The shipped knowledge and lexicons (YAML beside this file), read once per process."""

from __future__ import annotations

import functools
from importlib import resources

from lint.data import parsed


@functools.cache
def load_data(name: str) -> dict:
    text = resources.files("lint.data").joinpath(name).read_text("utf-8")
    return parsed.value(name, text)  # as parsed at build time when the text is the same


def evidence_types() -> dict[str, dict]:
    """The kinds of source (evidence_types.yaml `types`): strength and label of each."""
    return load_data("evidence_types.yaml")["types"]
