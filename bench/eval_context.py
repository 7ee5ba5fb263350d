"""Cited sentences of whole manuscripts, read in context (profile `scholarly`).

`bench/eval_claims.py` judges each sentence alone. A check reads it in its
paragraph and section, with the citations of the other sentences in place:
a citation just before it may cover it (lint/annotate/coverage.py) and the
abstract, the authors' figures, formulas, announced contribution and worked
examples need none (lint/annotate/own_work.py). This rebuilds each set's
manuscript from its rows and their places (bench/data/citeworthy/context/,
made by bench/citeworthy_context.py): paragraphs under their headings, the
cited rows carrying a citation. Each sentence is then judged as CIT001
would judge it were its own citation missing, the others' kept: a claim,
and neither covered nor the authors' own work. Scores are against what the
authors cited, as in eval_claims.py; `claim alone` is the same judgment
without context (the reference figure).

    python3 bench/eval_context.py                    # dev sets, one table
    python3 bench/eval_context.py --train            # and the training manuscripts
    python3 bench/eval_context.py --errors deep-review   # its false alarms, with reasons
    python3 bench/eval_context.py --cues             # own-work cues: cited / sentences
    python3 bench/eval_context.py --test             # the test manuscripts too (once, at the end)
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from eval_claims import CITEWORTHY, DEEPREVIEW, read_tsv
from scores import label_scores

REPO = Path(__file__).resolve().parents[1]
CONTEXT = CITEWORTHY / "context"
CITED_KEY = "cited"


def context_sets(include_test: bool, include_train: bool = True
                 ) -> list[tuple[str, str, list[dict], list[dict]]]:
    """(name, split, rows, places) of every set whose context is here."""
    found = []
    for source in read_tsv(CITEWORTHY / "sources.tsv"):
        place = CONTEXT / f"{source['name']}.tsv"
        if (source["split"] == "test" and not include_test) or (
                source["split"] == "train" and not include_train):
            continue
        if place.is_file():
            found.append((source["name"], source["split"],
                          read_tsv(CITEWORTHY / f"{source['name']}.tsv"), read_tsv(place)))
    if DEEPREVIEW.is_file() and (CONTEXT / "deep-review.tsv").is_file():
        found.append(("deep-review", "dev", read_tsv(DEEPREVIEW),
                      read_tsv(CONTEXT / "deep-review.tsv")))
    else:
        print(f"skipped deep-review: {DEEPREVIEW} is not here (it exists beside the "
              "repository in CI and development only)", file=sys.stderr)
    return found


def build_document(rows: list[dict], places: list[dict], nlp):
    """The manuscript as the check would see it: a block per paragraph, a section per
    heading path, a citation on each cited row."""
    from lint.diagnostics import Position, Span
    from lint.document.model import Block, BlockKind, Citation, Document, Section, Sentence
    from lint.document.textmap import SourceText, TextMap

    document = Document(path="<manuscript>", source=SourceText(""))
    sections: dict[str, Section] = {}
    paragraphs: dict[str, list[dict]] = {}
    for row, place in zip(rows, places, strict=True):
        if row["id"] != place["id"]:
            raise SystemExit(f"context row {place['id']} does not match set row {row['id']}")
        paragraphs.setdefault(place["paragraph"], []).append({**row, **place})
    line = 0
    for members in paragraphs.values():
        heading = members[0]["heading"]
        if heading not in sections:
            path = tuple(heading.split(" > ")) if heading else ()
            sections[heading] = Section(title=path[-1] if path else "", level=len(path),
                                        path=path, line=line)
            document.sections.append(sections[heading])
        section = sections[heading]
        text = " ".join(m["text"] for m in members)
        line += 1
        span = Span(Position(line, 1), Position(line, len(text) + 1))
        mapping = TextMap()
        mapping.add(0, 0, len(text))
        doc = nlp(text)
        block = Block(kind=BlockKind.PARAGRAPH, text=text, span=span, section=section,
                      mapping=mapping, nlp_doc=doc)
        offset = 0
        for member in members:
            end = offset + len(member["text"])
            tokens = doc.char_span(offset, end, alignment_mode="expand")
            sentence_span = Span(Position(line, offset + 1), Position(line, end + 1))
            sentence = Sentence(text=member["text"], raw=member["text"], span=sentence_span,
                                start=offset, end=end, block=block,
                                token_start=tokens.start, token_end=tokens.end)
            if member["label"] == "1":
                sentence.citations.append(Citation(CITED_KEY, sentence_span, end, end))
            block.sentences.append(sentence)
            offset = end + 1
        section.blocks.append(block)
    return document


def judge_in_context(rows, places, profile: str = "scholarly", in_context: bool = True):
    """[(gold, claim, in context, sentence, why not, covered)] in the set's order; `claim` is
    the claim judgment moved by where the sentence stands (lint/annotate/in_context.py)
    unless `in_context` is false."""
    sys.path.insert(0, str(REPO))
    from lint.annotate.claims import ClaimDetector
    from lint.annotate.coverage import CoverageJudge
    from lint.annotate.in_context import InContextJudge
    from lint.annotate.own_work import OwnWorkJudge
    from lint.nlp import BLANK, pipeline

    nlp = pipeline(BLANK)
    document = build_document(rows, places, nlp)
    claims = ClaimDetector(nlp, profile=profile)
    for block in document.blocks:
        claims.judge_block(block)
    own_work = OwnWorkJudge(nlp)
    placed = dict(InContextJudge().judgments(document)) if in_context else {}
    results = []
    for sentence, covered in CoverageJudge(nlp).judgments(document):
        claim = int(sentence.annotations.claim.label)
        here = placed.get(sentence)
        if here is not None:
            sentence.annotations.in_context = here
            claim = int(here.score >= 0.5)
        own = own_work.judge(sentence, own_work._in_abstract(sentence.block.section))
        why = covered.reason if covered else own.reason if own else ""
        results.append((int(bool(sentence.citations)), claim, int(claim and not why), sentence,
                        why, covered is not None))
    return results


def table(include_test: bool, include_train: bool) -> list[dict]:
    rows = []
    for name, split, set_rows, places in context_sets(include_test, include_train):
        alone = judge_in_context(set_rows, places, in_context=False)
        placed = judge_in_context(set_rows, places)
        gold = [g for g, *_ in alone]
        rows.append({
            "set": name, "split": split,
            "alone": label_scores(gold, [c for _, c, *_ in alone]),
            "covered": label_scores(gold, [int(c and not cov)
                                           for _, c, _, _, _, cov in alone]),
            "own work": label_scores(gold, [p for _, _, p, *_ in alone]),
            "context": label_scores(gold, [p for _, _, p, *_ in placed])})
    return rows


def print_table(rows: list[dict]) -> None:
    print("| set | split | sentences | claim alone P / R | + coverage P / R "
          "| + own work P / R | + where it stands (CIT001) P / R | F1 |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        shown = " | ".join(f"{r[k]['precision']:.3f} / {r[k]['recall']:.3f}"
                           for k in ("alone", "covered", "own work", "context"))
        print(f"| {r['set']} | {r['split']} | {r['context']['n']} | {shown} | "
              f"{r['context']['f1']:.3f} |")


def print_errors(name: str) -> None:
    for set_name, split, set_rows, places in context_sets(include_test=False):
        if set_name != name:
            continue
        for gold, claim, predicted, sentence, why, _ in judge_in_context(set_rows, places):
            if claim and why:
                print(f"{'LOST' if gold else 'kept out'}: {sentence.text[:150]}\n    ({why})")
            elif predicted and not gold:
                print(f"false alarm: {sentence.text[:150]}")
        return
    raise SystemExit(f"no dev set named {name!r} with context here")


# Cues measured and not kept (own_work.yaml says why): cited about as often as any sentence.
REJECTED_CUES = {
    "'we' or 'our' as the subject": lambda s: re.match(
        r"(?:[A-Z][\w ,-]{0,60}?,\s*)?(?:we|our)\b", s.text, re.I),
    "'we found / observed ...'": lambda s: re.search(
        r"\bwe (?:found|find|observed|observe|show|showed|identified|detected|demonstrate)\b",
        s.text, re.I),
    "a sentence of a Methods or Results section": lambda s: any(
        word in " ".join(s.block.section.path).lower() for word in ("method", "result")),
}


def print_cues() -> None:
    """Each reason (and each rejected cue): sentences it takes, how many the authors
    cited, in the training | dev manuscripts."""
    from collections import Counter

    counts: dict[str, Counter] = {}

    def count(kind, split, gold):
        tally = counts.setdefault(kind, Counter())
        tally[split, "n"] += 1
        tally[split, "cited"] += gold

    for name, split, set_rows, places in context_sets(include_test=False):
        for gold, _, _, sentence, why, _ in judge_in_context(set_rows, places):
            count("all sentences", split, gold)
            if why:
                count(why.split(" (")[0], split, gold)
            for kind, test in REJECTED_CUES.items():
                if test(sentence):
                    count(f"not kept: {kind}", split, gold)
    for kind, tally in sorted(counts.items()):
        print(f"{kind}: train {tally['train', 'cited']}/{tally['train', 'n']} | "
              f"dev {tally['dev', 'cited']}/{tally['dev', 'n']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--test", action="store_true", help="the test manuscripts too")
    parser.add_argument("--train", action="store_true",
                        help="the training manuscripts too (the claim model learnt them)")
    parser.add_argument("--errors", metavar="SET", help="list a dev set's disagreements")
    parser.add_argument("--cues", action="store_true",
                        help="what each coverage / own-work reason takes, cited or not")
    args = parser.parse_args()
    if args.errors:
        print_errors(args.errors)
    elif args.cues:
        print_cues()
    else:
        print_table(table(args.test, args.train))


if __name__ == "__main__":
    main()
