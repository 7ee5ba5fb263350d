"""What the regular-expression searches a change gated cost, plain and gated (issue 21).

    python3 bench/regex_site_cost.py record CORPUS OUT.pkl   # the texts each gated search read
    python3 bench/regex_site_cost.py replay OUT.pkl MODE [SITE]   # MODE: none, old or new

`record` runs `check` on CORPUS (a `make_corpus.py` folder) with this tree and keeps, per
gated pattern, the texts it was asked to search. `replay` builds the plain pattern and its
gate for each site (in every mode, so set-up is the same) and searches the recorded texts:
`old` with the plain compiled pattern (what the code did before session 21's i276), `new`
through the gate, `none` not at all. Run each under callgrind; `old` − `none` and `new` −
`none` are the searches' instructions (bench/README, "Issue 21, session 21, branch i276").
"""

from __future__ import annotations

import collections
import pickle
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from lint.annotate import regex_gate as gate  # noqa: E402

# site -> how its recorded pattern starts (the gated patterns of i276's change)
SITES = {
    "part_pointer": ("GatedPattern", "(?:^(As shown in "),
    "off_topic": ("GatedSearches", "^(?!.*\\b(not|never"),
    "procedures": ("FoldedGatedPattern", "\\b(?:varicocele"),
    "stopped": ("FoldedGatedPattern", "\\b(?:stopped"),
    "before_kind": ("FoldedGatedPattern", "([^\\s,.;:()]+)(?:,? "),
    "after_kind": ("FoldedGatedPattern", "(?<![\\w-])(?<!natriuretic"),
    "own_class": ("FoldedGatedPattern", "\\b(?:this|the same)"),
}


def record(corpus: str, out: str) -> None:
    log = collections.defaultdict(list)

    def wrap(cls, name):
        original = getattr(cls, name)

        def logged(self, text, *rest):
            log[(cls.__name__, name, self.pattern.pattern)].append(text)
            return original(self, text, *rest)
        setattr(cls, name, logged)

    wrap(gate.GatedPattern, "search")
    wrap(gate.FoldedGatedPattern, "search")
    wrap(gate.FoldedGatedPattern, "finditer")
    searches = gate.GatedSearches.search

    def logged_search(self, index, text, open_):
        log[("GatedSearches", "search", self.patterns[index].pattern.pattern)].append(text)
        return searches(self, index, text, open_)
    gate.GatedSearches.search = logged_search
    from lint.cli import main

    main(["check", corpus, "--no-cache", "--no-baseline", "--format", "json",
          "--fail-level", "never", "--jobs", "1"])
    with open(out, "wb") as handle:
        pickle.dump(dict(log), handle)


def replay(recorded: str, mode: str, only: str | None = None) -> None:
    import yaml

    with open(recorded, "rb") as handle:
        log = pickle.load(handle)
    off_topic = yaml.safe_load((REPO / "lint/data/evidence_topics.yaml").read_text())[
        "off_topic"]["patterns"]
    runs = []
    for site, (kind, opening) in SITES.items():
        key = next(k for k in log if k[0] == kind and k[2].startswith(opening))
        source, method = key[2], key[1]
        plain = re.compile(source, re.IGNORECASE if kind == "FoldedGatedPattern" else 0)
        if site == "part_pointer":
            gated = gate.GatedPattern(plain, re.split(r"\|(?=\(\?:\^|\(\?:\\b)", source))
        elif site == "off_topic":
            gated = gate.GatedSearches([gate.GatedPattern(re.compile("|".join(off_topic)),
                                                          off_topic)])
        else:
            gated = gate.FoldedGatedPattern(plain, [source])
        runs.append((site, method, log[key], plain, gated))
    for site, method, texts, plain, gated in runs:
        if mode == "none" or (only and site != only):
            continue
        for text in texts:
            if mode == "old":
                list(plain.finditer(text)) if method == "finditer" else plain.search(text)
            elif site == "off_topic":
                gated.search(0, text, gated.open(text))
            elif method == "finditer":
                list(gated.finditer(text))
            else:
                gated.search(text)


if __name__ == "__main__":
    if sys.argv[1] == "record":
        record(sys.argv[2], sys.argv[3])
    else:
        replay(sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else None)
