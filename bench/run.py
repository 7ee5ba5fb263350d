"""Benchmark content-lint as a whole process on corpora built from content/.

For each corpus size: median wall time of several runs of
`content-lint check`, words per second and peak memory (from
/usr/bin/time when present, else the children's rusage), plus the cold
time for a single article and for `--version`. Numbers are printed as a
table and written to bench/out/results.json.

    python3 bench/run.py                 # sizes 1, 10, 100; 3 runs each
    python3 bench/run.py --sizes 1 10 100 1000 --runs 5
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import build, word_count  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "bench" / "out"
TIME = shutil.which("time") if Path("/usr/bin/time").exists() else None


def measure(command: list[str], cwd: Path) -> tuple[float, float | None, int, str]:
    """(wall seconds, peak MiB or None, exit code, stdout) of one whole process."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        wrapped = (["/usr/bin/time", "-f", "%M", "-o", report.name] + command
                   if Path("/usr/bin/time").exists() else command)
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        start = time.perf_counter()
        done = subprocess.run(wrapped, cwd=cwd, env=env, capture_output=True, text=True)
        wall = time.perf_counter() - start
        peak = None
        if Path("/usr/bin/time").exists():
            text = report.read().strip().splitlines()
            peak = int(text[-1]) / 1024 if text and text[-1].isdigit() else None
        else:
            after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            peak = after / 1024 if after > before else None
    return wall, peak, done.returncode, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description="content-lint whole-process benchmark")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    lint = [sys.executable, "-m", "lint"]
    results = {"python": sys.version.split()[0], "cores": os.cpu_count(), "sizes": []}

    wall, _, _, _ = measure(lint + ["--version"], REPO)
    results["version_seconds"] = round(wall, 3)

    print(f"{'articles':>8} {'words':>9} {'findings':>9} {'median s':>9} {'words/s':>10} "
          f"{'peak MiB':>9}")
    for size in args.sizes:
        corpus = build(size, OUT / f"corpus-{size}")
        words = word_count(corpus)
        command = lint + ["check", "--format", "json", "--fail-level", "never"]
        runs = [measure(command, corpus) for _ in range(args.runs)]
        for _, _, code, stdout in runs:
            if code != 0:
                raise SystemExit(f"content-lint failed on corpus-{size} (exit {code})")
        findings = json.loads(runs[0][3])["summary"]["findings"]
        median = statistics.median(r[0] for r in runs)
        peaks = [r[1] for r in runs if r[1] is not None]
        peak = max(peaks) if peaks else None
        row = {"articles": size, "words": words, "findings": findings,
               "median_seconds": round(median, 3), "words_per_second": round(words / median),
               "peak_mib": round(peak, 1) if peak else None,
               "runs": [round(r[0], 3) for r in runs]}
        results["sizes"].append(row)
        print(f"{size:>8} {words:>9} {findings:>9} {median:>9.2f} {words / median:>10.0f} "
              f"{(f'{peak:.0f}' if peak else '-'):>9}")
    print(f"--version: {results['version_seconds']:.2f} s")
    (OUT / "results.json").write_text(json.dumps(results, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
