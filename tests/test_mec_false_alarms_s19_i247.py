"""Issue 16, session 19 (branch i247): round 24's MEC false alarms, after scoring
(bench/data/mechanisms_gold/texts/wiki_rbej_r24_nomegestrol.md and wiki_r24_ormeloxifene.md,
six warnings, all false). Our own sentences in their shapes (tests/data/mechanisms/s19_i247.md):

- "X, a synthetic progestogen ..., was tested for use with estradiol valerate": the drug
  after "for use with" is X's partner, not the apposition's subject;
- "the effects of X on ... mineralocorticoid, glucocorticoid, and metabolic indices": the
  adjectives name what was measured, no class of X;
- "A contraceptive implant for placement under the skin was also developed but was never
  marketed" (no drug named: the text's drug's route): one more way, not held against "by
  mouth" (MEC003);
- "twice weekly for the first 12 weeks" and "once a week" after it: two phases of one
  regimen, not incompatible schedules (MEC003 compared the frequencies of sentences with
  different courses).

Control: alendronate "once weekly" and "daily", no course, still give MEC003."""

from __future__ import annotations

from conftest import statement_tests

READ = [
    ("dienogest", "route", "oral"),  # control: the drug's own route
    # a product never marketed: read as one more way (no MEC003 against "by mouth")
    ("dienogest", "route", "subcutaneous"),
    ("ormeloxifene", "schedule", "twice weekly"),
    ("ormeloxifene", "schedule", "weekly"),
]

NOT_READ = [
    ("estradiol", "class", "progestin"),  # the partner after "for use with"
    ("estradiol", "class", "corticosteroid"),
    ("dienogest", "class", "corticosteroid"),  # "glucocorticoid ... indices"
    ("dienogest", "class", "mineralocorticoid"),
]

read, test_read_where_the_sentence_says_it, test_not_read_where_the_sentence_does_not_say_it = \
    statement_tests("s19_i247.md", "s19.md", READ, NOT_READ)


def test_only_the_control_warns(read):
    """The alendronate control's MEC003 (and nothing else)."""
    assert [code for code, _ in read[0]] == ["MEC003"], read[0]
