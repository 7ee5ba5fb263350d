"""The editorial review report: one data model, rendered as HTML or Markdown by Jinja2.

A pure function of the run's result (findings and annotated documents);
nothing here reads files or the network. Verification status comes from
entries already annotated (the online check or its cache).
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from lint import __version__
from lint.diagnostics import Severity, fail_level_name
from lint.report.editorial_bibliography import bibliography_health, short_ref
from lint.report.editorial_evidence import weak_evidence_map
from lint.report.editorial_matrix import mechanism_matrix
from lint.report.editorial_state import first_screen, triage, triage_groups
from lint.report.places import (FindingIndex, Link, section_at, section_label, section_place,
                                sentence_link)

FAMILIES = ("CIT", "REF", "GLO", "MEC", "EVD", "DOC")


@dataclass
class ReportData:
    title: str
    version: str
    summary: dict
    findings: list[dict]
    state: dict = field(default_factory=dict)
    triage: list[dict] = field(default_factory=list)
    triage_groups: list[dict] = field(default_factory=list)
    by_section: list[dict] = field(default_factory=list)
    by_kind: list[dict] = field(default_factory=list)
    articles: list[dict] = field(default_factory=list)
    glossary: list[dict] = field(default_factory=list)
    matrix: dict = field(default_factory=dict)
    weak_map: list[dict] = field(default_factory=list)
    bibliography: list[dict] = field(default_factory=list)
    suspect_references: list[dict] = field(default_factory=list)
    chart: list[dict] = field(default_factory=list)
    signoff: dict = field(default_factory=dict)


def _finding(d, known: bool, section: str) -> dict:
    return {"code": d.code, "name": d.name, "severity": str(d.severity), "family": d.family,
            "message": d.message, "suggestion": d.suggestion or "", "known": known,
            "section": section, "link": Link(d.path, d.span.start.line),
            "fingerprint": d.fingerprint}


def build(result, title: str = "Editorial review", *, previous: set[str] | None = None,
          mode: str = "", signoff: dict | None = None) -> ReportData:
    """The report's model.

    Known findings are those of the baseline, or, with `previous` (the fingerprints of the
    findings on the content at an earlier revision), those already present then.
    """
    corpus = result.corpus
    kb = corpus.knowledge if corpus else None
    diagnostics = sorted(result.diagnostics + result.baselined, key=lambda d: d.sort_key())
    if previous is None:
        known = {id(d) for d in result.baselined}
    else:
        known = {id(d) for d in diagnostics if d.fingerprint in previous}
    index = FindingIndex(diagnostics)
    documents = {document.path: document for document in result.documents}

    def section_of(d) -> str:
        document = documents.get(d.path)
        if document is None:
            return d.path  # the bibliography, the glossary
        return section_place(d.path, section_at(document, d.span.start.line),
                             len(documents) > 1)

    findings = [_finding(d, id(d) in known, section_of(d)) for d in diagnostics]
    # The gate fails on new findings only: with `previous`, the run had no baseline, so
    # those already present at the earlier revision are taken out here.
    failing = [d for d in result.failing if id(d) not in known]
    counts = Counter((d.family, str(d.severity)) for d in diagnostics)
    by_family = [{"family": f, **{s: counts.get((f, s), 0) for s in ("error", "warning", "info")}}
                 for f in FAMILIES]
    summary = {
        "files": len(result.files), "findings": len(diagnostics), "by_family": by_family,
        "failing": len(failing), "passed": not (failing or result.input_errors),
        "fail_level": fail_level_name(result.fail_level),
        "baseline": result.baseline_path, "mode": mode or _default_mode(result),
        "known": len(known), "new": len(diagnostics) - len(known),
        "fixed": len(result.stale), "all": len(diagnostics),
        "errors": sum(1 for d in diagnostics if d.severity is Severity.ERROR),
    }
    data = ReportData(title=title, version=__version__, summary=summary, findings=findings,
                      signoff=signoff or {})
    for document in result.documents:
        data.articles.append(_claim_inventory(document, corpus, index))
    health = bibliography_health(result)
    data.bibliography = health["rows"]
    data.suspect_references = [row for row in health["rows"] if row["suspect"]]
    data.state = first_screen(result, data.articles, health, diagnostics, known)
    data.triage = triage(result, index, kb)
    data.triage_groups = triage_groups(data.triage)
    data.by_section = _grouped(findings, "section")
    data.by_kind = _by_kind(findings)
    data.chart = _chart(data.by_section)
    data.weak_map = weak_evidence_map(result, index)
    data.glossary = _glossary(result)
    data.matrix = mechanism_matrix(result)
    return data


def _default_mode(result) -> str:
    if result.baseline_path:
        return f"baseline {result.baseline_path}"
    return "no baseline: every finding is new"


def _claim_inventory(document, corpus, index) -> dict:
    bibliography = corpus.bibliography if corpus else None
    sections: dict[str, dict] = {}
    for sentence in document.sentences:
        # The same standing the EVD rules read: the report never judges a sentence again.
        standing = sentence.annotations.status
        if not standing.claim:
            continue
        name = section_label(sentence)
        entry = sections.setdefault(name, {"name": name, "claims": [], "cited": 0})
        keys = [c.key for c in sentence.citations]
        refs = [f"{k} ({short_ref(bibliography.entries[k])})"
                if bibliography and k in bibliography.entries else f"{k} (unknown)"
                for k in keys]
        weak = standing.weak_topics
        hedge = sentence.annotations.hedge
        claim = sentence.annotations.claim
        if keys:
            status = "cited"
            entry["cited"] += 1
        else:
            status = "uncited"
        if standing.hedging_missing:
            status += ", hedging missing"
        entry["claims"].append({
            "text": sentence.text, "link": sentence_link(document, sentence),
            "refs": refs, "cues": list(hedge.cues) if hedge else [],
            "topic": "; ".join(f"{w.label} ({w.level})" for w in weak),
            "status": status, "score": round(claim.score, 2) if claim else 0.0,
            "findings": sorted({d.code for d in index.on(document.path, sentence.span)})})
    for section in sections.values():
        total = len(section["claims"])
        section["coverage"] = round(100 * section["cited"] / total) if total else 100
    return {"path": document.path,
            "title": (document.front_matter or {}).get("title", document.path),
            "sections": list(sections.values())}


def _grouped(findings: list[dict], key: str) -> list[dict]:
    """Findings by `key`, each group split by rule, with counts (largest groups first)."""
    groups: dict[str, dict] = {}
    for f in findings:
        group = groups.setdefault(f[key], {"name": f[key], "count": 0, "new": 0, "kinds": {}})
        group["count"] += 1
        group["new"] += not f["known"]
        kind = group["kinds"].setdefault(f["code"], {"code": f["code"], "name": f["name"],
                                                     "severity": f["severity"], "items": []})
        kind["items"].append(f)
    ordered = sorted(groups.values(), key=lambda g: -g["count"])
    for group in ordered:
        group["kinds"] = sorted(group["kinds"].values(), key=lambda k: (-len(k["items"]),
                                                                         k["code"]))
    return ordered


def _by_kind(findings: list[dict]) -> list[dict]:
    kinds: dict[str, dict] = {}
    for f in findings:
        kind = kinds.setdefault(f["code"], {"code": f["code"], "name": f["name"],
                                            "family": f["family"], "severity": f["severity"],
                                            "new": 0, "sections": {}})
        kind["new"] += not f["known"]
        kind["sections"].setdefault(f["section"], []).append(f)
    rows = []
    for kind in kinds.values():
        kind["count"] = sum(len(v) for v in kind["sections"].values())
        kind["sections"] = [{"name": name, "items": items}
                            for name, items in kind["sections"].items()]
        rows.append(kind)
    rows.sort(key=lambda k: (FAMILIES.index(k["family"]) if k["family"] in FAMILIES else 99,
                             k["code"]))
    return rows


def _chart(groups: list[dict]) -> list[dict]:
    top = max((g["count"] for g in groups), default=1)
    return [{"label": g["name"], "count": g["count"], "new": g["new"],
             "percent": round(100 * g["count"] / top, 1)} for g in groups]


def _glossary(result) -> list[dict]:
    corpus = result.corpus
    if corpus is None or corpus.glossary is None:
        return []
    uses = defaultdict(list)
    for document in result.documents:
        for use in document.annotations.terms or []:
            uses[use.entry_index].append((document, use))
    rows = []
    for index, entry in enumerate(corpus.glossary.entries):
        seen = uses.get(index, [])
        first = seen[0] if seen else None
        judged = entry.annotations.definition
        rows.append({
            "term": entry.display, "count": len(seen),
            "first": Link(first[0].path, first[0].position(first[1].start).line)
            if first else None,
            "variants": sorted({u.text for _, u in seen if u.text != entry.display}),
            "defined": bool(judged and judged.defines),
            "why": judged.reason if judged else ""})
    return rows


def href(link: Link, output_dir: str, root: str) -> str:
    """A relative link from the report to the file (lines are shown, not anchored)."""
    target = os.path.join(root, link.path)
    return os.path.relpath(target, output_dir).replace(os.sep, "/")


def _markdown_text(text) -> str:
    """Content as inert Markdown text: no raw HTML, no table breaks, no links of its own."""
    text = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("|", "\\|").replace("[", "\\[").replace("]", "\\]")
    return text.replace("\n", " ")


def render(data: ReportData, fmt: str, output_dir: str, root: str) -> str:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("lint.report", "templates"),
        # Everything from content or BibTeX is escaped in HTML; Markdown uses the `md` filter.
        autoescape=lambda name: name is None or name.endswith(".html.j2"),
        trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined)
    env.filters["href"] = lambda link: href(link, output_dir, root)
    env.filters["md"] = _markdown_text
    name = "report.html.j2" if fmt == "html" else "report.md.j2"
    return env.get_template(name).render(d=data)
