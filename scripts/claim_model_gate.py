"""The gate a retrained claim model passes before it ships (docs/model-card-claims.md).

A candidate model (a claim_model.json written elsewhere, e.g. by
`scripts/train_claims.py --candidate FILE`) is installed in lint/data with what
follows from it (bench/fit_in_context.py --write, the start-up tables), and the
tests that pin claim verdicts run against it in one process. If any fails, every
file the gate touched is put back byte for byte and the gate exits 1: the
shipped model stays. If all pass, the candidate stays installed (exit 0); then
run `python3 -m lint check` and read any new findings before re-recording the
baseline.

Why: in session 22 a retrain with round 28 raised the article's rule precision
and was committed, then rejected ten sentences the suite pins as claims (a
measles sentence above a reference list, a clinic's nurses' finding, a sentence in
capitals); it was found by CI and reverted (f5cae31d). The gate runs those tests
before a model is written.

    python3 scripts/claim_model_gate.py --candidate /tmp/claim_model.json
    python3 scripts/claim_model_gate.py --candidate FILE --dry-run   # test, then restore
    python3 scripts/claim_model_gate.py --list                       # the pinned tests
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "lint" / "data"
sys.path.insert(0, str(REPO / "bench"))
from eval_claims import DEEPREVIEW  # noqa: E402  (bench/fit_in_context.py fits with it)

# The files a model change rewrites: the model, the in-context weights fitted on its scores,
# and the start-up tables (parsed_data.bin holds in_context.yaml as parsed).
TOUCHED = ("claim_model.json", "in_context.yaml", "parsed_data.bin", "regex_programs.bin",
           "dataclass_code.bin", "knowledge_snapshot.bin", "phrase_tokens.json.gz",
           "phrase_keys.bin")
# The tests that pin claim verdicts (sentences the suite holds to be claims or not, CIT001
# findings, counts of claims in reports): the session-22 failures were in the first four
# groups; the others read the model's verdicts too.
PINNED = ("tests/test_claims*.py", "tests/test_other_projects*.py", "tests/test_book_genre.py",
          "tests/test_first_hour.py", "tests/test_claim_model.py", "tests/test_claim_page.py",
          "tests/test_not_claim_order.py", "tests/test_classify_one_file_s19_i246.py",
          "tests/test_in_context.py", "tests/test_report_editorial.py",
          "tests/test_rule_examples.py", "tests/rules/test_rule_cases.py")
# Besides: every test file that names what a claim verdict decides, so that a new test that
# pins one is run without anyone adding it here (review of i324, finding 3: a CIT001 verdict
# in test_check_flow.py was missed by the list kept by hand).
READS_VERDICTS = re.compile(r'CIT001|ClaimModel|claim_model|"classify", "claims"'
                            r'|annotations\.claim\b|claims_gold')
# Run after the candidate is installed, in this order (each with PYTHONPATH=REPO).
FOLLOW_UPS = (("bench/fit_in_context.py", "--write"),
              ("scripts/build_knowledge_snapshot.py",), ("scripts/build_phrase_tokens.py",),
              ("scripts/build_startup_tables.py",),
              ("scripts/build_knowledge_snapshot.py", "--check"),
              ("scripts/build_phrase_tokens.py", "--check"),
              ("scripts/build_startup_tables.py", "--check"))


def pinned_tests(repo: Path = REPO) -> list[str]:
    found = []
    for pattern in PINNED:
        found += sorted(str(p.relative_to(repo)) for p in repo.glob(pattern))
    for path in sorted((repo / "tests").rglob("test_*.py")):
        if READS_VERDICTS.search(path.read_text("utf-8", errors="replace")):
            found.append(str(path.relative_to(repo)))
    return list(dict.fromkeys(found))


def _run(args: list[str], log) -> int:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    log("   $ " + " ".join(args))
    return subprocess.run(args, cwd=REPO, env=env).returncode


def _replace(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all (a temporary file renamed over it): a gate
    stopped mid-write leaves the old bytes or the new, never half of either."""
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", delete=False) \
            as out:
        out.write(data)
    os.replace(out.name, path)


def _restore(saved: dict[str, bytes | None], data: Path) -> None:
    for name, before in saved.items():
        if before is None:
            (data / name).unlink(missing_ok=True)  # it was not there before the gate
        else:
            _replace(data / name, before)


class Stopped(Exception):
    """SIGTERM or SIGHUP (what `timeout` and a closed terminal send): raised so that the
    gate restores the shipped files as it does on Ctrl-C."""


def _stop(signum, frame):
    raise Stopped(signal.Signals(signum).name)


def gate(candidate: Path, keep: bool = True, log=print, data: Path | None = None,
         steps=None, tests: list[str] | None = None) -> bool:
    """Install `candidate`, rebuild what follows from it, run the pinned tests; on failure,
    on a signal (or with keep=False) restore every touched file. True when the tests passed.
    (`data`, `steps`, `tests`: other files and commands, for the gate's own tests.)"""
    data = DATA if data is None else data
    steps = FOLLOW_UPS if steps is None else steps
    if steps is FOLLOW_UPS and not DEEPREVIEW.is_file():
        # bench/fit_in_context.py fits the in-context weights with it: without it the
        # candidate would be tested, and shipped, with the old model's weights.
        log(f"claim model gate: refused: {DEEPREVIEW} is not here (bench/fit_in_context.py "
            "--write needs it); nothing installed")
        return False
    saved = {name: ((data / name).read_bytes() if (data / name).is_file() else None)
             for name in TOUCHED}
    handlers = {sig: signal.signal(sig, _stop) for sig in (signal.SIGTERM, signal.SIGHUP)}
    passed = False
    try:
        _replace(data / "claim_model.json", candidate.read_bytes())
        for step in steps:
            if _run([sys.executable, *step], log):
                log(f"claim model gate: {step[0]} failed")
                return False
        tests = pinned_tests() if tests is None else tests
        log(f"claim model gate: {len(tests)} test files that pin claim verdicts")
        passed = _run([sys.executable, "-m", "pytest", "-n", "0", "-q", "-p", "no:cacheprovider",
                       *tests], log) == 0
        return passed
    finally:
        for sig in handlers:
            signal.signal(sig, signal.SIG_IGN)  # a second signal must not stop the restore
        try:
            if not (passed and keep):
                _restore(saved, data)
                log("claim model gate: " + ("passed; " if passed else "FAILED; ")
                    + "the shipped model and tables restored byte for byte")
            else:
                log(f"claim model gate: passed; {data / 'claim_model.json'} is the candidate")
        finally:
            for sig, handler in handlers.items():
                signal.signal(sig, handler)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--candidate", type=Path, help="the candidate claim_model.json")
    parser.add_argument("--dry-run", action="store_true",
                        help="run the gate, then restore the shipped files either way")
    parser.add_argument("--list", action="store_true", help="print the pinned test files")
    args = parser.parse_args()
    if args.list:
        print("\n".join(pinned_tests()))
        return 0
    if not args.candidate or not args.candidate.is_file():
        parser.error("--candidate FILE: a claim_model.json to test")
    return 0 if gate(args.candidate.resolve(), keep=not args.dry_run) else 1


if __name__ == "__main__":
    sys.exit(main())
