"""Session 29, branch i406 (issue 16): three MEC guards of session 28 that a review found
reaching too far, each narrowed to its shape, beside the errors they must not hide and the
correct sentences they must keep quiet. Sentences in our own words, in the shapes of the
development rounds.

- A route abbreviation right after a verb of giving (i403) is the given drug's route only if
  it modifies no word after it: "given IV", "given IV over 30 minutes", "administered SQ or
  IV"; "given IV contrast dye" is the dye's route, "given IM ketorolac" ketorolac's
  (mechanism_routes.abbreviated_routes, `route_abbreviation_followers`).
- A study's route (i395): the words of a study's people or design ("volunteers", "subjects",
  "experiment") count only in the sentence of the giving verb; the study's animals and
  phrases naming the study ("in this study", "the subjects received") anywhere in the
  paragraph (mechanism_study_routes, `study_setting_words` / `study_setting_phrases`).
- A class after "marketed/sold/promoted/labelled as" (i398) is someone else's label only with
  an agent, a reporting or hedging adverb, quotation marks, an active subject, or a mis- verb;
  a bare passive states the class (mechanism_family_claims.reported_label)."""

from __future__ import annotations

import pytest
from conftest import mec_found, mec_on, said_in, two_sections


def _routes(result, drug):
    return {(a.value, a.modality) for d in result.documents for a in d.annotations.mechanisms
            if a.attribute == "route" and a.drug == drug and a.polarity}


# 1. A route abbreviation after a verb of giving.

CONTRAST = ("# Metformin\n\nMetformin is taken by mouth with meals. Before the scan the patient "
            "was given IV contrast dye and asked to pause the tablets.\n")


def test_an_abbreviation_modifying_another_product_is_not_the_drugs_route(project):
    result = mec_on(project, CONTRAST)
    assert _routes(result, "metformin") == {("oral", "asserted")}
    assert mec_found(project, CONTRAST) == []


def test_an_abbreviation_before_a_named_drug_is_that_drugs_route(project):
    text = ("# Morphine\n\nMorphine is taken by mouth for lasting pain. After the operation the "
            "patient was given IM ketorolac.\n")
    said = said_in(mec_on(project, text))
    assert ("ketorolac", "route", "intramuscular") in said
    assert ("morphine", "route", "intramuscular") not in said


@pytest.mark.parametrize("sentence", [
    "Ceftriaxone is given IV over 30 minutes.",
    "Ceftriaxone is given IV.",
    "Ceftriaxone is given IV, once a day.",
    "Ceftriaxone is given IV 1 g once a day.",
    "Ceftriaxone is given IV or IM.",
])
def test_an_abbreviation_ending_its_phrase_after_giving_is_the_route(project, sentence):
    # ("or IM": a choice of routes, modality possible)
    routes = _routes(mec_on(project, sentence + "\n"), "ceftriaxone")
    assert "intravenous" in {value for value, _ in routes}


def test_a_wrong_route_said_by_abbreviation_is_still_found(project):
    text = two_sections("Metformin is taken by mouth with meals.",
                        "Metformin is given IV over 30 minutes.")
    assert mec_found(project, text) == [("MEC003", 7)]


def test_the_reader_of_what_follows_an_abbreviation():
    from lint.annotate.mechanism_routes import abbreviated_routes
    from lint.nlp import pipeline

    nlp = pipeline()

    def read(text, drug_starts=frozenset()):
        doc = nlp(text)
        return [(value, doc[start:end].text) for _, value, start, end in
                abbreviated_routes(doc, drug_starts)]

    assert read("It was given IV.") == [("intravenous", "IV")]
    assert read("It was given IM in the thigh.") == [("intramuscular", "IM")]
    assert read("It was given IV on day 1.") == [("intravenous", "IV")]  # "on" a word, no boolean
    assert read("It was given IV contrast dye.") == []
    assert read("It was given IV-contrast.") == []
    assert read("It was given IM ketorolac.") == []
    assert read("It was given IM ketorolac.", {4}) == [("intramuscular", "IM")]


# 2. A study's people or design, in the sentence of its giving verb.

LABEL = ("# hCG\n\nAbsorption was measured in 24 healthy volunteers. For ovulation induction, "
         "human chorionic gonadotropin was injected intravenously.\n")


def test_volunteers_named_in_another_sentence_leave_the_route_compared(project):
    assert mec_found(project, LABEL) == [("MEC004", 3)]


def test_volunteers_in_the_sentence_of_the_giving_verb_make_it_a_studys_route(project):
    text = ("# hCG\n\nAbsorption was measured after human chorionic gonadotropin was injected "
            "intravenously into 24 healthy volunteers.\n")
    assert _routes(mec_on(project, text), "human chorionic gonadotropin") == {
        ("intravenous", "study")}
    assert mec_found(project, text) == []


def test_a_phrase_naming_the_study_counts_in_the_whole_paragraph(project):
    text = ("# hCG\n\nIn this study the women were followed for one cycle. Human chorionic "
            "gonadotropin was injected intravenously on day 14.\n")
    assert _routes(mec_on(project, text), "human chorionic gonadotropin") == {
        ("intravenous", "study")}
    assert mec_found(project, text) == []


def test_the_study_reader_takes_people_words_from_the_sentence_only():
    from lint.annotate.mechanism_study_routes import study_route

    def read(sentence, paragraph):
        start = sentence.index("intravenously")
        return study_route(sentence, start, start + len("intravenously"), paragraph)

    sentence = "The peptide was injected intravenously."
    assert not read(sentence, "Ten subjects took part. " + sentence)
    assert not read(sentence, "The experiments ran for a year. " + sentence)
    assert read("The peptide was injected intravenously into ten subjects.",
                "The peptide was injected intravenously into ten subjects.")
    assert read(sentence, "In this experiment, the ewes were kept indoors. " + sentence)
    assert read(sentence, "The subjects received two doses. " + sentence)


# 3. A class after a verb of marketing.

@pytest.mark.parametrize("sentence", [
    "Anastrozole is marketed as a selective estrogen receptor modulator.",
    "Anastrozole, sold as a selective estrogen receptor modulator, lowers estradiol.",
    "Anastrozole has been promoted as a selective estrogen receptor modulator.",
    "Anastrozole is labelled as a selective estrogen receptor modulator.",
])
def test_a_class_said_in_a_bare_passive_of_marketing_is_the_texts(project, sentence):
    assert ("MEC004", 1) in mec_found(project, sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "Anastrozole is often marketed as a selective estrogen receptor modulator.",
    "Anastrozole is falsely sold as a selective estrogen receptor modulator.",
    "Anastrozole is marketed by some vendors as a selective estrogen receptor modulator.",
    "Some sellers market anastrozole as a selective estrogen receptor modulator.",
    "Vendors marketed anastrozole as a selective estrogen receptor modulator.",
    'Anastrozole is sold as a "selective estrogen receptor modulator".',
    "Anastrozole is misbranded as a selective estrogen receptor modulator.",
    "Anastrozole is sold online as a selective estrogen receptor modulator.",
])
def test_a_class_said_as_someone_elses_label_is_compared_with_nothing(project, sentence):
    result = mec_on(project, sentence + "\n")
    classes = {(a.value, a.modality) for d in result.documents
               for a in d.annotations.mechanisms if a.attribute == "class"}
    assert classes == {("serm", "hypothetical")}
    assert mec_found(project, sentence + "\n") == []


def test_the_reader_of_a_reported_label():
    from lint.annotate.mechanism_family_claims import reported_label

    assert reported_label(["vendors", "indicate", "mk-677"], False)
    assert reported_label(["it", "is", "often", "marketed"], False)
    assert reported_label(["it", "is", "marketed", "by", "some", "vendors"], False)
    assert reported_label(["vendors", "have", "sold", "it"], False)
    assert reported_label(["it", "is", "sold"], True)
    assert not reported_label(["it", "is", "marketed"], False)
    assert not reported_label(["it", "has", "been", "sold"], False)
    assert not reported_label(["marketed"], False)
    assert not reported_label(["it", "is", "indicated"], False)
