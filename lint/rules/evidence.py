"""EVD: claims say how strong their evidence is; strong wording needs strong sources."""

from __future__ import annotations

from lint.diagnostics import Severity
from lint.document.model import BlockKind
from lint.rules.base import Finding, Option, rule


def _suggestion(level: str) -> str:
    if level == "very low":
        return ("say how little is known, e.g. 'there is very little evidence that …' or "
                "'it is not known whether …'")
    return "qualify it, e.g. 'may …' or 'limited evidence suggests …'"


@rule("EVD001", "unhedged-weak-claim", Severity.WARNING, needs_annotations=True)
def unhedged_weak_claim(document, context):
    """A claim on a weakly supported topic carries no evidence-strength qualifier.

    Topics (subject × outcome, with a GRADE level and a source note) come
    from the weak-evidence registry (lint/data/evidence_topics.yaml). A
    table row's subject is its first cell. Qualifiers are found by the hedge
    detector (lint/data/hedges.yaml). A claim that itself says its evidence
    is missing, weak, mixed or negative ("X has not been proven to …", "no
    human trials", "trials … are lacking") in the clause that names what it
    claims carries what the rule asks for; one that only says no harm was
    found ("no trial has found any harm") or speaks of safety alone ("its
    safety has not been studied"), denies it ("far from unproven"), speaks
    of another clause ("Critics say the research is lacking, but X heals
    …") or, closing the sentence, of another agent ("…, yet trials of
    TB-500 are lacking") does not, nor does a qualifier only inside a name
    given (", often called …,"). For very low evidence the suggested
    wording is stronger than "may".

    Why: stating a weakly supported benefit as fact ("Pentadeca Arginate is
    recognized for its roles in tissue repair") misleads readers about what
    is known.

    Fails:

    ```markdown
    Pentadeca Arginate (PDA) is recognized for its roles in tissue repair.
    ```

    ```markdown
    | Peptide | Benefits |
    | --- | --- |
    | MK-677 | Bone density support, improved sleep, muscle mass. |
    ```

    Passes:

    ```markdown
    Some research indicates that peptides may support tissue repair, but evidence remains limited.
    ```
    """
    for sentence in document.sentences:
        status = sentence.annotations.status
        if not status.hedging_missing:
            continue
        hit = status.weak_topics[0]
        yield Finding(
            sentence.span,
            f"claim on a weakly supported topic ({hit.label}; evidence: {hit.level}) "
            f"without a qualifier: '{hit.subject}' … '{hit.outcome}'"
            + (f"; '{hit.subject}' {hit.reason}" if hit.reason else ""),
            suggestion=_suggestion(hit.level), context=sentence.text,
            data={"topic": hit.topic, "level": hit.level, "source": hit.source})


@rule("EVD002", "overclaiming", Severity.WARNING, needs_annotations=True)
def overclaiming(document, context):
    """A claim overclaims, boosts a weakly supported claim, or cites "studies" without a citation.

    Overclaiming words: proven, guarantees, cures, clearly, always,
    definitely … (not when negated — "not always", "has proven no
    different" —, softened — "almost always" —, in idioms — "cure rate",
    "were cured", "always consult" — or as a name in capitals, the CURE
    trial). Boosters (is recognized for, ensures, potent, inextricably,
    powerful …) are reported only on claims that touch a weakly supported
    topic of the evidence registry. "Always", "clearly", "definitely" …
    count only where the sentence states an effect, not in the authors'
    report of their own procedure or data ("we always considered"). "Studies
    have shown" needs a citation, or a citation nearby that covers the
    sentence (annotate/coverage.py: the sentence just before cites the
    studies it points back to, "These studies demonstrate …"). The cues are data
    (lint/data/overclaims.yaml).

    Why: certainty words promise more than health evidence can give,
    boosters lend weak evidence the tone of settled knowledge, and
    "studies have shown" without a reference is an appeal to authority the
    reader cannot check.

    Fails:

    ```markdown
    This protocol is proven to restore fertility in every man.
    ```

    ```markdown
    Studies have shown anastrozole can increase serum testosterone.
    ```

    ```markdown
    Pentadeca Arginate is recognized for its roles in tissue repair.
    ```

    Passes:

    ```markdown
    Studies have shown anastrozole can increase serum testosterone [@known2020].
    ```

    {{known2020-entry}}

    ```markdown
    Recovery is not always complete, and the treatment has proven no different from placebo.
    ```

    ```markdown
    Estradiol exerts a potent negative feedback on the hypothalamus.
    ```
    """
    for sentence in document.sentences:
        judged = sentence.annotations.overclaim
        if judged is None:
            continue
        text = sentence.text
        weak = sentence.annotations.status.weak_topics
        if judged.word:
            yield Finding(sentence.span, f"overclaiming word '{judged.word}'",
                          suggestion="state what the evidence shows and how strong it is",
                          context=f"{judged.word} {text}")
        elif judged.booster and weak and sentence.annotations.status.claim:
            yield Finding(sentence.span,
                          f"'{judged.booster}' on a weakly supported topic ({weak[0].label}; "
                          f"evidence: {weak[0].level})",
                          suggestion="drop the emphasis and say how strong the evidence is",
                          context=f"{judged.booster} {text}")
        elif (judged.unsourced and not sentence.citations
              and sentence.annotations.covered_by is None):
            yield Finding(sentence.span,
                          f"'{judged.unsourced}' without a citation",
                          suggestion="cite the studies, or say how strong the evidence is",
                          context=f"{judged.unsourced} {text}")


@rule("EVD003", "weak-sources-unhedged", Severity.WARNING, needs_annotations=True)
def weak_sources_unhedged(document, context):
    """A claim is cited only to weak source types and states its point without a qualifier.

    Source types come from the bibliography (the `evidence` field, or
    recognised: conference abstract, narrative review, book chapter,
    expert opinion; see REF010).

    Why: a conference abstract or a perspective piece does not carry a
    flat statement of fact; the wording should say how tentative it is.

    Fails:

    {{claim-on-abstract}}

    Passes:

    ```markdown
    Age may predict the return of sperm after testosterone therapy [@abstract2018].
    ```

    {{abstract-entry}}
    """
    bibliography = context.bibliography
    if bibliography is None:
        return
    rows = {}
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_CELL:
            rows.setdefault((block.meta.table_line, block.meta.row), []).append(block)
    for sentence in document.sentences:
        citations = sentence.citations
        status = sentence.annotations.status
        if not citations or status.hedged or not status.claim:
            continue
        kinds = []
        for citation in citations:
            entry = bibliography.entries.get(citation.key)
            judged = entry.annotations.evidence if entry else None
            kinds.append(judged)
        if all(k is not None and k.strength == "weak" for k in kinds):
            labels = sorted({k.label for k in kinds})
            yield Finding(sentence.span,
                          f"stated without a qualifier, but cited only to weak sources "
                          f"({', '.join(labels)})",
                          suggestion="qualify the claim ('may', 'preliminary data suggest') "
                                     "or cite stronger evidence",
                          context=sentence.text,
                          data={"keys": [c.key for c in citations]})


@rule("EVD004", "over-hedged-strong-claim", Severity.INFO, needs_annotations=True,
      options={"enabled": Option(True, "report hedged claims on high-evidence topics")})
def over_hedged_strong_claim(document, context):
    """A claim on a topic registered as high evidence is hedged (over-hedging).

    Why: "tesamorelin may reduce visceral fat" understates an effect shown
    in phase III trials; needless doubt misleads too.

    Fails:

    ```markdown
    Tesamorelin may reduce visceral fat in HIV-associated lipodystrophy.
    ```

    Passes:

    ```markdown
    Tesamorelin reduces visceral fat in HIV-associated lipodystrophy.
    ```
    """
    if not context.options.get("enabled", True):
        return
    for sentence in document.sentences:
        hits = [h for h in sentence.annotations.evidence_topics if h.level == "high"]
        status = sentence.annotations.status
        if not hits or not status.hedged or not status.claim:
            continue
        cues = sentence.annotations.hedge.cues
        text = sentence.text.lower()
        cue_at = text.find(cues[0].lower())
        outcome_at = text.find(hits[0].outcome.lower())
        # The qualifier must bear on the strong outcome: before it, in the same clause.
        if cue_at < 0 or outcome_at < cue_at or "," in text[cue_at:outcome_at]:
            continue
        yield Finding(sentence.span,
                      f"hedged ('{cues[0]}') although the evidence is high ({hits[0].label})",
                      suggestion="state it plainly", context=sentence.text)
