"""Every entry of the evidence lexicons (hedges, overclaims, the evidence registry) is
supported by development data other than the article (bench/lexicon_support_evidence.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SHARED, bench_script


@pytest.mark.skipif(not (SHARED / "eval").is_dir(),
                    reason="../shared/eval (BioScope, Wikipedia, claim-strength sets) is absent")
@pytest.mark.parametrize("lexicon", ["hedges", "overclaims", "topics"])
def test_every_evidence_lexicon_entry_is_supported(lexicon):
    done = bench_script("lexicon_support.py", "--lexicon", lexicon)
    assert done.returncode == 0, done.stderr
    # the entry's name runs to the column gap (names hold single spaces)
    unsupported = [line[3:].strip().split("  ")[0]
                   for line in done.stdout.splitlines() if line.startswith("NO ")]
    known = GUARDS_AWAITING_DATA.get(lexicon, [])
    assert sorted(unsupported) == sorted(known), unsupported
    assert done.stdout.splitlines()[-1] == f"{len(known)} unsupported entries in {lexicon}", \
        done.stdout


# Guards that no development sentence exercises yet, kept because a review showed the false
# alarm they prevent on ordinary writing (each has its test): "Cushing's syndrome, in which the
# body makes too much cortisol, lowers testosterone." (tests/test_review_s17_i199.py). Listed
# here so that the support report stays honest (it prints them as NO) and so that a new
# unsupported entry, or data that comes to support one of these, fails this test.
# So are the exercise kinds' guards for a short rise after a session and for a negated
# statement ("Lifting raises testosterone for an hour after a session."; review of i275,
# tests/test_weak_topics_s21_i287.py). So are the hormone-optimisation topic's guards for other
# hormones and for a target inside the normal range ("Thyroid hormone levels outside the optimal
# range ...", "... testosterone in the mid-normal range, as guidelines advise"; review of i346,
# tests/test_weak_topics_s24_i354.py): the eight weak claims on that topic match neither.
# So is hedges' "suspected to <verb>" (session 28, i396): when "suspected" alone moved to
# family weasel (a diagnosis, 12 health-page claims, none qualified), this arm keeps "The cause
# is suspected to be genetic." (tests/test_hedges.py) a qualifier; no development sentence
# holds "suspected to" but "is suspected to have dengue fever", which it leaves.
# (a name longer than its column meets the first set's name after one space, as printed)
_NAMING_EXCLUSION = next(
    f"exclusion|{spec['reason']} health" for spec in __import__("yaml").safe_load(
        (Path(__file__).resolve().parents[1] / "lint/data/hedges.yaml").read_text(encoding="utf-8")
    )["exclusions"] if spec["reason"].startswith("a name or a use given to a noun"))
GUARDS_AWAITING_DATA = {
    "hedges": ["speculative_verb|pattern 2",
               # Contested, not awaiting data (session 30): once round 44 was read, the 25
               # health claims this exclusion flips are labelled qualified 0.32 of the time,
               # above the base rate. Rounds 2-22 labelled all 13 "commonly/sometimes called,
               # used, known" claims unqualified; round 44's labeller counted 3 of 5 as
               # qualified ("sometimes called a sperm count", "commonly referred to as").
               # The rubric must settle naming phrases before the entry is kept or dropped.
               _NAMING_EXCLUSION],
    "topics": ["not_subject_contexts|cortisol pattern 2",
               "not_subject_contexts|resistance training pattern 1",
               "not_subject_contexts|resistance training pattern 3",
               "not_subject_contexts|optimal level pattern 1",
               "not_subject_contexts|optimal level pattern 2",
               # Kept on review grounds, no longer supported by data (session 32): once round
               # 48 was read, the 9 claims naming fertility problems beside a men word are weak
               # 0.33 of the time against 0.35 for all 20 naming them, so the men words no
               # longer lean towards the topic. The guard stays for the false alarm a review
               # found ("Fertility issues are on the rise among couples who delay parenthood"
               # is no decline in sperm counts, review of i346; tests/test_weak_topics_s24_i354.py);
               # review the entry when more data comes.
               "only_subject_contexts|fertility problems pattern 1"],
}


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
