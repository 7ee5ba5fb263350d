"""Session 18, branch i210 (issue 16): round 20's false drug assertions and MEC false alarms,
mended by grammar (tests/data/mechanisms/s18_i210.md, sentences of the round 4, 9, 10, 12, 14
and 20 gold texts, our own sentences in the shapes of three health pages', with controls):

- a class's examples ("such as …") end where another class opens its own ("an estrogen, such
  as estradiol …, and a SERM, such as tamoxifen …"), past the class's bracketed abbreviation;
- a drug listed as an example of another noun ("SERMs or condition-specific treatments, such
  as … denosumab") takes no class the clause names before that noun;
- the examples of a sentence's opening comparison ("Unlike other SNRIs such as duloxetine and
  venlafaxine, levomilnacipran …") and a name after a compared noun phrase ("unlike its
  predecessor Brexanolone") are no subjects;
- a route word opening a partner's name after "in conjunction/combination with" is the
  partner's ("with oral copper chelating agents"), not a combined product's form ("in
  combined birth control pills");
- an apposition with adjectives after another noun ("collagen production, a key structural
  protein") is no kind of the subject;
- a negation a few words before a target in its clause denies it ("little or no activity
  against", "did not inhibit OAT1 or OAT3");
- a text's abbreviation in brackets ("Pimavanserin (PMV)") names the drug, and that bracket
  is no second mention ("usually ethinylestradiol (EE) –" stays the partner);
- "it" before an adverbial clause after a comma ("…, when a statin is not sufficient") keeps
  its clause; a class after "whom a" is that clause's subject;
- a drug's name listed beside a hormone or transmitter ("serotonin, dopamine and
  norepinephrine") is the body's substance, no second subject;
- a relative clause on another medicine ("external testosterone therapy that often suppresses
  LH and FSH") says what that medicine does, not the subject;
- a hormone's change a verb of treating takes as its object ("men who want to address
  declining testosterone") is the condition treated, not the drug's effect;
- a class someone takes ("patients taking protease inhibitors, delavirdine, and efavirenz")
  heads no list of members."""

from __future__ import annotations

from conftest import statement_tests

READ = [
    ("tamoxifen", "class", "serm"),
    ("raloxifene", "class", "serm"),
    ("bazedoxifene", "class", "serm"),
    ("conjugated estrogens", "class", "estrogen"),
    ("rofecoxib", "class", "cox2_selective_inhibitor"),
    ("levomilnacipran", "target", "slc6a2"),
    ("dimercaprol", "route", "parenteral"),
    ("estetrol", "route", "oral"),  # "in combined birth control pills": the combination's form
    ("pimavanserin", "target", "htr2a"),  # "PMV is a potent 5-HT2A receptor antagonist"
    ("pimavanserin", "target", "htr2c"),  # "this drug" after "PMV is …"
    ("lesinurad", "target", "slc22a12"),
    ("norethisterone", "route", "oral"),
    ("inclisiran", "route", "subcutaneous"),
    ("tamoxifen", "effect", "lh:up"),  # control: "It is thought that tamoxifen also raises LH"
    ("tamoxifen", "route", "oral"),  # control: an apposition after the drug itself
    ("enclomiphene", "effect", "endogenous_testosterone:up"),
    ("anastrozole", "effect", "estradiol:down"),  # control: "an aromatase inhibitor which"
    ("dapagliflozin", "class", "sglt2_inhibitor"),  # control: a class heading its list
]

NOT_READ = [
    ("denosumab", "class", "serm"),
    ("teriparatide", "class", "serm"),
    ("tamoxifen", "class", "estrogen"),
    ("raloxifene", "class", "estrogen"),
    ("bazedoxifene", "class", "estrogen"),
    ("venlafaxine", "target", "slc6a2"),
    ("duloxetine", "target", "slc6a2"),
    ("dimercaprol", "route", "oral"),
    ("bpc-157", "kind", "protein"),
    ("pramlintide", "kind", "peptide"),  # true of pramlintide, but the sentence says it of amylin
    ("pimavanserin", "target", "htr2b"),
    ("lesinurad", "target", "slc22a8"),
    ("quetiapine", "target", "htr2c"),
    ("clozapine", "target", "htr2c"),
    ("ethinylestradiol", "route", "oral"),
    ("class:statin", "route", "subcutaneous"),
    ("inclisiran", "class", "statin"),
    ("brexanolone", "route", "oral"),
    ("dopamine", "effect", "serotonin:up"),  # a transmitter listed with serotonin
    ("enclomiphene", "effect", "lh:down"),  # "external testosterone therapy that … suppresses"
    ("enclomiphene", "effect", "fsh:down"),
    ("exogenous testosterone", "effect", "testosterone:down"),  # "address declining …"
    ("efavirenz", "class", "protease inhibitor"),  # "patients taking protease inhibitors, …"
    ("delavirdine", "class", "protease inhibitor"),
]

read, test_read_where_the_sentence_says_it, test_not_read_where_the_sentence_does_not_say_it = \
    statement_tests("s18_i210.md", "s18.md", READ, NOT_READ)


def test_no_mechanism_warning_on_these_correct_sentences(read):
    assert read[0] == [], read[0]
