"""Session 19, branch i246 (from the review of i237): "hCG is injected 2 to 3 times per week"
gave MEC004 (its "per week" read as "weekly") and "two to three times a week" then MEC003
against it (its inner "three times a week" read alone). `schedules.ranges` knew only ranges
per day; a range per week is now read whole, as a range per day is ("2 to 3 times weekly"),
and compared with nothing. Control (tests/data/mechanisms/s19_i246.md, our own sentences): a
single count a week is still read ("three times a week" -> three times weekly)."""

from __future__ import annotations

from conftest import statement_tests

READ = [
    ("menotropins", "schedule", "three times weekly"),  # control: one count a week
]

NOT_READ = [
    ("human chorionic gonadotropin", "schedule", "weekly"),  # "per week" of a range
    ("human chorionic gonadotropin", "schedule", "three times weekly"),  # a range's last number
]

read, test_read_where_the_sentence_says_it, test_not_read_where_the_sentence_does_not_say_it = \
    statement_tests("s19_i246.md", "s19.md", READ, NOT_READ)


def test_no_mechanism_warning_on_these_sentences(read):
    assert read[0] == [], read[0]
