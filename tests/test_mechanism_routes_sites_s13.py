"""Issue 16, session 13 (branch i134): routes, schedules, sites and effects of the round 6-11
gold texts (tests/data/mechanisms/routes_sites_s13.md; the last paragraph is in our words),
each read where the sentence says it and not where it does not:

- 'in the central nervous system', 'a centrally acting muscle relaxant': the central nervous
  system, a site of its own (rounds 5-11 of the gold set key it apart from the brain);
- 'Propofol infusion syndrome', 'Infusion reactions': adverse events named after the way of
  giving, no route (an injection into a vein still is one);
- 'the protein CD20, which is primarily found on the surface of B cells': the relative
  clause places the target, and the drug acting on it, in the B cells;
- PTH is a hormone of the schema ('suppresses PTH secretion'); 'a recombinant form of
  parathyroid hormone' changes no level;
- 'Other formulations include … suppositories, and topical creams': the forms of the text's
  drug name its routes;
- 'The duration of treatment is typically 12 weeks': the course of the text's drug (the
  duration of an infection is none);
- 'with or without other oral hypoglycemic agents': both offered, nothing denied.

And the MEC rules: a drug said to act in the central nervous system and in the brain (the
brain is in it, drugs.yaml `site_within`) is said to act in one place, for MEC004 (the
knowledge base's 'brain') and MEC009 alike; another organ still conflicts."""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import read_fixture

READ = [
    (3, "donepezil", "site", "central nervous system"),
    (5, "baclofen", "site", "central nervous system"),
    (11, "teprotumumab", "route", "intravenous"),
    (13, "rituximab", "site", "b cells"),
    (15, "paricalcitol", "effect", "pth:down"),
    (19, "metronidazole", "route", "oral"),
    (19, "metronidazole", "route", "rectal"),
    (19, "metronidazole", "route", "topical"),
    (21, "sofosbuvir", "schedule", "course:12 weeks"),
    (25, "acarbose", "route", "oral"),  # "with or without" denies nothing
    (27, "baclofen", "site", "spinal cord"),  # "acts primarily at the level of the …"
]

NOT_READ = [
    (3, "donepezil", "site", "brain"),
    (7, "propofol", "route", "intravenous"),
    (9, "teprotumumab", "route", "intravenous"),
    (17, "teriparatide", "effect", "pth:up"),
    (23, "sofosbuvir", "schedule", "course:12 weeks"),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "routes_sites_s13.md")


@pytest.mark.parametrize("expected,statement", [(True, s) for s in READ] +
                         [(False, s) for s in NOT_READ])
def test_round_6_to_11_shapes(read, expected, statement):
    line = statement[0]
    assert (statement in read[1]) is expected, sorted(s for s in read[1] if s[0] == line)


def test_no_mec_finding_on_these_correct_sentences(read):
    assert not [f for f in read[0] if f.severity.name in ("ERROR", "WARNING")], read[0]


def _mec(project, text: str) -> list[str]:
    project.write("content/a.md", text, dedent=False)
    result = project.run(select=["MEC"], use_baseline=False)
    return sorted(f"{d.code}:{d.span.start.line}" for d in result.diagnostics)


@pytest.mark.parametrize("later,expected", [
    # the brain is in the central nervous system: one place, as the knowledge base says
    ("Bremelanotide acts on melanocortin receptors in the brain.", []),
    # another organ: against the knowledge base (MEC004) and the earlier site (MEC009)
    ("Bremelanotide acts on melanocortin receptors in the liver.", ["MEC004:9", "MEC009:9"]),
])
def test_a_site_inside_another_is_no_conflict(project, later, expected):
    text = ("# Bremelanotide\n\nBremelanotide acts in the central nervous system.\n\n"
            "## Later\n\nIt is injected under the skin.\n\n" + later + "\n")
    assert _mec(project, text) == expected
