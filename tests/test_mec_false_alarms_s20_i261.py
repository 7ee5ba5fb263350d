"""Issue 16, session 20 (branch i261, the review of i254): the other edge of each of i254's
guards, where the guard must not act (tests/data/mechanisms/s20_i261.md, our own sentences;
the side where each guard acts is tests/test_mec_false_alarms_s20_i254.py):

- a slash between two classes said of ONE drug is no combination ("Letrozole is an aromatase
  inhibitor/SERM": both classes are letrozole's, the wrong one warns);
- a class of a combination no component has goes to the component no other part went to
  ("an ACE inhibitor and beta blocker combination" of lisinopril and hydrochlorothiazide);
- an opening empty "it" does not hide a second "it" that is the drug ("It is important to
  inject it intravenously");
- a dose or brand in brackets ends the walk back to "in combination with" ("carboplatin
  (AUC 5)", "lenalidomide (Revlimid)"); only an abbreviation ("(GM-CSF)") does not;
- "until" is cut only after a dose ("Heparin, continued until warfarin …, is given
  intravenously" keeps heparin's route);
- a class a copula says of a drug stays its, however a drug set off by commas follows
  ("Verapamil is a calcium channel blocker, captopril, by contrast, …");
- a class statement after a comparison sums up the drug compared ("Atorvastatin lowers LDL
  cholesterol more than simvastatin. Statins inhibit HMG-CoA reductase.").

Known false readings of these sentences that are older than i254 and stay (bench/README,
i261 "Left"): warfarin given the partner's route in the heparin / fondaparinux lines (MEC003),
lenalidomide and dexamethasone given daratumumab's infusion (MEC004 on dexamethasone's
schedule), captopril given verapamil's class (MEC004); they are not asserted either way."""

from __future__ import annotations

from conftest import statement_tests

READ = [
    ("letrozole", "class", "serm"),  # one drug's two classes, the second wrong
    ("clomiphene citrate", "class", "aromatase_inhibitor"),
    ("tamoxifen", "class", "antiestrogen"),
    ("semaglutide", "route", "intravenous"),  # the second "it"
    ("dulaglutide", "schedule", "weekly"),
    ("alendronic acid", "route", "oral"),
    ("clozapine", "target", "dopamine_d2_receptor"),
    ("pemetrexed", "route", "intravenous"),  # a dose in brackets (control: read before too)
    ("daratumumab", "route", "intravenous"),  # a brand in brackets
    ("daratumumab", "schedule", "weekly"),
    ("heparin", "route", "intravenous"),  # no dose before "until"
    ("fondaparinux", "route", "subcutaneous"),
    ("fondaparinux", "schedule", "daily"),
    ("verapamil", "class", "calcium_channel_blocker"),  # the copula's class
    ("hydrochlorothiazide", "class", "beta_blocker"),  # the component left
    ("benazepril", "class", "beta_blocker"),
    ("simvastatin", "target", "hmg_coa_reductase"),  # named before the class statement
    # (a family none of whose members is known to be given otherwise: since session 31 the
    # base knows landiolol, an intravenous beta blocker, so "beta blockers are taken by
    # mouth" is said of no member, mechanism_family_claims)
    ("dapagliflozin", "route", "oral"),
]

NOT_READ = [
    ("lisinopril", "class", "beta_blocker"),  # the ACE inhibitor part is its
    ("hydrochlorothiazide", "class", "ace_inhibitor"),
    ("benazepril", "class", "thiazide diuretic"),
    ("verapamil", "class", "ace_inhibitor"),
]

read, test_read_where_the_sentence_says_it, test_not_read_where_the_sentence_does_not_say_it = \
    statement_tests("s20_i261.md", "s20.md", READ, NOT_READ)


def test_the_injected_errors_warn(read):
    """The wrong class of one drug's slash pair, the intravenous route of the second "it",
    the combination class no component has: MEC004 on those lines."""
    found = {line for code, line in read[0] if code == "MEC004"}
    assert {9, 13, 21, 57, 61} <= found, sorted(read[0])
    assert not {17, 25, 29, 33, 37, 45, 65, 69} & {line for _, line in read[0]}, \
        sorted(read[0])
