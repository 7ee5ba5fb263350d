"""Drug-assertion misses of the mechanisms gold texts whose cause is the knowledge base.

    python3 bench/knowledge_miss_causes.py --round 12-22 [--list CAUSE]

Runs the extractor once (as `eval_mechanisms_texts.py --split all`) and sorts every missed
triple by what the knowledge base knows of it (session 19, branch i233, issue 16):

- drug unknown: no drug of the knowledge base has the gold drug's name;
- class name unknown: a class miss whose gold class word is no class of the knowledge base
  (nor one of its names);
- class not linked: the class is known, the drug is not of it (the readers read a known
  class of any drug: "Cefiderocol is a cephalosporin" is read though the knowledge base
  knows cefiderocol by name alone, so this cause is a weak one);
- target name unknown / target not linked: the same for a target miss;
- kind unknown: a modality miss of a drug with no chemical kind;
- not knowledge: the knowledge base has the fact (or the attribute needs none: route,
  schedule, site, effect); a reader's miss.

The first cause that applies is the miss's. Counts per round and texts, so that what
recurs shows. Development data only: pass explicit rounds.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_mechanisms_texts as ev  # noqa: E402
from class_miss_causes import evaluated, print_causes  # noqa: E402

_MISSED = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+) (?P<text>.*) → (?P<triple>[^→]+)$")


def cause(kb, drug_name: str, attribute: str, value: str) -> str:
    inverse = {}
    for key, word in ev.GOLD_WORDS["class"].items():
        inverse.setdefault(word, set()).add(key)
    targets_inverse = {}
    for key, word in ev.GOLD_WORDS["target"].items():
        targets_inverse.setdefault(word, set()).add(key)
    drug = None
    if not drug_name.startswith("class:"):
        drug = kb.find(drug_name)
        if drug is None:
            return "drug unknown"
    if attribute == "class":
        keys = inverse.get(value, set()) | ({value} if value in kb.classes else set())
        if not keys:
            return "class name unknown"
        if drug is not None and not any(drug.has_class(k) for k in keys):
            return "class not linked"
    elif attribute == "target":
        keys = targets_inverse.get(value, set()) | ({value} if value in kb.targets else set())
        if not keys:
            return "target name unknown"
        if drug is not None and not keys & (set(drug.targets) | {
                row[1].lower() for row in drug.target_list}):
            return "target not linked"
    elif attribute == "modality" and drug is not None and not drug.kind:
        return "kind unknown"
    return "not knowledge"


def missed_triples(result):
    """Each missed triple of an evaluation: (the match of its entry, drug, attribute,
    value)."""
    for entry in result["missed"]:
        m = _MISSED.match(entry)
        if m is not None:
            yield (m, *m["triple"].split("|", 2))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--round", required=True, dest="rounds", metavar="N|N-M")
    parser.add_argument("--list", default="", help="print the misses of causes containing this")
    args = parser.parse_args()
    texts, extracted, result, by_file = evaluated(args.rounds)
    counts: dict[str, Counter] = defaultdict(Counter)
    texts_of: dict[str, set] = defaultdict(set)
    listing: dict[str, list] = defaultdict(list)
    for m, drug, attribute, value in missed_triples(result):
        _, kb = extracted[m["file"]]
        found = cause(kb, drug, attribute, value)
        key = f"{found} ({attribute})" if found != "not knowledge" else found
        counts[key][by_file[m["file"]].get("round", 1)] += 1
        texts_of[key].add(m["file"])
        listing[key].append(f"{m['file']}:{m['line']} {m['triple']}")
    print_causes(texts, counts, texts_of, listing, args.list,
                 first=lambda c: c == "not knowledge")


if __name__ == "__main__":
    main()
