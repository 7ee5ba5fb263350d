"""CIT001 on labelled passages of books and course notes, with a genre chosen by a flag.

The set (bench/data/book_sentences/<split>/, made by a labeller: one Markdown file per
passage and a table of its sentences) labels each sentence `cite` ("a careful author of a
book in this field should give a source") and `author_cited` (the book's author cited it).
The passages are checked as a project of their own (`lint check --select CIT001
--no-baseline --no-cache`, a `content-lint.toml` naming the passages and the genre), and
each finding is matched to the labelled row of its file and line whose sentence, found on the
line, holds the finding's start column (else it is unmatched). Printed per book and pooled:

- P: findings on `cite` = 1 rows, of the findings matched to a row;
- R: `cite` = 1 rows the author left uncited that have a finding, of all such rows;
- uncited: the share of findings on rows the author did not cite (`author_cited` = 0);
- per 1k words: findings per 1,000 words of the labelled sentences;
- unmatched: findings on no labelled row (left out of P).

    python3 bench/eval_books.py --data DIR --split dev --genre health
    python3 bench/eval_books.py --data DIR --split dev --genre book

DIR is the set's folder: bench/data/book_sentences once i211's set is merged (the default);
until then pass `--data` with the folder that holds it (a split that is missing is named, exit 1).
    python3 bench/eval_books.py --data tests/data/book_sentences --split fixture --genre book
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "bench" / "data" / "book_sentences"
GENRES = ("health", "scholarly", "book")
DOCUMENTS = (".md", ".qmd", ".Rmd", ".markdown")

# The labels' column names, as the labellers may spell them.
_FILE = ("file", "passage", "path", "document")
_LINE = ("line", "line_no", "lineno")
_TEXT = ("sentence", "text")
_BOOK = ("book", "project", "source")


def _column(header: list[str], names: tuple[str, ...], required: bool = True) -> str | None:
    for name in names:
        if name in header:
            return name
    if required:
        raise SystemExit(f"labels: no column among {', '.join(names)} (columns: "
                         f"{', '.join(header)})")
    return None


def _flag(value: str) -> int | None:
    value = (value or "").strip().lower()
    if value in ("1", "yes", "y", "true"):
        return 1
    if value in ("0", "no", "n", "false"):
        return 0
    return None  # unlabelled or set aside


def _book_of(file: Path) -> str:
    # The set names a passage <book>__<chapter>.md; a fixture may use a folder per book.
    if "__" in file.name:
        return file.name.split("__")[0]
    return file.parts[0] if len(file.parts) > 1 else file.stem


def load_rows(split_dir: Path) -> list[dict]:
    """Every labelled sentence of a split: file (relative to the split), line, text, book,
    cite, author_cited. Rows whose `cite` is neither yes nor no are left out."""
    tables = sorted(p for p in split_dir.rglob("*.tsv") if p.name != "splits.tsv")
    rows: list[dict] = []
    for table in tables:
        with table.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader((line for line in handle if not line.startswith("#")),
                                    delimiter="\t", quoting=csv.QUOTE_NONE)
            header = [h.strip() for h in (reader.fieldnames or [])]
            if "cite" not in header:
                continue
            file_col, line_col = _column(header, _FILE), _column(header, _LINE)
            text_col, book_col = _column(header, _TEXT), _column(header, _BOOK, False)
            for row in reader:
                cite = _flag(row.get("cite"))
                if cite is None:
                    continue
                file = Path(row[file_col].strip())
                # A file named relative to the table's folder, or to the split.
                if not (split_dir / file).is_file() and (table.parent / file).is_file():
                    file = (table.parent / file).relative_to(split_dir)
                book = (row.get(book_col) or "").strip() if book_col else ""
                rows.append({"file": file.as_posix(), "line": int(row[line_col]),
                             "text": row[text_col], "cite": cite,
                             "author_cited": _flag(row.get("author_cited")) or 0,
                             "book": book or _book_of(file)})
    return rows


def run_cit001(split_dir: Path, files: list[str], genre: str) -> list[dict]:
    """CIT001's findings on the passages, as (file, line, start column, end line, end column)."""
    with tempfile.TemporaryDirectory(prefix="eval_books_") as scratch:
        root = Path(scratch)
        for name in files:
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(split_dir / name, root / name)
        paths = ", ".join(json.dumps(name) for name in files)
        (root / "content-lint.toml").write_text(
            f"paths = [{paths}]\ngenre = \"{genre}\"\n", "utf-8")
        out = root / "findings.json"
        env = dict(os.environ, PYTHONPATH=str(REPO))
        done = subprocess.run(
            [sys.executable, "-m", "lint", "check", "--select", "CIT001", "--no-baseline",
             "--no-cache", "--format", "json", "-o", str(out)],
            cwd=root, env=env, capture_output=True, text=True)
        if done.returncode not in (0, 1):
            raise SystemExit(f"lint check failed (exit {done.returncode}):\n{done.stderr}")
        found = json.loads(out.read_text("utf-8"))["diagnostics"]
    return [{"file": d["file"], "line": d["start"]["line"], "col": d["start"]["column"],
             "end_line": d["end"]["line"], "end_col": d["end"]["column"]}
            for d in found if d["code"] == "CIT001"]


def _squash(text: str) -> str:
    return " ".join(text.split())


def _place(text: str, line: str) -> tuple[int, int] | None:
    """Where a row's sentence stands on its line: (start, end) columns, 0-based; None when
    its text is not on the line as written (markup the label left out, a wrapped start)."""
    text = text.strip()
    at = line.find(text[:40]) if text else -1
    return (at, at + len(text)) if at >= 0 else None


def assign(findings: list[dict], rows: list[dict], split_dir: Path) -> list[int | None]:
    """For each finding, the index of its row, or None.

    A finding belongs to a row of its file and start line whose sentence, found on the line,
    holds the finding's start column; a finding on an unlabelled sentence of a labelled line,
    or on a row whose text is not on its line as written, belongs to none (it is never
    credited to the nearest row).
    """
    by_line: dict[tuple[str, int], list[int]] = defaultdict(list)
    for index, row in enumerate(rows):
        by_line[(row["file"], row["line"])].append(index)
    lines_of: dict[str, list[str]] = {}
    owners: list[int | None] = []
    for finding in findings:
        candidates = by_line.get((finding["file"], finding["line"]), [])
        owner = None
        if candidates:
            if finding["file"] not in lines_of:
                lines_of[finding["file"]] = (split_dir / finding["file"]).read_text(
                    "utf-8").splitlines()
            line = lines_of[finding["file"]][finding["line"] - 1]
            column = finding["col"] - 1
            for index in candidates:
                place = _place(rows[index]["text"], line)
                if place and place[0] <= column < place[1]:
                    owner = index
                    break
        owners.append(owner)
    return owners


def match(findings: list[dict], rows: list[dict], split_dir: Path) -> tuple[dict, int]:
    """Row index -> True for rows with a finding; and the number of findings on no row."""
    owners = assign(findings, rows, split_dir)
    return {i: True for i in owners if i is not None}, owners.count(None)


def figures(rows: list[dict], indices: list[int], hit: dict, unmatched: int) -> dict:
    found = [i for i in indices if hit.get(i)]
    right = sum(rows[i]["cite"] for i in found)
    wanted = [i for i in indices if rows[i]["cite"] and not rows[i]["author_cited"]]
    words = sum(len(rows[i]["text"].split()) for i in indices)
    return {"rows": len(indices), "cite": sum(rows[i]["cite"] for i in indices),
            "wanted": len(wanted), "findings": len(found) + unmatched,
            "P": right / len(found) if found else None,
            "R": sum(1 for i in wanted if hit.get(i)) / len(wanted) if wanted else None,
            "uncited": (sum(1 for i in found if not rows[i]["author_cited"]) / len(found)
                        if found else None),
            "per_1k": 1000 * (len(found) + unmatched) / words if words else 0.0,
            "unmatched": unmatched}


def _fmt(value) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="dev", help="dev or test (a folder of the set)")
    parser.add_argument("--genre", default="health", choices=GENRES)
    parser.add_argument("--data", type=Path, default=DATA, help="the set's folder")
    parser.add_argument("--json", action="store_true", help="the figures as JSON")
    parser.add_argument("--list", action="store_true",
                        help="also list the findings and the missed `cite` rows")
    args = parser.parse_args(argv)
    split_dir = (args.data / args.split).resolve()
    if not split_dir.is_dir():
        raise SystemExit(f"{split_dir}: no such split (the book set's folder is "
                         f"{args.data}; pass --data with the folder that holds it)")
    rows = load_rows(split_dir)
    if not rows:
        raise SystemExit(f"{split_dir}: no labelled sentences")
    files = sorted({row["file"] for row in rows})
    findings = run_cit001(split_dir, files, args.genre)
    owners = assign(findings, rows, split_dir)
    hit = {i: True for i in owners if i is not None}
    books: dict[str, list[int]] = defaultdict(list)
    for index, row in enumerate(rows):
        books[row["book"]].append(index)
    loose: dict[str, int] = defaultdict(int)
    book_of = {row["file"]: row["book"] for row in rows}
    for finding, owner in zip(findings, owners):
        if owner is None:
            loose[book_of.get(finding["file"], "?")] += 1
    result = {book: figures(rows, indices, hit, loose[book])
              for book, indices in sorted(books.items())}
    result["pooled"] = figures(rows, list(range(len(rows))), hit, sum(loose.values()))
    if args.list:
        for index, row in enumerate(rows):
            found, wanted = hit.get(index), row["cite"] and not row["author_cited"]
            if found or wanted:
                mark = ("right" if row["cite"] else "wrong") if found else "missed"
                print(f"{mark:6} {row['file']}:{row['line']} cite={row['cite']} "
                      f"author_cited={row['author_cited']} {_squash(row['text'])[:150]}")
    if args.json:
        print(json.dumps({"split": args.split, "genre": args.genre, "figures": result},
                         indent=1))
        return 0
    print(f"CIT001 on {args.split} books, genre {args.genre}")
    print(f"{'book':28} {'rows':>5} {'cite':>5} {'want':>5} {'finds':>6} {'P':>6} {'R':>6} "
          f"{'uncit':>6} {'/1kw':>6} {'unm':>4}")
    for book, f in result.items():
        print(f"{book[:28]:28} {f['rows']:5d} {f['cite']:5d} {f['wanted']:5d} "
              f"{f['findings']:6d} {_fmt(f['P']):>6} {_fmt(f['R']):>6} "
              f"{_fmt(f['uncited']):>6} {f['per_1k']:6.1f} {f['unmatched']:4d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
