"""Issue 16, session 12 third wave (branch i127): shapes of round 11's misses and false
assertions, read from its texts (tests/data/mechanisms/round11_s12.md), each where it says
something and not where it does not:

- 'a leukotriene receptor antagonist' is the class of that name, not a spelling variant of
  another class ('leukotriene antagonist');
- 'vancomycin-resistant enterococci', 'methicillin-resistant Staphylococcus aureus': a drug's
  name hyphenated to 'resistant' qualifies the organism; it is no mention, so 'It is used …'
  still speaks of linezolid;
- 'the Niemann-Pick C1-like 1 protein (NPC1L1)': 'C1-like' is not complement C1, and the
  name is DrugCentral's 'Niemann-Pick C1-like protein 1' with its number moved;
- 'for the six months prior to pregnancy': a time before an event, no course;
- 'more than eight doses per month': a count of doses in a month, not a monthly dose;
- 'Bile Acid Resins/Sequestrants': the class the words before the slash make with the
  second alternative, not 'bile acid';
- 'was in clinical use for eight years': the drug's history, no course (a course said of
  the drug is still read)."""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import read_fixture

READ = [
    (3, "montelukast", "class", "leukotriene receptor antagonist"),
    (5, "linezolid", "route", "oral"),
    (5, "linezolid", "route", "intravenous"),
    (7, "linezolid", "class", "oxazolidinone"),
    (9, "ezetimibe", "target", "npc1l1"),
    (11, "teprotumumab", "kind", "monoclonal antibody"),
    (13, "bremelanotide", "route", "subcutaneous"),
    (15, "cholestyramine", "class", "bile acid sequestrant"),
    (15, "colestipol", "class", "bile acid sequestrant"),
    (19, "lorcaserin", "schedule", "course:12 weeks"),
]

NOT_READ = [
    (3, "montelukast", "class", "leukotriene antagonist"),
    (5, "meticillin", "route", "oral"),
    (5, "meticillin", "route", "intravenous"),
    (7, "vancomycin", "class", "oxazolidinone"),
    (9, "ezetimibe", "target", "c1r"),
    (11, "teprotumumab", "schedule", "course:6 months"),
    (13, "bremelanotide", "schedule", "monthly"),
    (15, "cholestyramine", "class", "bile acid"),
    (15, "colesevelam", "class", "bile acid"),
    (17, "lorcaserin", "schedule", "course:8 years"),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "round11_s12.md")


@pytest.mark.parametrize("expected,statement", [(True, s) for s in READ] +
                         [(False, s) for s in NOT_READ])
def test_round11_shapes(read, expected, statement):
    line = statement[0]
    assert (statement in read[1]) is expected, sorted(s for s in read[1] if s[0] == line)


def test_no_mec_finding_on_these_correct_sentences(read):
    assert not [f for f in read[0] if f.severity.name in ("ERROR", "WARNING")], read[0]
