"""Issue 16, session 17 (branch i196): false drug assertions by cause, rounds 1-18.
Sentences of the round 1, 7, 9, 12, 14, 15, 16 and 18 gold texts (tests/data/mechanisms/
s17_i196.md: Wikipedia, CC BY-SA; LiverTox, public domain), with controls:

- a clause opened by "it" and its verb is about the drug "it" stands for; drugs after the
  verb are objects ("It is a prodrug of dextroamphetamine", "It appears to work as well as
  oxytocin", "In addition, it inhibits dopamine and serotonin reuptake", "It is sold … in
  combination as efavirenz/emtricitabine/tenofovir"); not a drug a class, a kind or "such as"
  introduces ("as the prodrug mycophenolate mofetil", "GnRH agonists …, such as
  leuprorelin"), nor one after "It is thought that";
- a transmitter before "reuptake" or after "reuptake (inhibitor) of" names the transporter's
  work, no level lowered ("blocking the reuptake of serotonin …, thus increasing serotonin
  levels" still raises it);
- a brand read as a drug by its name's form is the drug the text gives it to: "sold under the
  brand names Vantas and Supprelin LA", "fosinopril (Monopril: 1991)";
- "monoclonal antibody" said of a drug is not also "antibody" (an "FGF23 neutralizing
  antibody" still is); a target's kind ending the object of "inhibitor of" is the target's;
- "Ghrelin (GHS) receptor agonists" names the receptor, no class of GH secretagogues (the
  text: adenosine is a ghrelin agonist with little to no effect on GH secretion);
- a route presupposed by a clause without a subject is the section's drug, not a
  combination's partner named last ("Fixed combinations of naltrexone and bupropion");
- a relative clause right after the comparator ("unlike rituximab that is a mouse-human
  chimeric molecule", "unlike heparin that binds to the unbound thrombin only") is said of the
  comparator (rounds 5, 15);
- the members listed in a sentence's opening comparison end before the main clause's subject
  ("Relative to steroidal antiandrogens like cyproterone acetate and spironolactone,
  bicalutamide has …", round 5)."""

from __future__ import annotations

import pytest
from test_mechanisms_acceptance import _mec_on

READ = [
    ("efavirenz", "route", "oral"),
    ("benzphetamine", "kind", "prodrug"),
    ("carbetocin", "route", "intravenous"),
    ("mazindol", "schedule", "course:90 days"),
    ("mycophenolate mofetil", "kind", "prodrug"),  # the prodrug in apposition: its own
    ("leuprorelin", "class", "gnrh_analogue"),  # "such as leuprorelin": its own
    ("tamoxifen", "effect", "lh:up"),  # "It is thought that tamoxifen also raises LH"
    ("sertraline", "effect", "serotonin:up"),  # "thus increasing serotonin levels"
    ("anastrozole", "effect", "estradiol:down"),
    ("histrelin", "site", "pituitary"),
    ("histrelin", "route", "subcutaneous"),  # "implant (Supprelin LA)"
    ("fosinopril", "class", "ace_inhibitor"),
    ("quinapril", "class", "ace_inhibitor"),
    ("ustekinumab", "kind", "monoclonal antibody"),
    ("burosumab", "kind", "antibody"),  # no "monoclonal" said: the antibody stays
    ("sotorasib", "kind", "small molecule"),
    ("somatrogon", "kind", "protein"),  # "is a glycosylated protein": the drug's own
    ("anamorelin", "target", "ghrelin_receptor"),
    ("naltrexone", "route", "intramuscular"),
    ("spironolactone", "class", "antiandrogen"),  # "steroidal antiandrogens like …": its own
    ("bicalutamide", "target", "androgen_receptor"),
    ("cyproterone acetate", "kind", "steroid"),
    ("nilutamide", "kind", "nonsteroidal"),  # a list that opens no comparison goes on
    ("bicalutamide", "kind", "nonsteroidal"),
    ("ocrelizumab", "kind", "humanized"),
    ("heparin", "target", "f2"),  # "unlike heparin that binds to the unbound thrombin"
]

NOT_READ = [
    ("emtricitabine", "route", "oral"),
    ("tenofovir", "route", "oral"),
    ("dexamfetamine", "kind", "prodrug"),
    ("oxytocin", "route", "intravenous"),
    ("mazindol", "effect", "norepinephrine:down"),
    ("mazindol", "effect", "serotonin:down"),
    ("dopamine", "effect", "serotonin:down"),
    ("dopamine", "schedule", "course:90 days"),
    ("mycophenolic acid", "kind", "prodrug"),
    ("dienogest", "class", "gnrh_analogue"),
    ("supprelin", "class", "gnrh_analogue"),
    ("supprelin", "route", "subcutaneous"),
    ("monopril", "class", "ace_inhibitor"),
    ("accupril", "class", "ace_inhibitor"),
    ("ustekinumab", "kind", "antibody"),
    ("sotorasib", "kind", "protein"),
    ("adenosine", "class", "gh_secretagogue"),
    ("anamorelin", "class", "gh_secretagogue"),
    ("bupropion", "route", "intramuscular"),
    ("bicalutamide", "kind", "steroid"),  # "Relative to steroidal antiandrogens like …,"
    ("flutamide", "kind", "steroid"),  # "Unlike steroidal antiandrogens like …, flutamide"
    ("ocrelizumab", "kind", "chimeric"),  # "unlike rituximab that is a … chimeric molecule"
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    from conftest import Project

    project = Project(tmp_path_factory.mktemp("s17_i196"))
    found, _, said = _mec_on(project, "s17_i196.md", "s17.md")
    return found, {s[:3] for s in said if s[3]}


@pytest.mark.parametrize("statement", READ)
def test_read_where_the_sentence_says_it(read, statement):
    assert statement in read[1], sorted(s for s in read[1] if s[0] == statement[0])


@pytest.mark.parametrize("statement", NOT_READ)
def test_not_read_where_the_sentence_does_not_say_it(read, statement):
    assert statement not in read[1], sorted(s for s in read[1] if s[0] == statement[0])


def test_no_mec_finding_on_these_correct_sentences(read):
    # adenosine "a growth hormone secretagogue" against DrugCentral's adenosine receptor
    # agonist was a MEC004 on round 1's text
    assert read[0] == [], read[0]


def test_the_bench_matches_an_item_written_from_the_verb_on():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    import eval_mechanisms_texts as bench

    # round 18's LiverTox items leave out the drug's name and pronunciation
    sentence = bench._normal("Osimertinib (oh\" sim er' ti nib) is a small molecule tyrosine "
                             "kinase receptor inhibitor with potent activity")
    assert bench._past_name(sentence).startswith(bench._normal("is a small molecule"))
    # a sentence that opens otherwise is itself
    assert bench._past_name("tamoxifen is a serm.") == "tamoxifen is a serm."
