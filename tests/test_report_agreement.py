"""The editorial report and the findings say the same of every sentence of the article."""

from __future__ import annotations

import pytest

from conftest import REPO


@pytest.fixture(scope="module")
def repository_run():
    """One check of the repository and the report built from it, read by every test here
    (neither is changed by reading)."""
    from lint.config import load_config
    from lint.engine import RunOptions, run
    from lint.report.editorial import build

    result = run(load_config(REPO / "pyproject.toml"), RunOptions(use_baseline=False))
    return result, build(result)


def test_report_and_findings_agree_on_claim_and_hedging_status(repository_run):
    result, data = repository_run
    reported = {}
    for article in data.articles:
        for section in article["sections"]:
            for claim in section["claims"]:
                reported[(article["path"], claim["link"].line, claim["text"])] = claim["status"]
    assert reported, "the article has claims in the report"

    def sentences(code):
        return {(d.path, d.span.start.line, d.context) for d in result.diagnostics
                if d.code == code}

    unhedged = sentences("EVD001")
    assert unhedged, "the article has unhedged weak claims (EVD001)"
    missing = {key for key, status in reported.items() if "hedging missing" in status}
    assert missing == unhedged
    # Sentences the rules treat as claims are claims in the report, with the same citing.
    for key in sentences("CIT001"):
        assert reported.get(key, "").startswith("uncited"), key
    for key in sentences("EVD003") | sentences("EVD004"):
        assert key in reported, key
    # And sentence by sentence against the one standing the annotator decided.
    for document in result.documents:
        for sentence in document.sentences:
            key = (document.path, sentence.span.start.line, sentence.text)
            status = sentence.annotations.status
            assert (key in reported) == status.claim, key
            assert ("hedging missing" in reported.get(key, "")) == status.hedging_missing, key


def test_first_screen_figures_are_the_runs_findings_and_annotations(repository_run):
    result, data = repository_run
    state = data.state
    sentences = [s for document in result.documents for s in document.sentences]
    claims = [s for s in sentences if s.annotations.status.claim]
    assert state["claims"] == len(claims) > 0
    assert state["cited"] == sum(1 for s in claims if s.citations)
    codes = [d.code for d in result.diagnostics]
    assert state["unhedged_weak"] == codes.count("EVD001") == sum(
        1 for s in sentences if s.annotations.status.hedging_missing)
    assert state["mechanism_conflicts"] == sum(
        1 for d in result.diagnostics if d.family == "MEC" and d.name != "unknown-drug")
    entries = result.corpus.bibliography.entries
    assert state["references"] == len(entries)
    # No online check ran: every entry says so, none is counted verified.
    assert state["verdicts"] == {"not verified": len(entries)}
    assert state["verified_ran"] is False
    ref_keys = {row["key"] for row in data.bibliography if row["problems"]}
    assert state["suspect_references"] == len(ref_keys) > 0
    assert state["findings"] == len(result.diagnostics)
    assert (state["new"], state["known"]) == (len(result.diagnostics), 0)
    per_section = {(r["path"], r["section"]): (r["cited"], r["total"])
                   for r in state["sections"]}
    expected = {}
    for document in result.documents:
        for s in document.sentences:
            if s.annotations.status.claim:
                cited, total = expected.get((document.path, s.block.section.label), (0, 0))
                expected[(document.path, s.block.section.label)] = (
                    cited + bool(s.citations), total + 1)
    assert per_section == expected


def test_first_screen_as_rendered_shows_the_same_figures(repository_run):
    import re

    from lint.report.editorial import render

    result, data = repository_run
    html = render(data, "html", str(REPO), str(REPO))
    card = {name: re.search(rf'id="state-{name}"><b>([^<]*)</b>', html).group(1)
            for name in ("claims", "unhedged", "conflicts", "references", "findings")}
    state = data.state
    assert card["claims"] == f"{state['cited']} of {state['claims']}"
    assert card["unhedged"] == str(state["unhedged_weak"])
    assert card["conflicts"] == str(state["mechanism_conflicts"])
    assert card["references"] == str(state["references"])
    assert card["findings"] == f"{state['new']} new"
    assert f"{state['references']} not verified" in html.split('id="state-references"')[1]


def test_weak_evidence_map_and_triage_agree_with_the_findings_sentence_by_sentence(repository_run):
    result, data = repository_run
    unhedged = {(d.path, d.span.start.line) for d in result.diagnostics if d.code == "EVD001"}
    alarmed = {(r["link"].path, r["link"].line) for r in data.weak_map if r["alarm"]}
    raised = {(r["link"].path, r["link"].line) for r in data.weak_map
              if "EVD001" in r["findings"]}
    assert alarmed == raised == unhedged
    # No alarm for a sentence whose topics are all well supported.
    for row in data.weak_map:
        if not any(t["weak"] for t in row["topics"]):
            assert not row["alarm"] and row["state"] == "well supported", row["text"]
    # Every sentence of the map is one the evidence annotator tagged, and back.
    tagged = {(document.path, s.span.start.line, s.text) for document in result.documents
              for s in document.sentences if s.annotations.evidence_topics}
    assert {(r["link"].path, r["link"].line, r["text"]) for r in data.weak_map} == tagged
    # The triage list carries each unhedged weak claim, each claim cited only to weak
    # sources and each mechanism conflict, with its reason.
    # (A MEC finding points at the words that say it; its item is the sentence holding them.)
    for d in result.diagnostics:
        if d.code in ("EVD001", "EVD003") or (d.family == "MEC" and d.name != "unknown-drug"):
            line = _sentence_line(result, d)
            assert any(d.code in i["codes"] and i["link"].path == d.path
                       and i["link"].line == line for i in data.triage), d
    for item in data.triage:
        assert item["text"] and item["why"] and item["kinds"]


def _sentence_line(result, d) -> int:
    """The first line of the sentence a finding lies in."""
    at = (d.span.start.line, d.span.start.col)
    for document in result.documents:
        if document.path != d.path:
            continue
        for s in document.sentences:
            if (s.span.start.line, s.span.start.col) <= at <= (s.span.end.line, s.span.end.col):
                return s.span.start.line
    return d.span.start.line


def test_triage_groups_hold_each_item_once_urgent_ones_open(repository_run):
    from lint.report.editorial_state import KINDS, URGENT

    _, data = repository_run
    grouped = [item for group in data.triage_groups for item in group["items"]]
    assert sorted(map(id, grouped)) == sorted(map(id, data.triage))
    kinds = [group["kind"] for group in data.triage_groups]
    assert kinds == sorted(kinds, key=KINDS.index)
    for group in data.triage_groups:
        assert group["open"] == (group["kind"] in URGENT)
        assert all(item["kinds"][0] == group["kind"] for item in group["items"])
