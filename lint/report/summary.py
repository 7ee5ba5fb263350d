"""Counts shared by the reporters."""

from __future__ import annotations

from collections import Counter

from lint.diagnostics import Severity, fail_level_name


def severity_counts(diagnostics) -> dict[str, int]:
    # Packed findings (lint/packed_findings.py) were counted as they were packed.
    counted = getattr(diagnostics, "severities", None)
    counts = counted if counted is not None else Counter(d.severity for d in diagnostics)
    return {str(level): counts.get(level, 0) for level in reversed(Severity)}


def summary(result) -> dict:
    return {
        "files": len(result.files),
        "findings": len(result.diagnostics),
        "by_severity": severity_counts(result.diagnostics),
        "failing": result.failing_count,
        "input_errors": len(result.input_errors),
        "fail_level": fail_level_name(result.fail_level),
        "baselined": len(result.baselined),
        "stale_baseline_entries": len(result.stale),
        "exit_code": result.exit_code,
    }
