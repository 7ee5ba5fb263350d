"""Weak topics, session 16 (branch i180): research compounds and supplements that no list
names, read from the page (a code's shape, a noun in apposition), and an agency's approval
told in the active voice. Sentences are public-domain (FDA) text quoted as written, or
health-page rows of the development rounds reworded (their pages are under copyright);
figures per round in bench/README.md."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def compounds():
    """The page's research compounds and supplements, each with its topics."""
    from lint.annotate.evidence import TopicDetector, load_topics
    from lint.nlp import pipeline

    return TopicDetector(pipeline("blank"), load_topics()).compounds.names


# FDA, "Certain Bulk Drug Substances for Use in Compounding that May Present Significant
# Safety Risks" (public domain): AOD-9604 is in no list and no drug of the knowledge base.
AOD = ("Compounded drugs containing AOD-9604 may pose significant risk for immunogenicity "
       "for certain routes of administration and may have complexities with regard to "
       "peptide-related impurities and API characterization.")


def test_a_research_compounds_code_on_a_peptide_page_is_a_peptide_subject(topics_of):
    assert topics_of(AOD) == [["peptides-wellbeing"]]


def test_a_code_shape_alone_is_no_research_compound(compounds):
    # No kind of compound named on the page: a three-digit code is a test's or a form's
    # ("CA-125" reworded from a cancer-screening page), not a research compound's.
    assert compounds(["CA-125 levels rise with the risk of ovarian cancer."]) == {}
    # A short code needs a noun in apposition ("signal peptides like …, LL-37", round 8,
    # reworded); a disease's or a hormone's code beside "peptide" is not one (COVID-19,
    # GLP-1 "a peptide hormone"), nor an approved drug's (PT-141, bremelanotide, read
    # through its class), nor a topic's subject (IGF-1).
    found = compounds(["Signal peptides like thymosin beta-4 and LL-37 are said to help "
                       "restore tissue function.",
                       "GLP-1 is a peptide hormone made in the gut.",
                       "Peptide clinics stayed open during COVID-19.",
                       "PT-141 is a peptide that acts on melanocortin receptors.",
                       "IGF-1 is a peptide that mediates the effects of GH."])
    assert list(found) == ["LL-37"]


def test_a_peptide_metal_complex_is_a_research_compound(compounds):
    # GHK-Cu (round 16, reworded): the copper complex of a tripeptide, sold as a peptide.
    found = compounds(["Copper peptides are small protein fragments that bind copper.",
                       "GHK-Cu promotes wound healing and has anti-inflammatory effects."])
    assert "GHK-Cu" in found and "peptides-repair" in found["GHK-Cu"]


def test_a_supplement_the_page_names_in_apposition_is_a_supplement_subject(topics_of):
    # D-aspartic acid (round 10, five sites, reworded): in no list; the page says what it is,
    # and the abbreviation it gives it names it too.
    said, claim, abbreviation = topics_of(
        "D-aspartic acid (DAA) is an amino acid sold as a supplement.",
        "Several small trials found that D-aspartic acid did not raise testosterone in "
        "trained men.",
        "DAA is also claimed to improve sperm motility.")
    assert said == []
    assert claim == ["lifestyle-testosterone"]
    assert abbreviation == ["antioxidants-sperm"]


def test_a_capitalised_word_before_supplements_is_no_name(compounds):
    # "Protein supplements", "Electrolyte supplements" (rounds 2 and 7, reworded): a word
    # capitalised to open a sentence; hormones and listed supplements are no new names
    # ("Testosterone supplementation", "Zinc supplements"); nor an organisation's initials.
    assert compounds(["Protein supplements are popular with athletes.",
                      "Testosterone supplementation raises libido in men with low levels.",
                      "Zinc supplements may improve sperm quality.",
                      "The NIH Office of Dietary Supplements keeps a list."]) == {}
    assert list(compounds(["Supplementing with L-theanine is popular."])) == ["L-theanine"]


def test_an_agencys_approval_in_the_active_voice_is_regulatory_record(topics_of):
    # Bremelanotide's approval (rounds 6 and 16, both labelled not weak; reworded): the
    # record of its approved use, as "was approved" already was; "has not approved" is not.
    approved, = topics_of("The FDA approved bremelanotide in 2019 for premenopausal women "
                          "with low sexual desire, a use not tested in men.")
    assert approved == []
    refused, = topics_of("The FDA has not approved bremelanotide for low sexual desire in "
                         "men.")
    assert refused == ["peptides-wellbeing"]
