"""Which rules run, at which severity, with which options."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from lint.config import TABLE, Config, ConfigError, locate_key
from lint.diagnostics import Diagnostic, Severity, Span
from lint.rules.base import Rule

_CODE_PREFIX = re.compile(r"[A-Z]+[0-9]*")


def selector_matches(selector: str, rule: Rule) -> bool:
    """A selector is ALL, a rule name (or a name it had before a rename), a code, or a code
    prefix or family (CIT, CIT00)."""
    upper = selector.upper()
    lower = selector.lower()
    if upper == "ALL" or lower == rule.name or lower in rule.former_names:
        return True
    return _CODE_PREFIX.fullmatch(upper) is not None and rule.code.startswith(upper)


def is_known_selector(selector: str, rules: dict[str, Rule]) -> bool:
    return any(selector_matches(selector, rule) for rule in rules.values())


@dataclass
class RuleSet:
    rules: list[Rule]
    severity: dict[str, Severity]
    options: dict[str, dict[str, Any]]

    def diagnostics(self, rule: Rule, path: str | None, findings) -> list[Diagnostic]:
        """A rule's findings as diagnostics, at the severity configured for it."""
        return [Diagnostic(
            code=rule.code, name=rule.name, severity=self.severity.get(rule.code, rule.severity),
            path=finding.path or path or "", span=finding.span or Span.at(1),
            message=finding.message, suggestion=finding.suggestion, edits=finding.edits,
            context=finding.context, data=finding.data, input_error=rule.input_error)
            for finding in findings]


def resolve(config: Config, registry: dict[str, Rule], select: list[str] | None = None,
            ignore: list[str] | None = None) -> RuleSet:
    text = _config_text(config)
    select = list(select if select is not None else config.select)
    ignore = list(config.ignore) + list(ignore or [])
    for key, selectors in (("select", select), ("ignore", ignore),
                           ("severity", list(config.severity))):
        for selector in selectors:
            if not is_known_selector(selector, registry):
                raise ConfigError(f"'{selector}' in '{key}' names no rule "
                                  "(use a code such as CIT002, a family such as CIT, or a name)",
                                  config.source, locate_key(text, key) if text else None)
    chosen = []
    for rule in registry.values():
        picked = not select or any(selector_matches(s, rule) for s in select)
        dropped = any(selector_matches(s, rule) for s in ignore)
        # Input errors always run: without them a broken file would pass silently.
        if rule.input_error or (picked and not dropped):
            chosen.append(rule)
    severity = {}
    for rule in chosen:
        level = rule.severity
        # More specific selectors win: a code overrides its family.
        for selector, value in sorted(config.severity.items(), key=lambda kv: len(kv[0])):
            if selector_matches(selector, rule):
                level = value
        severity[rule.code] = level
    options = {}
    for code, values in config.rule_options.items():
        rule = registry.get(code)
        if rule is None:
            raise ConfigError(f"[tool.content-lint.rules.{code}]: no rule has code '{code}'",
                              config.source, locate_key(text, "rules") if text else None)
        for name, value in values.items():
            option = rule.options.get(name)
            if option is None:
                known = ", ".join(rule.options) or "none"
                raise ConfigError(f"rule {code} has no option '{name}' (options: {known})",
                                  config.source, locate_key(text, f"rules.{code}"))
            problem = option.problem(value)
            if problem is not None:
                line = locate_key(text, name, f"{TABLE}.rules.{code}") or \
                    locate_key(text, f"rules.{code}")
                raise ConfigError(f"option '{name}' of {code} {problem}", config.source, line)
        options[code] = values
    for rule in chosen:
        merged = {name: option.default for name, option in rule.options.items()}
        merged.update(options.get(rule.code, {}))
        options[rule.code] = merged
    return RuleSet(chosen, severity, options)


def _config_text(config: Config) -> str:
    if not config.source:
        return ""
    try:
        with open(config.source, encoding="utf-8") as handle:
            return handle.read()
    except OSError:
        return ""
