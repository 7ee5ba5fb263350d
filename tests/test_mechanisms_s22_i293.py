"""Issue 16, session 22 (branch i293): extraction recall. An antidepressant named by its
ring family is of that chemical kind ("a tricyclic antidepressant": kind tricyclic, as the
gold set keys rounds 18, 22, 26 and 28) and an antidepressant; a frequency right after a
dose that follows a drug's name ("prednisone 40 mg daily") is how that drug is given, with
no verb of giving (rounds 24 and 28), but not a dose of something else ("calcium 500 mg
daily"); the alpha-1A adrenergic receptor is read as texts write it ("alpha-1a receptors",
rounds 8 and 28); "a natural form of estrogen" is one of the estrogens (rounds 14, 26).
Sentences of our own: tests/data/mechanisms/s22_i293.md. Each READ
statement was missed before the change; the NOT_READ ones stay silent."""

from __future__ import annotations

from conftest import statement_tests

READ = [
    ("dosulepin", "kind", "tricyclic"),
    ("mianserin", "kind", "tetracyclic"),
    # a member of the named class has the class's kind
    ("imipramine", "kind", "tricyclic"),
    # an infobox's class row: a tricyclic antidepressant is an antidepressant (round 8's
    # class-level gold, rounds 26 and 28's infoboxes)
    ("lofepramine", "class", "antidepressant"),
    ("prednisone", "schedule", "daily"),
    ("dienogest", "schedule", "daily"),
    ("dienogest", "schedule", "course:6 months"),
    ("alfuzosin", "target", "adra1a"),
    # "a … form of estrogen" is one of the estrogens, as "an estrogen" is
    ("estriol", "class", "estrogen"),
]

NOT_READ = [
    # an antidepressant with no ring family named
    ("sertraline", "kind", "tricyclic"),
    ("sertraline", "kind", "tetracyclic"),
    # a level measured per day, with no dose given, is no schedule
    ("prednisolone", "schedule", "daily"),
    # the dose of a supplement, named by no drug of the text, is not the text's drug's
    ("alendronate", "schedule", "daily"),
    # another subtype of the receptor is not the alpha-1A one
    ("prazosin", "target", "adra1a"),
    # the body's hormone a drug lowers is not the drug's class
    ("anastrozole", "class", "estrogen"),
]

read, test_read_where_the_sentence_says_it, test_not_read_where_the_sentence_does_not_say_it = \
    statement_tests("s22_i293.md", "s22.md", READ, NOT_READ)


def test_no_mec_finding_on_correct_sentences(read):
    assert read[0] == [], read[0]
