"""Issue 16, session 14, second wave (branch i152): sentences of the round 4, 8, 9 and 14 gold
texts (tests/data/mechanisms/biologics_s14_i152.md), each read where the sentence says it and
not where it does not:

- an antibody's target: 'a human monoclonal antibody to interleukin-17A', 'antibody against
  the protein CD20', 'a humanized anti-CD3 monoclonal antibody'; the knowledge base names IgE,
  CD3, PARP and PD-1 as texts name them (CD20 already by its gene symbol MS4A1);
- a route word joined to another drug's or class's name is theirs: 'the requirement for
  inhaled corticosteroids', 'despite corticosteroid inhalation therapy' give omalizumab no
  route (round 14's MEC003 against its 'intravenously'), while 'oral tetracyclines
  (oxytetracycline, chlortetracycline)' still gives the members named in brackets the route;
- 'minimal estrogenic effects in the breasts and liver': both sites denied (round 14);
- 'It has weak antimineralocorticoid activity': read as a class, a further, weaker one beside
  'a progestin', so no MEC001 (round 14's dydrogesterone false alarm); a rival class said
  plainly still is one."""

from __future__ import annotations

import pytest
from test_mechanisms_acceptance import _mec_on

READ = [
    ("omalizumab", "target", "ige", True),
    ("omalizumab", "route", "intravenous", True),
    ("secukinumab", "target", "il17a", True),
    ("teplizumab", "target", "cd3", True),
    ("olaparib", "target", "parp", True),
    ("pembrolizumab", "target", "pd1", True),  # round 8
    ("rituximab", "target", "ms4a1", True),  # round 9: CD20 by its gene symbol
    ("estetrol", "site", "breast", False),
    ("estetrol", "site", "liver", False),
    ("chlortetracycline", "route", "oral", True),  # round 4
    ("oxytetracycline", "route", "oral", True),
    ("dydrogesterone", "class", "antimineralocorticoid", True),
]
NOT_READ = [
    ("omalizumab", "route", "inhaled", True),
    ("estetrol", "site", "breast", True),
    ("estetrol", "site", "liver", True),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    from conftest import Project

    project = Project(tmp_path_factory.mktemp("biologics"))
    found, _, said = _mec_on(project, "biologics_s14_i152.md", "biologics.md")
    return found, {s[:4] for s in said}


@pytest.mark.parametrize("expected,statement", [(True, s) for s in READ] +
                         [(False, s) for s in NOT_READ])
def test_round_4_to_14_shapes(read, expected, statement):
    assert (statement in read[1]) is expected, sorted(s for s in read[1]
                                                       if s[0] == statement[0])


def test_no_mec_finding_on_these_correct_sentences(read):
    assert read[0] == [], read[0]


def _mec(project, text: str) -> list[str]:
    project.write("content/a.md", text, dedent=False)
    result = project.run(select=["MEC"], use_baseline=False)
    return sorted(f"{d.code}:{d.span.start.line}" for d in result.diagnostics)


def test_a_weak_quality_is_no_rival_class_but_a_plain_one_is(project):
    weak = ("# Dydrogesterone\n\nDydrogesterone is a progestin.\n\n## Pharmacology\n\n"
            "It has weak antimineralocorticoid activity and no other important hormonal "
            "activity.\n")
    assert _mec(project, weak) == []
    plain = weak.replace("It has weak antimineralocorticoid activity",
                         "Dydrogesterone is a mineralocorticoid receptor antagonist")
    assert [f for f in _mec(project, plain) if f.startswith("MEC001")] != []


def test_the_subjects_own_route_before_another_name_is_still_read(project):
    """'inhaled corticosteroids' is the corticosteroids' route; the subject's own route, said
    apart, still contradicts another place's."""
    told = ("# Omalizumab\n\nThe recommended dose is 150 to 300 mg of omalizumab "
            "intravenously every 4 weeks.\n\n## Asthma\n\nTherapy with omalizumab has been "
            "shown to reduce the requirement for inhaled corticosteroids.\n")
    assert _mec(project, told) == []
    given = told.replace("reduce the requirement for inhaled corticosteroids",
                         "be given orally")
    assert _mec(project, given) != []
