"""Review of i193 (session 17, branch i199): the readings i193 added stay within what its
data showed. A "no" inside a subject, "can return" and "can be carried" without "to" / "out",
"many other" before no noun of kind are possibilities or restrictions again; "at times of"
and "in animal studies" are no qualifiers; cortisol in a test or a disease sentence and the
noun "supplement(s)" before a determiner keep or lose their subject as written. Beside each,
the reading i193 kept. The reviewer's sentences, and rows of the health-page set reworded;
figures in bench/README.md. The support rule judges an exclusion on every sentence it
matches, so one that matches everything is reported."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO


@pytest.mark.parametrize("text,label", [
    # a "no" inside the subject: "can" is a possibility (review of i193)
    ("People with no symptoms can still pass the infection on to others.", True),
    ("Even women with no family history can develop breast cancer.", True),
    ("Having no energy can be a sign of depression.", True),
    # a "no" that opens the subject is a denial (rounds 5, 12, 13, reworded)
    ("No currently available treatment can turn back the clock.", False),
    ("IV therapy delivers it straight into the blood, something no oral supplement can "
     "replicate.", False),
    ("Its trial record gives it a foundation that no research-chemical analog can match.",
     False),
    # "can return" and "can be carried" as risks; "to school", "out" stay procedures
    ("The cancer can return years after treatment.", True),
    ("Symptoms can return if you stop taking the medicine.", True),
    ("The bacteria can be carried in the throat without causing illness.", True),
    ("The patient can return to normal activities in 2-3 days.", False),
    ("Treatment can be carried out comfortably under local anaesthetic.", False),
])
def test_can_after_a_subjects_no_or_as_a_risk(qualified, text, label):
    assert qualified(text) is label


@pytest.mark.parametrize("text,label", [
    # "many other" before no noun of kind restricts the claim (review of i193)
    ("In many other cases, the symptoms clear up without treatment.", True),
    ("Many other men report the same benefit.", True),
    # variety and comparison stay no qualifier (rounds 2, 3, 7, 13, 16, 19, reworded)
    ("Like many other medicinal mushrooms, lion's mane has long been used in cooking.", False),
    ("Its stability compared to many other peptides makes it practical for research.", False),
    ("Patients who take it regularly do not need as many other medicines.", False),
    ("There are many different types of hair loss.", False),
    ("Vitamin D is important to the body in many other ways as well.", False),
])
def test_many_other_of_kind_or_comparison_only(qualified, text, label):
    assert qualified(text) is label


@pytest.mark.parametrize("text,label", [
    # a time, not a frequency; a drug's history (review of i193)
    ("Cortisol levels rise at times of stress.", False),
    ("Blood sugar rises at times when the body is under strain.", False),
    ("The drug was first tested in animal studies before human trials began.", False),
    # the frequency and the animal-model finding stay (rounds 16 and 14, reworded)
    ("Rosacea is severe and unpredictable at times.", True),
    ("In animal models, the peptide has shown effects on tendon healing.", True),
])
def test_a_time_and_a_drugs_history_are_no_qualifiers(qualified, text, label):
    assert qualified(text) is label


@pytest.mark.parametrize("text,topic", [
    # cortisol measured or made by a disease (review of i193; round 1's "Testing typically
    # includes … testosterone …, cortisol", reworded)
    ("Your doctor will check cortisol and testosterone levels in a morning blood test.", None),
    ("Cushing's syndrome, in which the body makes too much cortisol, lowers testosterone.",
     None),
    ("A hormone panel includes testosterone, estrogen and cortisol testing.", None),
    # stress named by its hormone stays (rounds 10, 18, reworded)
    ("Too much cortisol blocks the effects of testosterone.", "lifestyle-testosterone"),
    # the noun "supplement(s)" before a determiner (review of i193) against the verb with
    # the data's objects (rounds 2 and 18, reworded)
    ("Ask about the supplements your doctor recommends for raising testosterone.",
     "lifestyle-testosterone"),
    ("Taking a supplement the night before improves sperm count.", "antioxidants-sperm"),
    ("TRT supplements the body's own testosterone production.", None),
])
def test_subjects_in_their_context(topics_of, text, topic):
    found = topics_of(text)[-1]
    if topic is None:
        assert found == [], text
    else:
        assert topic in found, text


def test_the_reviews_claims_end_to_end(project):
    # Naming no lifestyle subject or qualified by "can" / "many": no EVD001 (review of
    # i193). The cortisol sentences first: a sentence naming no subject goes on about the
    # one before.
    project.write("content/a.md", "\n\n".join([
        "Your doctor will check cortisol and testosterone levels in a morning blood test.",
        "Cushing's syndrome, in which the body makes too much cortisol, lowers testosterone.",
        "Men with no zinc deficiency can raise their testosterone by taking zinc supplements.",
        "In many other cases, zinc supplements raise testosterone.",
    ]) + "\n", dedent=False)
    result = project.run(use_baseline=False, select=["EVD001"])
    assert [d.message for d in result.diagnostics if d.code == "EVD001"] == []


def test_an_exclusion_that_matches_every_sentence_is_unsupported(monkeypatch):
    # Judged only on the sentences the detector leaves unflagged, an exclusion matching
    # every sentence read as the miss rate and passed (review of i193).
    sys.path.insert(0, str(REPO / "bench"))
    import lexicon_support_evidence as support

    import lint.data
    from lint.nlp import BLANK, pipeline

    nothing = "does nothing"
    listed = "a list of options"
    data = {"cues": {}, "causal": {"phrases": []}, "exclusions": [
        {"reason": nothing, "patterns": [[{"ORTH": "."}]]},
        {"reason": listed, "patterns": [[{"LOWER": "you"}, {"LOWER": "can"}, {"LOWER": "do"}]]},
    ]}
    rows = [("Zinc may raise testosterone in men who lack it.", 1),
            ("Ashwagandha may lower stress.", 1),
            ("Too much cortisol may block testosterone.", 1),
            ("Smoking lowers sperm count.", 0),
            ("Obesity lowers testosterone.", 0),
            ("There are things you can do to sleep better.", 0),
            ("Testosterone is made in the testes.", 0),
            ("Sperm take about 70 days to mature.", 0)]
    from lint.annotate.hedges import detector

    detector("blank")  # the shipped detector, built before its data is swapped below
    real = lint.data.load_data
    monkeypatch.setattr(lint.data, "load_data",
                        lambda name, *a, **k: data if name == "hedges.yaml" else real(name, *a, **k))
    monkeypatch.setattr(support, "labelled_sets", lambda: {"health": rows})
    unsupported = support.hedges(pipeline(BLANK), show_all=False)
    assert f"exclusion|{nothing}" in unsupported
    assert f"exclusion|{listed}" not in unsupported
