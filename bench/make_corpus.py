"""Build a benchmark corpus of N articles from content/ by deterministic variation.

Each article is the repository's article with its sentences reordered
within paragraphs, some drug and term names swapped, and added uncited and
hedged sentences, so the rules have real work to do. The same N and seed
always give the same corpus.

    python3 bench/make_corpus.py 100 bench/out/corpus-100
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SWAPS = [("Tamoxifen", "Clomid"), ("Anastrozole", "Tamoxifen"), ("Sermorelin", "Ipamorelin"),
         ("clomiphene citrate", "Clomiphene Citrate"), ("HPG axis", "HPG Axis"),
         ("gonadotropin-releasing hormone", "GnRH")]
ADDED = [
    "Anastrozole increases LH and FSH secretion in most men.",
    "Ipamorelin may support recovery of spermatogenesis, although evidence remains limited.",
    "Clomiphene citrate raised serum testosterone by 65-90% in one cohort.",
    "Some experts believe that peptides improve sperm quality.",
    "Gonadorelin is administered orally twice daily.",
    "Studies have shown that hCG restores sperm production [@wenkler2018age].",
]
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def vary(text: str, rng: random.Random) -> str:
    body_start = text.find("\n---\n", 4) + 5 if text.startswith("---\n") else 0
    front, body = text[:body_start], text[body_start:]
    paragraphs = body.split("\n\n")
    out = []
    for paragraph in paragraphs:
        plain = paragraph and paragraph[0].isalpha() and "|" not in paragraph
        if plain:
            sentences = _SENTENCE_SPLIT.split(paragraph.replace("\n", " "))
            rng.shuffle(sentences)
            if rng.random() < 0.3:
                sentences.append(rng.choice(ADDED))
            paragraph = " ".join(sentences)
        out.append(paragraph)
    body = "\n\n".join(out)
    for old, new in SWAPS:
        if rng.random() < 0.3:
            body = body.replace(old, new)
    return front + body


def build(count: int, target: Path, seed: int = 20261126) -> Path:
    if target.exists():
        shutil.rmtree(target)
    (target / "content").mkdir(parents=True)
    articles = sorted((REPO / "content").glob("*.md"))
    for index in range(count):
        source = articles[index % len(articles)]
        rng = random.Random(seed * 100003 + index)
        text = vary(source.read_text("utf-8"), rng)
        (target / "content" / f"{source.stem}-{index:05d}.md").write_text(text, "utf-8")
    shutil.copy(REPO / "references.bib", target / "references.bib")
    shutil.copy(REPO / "content" / "glossary.yaml", target / "content" / "glossary.yaml")
    (target / "pyproject.toml").write_text(
        '[tool.content-lint]\npaths = ["content"]\nbibliography = "references.bib"\n'
        'glossary = "content/glossary.yaml"\n', "utf-8")
    return target


def word_count(target: Path) -> int:
    return sum(len(p.read_text("utf-8").split()) for p in (target / "content").glob("*.md"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument("target", type=Path)
    args = parser.parse_args()
    build(args.count, args.target)
    print(f"{args.count} articles, {word_count(args.target)} words in {args.target}")


if __name__ == "__main__":
    main()
