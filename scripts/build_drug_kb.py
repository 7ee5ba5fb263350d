"""Build lint/data/drugcentral.json.gz, the broad drug knowledge base, from DrugCentral tables.

    python3 scripts/build_drug_kb.py --drugtarget DIR --structures FILE [--approvals DIR]
                                     [--out FILE]

Inputs (downloaded by hand; nothing here reaches the network):

* DIR: the DrugCentral "drugtarget" tables, DrugCentral 2016 release,
  licensed CC BY 4.0 (Ursu O. et al., "DrugCentral: online drug
  compendium", Nucleic Acids Res 2017): the public repository
  github.com/olegursu/drugtarget at commit 64630f7c (files
  `drug_target.tsv`: mechanism-of-action targets with action types and the
  source of each, `pharm_class.tsv`: FDA established pharmacologic classes,
  FDA mechanisms of action and physiologic effects, MeSH pharmacological
  actions and ChEBI roles).
* FILE: `structures.molV2.sdf.gz` of DrugCentral 2023, licensed
  CC BY-SA 4.0, as published in github.com/unmtransinfo/DrugCentral-2023
  (drugcen/static/): one record per active ingredient with its preferred
  (INN) name and synonyms, including brand names.
* --approvals DIR (optional, since session 14): `FDA_Approved.csv`,
  `EMA_Approved.csv` and `PMDA_Approved.csv` of the same DrugCentral 2023
  repository (drugcen/static/, blobs of commit a362c779, still so at 37a81bf;
  CC BY-SA 4.0): DrugCentral id and preferred name of every ingredient approved
  by the FDA, the EMA or the PMDA. An approved drug in neither of the inputs
  above (approved after the 2016 tables and absent from the structures file:
  plazomicin, somapacitan, bempedoic acid, relugolix ...) is added by its name
  alone, with no class or target (no openly licensed table of those was at
  hand), so that a text's sentence about it has a subject; and no chemical kind
  (no structure record; INN stems alone mislead: "-morelin" names peptide GHRH
  analogues and the non-peptide anamorelin and macimorelin). The datasets of the same repository's `AllTargets.json`
  were looked at and left out: UniProt accessions and target names without
  the action type or the gene symbol the knowledge base keys targets by.

The output keeps, per drug: DrugCentral id, names usable in text, names
for look-up only (common English words such as "iron"), classes with
their type and source, targets with gene, action type and the source
DrugCentral cites, and a chemical kind with how it was decided. Every
fact names its dataset in `sources`, which gives the licence. The output
as a whole is a derivative of a CC BY-SA 4.0 work and is shared under
CC BY-SA 4.0. Needs `wordfreq` (pip install 'content-lint[kb-build]').
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

SOURCES = {
    "dc2016": {"name": "DrugCentral 2016 drug-target and pharmacologic-class tables",
               "licence": "CC BY 4.0",
               "where": "github.com/olegursu/drugtarget @64630f7c"},
    "dc2023": {"name": "DrugCentral 2023 structures file (names, synonyms, structures)",
               "licence": "CC BY-SA 4.0",
               "where": "github.com/unmtransinfo/DrugCentral-2023 drugcen/static/"
                        "structures.molV2.sdf.gz"},
}
APPROVALS_SOURCE = {
    "dc2023_approvals": {"name": "DrugCentral 2023 lists of FDA, EMA and PMDA approved drugs",
                         "licence": "CC BY-SA 4.0",
                         "where": "github.com/unmtransinfo/DrugCentral-2023 drugcen/static/"
                                  "{FDA,EMA,PMDA}_Approved.csv @a362c779"},
}
APPROVAL_FILES = ("FDA_Approved.csv", "EMA_Approved.csv", "PMDA_Approved.csv")
CLASS_TYPES = {"EPC": "fda_epc", "MoA": "fda_moa", "PE": "fda_pe", "Chemical/Ingredient": "fda_cs",
               "PA": "mesh_pa", "has role": "chebi_role"}
# A name that is a common English word ("iron", "oxygen") is kept for look-up, not for
# finding drug mentions in running text. Zipf 3.5 is about one use in 300,000 words.
COMMON_WORD_ZIPF = 3.5
MAX_NAME_WORDS = 4
# INN stems that name peptides and proteins (WHO "The use of stems in the selection of INNs").
PEPTIDE_STEMS = ("relin", "relix", "tide", "pressin", "tocin", "morelin", "actide", "reotide")
PROTEIN_STEMS = ("mab", "cept", "ase", "kin", "plase", "poetin", "grastim", "ermin", "nakin",
                 "cogin", "tropin", "fusp")
PEPTIDE_CLASS = re.compile(r"\b(peptide|peptides|oligopeptides|polypeptide)\b", re.I)
PROTEIN_CLASS = re.compile(r"\b(proteins?|antibod(y|ies)|immunoglobulins?|enzymes?, recombinant|"
                           r"recombinant)\b", re.I)


def read_tsv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def read_sdf(path: Path) -> dict[int, dict]:
    """DrugCentral id -> {name, synonyms, atoms} from the structures SD file."""
    records: dict[int, dict] = {}
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        text = handle.read()
    for record in text.split("$$$$"):
        fields = dict(re.findall(r">\s*<([A-Z_]+)>\n(.*?)(?:\n\n|\Z)", record, re.S))
        if "ID" not in fields:
            continue
        counts = re.search(r"\n\s*(\d+)\s+\d+\s+.*V2000", record)
        records[int(fields["ID"].strip())] = {
            "name": fields.get("PREFERRED_NAME", "").strip(),
            "synonyms": [s.strip() for s in fields.get("SYNONYMS", "").splitlines() if s.strip()],
            "atoms": int(counts.group(1)) if counts else 0,
        }
    return records


def usable_name(name: str) -> bool:
    """A name one would find written in a sentence (not a code list or a chemical name)."""
    if len(name) < 4 or len(name) > 40 or len(name.split()) > MAX_NAME_WORDS:
        return False
    if any(ch in name for ch in "(),;[]{}"):
        return False
    return not name.replace("-", "").replace(" ", "").isdigit()


def common_word(name: str) -> bool:
    from wordfreq import zipf_frequency

    return " " not in name and zipf_frequency(name, "en") >= COMMON_WORD_ZIPF


def chemical_kind(name: str, classes: list, atoms: int) -> list:
    labels = " ".join(c[0] for c in classes if c[1] in ("fda_cs", "mesh_pa", "fda_epc"))
    lower = name.lower()
    if PEPTIDE_CLASS.search(labels):
        return ["peptide", "class " + PEPTIDE_CLASS.search(labels).group(0)]
    if PROTEIN_CLASS.search(labels) and not atoms:
        return ["protein", "class " + PROTEIN_CLASS.search(labels).group(0)]
    if lower.endswith(PEPTIDE_STEMS):
        return ["peptide", "INN stem"]
    if lower.endswith(PROTEIN_STEMS) and not atoms:
        return ["protein", "INN stem, no small-molecule structure"]
    if atoms:
        return ["small molecule", f"structure record ({atoms} heavy atoms)"]
    return ["", ""]


def read_approvals(folder: Path) -> dict[int, str]:
    """DrugCentral id -> preferred name, from the approval lists ("id,name" rows)."""
    approved: dict[int, str] = {}
    for name in APPROVAL_FILES:
        with (folder / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                if len(row) >= 2 and row[0].strip().isdigit() and row[1].strip():
                    approved.setdefault(int(row[0]), row[1].strip())
    return approved


def build(drugtarget: Path, structures: Path, is_common=common_word,
          approvals: Path | None = None) -> dict:
    names: dict[int, str] = {}
    classes: dict[int, list] = defaultdict(list)
    for row in read_tsv(drugtarget / "pharm_class.tsv"):
        drug = int(row["DRUG_ID"])
        names.setdefault(drug, row["DRUG_NAME"].strip('"'))
        kind = CLASS_TYPES.get(row["TYPE"])
        if kind:
            entry = [row["CLASS"], kind, "dc2016", f"{row['SOURCE']} {row['CLASS_SOURCE_ID']}"]
            if entry not in classes[drug]:
                classes[drug].append(entry)
    targets: dict[int, list] = defaultdict(list)
    for row in read_tsv(drugtarget / "drug_target.tsv"):
        drug = int(row["DRUG_ID"])
        names.setdefault(drug, row["DRUG_NAME"].strip('"'))
        entry = [row["TARGET_NAME"], row["GENE"], row["ACTION_TYPE"].lower(), "dc2016",
                 row["SOURCE"]]
        if entry not in targets[drug]:
            targets[drug].append(entry)
    sdf = read_sdf(structures)
    drugs = []
    for drug in sorted(set(names) | set(sdf)):
        record = sdf.get(drug, {})
        preferred = record.get("name") or names.get(drug, "")
        if not preferred:
            continue
        all_names = list(dict.fromkeys([preferred] + record.get("synonyms", [])))
        text_names = [n for n in all_names if usable_name(n) and not is_common(n)]
        lookup = [n for n in all_names if n not in text_names]
        entry = {"id": drug, "name": preferred, "names": text_names, "lookup": lookup,
                 "names_source": "dc2023" if record else "dc2016",
                 "classes": classes.get(drug, []), "targets": targets.get(drug, []),
                 "kind": chemical_kind(preferred, classes.get(drug, []), record.get("atoms", 0))}
        if entry["kind"][0]:
            entry["kind"].append("dc2023" if record.get("atoms") else "dc2016")
        drugs.append(entry)
    sources = dict(SOURCES)
    if approvals is not None:
        sources.update(APPROVALS_SOURCE)
        known = {d["id"] for d in drugs}
        for drug, preferred in sorted(read_approvals(approvals).items()):
            if drug in known:
                continue
            text_names = [preferred] if usable_name(preferred) and not is_common(preferred) \
                else []
            # no kind: without a structure record an INN stem alone misleads ("-morelin"
            # names the peptide GHRH analogues and the non-peptide anamorelin, macimorelin)
            drugs.append({"id": drug, "name": preferred, "names": text_names,
                          "lookup": [] if text_names else [preferred],
                          "names_source": "dc2023_approvals", "classes": [], "targets": [],
                          "kind": ["", ""]})
        drugs.sort(key=lambda d: d["id"])
    return {"schema": "content-lint/drugcentral", "version": 1, "sources": sources,
            "licence": "CC BY-SA 4.0 (derived from DrugCentral; see sources)",
            "drugs": drugs}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drugtarget", type=Path, required=True,
                        help="folder with drug_target.tsv and pharm_class.tsv")
    parser.add_argument("--structures", type=Path, required=True,
                        help="DrugCentral structures.molV2.sdf(.gz)")
    parser.add_argument("--approvals", type=Path,
                        help="folder with DrugCentral 2023's {FDA,EMA,PMDA}_Approved.csv")
    parser.add_argument("--out", type=Path,
                        default=Path(__file__).resolve().parents[1] / "lint" / "data"
                        / "drugcentral.json.gz")
    args = parser.parse_args(argv)
    for path in (args.drugtarget / "pharm_class.tsv", args.drugtarget / "drug_target.tsv",
                 args.structures, *([args.approvals / n for n in APPROVAL_FILES]
                                    if args.approvals else [])):
        if not path.is_file():
            print(f"build_drug_kb: {path}: no such file", file=sys.stderr)
            return 2
    data = build(args.drugtarget, args.structures, approvals=args.approvals)
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    # mtime=0: the same inputs give the same bytes.
    with gzip.GzipFile(args.out, "wb", mtime=0) as handle:
        handle.write(payload.encode("utf-8"))
    with_targets = sum(1 for d in data["drugs"] if d["targets"])
    with_classes = sum(1 for d in data["drugs"] if d["classes"])
    print(f"{args.out}: {len(data['drugs'])} drugs ({with_classes} with classes, "
          f"{with_targets} with targets)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
