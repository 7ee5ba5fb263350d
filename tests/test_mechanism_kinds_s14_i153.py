"""Issue 16, session 14, second wave (branch i153): where an antibody's protein comes from
and its isotype, from sentences of the gold texts (tests/data/mechanisms/kinds_s14_i153.md):

- 'a recombinant, human IgG1 monoclonal antibody', 'a human monoclonal immunoglobulin G1
  antibody': 'human' is a kind when it opens the drug's own noun phrase before an antibody's
  head word, and a monoclonal antibody is one with its isotype between the words;
- not 'a monoclonal antibody to human immunoglobulin E' (what it binds), not 'mouse-human
  chimeric' nor 'two human monoclonal antibodies', not 'constructed from human growth hormone';
- an infobox's 'Source | Human' row states the kind."""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import read_fixture

READ = [
    (8, "secukinumab", "kind", "human"),
    (8, "secukinumab", "kind", "monoclonal antibody"),
    (12, "ustekinumab", "kind", "human"),
    (12, "ustekinumab", "kind", "monoclonal antibody"),
    (16, "omalizumab", "kind", "monoclonal antibody"),
    (26, "dupilumab", "kind", "human"),
]

NOT_READ = [
    (16, "omalizumab", "kind", "human"),
    (20, "infliximab", "kind", "human"),
    (20, "adalimumab", "kind", "human"),
    (31, "somatrogon", "kind", "human"),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "kinds_s14_i153.md")


@pytest.mark.parametrize("expected,statement", [(True, s) for s in READ] +
                         [(False, s) for s in NOT_READ])
def test_antibody_origins(read, expected, statement):
    line = statement[0]
    assert (statement in read[1]) is expected, sorted(s for s in read[1] if s[0] == line)


def test_no_mec_finding_on_these_correct_sentences(read):
    assert not [f for f in read[0] if f.severity.name in ("ERROR", "WARNING")], read[0]
