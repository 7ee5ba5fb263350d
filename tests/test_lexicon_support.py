"""Every cue of lint/data/claims.yaml is supported by labelled data other than the article."""

from __future__ import annotations

import sys

from conftest import REPO, bench_script


def test_every_claim_cue_is_supported_by_data_other_than_the_article():
    done = bench_script("lexicon_support.py")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1].startswith("0 of "), done.stdout
    unsupported = [line for line in done.stdout.splitlines() if line.startswith("NO ")]
    assert not unsupported, unsupported



def test_a_health_recogniser_needs_rows_of_two_sites():
    sys.path.insert(0, str(REPO / "bench"))
    import lexicon_support

    # Real rows (samhsa.gov, opss.org: public domain; bench/data/health_pages, round 5, dev).
    rows = [("SAMHSA's mission is to reduce the impact of substance abuse and mental illness "
             "on America's communities.", 0),
            ("OPSS’s mission is to provide the best evidence-based information about dietary "
             "supplements to Service Members, their families, healthcare providers, and leaders "
             "to achieve human performance optimization.", 0)]
    two_sites = lexicon_support.not_claim_support(
        rows, 0.7, False, False, {rows[0][0]: {"samhsa.gov"}, rows[1][0]: {"opss.org"}})
    one_site = lexicon_support.not_claim_support(
        rows, 0.7, False, False, {text: {"samhsa.gov"} for text, _ in rows})
    supported = [label for label, ok in two_sites.items() if ok]
    assert [label.split("|")[1] for label in supported] == ["about_the_publisher"]
    assert one_site[supported[0]] is False
