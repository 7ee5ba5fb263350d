"""Issue 16, session 22 (branch i293): extraction recall. An antidepressant named by its
ring family is of that chemical kind ("a tricyclic antidepressant": kind tricyclic, as the
gold set keys rounds 18, 22, 26 and 28) and an antidepressant; a frequency right after a
dose that follows a drug's name ("prednisone 40 mg daily") is how that drug is given, with
no verb of giving (rounds 24 and 28), but not a dose of something else ("calcium 500 mg
daily"); the alpha-1A adrenergic receptor is read as texts write it ("alpha-1a receptors",
rounds 8 and 28); "a natural form of estrogen" is one of the estrogens (round 26).
Sentences of our own: tests/data/mechanisms/s22_i293.md. Each READ
statement was missed before the change; the NOT_READ ones stay silent.

The review of i293 (session 22, branch i307): a frequency in a dose line is only the drug's
whose dose it follows (not a second drug's or a supplement's: those gave false MEC003s),
and a drug that lowers "the active form of estrogen" lowers the hormone (estradiol:down, so
a later "raises estrogen" is a MEC002 again)."""

from __future__ import annotations

from conftest import mec_on, statement_tests

READ = [
    ("dosulepin", "kind", "tricyclic"),
    ("mianserin", "kind", "tetracyclic"),
    # a member of the named class has the class's kind
    ("imipramine", "kind", "tricyclic"),
    # an infobox's class row: a tricyclic antidepressant is an antidepressant (round 4's
    # class-level gold, rounds 26 and 28's infoboxes)
    ("lofepramine", "class", "antidepressant"),
    ("prednisone", "schedule", "daily"),
    ("dienogest", "schedule", "daily"),
    ("dienogest", "schedule", "course:6 months"),
    ("alfuzosin", "target", "adra1a"),
    # "a … form of estrogen" is one of the estrogens, as "an estrogen" is
    ("estriol", "class", "estrogen"),
    # "lowers the active form of estrogen": the hormone, as before i293 (review finding 2)
    ("anastrozole", "effect", "estradiol:down"),
    ("exemestane", "effect", "estradiol:down"),
    # each frequency of a dose line is its own drug's (review finding 1)
    ("calcium carbonate", "schedule", "twice daily"),
    ("fulvestrant", "schedule", "monthly"),
    ("anastrozole", "schedule", "daily"),
]

NOT_READ = [
    # an antidepressant with no ring family named
    ("sertraline", "kind", "tricyclic"),
    ("sertraline", "kind", "tetracyclic"),
    # a level measured per day, with no dose given, is no schedule
    ("prednisolone", "schedule", "daily"),
    # the dose of a supplement, named by no drug of the text, is not the text's drug's
    # (a list item, where the heading's drug would be the subject)
    ("alendronic acid", "schedule", "daily"),
    # a frequency after another drug's or a supplement's dose is not this drug's
    ("alendronic acid", "schedule", "twice daily"),
    ("ibandronic acid", "schedule", "daily"),
    ("risedronic acid", "schedule", "daily"),
    ("exemestane", "schedule", "monthly"),
    ("letrozole", "schedule", "daily"),
    # another subtype of the receptor is not the alpha-1A one
    ("prazosin", "target", "adra1a"),
    # the body's hormone a drug lowers is not the drug's class
    ("anastrozole", "class", "estrogen"),
    ("exemestane", "class", "estrogen"),
]

read, test_read_where_the_sentence_says_it, test_not_read_where_the_sentence_does_not_say_it = \
    statement_tests("s22_i293.md", "s22.md", READ, NOT_READ)


def test_no_mec_finding_on_correct_sentences(read):
    # (the ibandronate, risedronate and exemestane dose lines gave MEC003s at i293)
    assert read[0] == [], read[0]


def test_lowering_the_active_form_of_estrogen_contradicts_raising_it(project):
    """'lowers the active form of estrogen' read as the hormone again: against a later
    'raises estrogen' it is MEC002 (i293 left only the MEC004 of the second sentence)."""
    found = sorted((d.code, d.span.start.line) for d in mec_on(project, (
        "# Men\n\nAnastrozole reduces the active form of estrogen in men.\n\n## Later\n\n"
        "Anastrozole increases estrogen in men.\n")).diagnostics if d.code != "MEC005")
    assert ("MEC002", 7) in found, found
