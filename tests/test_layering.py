"""Imports point down the stages: the layering docs/architecture.md promises, read from the code."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "lint"

# Lower layers, lowest first; each may import only itself and the layers before it.
LOW_LAYERS = [
    {"lint", "lint.diagnostics", "lint.atomic", "lint.yamltext", "lint.data", "lint.normalise",
     "lint.startup_table"},
    {"lint.document"},
    {"lint.sources", "lint.config"},
]
# What rules and reporters may never import: they read the model, never judge or run.
NOT_FOR_READERS = ("lint.annotate", "lint.engine", "lint.cli", "lint.analyse", "lint.nlp")


def _module(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> list[tuple[str, int]]:
    """Modules imported at run time (typing-only imports under TYPE_CHECKING excluded)."""
    tree = ast.parse(path.read_text("utf-8"))
    typing_only = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            typing_only.update(id(n) for child in node.body for n in ast.walk(child))
    found = []
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, node.lineno))
            found.extend((f"{node.module}.{a.name}", node.lineno) for a in node.names)
        elif isinstance(node, ast.Import):
            found.extend((a.name, node.lineno) for a in node.names)
    return [(name, line) for name, line in found if name == "lint" or name.startswith("lint.")]


def _layer(module: str) -> int | None:
    best = None
    for index, layer in enumerate(LOW_LAYERS):
        for prefix in layer:
            if module == prefix or (prefix != "lint" and module.startswith(prefix + ".")):
                best = index
    return best


def _is_module(name: str) -> bool:
    path = PACKAGE.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: _module(p))
def test_lower_layers_import_nothing_above_them(path):
    own = _layer(_module(path))
    if own is None:
        return
    upward = [f"{name} (line {line})" for name, line in _imports(path)
              if _is_module(name) and (_layer(name) is None or _layer(name) > own)]
    assert not upward, f"{_module(path)} imports a higher layer: {upward}"


@pytest.mark.parametrize("path", [p for p in MODULES if p.parent.name in ("rules", "report")],
                         ids=lambda p: _module(p))
def test_rules_and_reporters_only_read(path):
    forbidden = [f"{name} (line {line})" for name, line in _imports(path)
                 if name.startswith(NOT_FOR_READERS)]
    assert not forbidden, f"{_module(path)} imports annotators, the engine or the CLI: {forbidden}"
    # Annotations are typed records: a string key would be a silent None on a typo.
    tree = ast.parse(path.read_text("utf-8"))
    keyed = [node.lineno for node in ast.walk(tree)
             if (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute)
                 and node.value.attr in ("annotations", "meta"))
             or (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                 and node.func.attr == "get" and isinstance(node.func.value, ast.Attribute)
                 and node.func.value.attr in ("annotations", "meta"))]
    assert not keyed, f"{_module(path)} reads annotations by string key at lines {keyed}"


def test_the_checks_see_the_layers():
    """The test would notice: a known upward import is caught, a downward one is not."""
    assert _layer("lint.document.markdown") == 1
    assert _layer("lint.sources.yamlfile") == 2
    assert _layer("lint.diagnostics") == 0
    assert _layer("lint.engine") is None
    assert any(name == "lint.document.model" for name, _ in
               _imports(PACKAGE / "document" / "markdown.py"))


def test_the_engine_and_filter_name_no_rule_code():
    """Special cases belong to rule attributes (reads_unreadable, scope), not the runner."""
    import re

    for name in ("engine.py", "filter.py", "analyse.py"):
        tree = ast.parse((PACKAGE / name).read_text("utf-8"))
        codes = [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant)
                 and isinstance(node.value, str) and re.fullmatch(r"[A-Z]{3}\d{3}", node.value)]
        assert not codes, f"lint/{name} names rule codes {codes}"
