"""Every entry of the evidence lexicons (hedges, overclaims, the evidence registry) is
supported by development data other than the article (bench/lexicon_support_evidence.py)."""

from __future__ import annotations

import pytest

from conftest import SHARED, bench_script


@pytest.mark.skipif(not (SHARED / "eval").is_dir(),
                    reason="../shared/eval (BioScope, Wikipedia, claim-strength sets) is absent")
@pytest.mark.parametrize("lexicon", ["hedges", "overclaims", "topics"])
def test_every_evidence_lexicon_entry_is_supported(lexicon):
    done = bench_script("lexicon_support.py", "--lexicon", lexicon)
    assert done.returncode == 0, done.stderr
    unsupported = [line for line in done.stdout.splitlines() if line.startswith("NO ")]
    assert not unsupported, unsupported
    assert done.stdout.splitlines()[-1] == f"0 unsupported entries in {lexicon}", done.stdout
