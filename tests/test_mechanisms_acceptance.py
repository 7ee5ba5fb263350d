"""What a reviewer relies on: the article's real MEC errors, injected ones, no false alarms."""

from __future__ import annotations

import shutil

import pytest

from conftest import REPO, copy_repository

ARTICLE = "content/restoring-fertility-after-trt.md"
DATA = REPO / "tests" / "data" / "mechanisms"


def _mec(project, **options):
    result = project.run(use_baseline=False, select=["MEC"], **options)
    return sorted((d.code, d.span.start.line) for d in result.diagnostics
                  if d.code != "MEC005"), result


def _mec_on(project, data_file: str, article: str):
    """`_mec` on one text of tests/data/mechanisms, and what was read from it:
    (drug, attribute, value, polarity, modality)."""
    shutil.copy(DATA / data_file, project.root / "content" / article)
    found, result = _mec(project)
    said = {(a.drug, a.attribute, a.value, a.polarity, a.modality)
            for d in result.documents for a in d.annotations.mechanisms}
    return found, result, said


def test_article_reports_its_three_real_errors_and_nothing_else(project):
    copy_repository(project.root)
    found, result = _mec(project)
    assert found == [("MEC006", 91), ("MEC007", 276), ("MEC008", 151)], found
    messages = {d.code: d.message for d in result.diagnostics}
    assert "twice weekly" in messages["MEC006"] and "60-120 minutes" in messages["MEC006"]
    assert "FSH does not drive endogenous testosterone" in messages["MEC007"]
    assert "Leydig cells" in messages["MEC007"]
    assert "MK-677 is a small molecule, not a peptide" in messages["MEC008"]
    assert "Growth Hormone Peptides" in messages["MEC008"]
    for message in messages.values():
        assert "lint/data" not in message  # nothing an editor cannot open and change


# (what to replace, with what, the finding expected at that line)
INJECTED = {
    "site-between-sections": (
        "acts directly on the\n  pituitary gland", "acts directly on the\n  hypothalamus",
        ("MEC004", 90)),
    "class-in-a-table-row": (
        "| Tesamorelin | A GHRH analog,",
        "| Tesamorelin | A selective estrogen receptor modulator,",
        ("MEC004", 149)),
    "class-level-statement": (
        "AIs inhibit the enzyme\n   aromatase", "AIs block estrogen\n   receptors",
        ("MEC004", 224)),
    "pronoun": (
        "resulting in an increased\n  secretion of GnRH",
        "resulting in a decreased\n  secretion of GnRH",
        ("MEC004", 106)),
    "negated-route": (
        "Clomid is a well-tolerated oral medication", "Clomid is not taken orally as a medication",
        ("MEC004", 107)),
    "frequency-against-pulses-in-academic": (
        "Administering GnRH in a\n   pulsatile fashion",
        "Administering GnRH weekly in a\n   pulsatile fashion", ("MEC006", 209)),
}


@pytest.mark.parametrize("name", sorted(INJECTED))
def test_injected_contradictions_are_found_at_their_lines(project, name):
    copy_repository(project.root)
    old, new, expected = INJECTED[name]
    path = project.root / ARTICLE
    text = path.read_text("utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), "utf-8")
    found, _ = _mec(project)
    assert expected in found, found


def test_correct_sentences_of_every_shape_give_no_mec_finding(project):
    found, result, said = _mec_on(project, "correct_pharmacology.md", "shapes.md")
    assert found == [], [(d.code, d.span.start.line, d.message) for d in result.diagnostics]
    # Each shape is read, not skipped.
    assert ("anastrozole", "effect", "testosterone:up", True, "asserted") in said
    assert ("exogenous testosterone", "effect", "lh:down", True, "asserted") in said
    assert ("tamoxifen", "effect", "lh:up", True, "asserted") in said
    assert ("leuprorelin", "effect", "lh:down", True, "conditional") in said
    assert ("tamoxifen", "class", "aromatase_inhibitor", False, "asserted") in said
    assert ("kisspeptin", "site", "hypothalamus", True, "asserted") in said
    assert ("enclomiphene", "class", "serm", True, "asserted") in said
    assert ("letrozole", "effect", "lh:up", True, "asserted") in said


def test_mechanisms_reads_a_text_outside_the_field(project):
    found, _, read = _mec_on(project, "covid_pharmacology.md", "covid.md")
    said = {fact[:3] for fact in read}
    assert ("remdesivir", "class", "antiviral_polymerase_inhibitor") in said
    assert ("remdesivir", "target", "viral_rdrp") in said
    assert ("remdesivir", "route", "intravenous") in said
    assert ("favipiravir", "route", "oral") in said
    assert ("dexamethasone", "class", "corticosteroid") in said
    assert ("dexamethasone", "target", "glucocorticoid_receptor") in said
    assert ("hydroxychloroquine", "class", "antimalarial") in said
    assert ("tocilizumab", "route", "intravenous") in said
    assert found == []


def test_list_items_take_what_their_headings_say_and_compared_lists_are_not_subjects(project):
    _, _, read = _mec_on(project, "headed_lists.md", "lists.md")
    said = {fact[:3] for fact in read}
    assert ("sermorelin", "target", "ghrh_receptor") in said
    assert ("tesamorelin", "kind", "peptide") in said
    assert ("mk-677", "class", "gh_secretagogue") in said
    assert ("enclomiphene", "effect", "lh:up") in said
    assert not {d for d, attribute, _ in said if attribute == "effect"} - {"enclomiphene"}
