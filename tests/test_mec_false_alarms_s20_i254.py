"""Issue 16, session 20 (branch i254): MEC false alarms on correct writing nobody labelled
(FDA labels' indications sections, public domain, and round 24's orforglipron text). Our own
sentences in their shapes (tests/data/mechanisms/s20_i254.md; the GLP-1 line about a made-up
drug since i261):

- "X (code) is an oral, once-daily, small-molecule GLP-1 receptor agonist": hyphened
  modifiers count as one word each on the walk back to the copula, so the class is what X
  is, no class subject given the route (nor its curated members);
- "are low to medium potency corticosteroids": a grade range stays in the predicate;
- "the itching of corticosteroid-responsive dermatoses": a name glued by a hyphen is no
  aside a later sentence's route ("The topical treatment …") points back to;
- "pain severe enough to require an opioid analgesic": the class is the verb's object;
- "an estrogen/progestin COC", "a vitamin D analogue and corticosteroid combination
  product": each class goes to the component the knowledge base gives it;
- "in combination with granulocyte-macrophage colony-stimulating factor (GM-CSF), …, and
  13-cis-retinoic acid (RA)": a bracketed abbreviation does not end the partner list;
- "It is not known whether X works as well as other beta-blockers given with pilocarpine":
  an empty "it" stands for no drug of the sentence before;
- "an angiotensin converting enzyme inhibitor, captopril, has caused …": the class is the
  drug's set off by commas after it, not the clause's other drugs';
- round 24, after scoring: a class statement is not given to members its paragraph names
  only after "than"; an "until" clause naming its own drug ("until a stable INR is reached
  with warfarin") is cut from the dose before it.

Controls: the drugs' own statements are still read, and an injected contradiction
("Ethinyl estradiol is a progestin") still warns (MEC001 and MEC004 only)."""

from __future__ import annotations

from conftest import statement_tests

READ = [
    ("semaglutide", "route", "subcutaneous"),  # controls
    ("tramadol", "class", "opioid"),
    ("norgestimate", "class", "progestin"),
    ("ethinylestradiol", "class", "estrogen"),  # the component the class is of
    ("drospirenone", "class", "progestin"),
    ("calcipotriene", "class", "vitamin d analog"),
    ("captopril", "class", "ace_inhibitor"),  # the drug set off after the class
]

NOT_READ = [
    ("class:glp1_receptor_agonist", "route", "oral"),
    ("dexamethasone", "route", "topical"),  # the corticosteroids' curated member
    ("class:corticosteroid", "route", "topical"),
    ("paracetamol", "class", "opioid"),  # "to require an opioid analgesic"
    ("drospirenone", "class", "estrogen"),
    ("calcipotriene", "class", "corticosteroid"),
    ("betamethasone dipropionate", "class", "vitamin d analog"),
    ("isotretinoin", "kind", "monoclonal antibody"),  # a partner of the antibody
    ("pilocarpine", "class", "beta_blocker"),  # "It is not known whether …": no pronoun
    ("verapamil", "class", "ace_inhibitor"),  # "an ACE inhibitor, captopril, has caused …"
    ("eplerenone", "effect", "aldosterone:down"),  # named only as compared, after "than"
    ("warfarin", "schedule", "daily"),  # the "until" clause's own drug
]

read, test_read_where_the_sentence_says_it, test_not_read_where_the_sentence_does_not_say_it = \
    statement_tests("s20_i254.md", "s20.md", READ, NOT_READ)


def test_only_the_injected_contradiction_warns(read):
    """Ethinyl estradiol called a progestin in the controls: MEC001 against the estrogen of
    the combination line and MEC004 against the knowledge base; nothing else."""
    assert sorted(code for code, _ in read[0]) == ["MEC001", "MEC004"], read[0]
