"""Which claims.yaml cue entries does development data other than the article support?

For every phrase and pattern of lint/data/claims.yaml, counts the sentences
it matches in labelled data that is not the repository's article: the
health-page set (train and dev splits, and the test sites of the rounds already read once, eval_claims.SPENT_ROUNDS; 1 = a claim) and the citation-worthiness
manuscripts (train and dev splits; 1 = cited), each against its own base
rate. An entry is supported when, in one of the two, it matches at least
MIN_MATCHES sentences and leans the way its group says: a positive cue's
matches are 1 more often than that data's base rate, a negative cue's less
often. Test splits are never read. `--article` also says whether the entry occurs
in the article (content/), so its idioms can be told from the genre's
English.

`--about-the-text` lists the sentences that the `about_the_text` words of
claims.yaml take out (every content word names the text itself) and how
many of them are claims.

The `not_claims` recognisers of claims.yaml (health pages) are checked the same
way on the health-page rows: each pattern must take out at least MIN_MATCHES
rows of at least MIN_SITES sites (one site's wording is not the genre's), fewer
of them claims than the base rate. `--not-claims` lists the rows
each recogniser takes out.

The `sentence_forms` of claims.yaml (features of the learned scorer: imperative,
quoted speech ...) are checked like the recognisers: each pattern must match at least
MIN_MATCHES health-page rows of at least MIN_SITES sites, fewer of them claims than
the base rate (the forms are the grammar of sentences that need no source), or more
of them for a form marked `lean: claim` (the grammar of a general fact: `prevalence`).
`--forms` lists the rows each form matches.

`--continuations` instead measures the openers of lint/data/coverage.yaml:
in the manuscripts, how often a sentence opening so right after a cited
sentence is left uncited by its authors (the citation before it covers it),
against sentences opening so elsewhere.

    python3 bench/lexicon_support.py                 # unsupported entries
    python3 bench/lexicon_support.py --all --article # every entry
    python3 bench/lexicon_support.py --continuations
    python3 bench/lexicon_support.py --about-the-text
    python3 bench/lexicon_support.py --not-claims
    python3 bench/lexicon_support.py --forms
    python3 bench/lexicon_support.py --lexicon hedges   # also overclaims, topics
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

MIN_MATCHES = 2
MIN_SITES = 2


def labelled_sets(health: Path) -> dict[str, list[tuple[str, int]]]:
    import train_claims

    cite = train_claims.citeworthy_sets()
    pages = train_claims.health_sets(health, spent=True)
    # Rows under copyright train nothing, but they measure: a lexicon entry is checked on them.
    # With the test sites of the rounds already read once (development data since).
    return {"health pages": pages["train"] + pages["measure_only"] + pages["dev"],
            "manuscripts": cite["train"] + cite["dev"]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--all", action="store_true", help="list supported entries too")
    parser.add_argument("--article", action="store_true", help="mark entries the article uses")
    parser.add_argument("--continuations", action="store_true",
                        help="measure the citation-coverage openers (coverage.yaml)")
    parser.add_argument("--about-the-text", action="store_true",
                        help="the sentences that claims.yaml's about_the_text words take out")
    parser.add_argument("--not-claims", action="store_true",
                        help="the health-page rows that claims.yaml's not_claims recognisers "
                             "take out")
    parser.add_argument("--forms", action="store_true",
                        help="the health-page rows that claims.yaml's sentence_forms match")
    parser.add_argument("--lexicon", choices=("claims", "hedges", "overclaims", "topics"),
                        default="claims", help="which lexicon (the evidence lexicons: "
                        "bench/lexicon_support_evidence.py)")
    parser.add_argument("--health", type=Path,
                        default=REPO / "bench" / "data" / "health_pages" / "sentences.tsv")
    args = parser.parse_args()
    if args.lexicon != "claims":
        import lexicon_support_evidence

        return lexicon_support_evidence.main(args.lexicon, args.all)

    from lint.annotate.lexicon import PhraseIndex, cue_groups, load_data
    from lint.nlp import BLANK, pipeline

    nlp = pipeline(BLANK)
    if args.continuations:
        return continuations(nlp)
    if args.about_the_text:
        return about_the_text(nlp, labelled_sets(args.health))
    data = load_data("claims.yaml")
    entries = {}  # label -> (group, sign, shown)
    index = PhraseIndex(nlp)
    for side, sign in (("positive", 1), ("negative", -1)):
        for group in cue_groups(data, side):
            for phrase in group.phrases:
                label = f"{group.name}|{phrase}"
                entries[label] = (group.name, sign, phrase)
                index.add_phrases(label, [phrase])
            for number, pattern in enumerate(group.patterns):
                label = f"{group.name}|pattern {number + 1}"
                entries[label] = (group.name, sign, f"pattern {number + 1}")
                index.add_patterns(label, [pattern])
    sets = labelled_sets(args.health)
    hits = {name: {label: [0, 0] for label in entries} for name in sets}
    bases = {}
    for name, rows in sets.items():
        bases[name] = sum(label for _, label in rows) / max(1, len(rows))
        for (text, label), doc in zip(rows, nlp.pipe(text for text, _ in rows)):
            for matched in {m[0] for m in index(doc)}:
                hits[name][matched][0] += 1
                hits[name][matched][1] += label
    in_article = set()
    if args.article:
        for path in (REPO / "content").glob("*.md"):
            in_article |= {m[0] for m in index(nlp(path.read_text("utf-8")))}
    print("; ".join(f"{name}: {len(rows)} sentences, base rate {bases[name]:.2f}"
                    for name, rows in sets.items()))
    unsupported = []
    for label, (group, sign, shown) in entries.items():
        leaning = []
        for name in sets:
            count, ones = hits[name][label]
            rate = ones / count if count else 0.0
            ok = count >= MIN_MATCHES and (rate > bases[name] if sign > 0 else rate < bases[name])
            leaning.append((ok, f"{name} {count:>3} ({rate:.2f})"))
        supported = any(ok for ok, _ in leaning)
        if not supported:
            unsupported.append(label)
        if args.all or not supported:
            mark = " [article]" if label in in_article else ""
            print(f"{'ok ' if supported else 'NO '} {group:<11} {shown!r:<30} "
                  + "  ".join(text for _, text in leaning) + mark)
    recognisers = not_claim_support(sets["health pages"], bases["health pages"],
                                    args.all or args.not_claims, args.not_claims,
                                    sites_of(args.health))
    unsupported += [label for label, ok in recognisers.items() if not ok]
    forms = form_support(sets["health pages"], bases["health pages"], args.all or args.forms,
                         args.forms, sites_of(args.health))
    unsupported += [label for label, ok in forms.items() if not ok]
    print(f"{len(unsupported)} of {len(entries) + len(recognisers) + len(forms)} entries "
          "unsupported")
    return 0


def sites_of(health: Path) -> dict[str, set[str]]:
    """Text -> the sites of the health-page set where it occurs."""
    import train_claims

    out: dict[str, set[str]] = {}
    for row in train_claims.read_tsv(health) if health.is_file() else []:
        out.setdefault(row["text"], set()).add(row["site"])
    return out


def not_claim_support(rows: list[tuple[str, int]], base: float, show: bool,
                      list_rows: bool, sites: dict[str, set[str]]) -> dict[str, bool]:
    """Each not_claims pattern of claims.yaml: the health-page rows it takes out, and
    whether they come from MIN_SITES sites or more and fewer of them are claims than the
    base rate (label -> supported)."""
    import re

    from lint.annotate.lexicon import load_data

    return _pattern_support("not_claims", load_data("claims.yaml")["not_claims"], rows, base,
                            show, list_rows, sites, lambda pattern, text: re.search(pattern, text))


def form_support(rows: list[tuple[str, int]], base: float, show: bool, list_rows: bool,
                 sites: dict[str, set[str]]) -> dict[str, bool]:
    """Each sentence_forms pattern of claims.yaml, as `not_claim_support` (label -> supported)."""
    from lint.annotate.lexicon import load_data
    from lint.annotate.sentence_forms import SentenceForms

    forms: dict[str, SentenceForms] = {}

    def matches(pattern: str, text: str) -> bool:
        if pattern not in forms:  # one pattern alone, its `verb` group checked as in a check
            forms[pattern] = SentenceForms({"one": {"patterns": [pattern]}})
        return bool(forms[pattern].of(text.rstrip()))

    return _pattern_support("form", load_data("claims.yaml").get("sentence_forms") or {}, rows,
                            base, show, list_rows, sites, matches)


def _pattern_support(kind: str, specs: dict, rows: list[tuple[str, int]], base: float,
                     show: bool, list_rows: bool, sites: dict[str, set[str]],
                     matches) -> dict[str, bool]:
    from lint.annotate.not_claims import taken, unless_of

    supported = {}
    for name, spec in specs.items():
        # A not_claims group's `unless` leaves a matched row to the model (claims.py).
        unless = unless_of(spec)
        for number, pattern in enumerate(spec["patterns"]):
            matched = [(text, label) for text, label in rows
                       if taken(matches(pattern, text), unless, text)]
            claims = sum(label for _, label in matched)
            where = set().union(*(sites.get(text, set()) for text, _ in matched))
            # A form that says a sentence states a fact (`lean: claim`, as `prevalence`)
            # must match more claims than the base rate; every other, fewer.
            leans_claim = spec.get("lean") == "claim"
            ok = (len(matched) >= MIN_MATCHES and len(where) >= MIN_SITES
                  and (claims / len(matched) > base if leans_claim
                       else claims / len(matched) < base))
            supported[f"{kind}|{name}|pattern {number + 1}"] = ok
            if show or not ok:
                print(f"{'ok ' if ok else 'NO '} {kind:<11} {name} pattern {number + 1:<3} "
                      f"health pages {len(matched):>3} ({claims} claims, {len(where)} sites)")
            if list_rows:
                for text, label in matched:
                    print(f"      {label} {text}")
    return supported


def about_the_text(nlp, sets: dict[str, list[tuple[str, int]]]) -> int:
    """Rows the claim detector takes for text about the text; how many are claims (1)."""
    from lint.annotate.claims import ClaimDetector
    from lint.lines import document_from_lines

    detector = ClaimDetector(nlp, use_model=False)
    totals = []
    for name, rows in sets.items():
        taken, claims = 0, 0
        document = document_from_lines([text for text, _ in rows], "blank")
        for (text, label), sentence in zip(rows, document.sentences):
            detector.judge_block(sentence.block)
            if sentence.annotations.claim.excluded == "about the text itself":
                taken += 1
                claims += label
                print(f"{name}: {label} {text}")
        base = sum(label for _, label in rows) / max(1, len(rows))
        totals.append(f"{name}: {taken} taken, {claims} labelled 1 (base rate {base:.2f})")
    print("\n".join(totals))
    return 0


def continuations(nlp) -> int:
    """Openers of coverage.yaml: uncited rate right after a cited sentence, and elsewhere."""
    import train_claims

    from lint.annotate.lexicon import PhraseIndex, load_data

    index = PhraseIndex(nlp)
    index.add_patterns("opener", load_data("coverage.yaml")["continuation_openers"])
    counts = {"after a cited sentence": [0, 0], "elsewhere": [0, 0]}
    for source in train_claims.read_tsv(train_claims.CITEWORTHY / "sources.tsv"):
        if source["split"] == "test":
            continue
        rows = train_claims.read_tsv(train_claims.CITEWORTHY / f"{source['name']}.tsv")
        previous = None
        for row, doc in zip(rows, nlp.pipe(r["text"] for r in rows)):
            if any(s == 0 for _, s, _ in index(doc[:4])):
                where = ("after a cited sentence" if previous and previous["source"] ==
                         row["source"] and previous["label"] == "1" else "elsewhere")
                counts[where][0] += 1
                counts[where][1] += row["label"] == "0"
            previous = row
    for where, (count, uncited) in counts.items():
        print(f"openers {where}: {count} sentences, {uncited} left uncited by their authors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
