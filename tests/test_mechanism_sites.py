"""Sites of action, effects, targets and routes in real sentences of other texts (issue 16,
session 7): what is read, what is not, and no MEC finding on the correct text
(tests/data/mechanisms/sites_and_effects_prose.md)."""

from __future__ import annotations

import pytest
from test_mechanisms_acceptance import _found_after_injecting, _reads_without_finding

READ = {
    # the source of the first hormone the drug changes
    ("class:sulfonylurea", "site", "pancreas"),
    ("tolbutamide", "route", "oral"),  # "…, oral hypoglycemic agents": the class's name
    ("omeprazole", "site", "stomach"),  # "the H+/K+-ATPase of gastric parietal cells"
    # "in target tissues including testes, prostate, skin, and hair follicle"
    ("flutamide", "site", "testis"),
    ("flutamide", "site", "prostate"),
    ("flutamide", "site", "skin"),
    ("flutamide", "site", "hair follicle"),
    ("finasteride", "site", "prostate"),  # "… production of DHT, including in the prostate"
    ("finasteride", "site", "scalp"),
    ("finasteride", "site", "hair follicle"),
    ("class:bisphosphonate", "site", "bone"),  # "taken up in bone matrix"
    ("oxytocin", "site", "uterus"),  # "receptors in the myometrium"
    # testosterone the testes stop making is the body's own
    ("goserelin", "effect", "endogenous_testosterone:down"),
    ("goserelin", "effect", "gnrh:down"),  # "luteinizing hormone-releasing hormone (LHRH)"
    ("goserelin", "effect", "lh:down"),
    ("leuprorelin", "effect", "endogenous_testosterone:down"),
    ("octreotide", "effect", "gh:down"),
    ("octreotide", "effect", "lh:down"),
    ("octreotide", "effect", "serotonin:down"),
    ("octreotide", "effect", "gastrin:down"),
    ("class:gnrh_analogue", "effect", "testosterone:up"),  # the relative clause's surge
    ("class:gnrh_antagonist", "site", "pituitary"),  # "receptors in the pituitary gland"
    ("class:gnrh_antagonist", "effect", "lh:down"),  # "luteinising hormone"
    # "In men, the reduction in LH subsequently leads to …": still the antagonists
    ("class:gnrh_antagonist", "effect", "endogenous_testosterone:down"),
    ("dabigatran etexilate", "target", "f2"),  # "thrombin"; "dabigatran" names the prodrug
    ("denosumab", "target", "rankl"),
    ("denosumab", "route", "subcutaneous"),  # "SC injection"
}
NOT_READ = {
    # "cancer cells that need testosterone": the relative clause is about the cells
    ("goserelin", "effect", "testosterone:down"),
    # the testes and ovaries are downstream of a GnRH agonist's site (the pituitary)
    ("goserelin", "site", "testis"),
    ("goserelin", "site", "ovary"),
    ("leuprorelin", "site", "testis"),
    # "similar to the natural hormone, somatostatin"; "release of …, secretin, …"
    ("somatostatin", "effect", "gh:down"),
    ("secretin human", "effect", "lh:down"),
    ("octreotide", "effect", "gnrh:down"),  # "LH response to GnRH": GnRH is the stimulus
    # "preventing the effects of androgens like testosterone": not their level
    ("nilutamide", "effect", "testosterone:down"),
    ("nilutamide", "effect", "dihydrotestosterone:down"),
    ("class:gnrh_antagonist", "effect", "testosterone:up"),
    ("class:gnrh_antagonist", "site", "testis"),  # "… leads to …": downstream
    ("dabigatran etexilate", "kind", "protein"),  # "| Protein binding | 35% |"
}


def test_sites_effects_and_targets_of_real_sentences_are_read_without_finding(project):
    _reads_without_finding(project, "sites_and_effects_prose.md", READ, NOT_READ)


# (what to replace, with what, the finding expected at that line)
INJECTED = {
    # a GnRH agonist said to act in the hypothalamus: not its site, not downstream of it
    "site-against-the-knowledge-base": (
        "Leuprolide acetate keeps the testicles from making testosterone by blocking",
        "Leuprolide acetate acts on the hypothalamus and keeps the testicles from making "
        "testosterone by blocking", ("MEC004", 55)),
}


@pytest.mark.parametrize("name", sorted(INJECTED))
def test_contradictions_in_site_prose_are_found_at_their_lines(project, name):
    expected, found = _found_after_injecting(project, "sites_and_effects_prose.md",
                                             "classes.md", INJECTED[name])
    assert expected in found, found
