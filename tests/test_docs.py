from __future__ import annotations

import argparse
import re
import shlex

import pytest

from lint.cli import build_parser
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


def _documented_commands(text: str):
    """The `content-lint ...` commands of a page's sh, yaml and plain code blocks."""
    inside, language = False, ""
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("```"):
            inside, language = not inside, stripped[3:]
            continue
        if inside and language in ("sh", "yaml", ""):
            for found in re.finditer(r"(?:^|run: |entry: |&& )(content-lint\s[^&#]*)", stripped):
                yield found.group(1).strip()


def _as_arguments(command: str) -> list[str]:
    # A synopsis (`[--format table|json]`, `[--online | --offline]`, `[PATH ...]`) stands
    # for its first choice.
    command = re.sub(r"\[([^][|]+?) \| [^][]*\]", r"\1", command)
    command = re.sub(r"\[PATHS?( \.\.\.)?\]|\.\.\.", "", command)
    words = shlex.split(command.replace("[", "").replace("]", ""))[1:]
    return [word.split("|")[0] for word in words]


def test_every_command_the_docs_show_is_accepted():
    # Parsing only: a documented option that was renamed or dropped fails here, cheaply.
    readme = (REPO / "README.md").read_text("utf-8")
    commands = list(_documented_commands(readme)) + re.findall(
        r"`(content-lint\s[^`]*)`", readme.replace("\n", " "))
    for page in sorted((REPO / "docs").glob("*.md")):  # docs/report.md's examples ...
        commands += _documented_commands(page.read_text("utf-8"))
    assert len(commands) > 30 and "content-lint check --format github" in commands
    for command in commands:
        try:
            build_parser().parse_args(_as_arguments(command))
        except SystemExit as done:  # --version exits 0, a refused command 2
            if done.code:
                pytest.fail(f"the docs show `{command}`, which content-lint refuses")


def _places(text: str) -> list[str]:
    """A page's prose paragraphs (as one line each) and its code blocks' lines."""
    out = []
    for i, part in enumerate(re.split(r"^```.*$", text, flags=re.M)):
        if i % 2:
            out += part.splitlines()
        else:
            out += [p.replace("\n", " ") for p in re.split(r"\n\s*\n", part)]
    return out


def test_every_option_is_documented_with_its_command():
    # Per command: `baseline --output` passed because `check --output` was documented.
    places = [place for page in [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
              if page.name != "rules.md" for place in _places(page.read_text("utf-8"))]

    def options(parser, name):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for command, sub in action.choices.items():
                    yield from options(sub, f"{name} {command}")
            else:
                for option in action.option_strings:
                    if option.startswith("--") and option != "--help":
                        yield name, option

    # The option in the same paragraph (or code line) as `content-lint COMMAND`.
    missing = [f"{name} {option}" for name, option in options(build_parser(), "content-lint")
               if not any(re.search(re.escape(option) + r"\b", place)
                          and re.search(re.escape(name) + r"\b", place) for place in places)]
    assert missing == [], "undocumented beside their command in README.md and docs/: " + \
        ", ".join(missing)
