"""Issue 16, session 24 (branch i342): targets and a class that texts name in words the
knowledge base lacked (tests/data/mechanisms/enzyme_site_names_s24.md, sentences written
for the tests). The hypnotics' "benzodiazepine receptor" (the benzodiazepine site of
GABA-A receptors) had no target at all; "5-lipoxygenase" and "COMT" are the everyday
names of DrugCentral's "Arachidonate 5-lipoxygenase" and "Catechol O-methyltransferase",
and a hyphenated "catechol-O-methyltransferase" was not its name either; the alpha-1D and
alpha-1B subtypes were not read as "adrenoceptors"; LiverTox writes "antispasmotic".
Gold rounds 30 and 32 missed them in zolpidem, eszopiclone (benzodiazepine receptor,
five statements), zileuton (5-lipoxygenase, two texts), tolcapone (COMT), naftopidil
(alpha-1D, two texts) and four LiverTox pages (trospium, tolterodine, fesoterodine,
darifenacin)."""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import assert_no_mec_warnings, assert_statement, read_fixture

READ = [
    (3, "zaleplon", "target", "benzodiazepine_receptor"),
    (5, "zopiclone", "target", "benzodiazepine_receptor"),
    (7, "zileuton", "target", "five_lipoxygenase"),
    (9, "opicapone", "target", "comt"),
    (11, "entacapone", "target", "comt"),
    # the alpha-1D and alpha-1B subtypes written "adrenoceptor" (gold round 30: naftopidil)
    (19, "alfuzosin", "target", "adra1d"),
    (21, "doxazosin", "target", "adra1b"),
    # LiverTox's spelling of the antispasmodics (gold round 30: four LiverTox pages)
    (25, "oxybutynin", "class", "antispasmodic drug"),
    (27, "dicycloverine", "class", "antispasmodic drug"),
    # session 24 (i353): the antagonist's class name that contains "benzodiazepine
    # receptor" is still the class (flumazenil; FDA EPC "Benzodiazepine Antagonist")
    (29, "flumazenil", "class", "benzodiazepine antagonist"),
    # the short names "5-LO" and "BZ receptor"
    (31, "zileuton", "target", "five_lipoxygenase"),
    (33, "zolpidem", "target", "benzodiazepine_receptor"),
]

NOT_READ = [
    # a benzodiazepine is a chemical class; saying so names no site the drug acts on
    (13, "lorazepam", "target", "benzodiazepine_receptor"),
    # the enzyme that breaks a drug down is no target of that drug
    (17, "levodopa", "target", "comt"),
    # a drug that blocks the leukotrienes' receptor does not act on the enzyme making them
    (15, "montelukast", "target", "five_lipoxygenase"),
    # the same, with the enzyme's short name in the sentence (i353: the case above names
    # no 5-LO name, so it could not fail)
    (35, "montelukast", "target", "five_lipoxygenase"),
    # a subtype named beside a drug that is not said to act on it
    (23, "prazosin", "target", "adra1d"),
    # the class belongs to the drug it is said of, not to the one contrasted with it
    (27, "mirabegron", "class", "antispasmodic drug"),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "enzyme_site_names_s24.md")


@pytest.mark.parametrize("expected,statement", [(True, s) for s in READ] +
                         [(False, s) for s in NOT_READ])
def test_target_names(read, expected, statement):
    assert_statement(read, expected, statement)


def test_no_mec_finding_on_these_correct_sentences(read):
    assert_no_mec_warnings(read)
