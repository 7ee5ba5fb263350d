"""Issue 16, session 21 (branch i273): classes a text names in its own words.

A class said right after its generation ("a fourth-generation progestin") adds the
generation's class: the knowledge base's subclass where it has one, else the text's own
name for it (lint/annotate/mechanism_own_classes.py), which no MEC rule judges. An anti-
class of use before another class ("an antiretroviral protease inhibitor") is said of the
drug too, and the estrogens' and progestogens' esters are classes that give the kind
ester (lint/data/drug_classes.yaml). tests/data/mechanisms/s21_i273.md: sentences of our
own, one per shape.

Eight of these sixteen tests pass on the code before i273 too (the review of i273, found
again in i285): the four READ rows marked "guard", both NOT_READ rows, the pills and the
no-finding test. They stay as guards of what i273 must not break; the failing-first tests
of the review's mends are in tests/test_mechanisms_s21_i285.py."""

from __future__ import annotations

from conftest import statement_tests

READ = [
    # the knowledge base divides no progestins into generations: the text's own name
    ("trimegestone", "class", "fourth_generation_progestin"),
    ("trimegestone", "class", "progestin"),  # guard: read before i273 too
    # it does divide cephalosporins: its subclass
    ("cefepime", "class", "fourth_generation_cephalosporin"),  # guard, as above
    ("atazanavir", "class", "antiretroviral"),
    ("phentermine", "class", "anorectic"),
    # an ester of a hormone class: the class and the kind (as "androgen ester" was)
    ("medroxyprogesterone", "kind", "ester"),
    ("medroxyprogesterone", "class", "progestin"),
    ("estradiol valerate", "kind", "ester"),  # guard, as above
    ("estradiol valerate", "class", "estrogen"),  # guard, as above
    # "These include:" in a section of types under a page titled with a class
    ("paricalcitol", "class", "vitamin d analog"),
    ("tacalcitol", "class", "vitamin d analog"),
    # a class the knowledge base now has (drug_classes.yaml), not checked against
    # DrugCentral's (which files fulvestrant under the SERMs' mechanism)
    ("fulvestrant", "class", "serd"),
]
NOT_READ = [  # guards: neither was read before i273 either
    # a structural word before a class is no class of the drug
    ("cefiderocol", "class", "siderophore"),
    # "These include:" under "## Interactions": other drugs, not the page's class
    ("gemfibrozil", "class", "statin"),
]


read, test_read_where_the_sentence_says_it, test_not_read_where_the_sentence_does_not_say_it = \
    statement_tests("s21_i273.md", "s21.md", READ, NOT_READ)


def test_pills_of_a_generation_give_the_drug_no_generation_class(read):
    # "second-generation contraceptive pills": the pills' generation, not a class's
    assert not [s for s in read[1] if s[0] == "levonorgestrel" and "generation" in s[2]]


def test_own_class_names_raise_no_mec_finding(read):
    # "fourth_generation_progestin" beside "progestin" in another section: no MEC001, and
    # no MEC004 against the knowledge base's class, which does not know the name
    assert read[0] == [], read[0]
