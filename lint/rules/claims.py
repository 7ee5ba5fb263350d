"""CIT001: factual claims carry a citation."""

from __future__ import annotations

from lint.diagnostics import Severity
from lint.document.model import BlockKind
from lint.rules.base import Finding, Option, rule

COVERAGES = ("sentence", "paragraph")


@rule("CIT001", "claim-without-citation", Severity.WARNING, needs_annotations=True, options={
    "min-score": Option(0.5, "claim confidence (0-1) from which an uncited sentence is "
                             "reported; 0.5 is the claim detector's own threshold",
                        minimum=0.0, maximum=1.0),
    "coverage": Option("sentence", "'sentence': a citation covers its sentence; 'paragraph': "
                                   "a citation in a paragraph's (or list item's) last sentence "
                                   "covers the whole paragraph",
                         choices=("sentence", "paragraph")),
    "blockquotes": Option(True, "also check pull quotes (blockquotes)"),
})
def claim_without_citation(document, context):
    """A sentence states a checkable health fact but carries no citation.

    Checkable facts: biology, a drug's mechanism, dose, route or effect, a
    risk or outcome, a statistic, what studies show, a definition.

    The claim detector (lint/annotate/claims.py, cues in lint/data/claims.yaml)
    scores each prose sentence and explains its decision; the finding lists
    the reasons. Headings, questions, captions, reader-directed empathy,
    framing and calls to action are not claims. A citation covers its
    sentence; in a table, a citation anywhere in the row covers the row. A
    sentence that continues the source cited just before it ("This study
    ...", "However, the trial ...", "They found ...") is covered by that
    citation, a footnote's citations cover the sentence with its marker, and
    a quotation's closing citation covers all of it
    (lint/annotate/coverage.py). With `genre = "scholarly"` the authors' own
    work needs no citation: the abstract, sentences pointing at their own
    figures or tables, inline math, "Here, we present ...", "we argue
    that ...", worked examples and a glossary table's definitions
    (lint/annotate/own_work.py), and the claim
    score is read where the sentence stands: raised when its paragraph or
    section cites other sentences, when the text cites the sentences that
    share its words, or it reads like a source's report ("et al.", "has
    been shown", a name its section has not met before), lowered in a section that
    cites nothing else, in a paragraph's opening sentence, after "However",
    in speculation and in the authors' own voice ("this review", a figure,
    "These ...") (lint/annotate/in_context.py). With `genre = "book"`
    (textbooks and course notes) a claim is the field's standard teaching,
    needing no citation, unless it reports a study or its finding, a
    statistic about people or an effect, a date or an attribution, a
    treatment's dose or duration, a guideline, a quotation, or what a law,
    a regulator or an organisation decided (a decision or a tally of people
    is reported whatever the model's score: it is raised to 0.5, so a
    min-score above 0.5 drops it) (lint/annotate/teaching_text.py,
    signs in lint/data/teaching.yaml). With `coverage = "paragraph"` a
    citation closing a paragraph covers it.

    Why: an uncited health claim cannot be checked by a reader or a
    reviewer; it is where errors and invented facts hide.

    Fails:

    ```markdown
    Anastrozole reduces the conversion of testosterone to estrogen.
    ```

    ```markdown
    | Peptide | Benefits |
    | --- | --- |
    | Sermorelin | Improved body composition and better sleep quality. |
    ```

    Passes:

    ```markdown
    Anastrozole reduces the conversion of testosterone to estrogen [@aromatase2020].
    The trial enrolled 40 men with low testosterone.
    ```

    ```bibtex
    @article{aromatase2020, author = {A, B}, title = {T}, journal = {J}, year = {2020}}
    ```

    ```markdown
    If you have prediabetes, now is your time to take action.

    ## How do peptides work?
    ```
    """
    options = context.options
    min_score = float(options.get("min-score", 0.5))
    paragraph = options.get("coverage", "sentence") == "paragraph"
    rows_cited = {(b.meta.table_line, b.meta.row)
                  for b in document.blocks if b.kind is BlockKind.TABLE_CELL and b.citations}
    for block in document.blocks:
        if not block.is_prose or (block.kind is BlockKind.BLOCKQUOTE
                                  and not options.get("blockquotes", True)):
            continue
        if block.kind is BlockKind.TABLE_CELL and (
                (block.meta.table_line, block.meta.row) in rows_cited):
            continue
        closing_citation = paragraph and block.sentences and block.sentences[-1].citations
        for sentence in block.sentences:
            judgment = sentence.annotations.claim
            placed = sentence.annotations.in_context
            score = placed.score if placed is not None else \
                judgment.score if judgment is not None else 0.0
            if judgment is None or judgment.excluded or score < min_score:
                continue
            if sentence.citations or closing_citation or sentence.annotations.covered_by \
                    or sentence.annotations.own_work:
                continue
            reasons = judgment.reasons + ([f"where it stands: {'; '.join(placed.reasons)}"]
                                          if placed is not None and placed.reasons else [])
            why = "; ".join(r for r in reasons if not r.startswith("domain terms"))
            yield Finding(
                sentence.span, f"claim without citation ({why or reasons[0]})",
                suggestion="cite a source for this claim, e.g. [@key], or reword it",
                context=sentence.text,
                data={"score": round(score, 3), "points": round(judgment.points, 2),
                      "reasons": reasons})
