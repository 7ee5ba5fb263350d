"""Issue 16, session 18 (branch i223): a drug's route said of its products, and a drug the
DrugCentral lists predate (tests/data/mechanisms/s18_i223.md: sentences of our own in the
shapes of the round 10, 15, 16 and 20 gold texts):

- a clause naming no drug that says products exist ("Chewable tablets are available", "Liquid
  oral and injectable forms are also available", "There are also 4 mg and 8 mg tablets")
  gives the route of the drug the text is about, as a word of giving does ("25 mg taken
  orally"); not when the products are a relative clause's ("products that are available in
  oral and parenteral forms are listed apart": a list's, round 6);
- zuranolone (approved 2023) is known, with the facts of its US prescribing information."""

from __future__ import annotations

from conftest import said_in, mec_run, statement_tests

READ = [
    ("famotidine", "route", "oral"),
    ("levetiracetam", "route", "oral"),
    ("ondansetron", "route", "oral"),
    ("topiramate", "route", "oral"),
    ("zuranolone", "class", "gaba_a_pam"),
]

NOT_READ = [
    ("cefuroxime", "route", "oral"),
    ("cefuroxime", "route", "parenteral"),
]


read, test_read_where_the_sentence_says_it, test_not_read_where_the_sentence_does_not_say_it = \
    statement_tests("s18_i223.md", "s18.md", READ, NOT_READ)


def test_no_mec_finding_on_these_correct_sentences(read):
    assert read[0] == [], read[0]


def test_zuranolone_has_its_label_facts():
    from lint.sources.drugs import load_knowledge

    drug = load_knowledge().find("Zurzuvae")
    assert drug is not None and drug.key == "zuranolone"
    assert drug.drug_class == "gaba_a_pam" and drug.routes == ["oral"]
    assert drug.targets == {"gaba_a_receptor": "positive allosteric modulator"}


def test_a_dose_of_a_tablet_is_still_no_route_statement(project):
    # "one 2.5 mg tablet administered once a day" (tests/test_mechanisms_acceptance.py):
    # a dose, unless the clause says the products exist
    result = mec_run(project, {"a.md": (
        "# Letrozole\n\nThe recommended dose of letrozole tablets is one 2.5 mg tablet "
        "administered once a day.\n")})
    assert ("letrozole", "route", "oral") not in said_in(result)
