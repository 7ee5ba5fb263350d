"""Issue 16, session 14 (branch i148): routes and targets of the round 7-13 gold texts
(tests/data/mechanisms/routes_targets_s14.md; the last paragraphs are in our words), each read
where the sentence says it and not where it does not:

- 'colon, rectal, breast … and liver cancer': an organ adjective naming a disease, at the head
  of a list of organs sharing the noun, is no route (round 13's two MEC003 false alarms);
  'oral, rectal and vaginal formulations' still are routes, and an adverb opens no list;
- 'poorly absorbed orally': how little is taken up that way, not a route ('well absorbed
  orally' still is one);
- 'gels … for topical use', 'a topical gel': topical, not transdermal (a gel alone still is);
- 'mg im or iv', '(IM or IV)': route abbreviations after a dose's unit or joined to another;
  not a Roman numeral ('Schedule IV', 'types IV and V');
- receptor families and enzymes named as texts name them (NMDA, AMPA, kainate and GABA
  receptors, dihydroorotate dehydrogenase, glucosylceramide synthase, HIV reverse
  transcriptase), and a word joined by 'and' before a target sharing its head noun ('the AMPA
  and kainate receptors', 'pancreatic and gastric lipase');
- a name read across an abbreviation of up to four tokens ('serotonin 2C (5-HT2C) receptor');
- a target in a relative clause is said of the drugs the clause hangs on ('a saturated
  derivative of lipstatin which is a potent natural inhibitor of gastric and pancreatic
  lipase', round 10: lipstatin's, not orlistat's);
- 'by opening ATP-sensitive potassium channel of beta cells of the pancreas': the KATP channel
  (DrugCentral's "Sulfonylurea receptor 1, Kir6.2"), opened, in the pancreas;
- an organ's adjective right before a target the drug acts on is its site ('an inhibitor of
  intestinal alpha glucosidase': the gut; 'of hepatic … (HMG-CoA) reductase': the liver);
- a clause whose subject is the drug's products names its routes: 'Capsules of 75, 150 and
  300 mg are available', 'Separate formulations of sustained release forms are available …
  in tablets' (not 'Tablets are coated with …')."""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import read_fixture

READ = [
    (5, "daptomycin", "route", "intravenous"),
    (7, "clindamycin", "route", "oral"),
    (7, "clindamycin", "route", "topical"),
    (9, "clindamycin", "route", "intramuscular"),
    (9, "clindamycin", "route", "intravenous"),
    (11, "methylergometrine", "route", "intramuscular"),
    (11, "methylergometrine", "route", "intravenous"),
    (13, "dapsone", "route", "topical"),
    (15, "memantine", "target", "nmda_receptor"),
    (17, "leflunomide", "target", "dhodh"),
    (19, "diazoxide", "target", "ampa_receptor"),
    (19, "diazoxide", "target", "kainate_receptor"),
    (21, "orlistat", "target", "pancreatic_lipase"),
    (21, "orlistat", "target", "gastric_lipase"),
    (23, "efavirenz", "target", "reverse_transcriptase"),
    (25, "eliglustat", "target", "glucosylceramide_synthase"),
    (27, "propofol", "target", "gaba_a_receptor"),
    (29, "nitrofurantoin", "route", "oral"),
    (31, "metronidazole", "route", "oral"),
    (31, "metronidazole", "route", "rectal"),
    (31, "metronidazole", "route", "vaginal"),
    (33, "fluorouracil", "route", "oral"),
    (37, "exogenous testosterone", "route", "transdermal"),
    (41, "lipstatin", "target", "gastric_lipase"),  # the drug the relative clause hangs on
    (41, "lipstatin", "target", "pancreatic_lipase"),
    (43, "lorcaserin", "target", "htr2c"),  # "serotonin 2C (5-HT2C) receptor"
    # "which have activity for both D1 and D2 receptors": activity for a target is acting on
    # it, and the relative clause says it of the drugs it hangs on (round 9)
    (39, "bromocriptine", "target", "dopamine_d1_receptor"),
    (39, "bromocriptine", "target", "dopamine_d2_receptor"),
    (39, "pergolide", "target", "dopamine_d2_receptor"),
    (45, "diazoxide", "target", "katp_channel"),  # "by opening ATP-sensitive potassium …"
    (45, "diazoxide", "site", "pancreas"),
    (47, "acarbose", "target", "alpha_glucosidase"),
    (47, "acarbose", "site", "gut"),  # "intestinal": the organ's adjective before the target
    (49, "atorvastatin", "target", "hmg_coa_reductase"),  # across "(HMG-CoA)"
    (49, "atorvastatin", "site", "liver"),
    (51, "orlistat", "site", "stomach"),
    # a clause whose subject is the drug's products: "Capsules of 75 … mg are available",
    # "Separate formulations … are available … in tablets" (rounds 12-13)
    (53, "clindamycin", "route", "oral"),
    (55, "bupropion", "route", "oral"),
]

NOT_READ = [
    (3, "fluorouracil", "route", "rectal"),
    (5, "daptomycin", "route", "oral"),
    (7, "clindamycin", "route", "transdermal"),
    (13, "dapsone", "route", "transdermal"),
    (35, "methylergometrine", "route", "intravenous"),
    (39, "pramipexole", "target", "dopamine_d1_receptor"),
    (39, "pramipexole", "target", "dopamine_d2_receptor"),
    (41, "orlistat", "target", "pancreatic_lipase"),
    # a target whose own name opens with an organ's adjective places nothing by it
    (21, "orlistat", "site", "pancreas"),
    (21, "orlistat", "site", "stomach"),
    (51, "orlistat", "site", "pancreas"),
    (57, "cinacalcet", "route", "oral"),  # what the tablets are made of (round 9)
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_fixture(tmp_path_factory, "routes_targets_s14.md")


@pytest.mark.parametrize("expected,statement", [(True, s) for s in READ] +
                         [(False, s) for s in NOT_READ])
def test_round_7_to_13_shapes(read, expected, statement):
    line = statement[0]
    assert (statement in read[1]) is expected, sorted(s for s in read[1] if s[0] == line)


def test_no_mec_finding_on_these_correct_sentences(read):
    assert not [f for f in read[0] if f.severity.name in ("ERROR", "WARNING")], read[0]


def _mec(project, text: str) -> list[str]:
    project.write("content/a.md", text, dedent=False)
    result = project.run(select=["MEC"], use_baseline=False)
    return sorted(f"{d.code}:{d.span.start.line}" for d in result.diagnostics)


def test_a_disease_of_an_organ_is_no_route_against_the_drugs_routes(project):
    """Round 13: LiverTox's fluorouracil sentence against the Wikipedia text's intravenous use
    gave MEC003 ('rectal' read as a route); a rectal route said of it still does."""
    told = ("# Fluorouracil\n\nFluorouracil is given intravenously.\n\n## Uses\n\n"
            "Fluorouracil is used to treat multiple solid tumors including colon, rectal, "
            "breast, gastric, pancreatic, ovarian, bladder and liver cancer.\n")
    assert _mec(project, told) == []
    given = told + "\n## Forms\n\nFluorouracil is also given rectally in a trial.\n"
    assert _mec(project, given.replace(" also", "")) != []
