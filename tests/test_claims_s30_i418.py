"""Health pages, session 30 (i418, issue 15): the claim in a quotation is weighed without the
name and title of who said it (annotate/claim_speaker.py, claims.yaml `speaker_attribution`).
The shapes are the news pages' of rounds 2-42 ("“…,” says <name>, <title of an agency>."); the
sentences are in our own words."""

from __future__ import annotations

import pytest

from health_judgments import judge

SPOKE = "names who spoke (not weighed): "


@pytest.mark.parametrize("line, speaker", [
    ("“Zinc raises sperm counts in men who lack it,” said Dr. Helen Marsh, head of "
     "reproductive medicine at the Northfield Regional Hospital Service.",
     "said Dr. Helen Marsh, head of reproductive medicine at the Northfield Regional Hospital "
     "Service."),
    ("“The chance of catching it from a cabin is small,” says Peter Lindqvist, chief medical "
     "officer for the National Parks Authority.",
     "says Peter Lindqvist, chief medical officer for the National Parks Authority."),
    ("Deer ticks carry the bacteria in every county of the state, says Maria Gomez, a "
     "spokeswoman for the County Health Department.",
     "says Maria Gomez, a spokeswoman for the County Health Department."),
])
def test_a_quoted_finding_is_a_claim_whoever_said_it(line, speaker):
    # Before: the speaker's name, more than once (-1.28), and the words of their title
    # ("service", "medical", "national", "health") outweighed the finding.
    judged = judge(line)
    assert judged.label, judged.reasons
    assert f"{SPOKE}'{speaker}'" in judged.reasons, judged.reasons
    assert "a name, more than once" not in "; ".join(judged.reasons)


def test_the_issue_s_example_in_plain_apostrophes_is_a_claim():
    # (No development row quotes so; before, 'a name, more than once' -1.28 took it, 0.40.)
    judged = judge("'Zinc raises sperm counts,' said Dr X.")
    assert judged.label and f"{SPOKE}'said Dr X.'" in judged.reasons, judged.reasons


@pytest.mark.parametrize("line", [
    "“We thank the volunteers who gave up their weekend,” said Mayor Linda Cho of the Eastside "
    "Borough Council.",
    "“Our officers will keep watching the border crossings every night,” said Port Director "
    "James Ruiz.",
    "“I am delighted to welcome our new board members,” said Chairman Robert Ellis.",
])
def test_a_quoted_thanks_or_plan_is_still_no_claim(line):
    assert not judge(line).label


@pytest.mark.parametrize("text, tail", [
    ("“Most men with low testosterone never get tested,” Dr Carter said.", "Dr Carter said."),
    ("Everyone camping in the valley should shake out their sleeping bags, health officials "
     "say.", "health officials say."),
    ("“Vitamin D deficiency is common in winter,” explained Professor Aisha Bello.",
     "explained Professor Aisha Bello."),
])
def test_the_attribution_is_found_at_the_end(text, tail):
    from lint.annotate.claim_speaker import speaker_attribution

    start = speaker_attribution().start(text)
    assert start is not None and text[start:] == tail


@pytest.mark.parametrize("text", [
    # the quotation goes on after its speaker: the tail is not only the speaker
    "“It works,” he said, “but only in men who are deficient.”",
    # the speaker opens the sentence: what follows is the claim
    "He said the drug works in most men.",
    "Dr Carter said that most men with low testosterone never get tested.",
    # "said to": a report, not a speaker
    "The herb is widely used, said to raise testosterone in older men.",
    # too short a quotation to be one
    "“Yes,” she said.",
    # a long clause after the verb is no name and title
    "“It is rare,” says the leaflet that the clinic hands to every patient who comes in for "
    "a first visit, which also lists the side effects of each of the medicines it prescribes "
    "and the number to call at night.",
])
def test_no_attribution_where_the_tail_is_more_than_a_speaker(text):
    from lint.annotate.claim_speaker import speaker_attribution

    assert speaker_attribution().start(text) is None


def test_the_scholarly_profile_weighs_the_whole_sentence():
    import eval_claims

    line = ("“Zinc raises sperm counts in men who lack it,” said Dr. Helen Marsh, head of "
            "reproductive medicine at the Northfield Regional Hospital Service.")
    judged, = eval_claims.judgments([line], "scholarly")
    assert not any(reason.startswith(SPOKE) for reason in judged.reasons)


def test_the_fast_scorer_leaves_the_speaker_out_as_training_does():
    from lint.annotate.claim_model import load_model, sentence_features, token_norms
    from lint.annotate.claim_speaker import speaker_attribution
    from lint.lines import document_from_lines

    texts = ["“The chance of catching it from a cabin is small,” says Peter Lindqvist, chief "
             "medical officer for the National Parks Authority.",
             "“Most men with low testosterone never get tested,” Dr Carter said."]
    model = load_model("health")
    for sentence in document_from_lines(texts, "blank").sentences:
        doc, start, end = sentence.block.nlp_doc, sentence.token_start, sentence.token_end
        weighed = speaker_attribution().scored_end(doc, start, end, sentence.text.rstrip())
        assert start < weighed < end
        fast, found = model.score(doc, start, end, ["quantity"], 1, sentence.text,
                                  ["quoted_speech"], weighed_end=weighed)
        words = len(token_norms(doc[start:end])[0])
        slow, expected = model.logit(sentence_features(
            token_norms(doc[start:weighed]), ["quantity"], 1, sentence.text,
            model.needs_domain, ["quoted_speech"], words))
        assert abs(fast - slow) < 1e-9 and dict(found) == dict(expected), sentence.text
        assert "shape=<Name>x2+" not in dict(found)  # (the opening "The" after "“" is one)
