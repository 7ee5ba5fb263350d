"""Session 19, branch i234 (issue 16): false drug assertions by cause, on our own sentences
in the shapes of the gold texts of rounds 14-22 and an FDA label's nonclinical sections
(tests/data/mechanisms/s19_i234.md):

- the drugs of a noun phrase after "than" are compared with the subject, not subjects
  ("… far weaker than that of drugs in the SSRI class, such as fluoxetine"), and the class
  there is not the subject's; the examples still get their class;
- an apposition after a partner named after "with" ("packaged with ritonavir (…), a potent
  CYP3A4 inhibitor") describes the partner;
- a target before "mutant" ("ESR1 mutant patients") names the tumour, not what acts on it;
- a daily limit on the dose ("to a maximum of 2 grams daily", "a maximum daily dosage") is
  no daily schedule;
- a schedule in a clause that names a study's animals ("given to rats at 3 mg/kg/day for up
  to 4 weeks") is the study's dosing;
- a name before "substrate" ("the natural ATP substrate") is the body's substance;
- a name after a chemical substituent ("3,4-dihydroquinazolinyl acetic acid") is part of the
  drug's chemical name;
- a class's statement ("For example, SERMs act as estrogen agonists on bone tissue") is said
  of the members its own paragraph or list item names, not of every member the text named
  before ("Aromatase inhibitors (e.g. letrozole): … aromatase inhibitors raise LH" keeps
  letrozole);
- "only weak" and "little" before a target deny it, as the gold sets read them ("only weak
  inhibition of … reuptake", "little binding affinity for …").

Review mends (branch i244), each failing before it but the controls:

- a drug right after the comma that closes a fronted clause is the main clause's subject
  ("Because it is more potent than codeine, morphine is given intravenously"), and "other
  than" / "rather than" compare no drugs;
- an animal noun outside a dosing phrase ("first sold as a rat poison") leaves the schedule;
- "mutants" is the tumour's status only before a patient or disease noun ("inhibits EGFR
  mutants, including T790M" keeps EGFR);
- "minimal" / "little" deny only an action noun ("at minimal doses still inhibits COX-1"
  keeps COX-1; "little inhibition of the dopamine D2 receptor" denies it, "little"'s own case);
- MEC003 compares a member's route with the route its class is said to have in the same
  document, and a class's two routes said together excuse only the members its own
  paragraph names."""

from __future__ import annotations

from pathlib import Path

from conftest import statement_tests

READ = [
    # control (passes before and after, no fix): the subject keeps its own target beside
    # the compared drugs
    ("trazodone", "target", "slc6a4"),
    ("fluoxetine", "class", "ssri"),  # the examples keep the class they illustrate
    ("citalopram", "class", "ssri"),
    ("anastrozole", "effect", "estradiol:down"),
    ("ritonavir", "class", "cytochrome p450 3a4 inhibitor"),  # control: its own sentence
    ("lasofoxifene", "class", "serm"),
    ("penicillamine", "schedule", "four times daily"),
    ("remdesivir", "schedule", "daily"),  # control: the patients' schedule and course
    ("remdesivir", "schedule", "course:5 days"),
    ("remdesivir", "target", "viral_rdrp"),
    ("letermovir", "route", "oral"),
    ("class:serm", "site", "bone"),  # a class's statement stays the class's
    ("letrozole", "effect", "lh:up"),  # control: the item names its example
    ("morphine", "route", "intravenous"),  # "Because … than codeine, morphine is given …"
    ("ezetimibe", "route", "oral"),  # "Other than statins, ezetimibe … is taken orally"
    ("warfarin", "schedule", "daily"),  # "first sold as a rat poison": no study's animals
    ("osimertinib", "target", "egfr"),  # "inhibits EGFR mutants, including T790M"
    ("acetylsalicylic acid", "target", "cox1"),  # "at minimal doses still inhibits COX-1"
]

NOT_READ = [
    ("fluoxetine", "target", "slc6a4"),  # "… weaker than that of drugs …, such as fluoxetine"
    ("citalopram", "target", "slc6a4"),
    ("trazodone", "class", "ssri"),
    ("tamoxifen", "effect", "estradiol:down"),  # "much more than … such as tamoxifen do"
    ("nirmatrelvir", "class", "cytochrome p450 3a4 inhibitor"),  # ritonavir's apposition
    ("lasofoxifene", "target", "estrogen_receptor"),  # "ESR1 mutant patients"
    ("penicillamine", "schedule", "daily"),  # "to a maximum of 2 grams daily"
    ("phendimetrazine", "schedule", "daily"),  # "a maximum daily dosage"
    ("remdesivir", "schedule", "course:up to 4 weeks"),  # given to rats
    ("adenosine triphosphate", "target", "viral_rdrp"),  # "the natural ATP substrate"
    ("acetic acid", "route", "oral"),  # "3,4-dihydroquinazolinyl acetic acid"
    ("bazedoxifene", "site", "bone"),  # "SERMs act …" a paragraph after bazedoxifene
    ("bupropion", "target", "slc6a4"),  # "only weak inhibition of … serotonin reuptake"
    ("bupropion", "target", "dopamine_d2_receptor"),  # "little inhibition of the … D2 receptor"
]

read, test_read_where_the_sentence_says_it, test_not_read_where_the_sentence_does_not_say_it = \
    statement_tests("s19_i234.md", "s18.md", READ, NOT_READ)


def test_no_mechanism_warning_on_these_correct_sentences(read):
    # before: MEC004 for tamoxifen's "estradiol ↓", the comparison's example (line 14)
    assert read[0] == [], read[0]


# MEC003 and classes (the reviewer's projects p3, p5 and p9 of branch i244): file -> text
CLASS_ROUTES = {
    # a member's route against the route its class is said to have, same document
    "lipids.md": """# Lipids

Atorvastatin lowers LDL cholesterol and is widely prescribed.

Statins are taken orally, usually in the evening.

Atorvastatin is given intravenously.
""",
    # the class's two routes in another document excuse nobody here
    "bone.md": """# Bone drugs

Bisphosphonates are given orally or intravenously.
""",
    "alendronate.md": """# Alendronate

Alendronate is taken orally once a week.

Alendronate is given intravenously once a year.
""",
    # nor do they excuse a member their paragraph does not name
    "risedronate.md": """# Bone drugs

Bisphosphonates such as zoledronic acid are given orally or intravenously.

# Risedronate

Risedronate is taken orally once a week.

Risedronate is given intravenously once a year.
""",
    # control: the member the class sentence names is excused
    "ceftriaxone.md": """# Antibiotics

Cephalosporins such as ceftriaxone are given orally or intravenously.

Ceftriaxone is taken orally as a tablet.

Ceftriaxone is given intravenously in hospital.
""",
}


def test_mec003_a_members_route_against_its_class_and_the_class_exemption(tmp_path):
    from conftest import Project

    project = Project(tmp_path)
    for name, text in CLASS_ROUTES.items():
        project.write(f"content/{name}", text, dedent=False)
    result = project.run(use_baseline=False, select=["MEC"])
    found = sorted((Path(d.path).name, d.span.start.line) for d in result.diagnostics
                   if d.code == "MEC003")
    assert found == [("alendronate.md", 5), ("lipids.md", 7), ("risedronate.md", 9)], found
