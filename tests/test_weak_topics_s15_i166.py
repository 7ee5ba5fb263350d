"""Weak topics, session 15 (branch i166): the condition of low testosterone, benefit words
of research peptides, a term's definition, and research peptides read from the drug
knowledge base. Sentences are health-page rows (bench/data/health_pages, rounds named),
quoted as their pages wrote them; figures per round in bench/README.md."""

from __future__ import annotations


def test_the_condition_of_low_testosterone_takes_no_subject_from_before(topics_of):
    # A lifestyle claim (round 1, labelled weak), then kch.nhs.uk's (round 9) and
    # accessgp.co.uk's (round 10) sentences about the condition, labelled not weak: neither
    # names a subject, and the exercise of the sentence before is not theirs.
    claim, prevalence = topics_of(
        "Exercise not only improves your psychical performance but also raise your "
        "testosterone levels.",
        "Low testosterone can happen in men of any age.")
    assert claim == ["lifestyle-testosterone"] and prevalence == []
    _, diagnosis = topics_of(
        "Exercise not only improves your psychical performance but also raise your "
        "testosterone levels.",
        "Symptoms alone are not sufficient to diagnose testosterone deficiency.")
    assert diagnosis == []


def test_low_testosterone_as_the_population_of_a_claim_keeps_the_subject(topics_of):
    # tbooster.co.uk (round 13), both labelled weak: "those with low testosterone" is who
    # the ashwagandha studies enrolled, not the sentence's subject.
    trials, evidence = topics_of(
        "Multiple human clinical trials have indicated that supplementing with ashwagandha "
        "could increase testosterone levels in men.",
        "Most evidence is based on small studies in healthy men or those with low "
        "testosterone; more research needed to confirm effects")
    assert "lifestyle-testosterone" in trials and "lifestyle-testosterone" in evidence


def test_a_benefit_word_with_a_research_peptide_is_its_topic(topics_of):
    # rexmd.com and wis.it.com (round 5), labelled weak: benefits claimed for sermorelin
    # without an outcome of the registry's lists.
    promising, rejuvenate = topics_of(
        "Sermorelin therapy is a promising solution for improving symptoms of GH decline.",
        "By acting as a 'coach' rather than a 'substitute,' Sermorelin aims to rejuvenate the "
        "body's natural hormonal processes rather than overriding them entirely.")
    assert promising == ["peptides-benefits"] and rejuvenate == ["peptides-benefits"]


def test_performance_enhancing_is_no_benefit_claimed(topics_of):
    # truventamedical.com (round 1), labelled not weak: what BPC-157 is not.
    assert topics_of("Unlike many performance-enhancing compounds, BPC-157 is not a hormone "
                     "and does not function through the endocrine system in the traditional "
                     "sense.") == [[]]


def test_a_terms_definition_is_no_claim_on_its_evidence(topics_of):
    # testosterone-dr.com and zyndio.com (round 8), labelled not weak; hrtio.com (round 1),
    # labelled weak: what peptide therapy does, not what the term means.
    involves, refers, works = topics_of(
        "Peptide therapy involves the use of peptide compounds to promote health and treat "
        "illness.",
        "Peptide therapy refers to the clinical or off-label use of short chains of amino "
        "acids (peptides) for various therapeutic purposes including growth hormone "
        "modulation, tissue healing, and metabolic effects.",
        "Peptide therapy works by re-establishing the body’s own command-and-control signals "
        "to promote self-regulation and healing.")
    assert involves == [] and refers == []
    assert "peptides-repair" in works


def test_research_peptides_come_from_the_knowledge_base():
    # The knowledge base's peptides without a DrugCentral (approved-drug) record are
    # subjects; kisspeptin, the body's own hormone, and approved peptides are not, unless a
    # class the registry names brings them (tesamorelin: a GHRH analogue).
    from lint.annotate.evidence import _unapproved
    from lint.sources.drugs import load_knowledge

    knowledge = load_knowledge()
    hormones = knowledge.physiology["hormones"]
    unapproved = {key for key, drug in knowledge.drugs.items()
                  if _unapproved(drug, "peptide", hormones)}
    assert {"bpc-157", "cjc-1295", "ipamorelin", "hexarelin"} <= unapproved
    assert not {"kisspeptin", "tesamorelin", "sermorelin", "semaglutide", "bremelanotide",
                "mk-677"} & unapproved


def test_a_research_peptide_no_list_names_is_a_subject(topics_of):
    # neuronepro.com (round 10), labelled weak: BPC-157 is named by no registry list now;
    # the knowledge base's entry brings it.
    assert topics_of("BPC-157 has been shown to promote the healing of various tissues, "
                     "including tendons, ligaments, muscles, and even the gut lining.") == [
        ["peptides-repair", "peptides-wellbeing", "peptides-benefits"]]


def test_a_projects_research_peptide_joins_the_topics(tmp_path):
    # A peptide the packaged knowledge base does not know, put in by a project's drug file
    # with its kind and no class: a research peptide, so a subject of the peptide topics.
    from lint.annotate.evidence import TopicDetector, load_topics
    from lint.lines import document_from_lines
    from lint.nlp import pipeline
    from lint.sources.drugs import load_knowledge

    own = tmp_path / "drugs.yaml"
    own.write_text("drugs:\n  - names: [TB-500, thymosin beta-4 fragment]\n"
                   "    kind: peptide\n    sources: [our pharmacist's note]\n", "utf-8")
    sentence = "TB-500 speeds healing of torn tendons."
    for knowledge, expected in ((None, []), (load_knowledge(str(own)), ["peptides-repair"])):
        detector = TopicDetector(pipeline("blank"), load_topics(knowledge=knowledge))
        document = document_from_lines([sentence], "blank")
        detector.annotate(document)
        sentences = list(document.sentences)
        assert [h.topic for h in sentences[0].annotations.evidence_topics] == expected


def test_sleep_is_a_measure_for_sperm_not_for_testosterone(topics_of):
    # drmaxwellwellness.com.au (round 11), labelled not weak: a condition of the blood test;
    # beinghealthiest.com (round 1), labelled weak: sleep and semen quality (unsettled item 3).
    test, semen = topics_of(
        "Testosterone should not be measured during acute illness or following heavy alcohol "
        "use or sleep deprivation.",
        "Restricted or excessive sleep is linked to poor semen quality.")
    assert test == [] and semen == ["antioxidants-sperm"]


def test_a_line_after_a_lead_in_is_its_item_up_to_twelve_words(topics_of):
    # wis.it.com (round 5), the lead-in and three of its items as the page gives them, one a
    # line (as the benchmarks and `classify` read them), items labelled weak: the second
    # item has eight words, more than a fragment's six, and is still an item, so the third
    # still takes the lead-in's subject (growth hormone).
    lead_in, first, second, third = topics_of(
        "This decline in growth hormone is linked to a variety of symptoms commonly "
        "associated with aging:",
        "Decrease in lean muscle mass and bone density",
        "Increase in body fat, particularly around the abdomen",
        "Reduced physical endurance and energy levels")
    assert second == ["gh-wellbeing"] and third == ["gh-wellbeing"]


def test_a_peptides_protocol_is_its_topic_but_its_route_is_pharmacology(topics_of):
    # syntho.no (round 12), labelled weak: research protocols of a GHRH analogue;
    # revivefoco.com (round 1), labelled not weak: half-life and route, basic pharmacology.
    protocols, route = topics_of(
        "Outside that indication, it's used in research-use GH-axis protocols as a more "
        "potent — and more regulated — alternative to CJC-1295.",
        "Sermorelin has a rapid half life of 11-12 minutes when administered via injection "
        "and exerts its effects by binding to the GHRH receptor at the pituitary gland.")
    assert protocols == ["peptides-benefits"] and route == []


def test_a_benefit_word_beside_the_bare_class_word_is_biology(topics_of):
    # Review, session 15: ordinary sentences about peptides, no weak topic.
    insulin, blocks, antimicrobial = topics_of(
        "Insulin is a peptide hormone that promotes glucose uptake into cells.",
        "Peptides are useful building blocks in drug design.",
        "Antimicrobial peptides are beneficial in fighting infection.")
    assert insulin == [] and blocks == [] and antimicrobial == []


def test_it_beside_the_condition_is_still_the_subject_before(topics_of):
    # Review, session 15: "It" carries the supplement into a claim that names the condition.
    named, it = topics_of("Tongkat ali is an herbal extract sold to men.",
                          "It may help restore low testosterone and boost libido.")
    # (session 21, review of i275: tongkat ali is no subject of testosterone-boosters-benefits)
    assert it == ["lifestyle-testosterone"]
