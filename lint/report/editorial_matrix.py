"""The checkable mechanism matrix: per drug, the knowledge base's values and sources next to
what each section says, with the MEC findings marked in the cells they concern.

Assertions come from the mechanisms annotator, conflicts only from MEC findings: a cell is
marked because a rule raised a finding on that sentence, never by a comparison made here.
"""

from __future__ import annotations

from lint.document.annotations import HORMONE_LABELS
from lint.report.drug_card import schedule_text
from lint.report.places import Link, section_place, top_section


def _arrow(direction: str) -> str:
    return "↑" if direction == "up" else "↓"


def knowledge_values(kb, drug) -> list[dict]:
    """What the knowledge base records for a drug, attribute by attribute."""
    values = []
    if drug.drug_class:
        also = [kb.class_label(c) for c in drug.also]
        values.append({"attribute": "class", "value": kb.class_label(drug.drug_class)
                       + (f" (also: {', '.join(also)})" if also else "")})
    for target, action in drug.targets.items():
        label = kb.targets.get(target, {}).get("label", target)
        values.append({"attribute": "target", "value": f"{label} ({action})"})
    if drug.effects:
        values.append({"attribute": "effects", "value": ", ".join(
            f"{HORMONE_LABELS.get(h, h)} {_arrow(d)}" for h, d in drug.effects.items())})
    if drug.routes:
        values.append({"attribute": "route", "value": ", ".join(drug.routes)})
    if drug.schedule:
        # In words, as `mechanisms --drug` says it (the dataclass's repr leaked here).
        values.append({"attribute": "schedule", "value": schedule_text(drug.schedule)})
    if drug.atc:
        values.append({"attribute": "ATC", "value": drug.atc})
    return values


def _mec_findings(result) -> list:
    return [d for d in result.diagnostics + result.baselined if d.family == "MEC"]


def _says_this(finding, says: str) -> bool:
    """The finding is about this statement (or names none in particular)."""
    named = [finding.data[k] for k in ("here", "text") if finding.data.get(k)]
    return not named or says in named


def mechanism_matrix(result) -> dict:
    corpus = result.corpus
    kb = corpus.knowledge if corpus else None
    if kb is None:
        return {}
    findings = _mec_findings(result)
    cells: dict[tuple[str, str], list[dict]] = {}
    drugs: list[str] = []
    sections: list[str] = []
    several = len(result.documents) > 1
    for document in result.documents:
        for a in document.annotations.mechanisms:
            section = section_place(document.path, top_section(a.sentence), several)
            if a.drug not in drugs:
                drugs.append(a.drug)
            if section not in sections:
                sections.append(section)
            span = a.sentence.span
            says = a.describe(kb)
            # The findings raised on this sentence about this drug and what it says here.
            here = f"{document.path}:{span.start.line}"
            marked = [d for d in findings if d.data.get("drug") == a.drug and (
                (d.path == document.path and span.start.line <= d.span.start.line
                 <= span.end.line and _says_this(d, says))
                # the other side of a contradiction, named by the finding
                or (d.data.get("there_at") == here and d.data.get("there") == says))]
            items = cells.setdefault((a.drug, section), [])
            same = next((i for i in items if i["says"] == says), None)
            if same is None:
                same = {"says": says, "attribute": a.attribute, "links": [],
                        "conflicts": [], "modality": a.modality}
                items.append(same)
            link = Link(document.path, span.start.line)
            if link not in same["links"]:
                same["links"].append(link)
            for d in marked:
                text = f"{d.code}: {d.message}"
                if text not in same["conflicts"]:
                    same["conflicts"].append(text)
    rows = []
    for key in drugs:
        drug = kb.drugs.get(key)
        row_cells = [cells.get((key, s), []) for s in sections]
        rows.append({
            "drug": drug.name if drug else key, "known": drug is not None,
            "knowledge": knowledge_values(kb, drug) if drug else [],
            "sources": list(drug.sources) if drug else [],
            "cells": row_cells,
            # each finding once, though it marks both places it sets apart
            "conflicts": len({c for cell in row_cells for i in cell for c in i["conflicts"]})})
    unknown = {}  # name -> (its first place, why the text took it for a drug)
    for document in result.documents:
        for mention in document.annotations.drug_mentions:
            if not mention.known and mention.name not in unknown:
                unknown[mention.name] = (Link(document.path,
                                              document.position(mention.start).line),
                                         mention.reason)
    return {"sections": sections, "rows": rows,
            "unknown": [{"name": n, "link": link, "reason": reason}
                        for n, (link, reason) in unknown.items()],
            "findings": len(findings),
            "conflicts": sum(r["conflicts"] for r in rows)}
