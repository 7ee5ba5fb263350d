"""scripts/claim_model_gate.py puts the shipped files back whatever stops it (review of i324,
findings 1-3), on a tiny set of fake files in a temporary folder: a signal from `timeout`,
a file the follow-ups create, a missing deep-review set, pinned tests found by what they
read."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from conftest import REPO

sys.path.insert(0, str(REPO / "scripts"))
import claim_model_gate  # noqa: E402


def _fake_data(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "claim_model.json").write_text('{"shipped": true}\n')
    (data / "in_context.yaml").write_text("cues: {}\n")
    candidate = tmp_path / "candidate.json"
    candidate.write_text('{"candidate": true}\n')
    return data, candidate


def _snapshot(data):
    return {p.name: p.read_bytes() for p in sorted(data.iterdir())}


def _step(data, marker, then: str) -> tuple[str, ...]:
    """A follow-up that rewrites one file, creates another, says it started, then `then`."""
    return ("-c", "import pathlib, sys, time\n"
                  f"d = pathlib.Path({str(data)!r})\n"
                  "(d / 'in_context.yaml').write_text('refitted')\n"
                  "(d / 'new_table.bin').write_bytes(b'built')\n"
                  f"pathlib.Path({str(marker)!r}).touch()\n" + then)


def test_a_failing_follow_up_restores_every_file_and_removes_new_ones(tmp_path, monkeypatch):
    data, candidate = _fake_data(tmp_path)
    before = _snapshot(data)
    monkeypatch.setattr(claim_model_gate, "TOUCHED",
                        ("claim_model.json", "in_context.yaml", "new_table.bin"))
    step = _step(data, tmp_path / "started", "sys.exit(1)")
    assert claim_model_gate.gate(candidate, data=data, steps=(step,), tests=[],
                                 log=lambda _: None) is False
    assert _snapshot(data) == before  # no temporary file left either


def test_a_passing_gate_keeps_the_candidate(tmp_path, monkeypatch):
    data, candidate = _fake_data(tmp_path)
    monkeypatch.setattr(claim_model_gate, "TOUCHED", ("claim_model.json", "in_context.yaml"))
    ok = (REPO / "tests" / "test_claim_model_gate_s23_i334.py").relative_to(REPO)
    passed = claim_model_gate.gate(candidate, data=data, steps=(), log=lambda _: None,
                                   tests=[f"{ok}::test_pinned_tests_are_found_by_what_they_read"])
    assert passed is True
    assert (data / "claim_model.json").read_bytes() == candidate.read_bytes()


def test_sigterm_restores_the_shipped_files(tmp_path):
    # What `timeout` sends: before the review the candidate stayed installed.
    data, candidate = _fake_data(tmp_path)
    before = _snapshot(data)
    marker = tmp_path / "started"
    step = _step(data, marker, "time.sleep(60)")
    code = ("import sys\n"
            f"sys.path.insert(0, {str(REPO / 'scripts')!r})\n"
            "import claim_model_gate as g\n"
            "from pathlib import Path\n"
            "g.TOUCHED = ('claim_model.json', 'in_context.yaml', 'new_table.bin')\n"
            f"g.gate(Path({str(candidate)!r}), data=Path({str(data)!r}), steps=({step!r},),"
            " tests=[])\n")
    gate = subprocess.Popen([sys.executable, "-c", code], cwd=REPO,
                            env=dict(os.environ, PYTHONPATH=str(REPO)))
    for _ in range(300):
        if marker.exists():
            break
        time.sleep(0.1)
    assert marker.exists()
    assert (data / "claim_model.json").read_bytes() == candidate.read_bytes()  # installed
    gate.send_signal(signal.SIGTERM)
    assert gate.wait(timeout=60) != 0
    assert _snapshot(data) == before


def test_the_gate_refuses_without_the_deep_review_set(tmp_path, monkeypatch):
    # Without it bench/fit_in_context.py --write fits nothing: the candidate would be tested
    # with the shipped model's in-context weights.
    data, candidate = _fake_data(tmp_path)
    before = _snapshot(data)
    monkeypatch.setattr(claim_model_gate, "DEEPREVIEW", tmp_path / "absent.tsv")
    said = []
    assert claim_model_gate.gate(candidate, data=data, log=said.append) is False
    assert _snapshot(data) == before
    assert "refused" in said[0] and "absent.tsv" in said[0]


def test_pinned_tests_are_found_by_what_they_read():
    # Test files pinning CIT001 findings that the hand-kept list missed (review of i324).
    pinned = claim_model_gate.pinned_tests()
    for name in ("tests/test_check_flow.py", "tests/test_report_agreement.py",
                 "tests/test_incremental.py", "tests/test_claim_model.py"):
        assert name in pinned, name
    # Not every test file: front matter parsing has no claim verdict.
    assert (REPO / "tests" / "test_front_matter_fast.py").is_file()
    assert "tests/test_front_matter_fast.py" not in pinned
