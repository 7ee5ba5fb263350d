"""Drug-assertion misses of the mechanisms gold texts in four causes, by round and genre.

    python3 bench/recall_miss_causes.py --round 1-22 [--list a|b|c|d] [--text-zero]

Runs the extractor once (as `eval_mechanisms_texts.py --split all`) and puts every missed
triple in one of four causes (session 20, branches i253 and i258, issue 16), the first
that applies (`knowledge_miss_causes.cause`):

- (a) drug unknown: no drug of the knowledge base has the gold drug's name (nothing but a
  name's form can make it a subject);
- (b) class name unknown: the drug is known (or a class), the miss is a class whose gold
  word no class of the knowledge base spells;
- (d) a link or name the knowledge base lacks: the class is known but not linked to the
  drug, the target's name is unknown or not linked, the drug has no chemical kind;
- (c) shape: the knowledge base has what is needed (or the attribute needs no name), the
  sentence is not read.

Counts per round and per genre (by the text's file name: LiverTox, Wikipedia, NCI, a
label, else a journal or other page), so that what recurs shows. `--text-zero` lists the
texts read nothing true. Development data only: pass explicit rounds.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from class_miss_causes import evaluated  # noqa: E402
from knowledge_miss_causes import cause, missed_triples  # noqa: E402

_GENRES = (("livertox", "LiverTox"), ("wiki", "Wikipedia"), ("nci", "NCI"),
           ("fda", "label"), ("dailymed", "label"))


def genre(name: str) -> str:
    """A text's genre by its file name's first word (the gold set names files by source)."""
    return next((g for prefix, g in _GENRES if name.startswith(prefix)), "journal/other")


_LETTERS = {"drug unknown": "a", "class name unknown": "b", "not knowledge": "c"}


def letter_of(found: str) -> str:
    """The letter of a cause of `knowledge_miss_causes.cause`; any other is a link's (d)."""
    return _LETTERS.get(found, "d")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--round", required=True, dest="rounds", metavar="N|N-M")
    parser.add_argument("--list", default="", help="print the misses of this cause (a, b, c, d)")
    parser.add_argument("--text-zero", action="store_true",
                        help="list the texts with misses and no true reading")
    args = parser.parse_args()
    texts, extracted, result, by_file = evaluated(args.rounds)
    by_round: dict[str, Counter] = defaultdict(Counter)
    by_genre: dict[str, Counter] = defaultdict(Counter)
    missed_in: Counter = Counter()
    listing = []
    for m, drug, attribute, value in missed_triples(result):
        _, kb = extracted[m["file"]]
        letter = letter_of(cause(kb, drug, attribute, value))
        by_round[letter][by_file[m["file"]].get("round", 1)] += 1
        by_genre[letter][genre(m["file"])] += 1
        missed_in[m["file"]] += 1
        if letter == args.list:
            listing.append(f"{m['file']}:{m['line']} {m['triple']}")
    rounds = sorted({t.get("round", 1) for t in texts})
    print("| cause | " + " | ".join(f"r{r}" for r in rounds) + " | all |")
    print("| --- | " + " | ".join("---:" for _ in rounds) + " | ---: |")
    for letter in "abdc":
        row = by_round[letter]
        print(f"| {letter} | " + " | ".join(str(row.get(r, 0)) for r in rounds)
              + f" | {sum(row.values())} |")
    genres = sorted({genre(Path(t["file"]).name) for t in texts})
    print("\n| cause | " + " | ".join(genres) + " |")
    print("| --- | " + " | ".join("---:" for _ in genres) + " |")
    for letter in "abdc":
        print(f"| {letter} | " + " | ".join(str(by_genre[letter].get(g, 0)) for g in genres)
              + " |")
    if args.text_zero:
        print("\ntexts with misses and no true reading:")
        for name in sorted(missed_in):
            if not result["per_text"].get(name, {}).get("tp"):
                print(f"  {name}: {missed_in[name]} missed")
    if listing:
        print("\n" + "\n".join(listing))


if __name__ == "__main__":
    main()
