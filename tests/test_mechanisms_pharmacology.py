"""Pharmacology prose outside the article (issue 16): the body's own hormones, targets by
their everyday names, routes said in passing, contrast and asides — read as a reviewer
would, and no MEC finding on correct text (tests/data/mechanisms/pharmacology_prose.md)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from conftest import REPO
from test_mechanisms_acceptance import _found_after_injecting, _mec, _mec_on

sys.path.insert(0, str(REPO / "bench"))
from eval_mechanisms_texts import load_gold  # noqa: E402

PHARMACOLOGY_READ = {
    ("exenatide", "route", "subcutaneous"),
    # "decrease the degradation of GLP-1": its level goes up
    ("sitagliptin", "effect", "glp1:up"),
    # targets by the names texts use, read where the drug is said to act on them
    ("amlodipine", "target", "l_type_calcium_channel"),  # "All block …": the members listed
    ("verapamil", "target", "l_type_calcium_channel"),
    ("ibuprofen", "target", "cox1"),  # listed with a target the drug is said to inhibit
    ("ibuprofen", "target", "cox2"),
    ("doxycycline", "target", "ribosome_30s"),
    ("ipamorelin", "target", "ghrelin_receptor"),  # each target of the drugs after it
    ("sermorelin", "target", "ghrh_receptor"),
    ("tamoxifen", "target", "estrogen_receptor"),  # the bracket after its name
    # "the estrogen and progesterone receptors": both receptors
    ("spironolactone", "target", "estrogen_receptor"),
    ("spironolactone", "target", "progesterone_receptor"),
    # routes: a presupposed one, under a drug's heading
    ("degarelix", "route", "subcutaneous"),
    ("exogenous testosterone", "route", "buccal"),  # "These include oral, buccal, …"
    ("relugolix", "kind", "small molecule"),  # "the small-molecule compound relugolix"
    ("ganirelix", "kind", "peptide"),
    ("elagolix", "kind", "small molecule"),  # "while others, such as elagolix, are …"
    # "## letrozole" / "An anticancer drug that lowers …": the entry's drug
    ("letrozole", "effect", "estradiol:down"),
    ("letrozole", "kind", "nonsteroidal"),
    ("degarelix", "effect", "fsh:down"),  # "follicle stimulating hormone", unhyphenated
    ("degarelix", "effect", "testosterone:down"),  # "maintaining testosterone suppression"
    ("ensitrelvir", "route", "oral"),  # an infobox headed by a drug the knowledge base lacks
}
PHARMACOLOGY_NOT_READ = {
    # the body's hormones are the subject, not the section's drugs
    ("exenatide", "effect", "insulin:up"),
    ("exenatide", "effect", "glucagon:down"),
    ("class:glp1_receptor_agonist", "kind", "peptide"),
    # "…, a gut hormone that increases insulin secretion": the hormone's doing
    ("linagliptin", "effect", "insulin:up"),
    ("linagliptin", "effect", "glp1:up"),  # "GLP-1 activity" is not a level
    ("sitagliptin", "effect", "glp1:down"),
    ("class:beta_blocker", "target", "beta_adrenergic_receptor"),  # the class's own name
    ("ipamorelin", "target", "ghrh_receptor"),
    ("sermorelin", "target", "ghrelin_receptor"),
    ("letrozole", "target", "estrogen_receptor"),  # tamoxifen's, in brackets
    ("anastrozole", "target", "estrogen_receptor"),  # a kind of tumour
    ("exogenous testosterone", "route", "topical"),  # "(gels, creams, patches)": forms
    ("cetrorelix", "kind", "small molecule"),  # "while others …" is not about cetrorelix
    ("class:anticancer", "effect", "estradiol:down"),
}


def test_pharmacology_prose_is_read_and_gives_no_mec_finding(project):
    found, result, read = _mec_on(project, "pharmacology_prose.md", "pharmacology.md")
    assert found == [], [(d.code, d.span.start.line, d.message) for d in result.diagnostics]
    said = {fact[:3] for fact in read if fact[3]}
    assert PHARMACOLOGY_READ - said == set()
    assert PHARMACOLOGY_NOT_READ & said == set()
    # denied a few words on, or "should be avoided"
    assert ("degarelix", "route", "intravenous", False, "asserted") in read
    assert ("heparin", "route", "intramuscular", False, "asserted") in read
    # two routes in one sentence are ways it can be given, not one route to compare
    assert ("heparin", "route", "subcutaneous", True, "possible") in read
    # a surge, or "increasing or decreasing", is not the drug's lasting effect
    assert ("leuprorelin", "effect", "testosterone:up", True, "conditional") in read
    assert ("leuprorelin", "effect", "lh:up", True, "conditional") in read


# (what to replace in pharmacology_prose.md, with what, the finding expected at that line)
PHARMACOLOGY_INJECTED = {
    "target-listed-after-its-agonists": ("such as sermorelin.", "such as ipamorelin.",
                                         ("MEC004", 30)),
    "route-against-a-route-only": ("Peak levels occurred two days after subcutaneous",
                                  "Peak levels occurred two days after intravenous",
                                  ("MEC003", 51)),
}


@pytest.mark.parametrize("name", sorted(PHARMACOLOGY_INJECTED))
def test_contradictions_in_pharmacology_prose_are_found_at_their_lines(project, name):
    expected, found = _found_after_injecting(project, "pharmacology_prose.md",
                                             "pharmacology.md", PHARMACOLOGY_INJECTED[name])
    assert expected in found, found


def test_real_texts_give_few_mec_findings_and_keep_the_real_one(project):
    """The 33 labelled texts of bench/data/mechanisms_gold (published, correct pages) linted
    together: 75 MEC findings before this pass, mostly false alarms (routes of drugs with
    several routes, the body's hormones, class-level effects); 5 or 6 now. One is real: a source
    lists lisinopril, an ACE inhibitor, among the ARBs."""
    gold = REPO / "bench" / "data" / "mechanisms_gold"
    # Rounds 1-4 only: the texts this pass was developed on. Later rounds are test sets,
    # measured in bench/README ("Round 5, scored once"), not pinned here.
    # gold.yaml as the bench parses it, once per version of the file for the suite (1 MB:
    # seconds of PyYAML; test_mechanisms_quality scores the same file)
    texts = [text for text in load_gold(gold, "all") if text.get("round", 1) <= 4]
    # pinned, so that a change to the bench's filtering cannot shrink this test's input
    assert len(texts) == 33
    for text in texts:
        shutil.copy(gold / text["file"], project.root / "content" / Path(text["file"]).name)
    found, result = _mec(project)
    assert ("MEC001", 31) in found  # wiki_cardiovascular.md: lisinopril among the ARBs
    assert len(found) <= 6, [(d.code, d.path, d.span.start.line, d.message)
                             for d in result.diagnostics if d.code != "MEC005"]
