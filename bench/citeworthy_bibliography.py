"""The bibliography of a citation-worthiness set's manuscript: its references' titles and
which references each row cited.

The sets (bench/data/citeworthy/, ../shared/eval/citeworthy_deepreview.tsv) drop the
citations from the text. A check reads the project's bibliography too; to measure what
the bibliography tells about a sentence (lint/annotate/in_context_refs.py), this reads the
manuscript at the set's commit again with `../shared/tools/citeworthy.py`'s own splitting,
keeps each row's citation keys, and maps them through the Manubot output branch
(`citations.tsv`: the key as written -> the short id; `references.json`: CSL JSON) to the
references. The output commit read is the first built at or after the set's commit (the
newest if none). Written: `bibliography/NAME.json` with `references` ([id, title], CSL
"title" only: titles are bibliographic facts; abstracts are not copied) and `cites`
({row id: [reference ids]}, only rows whose keys resolved).

    python3 bench/citeworthy_bibliography.py NAME GIT_DIR
    python3 bench/citeworthy_bibliography.py deep-review GIT_DIR --commit C
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CITEWORTHY = HERE / "data" / "citeworthy"
sys.path.insert(0, str(HERE))
from citeworthy_context import _letters, read_tsv  # noqa: E402  (the set's own readers)
SHARED = HERE.parents[1] / "shared"

# citeworthy.py's own patterns and filters (../shared/tools/citeworthy.py), so that the rows
# come out as the set's rows did.
CIT = re.compile(r"\[[^\[\]]*?-?@(?!fig[:-]|tbl[:-]|sec[:-]|eq[:-]|lst[:-])[A-Za-z0-9_][^\[\]]*\]")
XREF = re.compile(r"\\?@ref\([^)]*\)|\[?-?@(fig|tbl|sec|eq|lst)[:-][\w:-]+\]?")
SPLIT = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[A-Z(\"])")
ABBR = re.compile(r"\b(e\.g|i\.e|et al|Fig|vs|approx|Dr|cf|No|ca)\.$")
KEY = re.compile(r"-?@([A-Za-z0-9_][^\s;,\]]*)")
# Bare pandoc citations, bracketed before two sets were built (their README).
BARE = re.compile(r"(?<![\[\w;])@((?:doi|pmid|pmcid|arxiv|url|isbn|wikidata|tag):[^\s\];,]*[^\s\];,.])")


def paragraphs(text):
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
    text = re.sub(r"```.*?```", "\n\n", text, flags=re.S)
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    text = re.sub(r"\$\$.*?\$\$", " ", text, flags=re.S)
    for para in re.split(r"\n\s*\n", text):
        lines = [line for line in para.splitlines() if line.strip()]
        if not lines:
            continue
        first = lines[0].lstrip()
        if first.startswith(("#", "|", "!", "<", ":::", "{", "[^", "\\", "    ", "- ", "* ",
                             "+ ", ">")) or re.match(r"\d+\. ", first):
            continue
        yield " ".join(line.strip() for line in lines)


def sentences(para):
    parts, buf = [], ""
    for piece in SPLIT.split(para):
        buf = f"{buf} {piece}".strip() if buf else piece
        if not ABBR.search(buf):
            parts.append(buf)
            buf = ""
    if buf:
        parts.append(buf)
    return parts


def keyed_rows(name: str, text: str) -> list[tuple[str, str, list[str]]]:
    """(source file, clean text, citation keys as written) of one file, as citeworthy.py
    reads it."""
    found = []
    for para in paragraphs(text):
        for s in sentences(para):
            s2 = XREF.sub(" ", s)
            keys = [k.rstrip(".") for m in CIT.finditer(s2) for k in KEY.findall(m.group(0))]
            clean = " ".join(CIT.sub(" ", s2).split())
            clean = re.sub(r"\s+([.,;:])", r"\1", clean)
            words = re.findall(r"[A-Za-z]{2,}", clean)
            if len(words) < 6 or "`" in clean or "http" in clean or "\\" in clean:
                continue
            found.append((name, clean, keys))
    return found


def git(git_dir: str, *args: str) -> str:
    return subprocess.run(["git", "--git-dir", git_dir, *args], capture_output=True,
                          text=True, check=True).stdout


def output_commit(git_dir: str, commit: str) -> str:
    """The first commit of the output branch built at or after `commit`, else the newest."""
    when = int(git(git_dir, "show", "-s", "--format=%ct", commit).strip())
    branch = next(b for b in ("origin/output", "output")
                  if subprocess.run(["git", "--git-dir", git_dir, "rev-parse", "--verify", "-q", b],
                                    capture_output=True).returncode == 0)
    built = [line.split() for line in git(git_dir, "log", "--format=%H %ct", branch).splitlines()]
    after = [(int(t), h) for h, t in built if int(t) >= when]
    return min(after)[1] if after else built[0][0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("name")
    parser.add_argument("git_dir")
    parser.add_argument("--commit", help="default: the commit in sources.tsv")
    parser.add_argument("--verbose", action="store_true", help="name the keys not resolved")
    args = parser.parse_args()
    sources = {s["name"]: s for s in read_tsv(CITEWORTHY / "sources.tsv")}
    if args.name in sources:
        commit = args.commit or sources[args.name]["commit"]
        rows = read_tsv(CITEWORTHY / f"{args.name}.tsv")
        bracket = "bracketed" in sources[args.name]["files"]
    else:
        commit, bracket = args.commit, False
        rows = read_tsv(SHARED / "eval" / "citeworthy_deepreview.tsv")
    listing = git(args.git_dir, "ls-tree", "-r", "--name-only", commit).splitlines()
    named = {row["source"] for row in rows}
    files = {Path(p).name.replace(" ", "_"): p for p in listing
             if p.startswith("content/") and Path(p).name.replace(" ", "_") in named}
    # Each row's keys: the row of the same file and text (or, failing that, of the same first
    # letters) next in reading order.
    rebuilt: dict[str, list] = {}
    for name, path in files.items():
        text = git(args.git_dir, "show", f"{commit}:{path}")
        if bracket:
            text = BARE.sub(r"[@\1]", text)
        rebuilt[name] = keyed_rows(name, text)
    cursor: dict[str, int] = {}
    cites, unmatched, keyless = {}, 0, 0
    for row in rows:
        candidates = rebuilt.get(row["source"], [])
        start = cursor.get(row["source"], 0)
        probe = _letters(row["text"])[:60]
        index = next((i for i in range(start, len(candidates))
                      if candidates[i][1] == row["text"]), None)
        if index is None:
            index = next((i for i in range(start, len(candidates))
                          if _letters(candidates[i][1]).startswith(probe)), None)
        if index is None:
            unmatched += 1
            continue
        cursor[row["source"]] = index + 1
        keys = candidates[index][2]
        if row["label"] == "1":
            if keys:
                cites[row["id"]] = keys
            else:
                keyless += 1
    out_commit = output_commit(args.git_dir, commit)
    table = read_tsv_text(git(args.git_dir, "show", f"{out_commit}:citations.tsv"))
    references = json.loads(git(args.git_dir, "show", f"{out_commit}:references.json"))
    short = {}
    # Manubot's columns changed names over the years (manuscript_citekey, input_id, ...):
    # the one named short_* is the reference's id, every other names it as written.
    for entry in table:
        short_column = next(c for c in entry if c.startswith("short"))
        for column, key in entry.items():
            if column != short_column and key:
                short.setdefault(_key(key), entry[short_column])
    titles = {r["id"]: " ".join(str(r.get("title", "")).split()) for r in references}
    resolved, lost = {}, 0
    for row_id, keys in cites.items():
        ids = []
        for key in keys:
            found = short.get(_key(key))
            if found is None or found not in titles:
                lost += 1
                if args.verbose:
                    print(f"  not in the bibliography: {key}", file=sys.stderr)
                continue
            ids.append(found)
        if ids:
            resolved[row_id] = sorted(set(ids))
    cited_rows = sum(row["label"] == "1" for row in rows)
    out = CITEWORTHY / "bibliography" / f"{args.name}.json"
    out.parent.mkdir(exist_ok=True)
    payload = {"commit": commit, "output_commit": out_commit,
               "references": sorted([i, t] for i, t in titles.items() if t),
               "cites": resolved}
    out.write_text(json.dumps(payload, indent=0, ensure_ascii=False) + "\n", "utf-8")
    print(f"{args.name}: {len(titles)} references; cited rows {cited_rows}, with keys "
          f"{len(cites)}, resolved {len(resolved)}; rows not re-found {unmatched}, cited rows "
          f"without keys {keyless}, keys not in the bibliography {lost} (output {out_commit[:7]})",
          file=sys.stderr)
    return 0


def _key(key: str) -> str:
    """A citation key compared in lower case, without "url:" or a closing slash."""
    key = key.lower()
    return (key[4:] if key.startswith("url:") else key).rstrip("/")


def read_tsv_text(text: str) -> list[dict]:
    return list(csv.DictReader(text.splitlines(), delimiter="\t"))


if __name__ == "__main__":
    sys.exit(main())
