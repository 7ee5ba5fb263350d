from __future__ import annotations

from lint.report.rule_docs import rules_markdown
from lint.rules.base import registry

from conftest import REPO


def test_rules_page_is_in_sync():
    page = (REPO / "docs" / "rules.md").read_text("utf-8")
    assert page == rules_markdown(registry()), (
        "docs/rules.md is stale: run `content-lint rules --markdown > docs/rules.md`")


def test_rule_codes_and_names_are_unique_and_well_formed():
    rules = registry()
    names = [rule.name for rule in rules.values()]
    assert len(names) == len(set(names))
    for code, rule in rules.items():
        assert code[:3].isalpha() and code[3:].isdigit() and len(code) == 6
        assert rule.name == rule.name.lower() and " " not in rule.name
        assert rule.summary.endswith(".")


def test_readme_lists_every_rule():
    readme = (REPO / "README.md").read_text("utf-8")
    for code in registry():
        assert code in readme, f"README.md does not mention {code}"
