"""How are claims labelled whose every qualifier cue sits in a subordinate clause?

    python3 bench/qualifier_clause_scope.py --rounds 1-20
    python3 bench/qualifier_clause_scope.py --rounds 14-20 --list conc

Measures issue 15's question "a cue inside a subordinate clause while the main clause is
flat" on the health-page claims (every split of the given labelling rounds): for each claim
the detector judges qualified, are all the cues that decide it inside a stretch a
subordinator opens — a concession (although, though, whereas, while), a reason (as, since,
because), a condition or time (if, when, unless, until, once), a relative clause (which,
that, who) or a purpose (so that) — up to the next comma, colon, semicolon or dash, or the
sentence's end? "-init" stretches open the sentence (after an opening "but", "and", "so",
"however") and need a main clause after them. Token reading only (the blank pipeline has no
parse), so a relative "that" and a complementiser "that" are one kind: a measurement to
decide whether a clause-scope rule would follow the labels, not a rule.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_hedges  # noqa: E402

KINDS = {"conc": {"although", "though", "whereas", "while"},
         "reason": {"as", "since", "because"},
         "cond": {"if", "when", "unless", "until", "once"},
         "rel": {"which", "that", "who"}}
OPENERS = {"but", "and", "so", "yet", "however", ","}
ENDS = {",", ";", ":", "—", "–"}


def stretches(words: list[str]) -> list[tuple[str, int, int]]:
    """(kind, start, end) of the subordinate stretches of a sentence's lower-cased words."""
    out = []
    for i, word in enumerate(words):
        kind = next((k for k, opening in KINDS.items() if word in opening), None)
        if word == "so" and words[i + 1:i + 2] == ["that"]:
            kind = "purpose"
        if kind is None:
            continue
        initial = i == 0 or (words[i - 1] in OPENERS and (i == 1 or words[i - 2] in OPENERS))
        if word == "as" and not (initial or words[i - 1] == ","):
            continue  # "as" of comparison ("as little as possible")
        end = next((k for k in range(i + 1, len(words)) if words[k] in ENDS), len(words))
        if initial and end >= len(words) - 1:
            continue  # no main clause after it
        out.append((kind + ("-init" if initial else "-mid"), i, end))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", default="1-20", help="labelling rounds, e.g. 1-20")
    parser.add_argument("--list", help="print the claims of stretch kinds containing this")
    args = parser.parse_args()
    sys.path.insert(0, str(eval_hedges.REPO))
    from lint.annotate.hedges import detector
    from lint.document.annotations import HEDGE_SCHEMES

    hedges, counted = detector("blank"), HEDGE_SCHEMES["qualifier"]
    low, high = (int(x) for x in args.rounds.split("-"))
    table = collections.defaultdict(lambda: [0, 0])
    for labelling_round in range(low, high + 1):
        for gold, text in eval_hedges.load_health(("train", "dev", "test"), labelling_round):
            doc = hedges.nlp(text.strip() or ".")
            found, blocked = hedges.matches(doc)
            if not hedges.judge(doc, 0, len(doc), found, blocked).hedged:
                continue
            spans = stretches([t.lower_ for t in doc])
            kinds, all_inside = set(), True
            for s, e, kind in found:
                if hedges.family[kind] not in counted or not hedges.judge(
                        doc, 0, len(doc), [(s, e, kind)], blocked).hedged:
                    continue  # a cue that decides nothing alone
                inside = [k for k, a, b in spans if a <= s and e <= b]
                kinds.update(inside[-1:])
                all_inside = all_inside and bool(inside)
            if not (all_inside and kinds):
                continue
            key = "+".join(sorted(kinds))
            table[key][gold] += 1
            if args.list and args.list in key:
                print(f"r{labelling_round}\t{gold}\t{key}\t{text}")
    print(f"rounds {args.rounds}: claims judged qualified only by cues in a subordinate stretch")
    for key, (plain, qualified) in sorted(table.items()):
        print(f"  {key:22} labelled not qualified {plain:3}  qualified {qualified:3}")


if __name__ == "__main__":
    main()
