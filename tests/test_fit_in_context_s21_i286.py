"""bench/fit_in_context.py --write without the deep-review set beside the repository writes
nothing and says why: the shipped in-context weights are fitted with that set, and a fit
without it would silently replace them (session 21, i286)."""

from __future__ import annotations

import shutil
import sys

import pytest
from conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
import fit_in_context  # noqa: E402


def test_write_without_the_deep_review_set_leaves_the_weights_alone(
        tmp_path, monkeypatch, capsys):
    weights = tmp_path / "in_context.yaml"
    shutil.copy(fit_in_context.DATA, weights)
    before = weights.read_bytes()
    monkeypatch.setattr(fit_in_context, "DATA", weights)
    monkeypatch.setattr(fit_in_context, "DEEPREVIEW", tmp_path / "absent" / "deepreview.tsv",
                        raising=False)

    def no_fit(*args, **kwargs):
        raise AssertionError("fitted without the deep-review set")

    monkeypatch.setattr(fit_in_context, "context_sets", no_fit)
    monkeypatch.setattr(sys, "argv", ["fit_in_context.py", "--write"])
    with pytest.raises(SystemExit) as stopped:
        fit_in_context.main()
    assert stopped.value.code == 1  # a failure its callers see (the claim model gate)
    assert weights.read_bytes() == before
    said = capsys.readouterr().out
    assert said.startswith("not written: ") and "is not here" in said
