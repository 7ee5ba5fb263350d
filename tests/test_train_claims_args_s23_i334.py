"""scripts/train_claims.py's options that the review of i324 found unchecked (finding 7):
a --config of the wrong shape, --gate with options that write nothing, the floors-first
choice from the command line."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import REPO


def _train(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "scripts/train_claims.py", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("config", ["3,0.3", "3,0.3,1.0,2", "three,0.3,1.0", "3,0,1.0"])
def test_a_config_of_the_wrong_shape_is_a_usage_error(config):
    done = _train("--profile", "health", "--config", config, "--dry-run")
    assert done.returncode == 2, done.stderr
    assert "--config" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("other", [["--dry-run"], ["--hold-out-round", "28"], ["--spent"]])
def test_gate_with_an_option_that_writes_nothing_is_a_usage_error(other):
    # Before the review `--gate --dry-run` trained for minutes and then did nothing.
    done = _train("--profile", "health", "--gate", *other)
    assert done.returncode == 2, done.stderr
    assert "--gate" in done.stderr


def test_a_good_config_parses_and_floors_first_is_an_option():
    import argparse

    sys.path.insert(0, str(REPO / "scripts"))
    import train_claims

    assert train_claims.parse_config(argparse.ArgumentParser(), "5,0.3,1") == (5, 0.3, 1.0)
    assert "--floors-first" in _train("--help").stdout
