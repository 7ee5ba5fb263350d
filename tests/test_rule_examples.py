"""Every rule's own documented examples are run: fails must fire, passes must not."""

from __future__ import annotations

import pytest

from lint.rules.base import registry

from conftest import run_example

RULES = registry()
CASES = [(code, index, example) for code, rule in RULES.items()
         for index, example in enumerate(rule.examples)]


def test_every_rule_has_failing_and_passing_examples():
    for code, rule in RULES.items():
        kinds = {example.passes for example in rule.examples}
        assert kinds == {True, False}, f"{code} needs at least one Fails and one Passes example"
        assert "Why:" in rule.doc, f"{code} must say why it matters"


@pytest.mark.parametrize("code,index,example", CASES,
                         ids=[f"{c}-{'pass' if e.passes else 'fail'}-{i}" for c, i, e in CASES])
def test_rule_example(project, code, index, example):
    fired = run_example(project, code, example)
    if example.passes:
        assert not fired, f"{code} fired on its passing example: {fired}"
    else:
        assert fired, f"{code} did not fire on its failing example"
