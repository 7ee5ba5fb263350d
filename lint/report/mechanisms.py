"""The drug × section matrix of extracted assertions (`content-lint mechanisms`)."""

from __future__ import annotations

import json

from lint.report.places import section_place, top_section


def _class_row(kb, name: str) -> str:
    """'class:gnrh_antagonist' (a statement about a class with no known member) as a row."""
    if name.startswith("class:"):
        return f"{kb.class_label(name[6:])} (class)"
    return name


def records(documents, kb) -> list[dict]:
    out = []
    for document in documents:
        for a in document.annotations.mechanisms:
            drug = kb.drugs.get(a.drug)
            out.append({
                "file": document.path, "line": a.sentence.span.start.line,
                "column": a.sentence.span.start.col, "section": top_section(a.sentence),
                "section_path": list(a.sentence.block.section.path),
                "block": str(a.sentence.block.kind),
                "drug": drug.name if drug else _class_row(kb, a.drug), "attribute": a.attribute,
                "value": a.value, "says": a.describe(kb), "polarity": a.polarity,
                "modality": a.modality, "via": a.via, "evidence": a.evidence,
                "population": a.population, "phase": a.phase, "phase_word": a.phase_word,
            })
    return out


def matrix(rows: list[dict]) -> tuple[list[str], list[str], dict]:
    several = len({r["file"] for r in rows}) > 1

    def column(row: dict) -> str:
        return section_place(row["file"], row["section"], several)

    drugs = list(dict.fromkeys(r["drug"] for r in rows))
    sections = list(dict.fromkeys(column(r) for r in rows))
    cells: dict[tuple[str, str], list[dict]] = {}
    for row in rows:
        cells.setdefault((row["drug"], column(row)), []).append(row)
    return drugs, sections, cells


def _cell_text(items: list[dict], with_lines: bool) -> str:
    seen = {}
    for item in items:
        seen.setdefault(item["says"], []).append(item["line"])
    if with_lines:
        return "; ".join(f"{says} (l. {', '.join(map(str, sorted(set(lines))))})"
                         for says, lines in seen.items())
    return "; ".join(seen)


def render_mechanisms(documents, kb, fmt: str) -> str:
    rows = records(documents, kb)
    if fmt == "json":
        return json.dumps({"schema": "content-lint/mechanisms", "version": 1,
                           "assertions": rows}, indent=2, ensure_ascii=False) + "\n"
    drugs, sections, cells = matrix(rows)
    if fmt == "markdown":
        lines = ["| drug | " + " | ".join(sections) + " |",
                 "| --- | " + " | ".join("---" for _ in sections) + " |"]
        for drug in drugs:
            values = [_cell_text(cells.get((drug, s), []), True).replace("|", "\\|") or "—"
                      for s in sections]
            lines.append(f"| {drug} | " + " | ".join(values) + " |")
        return "\n".join(lines) + "\n"
    out = []
    for drug in drugs:
        out.append(drug)
        for section in sections:
            items = cells.get((drug, section))
            if items:
                out.append(f"  {section}: {_cell_text(items, True)}")
    return "\n".join(out) + ("\n" if out else "")
