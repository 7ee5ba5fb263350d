"""Benchmark content-lint as a whole process on corpora built from content/.

For each corpus size: median wall time of several runs of
`content-lint check`, words per second and peak memory (from
/usr/bin/time when present, else the children's rusage), plus the cold
time for a single article and for `--version`. Numbers are printed as a
table and written to bench/out/results.json.

    python3 bench/run.py                 # sizes 1, 10, 100; 3 runs each
    python3 bench/run.py --sizes 1 10 100 1000 --runs 5
    python3 bench/run.py --sizes --no-peers --incremental 300   # only the incremental row

The incremental row: in a corpus of N articles (default 300) with the
cache filled, one article is changed and `check` rerun ("warm"), against
`check --no-cache` on the same files ("cold"); each warm run changes
another article, so the whole-run cache never answers. The last warm
output must equal the cold one.

Peak memory is that of the largest single process (with --jobs, the parent
or one worker), as /usr/bin/time reports it.
"""

from __future__ import annotations

import argparse
import compileall
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


def measure(command: list[str], cwd: Path) -> tuple[float, float | None, int, str, float]:
    """(wall seconds, peak MiB or None, exit code, stdout, CPU seconds) of one whole process.

    CPU seconds (user + system, the process and its workers) move far less than wall
    time when other work shares the machine.
    """
    env = dict(os.environ, PYTHONPATH=str(REPO))
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        wrapped = (["/usr/bin/time", "-f", "%M", "-o", report.name] + command
                   if Path("/usr/bin/time").exists() else command)
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        before, cpu_before = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
        start = time.perf_counter()
        done = subprocess.run(wrapped, cwd=cwd, env=env, capture_output=True, text=True)
        wall = time.perf_counter() - start
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = usage.ru_utime + usage.ru_stime - cpu_before
        peak = None
        if Path("/usr/bin/time").exists():
            text = report.read().strip().splitlines()
            peak = int(text[-1]) / 1024 if text and text[-1].isdigit() else None
        else:
            after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            peak = after / 1024 if after > before else None
    return wall, peak, done.returncode, done.stdout, cpu


def install_peers() -> dict[str, list[str]]:
    """proselint (PyPI) in its own venv and textlint + textlint-rule-terminology (npm)."""
    peers = {}
    venv = OUT / "venv-proselint"
    if not (venv / "bin" / "proselint").exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "proselint"], check=True)
    peers["proselint"] = [str(venv / "bin" / "proselint"), "--output-format", "json", "check"]
    node = OUT / "node"
    if not (node / "node_modules" / ".bin" / "textlint").exists() and shutil.which("npm"):
        node.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--silent", "--prefix", str(node), "textlint",
                        "textlint-rule-terminology"], check=True, capture_output=True)
    if (node / "node_modules" / ".bin" / "textlint").exists():
        peers["textlint"] = [str(node / "node_modules" / ".bin" / "textlint"), "--config",
                             str(OUT / "textlintrc.json"), "--format", "json"]
        (OUT / "textlintrc.json").write_text(json.dumps(_textlint_config()), "utf-8")
    return peers


def _textlint_config() -> dict:
    """textlint-rule-terminology with the glossary's rejected variants and brands."""
    import yaml

    glossary = yaml.safe_load((REPO / "content" / "glossary.yaml").read_text("utf-8"))
    terms = []
    for entry in glossary["entries"]:
        preferred = entry.get("preferred") or entry["term"]
        for variant in entry.get("rejected", []) + entry.get("brands", []):
            terms.append([variant, preferred])
        if entry.get("case") == "lower":
            terms.append([preferred.title(), preferred])
    return {"rules": {"terminology": {"defaultTerms": False, "terms": terms}}}


def incremental(lint: list[str], size: int, runs: int) -> dict:
    """One article changed in a corpus of `size`: warm rerun (article cache) vs cold."""
    corpus = build(size, OUT / f"corpus-incremental-{size}")
    articles = sorted((corpus / "content").glob("*.md"))
    check = lint + ["check", "--format", "json", "--fail-level", "never"]
    measure(check, corpus)  # fill the cache
    warm = []
    for run in range(runs):
        changed = articles[(run * 37) % len(articles)]
        with changed.open("a", encoding="utf-8") as handle:
            handle.write(f"\nClomiphene raised LH in run {run} of the benchmark.\n")
        warm.append(measure(check, corpus))
    cold = [measure(check + ["--no-cache"], corpus) for _ in range(runs)]
    identical = warm[-1][3] == cold[0][3] and json.loads(cold[0][3])["summary"]["findings"] > 0
    row = {"articles": size, "words": word_count(corpus),
           "warm_median_seconds": round(statistics.median(r[0] for r in warm), 3),
           "cold_median_seconds": round(statistics.median(r[0] for r in cold), 3),
           "warm_median_cpu_seconds": round(statistics.median(r[4] for r in warm), 3),
           "cold_median_cpu_seconds": round(statistics.median(r[4] for r in cold), 3),
           "warm_peak_mib": round(max(r[1] for r in warm if r[1] is not None), 1)
           if any(r[1] is not None for r in warm) else None,
           "identical_findings": identical}
    row["warm_over_cold"] = round(row["warm_median_seconds"] / row["cold_median_seconds"], 3)
    row["warm_over_cold_cpu"] = round(row["warm_median_cpu_seconds"]
                                      / row["cold_median_cpu_seconds"], 3)
    print(f"one article changed in {size}: warm {row['warm_median_seconds']:.2f} s, cold "
          f"{row['cold_median_seconds']:.2f} s, warm/cold {row['warm_over_cold']:.1%} "
          f"(CPU: {row['warm_median_cpu_seconds']:.2f} s / {row['cold_median_cpu_seconds']:.2f} s"
          f" = {row['warm_over_cold_cpu']:.1%}), identical findings: {identical}")
    if not identical:
        raise SystemExit("the warm rerun's findings differ from the cold run's")
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description="content-lint whole-process benchmark")
    parser.add_argument("--sizes", type=int, nargs="*", default=[1, 10, 100])
    parser.add_argument("--incremental", type=int, default=300, metavar="N",
                        help="articles of the one-article-changed row (0: skip it)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-peers", action="store_true", help="skip proselint and textlint")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    lint = [sys.executable, "-m", "lint"]
    results = {"python": sys.version.split()[0], "cores": os.cpu_count(), "sizes": []}

    results["load_average"] = [os.getloadavg()]
    # As installed: pip writes the bytecode, so no process here should compile the
    # package from source (it would when PYTHONDONTWRITEBYTECODE is set: 0.1 s a process).
    compileall.compile_dir(REPO / "lint", quiet=1)
    wall, _, _, _, _ = measure(lint + ["--version"], REPO)
    results["version_seconds"] = round(wall, 3)
    one = build(1, OUT / "corpus-cold")
    cold_one = [measure(lint + ["check", "--no-cache", "--fail-level", "never"], one)
                for _ in range(args.runs)]
    results["one_article_cold_seconds"] = round(statistics.median(r[0] for r in cold_one), 3)
    results["one_article_cold_cpu_seconds"] = round(statistics.median(r[4] for r in cold_one), 3)

    peers = {} if args.no_peers else install_peers()
    print(f"{'tool':<22} {'articles':>8} {'words':>9} {'median s':>9} {'words/s':>10} "
          f"{'peak MiB':>9} {'vs proselint':>12} {'vs textlint':>11} {'CPU s':>7} "
          f"{'CPU vs proselint':>16}")
    for size in args.sizes:
        corpus = build(size, OUT / f"corpus-{size}")
        words = word_count(corpus)
        files = sorted(str(p) for p in (corpus / "content").glob("*.md"))
        commands = {
            "content-lint": lint + ["check", "--format", "json", "--fail-level", "never",
                                    "--no-cache"],
            "content-lint --jobs 2": lint + ["check", "--format", "json", "--fail-level",
                                             "never", "--no-cache", "--jobs", "2"],
            "content-lint (rerun)": lint + ["check", "--format", "json", "--fail-level",
                                            "never"],
        }
        for name, command in peers.items():
            commands[name] = command + files
        rows = {}
        for name, command in commands.items():
            if name == "content-lint (rerun)":
                measure(command, corpus)  # fill the cache: the rerun is what is timed
            runs = [measure(command, corpus) for _ in range(args.runs)]
            if name.startswith("content-lint"):
                if any(r[2] != 0 for r in runs):
                    raise SystemExit(f"{name} failed on corpus-{size}: exit codes "
                                     f"{sorted({r[2] for r in runs})}")
                findings = json.loads(runs[0][3])["summary"]["findings"]
            median = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[4] for r in runs)
            peaks = [r[1] for r in runs if r[1] is not None]
            rows[name] = {"tool": name, "articles": size, "words": words,
                          "findings": findings if name.startswith("content-lint") else None,
                          "median_seconds": round(median, 3),
                          "median_cpu_seconds": round(cpu, 3),
                          "words_per_second": round(words / median),
                          "peak_mib": round(max(peaks), 1) if peaks else None,
                          "exit_codes": sorted({r[2] for r in runs})}
        for name, row in rows.items():
            ratios = []
            for peer in ("proselint", "textlint"):
                other = rows.get(peer)
                ratios.append(f"{row['words_per_second'] / other['words_per_second']:.2f}x"
                              if other else "-")
            row["vs_proselint"], row["vs_textlint"] = ratios
            other = rows.get("proselint")
            cpu = row["median_cpu_seconds"]
            row["cpu_vs_proselint"] = (f"{other['median_cpu_seconds'] / cpu:.2f}x"
                                       if other and cpu else "-")
            results["sizes"].append(row)
            peak = row["peak_mib"]
            print(f"{name:<22} {size:>8} {words:>9} {row['median_seconds']:>9.2f} "
                  f"{row['words_per_second']:>10} {(f'{peak:.0f}' if peak else '-'):>9} "
                  f"{ratios[0]:>12} {ratios[1]:>11} {row['median_cpu_seconds']:>7.2f} "
                  f"{row['cpu_vs_proselint']:>16}")
    if args.incremental:
        results["incremental"] = incremental(lint, args.incremental, args.runs)
    results["load_average"].append(os.getloadavg())
    print(f"--version: {results['version_seconds']:.2f} s; one article, cold: "
          f"{results['one_article_cold_seconds']:.2f} s "
          f"({results['one_article_cold_cpu_seconds']:.2f} s CPU); load average at start and "
          f"end: {results['load_average']}")
    by_size = {row["articles"]: row for row in results["sizes"] if row["tool"] == "content-lint"}
    jobs = {row["articles"]: row for row in results["sizes"]
            if row["tool"] == "content-lint --jobs 2"}
    for size in sorted(by_size):
        row = by_size[size]
        per_article = row["median_seconds"] / size
        # Workers' CPU adds up, so only wall time says what --jobs gains.
        speedup = row["median_seconds"] / jobs[size]["median_seconds"] if size in jobs else None
        row["seconds_per_article"] = round(per_article, 4)
        print(f"{size:>5} articles, {row['findings']} findings: {per_article:.3f} s per article"
              + (f"; --jobs 2 is {speedup:.2f}x one process" if speedup else ""))
    (OUT / "results.json").write_text(json.dumps(results, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
