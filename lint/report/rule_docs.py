"""The rule reference, generated from the rules' own docstrings (docs/rules.md)."""

from __future__ import annotations

from lint.rules.base import Rule


def rule_page(rule: Rule, heading: str = "##") -> str:
    flags = []
    if rule.input_error:
        flags.append("input error (exit 2)")
    if rule.fixable:
        flags.append("fixable")
    meta = (f"Family `{rule.family}` · default severity **{rule.severity}** · "
            f"scope {rule.scope.value}" + (" · " + " · ".join(flags) if flags else ""))
    if rule.former_names:  # still accepted wherever a rule is selected
        meta += " · formerly " + ", ".join(f"`{name}`" for name in rule.former_names)
    parts = [f"{heading} {rule.code} `{rule.name}`", "", meta, "", rule.doc.strip(), ""]
    if rule.options:
        parts += ["Options (`[tool.content-lint.rules." + rule.code + "]`):", ""]
        for name, option in rule.options.items():
            allowed = f"; {option.allowed}" if option.allowed else ""
            parts.append(f"- `{name}` (default `{option.default!r}`{allowed}): "
                         f"{option.description}")
        parts.append("")
    return "\n".join(parts)


def rules_markdown(rules: dict[str, Rule]) -> str:
    lines = ["# Rules", "",
             "Generated from the rules' own source by `content-lint rules --markdown`;",
             "a test keeps this page in sync. Do not edit by hand.", "",
             "| code | name | severity | summary |", "| --- | --- | --- | --- |"]
    for rule in rules.values():
        lines.append(f"| [{rule.code}](#{rule.code.lower()}-{rule.name}) | `{rule.name}` "
                     f"| {rule.severity} | {rule.summary} |")
    lines.append("")
    for rule in rules.values():
        lines.append(rule_page(rule))
    return "\n".join(lines).rstrip() + "\n"


def rules_table(rules: dict[str, Rule]) -> str:
    width = max((len(r.name) for r in rules.values()), default=10)
    lines = [f"{r.code}  {r.name:<{width}}  {str(r.severity):<7}  {r.summary}"
             for r in rules.values()]
    return "\n".join(lines) + "\n"
