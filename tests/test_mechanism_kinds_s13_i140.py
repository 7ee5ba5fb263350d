"""Issue 16, session 13 (branch i140): chemical kinds of new drug families, from sentences of
the gold texts (tests/data/mechanisms/kinds_s13_i140.md), read where they are said and not
where they are not:

- 'a cyclic lipopeptide antibiotic', 'an antisense oligonucleotide': kinds of their own (and
  'antisense oligonucleotide' is the drug's kind, not a pharmacological class);
- 'is activated in the liver' says the drug is a prodrug; 'without the requirement of
  metabolic activation' does not, nor does 'converted to its active metabolite X' of X;
- 'naturally occurring' (the body's own hormone) is no natural product; 'naturally derived'
  right after a class is not read as a kind, which would hide the class."""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import read_fixture

READ = [
    (8, "daptomycin", "kind", "cyclic lipopeptide"),
    (12, "minoxidil", "kind", "prodrug"),
    (16, "mipomersen", "kind", "antisense oligonucleotide"),
    (28, "class:first_generation_penicillin", "class", "antibacterial"),
]

NOT_READ = [
    (16, "mipomersen", "class", "antisense oligonucleotide"),
    (20, "ticagrelor", "kind", "prodrug"),
    (20, "cangrelor", "kind", "prodrug"),
    (24, "teriflunomide", "kind", "prodrug"),
    (32, "exogenous testosterone", "kind", "natural product"),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "kinds_s13_i140.md")


@pytest.mark.parametrize("expected,statement", [(True, s) for s in READ] +
                         [(False, s) for s in NOT_READ])
def test_kinds_of_new_families(read, expected, statement):
    line = statement[0]
    assert (statement in read[1]) is expected, sorted(s for s in read[1] if s[0] == line)


def test_no_mec_finding_on_these_correct_sentences(read):
    assert not [f for f in read[0] if f.severity.name in ("ERROR", "WARNING")], read[0]
