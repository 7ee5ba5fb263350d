"""Session 17, branch i201: mends of the review of i196 (tests/data/mechanisms/s17_i201.md:
the review's probe sentences, and LiverTox's Memantine):

- "it" is the subject of its clause only at the clause's start, after a joining word or after
  an opening phrase closed by a comma; not right after a subordinator ("Because it is taken by
  mouth, anastrozole …") nor after a verb ("Take it with letrozole …");
- a drug after with/plus/alongside that the rest of the clause speaks of is that clause's
  subject ("It is sometimes paired with anastrozole to raise estradiol": anastrozole's, a
  contradiction MEC004 reports); one that ends the clause is an object ("combination forms
  with donepezil.");
- a presupposed route goes to the section's drug only where the sentence the text's drug came
  from named it too (the naltrexone/bupropion combination of tests/data/mechanisms/s17_i196.md);
  "Some men use leuprorelin instead. The depot is given intramuscularly." is leuprorelin's;
- "ghrelin receptor agonist", a predicate naming no class of the knowledge base, says the
  target: "Letrozole is a ghrelin receptor agonist" is still a contradiction (it was read as
  the GH-secretagogue class before i196, and as nothing after)."""

from __future__ import annotations

from conftest import statement_tests

READ = [
    ("letrozole", "effect", "estradiol:down"),  # "paired with letrozole to lower estradiol"
    ("anastrozole", "route", "oral"),  # "Because it is taken by mouth, anastrozole …"
    ("anastrozole", "effect", "estradiol:up"),  # said wrongly of anastrozole: MEC004
    ("memantine", "route", "oral"),
    ("leuprorelin", "route", "intramuscular"),
    ("letrozole", "target", "ghrelin_receptor"),
]

NOT_READ = [
    ("clomiphene citrate", "effect", "estradiol:down"),
    ("enclomiphene", "effect", "estradiol:down"),
    ("testosterone cypionate", "route", "oral"),
    ("clomiphene citrate", "effect", "estradiol:up"),
    ("donepezil", "route", "oral"),  # "combination forms with donepezil."
    ("anastrozole", "route", "intramuscular"),  # the depot is leuprorelin's
    ("letrozole", "class", "gh_secretagogue"),
]

read, test_read_where_the_sentence_says_it, test_not_read_where_the_sentence_does_not_say_it = \
    statement_tests("s17_i201.md", "s17.md", READ, NOT_READ)


def test_only_the_two_contradictions_are_reported(read):
    # anastrozole "to raise estradiol" (l.20) and letrozole "a ghrelin receptor agonist" (l.34)
    assert read[0] == [("MEC004", 20), ("MEC004", 34)], read[0]
