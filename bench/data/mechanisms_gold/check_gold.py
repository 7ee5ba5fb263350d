"""Checks gold.yaml against texts/: each item's text occurs on its line; counts.

Only checks the labels' own consistency; it does not run any extractor.
"""
import collections
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).parent
gold = yaml.safe_load((HERE / "gold.yaml").read_text("utf-8"))
bad = 0
per_split = collections.Counter()
per_attr = collections.Counter()
per_attr_split = collections.Counter()
# Texts added later carry `round: 2`; texts without the field are round 1.
per_round = collections.Counter()
neg = hyp = cond = sentences = empty = 0
for t in gold["texts"]:
    lines = (HERE / t["file"]).read_text("utf-8").splitlines()
    seen = set()
    for s in t["sentences"]:
        sentences += 1
        line = lines[s["line"] - 1] if 0 < s["line"] <= len(lines) else ""
        if s["text"] not in line:
            bad += 1
            print(f"NOT ON LINE: {t['file']}:{s['line']}: {s['text'][:60]}")
        key = (s["line"], s["text"])
        if key in seen:
            bad += 1
            print(f"DUPLICATE: {t['file']}:{s['line']}: {s['text'][:60]}")
        seen.add(key)
        for triple in s["assertions"] + s.get("negated", []) + s.get("hypothetical", []):
            if triple.count("|") != 2:
                bad += 1
                print(f"BAD TRIPLE: {t['file']}:{s['line']}: {triple}")
        for triple in s.get("conditions", {}):
            if triple not in s["assertions"]:
                bad += 1
                print(f"CONDITION NOT ASSERTED: {t['file']}:{s['line']}: {triple}")
        if not s["assertions"]:
            empty += 1
        per_split[t["split"]] += len(s["assertions"])
        round_key = (t.get("round", 1), t["split"])
        per_round[round_key + ("assertions",)] += len(s["assertions"])
        per_round[round_key + ("sentences",)] += 1
        per_round[round_key + ("empty",)] += not s["assertions"]
        per_round[round_key + ("negated",)] += len(s.get("negated", []))
        per_round[round_key + ("hypothetical",)] += len(s.get("hypothetical", []))
        per_round[round_key + ("conditioned",)] += len(s.get("conditions", {}))
        for a in s["assertions"]:
            per_round[round_key + ("attr:" + a.split("|")[1],)] += 1
        for a in s["assertions"]:
            per_attr[a.split("|")[1]] += 1
            per_attr_split[(t["split"], a.split("|")[1])] += 1
        neg += len(s.get("negated", []))
        hyp += len(s.get("hypothetical", []))
        cond += len(s.get("conditions", {}))
print(f"texts {len(gold['texts'])}, sentences {sentences} ({empty} with no assertion)")
for t in gold["texts"]:
    n = sum(len(s["assertions"]) for s in t["sentences"])
    print(f"  {t['split']:4} {t['file']:45} sentences {len(t['sentences']):3}  assertions {n:3}")
print("assertions per split:", dict(per_split), "total", sum(per_split.values()))
print("per attribute:", dict(per_attr))
for split in ("dev", "test"):
    print(f"  {split}:", {a: n for (sp, a), n in sorted(per_attr_split.items()) if sp == split})
print(f"negated {neg}, hypothetical {hyp}, conditioned {cond}")
for rnd in sorted({k[0] for k in per_round}):
    for split in ("dev", "test"):
        row = {k[2]: n for k, n in sorted(per_round.items()) if k[:2] == (rnd, split)}
        texts = sum(1 for t in gold["texts"] if t.get("round", 1) == rnd and t["split"] == split)
        print(f"round {rnd} {split}: texts {texts}", row)
sys.exit(1 if bad else 0)
