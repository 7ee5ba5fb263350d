"""Session 19, branch i234 (issue 16): false drug assertions by cause, on our own sentences
in the shapes of the gold texts of rounds 14-22 and an FDA label's nonclinical sections
(tests/data/mechanisms/s19_i234.md):

- the drugs of a noun phrase after "than" are compared with the subject, not subjects
  ("… far weaker than that of drugs in the SSRI class, such as fluoxetine"), and the class
  there is not the subject's; the examples still get their class;
- an apposition after a partner named after "with" ("packaged with ritonavir (…), a potent
  CYP3A4 inhibitor") describes the partner;
- a target before "mutant" ("ESR1 mutant patients") names the tumour, not what acts on it;
- a daily limit on the dose ("to a maximum of 2 grams daily", "a maximum daily dosage") is
  no daily schedule;
- a schedule in a clause that names a study's animals ("given to rats at 3 mg/kg/day for up
  to 4 weeks") is the study's dosing;
- a name before "substrate" ("the natural ATP substrate") is the body's substance;
- a name after a chemical substituent ("3,4-dihydroquinazolinyl acetic acid") is part of the
  drug's chemical name;
- a class's statement ("For example, SERMs act as estrogen agonists on bone tissue") is said
  of the members its own paragraph or list item names, not of every member the text named
  before ("Aromatase inhibitors (e.g. letrozole): … aromatase inhibitors raise LH" keeps
  letrozole);
- "only weak" and "little" before a target deny it, as the gold sets read them ("only weak
  inhibition of … reuptake", "little binding affinity for …")."""

from __future__ import annotations

from conftest import statement_tests

READ = [
    ("trazodone", "target", "slc6a4"),  # control: the subject's own target
    ("fluoxetine", "class", "ssri"),  # the examples keep the class they illustrate
    ("citalopram", "class", "ssri"),
    ("anastrozole", "effect", "estradiol:down"),
    ("ritonavir", "class", "cytochrome p450 3a4 inhibitor"),  # control: its own sentence
    ("lasofoxifene", "class", "serm"),
    ("penicillamine", "schedule", "four times daily"),
    ("remdesivir", "schedule", "daily"),  # control: the patients' schedule and course
    ("remdesivir", "schedule", "course:5 days"),
    ("remdesivir", "target", "viral_rdrp"),
    ("letermovir", "route", "oral"),
    ("class:serm", "site", "bone"),  # a class's statement stays the class's
    ("letrozole", "effect", "lh:up"),  # control: the item names its example
]

NOT_READ = [
    ("fluoxetine", "target", "slc6a4"),  # "… weaker than that of drugs …, such as fluoxetine"
    ("citalopram", "target", "slc6a4"),
    ("trazodone", "class", "ssri"),
    ("tamoxifen", "effect", "estradiol:down"),  # "much more than … such as tamoxifen do"
    ("nirmatrelvir", "class", "cytochrome p450 3a4 inhibitor"),  # ritonavir's apposition
    ("lasofoxifene", "target", "estrogen_receptor"),  # "ESR1 mutant patients"
    ("penicillamine", "schedule", "daily"),  # "to a maximum of 2 grams daily"
    ("phendimetrazine", "schedule", "daily"),  # "a maximum daily dosage"
    ("remdesivir", "schedule", "course:up to 4 weeks"),  # given to rats
    ("adenosine triphosphate", "target", "viral_rdrp"),  # "the natural ATP substrate"
    ("acetic acid", "route", "oral"),  # "3,4-dihydroquinazolinyl acetic acid"
    ("bazedoxifene", "site", "bone"),  # "SERMs act …" a paragraph after bazedoxifene
    ("bupropion", "target", "slc6a4"),  # "only weak inhibition of … serotonin reuptake"
]

read, test_read_where_the_sentence_says_it, test_not_read_where_the_sentence_does_not_say_it = \
    statement_tests("s19_i234.md", "s18.md", READ, NOT_READ)


def test_no_mechanism_warning_on_these_correct_sentences(read):
    # before: MEC004 for tamoxifen's "estradiol ↓", the comparison's example (line 14)
    assert read[0] == [], read[0]
