"""Issue 16, session 12 (branch i118): chemical kinds of biologics, targets written as texts
write them and no broader, and classes listed as kinds of a class. Sentences of the gold
texts (tests/data/mechanisms/kinds_targets_classes_s12.md), each shape read where it says
something and not where it does not:

- 'a humanized recombinant monoclonal … antibody', 'a chimeric monoclonal antibody': how a
  biologic is made is a kind of its own; 'recombinant FSH preparations' says nothing of a
  drug; in a clause listing several drugs each after its own description, a kind is the
  bracketed drug's only;
- 'serotonin 5-HT1B and 5-HT1D receptors': the first code shares the head noun;
- 'high affinity for' a target says the drug binds it, 'little affinity for' does not;
- 'the P2Y12 receptor' is DrugCentral's 'P2Y purinoceptor 12';
- 'cytochrome P450 14α-demethylase' is not every cytochrome P450, 'alpha-adrenergic
  receptors' not DrugCentral's 'Adrenergic receptor' (all nine adrenergic receptors);
- 'Major anticonvulsants include hydantoin derivatives, barbiturates, …': each class listed
  is one of the first; a class set after a list of drugs ('…, oral hypoglycemic agents') is
  no item of it; 'the others being antiestrogens' says nothing of the subject;
- 'mixed progestogenic and antiprogestogenic activity' classes the drug as neither;
- 'a carbazole derivative', 'pyrophosphate analogs': a chemical kind; 'hormone analogue' is
  not one;
- 'against the protein CD20', 'the CD20 antigen, a … protein': the target's kind, not the
  drug's;
- 'Gonadotropin-releasing hormone antagonist': DrugCentral's class name as texts hyphenate
  it."""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import read_fixture

READ = [
    (9, "pembrolizumab", "kind", "humanized"),
    (9, "pembrolizumab", "kind", "recombinant"),
    (13, "rituximab", "kind", "chimeric"),
    (13, "rituximab", "kind", "monoclonal antibody"),
    (21, "certolizumab", "kind", "humanized"),  # "a humanized Fab fragment … (certolizumab)"
    (25, "class:triptan", "target", "htr1b"),  # "serotonin 5-HT1B and 5-HT1D receptors"
    (25, "class:triptan", "target", "htr1d"),
    (29, "mifepristone", "target", "glucocorticoid_receptor"),  # "high affinity for"
    (33, "ticagrelor", "target", "p2ry12"),
    (45, "class:barbiturate", "class", "antiepileptic"),
    (45, "class:benzodiazepine", "class", "antiepileptic"),
    (45, "valproic acid", "class", "antiepileptic"),
    (49, "tolbutamide", "class", "first_generation_sulfonylurea"),
    (61, "mifepristone", "class", "antiprogestogen"),  # "potent antiprogestational effects"
    (65, "ondansetron", "kind", "carbazole derivative"),
    (69, "class:bisphosphonate", "kind", "pyrophosphate analogue"),
    (77, "rituximab", "kind", "chimeric"),
    (77, "rituximab", "target", "ms4a1"),
    # a heading spelling DrugCentral's "Gonadotropin Releasing Hormone Antagonist" with the
    # hyphen texts write: its infobox rows are said of the class
    (83, "class:gnrh_antagonist", "target", "gnrh_receptor"),
    (84, "class:gnrh_antagonist", "kind", "peptide"),
    (84, "class:gnrh_antagonist", "kind", "non-peptide"),
]

NOT_READ = [
    (17, "follitropin", "kind", "recombinant"),  # "recombinant FSH preparations"
    (21, "infliximab", "kind", "humanized"),  # the description of another bracketed drug
    (21, "etanercept", "kind", "humanized"),
    (29, "mifepristone", "target", "mineralocorticoid_receptor"),  # "little affinity for"
    (37, "imidazole", "target", "cytochrome p450"),  # "cytochrome P450 14α-demethylase"
    (37, "ketoconazole", "target", "cytochrome p450"),
    (41, "doxazosin", "target", "adrenergic receptor"),  # "alpha-adrenergic receptors"
    (41, "doxazosin", "target", "beta_adrenergic_receptor"),
    (41, "doxazosin", "target", "beta1_adrenergic_receptor"),
    # "…, tolazamide and tolbutamide, oral hypoglycemic agents": the list ended before
    (49, "class:antidiabetic", "class", "sulfonylurea"),
    (49, "class:antidiabetic", "class", "first_generation_sulfonylurea"),
    (53, "class:antiandrogen", "class", "antiestrogen"),  # "the others being antiestrogens"
    (53, "class:antiandrogen", "class", "antiprogestogen"),
    (57, "spironolactone", "class", "progestin"),  # "mixed progestogenic and anti…"
    (57, "spironolactone", "class", "antiprogestogen"),
    (73, "leuprorelin", "kind", "hormone analogue"),
    (13, "rituximab", "kind", "protein"),  # "against the protein CD20": the target's kind
    (77, "rituximab", "kind", "protein"),  # "the CD20 antigen, a … transmembrane protein"
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "kinds_targets_classes_s12.md")


@pytest.mark.parametrize("expected,statement", [(True, s) for s in READ] +
                         [(False, s) for s in NOT_READ])
def test_kinds_targets_and_class_lists(read, expected, statement):
    line = statement[0]
    assert (statement in read[1]) is expected, sorted(s for s in read[1] if s[0] == line)


def test_no_mec_finding_on_these_correct_sentences(read):
    assert not [f for f in read[0] if f.severity.name in ("ERROR", "WARNING")], read[0]


def test_target_names_no_broader_than_the_target():
    """The knowledge base's names: a Greek letter spelt out when names are compared, a row of
    several genes kept apart from the curated target one gene names, 'potassium channel' not
    one channel's name, P2Y purinoceptors as texts write them."""
    from lint.sources.drugs import load_knowledge, target_text

    kb = load_knowledge()
    assert target_text("β-adrenergic receptor") == target_text("beta-adrenergic receptor")
    assert target_text("β-adrenergic receptor") != target_text("Adrenergic receptor")
    assert "Adrenergic receptor" not in kb.targets["beta_adrenergic_receptor"]["names"]
    assert "Adrenergic receptor" not in kb.targets["beta1_adrenergic_receptor"]["names"]
    assert "potassium channel" not in kb.targets["kcnma1"]["names"]
    assert {"P2Y12 receptor", "P2Y12"} <= set(kb.targets["p2ry12"]["names"])
    # one class for the FDA class spelt out and its initials
    assert kb.classes.get("n-methyl-d-aspartate receptor antagonist") is None
    assert [d.key for d in kb.members("nmda receptor antagonist")] == ["memantine"]
