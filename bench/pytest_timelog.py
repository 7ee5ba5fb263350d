"""A pytest plugin: each test's wall and CPU seconds (setup, call and teardown together).

    PYTHONPATH=$PWD:$PWD/bench python3 -m pytest -p pytest_timelog -n 0 tests/test_x.py -q
    PYTEST_TIMELOG=/tmp/times.tsv PYTHONPATH=$PWD:$PWD/bench python3 -m pytest -p pytest_timelog ...

CPU is this process's user and system time plus that of the child processes it has
reaped (a test that runs `lint` in a subprocess is charged for it). The rows are printed
at the end of the run, slowest wall time first. With PYTEST_TIMELOG set, each row is also
appended to that file as the test ends, as `nodeid<TAB>wall<TAB>cpu`. The suite runs under
pytest-xdist by default (`addopts` in pyproject.toml: `-n auto`), and then the workers run
the tests and the table stays empty: give `-n 0` for the table, or read the file, where
every worker's rows are, one per test.
"""

from __future__ import annotations

import os
import resource
import time

import pytest

_rows: list[tuple[str, float, float]] = []


def cpu_seconds() -> float:
    """User and system CPU of this process and of its reaped children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    wall, cpu = time.perf_counter(), cpu_seconds()
    yield
    row = (item.nodeid, time.perf_counter() - wall, cpu_seconds() - cpu)
    _rows.append(row)
    log = os.environ.get("PYTEST_TIMELOG")
    if log:
        with open(log, "a", encoding="utf-8") as file:
            file.write(f"{row[0]}\t{row[1]:.3f}\t{row[2]:.3f}\n")


def pytest_terminal_summary(terminalreporter):
    if not _rows:  # the xdist controller: its workers ran the tests
        return
    terminalreporter.write_line("wall_s  cpu_s  test (setup + call + teardown)")
    for nodeid, wall, cpu in sorted(_rows, key=lambda row: -row[1]):
        terminalreporter.write_line(f"{wall:6.2f} {cpu:6.2f}  {nodeid}")
    terminalreporter.write_line(f"{sum(r[1] for r in _rows):6.2f} "
                                f"{sum(r[2] for r in _rows):6.2f}  in all ({len(_rows)} tests)")
