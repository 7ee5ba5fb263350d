"""Issue 16, session 31 (branch i425): supplements beyond NCCIH's herbs, and the shapes texts
use for a plant's or a microbe's product.

- drug_classes.yaml gives five more sourced families (`botanical_more`, `vitamin_supplement`,
  `plant_compound`, `amino_acid_supplement`, `enzyme_supplement`): names, common names and
  Latin binomials of ODS, NCCIH and Wikipedia pages. Everyday words and the body's own
  substances stay no member's name.
- A text may source a product no table knows (mechanism_text_drugs.py `product_reason`):
  "<W>, a flavonoid found in …", "<W> is an alkaloid isolated from …", "<W> is an enzyme
  extracted from …", "<W> is an extract of the bark of <Genus species>". The body's
  enzymes and pigments, foods and words of the garden stay none.

Sentences are our own, in the shapes of health pages about supplements.
"""

from __future__ import annotations

import pytest

from lint.sources.drugs import load_knowledge


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


@pytest.mark.parametrize("name,key,klass", [
    ("pygeum", "pygeum", "botanical_more"), ("Prunus africana", "pygeum", "botanical_more"),
    ("stinging nettle root", "stinging nettle", "botanical_more"),
    ("Urtica dioica", "stinging nettle", "botanical_more"),
    ("black seed oil", "nigella sativa", "botanical_more"),
    ("Angelica sinensis", "dong quai", "botanical_more"),
    ("Bacopa monnieri", "bacopa", "botanical_more"),
    ("Ocimum sanctum", "holy basil", "botanical_more"),
    ("Garcinia cambogia", "garcinia cambogia", "botanical_more"),
    ("chrysin", "chrysin", "plant_compound"), ("berberine", "berberine", "plant_compound"),
    ("astaxanthin", "astaxanthin", "plant_compound"),
    ("20-hydroxyecdysone", "ecdysterone", "plant_compound"),
    ("nattokinase", "nattokinase", "enzyme_supplement"),
    ("serratiopeptidase", "serrapeptase", "enzyme_supplement"),
    ("beta-alanine", "beta-alanine", "amino_acid_supplement"),
    ("D-aspartic acid", "d-aspartic acid", "amino_acid_supplement"),
    ("L-theanine", "l-theanine", "amino_acid_supplement"),
])
def test_members_are_given_their_family_with_its_source(kb, name, klass, key):
    """None of these was in the base before this session."""
    drug = kb.find(name)
    assert drug is not None and drug.key == key, name
    assert drug.has_class(klass)
    assert drug.class_sources.get(klass) == kb.classes[klass]["members_source"]
    assert kb.classes[klass].get("checked") is False  # a family compared nowhere


@pytest.mark.parametrize("name,key", [
    ("thiamin", "thiamine"), ("vitamin B7", "biotin"), ("methylcobalamin", "mecobalamin"),
    ("N-acetyl cysteine", "acetylcysteine"), ("citrulline malate", "citrulline"),
    ("trimethylglycine", "betaine"), ("5-HTP", "oxitriptan"),
])
def test_a_common_name_joins_drugcentrals_own_entry(kb, name, key):
    """ODS's spellings of a vitamin or an amino acid name the drug DrugCentral files."""
    drug = kb.find(name)
    assert drug is not None and drug.key == key
    assert drug.has_class("vitamin_supplement") or drug.has_class("amino_acid_supplement")


@pytest.mark.parametrize("name", ["nettle", "dandelion", "lavender", "hops", "dim", "same",
                                  "nac", "folate", "vitamin d", "calciferol"])
def test_everyday_words_and_the_bodys_substances_name_no_new_member(kb, name):
    """'nettle' in a garden, 'dim' light, 'the same', 'NAc' (nucleus accumbens); folate and
    vitamin D are mostly measured in texts; calciferol stays DrugCentral's ergocalciferol."""
    drug = kb.find(name)
    assert drug is None or not any(
        drug.has_class(k) for k in ("botanical_more", "plant_compound",
                                    "amino_acid_supplement", "enzyme_supplement")) and \
        drug.key != name, (name, drug and drug.key)


TEXT = """# Notes

Velarmin, a flavonoid found in the leaves of several shrubs, is sold in capsules.

Quarnixine is an alkaloid isolated from the roots of a desert shrub.

Some tablets are rich in torvanthin, a carotenoid naturally found in red algae.

Sorrekinase is an enzyme extracted from fermented soybeans.

Pralvenum is an extract of the bark of Prunus africana.

Delmanase is an enzyme found in the liver.

Ostrivase is an enzyme isolated from human cells.

Carmelite, a pigment found in squid ink, colours the sauce.

Rennoside, a flavonoid of unknown origin, was studied.

Kelbrant is an extract of the garden mint.

Bellwood is an extract of local history.

Glandorin, an extract derived from the pineal gland of calves, was given in the trial.
"""

PRODUCTS = ["velarmin", "quarnixine", "torvanthin", "sorrekinase", "pralvenum"]
NOT_PRODUCTS = ["delmanase", "ostrivase", "carmelite", "rennoside", "kelbrant", "bellwood",
                "glandorin"]


@pytest.fixture(scope="module", name="read")
def read_fixture_text(tmp_path_factory):
    from conftest import Project

    from test_mechanisms_acceptance import _mec

    project = Project(tmp_path_factory.mktemp("s31_i425"))
    (project.root / "content" / "s31_i425.md").write_text(TEXT, encoding="utf-8")
    found, result = _mec(project)
    mentions = {m.name for d in result.documents for m in d.annotations.drug_mentions
                if not m.known}
    return found, mentions


@pytest.mark.parametrize("name", PRODUCTS)
def test_a_sourced_product_is_a_drug_of_the_text(read, name):
    """None was a drug before this session's shapes."""
    assert name in read[1], sorted(read[1])


@pytest.mark.parametrize("name", NOT_PRODUCTS)
def test_the_bodys_enzymes_pigments_and_unsourced_words_are_no_products(read, name):
    assert name not in read[1], sorted(read[1])


def test_no_mec_finding_on_the_products(read):
    assert read[0] == [], read[0]


@pytest.mark.parametrize("short,key", [
    ("N. sativa", "nigella sativa"), ("S. repens", "saw palmetto"),
    ("U. dioica", "stinging nettle"), ("T. terrestris", "tribulus"),
])
def test_an_herbs_binomial_is_a_name_with_its_genus_abbreviated(kb, short, key):
    """'treated with N. sativa': a text abbreviates the genus once it has named the plant."""
    drug = kb.find(short)
    assert drug is not None and drug.key == key


def test_an_abbreviation_two_herbs_share_names_neither(kb):
    """'C. sinensis' is Camellia sinensis (green tea) and Cordyceps sinensis: no name."""
    assert kb.find("C. sinensis") is None
    assert kb.find("cordyceps") is not kb.find("green tea extract")


GARDEN_AND_DIET = """# Notes

A Mediterranean diet rich in tomatoes, lentils, green tea, black seed and moringa leaves
lowers blood pressure.

We planted hawthorn and moringa along the fence, and the kratom cuttings rooted in two weeks.

Garden mint, dandelion and nettle spread quickly in a damp bed.

Reishi mushrooms grow on oak logs in the shade.
"""


def test_herbs_in_a_diet_list_or_a_garden_are_said_nothing_of(tmp_path):
    """The families make these words names; a diet's effect, a garden's two weeks and the
    logs the mushrooms grow on are no herb's effect, schedule or site."""
    from conftest import Project

    from test_mechanisms_acceptance import _mec

    project = Project(tmp_path)
    (project.root / "content" / "garden.md").write_text(GARDEN_AND_DIET, encoding="utf-8")
    found, result = _mec(project)
    said = [(a.drug, a.attribute, a.value) for d in result.documents
            for a in d.annotations.mechanisms]
    assert said == [] and found == [], (said, found)
    # (the words are names: the guard is the extractor's, not a missing name)
    assert {"moringa", "hawthorn", "kratom", "reishi"} <= {
        m.name for d in result.documents for m in d.annotations.drug_mentions}
