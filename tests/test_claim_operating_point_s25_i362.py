"""bench/claim_operating_point.py --config (session 25, i362): a leave-round-out screen of
several precision goals at one configuration, as train_claims.py --config trains one."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "scripts"))


def test_a_config_narrows_the_grid_to_that_one_configuration():
    import claim_operating_point
    import claims_cv

    before = claims_cv.MIN_COUNTS, claims_cv.CS, claims_cv.ARTICLE_WEIGHTS
    try:
        claim_operating_point.narrow((5, 1.0, 0.5))
        assert claims_cv.configs() == [claims_cv.Config(5, 1.0, 0.5)]
    finally:
        claims_cv.MIN_COUNTS, claims_cv.CS, claims_cv.ARTICLE_WEIGHTS = before
    assert len(claims_cv.configs()) > 1


@pytest.mark.parametrize("config", ["3,0.3", "3,zero,1.0"])
def test_a_config_of_the_wrong_shape_is_a_usage_error(config):
    done = subprocess.run([sys.executable, "bench/claim_operating_point.py", "--round", "28",
                           "--config", config], cwd=REPO, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 2, done.stderr
    assert "three values M,C,A" in done.stderr and "Traceback" not in done.stderr
