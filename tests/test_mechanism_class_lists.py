"""Class membership said in lists, brackets, generations and other words (issue 16,
session 8): read where it is said, of the drugs it is said of, with no MEC finding on the
correct text (tests/data/mechanisms/class_lists.md) and a finding at each wrong member
(class_lists_wrong.md)."""

from __future__ import annotations

import pytest
from test_mechanism_classes_kinds import read_fixture

# (line, drug, attribute, value): read there
READ = [
    # "include cefazolin (Ancef: 1st generation), cefepime (Maxipime: 4th), …"
    (9, "cefazolin", "class", "first_generation_cephalosporin"),
    (9, "cefepime", "class", "fourth_generation_cephalosporin"),
    (9, "cefradine", "class", "first_generation_cephalosporin"),  # "cephradine (1st)"
    (9, "cefuroxime", "class", "cephalosporin"),
    # "first-generation (cefazolin, cephalexin), second-generation (…)"
    (11, "cefalexin", "class", "first_generation_cephalosporin"),
    (11, "cefoxitin", "class", "second_generation_cephalosporin"),
    (11, "cefotaxime", "class", "third_generation_cephalosporin"),
    (13, "ceftazidime", "class", "third_generation_cephalosporin"),  # "… such as X"
    (13, "ceftazidime", "class", "cephalosporin"),  # the generation's parent
    (15, "amoxicillin", "class", "third_generation_penicillin"),  # "Two … are available: …"
    # "The aminopenicillins (sometimes referred to as third generation penicillins)"
    (17, "class:aminopenicillin", "class", "third_generation_penicillin"),
    # "This discussion will cover eight agents: …" after "The corticosteroids are …"
    (23, "betamethasone", "class", "corticosteroid"),
    (23, "triamcinolone", "class", "corticosteroid"),
    # "cortisone" is the knowledge base's "cortisone acetate" (its salt, DrugCentral's name)
    (23, "cortisone acetate", "class", "corticosteroid"),
    (27, "dexamethasone", "class", "corticosteroid"),  # "X, Y and Z are corticosteroids"
    (31, "atorvastatin", "class", "statin"),  # a bullet list under "### Statins"
    # "belongs to the ethanolamine class of antihistamines (with clemastine and …)"
    (36, "diphenhydramine", "class", "ethanolamine_antihistamine"),
    (36, "clemastine", "class", "ethanolamine_antihistamine"),
    (36, "dimenhydrinate", "class", "antihistamine"),
    (38, "atorvastatin", "class", "statin"),  # "cholesterol lowering agent (statin)"
    (38, "atorvastatin", "class", "lipid_lowering"),
    (40, "atorvastatin", "class", "statin"),  # "Like other members of its class (the …)"
    (42, "nilutamide", "class", "antiandrogen"),  # "Examples of antiandrogens … are …"
    (44, "testosterone enanthate", "kind", "steroid"),  # "… and anabolic steroid (AAS)"
    (44, "testosterone enanthate", "class", "androgen"),
    # "The initial antipsychotic medications … were the phenothiazines"
    (46, "class:phenothiazine", "class", "antipsychotic"),
    (54, "ceftriaxone", "class", "third_generation_cephalosporin"),  # "Drugs of this class"
    (56, "cefadroxil", "class", "first_generation_cephalosporin"),
]
# (line, drug, attribute, value): not read there
NOT_READ = [
    (9, "tazobactam", "class", "cephalosporin"),  # "ceftolozane/tazobactam": the partner
    (19, "ceftaroline fosamil", "class", "fifth_generation_cephalosporin"),  # a count
    (25, "prednisone", "class", "corticosteroid"),  # "three agents:" and two listed
    (31, "atorvastatin", "class", "corticosteroid"),  # the nearest heading's class only
    (46, "class:antipsychotic", "class", "phenothiazine"),
    # "…, like phenytoin and carbamazepine, can cause the aromatic anticonvulsant …
    # syndrome": the class names the syndrome
    (48, "phenytoin", "class", "aromatic_anticonvulsant"),
    (50, "class:aminopenicillin", "class", "natural_penicillin"),  # "Like the natural …"
    # "The parenteral cephalosporins are widely used …" narrows the class: not every
    # cephalosporin the text names is given parenterally
    (58, "cefalexin", "route", "parenteral"),
]


@pytest.fixture(scope="module")
def lists(tmp_path_factory):
    return read_fixture(tmp_path_factory, "class_lists.md")


@pytest.mark.parametrize("said", READ)
def test_class_membership_in_lists_is_read(lists, said):
    assert said in lists[1], sorted(s for s in lists[1] if s[0] == said[0])


@pytest.mark.parametrize("said", NOT_READ)
def test_what_a_list_does_not_say_is_not_read(lists, said):
    assert said not in lists[1]


def test_correct_class_lists_give_no_mec_finding(lists):
    """A statin list under '### Statins' inside '## Corticosteroids' was called
    corticosteroids (MEC004) before the nearest heading was taken."""
    assert lists[0] == [], lists[0]


def test_a_wrong_member_of_a_listed_class_is_found_at_its_line(tmp_path_factory):
    found, _ = read_fixture(tmp_path_factory, "class_lists_wrong.md")
    assert found == [("MEC004", 6), ("MEC004", 8), ("MEC004", 10), ("MEC004", 12)], found
