"""Issue 16, session 13 (branch i133): drug families the knowledge base named otherwise or
lacked, read from sentences of the gold texts (tests/data/mechanisms/kb_families_s13.md),
each where it says something and not where it does not:

- drugs approved after DrugCentral's 2016 tables (tirzepatide, semaglutide, osilodrostat …)
  are in the curated layer with their US prescribing information as the source;
- the steroidogenic cytochrome P450s and BTK by the enzyme names texts use
  ('steroid 11β-hydroxylase', "Bruton's tyrosine kinase"), and the class of BTK inhibitors;
- classes by use under the names texts give them: 'anorectic agent' (DrugCentral's
  appetite depressants), 'weight loss agent' (anti-obesity agents), 'antiretroviral agents'
  (anti-HIV agents), 'tyrosine kinase inhibitor', 'immunosuppressive' as the quality of
  an immunosuppressant, and an FDA class's anti- quality used as a noun ('an
  antifibrinolytic');
- a class coordinated with the class a copula gives ('a sympathomimetic amine and anorectic
  agent'), and a class after 'the most commonly used', are said of the subject; 'given
  with' and 'used with' still are not;
- a list whose items carry a brand and the year they came ('liraglutide (Victoza) in
  2010, …') stays one list, so 'All are given parenterally' is said of all of them."""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import assert_no_mec_warnings, assert_statement, read_fixture

from lint.sources import drugs

READ = [
    (3, "metyrapone", "target", "cyp11b1"),
    (5, "ibrutinib", "target", "btk"),
    (5, "ibrutinib", "class", "btk_inhibitor"),
    (7, "tirzepatide", "class", "gip_receptor_agonist"),
    (7, "tirzepatide", "class", "glp1_receptor_agonist"),
    (9, "phentermine", "class", "sympathomimetic"),
    (9, "phentermine", "class", "anorectic"),
    (11, "lorcaserin", "class", "anti-obesity agent"),
    (13, "dolutegravir", "class", "antiretroviral"),
    (15, "propofol", "class", "anesthetic"),
    (17, "donepezil", "class", "cholinesterase inhibitor"),
    (19, "tranexamic acid", "class", "antifibrinolytic agent"),
    (21, "exenatide", "route", "parenteral"),
    (21, "liraglutide", "route", "parenteral"),
    (21, "lixisenatide", "route", "parenteral"),
    (21, "semaglutide", "route", "parenteral"),
    (21, "semaglutide", "class", "glp1_receptor_agonist"),
    (23, "imatinib", "class", "tyrosine_kinase_inhibitor"),
    (29, "sirolimus", "class", "immunosuppressant"),  # "with … immunosuppressive activity"
]

NOT_READ = [
    (25, "orlistat", "class", "anorectic"),  # "given with an anorectic agent"
    (27, "propofol", "class", "opioid"),  # "used with an opioid analgesic"
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "kb_families_s13.md")


@pytest.mark.parametrize("expected,statement", [(True, s) for s in READ] +
                         [(False, s) for s in NOT_READ])
def test_new_family_shapes(read, expected, statement):
    assert_statement(read, expected, statement)


def test_no_mec_finding_on_these_correct_sentences(read):
    assert_no_mec_warnings(read)


@pytest.mark.parametrize("name,klass,targets,source", [
    ("tirzepatide", "glp1_receptor_agonist", {"glp1_receptor", "gip_receptor"}, "Mounjaro"),
    ("semaglutide", "glp1_receptor_agonist", {"glp1_receptor"}, "Ozempic"),
    ("osilodrostat", "", {"cyp11b1"}, "Isturisa"),
    ("teprotumumab", "", {"igf1r"}, "Tepezza"),
    ("setmelanotide", "melanocortin_agonist", {"melanocortin_receptor"}, "Imcivree"),
])
def test_drugs_after_drugcentral_2016_carry_their_source(name, klass, targets, source):
    drug = drugs.load_knowledge().find(name)
    assert drug is not None and drug.curated
    assert drug.drug_class == klass and set(drug.targets) == targets
    assert source in drug.source_note()


def test_receptor_isoforms_by_gene_symbol():
    assert drugs.symbol_names("Peroxisome proliferator-activated receptor alpha", "PPARA") == [
        "PPARα", "PPAR alpha", "PPAR-alpha"]
    assert drugs.symbol_names("Insulin-like growth factor 1 receptor", "IGF1R") == ["IGF-1R"]
    # no name from a symbol that is no receptor's, nor a stem a ligand shares
    assert drugs.symbol_names("Tyrosine-protein kinase BTK", "BTK") == []
    assert drugs.symbol_names("Fibroblast growth factor receptor 1", "FGFR1") == []
