"""Issue 16, session 30 (branch i415): supplements, herbs and research peptides.

- drug_classes.yaml gives sourced families (`botanical`, `mineral_supplement`,
  `dietary_supplement`, `research_peptide`) whose members the base lacked: a text about saw
  palmetto, zinc or epitalon now has a subject.
- DrugCentral files some drugs under a counter-ion or a biologic's Greek letter ("patiromer
  calcium", "efgartigimod alfa"); texts write the first word, which now names them.
- A text may describe a product no table knows: "<W> (<Latin binomial>) is a … shrub",
  "<W> is an Ayurvedic herb", "<W> is a trace mineral", "<W> is a synthetic tetrapeptide"
  make <W> a drug of the text (mechanism_text_drugs.py `product_reason`); people, plants of
  the laboratory and the kitchen stay none.
- "herb", "herbal medication", "medicinal plant" say the natural-product kind; not of what
  a drug is a derivative of.

Sentences are our own, in the shapes of health pages about supplements.
"""

from __future__ import annotations

import pytest

from lint.sources.drugs import load_knowledge


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


@pytest.mark.parametrize("name,klass", [
    ("saw palmetto", "botanical"), ("Serenoa repens", "botanical"),
    ("Trigonella foenum-graecum", "botanical"), ("ashwagandha", "botanical"),
    ("maca", "botanical"), ("zinc", "mineral_supplement"), ("boron", "mineral_supplement"),
    ("CoQ10", "dietary_supplement"), ("D-chiro-inositol", "dietary_supplement"),
    ("acetyl-L-carnitine", "dietary_supplement"), ("epitalon", "research_peptide"),
    ("GHK-Cu", "research_peptide"), ("BPC-157", "research_peptide"),
])
def test_members_are_given_their_family_with_its_source(kb, name, klass):
    """None of these was in the base, or in its family, before."""
    drug = kb.find(name)
    assert drug is not None and drug.has_class(klass), name
    assert drug.class_sources.get(klass) == kb.classes[klass]["members_source"]
    assert kb.classes[klass].get("checked") is False  # a family compared nowhere


def test_a_binomial_and_the_common_name_are_one_drug(kb):
    assert kb.find("Serenoa repens") is kb.find("saw palmetto")
    assert kb.find("CoQ10") is kb.find("ubidecarenone")  # DrugCentral's own entry


@pytest.mark.parametrize("name", ["ginseng", "garlic", "calcium", "iron", "magnesium"])
def test_everyday_words_name_no_member(kb, name):
    """'Indian ginseng' is ashwagandha; kitchen words and electrolytes stay no drug name."""
    drug = kb.find(name)
    assert drug is None or name not in [n.lower() for n in kb.text_names().get(drug.key, [])]


@pytest.mark.parametrize("written,filed", [
    ("patiromer", "patiromer calcium"), ("efgartigimod", "efgartigimod alfa"),
    ("colistimethate", "colistimethate sodium"), ("dornase", "dornase alfa"),
])
def test_a_counter_ion_or_greek_letter_is_dropped_in_text(kb, written, filed):
    drug = kb.find(written)
    assert drug is not None and drug.key == filed
    assert written in [n.lower() for n in kb.text_names()[drug.key]]


def test_an_inorganic_salt_gives_no_bare_element(kb):
    """'sodium citrate', 'potassium chloride': the element is no name of the salt."""
    for name in ("sodium", "potassium"):
        drug = kb.find(name)
        assert drug is None or drug.key.split()[0] != name or len(drug.key.split()) == 1


TEXT = """# Notes

Kavalora (Piperia methystica) is a perennial shrub native to the islands.

Quelbrin is an Ayurvedic herb used as a general tonic.

Velmorax is a synthetic hexapeptide of six amino acids.

Borvium is a trace mineral that plays a role in bone health.

Arabidopsis is a model plant in genetics.

Parsley is a culinary herb.

Tomlinson is an herb enthusiast from Ohio.

Drosophila (Drosophila melanogaster) is a model organism.

Oakhurst is a plant that bottles water.

Pelmora is a peptide of 28 amino acids.
"""

PRODUCTS = ["kavalora", "quelbrin", "velmorax", "borvium"]
NOT_PRODUCTS = ["arabidopsis", "parsley", "tomlinson", "drosophila", "oakhurst", "pelmora"]


@pytest.fixture(scope="module", name="read")
def read_fixture_text(tmp_path_factory):
    from conftest import Project

    from test_mechanisms_acceptance import _mec

    project = Project(tmp_path_factory.mktemp("s30_i415"))
    (project.root / "content" / "s30_i415.md").write_text(TEXT, encoding="utf-8")
    found, result = _mec(project)
    mentions = {m.name for d in result.documents for m in d.annotations.drug_mentions
                if not m.known}
    said = {(a.drug, a.attribute, a.value) for d in result.documents
            for a in d.annotations.mechanisms if a.polarity}
    return found, mentions, said


@pytest.mark.parametrize("name", PRODUCTS)
def test_a_described_product_is_a_drug_of_the_text(read, name):
    """None was a drug before this session's reader."""
    assert name in read[1], sorted(read[1])


@pytest.mark.parametrize("name", NOT_PRODUCTS)
def test_plants_people_and_the_bodys_peptides_are_no_products(read, name):
    assert name not in read[1], sorted(read[1])


@pytest.mark.parametrize("statement", [
    ("quelbrin", "kind", "natural product"), ("borvium", "kind", "mineral"),
    ("velmorax", "kind", "peptide"),
])
def test_the_products_kind_is_read(read, statement):
    assert statement in read[2], sorted(read[2])


def test_no_mec_finding_on_the_products(read):
    assert read[0] == [], read[0]


KINDS = """# Herbs

Ashwagandha is a popular Ayurvedic herb used as a general tonic.

Black cohosh is a popular herbal medication for hot flashes.

The artemisinins, including artemether and artesunate, are derivatives of the Chinese herb
known as sweet wormwood.
"""


@pytest.fixture(scope="module", name="kinds")
def kinds_fixture(tmp_path_factory):
    from conftest import Project

    from test_mechanisms_acceptance import _mec

    project = Project(tmp_path_factory.mktemp("s30_i415_kinds"))
    (project.root / "content" / "s30_kinds.md").write_text(KINDS, encoding="utf-8")
    found, result = _mec(project)
    return found, {(a.drug, a.value) for d in result.documents
                   for a in d.annotations.mechanisms if a.attribute == "kind" and a.polarity}


@pytest.mark.parametrize("drug", ["ashwagandha", "black cohosh"])
def test_an_herb_is_a_natural_product(kinds, drug):
    assert (drug, "natural product") in kinds[1], sorted(kinds[1])


@pytest.mark.parametrize("drug", ["artemether", "artesunate"])
def test_a_derivative_of_an_herb_is_not_one(kinds, drug):
    assert (drug, "natural product") not in kinds[1], sorted(kinds[1])


LACK = """# Zinc

Zinc deficiency reduces circulating luteinizing hormone and testosterone concentrations.

Zinc raises testosterone in men who lack it.

Dietary zinc restriction in young men was followed by a fall in serum testosterone.

# AOD-9604

AOD-9604 stimulates lipolysis in fat tissue without binding the growth hormone receptor or
raising IGF-1.

Tesamorelin raises GH or raising IGF-1 in the studies.
"""


@pytest.fixture(scope="module", name="lack")
def lack_fixture(tmp_path_factory):
    from conftest import Project

    from test_mechanisms_acceptance import _mec

    project = Project(tmp_path_factory.mktemp("s30_i415_lack"))
    (project.root / "content" / "s30_lack.md").write_text(LACK, encoding="utf-8")
    found, result = _mec(project)
    return found, {(a.drug, a.attribute, a.value, a.polarity) for d in result.documents
                   for a in d.annotations.mechanisms}


def test_a_substances_lack_is_not_the_substance(lack):
    """'Zinc deficiency reduces … testosterone' gave zinc testosterone ↓ beside the next
    sentence's ↑: a false MEC002 (round 42's zinc page; designed from that row)."""
    assert ("zinc", "effect", "testosterone:down", True) not in lack[1], sorted(lack[1])
    assert ("zinc", "effect", "testosterone:up", True) in lack[1], sorted(lack[1])
    assert not [f for f in lack[0] if "MEC002" in str(f)], lack[0]


def test_without_governs_each_gerund_of_its_or_list(lack):
    """(round 38's AOD-9604 page gave IGF-1 ↑ there, and a false MEC002)"""
    assert ("aod-9604", "effect", "igf1:up", True) not in lack[1], sorted(lack[1])
    assert ("aod-9604", "effect", "igf1:up", False) in lack[1], sorted(lack[1])


def test_an_or_list_without_without_stays_asserted(lack):
    assert ("tesamorelin", "effect", "igf1:up", True) in lack[1], sorted(lack[1])


def test_a_restriction_of_a_substance_is_not_the_substance(lack):
    """(round 42's zinc abstract: a false MEC002; designed from that row)"""
    assert ("zinc", "effect", "testosterone:down", True) not in lack[1], sorted(lack[1])


PARTS = """# Epitalon

Epitalon is a synthetic tetrapeptide composed of four amino acids: alanine, glutamic acid,
aspartic acid and glycine.
"""


def test_a_known_peptides_parts_are_no_peptides(tmp_path):
    """With epitalon known, its parts after 'composed of four amino acids:' were read as
    subjects again: four false MEC008 (round 42's epitalon vendor page)."""
    from conftest import Project

    from test_mechanisms_acceptance import _mec

    project = Project(tmp_path)
    (project.root / "content" / "s30_parts.md").write_text(PARTS, encoding="utf-8")
    found, result = _mec(project)
    kinds = {(a.drug, a.value) for d in result.documents for a in d.annotations.mechanisms
             if a.attribute == "kind"}
    assert kinds == {("epitalon", "peptide")}, kinds
    assert found == [], found
