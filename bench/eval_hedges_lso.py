"""Leave-site-out figures for the qualifier entries added since a base commit.

    python3 bench/eval_hedges_lso.py --base main          # per round, then pooled
    python3 bench/eval_hedges_lso.py --base main --entries

Every hedges.yaml entry (cue phrase, cue pattern, exclusion) that the base commit does
not have was chosen by reading the health-page rows of the labelling rounds already read
(lexicon_support_evidence.READ_ROUNDS; rounds 1-4 when it was written). To see how
much of the gain is fitted to the sites it was read on, each site's claims are judged
with only those new entries that the OTHER sites support, by the rule of
bench/lexicon_support.py: a new cue's matching claims on the other sites are labelled
qualified more often than their base rate, a new exclusion's less often. Entries of the
base commit are kept as they are. The figures are lower bounds of a sort: an entry
whose only rows are on one site is dropped there, even when it is the genre's English.
"""

from __future__ import annotations

import argparse
import copy
import json
import subprocess
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from eval_hedges import health_rows, site_rounds  # noqa: E402
from scores import label_scores  # noqa: E402

from lexicon_support_evidence import READ_ROUNDS as ROUNDS  # noqa: E402


def new_entries(base: dict, current: dict) -> list[tuple]:
    """(where, kind or index, item) of the current file that the base file lacks."""
    entries = []
    for kind, spec in current["cues"].items():
        old = base["cues"].get(kind, {})
        old_patterns = [json.dumps(p, sort_keys=True) for p in old.get("patterns", [])]
        entries += [("phrase", kind, p) for p in spec.get("phrases", [])
                    if p not in old.get("phrases", [])]
        entries += [("pattern", kind, p) for p in spec.get("patterns", [])
                    if json.dumps(p, sort_keys=True) not in old_patterns]
    old_exclusions = [json.dumps(p, sort_keys=True) for x in base["exclusions"]
                      for p in x["patterns"]]
    for index, spec in enumerate(current["exclusions"]):
        entries += [("exclusion", index, p) for p in spec["patterns"]
                    if json.dumps(p, sort_keys=True) not in old_exclusions]
    return entries


def without(data: dict, dropped: list[tuple]) -> dict:
    """The lexicon less the given entries."""
    data = copy.deepcopy(data)
    for where, key, item in dropped:
        if where == "phrase":
            data["cues"][key]["phrases"].remove(item)
        elif where == "pattern":
            data["cues"][key]["patterns"].remove(item)
        else:
            data["exclusions"][key]["patterns"].remove(item)
    data["exclusions"] = [x for x in data["exclusions"] if x["patterns"]]
    for spec in data["cues"].values():
        for field in ("phrases", "patterns"):
            if field in spec and not spec[field]:
                del spec[field]
    return data


def matched_rows(nlp, entries: list[tuple], texts: list[str]) -> list[set[int]]:
    """For each entry, the indices of the texts it matches."""
    from spacy.matcher import Matcher, PhraseMatcher

    phrases, patterns = PhraseMatcher(nlp.vocab, attr="LOWER"), Matcher(nlp.vocab)
    for number, (where, _, item) in enumerate(entries):
        if where == "phrase":
            phrases.add(str(number), [nlp.make_doc(item)])
        else:
            patterns.add(str(number), [item])
    found = [set() for _ in entries]
    for index, doc in enumerate(nlp.pipe(texts)):
        for match_id, _, _ in list(phrases(doc)) + list(patterns(doc)):
            found[int(nlp.vocab.strings[match_id])].add(index)
    return found


def judge(data: dict, texts: list[str]) -> list[bool]:
    import lint.annotate.hedges as hedges
    from lint.lines import document_from_lines
    from lint.nlp import pipeline

    original = hedges.load_data
    hedges.load_data = lambda name: data
    try:
        detector = hedges.HedgeDetector(pipeline("blank"))
    finally:
        hedges.load_data = original
    document = document_from_lines(texts, "blank")
    hedges.annotate_hedges(document, detector)
    return [s.annotations.hedge.hedged for s in document.sentences]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="main", help="the commit whose entries are kept")
    parser.add_argument("--entries", action="store_true",
                        help="list the new entries and the sites that support them")
    args = parser.parse_args()
    from lint.annotate.lexicon import load_data
    from lint.nlp import pipeline

    base = yaml.safe_load(subprocess.run(
        ["git", "show", f"{args.base}:lint/data/hedges.yaml"], cwd=REPO, check=True,
        capture_output=True, text=True).stdout)
    current = load_data("hedges.yaml")
    entries = new_entries(base, current)
    rounds = site_rounds()
    rows = [r for r in health_rows(("train", "dev", "test")) if rounds.get(r["site"]) in ROUNDS]
    texts = [r["text"].strip() or "." for r in rows]
    gold = [r["hedged"] == "1" for r in rows]
    found = matched_rows(pipeline("blank"), entries, texts)
    sites = sorted({r["site"] for r in rows})

    def supported(number: int, left_out: str | None) -> bool:
        kept = [i for i in found[number] if rows[i]["site"] != left_out]
        others = [i for i in range(len(rows)) if rows[i]["site"] != left_out]
        rate = sum(gold[i] for i in others) / len(others)
        if not kept:
            return False
        share = sum(gold[i] for i in kept) / len(kept)
        return share < rate if entries[number][0] == "exclusion" else share > rate

    if args.entries:
        for number, (where, key, item) in enumerate(entries):
            row_sites = sorted({rows[i]["site"].split()[0] for i in found[number]})
            print(f"{where:9} {key!s:20} {json.dumps(item)[:70]:70} "
                  f"supported={supported(number, None)} sites={row_sites[:6]}")
    predicted = [None] * len(rows)
    by_dropped: dict[tuple, list[str]] = {}
    for site in sites:
        dropped = tuple(n for n in range(len(entries)) if not supported(n, site))
        by_dropped.setdefault(dropped, []).append(site)
    for dropped, group in by_dropped.items():
        lexicon = without(current, [entries[n] for n in dropped])
        indices = [i for i, r in enumerate(rows) if r["site"] in group]
        for i, label in zip(indices, judge(lexicon, [texts[i] for i in indices])):
            predicted[i] = label
    everything = judge(current, texts)
    print(f"{len(entries)} entries new since {args.base}; health-page claims of rounds "
          f"{ROUNDS[0]}-{ROUNDS[-1]}, every site judged with the new entries the other "
          "sites support (leave-site-out) and with all of them (fitted):")
    for number in ROUNDS + (None,):
        chosen = [i for i, r in enumerate(rows) if number is None
                  or rounds.get(r["site"]) == number]
        for name, labels in (("leave-site-out", predicted), ("fitted", everything)):
            s = label_scores([gold[i] for i in chosen], [labels[i] for i in chosen])
            where = f"round {number}" if number else f"rounds {ROUNDS[0]}-{ROUNDS[-1]}"
            print(f"  {where:10} {name:15} P {s['precision']:.3f}  R {s['recall']:.3f}  "
                  f"F1 {s['f1']:.3f}  (n={s['n']})")


if __name__ == "__main__":
    main()
