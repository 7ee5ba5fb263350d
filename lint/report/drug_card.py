"""What the knowledge base says about one drug, with where each fact comes from.

`content-lint mechanisms --drug NAME`.
"""

from __future__ import annotations

import functools
import json
from importlib import resources

from lint.document.annotations import HORMONE_LABELS
from lint.sources.drugs import CLASS_ROW_KINDS


def _curated_facts(drug) -> bool:
    """Whether a curated entry states anything beyond names: a class, targets, effects,
    sites, routes or a schedule."""
    return bool(drug.drug_class or drug.also or drug.targets or drug.effects or drug.sites
                or drug.routes or drug.schedule)


@functools.cache
def _approval_checks() -> dict[str, str]:
    """The newer-approvals table's check of each row ("checked <fields>: <document>" or
    "unchecked …"), by every name of the row: most rows were typed from memory of the FDA
    pages, and a reviewer weighs a fact by whether anyone confirmed it."""
    layer = json.loads(resources.files("lint.data").joinpath(
        "fda_novel_approvals.json").read_text(encoding="utf-8"))
    return {name.lower(): row.get("checked", "") for row in layer["drugs"]
            for name in (row["name"], *row["names"])}


def _approval_check(drug) -> str:
    note = next((_approval_checks()[n.lower()] for n in (drug.name, *drug.names)
                 if n.lower() in _approval_checks()), "")
    if note.startswith("unchecked"):
        return ("not yet confirmed against a stored copy of the sources named (typed from "
                "memory of them)" + note[len("unchecked"):])
    return note


def card(drug, kb) -> dict:
    datasets = kb.datasets

    def dataset(code: str) -> str:
        info = datasets.get(code, {})
        return f"{info.get('name', code)} ({info.get('licence', 'licence unknown')})"

    curated_from = drug.origin if drug.curated else ""
    if curated_from and not _curated_facts(drug):
        # a curated entry that only names the drug ("segesterone acetate" is elcometrine):
        # its facts are DrugCentral's, listed with their own sources
        curated_from += " (a name only)"
    schedule = drug.schedule
    return {
        "name": drug.name, "key": drug.key, "names": drug.names, "brands": drug.brands,
        "other_names": drug.lookup, "names_source": drug.names_source,
        "drugcentral_id": drug.drugcentral_id,
        "approval": drug.approval and f"{drug.approval} — {dataset('fda_novel')}",
        "approval_check": _approval_check(drug) if drug.approval else "",
        "curated_from": curated_from, "sources": drug.sources,
        "class": kb.class_label(drug.drug_class) if drug.drug_class else "",
        "also": [kb.class_label(c) for c in drug.also],
        "kind": drug.kind, "kind_source": drug.kind_source,
        "targets": [{"target": kb.targets.get(t, {}).get("label", t), "action": action,
                     "source": curated_from} for t, action in drug.targets.items()]
        + [{"target": name, "gene": gene, "action": action,
            "source": f"{dataset(code)} via {cited}", "listed_only": code == "dc2023_targets"}
           for name, gene, action, cited, code in _target_rows(drug)],
        "classes": [{"class": label, "type": CLASS_ROW_KINDS.get(kind, kind),
                     "source": dataset(code)} for label, kind, code, *_ in drug.other_classes],
        "named_classes": _named_classes(drug, kb, dataset),
        "sites": drug.sites,
        "effects": {HORMONE_LABELS.get(h, h): d for h, d in drug.effects.items()},
        "routes": drug.routes,
        "product_routes": _product_routes(drug, kb),
        "schedule": None if schedule is None else {
            "pattern": schedule.pattern, "pulse_minutes": list(schedule.pulse_minutes or []),
            "frequencies": schedule.frequencies, "note": schedule.note,
            "source": schedule.source},
    }


def _product_routes(drug, kb) -> dict | None:
    """The routes of the drug's labelled products (route_products.yaml), with their source."""
    from lint.sources.product_routes import labelled_routes

    routes, source = labelled_routes(kb, drug.key)
    return {"routes": sorted(routes), "source": source} if routes else None


def _named_classes(drug, kb, dataset) -> list[dict]:
    """The everyday class names a text may use for the drug ("tetracycline", "statin"),
    each with the DrugCentral class it stands for and that row's dataset and licence."""
    from lint.normalise import class_key

    out = []
    for key, spec in kb.classes.items():
        stands_for = {class_key(label) for label in spec.get("drugcentral", [])}
        rows = [row for row in drug.other_classes if class_key(row[0]) in stands_for]
        if spec.get("source") or not rows or key == drug.drug_class:
            continue  # DrugCentral's own class (listed as it is), or no row to show
        label, kind, code, *_ = rows[0]
        out.append({"class": spec.get("label", key), "stands_for": label,
                    "type": CLASS_ROW_KINDS.get(kind, kind), "source": dataset(code),
                    "note": spec.get("note", "")})
    return out


def _target_rows(drug):
    for name, gene, action, code, cited in drug.target_list:
        yield name, gene, action, cited, code


def render_card(drug, kb, fmt: str) -> str:
    data = card(drug, kb)
    if fmt == "json":
        return json.dumps({"schema": "content-lint/drug", "version": 1, "drug": data},
                          indent=2, ensure_ascii=False) + "\n"
    lines = [f"{data['name']}"]

    def add(label, value):
        if value:
            lines.append(f"  {label}: {value}")

    add("names", ", ".join(data["names"]))
    add("brands", ", ".join(data["brands"]))
    add("other names", ", ".join(data["other_names"][:12]))
    add("DrugCentral id", data["drugcentral_id"])
    add("names from", data["names_source"])
    add("approved", data["approval"])
    add("approval row", data["approval_check"])
    add("class", data["class"] + (f" (also: {', '.join(data['also'])})" if data["also"] else ""))
    add("chemical kind", data["kind"] + (f" — {data['kind_source']}" if data["kind_source"]
                                         else ""))
    for target in data["targets"]:
        gene = f" [{target['gene']}]" if target.get("gene") else ""
        # (DrugCentral 2023's list gives no action type: none is claimed, and its rows are
        # what the drug was found to bind, screens too (plecanatide: TNF), not its targets)
        label = "listed by DrugCentral 2023" if target.get("listed_only") else "target"
        add(label, f"{target['target']}{gene}: {target['action'] or 'action not given'} — "
                   f"{target['source']}")
    add("acts in", ", ".join(data["sites"]))
    add("effects in men", ", ".join(f"{h} {'↑' if d == 'up' else '↓'}"
                                    for h, d in data["effects"].items()))
    add("routes", ", ".join(data["routes"]) + (
        f" — {data['approval'].split(' — ', 1)[1]}" if data["routes"] and not drug.curated
        and data["approval"] else ""))
    if data["product_routes"]:
        add("routes of its products", ", ".join(data["product_routes"]["routes"]) + " — " +
            data["product_routes"]["source"])
    if drug.schedule:
        add("schedule", schedule_text(drug.schedule))
        add("schedule source", drug.schedule.source)
    for item in data["named_classes"]:
        add("called in texts", f"{item['class']}, for {item['stands_for']} ({item['type']}) — "
                               f"{item['source']}")
    for item in data["classes"]:
        add("classed as", f"{item['class']} ({item['type']}) — {item['source']}")
    if data["curated_from"]:
        add("curated from", data["curated_from"])
    for note in data["sources"]:
        add("source", note)
    sep = "\n"
    return sep.join(lines) + sep


def schedule_text(schedule) -> str:
    """A knowledge-base schedule (lint.sources.drugs.Schedule) as words: pattern; pulse
    interval; frequencies; note."""
    parts = [schedule.pattern]
    if schedule.pulse_minutes:
        low, high = schedule.pulse_minutes
        parts.append(f"a pulse every {low:g}-{high:g} minutes")
    parts.append(", ".join(schedule.frequencies))
    parts.append(schedule.note)
    return "; ".join(p for p in parts if p)
