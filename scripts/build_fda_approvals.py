"""Build lint/data/fda_novel_approvals.json, the newer-approvals layer, from its raw source table.

    python3 scripts/build_fda_approvals.py           # writes the JSON
    python3 scripts/build_fda_approvals.py --check   # exit 1 if the shipped JSON is stale

Input: lint/data/sources/fda_novel_approvals.tsv, kept in the repository so the build needs no
network. Its header says where each column comes from: FDA CDER's yearly "Novel Drug Approvals"
pages (INN, brand, year) and the products' FDA labels (Established Pharmacologic Class,
mechanism of action, routes), US government works in the public domain; and
lint/data/sources/fda_epc_names.yaml, the classes filed under a label the base already has.

Why a layer: the packaged DrugCentral tables predate these approvals (the 2016 class and target
tables, the 2023 structures file), and DrugCentral 2023's approval lists add the newer drugs by
name alone. The output has DrugCentral's record shape (lint/data/drugcentral.json.gz), so its
classes and targets are read as DrugCentral's are; lint/sources/drugs.py lays it over that table
(`with_fda_approvals`). A name that is an English word (the lemma table's words) is kept for
look-up only, never looked for in running text, as build_drug_kb.py does with its word list.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "lint" / "data"
TABLE = DATA / "sources" / "fda_novel_approvals.tsv"
# an EPC that names a class the base already holds under another label (fda_epc_names.yaml)
FILED_UNDER = DATA / "sources" / "fda_epc_names.yaml"
OUT = DATA / "fda_novel_approvals.json"
DATASET = "fda_novel"
SOURCES = {DATASET: {
    "name": "FDA novel drug approvals 2020-2025 and their labels "
            "(lint/data/sources/fda_novel_approvals.tsv)",
    "licence": "public domain (US government work)",
    "where": "https://www.fda.gov/drugs/new-drugs-fda-cders-new-molecular-entities-and-new-"
             "therapeutic-biological-products/novel-drug-approvals-<year>; DailyMed labels"}}
ROUTES = {"oral", "subcutaneous", "intramuscular", "intravenous", "transdermal", "intranasal",
          "sublingual", "buccal", "rectal", "vaginal", "topical", "inhaled"}
KINDS = {"", "small molecule", "peptide", "protein"}
# the table's last column says, per row, what a stored document confirmed ("checked <fields>:
# <document>") or that the row is the typist's memory alone ("unchecked ...")
CHECKED = re.compile(r"(?:checked [a-z+]+: \S|unchecked(?: \(|$))")


def english_words() -> set[str]:
    with (DATA / "en_lemma_lookup.json.gz").open("rb") as handle:
        table = json.loads(gzip.decompress(handle.read()))
    return set(table) | set(table.values())


def rows(path: Path = TABLE) -> list[dict]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def filed_under() -> dict[str, str]:
    import yaml

    return yaml.safe_load(FILED_UNDER.read_text(encoding="utf-8")) or {}


def record(row: dict, words: set[str], under: dict[str, str] | None = None) -> dict:
    under = under or {}
    inn = row["inn"].strip()
    names = [inn] + [n.strip() for n in row["other_names"].split("|") if n.strip()]
    # texts drop a protein's or aptamer's second INN word ("efgartigimod" for "efgartigimod
    # alfa", "avacincaptad" for "avacincaptad pegol"), never a conjugate's ("sacituzumab")
    bare = re.sub(r" (?:alfa|beta|pegol)(?:-\w+)?$", "", inn)
    names += [bare] if bare != inn else []
    brands = [b.strip() for b in row["brand"].split("|") if b.strip()]
    # ("+Paxlovid": a combination's brand names the approval, not this ingredient)
    every = list(dict.fromkeys(names + [b for b in brands if not b.startswith("+")]))
    brands = [b.lstrip("+") for b in brands]
    text = [n for n in every if n.lower() not in words]
    routes = [r for r in row["routes"].split("|") if r]
    bad = [r for r in routes if r not in ROUTES]
    if bad or row["kind"] not in KINDS:
        raise ValueError(f"{inn}: route {bad} or kind {row['kind']!r} is not a project key")
    if not CHECKED.match(row.get("checked") or ""):
        raise ValueError(f"{inn}: the checked column must say 'checked <fields>: <document>' "
                         f"or 'unchecked', not {row.get('checked')!r}")
    targets = []
    for item in filter(None, (t.strip() for t in row["targets"].split(";"))):
        gene, name, action = item.split("=")
        if name and action:  # (a target without its action says nothing to compare)
            targets.append([name, gene, action, DATASET, "DRUG LABEL"])
    label = f"FDA label of {brands[0]}" if brands else "FDA label"
    return {
        "id": None, "name": inn, "names": text,
        "lookup": [n for n in every if n not in text],
        "classes": [[under.get(epc, epc), "fda_epc", DATASET,
                     label + (f" (written '{epc}')" if epc in under else "")]
                    for epc in filter(None, row["epc"].split("|"))
                    if under.get(epc, epc)],  # (filed under nothing: fda_epc_names.yaml)
        "targets": targets,
        "kind": [row["kind"], label, DATASET] if row["kind"] else ["", ""],
        "routes": routes,
        "approval": f"FDA novel drug approval {row['year']}"
                    + (f" ({', '.join(brands)})" if brands else ""),
        "names_source": DATASET,
        # (what a stored document confirmed, or "unchecked": the drug card says it per drug)
        "checked": row["checked"],
    }


def checked_note(table: list[dict]) -> str:
    done = sum(row["checked"].startswith("checked ") for row in table)
    return (f"{done} of {len(table)} rows checked against a stored FDA or openFDA document "
            "on 2026-12-03 (the table's checked column names the fields and documents); "
            "the others are typed from memory of the sources named, unchecked")


def build() -> dict:
    words, under = english_words(), filed_under()
    table = rows()
    drugs = [record(row, words, under) for row in table]
    sources = {DATASET: dict(SOURCES[DATASET], checked=checked_note(table))}
    return {"version": 1, "schema": "drugcentral.json.gz records (scripts/build_drug_kb.py)",
            "licence": SOURCES[DATASET]["licence"], "sources": sources, "drugs": drugs}


def main(argv: list[str]) -> int:
    text = json.dumps(build(), indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    if "--check" in argv:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.name} is stale: run python3 scripts/build_fda_approvals.py",
                  file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    built = json.loads(text)["drugs"]
    print(f"{OUT.name}: {len(built)} drugs, "
          f"{sum(bool(d['classes']) for d in built)} with a class, "
          f"{sum(bool(d['targets']) for d in built)} with targets")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
