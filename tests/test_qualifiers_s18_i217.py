"""Qualifiers, session 18 (branch i217): cue words that grammar makes no qualifier of a
health claim — "May" after another month, "certain" before a pronoun ("sure"), "can and
do", "some" opening a list of examples, "most" before a singular noun of kind (a
superlative), "in general terms". Beside each, the reading that must stay. The DOE
sentence (public domain) is quoted as written; the others, from pages under copyright
(rounds 10, 16, 18, 20), are reworded. Figures per round in bench/README.md. The last
test holds the over-matches the review of i217 found (branch i222): sentences of our own
where the same words are a real qualifier."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,label", [
    # a date, not a possibility (round 20, reworded); "May" the modal and the month opening a
    # range stay as they were
    ("About 50 cases are reported in the Top End between October and May each year.", False),
    ("Cases are reported from November to May.", False),
    ("Some people may notice more symptoms in the wet season.", True),
    # "certain" as "sure" (round 10, reworded); the restricting "certain" stays
    ("Vasectomy suits a man who is certain he will never want children.", False),
    ("Certain medications lower testosterone.", True),
    # "can and do" asserts (round 20, reworded); "can" alone over an effect stays
    ("Left untreated, gum diseases can and do lead to tooth loss.", False),
    ("Left untreated, gum diseases can lead to tooth loss.", True),
])
def test_cue_words_grammar_makes_no_qualifier(qualified, text, label):
    assert qualified(text) is label


@pytest.mark.parametrize("text,label", [
    # a list of examples (rounds 16 and 20, reworded); "some" of a population stays
    ("Some examples of foods rich in vitamin C are oranges, lemons and tomatoes.", False),
    ("Some common ones include sunlight, alcohol and stress.", False),
    ("Some people find that alcohol and stress make it worse.", True),
    # a superlative opening a fragment (rounds 16 and 18, reworded); "most" of a plural
    # or of people stays a quantifier
    ("Most deadly form of skin cancer.", False),
    ("Most common, least dangerous form of skin cancer.", False),
    ("Most evidence-based combination for advanced hair loss.", False),
    ("Most types of HPV are harmless.", True),
    ("Most people with a rare form of the disease recover.", True),
])
def test_list_openers_and_superlatives(qualified, text, label):
    assert qualified(text) is label


@pytest.mark.parametrize("text,label", [
    # DOE (public domain, round 19), as written; "in general" the scope stays
    ("In general terms, the BeLPT is performed by culturing lymphocytes from peripheral "
     "blood.", False),
    ("In general, the test is safe.", True),
])
def test_in_general_terms(qualified, text, label):
    assert qualified(text) is label


@pytest.mark.parametrize("text", [
    # "most" of a plural before a verb that is also a noun of kind ("cause", "form", "sort")
    "Most infections cause no symptoms at all.",
    "Most infections cause no symptoms.",
    "Most viruses cause colds.",
    "Most patients form antibodies within two weeks.",
    "Most strokes cause lasting damage.",
    "Most drugs cause some side effects.",
    "Most children sort it out on their own.",
    # certainty denied: negated, or by a negative subject
    "It is not certain it helps.",
    "We are not certain it works.",
    "Nobody is certain they will benefit.",
    "No one is certain they will benefit.",
    # "some" of a kind, not a list of examples
    "Some instances of the infection are fatal.",
    "Some ones are harmful.",
])
def test_the_same_words_as_a_real_qualifier(qualified, text):
    assert qualified(text) is True
