"""Issue 16, session 18 (branch i229): round 22's MEC false alarm, after scoring
(bench/data/mechanisms_gold/texts/ddt_jcem_r22_paltusotine.md:17, two MEC003). "On September
25, 2025, the U.S. Food and Drug Administration (FDA) approved paltusotine, the first
once-daily oral … agonist" names no drug the knowledge base knows, so its "daily" went to the
drugs the text was about (octreotide, lanreotide: "monthly" two sentences before) as a
presupposed schedule: "Administration" of the agency's name counted as a word about giving a
dose (mechanism_routes.presupposed_schedule). A capitalised word after another capitalised
word of the clause is part of a name and no longer counts.

Controls (tests/data/mechanisms/s18_i229.md, our own sentences): a clause opening with
"Administration is three times daily" still gives the text's drug its schedule, and a drug the
agency's sentence names keeps the schedule said of it."""

from __future__ import annotations

from conftest import statement_tests

READ = [
    ("lanreotide", "schedule", "monthly"),
    ("octreotide", "schedule", "three times daily"),  # control: the dose of the text's drug
    ("pasireotide", "schedule", "monthly"),  # control: the drug the agency approved
]

NOT_READ = [
    ("lanreotide", "schedule", "daily"),  # the new agonist's, not lanreotide's
]

read, test_read_where_the_sentence_says_it, test_not_read_where_the_sentence_does_not_say_it = \
    statement_tests("s18_i229.md", "s18.md", READ, NOT_READ)


def test_no_mechanism_warning_on_these_sentences(read):
    assert read[0] == [], read[0]
