"""Group the health-page claims the scorer missed by the surface form of the sentence.

A reading aid for error analysis (issue 15), not a judgment: the groups are rough regular
expressions tried in order, the first that matches names the row. Input: listings written by
`python3 bench/eval_claims.py --errors N` (one file per round), or `--dump` files of
`scripts/train_claims.py` (held-out rows: label 1, read in its page 0).

    python3 bench/eval_claims.py --errors 11 > /tmp/err11.txt
    python3 bench/claim_miss_causes.py /tmp/err11.txt
    python3 bench/claim_miss_causes.py --rows        # every development row: claims per group
    python3 bench/claim_miss_causes.py --by-round DUMP.tsv  # per form: rounds, sites, licence
    python3 bench/claim_miss_causes.py --by-round --false-alarms DUMP.tsv  # the same, false alarms
    python3 bench/claim_miss_causes.py --by-form DUMP.tsv --round 11 --round 12  # both ways

`--by-round` (a `--dump` file): per form, the missed claims in each round (train and dev
splits as their own groups), on how many sites, and how many are openly licensed rows (the
only ones that train) against rows that only measure (under copyright or non-commercial).
With `--false-alarms`, the same for the rows called claims that are not (label 0, read in its
page 1): precision's errors, grouped by the same forms.

`--by-form` (a `--dump` file): both ways at once, by the grammatical forms the scorer itself
reads (claims.yaml `sentence_forms`, through lint's SentenceForms) and by where a row stands
(a fragment after a lead-in ending with ':', a fragment without one, a sentence): per form,
the held-out rows, their claims, how many were called claims, the misses and the false
alarms, and "called - claims" per row: a form the model under-calls (negative) or over-calls
(positive) more than all rows do is one whose weight the training data do not teach.
"""
from __future__ import annotations

import argparse
import collections
import csv
import functools
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GROUPS = [
    ("short answer (Yes. / No, ...)", r"^(?:yes|no)\b"),
    ("reported speech (said, according to, opening quotation)",
     r"\b(?:said|says|according to)\b|^[“\"‘']"),
    ("lead-in ending with ':'", r":\s*$"),
    ("list item or fragment (no final stop)", r"[^.?!)\"”’]\s*$|;\s*$"),
    ("instruction opening with a verb",
     r"^(?:\w+:\s*)?(?:please\s+)?(?:do not|don't|make sure|take|give|keep|place|press|breathe|"
     r"repeat|test|encourage|check|avoid|use|stay|wait|contact|call|remember|ask|try|drink|eat|"
     r"apply|wash|tell|see|talk|speak|follow|stop|start|get|let|be|have|put|shake|remove|always|"
     r"never)\b"),
    ("you / your child / we + will, should, need, may, can",
     r"\b(?:you|your child|we)\b[^.]{0,40}\b(?:will|should|must|need|needs|may|can|cannot|recommend)\b"),
    ("definition or description (is a / are the / called / defined as)",
     r"\b(?:is|are) (?:a|an|the|\d|two|small|lumps|pads)\b|\bcalled\b|\bdescribes\b|\bdefined as\b"
     r"|\bknown as\b"),
]
OTHER = "other (prevalence, general facts, news, procedures)"
COMPILED = [(name, re.compile(pattern, re.I)) for name, pattern in GROUPS]


def group(text: str) -> str:
    return next((name for name, pattern in COMPILED if pattern.search(text)), OTHER)


def misses(path: Path, with_group: bool = False, false_alarms: bool = False) -> list[tuple]:
    """(site, text) of each missed claim of an --errors listing or a --dump file; with
    `with_group` (a --dump file only), (site, text, group); with `false_alarms`, of each row
    wrongly called a claim instead."""
    label, paged, listed = ("0", "1", "false alarm") if false_alarms else ("1", "0", "missed")
    csv.field_size_limit(10**8)
    with path.open(encoding="utf-8") as handle:
        first = handle.readline()
        handle.seek(0)
        if first.startswith("group\t"):
            return [(r["site"], r["text"]) + ((r["group"],) if with_group else ())
                    for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
                    if r["label"] == label and r["paged"] == paged]
        if with_group:
            raise SystemExit(f"{path}: --by-round reads a --dump file of train_claims.py")
        return [(p[2], p[4]) for p in (line.rstrip("\n").split("\t") for line in handle)
                if p[0] == listed and len(p) > 4]


def by_round(paths: list[Path], false_alarms: bool = False) -> None:
    """Per form: missed claims (or false alarms) per round, sites, and openly licensed
    against measure-only."""
    sys.path.insert(0, str(REPO / "bench"))
    sys.path.insert(0, str(REPO / "scripts"))
    from eval_claims import HEALTH, read_tsv
    from train_claims import trainable

    licensed = {(r["site"], r["text"]): trainable(r["licence"]) for r in read_tsv(HEALTH)}
    rows = [m for path in paths for m in misses(path, True, false_alarms)]
    what = "false alarms" if false_alarms else "missed claims"
    groups = sorted({g for _, _, g in rows},
                    key=lambda g: (not g.startswith("round"), int(g.split()[-1])
                                   if g.startswith("round") else 0, g))
    print(f"{len(rows)} {what}; per group: "
          + ", ".join(f"{g} {sum(x == g for _, _, x in rows)}" for g in groups))
    print(f"{'form':66s} {'rows':>6s} {'sites':>5s} {'rounds':>6s} {'open':>5s} "
          f"{'measure':>7s}  per group")
    counts = collections.Counter(group(text) for _, text, _ in rows)
    for name, n in counts.most_common():
        mine = [(s, t, g) for s, t, g in rows if group(t) == name]
        open_rows = sum(licensed.get((s, t), False) for s, t, _ in mine)
        per = collections.Counter(g for _, _, g in mine)
        rounds = sum(1 for g in per if g.startswith("round"))
        print(f"{name:66s} {n:6d} {len({s for s, _, _ in mine}):5d} {rounds:6d} "
              f"{open_rows:5d} {n - open_rows:7d}  "
              + " ".join(f"{g.replace('round ', 'r')}:{per[g]}" for g in groups if per[g]))


def _read_dump(paths: list[Path], rounds: list[int]) -> list[dict]:
    """The held-out rows of `--dump` files of train_claims.py, of the rounds `rounds` (every
    held-out round when empty), in the dump's order (each page's rows in their order)."""
    csv.field_size_limit(10**8)
    wanted = {f"round {n}" for n in rounds}
    rows = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            rows += [r for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
                     if (r["group"] in wanted if wanted else r["group"].startswith("round"))]
    return rows


def by_form(paths: list[Path], rounds: list[int]) -> None:
    """Held-out rows per grammatical form and list position: claims, called, misses, false
    alarms (both ways), of the groups `rounds` (all held-out rounds when empty)."""
    sys.path.insert(0, str(REPO))
    from lint.annotate.sentence_forms import sentence_forms

    rows = _read_dump(paths, rounds)
    forms = sentence_forms()
    table = collections.defaultdict(lambda: [0, 0, 0, 0, 0])
    page, lead_in = None, False
    for row in rows:  # a dump keeps each page's rows in their order
        if row["page"] != page:
            page, lead_in = row["page"], False
        text = row["text"].rstrip()
        fragment = not text.endswith((".", "!", ";", ":", "?"))
        place = ("fragment after a lead-in ending with ':'" if fragment and lead_in else
                 "fragment, no lead-in" if fragment else "sentence")
        lead_in = text.endswith(":") or (fragment and lead_in)
        claim, called = row["label"] == "1", row["paged"] == "1"
        for name in ["all rows", "place: " + place] + ["form: " + f for f in forms.of(text)]:
            cell = table[name]
            cell[0] += 1
            cell[1] += claim
            cell[2] += called
            cell[3] += claim and not called
            cell[4] += called and not claim
    print(f"{'rows of':44s} {'n':>5s} {'claims':>6s} {'called':>6s} {'missed':>6s} "
          f"{'false':>5s}  claims/n  (called-claims)/n")
    for name, (n, claims, called, missed, false) in sorted(
            table.items(), key=lambda item: (item[0] != "all rows", -item[1][0])):
        print(f"{name:44s} {n:5d} {claims:6d} {called:6d} {missed:6d} {false:5d}  "
              f"{claims / n:8.2f}  {(called - claims) / n:+.2f}")


# Causes of an error, tried in order: the first that fits names it (a reading aid, not a
# judgment). Each is a test on (text, features, held-out score).
_PROCEDURE = re.compile(
    r"\b(?:procedure|surgery|operation|anaesthe\w*|anesthe\w*|incision|recovery|after the|during the|"
    r"before the|you will|you'll|will be|is performed|are performed|is done|is carried out|"
    r"appointment|clinic|hospital stay|discharge)\b", re.I)
_DEFINITION = re.compile(
    r"^(?:[\w'’() -]+) (?:is|are) (?:a|an|the|one of|also called|also known|defined)\b"
    r"|\b(?:refers? to|is called|are called|known as|defined as|stands for|means)\b", re.I)


@functools.lru_cache(maxsize=1)
def _first_person() -> re.Pattern:
    """claims.yaml's `not_claims.personal_story` patterns: the gate's own reading of first
    person (outside a quotation; "Phase I", "type I" are numerals, not the writer)."""
    sys.path.insert(0, str(REPO))
    from lint.annotate.lexicon import load_data

    patterns = load_data("claims.yaml")["not_claims"]["personal_story"]["patterns"]
    return re.compile("|".join(f"(?:{p})" for p in patterns))


_COUNTED = re.compile(r"\d|\b(?:one|two|three|four|five|ten|hundred|thousand|million|"
                      r"percent|per cent|half|third|quarter)\b", re.I)
CAUSES = [
    ("set aside before the model (not_claims, question)", lambda t, f, s: s <= -98),
    ("advice or instruction (imperative, obligation, you + modal)",
     lambda t, f, s: "grammar=imperative" in f or "grammar=obligation" in f
     or re.search(r"\byou(?:r child)?\b[^.]{0,30}\b(?:should|must|need|can|may|will)\b", t, re.I)),
    ("fragment: list item or table cell (no final stop)",
     lambda t, f, s: not t.rstrip().endswith((".", "!", "?", ":", ";", '"', "”", ")"))),
    ("short (6 words or fewer)", lambda t, f, s: len(t.split()) <= 6),
    ("personal account (first person singular)", lambda t, f, s: _first_person().search(t)),
    ("definition or description (is a, known as)", lambda t, f, s: _DEFINITION.search(t)),
    ("dated or counted fact (numbers, years)", lambda t, f, s: _COUNTED.search(t)),
    ("procedure or what to expect", lambda t, f, s: _PROCEDURE.search(t)),
    ("no domain word", lambda t, f, s: not any(x.startswith("domain=") for x in f)),
]


# Coarse kinds of site from sentences.tsv `genre` (its words before the brackets), in order.
GENRES = [
    ("journal article or abstract", r"journal|abstract"),
    ("news", r"news|broadcaster|magazine|column"),
    ("government or public body", r"government|department|portal|public health|federal|ministry"),
    ("hospital or health system", r"hospital|health system|medical centre|centre|center"),
    ("clinic or practice", r"clinic|practice|dental|chiropract|physio|ivf|\bent\b|counselling|"
                           r"urolog|dermatolog|psychiatr|podiatr|doctor|nephrolog|specialist|gp\b"),
    ("company, pharmacy or retailer", r"pharmacy|retailer|company|telehealth|brand|provider"),
    ("blog or information site", r"blog|site|app|platform|charity|information"),
]


def causes(paths: list[Path], rounds: list[int]) -> None:
    """Missed and false claims of the held-out rounds `rounds` by cause, per round and per
    site genre; every held-out row's rate per cause for comparison."""
    sys.path.insert(0, str(REPO))
    sys.path.insert(0, str(REPO / "bench"))
    sys.path.insert(0, str(REPO / "scripts"))
    from eval_claims import HEALTH, read_tsv
    from train_claims import featurize

    genre = {r["site"]: r["genre"] for r in read_tsv(HEALTH)}
    rows = _read_dump(paths, rounds)
    texts = sorted({r["text"] for r in rows})
    features = dict(zip(texts, (set(f) for f in featurize(texts, forms=True))))

    def cause_of(row) -> str:
        t = row["text"]
        return next((name for name, test in CAUSES
                     if test(t, features[t], float(row["score"]))), "other: a plain statement")

    # (each row's cause worked out once: the tables below read it per cause and per site)
    causes_of = {id(row): cause_of(row) for row in rows}

    def cause(row) -> str:
        return causes_of[id(row)]

    def kind_of(site: str) -> str:
        what = genre.get(site, "?").split("(")[0].lower()
        return next((name for name, pattern in GENRES if re.search(pattern, what)), "other")

    names = [n for n, _ in CAUSES] + ["other: a plain statement"]
    groups = sorted({r["group"] for r in rows}, key=lambda g: int(g.split()[-1]))
    for what, label, paged in (("missed claims", "1", "0"), ("false claims", "0", "1")):
        errors = [r for r in rows if r["label"] == label and r["paged"] == paged]
        base = collections.Counter(cause(r) for r in rows if r["label"] == label)
        print(f"\n{len(errors)} {what} of {len(rows)} held-out rows "
              f"({', '.join(groups)}); per cause: errors per group, and of the "
              f"{'claims' if label == '1' else 'non-claims'} of that cause the share in error")
        print(f"{'cause':62s} " + " ".join(f"{g.replace('round ', 'r'):>5s}" for g in groups)
              + f" {'all':>5s} {'rate':>5s} {'sites':>5s}")
        for name in names:
            mine = [r for r in errors if cause(r) == name]
            if not mine:
                continue
            print(f"{name:62s} "
                  + " ".join(f"{sum(r['group'] == g for r in mine):5d}" for g in groups)
                  + f" {len(mine):5d} {len(mine) / max(base[name], 1):5.2f} "
                  f"{len({r['site'] for r in mine}):5d}")
        print(f"  by kind of site (sentences.tsv `genre`, GENRES), {what}: errors of rows")
        per_genre = collections.Counter(kind_of(r["site"]) for r in errors)
        all_genre = collections.Counter(kind_of(r["site"]) for r in rows if r["label"] == label)
        kinds = [name for name, _ in per_genre.most_common()]
        print(f"    {'':58s} " + " ".join(f"{k[:9]:>9s}" for k in kinds))
        print(f"    {'errors':58s} " + " ".join(f"{per_genre[k]:9d}" for k in kinds))
        print(f"    {'rows of the label':58s} " + " ".join(f"{all_genre[k]:9d}" for k in kinds))
        for name in names:
            mine = collections.Counter(kind_of(r["site"]) for r in errors if cause(r) == name)
            if mine:
                print(f"    {name[:58]:58s} " + " ".join(f"{mine[k]:9d}" for k in kinds))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--by-round", action="store_true",
                        help="the --dump files' misses per form: per round, sites, licence")
    parser.add_argument("--false-alarms", action="store_true",
                        help="the rows wrongly called claims rather than the missed claims")
    parser.add_argument("--by-form", action="store_true",
                        help="a --dump file's held-out rows per grammatical form and list "
                             "position: claims, called, missed, false alarms")
    parser.add_argument("--round", type=int, action="append", default=[],
                        help="--by-form: only this held-out round (repeatable)")
    parser.add_argument("--causes", action="store_true",
                        help="a --dump file's missed and false claims by cause, per round "
                             "and per site genre")
    parser.add_argument("--rows", action="store_true",
                        help="every development row per group: rows, claims, sites")
    args = parser.parse_args()
    if args.by_round:
        by_round(args.files, args.false_alarms)
        return
    if args.by_form:
        by_form(args.files, args.round)
        return
    if args.causes:
        causes(args.files, args.round)
        return
    if args.rows:
        sys.path.insert(0, str(REPO / "bench"))
        from eval_claims import HEALTH, STRUCTURAL_KINDS, read_tsv, site_rounds

        rounds = site_rounds()
        table = collections.defaultdict(lambda: [0, 0, set()])
        for row in read_tsv(HEALTH):
            if row["kind"] in STRUCTURAL_KINDS:
                continue
            number = rounds.get(row["site"], 1) if row["split"] == "test" else 0
            cell = table[(group(row["text"]), number)]
            cell[0] += 1
            cell[1] += row["kind"] == "claim"
            cell[2].add(row["site"])
        for (name, number), (n, claims, sites) in sorted(table.items()):
            label = f"round {number}" if number else "train/dev"
            print(f"{name:66s} {label:9s} rows {n:5d} claims {claims:5d} ({claims / n:.2f}) "
                  f"sites {len(sites)}")
        return
    for path in args.files:
        rows = misses(path, false_alarms=args.false_alarms)
        counts = collections.Counter(group(text) for _, text in rows)
        sites = collections.defaultdict(set)
        for site, text in rows:
            sites[group(text)].add(site)
        print(f"{path}: {len(rows)} {'false alarms' if args.false_alarms else 'missed claims'}")
        for name, n in counts.most_common():
            print(f"  {n:4d} on {len(sites[name]):3d} sites  {name}")


if __name__ == "__main__":
    main()
