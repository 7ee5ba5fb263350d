"""Issue 16, session 31 (i426): a class or a target the sentence that defines a drug gives in
words no table names, keyed by the short name the text gives it in brackets
(lint/annotate/mechanism_role_phrases.py; tests/data/mechanisms/s31_i426.md: sentences of our
own in the shapes of gold rounds 18-34: "Relacorilant is a selective glucocorticoid receptor
modulator (SGRM)", "Tetrabenazine is an inhibitor of synaptic vesicular monoamine transporter
2 (VMAT2)"); and three of DrugCentral's MeSH families that say what a drug is made of, not its
class ("a recombinant fusion protein", "a purine analogue", "a pyridine derivative")."""

from __future__ import annotations

import pytest

from test_mechanisms_acceptance import _mec_on

READ = [
    # a compound class noun: the class only, by its short name
    ("ketrilamide", "class", "sorm"),
    ("morvalitant", "class", "npsra"),  # in apposition, after a route's word
    # "an inhibitor of X (ABBR)": the target
    ("dexopratide", "target", "pop"),
    # MeSH's "Recombinant Fusion Proteins" is two kinds, not a class (drug_classes.yaml
    # `not_classes`; gold rounds 42 and 44 key them so)
    ("tivoracept", "kind", "recombinant"),
    ("tivoracept", "kind", "fusion protein"),
    # a ring family is chemistry: "a purine analogue" is the kind
    ("cladribine", "kind", "purine analogue"),
]
NOT_READ = [
    # a compound class noun names no target (the gold set's rule since round 2)
    ("ketrilamide", "target", "sorm"),
    ("ketrilamide", "target", "orexin_receptor"),
    # no short name: the words as written seldom are the key ("C5a" and "complement factor
    # 5a", "If channel" and "If ion channel"), so nothing is read
    ("bexarolane", "class", "ghrelin_receptor_modulator"),
    # a process is no target, though its word ends like an enzyme's ("release")
    ("lunestrant", "target", "ghr"),
    ("zeltorimod", "target", "bf"),
    # a receptor of nothing named
    ("parvodiline", "class", "dra"),
    # the knowledge base's class is read as before, not the bracket
    ("anastrozole", "class", "ai"),
    # a drug the knowledge base gives targets is judged by them: no key of the text's
    ("tamoxifen", "target", "pkc"),
    ("tivoracept", "class", "recombinant fusion protein"),
    ("cladribine", "class", "purine"),
    ("nicotinic acid", "class", "pyridine"),
]


@pytest.fixture(scope="module", name="read")
def read_fixture(tmp_path_factory):
    from conftest import Project

    project = Project(tmp_path_factory.mktemp("s31_i426"))
    found, result, said = _mec_on(project, "s31_i426.md", "s31.md")
    evidence = {(a.drug, a.attribute, a.value): a.evidence for d in result.documents
                for a in d.annotations.mechanisms}
    return found, {s[:3] for s in said if s[3]}, evidence


@pytest.mark.parametrize("statement", READ)
def test_read_from_the_defining_phrase(read, statement):
    assert statement in read[1], sorted(s for s in read[1] if s[0] == statement[0])


@pytest.mark.parametrize("statement", NOT_READ)
def test_not_read(read, statement):
    assert statement not in read[1]


def test_the_reading_keeps_the_words_that_say_it(read):
    assert read[2][("ketrilamide", "class", "sorm")] == "SORM"
    assert read[2][("dexopratide", "target", "pop")] == "POP"


def test_no_mec_finding_on_these_correct_sentences(read):
    assert read[0] == [], read[0]


def test_the_abbreviation_must_spell_the_words_before_it():
    """'(NK3)' after 'a serotonin receptor antagonist' abbreviates something else: no key."""
    import spacy

    from lint.annotate.mechanism_role_phrases import role_readings

    nlp = spacy.blank("en")
    heads, qualities, objects = {"antagonist"}, {"selective"}, {"receptor"}
    spelled = nlp("Velotant is a selective serotonin receptor antagonist (SRA) today.")
    other = nlp("Velotant is a selective serotonin receptor antagonist (NK3) today.")
    drug = [("drug", "velotant", 0, 1)]
    assert [r.value for r in role_readings(spelled, 0, len(spelled), drug, heads, qualities,
                                           objects)] == ["sra"]
    assert role_readings(other, 0, len(other), drug, heads, qualities, objects) == []
