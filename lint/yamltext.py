"""YAML helpers shared by every layer: the fast safe loader, line-keeping mappings, cleaning."""

from __future__ import annotations

import yaml

# libyaml's safe loader where installed, for the shipped data files (trusted, read each run).
FAST_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _construct_expression(loader, node):
    # Quarto and R Markdown evaluate `!expr Sys.Date()` in R when they render; the linter
    # keeps the expression's text (only a scalar: the tag stands before one expression).
    return loader.construct_scalar(node)


# The tag every project reader must read alike (lint.sources.yamlfile's two loaders too).
_EXPRESSION_TAG = "!expr"


class FrontMatterLoader(yaml.SafeLoader):
    """yaml.safe_load's reader for a page's front matter (R Markdown `params` take `!expr`
    as a layout file does), its errors and values otherwise exactly safe_load's."""


FrontMatterLoader.add_constructor(_EXPRESSION_TAG, _construct_expression)


class LineDict(dict):
    """A mapping that remembers its own line and the line of each key."""

    line: int = 1
    key_lines: dict


def sanitize(value, _memo: dict | None = None):
    """Strings from YAML escapes can hold lone surrogates ("\\ud800"): make them text.

    Aliases make one object appear many times ("billion laughs"); each distinct
    object is cleaned once and shared again, so the walk stays linear.
    """
    if isinstance(value, str):
        return value.encode("utf-8", "replace").decode("utf-8") if _has_surrogate(value) \
            else value
    if not isinstance(value, (dict, list)):
        return value
    memo = {} if _memo is None else _memo
    if id(value) in memo:
        return memo[id(value)]
    if isinstance(value, list):
        cleaned_list: list = []
        memo[id(value)] = cleaned_list
        cleaned_list.extend(sanitize(v, memo) for v in value)
        return cleaned_list
    cleaned = LineDict() if isinstance(value, LineDict) else {}
    memo[id(value)] = cleaned
    for key, item in value.items():
        cleaned[sanitize(key, memo)] = sanitize(item, memo)
    if isinstance(value, LineDict):
        cleaned.line = value.line
        cleaned.key_lines = {sanitize(k, memo): v for k, v in value.key_lines.items()}
    return cleaned


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= c <= "\udfff" for c in text)


# What the parser was reading when it gave up -> the likely mistake and its fix.
_OPENED = {
    "while scanning a quoted scalar": ("the quote that opens this value is never closed",
                                       "add the closing quote at the end of the value"),
    "while parsing a flow sequence": ("the '[' that opens this list is never closed",
                                      "add ']' at the end of the list"),
    "while parsing a flow mapping": ("the '{' that opens this mapping is never closed",
                                     "add '}' at the end of the mapping (or quote the value)"),
}
_PROBLEM_HINTS = {
    "mapping values are not allowed here": "a value that contains ': ' must be quoted",
    "found character '\\t' that cannot start any token": "indent with spaces, not tabs",
}


def explain_yaml_error(error: yaml.YAMLError) -> tuple[int, int, str, str]:
    """(0-based line, 0-based column, message, hint) at the likely cause of a YAML error.

    An unclosed quote or bracket is reported by the parser where it gave up,
    often at the end of the text; the place it was opened is where to look.
    """
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or str(error).split("\n")[0]
    line, col = (mark.line, mark.column) if mark else (0, 0)
    context, context_mark = getattr(error, "context", None), getattr(error, "context_mark", None)
    if context in _OPENED and context_mark is not None and context_mark.line <= line:
        what, hint = _OPENED[context]
        return (context_mark.line, context_mark.column,
                f"{what} (the parser stopped at line {line + 1}: {problem})", hint)
    return line, col, problem, _PROBLEM_HINTS.get(problem, "")
