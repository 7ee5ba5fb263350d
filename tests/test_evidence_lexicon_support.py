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


def test_topic_entries_show_their_weak_claims_and_the_contexts_are_checked():
    # review of i215: a topic entry's support is read beside the claims labelled on a weak
    # topic that hold it and their sites, and the context patterns are checked too
    done = bench_script("lexicon_support.py", "--lexicon", "topics", "--all")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    entry = next(line for line in lines if line.split()[1:2] == ["class"]
                 and "|serum t " in line)
    assert "claims (weak)" in entry and "sites: " in entry, entry
    for key in ("not_subject_contexts|", "only_subject_contexts|"):
        assert any(line[4:].startswith(key) for line in lines), key
    assert any("held by no claim labelled on a weak topic" in line for line in lines)
