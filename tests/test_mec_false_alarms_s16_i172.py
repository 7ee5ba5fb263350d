"""Issue 16, session 16 (branch i172): a MEC004 false alarm of round 16's benzphetamine
(bench/data/mechanisms_gold/texts/wiki_r16_benzphetamine.md:20). A class named as a medicine
patients used, take or receive, in a contraindication or an interaction ("… or who have
recently used a monoamine oxidase inhibitor (MAOI)", "in patients who are taking an MAOI",
"if you take an MAOI"), is no class of the sentence's drug (mechanism_classes.taken_class,
the verbs in lint/data/mechanism_words.yaml: `taking_verbs`, `taken_participles`).

A class the text does state stays read: "Benzphetamine is a sympathomimetic amine", and a
participle before a class is an adjective unless a perfect, "who" or the people come before
it ("Tizanidine is a commonly used muscle relaxant", "the most commonly used
acetylcholinesterase inhibitor")."""

from __future__ import annotations

import pytest

TEXTS = {
    # wiki_r16_benzphetamine.md, lines 20 and 24, as they are
    "benzphetamine.md": "# Benzphetamine\n\n## Contraindications\n\nBenzphetamine is "
                        "contraindicated in patients with advanced arteriosclerosis, "
                        "symptomatic cardiovascular disease, moderate to severe hypertension, "
                        "hyperthyroidism, known hypersensitivity or idiosyncrasy to "
                        "sympathomimetic amines, and glaucoma, or who have recently used a "
                        "monoamine oxidase inhibitor (MAOI). Benzphetamine should not be given "
                        "to patients who are in an agitated state or who have a history of "
                        "drug misuse.\n\n## Pharmacology\n\nBenzphetamine is a sympathomimetic "
                        "amine and is classified as an anorectic. The drug's main function is "
                        "to reduce appetite, which in turn reduces caloric intake.\n",
    # the same contraindication said in the other ways labels say it
    "taking.md": "# Benzphetamine\n\nBenzphetamine should not be used in patients who are "
                 "taking a monoamine oxidase inhibitor.\n",
    "received.md": "# Benzphetamine\n\nBenzphetamine should not be given to patients who have "
                   "received a monoamine oxidase inhibitor in the past 14 days.\n",
    "you_take.md": "# Benzphetamine\n\nDo not take benzphetamine if you take a monoamine "
                   "oxidase inhibitor.\n",
    "pronoun.md": "# Benzphetamine\n\nBenzphetamine is an anorectic. It is contraindicated in "
                  "patients who have recently used a monoamine oxidase inhibitor.\n",
    # livertox_r10_tizanidine.md:13 and livertox_r11_donepezil.md:17: adjectives, classes said
    "tizanidine.md": "# Tizanidine\n\nTizanidine is a commonly used muscle relaxant that has "
                     "been linked to rare instances of acute liver injury, a few of which have "
                     "been fatal.\n",
    "donepezil.md": "# Donepezil\n\nDonepezil was approved for use in the United States in "
                    "1996 and is currently the most commonly used acetylcholinesterase "
                    "inhibitor used for management of Alzheimer's disease.\n",
}
READ = [
    ("benzphetamine", "class", "sympathomimetic"),
    ("benzphetamine", "class", "anorectic"),
    ("tizanidine", "class", "muscle relaxant"),
    ("donepezil", "class", "cholinesterase inhibitor"),
]
NOT_READ = [
    ("benzphetamine", "class", "monoamine_oxidase_inhibitor"),
    ("class:monoamine_oxidase_inhibitor", "class", "anorectic"),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    from conftest import Project, mec_run

    result = mec_run(Project(tmp_path_factory.mktemp("i172")), TEXTS)
    said = {(d.path.rsplit("/", 1)[-1], a.drug, a.attribute, a.value)
            for d in result.documents for a in d.annotations.mechanisms if a.polarity}
    return said, result


@pytest.mark.parametrize("drug, attribute, value", READ)
def test_a_stated_class_is_read(read, drug, attribute, value):
    assert (drug, attribute, value) in {s[1:] for s in read[0]}, sorted(read[0])


@pytest.mark.parametrize("name", ["benzphetamine.md", "taking.md", "received.md",
                                  "you_take.md", "pronoun.md"])
@pytest.mark.parametrize("drug, attribute, value", NOT_READ)
def test_a_class_taken_is_no_class_of_the_drug(read, name, drug, attribute, value):
    assert (name, drug, attribute, value) not in read[0], sorted(read[0])


def test_no_mec_finding(read):
    assert [(d.code, d.path, d.message) for d in read[1].diagnostics] == []
