"""Gold class keys of the mechanisms gold texts that the knowledge base has no class for.

    python3 bench/class_keys_unknown.py [--round N|N-M|all] [--min-texts K]

A gold class word is known when the evaluation maps it to a class of the knowledge base
(`eval_mechanisms_texts._class_key`: the key itself, one of a class's names, the loose and
initials forms) or when `GOLD_WORDS` maps a key to it. Every other key is listed with its
assertions, texts, rounds and how many of its drugs the base knows, most texts first, so
that a class many texts use shows apart from one text's phrase. Reads no extraction (the
base only: seconds). Development data only (session 31, branch i435, issue 16).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import eval_mechanisms_texts as ev  # noqa: E402


def unknown_keys(rounds: str) -> dict[str, dict]:
    from lint.sources.drugs import load_knowledge

    kb = load_knowledge()
    known = set(kb.classes) | set(ev.GOLD_WORDS["class"].values())
    found: dict[str, dict] = defaultdict(lambda: {"rows": 0, "texts": set(), "rounds": set(),
                                                  "drugs": set(), "known_drugs": set()})
    for text in ev.load_gold(ev.GOLD, "all", rounds):
        for item in text["sentences"]:
            for triple in item["assertions"]:
                drug, attribute, value = triple.split("|", 2)
                if attribute != "class" or ev._class_key(kb, value) in known:
                    continue
                entry = found[value]
                entry["rows"] += 1
                entry["texts"].add(Path(text["file"]).name)
                entry["rounds"].add(int(text.get("round", 1)))
                entry["drugs"].add(drug)
                if drug.startswith("class:") or kb.find(drug) is not None:
                    entry["known_drugs"].add(drug)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--round", default="all", dest="rounds")
    parser.add_argument("--min-texts", type=int, default=1)
    args = parser.parse_args()
    found = unknown_keys(args.rounds)
    rows = sorted(found.items(), key=lambda kv: (-len(kv[1]["texts"]), -kv[1]["rows"], kv[0]))
    print(f"{len(found)} unknown class keys, {sum(e['rows'] for e in found.values())} "
          f"assertions (rounds {args.rounds})")
    print("| key | assertions | texts | drugs (known) | rounds |")
    print("| --- | --- | --- | --- | --- |")
    for key, e in rows:
        if len(e["texts"]) < args.min_texts:
            continue
        rounds = ",".join(str(r) for r in sorted(e["rounds"]))
        print(f"| {key} | {e['rows']} | {len(e['texts'])} | {len(e['drugs'])} "
              f"({len(e['known_drugs'])}) | {rounds} |")


if __name__ == "__main__":
    main()
