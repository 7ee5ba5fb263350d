"""Routes, schedules, sites and pronoun subjects in real sentences of other texts (issue 16,
session 8): what is read, what is not, and no MEC finding on the correct text
(tests/data/mechanisms/routes_schedules_prose.md). Its injected contradiction is read with
the other fixtures' in test_mechanisms_acceptance.py (ROUTES_SCHEDULES_INJECTED)."""

from __future__ import annotations

import pytest
from test_mechanisms_acceptance import _reads_without_finding

from lint.annotate.mechanism_routes import labelled_routes

READ = {
    # "| Bioavailability | Oral: very low; Intramuscular: very high |": a labelled route
    ("testosterone propionate", "route", "intramuscular"),
    ("testosterone propionate", "route", "buccal"),
    # "given by injection into muscle usually once every two to three days": a range as said
    ("testosterone propionate", "schedule", "every two to three days"),
    ("medroxyprogesterone", "route", "oral"),  # "| Bioavailability | By mouth: ~100% |"
    # "By mouth: 12–33 hours; IM (aq. susp.): ~50 days; SC (aq. susp.): ~40 days": one cell,
    # though the full stops inside its brackets split it into sentences
    ("medroxyprogesterone", "route", "intramuscular"),
    ("medroxyprogesterone", "route", "subcutaneous"),
    ("tetracycline", "schedule", "three to four times daily"),
    ("tetracycline", "schedule", "course:7 to 30 days"),
    # "The recommended dose is 10 to 80 mg once daily": no drug named, the section's
    ("atorvastatin", "schedule", "daily"),
    # "It is … available … as tablets" after "(with clemastine and dimenhydrinate)"
    ("diphenhydramine", "route", "oral"),
    # "All four of these agents are available … as over-the-counter oral formulations"
    ("cimetidine", "route", "oral"),
    ("ranitidine", "route", "oral"),
    ("famotidine", "route", "oral"),
    ("nizatidine", "route", "oral"),
    # "estrogenic effects in bone, the liver, and the uterus and antiestrogenic effects in the
    # breasts"
    ("toremifene", "site", "bone"),
    ("toremifene", "site", "liver"),
    ("toremifene", "site", "uterus"),
    ("toremifene", "site", "breast"),
    # "Cyproterone binds the androgen receptor": the salt's base; "at the level of the
    # pituitary"
    ("cyproterone acetate", "target", "androgen_receptor"),
    ("cyproterone acetate", "site", "pituitary"),
    # "# Semaglutide (WikiProjectMed)" … "It works like human GLP-1 and increases insulin"
    ("semaglutide", "effect", "insulin:up"),
    ("semaglutide", "effect", "glucagon:down"),
    # "| Method | Frequency | Dose |" under a section naming heparin alone
    ("heparin", "route", "subcutaneous"),
    ("heparin", "route", "intravenous"),
    ("heparin", "schedule", "every 4 to 6 hours"),
    # "Aromatase inhibitors … are also able to inhibit the secretion of prolactin": the class's
    ("anastrozole", "effect", "prolactin:down"),
}
NOT_READ = {
    ("testosterone propionate", "route", "oral"),  # "Oral: very low": not given by mouth
    ("tetracycline", "schedule", "four times daily"),  # the range's upper end
    ("tetracycline", "schedule", "course:30 days"),
    ("chlorpropamide", "schedule", "every 5 to 7 days"),  # "with increases every 5 to 7 days"
    ("amlodipine", "schedule", "daily"),  # a combination product's partner
    ("levothyroxine", "schedule", "daily"),  # "daily hormonal requirements"
    ("clemastine", "route", "oral"),  # named in brackets: not what "It" points back to
    ("dimenhydrinate", "route", "topical"),
    # "… as robustly as D2 receptor agonists": the target of what they are compared with
    ("anastrozole", "target", "dopamine_d2_receptor"),
    ("letrozole", "target", "dopamine_d2_receptor"),
    ("amoxicillin", "target", "blauoe-1"),  # the partner's target ("a beta-lactamase inhibitor")
    ("ampicillin", "target", "blauoe-1"),
}


def test_routes_schedules_sites_and_pronouns_of_real_sentences_are_read_without_finding(
        project):
    _reads_without_finding(project, "routes_schedules_prose.md", READ, NOT_READ)


ROUTE_WORDS = {"oral": "oral", "by mouth": "oral", "intramuscular": "intramuscular"}


@pytest.mark.parametrize("value, expected", [
    ("Oral: 3–7%; Intramuscular: high", ["oral", "intramuscular"]),
    ("Oral: very low; Intramuscular: high", ["intramuscular"]),
    ("IM (in tea seed oil): 20.9 days; IM (in castor oil): 33.9 days",
     ["intramuscular", "intramuscular"]),
    ("By mouth: 12–33 hours; IM (aq. susp.): ~50 days; SC (aq. susp.): ~40 days",
     ["oral", "intramuscular", "subcutaneous"]),
    ("100%; I.M: 60% to 63% of subcutaneous dose", ["intramuscular"]),
    # a route in brackets after a value (desmopressin's infobox, round 8)
    ("Variable; 0.08–0.16% (by mouth)", ["oral"]),
    ("1.5–2.5 hours (IV)", ["intravenous"]),
    ("50% (approx.)", []),
    # no label: a route word inside a value, a field that is not a route
    ("By mouth, intramuscular injection", []),
    ("Urine (as conjugates)", []),
    ("Liver: 90%", []),
])
def test_route_labels_of_infobox_values(value, expected):
    assert [key for key, _, _ in labelled_routes(value, ROUTE_WORDS)] == expected
