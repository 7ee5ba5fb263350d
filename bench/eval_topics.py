"""Precision and recall of weak-topic detection on the health-page set.

    python3 bench/eval_topics.py                 # train and dev sites
    python3 bench/eval_topics.py --split test --errors
    python3 bench/eval_topics.py --split test --round 3     # a new round's sites, read once

A claim of bench/data/health_pages is on a weak topic when its `weak_topic`
label is 1 (../shared/eval/LABELING.md); the detector says so when the
evidence registry (lint/data/evidence_topics.yaml) finds a topic of low or
very low evidence in it. Sentences are judged one per line, the claims of
all sites in one run (a sentence opening with "it" or "they" reads the
subject of the claim before it). `--in-page` reads each site's rows of every
kind in page order, one document a site, as a check reads a page (lead-ins
and the items they open, the subject carried to the next sentence), and
scores its claims; its heading rows are read as a check reads a Markdown page's headings
(since session 12): each opens a section (the page's first row, when it is a heading, is
its title, level 1; later headings are level 2 under it), so what a section carries ends
at the next heading and the headings above a claim are its section's path.
`--in-page --no-headings` reads heading rows as plain lines, as before session 12.
`--per-site` (claims alone): each site's claims are a document of their own, so no
subject is carried from one site's last claim to the next site's first (since session 15;
without it, all claims are one document, as before). `--rounds 1-15` prints one line per
labelling round of the range (every split of each round) and the rounds together.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scores import label_scores

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="train,dev", help="splits to score")
    parser.add_argument("--errors", action="store_true", help="list the disagreements")
    parser.add_argument("--round", type=int, help="only the sites of this labelling round")
    parser.add_argument("--in-page", action="store_true",
                        help="each site's rows of every kind in page order, claims scored")
    parser.add_argument("--no-headings", action="store_true",
                        help="with --in-page: heading rows as plain lines (before session 12)")
    parser.add_argument("--no-drugs", action="store_true",
                        help="without the drug mentions (before session 19, branch i241)")
    parser.add_argument("--per-site", action="store_true",
                        help="claims alone: each site's claims a document of their own")
    parser.add_argument("--rounds", help="a range of labelling rounds (\"1-15\"): one line "
                        "per round, every split, and the rounds together")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    from eval_hedges import health_rows, site_rounds
    from lint.annotate.evidence import TopicDetector, load_topics
    from lint.nlp import pipeline

    detector = TopicDetector(pipeline("blank"), load_topics())
    if args.rounds:
        first, _, last = args.rounds.partition("-")
        of_site = site_rounds()
        every = health_rows(("train", "dev", "test"), None, kinds=None if args.in_page
                            else ("claim",))
        gold, predicted = [], []
        for number in range(int(first), int(last or first) + 1):
            rows = [r for r in every if of_site.get(r["site"]) == number]
            rows, guesses, _ = judge(detector, rows, args)
            report(f"round {number}", rows, guesses, args)
            gold += [r["weak_topic"] == "1" for r in rows]
            predicted += guesses
        s = label_scores(gold, predicted)
        print(f"rounds {args.rounds}: precision {s['precision']:.3f}  recall {s['recall']:.3f}  "
              f"F1 {s['f1']:.3f}  (tp={s['tp']}, fp={s['fp']}, fn={s['fn']})")
        return
    rows = health_rows(tuple(args.split.split(",")), args.round, kinds=None if args.in_page
                       else ("claim",))
    where = f"{args.split}, round {args.round}" if args.round else args.split
    rows, predicted, sentences = judge(detector, rows, args)
    report(where, rows, predicted, args)
    if args.errors:
        for row, guess, sentence in zip(rows, predicted, sentences):
            if guess != (row["weak_topic"] == "1"):
                # topic: the subject and the outcome that made it, so a cause can be read
                topics = [f"{h.topic}: {h.subject} / {h.outcome}"
                          for h in sentence.annotations.evidence_topics]
                print(f"  gold {row['weak_topic']} {topics}: {row['text'][:150]}")


def report(where: str, rows, predicted, args) -> None:
    s = label_scores([r["weak_topic"] == "1" for r in rows], predicted)
    where += ", in page" if args.in_page else ", per site" if args.per_site else ""
    where += ", headings as lines" if args.in_page and args.no_headings else ""
    print(f"weak topics ({where}, {len(rows)} claims): precision {s['precision']:.3f}  "
          f"recall {s['recall']:.3f}  F1 {s['f1']:.3f}  "
          f"(tp={s['tp']}, fp={s['fp']}, fn={s['fn']})")


def judge(detector, rows, args):
    """The claims of `rows`, whether each is judged on a weak topic, and its sentence."""
    from lint.annotate.acronyms import annotate_acronyms
    from lint.annotate.mechanisms import annotate_mechanisms, extractor_for
    from lint.lines import document_from_lines
    from lint.sources.drugs import load_knowledge

    # The drug mentions, as `check` annotates them before the topics: a sentence naming a
    # drug takes no subject from the sentence before (evidence.py `_names_treatment`).
    extractor = None if args.no_drugs else extractor_for(detector.nlp, load_knowledge())

    pages = {}
    for row in rows:  # a site's rows stay in file order: the order of its page
        pages.setdefault(row["site"] if args.in_page or args.per_site else "", []).append(row)
    judged = []
    for page in pages.values():
        document = document_from_lines([r["text"] for r in page], "blank")
        if not args.no_headings:
            with_headings(document, [r["kind"] for r in page])
        annotate_acronyms([document])  # the evidence annotator reads them, as in `check`
        if extractor is not None:
            annotate_mechanisms([document], extractor)
        detector.annotate(document)
        judged += [(r, s) for r, s in zip(page, document.sentences) if r["kind"] == "claim"]
    rows = [r for r, _ in judged]
    sentences = [s for _, s in judged]
    return rows, [any(h.weak for h in s.annotations.evidence_topics) for s in sentences], \
        sentences


def with_headings(document, kinds: list[str]) -> None:
    """The lines of `kind` heading become heading blocks, each opening a section as a
    Markdown heading does: the first line, when a heading, is the page's title (level 1),
    later headings level 2 under it."""
    from lint.document.model import BlockKind, Section

    blocks = list(document.blocks)
    document.sections[:] = [document.sections[0]]
    document.sections[0].blocks[:] = []
    section, title = document.sections[0], ()
    for number, (block, kind) in enumerate(zip(blocks, kinds)):
        if kind == "heading":
            text = block.text.strip()
            level = 1 if number == 0 else 2
            if level == 1:
                title = (text,)
            section = Section(title=text, level=level,
                              path=(text,) if level == 1 else title + (text,),
                              line=block.span.start.line)
            document.sections.append(section)
            block.kind = BlockKind.HEADING
            block.meta.level = level
        block.section = section
        section.blocks.append(block)


if __name__ == "__main__":
    main()
