"""Weak topics, session 20 (branch i262, issue 15): the review of i255's page agent. A page's
agent is no subject under a later heading, nor past a sentence about another treatment (a
drug, topic words too, a procedure, a treatment stopped), nor when the page turns away from
it ("He stopped injecting BPC-157 …", "- BPC-157: not approved"). The pages are the
reviewer's (our own wording, ordinary mainstream pages); figures in bench/README.md
("session 20, branch i262")."""

from __future__ import annotations

import pytest

BPC = "BPC-157 is a synthetic peptide sold online."


def evd001(project, name: str, text: str) -> list[str]:
    project.write(f"content/{name}.md", text)
    done = project.cli("check", "--no-cache", "--offline", "--select", "EVD001", "content")
    assert done.returncode in (0, 1), done.stderr
    return [line for line in done.stdout.splitlines() if "EVD001" in line]


@pytest.mark.parametrize("text", [
    # a warning against a peptide, then the page's own treatment under its heading
    """
    # Recovering from a tendon injury

    Some websites sell BPC-157 for tendon injuries. It is not approved and should not be used.

    ## Exercises

    Loading exercises are done daily. Most people improve within 12 weeks.
    The evidence is strongest for Achilles tendinopathy.
    """,
    # a supplement named once, then what to expect of the prescribed treatment
    """
    # Clomiphene for a low sperm count

    Clomiphene is prescribed for men with low testosterone who want children. Some men also take maca.

    ## How it is taken

    It is taken as a tablet every other day. Blood tests are repeated after six weeks.
    Trial data show that sperm count rises in about half of men.
    """,
])
def test_page_agent_stops_at_a_heading(project, text):
    assert evd001(project, "page", text) == []


def test_page_agent_still_reaches_within_its_section(project):
    # the same evidence talk under the agent's own heading is still about it
    found = evd001(project, "page", """
    # Recovering from a tendon injury

    Some websites sell BPC-157 for tendon injuries. Vials are stored cold.
    The evidence is strongest for Achilles tendinopathy.
    """)
    assert found


@pytest.mark.parametrize("lines", [
    # a topic-word drug, stopped: about that treatment, not the supplement before
    ("Women trying to conceive should take folic acid every day.", "Eat a varied diet.",
     "Drink enough water.", "Keep to a healthy weight.",
     "Trial data show that fourteen percent of the partners of male patients were able to "
     "get pregnant after stopping testosterone."),
    # the same, the sentence right after (before i262 too: the one-sentence carry)
    ("Women trying to conceive should take folic acid every day.",
     "Fourteen percent of the partners of male patients were able to get pregnant after "
     "stopping testosterone."),
    # a procedure between the agent and the evidence talk
    (BPC, "Physiotherapy is the main treatment for tendon pain.",
     "Human clinical data is limited."),
    # an ordinary recovery after the agent was stopped
    ("He stopped injecting BPC-157 when the site became infected.",
     "The abscess healed after drainage and antibiotics."),
    ("He stopped injecting BPC-157 when the site became infected.", "He rested.",
     "Human clinical data is limited."),
])
def test_page_agent_not_carried_past_another_treatment(judged, lines):
    assert not judged(*lines)[-1], lines[-1]


def test_list_item_with_a_negative_status_gives_no_page_agent(judged):
    # "- BPC-157: not approved / - Rest / - Ice / The evidence favours rest and ice."
    hits = judged("BPC-157: not approved", "Rest", "Ice", "The evidence is limited to rats.")
    assert not hits[-1]
    # the agent named plainly still is the page's (control)
    hits = judged(BPC, "Rest", "Ice", "The evidence is limited to rats.")
    assert hits[-1]


def test_spelled_out_sarms_are_a_kind_of_agent(judged):
    # round 7: "SARMs: selective androgen receptor modulators" is no one agent
    hits = judged("Selective androgen receptor modulators are sold online.", "Vials are stored cold.",
                  "Human clinical data is limited.")
    assert not hits[-1]


def test_acronym_expansion_sharing_only_a_stop_word_is_something_else(judged):
    # "of" is no word of testosterone replacement therapy: this TRT is a reading test
    hits = judged("The Test of Reading Time (TRT) is given to children.",
                  "TRT is effective in improving sexual function in middle-aged and older men.")
    assert not hits[1]


def test_acronym_expansion_in_the_plural_is_its_topic(judged):
    # round 1: "GH secretagogues (GHSs)" shares "secretagogue" in the plural (a word of two
    # letters, "gh", no longer counts)
    hits = judged("GH secretagogues (GHSs) are sold online.", "GHSs can raise the risk of stroke.")
    assert hits[1]
