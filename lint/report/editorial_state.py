"""The report's first screen: the content's state, and what a reviewer must read first.

Figures are counts of annotations and findings of the run, nothing else: claims and their
citations from the claim standing, unhedged weak-evidence claims from the same standing the
EVD rules read, mechanism conflicts from MEC findings, references from the online check's
verdicts and the REF findings.
"""

from __future__ import annotations

from lint.report.places import cell_place, section_label, section_place, sentence_link

# Kinds of triage item, most urgent first.
KINDS = ("mechanism conflict", "dose", "route or schedule", "unhedged weak evidence",
         "weak sources", "mechanism", "efficacy")
URGENT = KINDS[:5]
_EXPLAINED = {"CIT001": "no citation", "EVD002": "appeals to unnamed studies",
              "EVD004": "overclaims"}


def claims_by_section(articles) -> list[dict]:
    rows = []
    for article in articles:
        for section in article["sections"]:
            rows.append({"path": article["path"], "section": section["name"],
                         "label": section_place(article["path"], section["name"],
                                                len(articles) > 1),
                         "cited": section["cited"], "total": len(section["claims"])})
    return rows


def mechanism_conflicts(findings) -> list:
    """MEC findings that set two statements (or a statement and the knowledge base) apart."""
    return [d for d in findings if d.family == "MEC" and d.name != "unknown-drug"]


def first_screen(result, articles, bibliography, findings, known_ids) -> dict:
    sections = claims_by_section(articles)
    unhedged = [s for document in result.documents for s in document.sentences
                if s.annotations.status.hedging_missing]
    return {
        "claims": sum(r["total"] for r in sections),
        "cited": sum(r["cited"] for r in sections),
        "sections": sections,
        "unhedged_weak": len(unhedged),
        "mechanism_conflicts": len(mechanism_conflicts(findings)),
        "references": len(bibliography["rows"]),
        "verdicts": bibliography["verdicts"],
        "verified_ran": bibliography["verified_ran"],
        "suspect_references": sum(1 for r in bibliography["rows"] if r["suspect"]),
        "findings": len(findings),
        "known": sum(1 for d in findings if id(d) in known_ids),
        "new": sum(1 for d in findings if id(d) not in known_ids),
    }


def _dose_words(document, sentence) -> list[str]:
    """Dose vocabulary the claim annotator found in the sentence (domain category "care")."""
    return sorted({m.text for m in document.annotations.domain_terms
                   if m.category == "care" and m.text.lower().startswith("dos")
                   and sentence.start <= m.start < sentence.end})


def triage(result, index, kb) -> list[dict]:
    """One item per sentence a reviewer must read first, with every reason it is there."""
    items = []
    for document in result.documents:
        assertions = {}
        for a in document.annotations.mechanisms:
            assertions.setdefault(id(a.sentence), []).append(a)
        for sentence in document.sentences:
            status = sentence.annotations.status
            raised = index.on(document.path, sentence.span)
            kinds, why = [], []
            for d in raised:
                if d.family == "MEC" and d.name != "unknown-drug":
                    kinds.append("mechanism conflict")
                    why.append(f"{d.code}: {d.message}")
            if status.hedging_missing:
                kinds.append("unhedged weak evidence")
                why.extend(f"claims '{t.subject}' … '{t.outcome}' without a qualifier; "
                           f"evidence for {t.label} is {t.level}"
                           for t in status.weak_topics[:1])
            if any(d.code == "EVD003" for d in raised):
                kinds.append("weak sources")
                why.extend(d.message for d in raised if d.code == "EVD003")
            uncited = status.claim and not sentence.citations
            flagged = bool(kinds) or uncited
            if status.claim:
                dose = _dose_words(document, sentence)
                if dose:
                    kinds.append("dose")
                    why.append("speaks of dosing: " + ", ".join(dose))
                said = assertions.get(id(sentence), [])
                schedule = [a for a in said if a.attribute in ("schedule", "route")]
                if schedule:
                    kinds.append("route or schedule")
                    why.append("states " + "; ".join(a.describe(kb) for a in schedule))
                mechanism = [a for a in said if a.attribute in ("class", "target", "effect")]
                if mechanism and flagged:
                    kinds.append("mechanism")
                    why.append("states " + "; ".join(dict.fromkeys(
                        a.describe(kb) for a in mechanism)))
                if sentence.annotations.evidence_topics and flagged:
                    kinds.append("efficacy")
                if sentence.annotations.evidence_topics and flagged \
                        and not status.hedging_missing:  # else said above
                    topic = sentence.annotations.evidence_topics[0]
                    why.append(f"claims '{topic.subject}' … '{topic.outcome}' "
                               f"({topic.label}, evidence {topic.level})")
            if not kinds:
                continue
            for d in raised:
                if d.code in _EXPLAINED:
                    why.append(f"{_EXPLAINED[d.code]} ({d.code})")
            kinds = sorted(dict.fromkeys(kinds), key=KINDS.index)
            items.append({"kinds": kinds, "urgent": [k for k in kinds if k in URGENT],
                          "rank": min(KINDS.index(k) for k in kinds),
                          "text": sentence.text, "link": sentence_link(document, sentence),
                          "section": section_label(sentence), "why": why,
                          "place": cell_place(sentence.block),
                          "codes": sorted({d.code for d in raised})})
    items.sort(key=lambda item: (item["rank"], item["link"].path, item["link"].line))
    return items


def triage_groups(items: list[dict]) -> list[dict]:
    """The triage list by its most urgent kind; the urgent groups are shown open."""
    groups = []
    for kind in KINDS:
        members = [i for i in items if KINDS[i["rank"]] == kind]
        if members:
            groups.append({"kind": kind, "items": members, "open": kind in URGENT})
    return groups
