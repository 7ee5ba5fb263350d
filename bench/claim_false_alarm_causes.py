"""Group the health-page false claims of `--dump` files by a rough cause (issue 15, session 21).

A reading aid, not a judgment: rough regular expressions tried in order, the first that fits
names the row (page furniture first, then reported speech, the site's own service, advice,
the reader's scene or a narrative, and rows without a domain term). Input: `--dump` files of
`scripts/train_claims.py --hold-out-round N ...` (label 0, read in its page 1). One column per
file: the false claims per held-out round, and all.

    PYTHONPATH=$PWD python3 bench/claim_false_alarm_causes.py BEFORE.tsv AFTER.tsv

Listings of `bench/eval_claims.py --errors N` (the shipped model's false alarms, read in its
page; session 26, i374) are read too, all in one column, a group per file:

    python3 bench/eval_claims.py --errors 34 > err34.txt   # ... for each round
    PYTHONPATH=$PWD python3 bench/claim_false_alarm_causes.py err26.txt ... err34.txt
"""
from __future__ import annotations

import collections
import csv
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
_FURNITURE = re.compile(r"[¥$€£] ?\d|\b\d{1,2}:\d{2}\b|^(BY|By)\b|\d{4}$|^\d+ \w+( ago)?\.?$"
                        r"|^[A-Z][a-z]+\.$")
CAUSES = [
    ("page furniture: labels, bylines, dates, times, prices, navigation",
     lambda t, f: (len(t.split()) <= 5 and not t.endswith((".", "!"))) or _FURNITURE.search(t)),
    ("reported speech, news",
     lambda t, f: re.search(r"\b(said|says|urged|told|emphasi[sz]ed|warned|according to|"
                            r"reported|announced|clarified)\b|[“”\"]", t)),
    ("the site's own service (we, our, us, clinic)",
     lambda t, f: re.search(r"\b([Ww]e|[Oo]ur|[Uu]s)\b|\bclinic\b", t)),
    ("advice or instruction",
     lambda t, f: re.search(r"\b(should|must|need to|important to|consult|make sure|don.t|"
                            r"do not)\b", t)
     or "grammar=imperative" in f or "grammar=obligation" in f),
    ("the reader's scene or a narrative (you, he, she, they)",
     lambda t, f: re.search(r"\b([Yy]ou|[Yy]our|[Hh]e|[Ss]he|[Hh]er|[Hh]is|[Tt]hey)\b", t)),
    ("rhetoric, opinion, framing (no domain term)",
     lambda t, f: not any(x.startswith("domain=") for x in f)),
    ("a statement with a domain term (definition, indication, method)", lambda t, f: True),
]


def main() -> None:
    sys.path[:0] = [str(REPO), str(REPO / "scripts")]
    from train_claims import featurize

    dumps = {}
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as handle:
            if handle.readline().startswith(("false alarm\t", "missed\t")):
                # A listing of `eval_claims.py --errors N` (the shipped model's errors, read in
                # its page): one column for all such files, a group per file.
                handle.seek(0)
                dumps.setdefault("errors", []).extend(
                    {"group": Path(path).stem, "text": fields[4]}
                    for fields in (line.rstrip("\n").split("\t") for line in handle)
                    if fields[0] == "false alarm")
                continue
            handle.seek(0)
            dumps[path] = [r for r in csv.DictReader(handle, delimiter="\t",
                                                     quoting=csv.QUOTE_NONE)
                           if r["label"] == "0" and r["paged"] == "1"]
    texts = sorted({r["text"] for rows in dumps.values() for r in rows})
    features = dict(zip(texts, featurize(texts, forms=True)))
    rounds = sorted({r["group"] for rows in dumps.values() for r in rows})
    tables = {}
    for path, rows in dumps.items():
        counts = collections.Counter()
        for r in rows:
            text = r["text"].rstrip()
            cause = next(name for name, fits in CAUSES if fits(text, features[r["text"]]))
            counts[cause, r["group"]] += 1
        tables[path] = counts
    names = " / ".join(g.removeprefix("round ") for g in rounds)
    print("| cause | " + " | ".join(f"{Path(p).name}: {names} (all)" for p in dumps) + " |")
    print("| --- |" + " --- |" * len(dumps))
    for name, _ in CAUSES:
        cells = []
        for path in dumps:
            values = [tables[path][name, g] for g in rounds]
            cells.append(" / ".join(map(str, values)) + f" ({sum(values)})")
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
