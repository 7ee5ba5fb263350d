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

from conftest import statement_tests

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


read, test_read_where_the_sentence_says_it, test_not_read_where_the_sentence_does_not_say_it = \
    statement_tests("s17_i196.md", "s17.md", READ, NOT_READ)


def test_no_mec_finding_on_these_correct_sentences(read):
    # adenosine "a growth hormone secretagogue" against DrugCentral's adenosine receptor
    # agonist was a MEC004 on round 1's text
    assert read[0] == [], read[0]


# Two items of a gold text, each written from after a bracket: LiverTox's "Osimertinib (oh"
# sim er' ti nib) is …" (round 18: its labels are the sentence's) and a label's "The recommended
# dose is 1 mg (0.2 mL …) administered …" (fda_labels_heparin_leuprolide.md), whose opening is
# no drug's name (the item must be written from the sentence's start to be its item).
_GOLD_TEXT = """# Osimertinib

Osimertinib (oh" sim er' ti nib) is a small molecule tyrosine kinase receptor inhibitor with \
potent activity against the epidermal growth factor receptor (EGFR) that is rearranged and \
mutated in selected cancers including approximately 5% of non-small cell lung cancer (NSCLC).

## Leuprolide Acetate Injection

Leuprolide acetate injection is indicated in the palliative treatment of advanced prostatic cancer.

The recommended dose is 1 mg (0.2 mL or 20 unit mark) administered as a single daily \
subcutaneous injection.
"""


def test_the_bench_matches_an_item_written_from_the_verb_on_past_its_drugs_name(tmp_path):
    import sys
    from pathlib import Path

    import yaml

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    import eval_mechanisms_texts as bench

    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "t.md").write_text(_GOLD_TEXT)
    # (the class too since i372 reads "tyrosine kinase receptor inhibitor", as round 18's gold
    # labels it)
    items = [{"line": 3, "text": "is a small molecule tyrosine kinase receptor inhibitor",
              "assertions": ["osimertinib|modality|small_molecule", "osimertinib|target|egfr",
                             "osimertinib|class|tyrosine_kinase_inhibitor"]},
             {"line": 9, "text": "administered as a single daily subcutaneous injection",
              "assertions": ["leuprorelin|route|subcutaneous", "leuprorelin|schedule|daily"]}]
    (tmp_path / "gold.yaml").write_text(yaml.safe_dump({"texts": [
        {"file": "texts/t.md", "split": "dev", "round": 1, "sentences": items}]}))
    scored = bench.evaluate("all", tmp_path, "all")
    # the LiverTox item is its sentence's: both labels found, nothing extra on its line
    assert not [m for m in scored["missed"] if m.startswith("t.md:3 ")], scored["missed"]
    assert not [e for e in scored["extra"] if e.startswith("t.md:3 ")], scored["extra"]
    # the dose sentence opens with no drug's name: the item is not its sentence's, so what is
    # read there is unlisted and the item's labels are missed
    assert sorted(m.split(" → ")[1] for m in scored["missed"]) == [
        "leuprorelin|route|subcutaneous", "leuprorelin|schedule|daily"]
    assert all("'unlisted', 9" in e for e in scored["extra"]) and scored["fp"] == 2, scored
