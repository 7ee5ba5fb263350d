"""Session 17, branch i202 (review of i196, findings 1 and 5): what a brand reader may take
for a drug's product name. A product's name names its drug wherever the text uses it, so a
word read as a brand by mistake turns ordinary prose into assertions about that drug:

- a bracket after a drug lists products only if each of its segments is a product's name or a
  year ("fosinopril (Monopril: 1991)"), not "(Dose: 20 mg)" nor "(Approved: 1998)";
- never a word the English vocabulary knows ("Binosto Plus", "Benadryl Allergy");
- a product is found as the text spells it ("KORLYM", "Korlym"), not in lower case;
- products named after a list of drugs ("Oxandrolone and stanozolol (brand names Oxandrin and
  Winstrol)", "…, sold under the brand names …", LiverTox's "naltrexone and bupropion
  (Contrave)") are no one drug's."""

from __future__ import annotations

from conftest import mec_on, said_in


def _routes(result, drug):
    return {value for name, attribute, value in said_in(result)
            if name == drug and attribute == "route"}


def test_a_bracket_of_other_text_lists_no_brand(project):
    # "dose" read as tamoxifen's product made the later sentence tamoxifen's schedule
    result = mec_on(project, "# Tamoxifen\n\nTamoxifen (Dose: 20 mg) is a selective estrogen "
                             "receptor modulator.\n\n# Other medicines\n\nThe usual dose is "
                             "injected every three months.\n")
    assert not result.diagnostics
    assert not any(name == "tamoxifen" and attribute == "schedule"
                   for name, attribute, _ in said_in(result))


def test_an_english_word_with_a_year_is_no_brand(project):
    result = mec_on(project, "# Tamoxifen\n\nTamoxifen (Approved: 1998) is a selective "
                             "estrogen receptor modulator.\n\n# Other medicines\n\nApproved "
                             "products are given by intramuscular injection.\n")
    assert not result.diagnostics
    assert _routes(result, "tamoxifen") == set()


def test_a_bracket_of_brands_and_years_still_names_the_drug(project):
    result = mec_on(project, "# Fosinopril\n\nFosinopril (Monopril: 1991) is an ACE "
                             "inhibitor.\n\nMonopril is taken by mouth.\n")
    assert _routes(result, "fosinopril") == {"oral"}


def test_a_word_of_the_vocabulary_in_a_product_name_is_no_brand(project):
    result = mec_on(project, "# Alendronic acid\n\nAlendronic acid, sold under the brand "
                             "names Fosamax and Binosto Plus, is a bisphosphonate.\n\n"
                             "# Fertility\n\nClomiphene plus anastrozole is given by "
                             "intramuscular injection.\n")
    assert _routes(result, "alendronic acid") == set()


def test_a_declared_brand_is_found_as_the_text_spells_it(project):
    result = mec_on(project, "# Mifepristone\n\nKORLYM (mifepristone) 300 mg Tablets are a "
                             "glucocorticoid receptor antagonist.\n\nKorlym is taken by "
                             "mouth.\n\nIn Spanish the leaflet reads korlym es una inyección "
                             "intramuscular.\n")
    assert _routes(result, "mifepristone") == {"oral"}
    assert not result.diagnostics


def test_brands_after_a_list_of_drugs_are_no_one_drugs(project):
    for text in (
            "Oxandrolone and stanozolol (brand names Oxandrin and Winstrol) are anabolic "
            "steroids.",
            "Oxandrolone or stanozolol (brand name Winstrol) is an anabolic steroid.",
            "Oxandrolone and stanozolol, sold under the brand names Oxandrin and Winstrol, "
            "are anabolic steroids."):
        result = mec_on(project, f"# Steroids\n\n{text}\n\n# Use\n\nWinstrol is given by "
                                 "intramuscular injection.\n")
        assert _routes(result, "stanozolol") == set(), text
        assert _routes(result, "oxandrolone") == set(), text


def test_a_combinations_product_is_not_its_last_drugs(project):
    # LiverTox, naltrexone (public domain): Contrave is the combination, not bupropion
    result = mec_on(project, "# Naltrexone\n\nFixed combinations of naltrexone and bupropion "
                             "(Contrave) have been approved as a weight loss agent.\n\n# Use"
                             "\n\nContrave is given by intramuscular injection.\n")
    assert _routes(result, "bupropion") == set()


def test_a_bracket_of_brands_after_one_drug_of_a_list_is_its_own(project):
    result = mec_on(project, "# Steroids\n\nOxandrolone (brand name Oxandrin) and "
                             "stanozolol (brand name Winstrol) are anabolic steroids.\n\n"
                             "# Use\n\nWinstrol is given by intramuscular injection.\n")
    assert _routes(result, "stanozolol") == {"intramuscular"}
    assert _routes(result, "oxandrolone") == set()
