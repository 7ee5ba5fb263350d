"""Session 18, branch i220 (issue 16): the review of i209 and i210's drug-assertion changes
(tests/data/mechanisms/s18_i220.md, our own sentences, under headings that name no drug):

1. a negation before "and"/"or" that opens a second verb ("has no systemic uptake and blocks
   pancreatic lipase") denies the first verb's object only;
2. a hormone's change is the condition treated only as the object of the verb of treating,
   not the means after "by" or a comma ("to treat infertility by raising FSH");
3. a relative clause after "<noun> of <name>" ("a stronger analogue of finasteride that
   reduces DHT") is said of the head noun, the subject's;
4. a route or release code in brackets ("Metformin (MR)") is no short name of the drug;
5. a list the subject opens ("Vasopressin, oxytocin and insulin …") keeps its co-subjects;
6. a "potential" quality ("with potential antineoplastic activity") is a hypothetical class;
7. "a hypnotic state" is the adjective, no class;
10. a class listed among another class's examples ("Antidiabetic drugs such as metformin,
    sulfonylureas such as glipizide, …") keeps its examples in the outer class, and "like its
    predecessor fluoxetine" keeps fluoxetine a subject."""

from __future__ import annotations

from conftest import mec_run, said_in, statement_tests

READ = [
    ("orlistat", "target", "pancreatic_lipase"),
    ("apixaban", "target", "f10"),
    ("clomiphene citrate", "effect", "fsh:up"),
    ("clomiphene citrate", "effect", "lh:up"),
    ("levothyroxine", "effect", "thyroxine:up"),
    ("dutasteride", "effect", "dihydrotestosterone:down"),
    ("enclomiphene", "effect", "testosterone:up"),
    ("kisspeptin", "effect", "lh:up"),
    ("kisspeptin", "effect", "fsh:up"),
    ("gliclazide", "class", "sulfonylurea"),  # control: the code after the name
    ("vasopressin", "kind", "peptide"),
    ("oxytocin", "kind", "peptide"),
    ("imatinib", "class", "anticancer"),  # control: a quality had
    ("zolpidem", "class", "hypnotic"),  # control: the noun
    ("glipizide", "class", "antidiabetic"),
    ("glipizide", "class", "sulfonylurea"),
    ("metformin", "class", "antidiabetic"),
    ("levonorgestrel", "class", "progestin"),
    ("fluoxetine", "class", "ssri"),
    ("sertraline", "class", "ssri"),
]

NOT_READ = [
    ("probenecid", "target", "slc22a6"),  # control: "little or no activity against OAT1 …"
    ("probenecid", "target", "slc22a8"),
    ("metformin", "class", "sulfonylurea"),  # "Metformin (MR) … Gliclazide MR is …"
    ("ketamine", "class", "hypnotic"),
    ("levonorgestrel", "class", "estrogen"),  # "an estrogen, such as estradiol, and a …"
]

read, test_read_where_the_sentence_says_it, test_not_read_where_the_sentence_does_not_say_it = \
    statement_tests("s18_i220.md", "s18.md", READ, NOT_READ)


def test_no_mechanism_warning_on_these_correct_sentences(read):
    # before: MEC004 "metformin: the text says 'sulfonylurea'" from "Gliclazide MR"
    assert read[0] == [], read[0]


def test_a_potential_quality_is_a_hypothetical_class(project):
    result = mec_run(project, {"a.md": (
        "# Cancer\n\nDarolutamide is an androgen receptor antagonist with potential "
        "antineoplastic activity. Imatinib has antineoplastic activity.\n")})
    modes = {(a.drug, a.modality) for d in result.documents for a in d.annotations.mechanisms
             if a.attribute == "class" and a.value == "anticancer" and a.polarity}
    # a quality had is a further property, read but not compared (session 23, i333: "with
    # strong antimuscarinic effects" is no class of a tricyclic antidepressant)
    assert modes == {("darolutamide", "hypothetical"), ("imatinib", "additional")}, modes
    assert ("darolutamide", "class", "androgen receptor antagonist") in said_in(result)
