"""Health pages: the recognisers of session 21 (i272; claims.yaml not_claims) narrowed so
that a full sentence with a finding, a cost or an association goes to the model, and only
short rows or the plain forms they were written for are set aside without it (i286).
Sentences in our own words."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO
from test_claims_s21_i272 import FURNITURE, METHODS, PUBLISHER  # the reasons claims.yaml gives

sys.path.insert(0, str(REPO / "bench"))
import eval_claims  # noqa: E402


@pytest.mark.parametrize("line", [
    # A clinic's own staff as the source of a finding: the staff recogniser took each.
    "Our nurses notice that most patients are back on their feet within a week.",
    "Our doctors know that treating early cuts the risk of a second stroke in half.",
    "Our physiotherapists have seen daily stretching ease knee pain within a month.",
    "In our clinicians' experience, most ankle sprains mend in six weeks without an operation.",
    "Our experts agree that the vaccine protects older adults from severe illness.",
    "A trial run by our surgeons halved the rate of infection after knee replacement.",
    "Our data scientists estimate that one adult in ten has diabetes without knowing it.",
    # A cost stated in a sentence, not a price list's line.
    "A year's supply of insulin can cost a patient over $1,000.",
    "Healing a single diabetic foot ulcer costs hospitals more than £7,000.",
    # A clock range inside advice with its reason.
    "Blood glucose is best measured between 07:00-09:00 because it climbs around dawn.",
    # An instrument, then what it showed.
    "A peak flow meter was used to measure lung function, and it predicted asthma attacks.",
    "A liver scan was used to measure fat, and it turned out as accurate as a biopsy.",
    # A claim written in capitals after "BY".
    "BY CUTTING OUT CIGARETTES, YOU HALVE YOUR CHANCE OF HEART DISEASE.",
])
def test_full_sentences_with_a_finding_or_a_cost_stay_claims(line):
    judged, = eval_claims.judgments([line], "health")
    assert not judged.reasons[0].startswith("not a claim: "), judged.reasons
    assert judged.label, judged.reasons




@pytest.mark.parametrize("line, reason", [
    # The forms the narrowed recognisers keep.
    ("BY ANNA KOWALSKI", FURNITURE),
    ("Open Monday to Friday 08:30-17:00", FURNITURE),
    ("Flu jab for adults £18", FURNITURE),
    ("Get in touch with our team of dietitians today.", PUBLISHER),
    ("If in doubt, let our nurses know before your appointment.", PUBLISHER),
    ("Our podiatrists offer home visits across the county.", PUBLISHER),
    ("Our physiotherapists can see you for lower back pain this week.", PUBLISHER),
    ("A pedometer was used to record daily steps for a month.", METHODS),
])
def test_the_narrowed_recognisers_still_set_their_rows_aside(line, reason):
    judged, = eval_claims.judgments([line], "health")
    assert not judged.label
    assert judged.reasons[0].startswith(reason), judged.reasons
