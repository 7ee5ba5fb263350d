"""Qualifiers of health writing, session 28 (branch i396, issue 15): the hedge lexicon's
entries for "normally", "can:" and evidence statements, and the shapes where a word of the
lexicon is no qualifier ("can vary", "when possible", "can be removed", "most commonly",
"some 20 %", "the number of", "<Name> Association of"). Each entry family has sentences it
must flag and sentences it must leave; all in our own words, shaped like the development
rows cited in lint/data/hedges.yaml. Figures in bench/README.md (session 28, i396)."""

from __future__ import annotations

import pytest


def judge(text: str):
    from lint.annotate.hedges import annotate_hedges, detector
    from lint.lines import document_from_lines

    document = document_from_lines([text], "blank")
    annotate_hedges(document, detector("blank"))
    return next(document.sentences).annotations.hedge


@pytest.mark.parametrize("text,cue", [
    # "normally" as "usually": opening the clause, or before what it scopes over
    ("Normally, the adrenal glands release cortisol in the early morning.", "Normally"),
    ("Normally the rash clears within a week.", "Normally"),
    ("The liver normally clears the drug within a day.", "normally"),
    ("Wisdom teeth are normally removed under local anaesthetic.", "normally"),
    ("A healthy cycle normally lasts about 28 days.", "normally"),
    ("Results come back after the test, normally within two days.", ", normally"),
    ("Donors must wait a while (normally, twelve weeks) before giving again.", "(normally"),
    # "can:" opening a list of possible effects
    ("Untreated sleep apnoea can:", "can"),
])
def test_frequency_and_list_cues_are_qualifiers(project, text, cue):
    judgment = judge(text)
    assert judgment.hedged, judgment.cues
    assert cue in judgment.cues, judgment.cues


@pytest.mark.parametrize("text", [
    # "normally" as a manner adverb after its verb
    "The kidneys stop working normally when blood pressure stays high.",
    "The embryos developed normally with ICSI.",
    "After surgery the patient was eating and drinking normally.",
    "Blood does not flow through the heart the way it normally does.",
    "When the thyroid is working normally it keeps the heart rate steady.",
    # "can" closing a sentence is no list lead-in: only a colon after it is read
    "If you feel well enough to walk, you can.",
])
def test_manner_normally_is_no_qualifier(project, text):
    judgment = judge(text)
    assert not judgment.hedged, judgment.cues


@pytest.mark.parametrize("text", [
    # "can vary": a quantity differs between people, not a possible effect
    "Cholesterol levels can vary with diet, age and the time of the test.",
    "Recovery times can also vary from one patient to the next.",
    # "when / where possible": the condition of an instruction
    "When possible, book the scan for the morning.",
    "Drink water rather than soft drinks where possible.",
    "Rest the injured leg as much of the day as possible.",
    # "can be compounded / removed / attributed": an option, a procedure, a share of causes
    "Progesterone can be compounded as a cream for use on the skin.",
    "Small growths in the bowel can be removed during the examination.",
    "About a third of cases can be attributed to smoking.",
    # "most commonly / frequently": the superlative of a frequency
    "Statins are the most commonly prescribed drugs for cholesterol.",
    "Gout is most commonly felt in the big toe.",
    "It was the fourth most frequently reported side effect.",
    # "some" before a figure is "about"
    "Some 40 per cent of adults in the survey slept less than six hours.",
    # a count, not "a number of people believe"
    "The region reported the highest number of people treated for malaria.",
    "The number of people over eighty has doubled since 2000.",
    # the name of a body
    "The Dental Association of Ireland advises brushing twice a day.",
])
def test_lexicon_words_that_are_no_qualifier_here(project, text):
    judgment = judge(text)
    assert not judgment.hedged, judgment.cues


@pytest.mark.parametrize("text,cue", [
    # controls: the same words where they do qualify the claim
    ("Stress can worsen the rash.", "can"),                  # "can" over an effect
    ("Pain can range from mild to severe.", "can"),          # "can range" is kept
    ("Stress and poor sleep were named as possible triggers of the rash.", "possible"),
    ("Gout most often affects the big toe.", "often"),       # "most often" is kept
    ("Hair loss is most common in older men, and it is often permanent.", "often"),
    ("In some sixty-year-olds, levels fall by half.", "In some"),  # a number word: scope
    ("A number of people believe that zinc cures colds.", "number of people"),
    ("The association of obesity with low testosterone is well known.", "association of"),
])
def test_controls_stay_qualified(project, text, cue):
    judgment = judge(text)
    assert judgment.hedged, judgment.cues
    assert cue in judgment.cues, judgment.cues


@pytest.mark.parametrize("text,cue", [
    # what the evidence is: animal or cell studies, in rodent models
    ("Animal studies show faster wound closure with the peptide.", "Animal studies show"),
    ("Rodent studies have shown less scarring after the injection.",
     "Rodent studies have shown"),
    ("In rodent models, the compound speeds up bone repair.", "In rodent models"),
    # how much evidence: limited, not enough, scarce, weak, more needed
    ("Human clinical trial data remain scarce, and the peptide has limited published human "
     "clinical trials.", "limited published human clinical trials"),
    ("There is not enough human research on this supplement.", "not enough human research"),
    ("The science behind cold plunges is still thin.", "is still thin"),
    ("More long-term studies are needed before it can be recommended.",
     "More long-term studies are needed"),
    ("Early results; more human research needed", "more human research needed"),
    # an effect that has only "shown promise"
    ("Low-dose naltrexone has shown promise in easing chronic pain.", "shown promise"),
    ("Such peptides hold promise for tendon repair.", "hold promise"),
])
def test_evidence_strength_statements_are_qualifiers(project, text, cue):
    judgment = judge(text)
    assert judgment.hedged, judgment.cues
    assert cue in judgment.cues, judgment.cues


@pytest.mark.parametrize("text", [
    # the same words where they say nothing of how strong the evidence is
    "Animal studies began in the 1990s, before the first human trials.",
    "In rats, the drug lowered blood pressure within an hour.",
    "Research on statins is extensive and consistent.",
    "There is enough human evidence to recommend the vaccine to adults.",
    "More nurses are needed on the night shift.",
    # research or trials judged weak are evidence statements, read by the EVD rules for their
    # own clause (tests/rules/cases/EVD001.yml), not qualifiers
    "Critics say the research is lacking, but the cream clears acne in a week.",
    "The evidence is clear that smoking damages the lungs.",
])
def test_evidence_words_that_state_no_weakness(project, text):
    judgment = judge(text)
    assert not judgment.hedged, judgment.cues


@pytest.mark.parametrize("text", [
    # "suspected": a diagnosis not yet confirmed, the patient's status
    "The clinic logged 300 suspected cases of measles last month.",
    "Anaemia is suspected when a child looks pale and tires easily.",
    # "potential" as a noun, a capacity
    "Loud music has the potential to damage hearing.",
    "Caught early, the cancer has great potential for cure.",
    # a list whose predicate is "some of the …"
    "Thirst, headache and dark urine are some of the signs.",
    # "May" the month after an abbreviated month
    "Cases peak in the wet season (Dec – May) each year.",
])
def test_diagnoses_capacities_lists_and_months_are_no_qualifier(project, text):
    judgment = judge(text)
    assert not judgment.hedged, judgment.cues


@pytest.mark.parametrize("text,cue", [
    ("Researchers suspect that the drug harms the liver.", "suspect"),
    ("Zinc is a potential treatment for acne.", "potential"),
    ("A secretagogue with potential for muscle growth.", "potential for"),  # no determiner
    ("The herb has shown potential to lower blood sugar.", "shown potential"),
    ("In some of the patients, the rash came back.", "In some"),
    ("Symptoms may ease in May.", "may"),
])
def test_their_qualifying_neighbours_stay(project, text, cue):
    judgment = judge(text)
    assert judgment.hedged, judgment.cues
    assert cue in judgment.cues, judgment.cues


def test_suspected_stays_a_cue_of_the_speculation_scheme(project):
    """BioScope marks "suspected" speculative: the biomedical scheme keeps it."""
    judgment = judge("The clinic logged 300 suspected cases of measles last month.")
    assert judgment.as_dict("speculation")["label"] == 1, judgment.cues
    assert judgment.as_dict("qualifier")["label"] == 0, judgment.cues


@pytest.mark.parametrize("text,cue", [
    # the claim denied for all, so held for some
    ("Not all moles turn into melanoma.", "Not all"),
    ("Not every smoker develops lung cancer.", "Not every"),
    ("Statins are not suitable for everyone.", "not suitable for everyone"),
    ("Nicotine patches don’t work for everyone.", "n’t work for everyone"),
    # association with the typographic apostrophe, or "all" between
    ("It’s linked to a higher risk of gout.", "’s linked to"),
    ("Obesity and smoking are all linked with erectile problems.", "are all linked with"),
])
def test_denied_universals_and_associations_are_qualifiers(project, text, cue):
    judgment = judge(text)
    assert judgment.hedged, judgment.cues
    assert cue in judgment.cues, judgment.cues


@pytest.mark.parametrize("text", [
    # "all" / "everyone" not denied: a universal claim
    "All moles should be checked once a year.",
    "The vaccine is recommended for everyone over sixty.",
    # "not" before something else than "all" / "every"
    "Nicotine patches do not work forever.",
    # linked in a description, no verb of being before it
    "The gene linked to this syndrome sits on chromosome 7.",
])
def test_universals_and_descriptions_are_no_qualifier(project, text):
    judgment = judge(text)
    assert not judgment.hedged, judgment.cues


@pytest.mark.parametrize("text,label", [
    # a duration's upper bound and an onset are possible effects
    ("It can take up to three weeks for the rash to fade.", 1),
    ("Hearing loss can take years to become noticeable.", 1),
    ("The wound can start to bleed again after a knock.", 1),
    ("Children can start getting a fever within a day of contact.", 1),
    # an option or a procedure with the same verbs stays no qualifier
    ("You can take action today to lower your blood pressure.", 0),
    ("Screening can start from the age of forty.", 0),
    ("Getting used to new glasses can take 2 weeks.", 0),
])
def test_can_take_and_can_start(project, text, label):
    judgment = judge(text)
    assert int(judgment.hedged) == label, judgment.cues
