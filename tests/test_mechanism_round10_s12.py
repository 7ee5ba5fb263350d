"""Issue 16, session 12 second wave (branch i124): shapes of round 10's misses and false
assertions, read from its texts (tests/data/mechanisms/round10_s12.md), each where it says
something and not where it does not:

- 'a gamma-aminobutyric acid (GABA) agonist': a drug's name (and its bracketed
  abbreviation) before a role noun modifies the noun; it names no drug of its own there,
  and the words are the class the knowledge base names 'GABA agonist';
- 'the GABA B receptor' is the 'GABA-B receptor' (a target's hyphen written as a space);
- 'in 3 to 4 divided doses': a range of divided doses is the range, not its upper end;
- 'which has been in clinical use for more than 50 years': the drug's history, no course;
- 'stimulates the adrenal glands to release cortisol, dehydroepiandrosterone (DHEA), …':
  a drug listed after 'to release' is released, no subject of the clause;
- 'an antibody that targets a specific protein, called PCSK9': the object's kind, not the
  drug's;
- 'the selective progesterone receptor modulator (SPRM) family': a class of its own, as
  the SERMs are; 'the nucleotide analog family': a kind of its own;
- targets by the short names texts give them (HER2, EGFR, mTOR, VEGF, xanthine oxidase,
  pancreatic and gastric lipase), each DrugCentral's row;
- 'the same intracellular receptor as tacrolimus and cyclosporine': no subjects;
- 'an intracellular serine/threonine protein kinase': the amino acids name its residues."""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import read_fixture

READ = [
    (9, "baclofen", "class", "gaba agonist"),
    (9, "baclofen", "target", "gaba-b receptor"),
    (11, "baclofen", "target", "gaba-b receptor"),  # "the GABA B receptor", unhyphenated
    (15, "mitotane", "schedule", "three to four times daily"),
    (21, "phentermine", "schedule", "course:12 weeks"),  # a course's maximum is still read
    (29, "evolocumab", "kind", "antibody"),
    (33, "ropinirole", "schedule", "three times daily"),  # one count, as before
    (37, "ulipristal", "class", "sprm"),
    (41, "sofosbuvir", "kind", "nucleotide analogue"),
    (45, "sirolimus", "target", "mtor"),  # targets by their short names
    (53, "trastuzumab", "target", "her2"),
    (57, "febuxostat", "target", "xanthine_oxidase"),
]

NOT_READ = [
    (9, "aminobutyric acid", "target", "gaba-b receptor"),
    (9, "aminobutyric acid", "site", "brain"),
    (11, "aminobutyric acid", "class", "gaba b agonist"),
    (11, "baclofen", "class", "gaba b agonist"),  # the receptor's agonist: its target
    (15, "mitotane", "schedule", "four times daily"),
    (19, "phentermine", "schedule", "course:longer than 50 years"),
    (25, "prasterone sulfate", "effect", "cortisol:up"),
    (25, "prasterone", "effect", "cortisol:up"),
    (29, "evolocumab", "kind", "protein"),
    (41, "sofosbuvir", "kind", "nucleoside analogue"),
    (45, "tacrolimus", "target", "mtor"),  # "the same intracellular receptor as tacrolimus"
    (45, "ciclosporin", "target", "mtor"),
    (49, "serine", "target", "mtor"),  # "serine/threonine protein kinase": the residues
    (49, "threonine", "target", "mtor"),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "round10_s12.md")


@pytest.mark.parametrize("expected,statement", [(True, s) for s in READ] +
                         [(False, s) for s in NOT_READ])
def test_round10_shapes(read, expected, statement):
    line = statement[0]
    assert (statement in read[1]) is expected, sorted(s for s in read[1] if s[0] == line)


def test_no_mec_finding_on_these_correct_sentences(read):
    assert not [f for f in read[0] if f.severity.name in ("ERROR", "WARNING")], read[0]
