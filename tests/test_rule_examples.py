"""Every rule's own documented examples are run: fails must fire, passes must not."""

from __future__ import annotations

import pytest

from lint.rules.base import registry

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
    if example.markdown_bytes is not None:
        project.write("content/example.md", example.markdown_bytes)
    else:
        project.write("content/example.md", example.markdown or "")
    project.write("references.bib", example.bibtex or "")
    config = ['[tool.content-lint]', 'paths = ["content"]', 'bibliography = "references.bib"']
    if example.glossary is not None:
        project.write("content/glossary.yaml", example.glossary)
        config.append('glossary = "content/glossary.yaml"')
    if example.options:
        config += [f"[tool.content-lint.rules.{code}]", example.options]
    project.write("pyproject.toml", "\n".join(config) + "\n", dedent=False)
    result = project.run(use_baseline=False)
    fired = [d for d in result.diagnostics if d.code == code]
    if example.passes:
        assert not fired, f"{code} fired on its passing example: {fired}"
    else:
        assert fired, f"{code} did not fire on its failing example"
