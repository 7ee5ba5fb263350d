"""Weak topics, session 16 (branch i180, mended on i184 after its review): research compounds
and supplements that no list names, read from the page (a code's shape, a noun in
apposition), and an agency's approval told in the active voice. Every case is read through
the annotators on a page of several sentences, the words that must not be taken for a
subject beside the ones that must. Sentences are public-domain (FDA) text quoted as
written, or health-page rows of the development rounds reworded (their pages are under
copyright); figures per round in bench/README.md."""

from __future__ import annotations

# Sentences that name nothing of any topic, between a page's framing and its claim: the
# subject must come from the page, not from the sentence before.
NEUTRAL = ("The clinic opens at nine.", "Parking is free on weekends.",
           "The staff speak several languages.")


def test_a_research_compounds_code_on_a_peptide_page_is_a_peptide_subject(topics_of):
    # AOD-9604's shape, a code in no list and no drug of the knowledge base (AOD-9604 itself
    # is a research peptide of it since session 30); the kind ("peptides") is named
    # sentences before, and the claim names no other subject (health pages of rounds 7-16
    # sell it so; reworded).
    *_, claim = topics_of("Peptides are short chains of amino acids sold by many clinics.",
                          *NEUTRAL, "AOQ-9614 burns belly fat and boosts energy.")
    assert "peptides-wellbeing" in claim
    # Without a kind of compound named on the page, the code is nobody's subject.
    assert topics_of(*NEUTRAL, "AOQ-9614 burns belly fat and boosts energy.")[-1] == []
    # The known research peptide is a peptide subject on its own.
    assert "peptides-wellbeing" in topics_of(
        *NEUTRAL, "AOD-9604 burns belly fat and boosts energy.")[-1]


def test_a_lab_tests_or_a_diseases_code_is_no_research_compound(topics_of):
    # "C-peptide" (a lab test), "a peptide hormone" and "natriuretic peptide" are the body's:
    # they frame no page about peptides for sale; "COVID-19 vaccines use spike peptides",
    # "Levels of C-peptide, IL-6 …" say nothing of what the code is (review of i180;
    # endocrinology and cancer-screening pages, reworded).
    for framing, claim in [
            ("Your doctor may check C-peptide to see how much insulin you make.",
             "A CA-125 blood test has a risk of false positives in healthy people."),
            ("Insulin is a peptide hormone made in the pancreas.",
             "A CA-125 blood test has a risk of false positives in healthy people."),
            ("B-type natriuretic peptide is measured in heart failure.",
             "A CA-125 blood test has a risk of false positives in healthy people."),
            ("Levels of C-peptide, IL-6 and CRP were measured.",
             "IL-6 drives inflammation in the joints."),
            ("COVID-19 vaccines use spike peptides to train the immune system.",
             "COVID-19 can damage muscle and cause lasting fatigue.")]:
        assert topics_of(framing, *NEUTRAL, claim)[-1] == [], claim


def test_an_approved_drugs_code_in_brackets_is_the_drugs(topics_of):
    # "Semaglutide (NN9535)": the code of a drug of the knowledge base, not a research
    # compound, though the page says the drug is made from a peptide (review of i180).
    *_, code, name = topics_of(
        "Semaglutide (NN9535) is a GLP-1 drug made from a modified peptide.", *NEUTRAL,
        "In trials, NN9535 reduced body weight and improved metabolic health.",
        "In trials, semaglutide reduced body weight and improved metabolic health.")
    assert code == [] and name == []


def test_a_short_code_needs_a_list_apposition(topics_of):
    # "Signal peptides like thymosin beta-4 and LL-37" (round 8, reworded): the page says
    # what LL-37 is; a hormone's code (GLP-1) or a topic's subject (IGF-1) is no new name.
    said, *_, claim = topics_of(
        "Signal peptides like thymosin beta-4 and LL-37 are said to help restore tissue "
        "function.", *NEUTRAL, "LL-37 speeds wound healing in the skin.")
    assert "peptides-repair" in claim
    *_, hormone = topics_of("GLP-1 is a peptide hormone made in the gut.", *NEUTRAL,
                            "GLP-1 speeds wound healing in the skin.")
    assert hormone == []


def test_a_peptide_metal_complex_is_a_research_compound(topics_of):
    # GHK-Cu (round 16, reworded): the copper complex of a tripeptide, sold as a peptide;
    # the same claim about a copper ion alone names no subject.
    framing, claim = topics_of("Copper peptides are small protein fragments that bind copper.",
                               "GHK-Cu promotes wound healing and has anti-inflammatory "
                               "effects.")
    assert "peptides-repair" in claim


def test_a_supplement_the_page_names_in_apposition_is_a_supplement_subject(topics_of):
    # D-aspartic acid (round 10, five sites, reworded): in no list; the page says what it is,
    # and the abbreviation it defines for it (the document's acronym definition) names it too.
    said, claim, abbreviation = topics_of(
        "D-aspartic acid (DAA) is an amino acid sold as a supplement.",
        "Several small trials found that D-aspartic acid did not raise testosterone in "
        "trained men.",
        "DAA is also claimed to improve sperm motility.")
    assert said == []
    # (session 23, i326: "trials" is evidence talk, so the statement of what trials of
    # the booster found is the boosters' evidence topic too)
    assert claim == ["lifestyle-testosterone", "testosterone-boosters-evidence"]
    # (session 21: bare "DAA" is no listed booster (review of i275), but the page's
    # abbreviation of D-aspartic acid, a listed booster, takes its topics; "improve" is a
    # booster's benefit)
    assert abbreviation == ["testosterone-boosters-benefits", "antioxidants-sperm"]


def test_a_supplements_abbreviation_is_the_documents_acronym_definition(topics_of):
    # The abbreviation is read from the acronym annotator's definitions, whichever way the
    # page writes it ("DAA (D-aspartic acid)" as well as "D-aspartic acid (DAA)"), not
    # parsed a second time (review of i180).
    *_, claim = topics_of("DAA (D-aspartic acid) is an amino acid.",
                          "Supplementing with D-aspartic acid is popular with bodybuilders.",
                          *NEUTRAL, "DAA raises sperm counts in older men.")
    assert claim == ["antioxidants-sperm"]


def test_a_word_opening_a_sentence_is_no_supplement(topics_of):
    # Review of i180: "However, a supplement …", "There are a few supplements …",
    # "Protein supplements …" (rounds 2 and 7, reworded): a capitalised word that opens its
    # sentence, with no chemical's shape, names nothing; nor does the same word, lower case
    # or capitalised, later on the page.
    assert topics_of("However, a supplement is no substitute for a good diet.", *NEUTRAL,
                     "Sperm counts, however, vary from day to day.")[-1] == []
    assert topics_of("There are a few supplements sold to men with low energy.", *NEUTRAL,
                     "There is no doubt that a walk every day keeps testosterone levels "
                     "healthy.")[-1] == []
    assert topics_of("ConsumerLab, a testing company for supplements, publishes reviews.",
                     *NEUTRAL, "ConsumerLab reviews pills that claim to raise testosterone.")[-1] == []
    # A name after "supplementing with" is one, as written (Fadogia agrestis, round 14).
    *_, claim = topics_of("Supplementing with Fadogia agrestis is popular with bodybuilders.",
                          *NEUTRAL, "Fadogia raises testosterone in rats.")
    assert claim == ["lifestyle-testosterone"]


def test_a_subject_read_from_the_page_says_why(project):
    # EVD001 says why a word the registry does not list was taken for a subject.
    messages = _evd001(project, "Signal peptides like thymosin beta-4 and LL-37 are sold "
                                "online.\n\nLL-37 speeds wound healing in the skin.\n")
    assert any("'LL-37' is taken for a research compound: the page says what it is" in m
               and "Signal peptides like" in m for m in messages), messages


def test_an_agencys_approval_in_the_active_voice_is_regulatory_record(topics_of):
    # Bremelanotide's approval (rounds 6 and 16, both labelled not weak; reworded): the
    # record of its approved use, as "was approved" already was; "has not approved" is not.
    approved, record = topics_of(
        "The FDA approved bremelanotide in 2019 for premenopausal women with low sexual "
        "desire, a use not tested in men.",
        "In 2019, the U.S. Food and Drug Administration approved bremelanotide under the "
        "brand name Vyleesi for premenopausal women with low sexual desire.")
    assert approved == [] and record == []
    refused, = topics_of("The FDA has not approved bremelanotide for low sexual desire in "
                         "men.")
    assert refused == ["peptides-wellbeing"]


def test_approved_as_an_adjective_or_in_a_subordinate_clause_stays_on_the_topic(topics_of):
    # Review of i180 (peptide-clinic writing, reworded): a product "not FDA approved", "Unlike
    # FDA approved drugs", "Although the FDA approved …, clinics sell it to …" are claims on
    # the weak evidence, not the record of an approval.
    not_approved, although, unlike = topics_of(
        "Sermorelin is not FDA approved for anti-aging, but it boosts muscle growth and deep "
        "sleep.",
        "Although the FDA approved tesamorelin for HIV lipodystrophy, clinics sell it to "
        "boost muscle mass and libido.",
        "Unlike FDA approved drugs, peptides such as BPC-157 promise faster healing of "
        "injuries.")
    assert "peptides-wellbeing" in not_approved
    assert "peptides-wellbeing" in although
    assert "peptides-repair" in unlike


def test_a_heading_names_its_first_subject(project):
    # A heading's subject words are its first mention's, in the order written (review of
    # i180): under "GHK-Cu and peptide therapy for skin healing", a claim that names no
    # subject is about GHK-Cu, and EVD001 says so.
    messages = _evd001(project, "# GHK-Cu and peptide therapy for skin healing\n\n"
                                + " ".join(NEUTRAL) + "\n\n"
                                "Users report faster wound healing within weeks.\n")
    assert messages and all("'GHK-Cu' …" in m for m in messages), messages


def _evd001(project, text: str) -> list[str]:
    from lint.config import load_config
    from lint.engine import RunOptions, run

    project.write("content/page.md", text, dedent=False)
    result = run(load_config(project.root / "pyproject.toml"),
                 RunOptions(paths=["content"], select=["EVD001"], use_baseline=False))
    return [d.message for d in result.diagnostics if d.code == "EVD001"]
