"""Weak topics, session 24 (branch i354, issue 15): mends of the review of i346.
"Fertility problems / issues" are secular-decline subjects only about men; "optimal"
hormone levels are a topic only of sex hormones and not where the sentence names the
reference range or a guideline; one-site trend phrases are no outcome; a citation does not
cover a weak topic (EVD001 still reports it); a booster-named heading under a booster
title keeps the product. Sentences in our own words; figures in bench/README.md
(session 24, i354)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    # fertility of couples or women: no decline in sperm counts (finding 1)
    "Fertility issues are on the rise among couples who delay parenthood.",
    "Among women over thirty-five, fertility problems are rising rapidly.",
    # a hormone that is not a sex hormone (finding 2)
    "Thyroid hormone levels outside the optimal range cause symptoms.",
    # a target inside the reference range, as the guideline sets (finding 3)
    "Guidelines advise keeping testosterone in the mid-normal range during TRT, "
    "and most clinics call this the optimal range.",
    "On treatment, doctors aim to hold testosterone at an optimal level within the normal range.",
    # one-site trend phrases, dropped (finding 5)
    "Sperm counts are on the increase in this cohort of donors.",
    "Semen quality showed a decreasing trend between the two surveys.",
])
def test_no_weak_topic(topics_of, text):
    assert topics_of(text)[-1] == [], text


@pytest.mark.parametrize("text,topic", [
    # controls: the same shapes said of men, or of a target above the range
    ("Fertility issues among men are on the rise, one urologist says.", "secular-decline"),
    ("The clinic pushes testosterone to an optimal level near 1,000 ng/dL.",
     "hormone-optimisation"),
    ("Clinics promise men an optimal hormone balance through TRT.", "hormone-optimisation"),
])
def test_weak_topic_kept(topics_of, text, topic):
    assert topic in topics_of(text)[-1], text


CITED = "Sperm counts have fallen over the past decades, one pooled analysis reported [@levine2017].\n"


def test_a_citation_does_not_cover_a_weak_topic(project):
    # EVD001 asks for a qualifier or a statement of weak evidence, not for a citation: a
    # cited claim on a low topic is still unhedged (docs/evidence.md, EVD001; finding 5)
    project.write("content/page.md", "# Semen quality\n\n" + CITED)
    findings = [d for d in project.run(select=["EVD001"], use_baseline=False).diagnostics]
    assert len(findings) == 1, findings
    assert "secular" in findings[0].message, findings[0].message


def test_a_hedged_cited_claim_passes(project):
    project.write("content/page.md", "# Semen quality\n\n"
                  + CITED.replace("have fallen", "may have fallen"))
    findings = [d for d in project.run(select=["EVD001"], use_baseline=False).diagnostics]
    assert findings == [], findings


BOOSTER_PAGE = ("# Testosterone boosters: what is in the tub\n\n"
                "Testosterone boosters are sold in most sports shops.\n\n")
CLAIM = "Users say energy and drive pick up within a month of daily capsules."


@pytest.mark.parametrize("heading", [
    "Testosterone boosters: do they help at all?",
    "Testosterone and the tribulus in your tub",
])
def test_booster_heading_keeps_the_product(marked, heading):
    # a heading naming testosterone beside a booster (finding 7) is about the product, not
    # the body's own hormone: the claim under it still takes a booster topic
    hits = marked(BOOSTER_PAGE + f"## {heading}\n\n{CLAIM}\n")
    assert hits[CLAIM] != [], hits
