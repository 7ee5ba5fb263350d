"""The weak-evidence registry on sentences of other writers (bench/data/health_pages rows;
figures per labelling round in bench/README.md). In-process, the blank pipeline."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def topics_of():
    from lint.annotate.evidence import TopicDetector, load_topics
    from lint.lines import document_from_lines
    from lint.nlp import pipeline

    detector = TopicDetector(pipeline("blank"), load_topics())

    def judge(*lines: str) -> list[list[str]]:
        document = document_from_lines(list(lines), "blank")
        detector.annotate(document)
        return [[h.topic for h in s.annotations.evidence_topics if h.weak]
                for s in document.sentences]
    return judge


def test_unsettled_questions_of_the_rubric_are_weak_topics(topics_of):
    # Wikipedia (CC BY-SA) and a supplement magazine, both labelled weak by their labellers.
    ageing, decline = topics_of(
        "It is unclear if the use of testosterone for low levels due to aging is beneficial "
        "or harmful.",
        "By some estimates, sperm counts around the world may have dropped by 50% since the "
        "1930s.")
    assert ageing == ["testosterone-therapy-ageing"]
    assert decline == ["secular-decline"]


def test_an_effect_on_sperm_count_or_trt_for_low_testosterone_is_not_those_topics(topics_of):
    effect, mainstream = topics_of(
        "Exogenous testosterone lowers sperm count in most men.",
        "TRT improves libido in men with low testosterone.")
    assert effect == [] and mainstream == []


def test_an_approval_history_touches_no_topic_but_a_lack_of_approval_does(topics_of):
    # spandidos-publications.com (CC BY; "in older men" added so that, but for its approval
    # history, the sentence would be on a topic), labelled not weak; summithealthlv.com,
    # labelled weak.
    history, missing = topics_of(
        "Testosterone replacement treatment (TRT) was first approved in 1972 by the U.S. Food "
        "and Drug Administration as a treatment for the symptoms of male hypogonadism in older "
        "men.",
        "Important: BPC-157 is not FDA-approved, and human clinical research is limited.")
    assert history == []
    assert "peptides-wellbeing" in missing
    unapproved, = topics_of("Testosterone replacement treatment (TRT) is prescribed for the "
                            "symptoms of male hypogonadism in older men.")
    assert unapproved == ["testosterone-therapy-ageing"]
