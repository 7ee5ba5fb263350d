"""MEC false alarms on correct published text the project had not seen (issue 16: "correct
sentences with coordination, contrast, negation and conditions give no MEC finding";
bench/data/mec_stress, session 11). Each excerpt below is quoted from its source and gave a
warning before; each is paired with text that must still be found."""

from __future__ import annotations

import pytest
from test_mechanisms_acceptance import _mec

# (what the excerpt shows, correct text that gives no warning, text that must give one)
CASES = {
    # LiverTox "Esketamine" (NIDDK, public domain) and the infobox of Wikipedia's "Esketamine"
    # (CC BY-SA 4.0): DrugCentral gives esketamine no established class, so nothing says
    # which of its FDA classes go together. A drug it does class (naltrexone: opioid
    # antagonist) is still held to one class.
    "classes of a drug the knowledge base does not class": (
        """# Esketamine

| Field | Value |
| --- | --- |
| Drug class | NMDA receptor antagonists; Antidepressants; General anesthetics |

Esketamine (es ket' a meen) is an N-methyl-D-aspartate (NMDA) receptor antagonist that is
used as an intranasal spray for treatment of adults with treatment-resistant depression.
""",
        """Naltrexone is a vasodilator.

## Later

Naltrexone is a general anesthetic.
""", "MEC001"),
    # LiverTox "Amiodarone" (NIDDK, public domain): two preparations, and a sentence that
    # names both ways of giving it.
    "routes the text names together": (
        """Amiodarone is available in tablets of 200 and 400 mg in generic forms and under the
brand names of Cordarone and Pacerone. It is also available in solution for intravenous
administration. Amiodarone is typically given in high loading doses of 800 to 1600 mg daily,
either intravenously or orally until the arrhythmia is controlled.
""",
        """Gonadorelin is administered orally.

## Later

Gonadorelin is given by subcutaneous injection.
""", "MEC003"),
    # Wikipedia "Timolol" (CC BY-SA 4.0): eye drops are a way of giving it.
    "eye drops beside tablets": (
        """# Timolol

Timolol is a beta blocker medication used either by mouth or as eye drops.

## Eye drops

In its eye drop form it is used to treat open-angle and, occasionally, secondary glaucoma.
It was the first beta blocker approved for topical use in treatment of glaucoma in the
United States (1978).
""",
        """Timolol is a beta blocker taken by mouth.

## Later

Timolol is applied topically.
""", "MEC003"),
    # LiverTox "Naltrexone" (NIDDK, public domain): each schedule is its preparation's.
    "schedules of different preparations": (
        """Naltrexone is an opioid antagonist. The usually recommended dose of the oral
preparation is 50 mg daily. The injectable suspension is given intramuscularly and the
solution subcutaneously every 4 weeks.
""",
        """Naltrexone tablets are taken by mouth once daily.

## Later

Naltrexone tablets are taken by mouth once weekly.
""", "MEC003"),
    # LiverTox "Cyclosporine" (NIDDK, public domain): a cyclic peptide has a structure
    # record too; a drug of small-molecule size called a peptide is still found.
    "a cyclic peptide with a structure record": (
        """Cyclosporine (sye" kloe spor' in), also called cyclosporin A, is a cyclic polypeptide
of 11 amino acids produced by a fungal species (Beauveria nivea) which has profound
immunosuppressive properties.
""",
        """Tacrolimus is a peptide.
""", "MEC008"),
    # The lead of Wikipedia's "NPC1L1" (CC BY-SA; bench/data/mechanisms_gold round 11, with
    # de Bari et al. 2012 on ezetimibe): the protein is the target, the copula's subject.
    # The drug called a protein is still found.
    "a kind said of the target that is the subject": (
        """# Ezetimibe

Niemann-Pick C1-Like 1 (NPC1L1) is a protein found on the gastrointestinal tract's
epithelial cells as well as in hepatocytes. Specifically, it appears to bind to a critical
mediator of cholesterol absorption.

The drug ezetimibe inhibits NPC1L1 causing a reduction in cholesterol absorption, resulting
in a blood cholesterol reduction of 15-20%.
""",
        """Ezetimibe is a protein that inhibits NPC1L1 causing a reduction in cholesterol
absorption.
""", "MEC008"),
    # LiverTox "Isoniazid" (NIDDK, public domain; bench/data/mechanisms_gold round 11): the
    # protein is inside the name of the skin test's reagent, defined by its initials.
    "a kind's word inside a term defined by its initials": (
        """Isoniazid was introduced into clinical practice in 1954. In the 1960s, isoniazid was
recommended as monotherapy for prevention of active disease in patients with latent
tuberculosis, diagnosed on the basis of a positive purified protein derivative (PPD)
tuberculin skin test.
""",
        """Isoniazid is a purified protein used in latent tuberculosis.
""", "MEC008"),
    # Wikipedia "Naltrexone", an older version of the lead (CC BY-SA): "opioid" only
    # modifies "overdose"; said as the predicate it is a class claim, and a wrong one.
    "a class word before a state it causes": (
        """Both nalorphine and naloxone are full antagonists and will treat an opioid
overdose, but nalorphine is longer-acting than naloxone.
""",
        """Naltrexone is an opioid.
""", "MEC004"),
    # Wikipedia "Diazoxide" (CC BY-SA 4.0): what the tumour and the comparator class do is
    # theirs, not the drug's.
    "effects of a noun in apposition": (
        """Diazoxide works by decreasing insulin release from the pancreas and increasing
glucose release by the liver.

## Medical uses

Diazoxide also inhibits the secretion of insulin by opening ATP-sensitive potassium channel
of beta cells of the pancreas; thus, it is used to counter hypoglycemia in disease states
such as insulinoma (a tumor producing insulin) or congenital hyperinsulinism.

Opening these channels leads to hyperpolarization of cell membrane, a decrease in calcium
influx, and a subsequently reduced release of insulin. This mechanism of action is the
mirror opposite of that of sulfonylureas, a class of medications used to increase insulin
release in type 2 diabetics.
""",
        """Diazoxide, a potassium channel opener that reduces insulin release, is taken by mouth.

## Later

Diazoxide increases insulin release.
""", "MEC002"),
    # Wikipedia "Ulipristal acetate" (CC BY-SA; bench/data/mechanisms_gold round 10): the
    # adverb tells how intercourse happens, not how the drug is given; a route denied by
    # the text elsewhere is still found.
    "a route's adverb before another act's participle": (
        """| Ulipristal acetate | |
| --- | --- |
| Routes of administration | By mouth |

Ulipristal acetate, sold under the brand name Ella among others, is a medication used for
emergency contraception (birth control) and uterine fibroids. As emergency contraception it
should be used within 120 hours of vaginally penetrating intercourse. For fibroids it may
be taken for up to six months. It is taken by mouth.
""",
        """Ulipristal acetate is taken by mouth.

## Later

Ulipristal acetate is applied vaginally.
""", "MEC003"),
    # Wikipedia "Danazol" (CC BY-SA; bench/data/mec_stress): a plural class before one drug,
    # a comma missing, is the comparator, not the drug's label; a singular label still is.
    "a plural class right before one drug": (
        """Contrary to GNRH agonists Danazol does not induce osteoporosis. Also, symptoms of hot
flashes tend to be less common or severe.
""",
        """The GnRH agonist danazol does not induce osteoporosis.
""", "MEC004"),
    # Wikipedia "Pramlintide" (CC BY-SA; bench/data/mechanisms_gold round 10): "to lower
    # blood sugar … since insulin in the early 1920s" says nothing of insulin levels.
    "a hormone after a subordinator": (
        """Pramlintide also has effects in raising the acute first-phase insulin response
threshold following a meal.

Apart from insulin analogs, pramlintide is the only drug approved by the FDA to lower blood
sugar in type 1 diabetics since insulin in the early 1920s.
""",
        """Pramlintide is an amylin analogue that raises insulin release.

## Later

Pramlintide lowers insulin release in type 1 diabetics.
""", "MEC002"),
    # LiverTox "Minoxidil" (NIDDK, public domain; bench/data/mechanisms_gold round 12): "also"
    # before the route adds one more way of giving it (tablets for hypertension, on the
    # skin for hair loss). One drug said given by mouth and by injection, with no "also",
    # is still found.
    "one more route, said with also": (
        """Minoxidil is an antihypertensive agent that is used largely for patients with severe
and refractory hypertension not responding to conventional therapies. Minoxidil is also used
topically to treat male pattern baldness.

## Background

Minoxidil is available in tablets of 2.5 and 10 mg in generic forms and under the brand name
Loniten.
""",
        """Minoxidil is available in tablets of 2.5 and 10 mg in generic forms and under the
brand name Loniten.

## Later

Minoxidil is given by intravenous injection.
""", "MEC003"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_correct_text_gives_no_warning_and_the_contradiction_is_found(project, name):
    correct, wrong, code = CASES[name]
    article = project.root / "content" / "article.md"
    article.write_text(correct if correct.startswith("#") else "# Text\n\n" + correct,
                       "utf-8")
    found, result = _mec(project)
    assert found == [], [(d.code, d.span.start.line, d.message) for d in result.diagnostics]
    article.write_text("# Text\n\n" + wrong, "utf-8")
    found, _ = _mec(project)
    assert code in {c for c, _ in found}, found


def test_a_kind_of_substance_is_no_class_against_a_class_of_drugs(project):
    """LiverTox "Levodopa" (NIDDK, public domain) and the infobox of Wikipedia's "Levodopa"
    (CC BY-SA 4.0; bench/data/mec_stress/late): FDA's "Amino Acid" established class names a
    kind of substance, which a dopamine agonist may be. (The MEC004 this text still gets,
    levodopa's DrugCentral class taken from the carbidopa/levodopa product, is the knowledge
    base's: not judged here.) Two classes of drugs still conflict."""
    article = project.root / "content" / "article.md"
    article.write_text("""# Levodopa

| Field | Value |
| --- | --- |
| Drug class | Dopamine precursor; Dopamine receptor agonist |

Levodopa (L-Dopa) is an amino acid precursor of dopamine and is the most effective and
commonly used drug in the treatment of Parkinson disease.
""", "utf-8")
    found, _ = _mec(project)
    assert "MEC001" not in {code for code, _ in found}, found
    article.write_text("""# Text

Levodopa is a dopamine agonist.

## Later

Levodopa is a beta blocker.
""", "utf-8")
    found, _ = _mec(project)
    assert "MEC001" in {code for code, _ in found}, found


def _effects(project, text):
    (project.root / "content" / "article.md").write_text("# Text\n\n" + text, "utf-8")
    _, result = _mec(project)
    return {(a.drug, a.value) for d in result.documents for a in d.annotations.mechanisms
            if a.attribute == "effect"}


def test_a_response_to_a_hormone_is_not_its_level(project):
    """Wikipedia "Pramlintide" (CC BY-SA; bench/data/mechanisms_gold round 10, labelled no
    effect): the threshold of the insulin response is not an insulin level. Its release
    still is."""
    assert ("pramlintide", "insulin:up") not in _effects(
        project, "Pramlintide also has effects in raising the acute first-phase insulin "
                 "response threshold following a meal.\n")
    assert ("pramlintide", "insulin:up") in _effects(
        project, "Pramlintide also has effects in raising the acute first-phase insulin "
                 "release following a meal.\n")


def _unknown(project, text):
    (project.root / "content" / "article.md").write_text("# Text\n\n" + text, "utf-8")
    _, result = _mec(project)
    return {d.message.split("'")[1] for d in result.diagnostics if d.code == "MEC005"}


def test_a_company_is_no_unknown_drug(project):
    """Wikipedia "Teprotumumab" (CC BY-SA; gold round 11): an antibody's name has a vowel
    before "-mab"; Genmab is a company. An antibody the knowledge base lacks is still
    reported unknown (matuzumab, NCI Thesaurus, gold round 10: teprotumumab, the example
    until session 13, is in the knowledge base now)."""
    assert _unknown(project, "It is a human monoclonal antibody developed by Genmab and "
                             "Roche for tumour treatment.\n") == set()
    assert _unknown(project, "Matuzumab is given by infusion.\n") == {"matuzumab"}


def test_one_more_route_is_still_held_to_the_knowledge_base(project):
    """A route said with "also" is one more way, not a way the knowledge base need not list:
    gonadorelin is injected (subcutaneous, intravenous), never taken by mouth."""
    (project.root / "content" / "article.md").write_text(
        "# Text\n\nGonadorelin is given by subcutaneous injection. It is also taken orally.\n",
        "utf-8")
    found, _ = _mec(project)
    assert "MEC004" in {code for code, _ in found}, found


def test_a_ring_system_is_no_unknown_drug(project):
    """LiverTox "Albendazole" (NIDDK, public domain; gold round 12) and "Antifungal Agents"
    (gold round 7): "benzimidazole", "imidazole", "triazole" name ring systems, chemical
    classes. A drug with an "-azole" name the knowledge base lacks is still reported (the
    same round-7 text: isavuconazole)."""
    assert _unknown(project, "Albendazole (al ben' da zole) is a benzimidazole antihelmintic "
                             "agent similar in structure and mechanism of action to "
                             "thiabendazole and mebendazole.\n") == set()
    assert _unknown(project, "Imidazole and triazole antifungal drugs inhibit cytochrome P450 "
                             "14α-demethylase.\n") == set()
    assert _unknown(project, "Isavuconazonium (Cresemba: 2016) is a prodrug of isavuconazole "
                             "and is available in both intravenous and oral forms.\n") == {
        "isavuconazole"}
