"""Qualifiers, session 16 (branch i180): some of a ranked list, an enablement or an
instruction's condition, and a word's gloss are no qualifiers of a health claim; the
qualifiers beside them still count, and what is not known ("incompletely understood",
"no clear cause", findings "not been validated") is one; "can mean", "in some of the more
severe cases" still qualify (review of i180, branch i184). Public-domain (US government) and CC BY sentences of
the health-page set, quoted as their pages wrote them; figures per round in
bench/README.md."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,label", [
    # some of a ranked list (DEA, round 6, public domain); "some of which are irreversible"
    # restricts the claim (NIDA, round 2, public domain)
    ("Testosterone, nandrolone, stanozolol, methandienone, and boldenone are some of the most "
     "frequently abused anabolic steroids.", False),
    ("Abuse of anabolic steroids can lead to serious health problems, some of which are "
     "irreversible.", True),
    # an enablement (eLife, CC BY 4.0; Our World in Data, CC BY 4.0, round 17) and an
    # instruction's condition (travel.state.gov, public domain, round 12); a possible harm
    # is still a qualifier (CMS, public domain, round 8)
    ("A new molecular genetic tool makes it possible to manipulate precisely identified sets "
     "of neurons.", False),
    ("It makes it possible for millions of people to live a longer and healthier life.", False),
    ("If possible, bring a few extra days\u2019 worth in case of delays.", False),
    ("Prostate cancer screening is associated with possible harms.", True),
    # a word's gloss (HIVinfo, public domain, round 17); "can cause" over an effect stays
    # (NICHD, public domain)
    ("The abbreviation \u201cHIV\u201d can refer to the virus or to HIV infection.", False),
    ("A hormone imbalance or blockage of sperm movement can cause a lack of sperm.", True),
    # what is not known: "incompletely understood" (ClinicalTrials.gov record, public domain,
    # round 8), a cause not known and a finding not validated (rounds 14-16, reworded, no
    # other cue in them); a cause found is no qualifier
    # (the ClinicalTrials.gov clause alone: no "can increase" beside it to carry it)
    ("The risks of long-term testosterone replacement in older men with low testosterone "
     "levels are incompletely understood.", True),
    ("Nonspecific back pain has no clear cause.", True),
    ("There is no simple answer to why depression starts.", True),
    ("These rodent findings have not been validated in humans.", True),
    # (round 14, reworded: the thing not validated is not a finding's noun, but "in human
    # subjects" says it is a finding carried to people)
    ("Applying rodent data to people rests on assumptions about dose that have not been "
     "validated in human subjects.", True),
    ("Scans showed a clear cause of the back pain.", False),
    # Review of i180: a reason denied for an act is emphatic, and a product "not validated"
    # is a flat statement (health-page writing, reworded) ...
    ("There is no clear reason to stop taking statins before surgery.", False),
    ("There is no clear reason to doubt that zinc supplements raise testosterone.", False),
    ("The home kit has not been validated, so results are meaningless.", False),
    # ... while "can mean" is a possibility and "in some of the more severe cases" scopes the
    # claim to some cases (prostate-screening and endocrinology pages, reworded); a ranked
    # list stays unqualified (round 15, reworded).
    ("A high PSA can mean prostate cancer.", True),
    ("Feeling tired all the time can mean low testosterone.", True),
    ("In some of the more severe cases, the infection spreads to the blood.", True),
    ("Some of the more common side effects include acne, oily skin and hair loss.", False),
])
def test_health_writing_conventions_s16(qualified, text, label):
    assert qualified(text) is label
