"""Class misses and false classes of the mechanisms gold texts, grouped by cause.

    python3 bench/class_miss_causes.py [--round N|N-M|all] [--list CAUSE]

Runs the extractor once (as `eval_mechanisms_texts.py --split all`) and sorts every
missed and every false `class` triple by a cause read off the gold item, the text's line
and what was extracted (session 15, branch i160, issue 16):

- value unknown: the gold class word is no knowledge-base class (nor a name of one);
- drug unknown: the drug is not in the knowledge base and nothing was read of it;
- another line: the same triple was read in the same text at another line (a list's
  lead-in against its items, a heading against its paragraph);
- another sentence: read in another sentence of the same line;
- another class: a class was read of the drug in the same sentence, not the gold one
  (a narrower or wider reading, another name);
- shape not read (drug read): other attributes of the drug were read in the sentence, the
  class was not; sub-grouped by the line's shape (table row, list item, heading, "is a",
  "such as", "belongs to"…);
- no subject: nothing at all was read of the drug in the sentence (a pronoun, "the drug",
  a class's members, a list).

Counts per round and per text, so that what recurs shows. Development data only.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_mechanisms_texts as ev  # noqa: E402

SHAPES = [
    ("table row", re.compile(r"^\s*\|")),
    ("heading", re.compile(r"^\s*#")),
    ("list item", re.compile(r"^\s*(?:[-*+]|\d+\.)\s")),
    ("belongs to / class of", re.compile(r"\b(?:belongs? to|class(?:es)? of|member of|"
                                         r"category|family|group of)\b", re.I)),
    ("such as / including", re.compile(r"\b(?:such as|including|include[sd]?|e\.g\.|"
                                       r"for example)\b", re.I)),
    ("is a / as a", re.compile(r"\b(?:is|are|was|as) (?:a|an|the)\b", re.I)),
]


def shape(line: str) -> str:
    return next((name for name, pattern in SHAPES if pattern.search(line)), "other")


def evaluated(rounds: str):
    """The gold texts of `rounds`, the extractor's reading of each (read once), the eval's
    result on that same reading, and the texts by file name."""
    texts = ev.load_gold(ev.GOLD, "all", rounds)
    extracted = ev._extract(ev.GOLD, texts)
    ev._extract = lambda gold_dir, texts: extracted  # evaluate on the same extraction
    result = ev.evaluate("all", ev.GOLD, rounds)
    return texts, extracted, result, {Path(t["file"]).name: t for t in texts}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--round", default="all", dest="rounds")
    parser.add_argument("--list", default="", help="print the triples of causes containing this")
    args = parser.parse_args()
    texts, extracted, result, by_file = evaluated(args.rounds)
    read: dict[str, dict[str, set]] = {}  # file -> drug -> {(line, attribute, value)}
    for name, (assertions, kb) in extracted.items():
        per = read.setdefault(name, defaultdict(set))
        for a in assertions:
            triple = ev._triple(kb, a)
            drug, attribute, value = triple.split("|", 2)
            per[drug].add((a.sentence.span.start.line, attribute, value,
                           ev._normal(a.sentence.text)))
    causes: dict[str, Counter] = defaultdict(Counter)
    texts_of: dict[str, set] = defaultdict(set)
    listing: dict[str, list] = defaultdict(list)
    pattern = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+) (?P<text>.*) → (?P<triple>[^→]+)$")
    for entry in result["missed"]:
        m = pattern.match(entry)
        if m is None or "|class|" not in m["triple"]:
            continue
        name, line, triple = m["file"], int(m["line"]), m["triple"]
        drug, _, value = triple.split("|", 2)
        _, kb = extracted[name]
        text = by_file[name]
        source = (ev.GOLD / text["file"]).read_text("utf-8").splitlines()[line - 1]
        facts = read[name].get(drug, set())
        known_value = value in kb.classes or value in ev.GOLD_WORDS["class"].values()
        gold_text = ev._normal(next((i["text"] for i in text["sentences"] if i["line"] == line
                                     and i["text"][:40].strip() == m["text"].strip()), ""))
        here = [f for f in facts if f[0] == line and f[3].startswith(gold_text)]
        if not known_value:
            cause = "miss: value unknown"
        elif not drug.startswith("class:") and kb.find(drug) is None and not facts:
            cause = "miss: drug unknown"
        elif any(f[1] == "class" and f[2] == value and f[0] != line for f in facts):
            cause = "miss: read at another line"
        elif any(f[1] == "class" and f[2] == value for f in facts):
            cause = "miss: read in another sentence of the line"
        elif any(f[1] == "class" for f in here):
            cause = "miss: another class read"
        elif here:
            cause = f"miss: shape not read ({shape(source)})"
        else:
            cause = f"miss: no subject ({shape(source)})"
        causes[cause][text.get("round", 1)] += 1
        texts_of[cause].add(name)
        listing[cause].append(f"{name}:{line} {triple}  | {source.strip()[:110]}")
    for entry in result["extra"]:
        name, _, rest = entry.partition(":")
        if "|class|" not in rest:
            continue
        if rest.startswith("("):
            where, _, triple = rest.partition(") ")
            where += ")"
        else:
            where, _, triple = rest.partition(" ")
        drug, _, value = triple.split("|", 2)
        text = by_file[name]
        gold_values = {t.split("|", 2)[2] for item in text["sentences"]
                       for t in item["assertions"] if t.split("|")[0] == drug
                       and t.split("|")[1] == "class"}
        if where.startswith("("):
            cause = "false: sentence not in gold"
        elif value in gold_values:
            cause = "false: gold has it at another line"
        elif gold_values:
            cause = "false: gold names another class"
        else:
            cause = "false: gold gives the drug no such class"
        causes[cause][text.get("round", 1)] += 1
        texts_of[cause].add(name)
        listing[cause].append(f"{name}:{where} {triple}")
    print_causes(texts, causes, texts_of, listing, args.list,
                 first=lambda c: not c.startswith("miss"))


def print_causes(texts, counts, texts_of, listing, wanted, first) -> None:
    """The per-round table of causes (largest first, `first` sorting some to the end) and,
    with `wanted`, the entries of the causes whose name contains it."""
    rounds = sorted({t.get("round", 1) for t in texts})
    print("| cause | " + " | ".join(f"r{r}" for r in rounds) + " | all | texts |")
    print("| --- | " + " | ".join("---:" for _ in rounds) + " | ---: | ---: |")
    for cause in sorted(counts, key=lambda c: (first(c), -sum(counts[c].values()))):
        row = counts[cause]
        print(f"| {cause} | " + " | ".join(str(row.get(r, "")) for r in rounds)
              + f" | {sum(row.values())} | {len(texts_of[cause])} |")
    if wanted:
        for cause, entries in listing.items():
            if wanted in cause:
                print(f"\n## {cause}")
                print("\n".join(entries))


if __name__ == "__main__":
    main()
