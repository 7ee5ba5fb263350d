"""Mend of i371's sites of action (session 26, branch i381), on
tests/data/mechanisms/sites_s26_i381.md (sentences written for the tests).

A review of i371 found correct sentences given a site, or an MEC004, they do not say:
"peripheral" read as an organ ("binds peripheral androgen receptors in muscle"), a place of
giving read as one of acting ("infused at peripheral sites"), neurons nested in no organ
("receptors on neurons in the hypothalamus"), the organ of a verb's object that only
modifies or owns it ("targets CNS lymphoma", "the liver's metabolism"), a verb of another
subject ("Alcohol withdrawal kills neurons, and chlordiazepoxide …"), an organ adjective
before a hormone's making downstream of the drug's action ("prednisone reduces adrenal
cortisol production"), another class's "cardioselective", and a drug's own ", which"
clause dropped. The intended readings stay (breast tissue, spinal sites acted at, B cells,
a cardioselective agent said of the subject, the hypothalamus acted on)."""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import assert_no_mec_warnings, assert_statement, read_fixture


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "sites_s26_i381.md")


@pytest.mark.parametrize("statement", [
    (5, "tamoxifen", "site", "breast"),  # the place after a 'peripheral' target
    (15, "pregabalin", "site", "spinal cord"),  # acting at spinal sites
    (17, "clomiphene citrate", "site", "neurons"),
    (17, "clomiphene citrate", "site", "hypothalamus"),
    (19, "bremelanotide", "site", "brain"),
    (25, "rituximab", "site", "b cells"),  # cells a drug's verb takes whole
    (37, "bisoprolol", "site", "heart"),  # "cardioselective" said of the subject
    (39, "human chorionic gonadotropin", "site", "testis"),  # a drug's own ", which" clause
    (41, "pitolisant", "site", "central nervous system"),
    (43, "kisspeptin", "site", "hypothalamus"),
])
def test_sites_are_read(read, statement):
    assert_statement(read, True, statement)


@pytest.mark.parametrize("statement", [
    (3, "testosterone undecanoate", "site", "peripheral tissues"),  # 'peripheral': outside the CNS
    (5, "tamoxifen", "site", "peripheral tissues"),
    (7, "testosterone cypionate", "site", "peripheral tissues"),
    (9, "vancomycin", "site", "peripheral tissues"),  # a place of giving
    (11, "heparin", "site", "peripheral tissues"),
    (11, "enoxaparin", "site", "peripheral tissues"),
    (13, "morphine", "site", "spinal cord"),
    (21, "methotrexate", "site", "central nervous system"),  # a disease of the organ
    (23, "chlordiazepoxide", "site", "neurons"),  # another subject's verb
    (27, "cimetidine", "site", "liver"),  # a possessive, not the whole object
    (29, "prednisone", "site", "adrenal gland"),  # downstream makings
    (31, "lisinopril", "site", "kidney"),
    (33, "levothyroxine", "site", "central nervous system"),
    (35, "propranolol", "site", "heart"),  # other drugs' class
    (43, "kisspeptin", "site", "pituitary"),  # what the hypothalamus stimulates
])
def test_words_that_say_no_site(read, statement):
    assert_statement(read, False, statement)


def test_no_mec_warning_on_these_correct_sentences(read):
    assert_no_mec_warnings(read)


def test_cells_throughout_the_nervous_system_fit_any_part_of_it():
    """drugs.yaml `site_throughout`: neurons are in the hypothalamus, the brain, the spinal
    cord and the nerves, so naming either does not contradict the other; not the liver."""
    from lint.sources.drugs import load_knowledge, nested_sites

    kb = load_knowledge()
    for place in ("hypothalamus", "brain", "central nervous system", "spinal cord",
                  "vagus nerve"):
        assert nested_sites(kb, "neurons", place) and nested_sites(kb, place, "neurons")
    assert nested_sites(kb, "glial cells", "brain")
    assert not nested_sites(kb, "neurons", "liver")
    assert not nested_sites(kb, "neurons", "pituitary")
    assert not nested_sites(kb, "glial cells", "testis")
