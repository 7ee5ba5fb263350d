"""A conversion a drug blocks, and a glossary's pronunciation line, in real sentences of
other texts (issue 16, session 12): what is read, what is not, and no MEC finding on the
correct text (tests/data/mechanisms/conversions_glossary_prose.md)."""

from __future__ import annotations

from test_mechanisms_acceptance import _reads_without_finding

READ = {
    # "act by blocking the conversion of angiotensin I to angiotensin II": its product falls
    ("class:ace_inhibitor", "effect", "angiotensin_ii:down"),
    # "(uh-ROH-muh-tays in-HIH-bih-ter)" says nothing: the definition after it is the
    # heading's first sentence
    ("class:aromatase_inhibitor", "effect", "estradiol:down"),
    ("class:aromatase_inhibitor", "target", "aromatase"),
}
NOT_READ = {
    # "the steroid 5-alpha reductase which catalyzes the conversion of testosterone to
    # dihydrotestosterone": the enzyme's work, not a level the drug is said to change
    ("class:five_alpha_reductase_inhibitor", "effect", "dihydrotestosterone:down"),
    ("class:five_alpha_reductase_inhibitor", "effect", "testosterone:up"),
}


def test_conversions_and_pronunciations_of_real_sentences_are_read_without_finding(project):
    result, _ = _reads_without_finding(project, "conversions_glossary_prose.md", READ,
                                       NOT_READ)
    # "thereby blocking the conversion of cholesterol to pregnenolone and the peripheral
    # aromatization of androgenic precursors into estrogens": estrogens are not that
    # conversion's product (exemestane lowers estradiol by the glossary's class statement)
    assert not [a for d in result.documents for a in d.annotations.mechanisms
                if a.attribute == "effect" and "pregnenolone" in a.sentence.text]
