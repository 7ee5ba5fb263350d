"""YAML helpers shared by every layer: the fast safe loader, line-keeping mappings, cleaning."""

from __future__ import annotations

import re

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


# libyaml's parser for texts both parsers read alike: PyYAML's pure-Python scanner and
# composer cost a glossary of 20 KB some 200 M instructions, more than any other step of a
# one-article check's start. Only for a text with no "*" (no alias can occur, so none is
# counted), nothing but newlines and characters PyYAML prints (no tab, carriage return,
# byte-order mark or other line break, where the two count lines or reject text
# differently), no "?" with brackets, no tag (a bare "!" is '' to libyaml and None to
# PyYAML; local tags such as Quarto's "!expr" have constructors on the project loaders
# only), no "#" glued to a block scalar's header or a directive (libyaml accepts them,
# PyYAML rejects them), and a nesting that cannot be deep (libyaml's composer recurses in
# C: it crashes where PyYAML's stops with RecursionError). A text libyaml rejects is read
# again by the pure-Python loader, whose error users see. These are the differences known
# from fuzzing the two (review of i194), not a proof that no other exists.
# Here, the lowest layer, so that the document layer reads front matter with it too.
_FastFrontMatterLoader = None
if getattr(yaml, "__with_libyaml__", False):
    # A page's front matter as `FrontMatterLoader` reads it (plain mappings), parsed by
    # libyaml: PyYAML's pure-Python parser costs a check some 2 ms an article.
    class _FastFrontMatterLoader(yaml.CSafeLoader):  # type: ignore[no-redef]
        pass

    _FastFrontMatterLoader.add_constructor(_EXPRESSION_TAG, _construct_expression)


_NOT_PLAIN = re.compile("[^\n -)+-~\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd"
                        "\U00010000-\U0010ffff]")


# Where libyaml and PyYAML differ (see above): a "#" right after a block scalar's header
# ("|#", ">-#", "|2#") or on a directive line; a tag ("!" opening a token).
_GLUED_COMMENT = re.compile(r"[|>][-+0-9]*#")
_DIRECTIVE_COMMENT = re.compile(r"(?m)^%[^\n]*#")
_TAG = re.compile(r"(?<![^ \n\[{,:])!")


_SHALLOW = 100  # PyYAML reads this deep in a check's stack (RecursionError from ~300)


_INDICATOR = re.compile(r"[-?:](?= |$)")


def _shallow(text: str) -> bool:
    """Whether the text certainly nests at most _SHALLOW collections deep.

    A block collection opens at an indicator ("-", "?", or a key's ":", each followed by
    a space or the line's end: in a URL or a date they are not indicators) on its line;
    those of one path that open on different lines stand at growing columns (two at
    one column: a sequence left at its key's), and a flow collection at a bracket.
    """
    lines = text.split("\n")
    indent = max(len(line) - len(line.lstrip(" ")) for line in lines)
    brackets = text.count("[") + text.count("{")
    # Every "-", "?" and ":" first (cheap, enough for most texts), then only indicators.
    marks = max(line.count("-") + line.count("?") + line.count(":") for line in lines)
    if 2 * (indent + 1) * (marks + 1) + brackets <= _SHALLOW:
        return True
    marks = max(len(_INDICATOR.findall(line)) for line in lines)
    return 2 * (indent + 1) * (marks + 1) + brackets <= _SHALLOW


def fast_load(text: str, loader):
    """(value,) as libyaml's parser gives it under `loader`'s constructors, or None when
    the pure-Python parser must read the text (where the two differ: the comment above)."""
    if loader is None or _NOT_PLAIN.search(text) or not _shallow(text):
        return None
    if "?" in text and ("[" in text or "{" in text):
        return None  # PyYAML ends a plain scalar at "?" inside brackets, libyaml does not
    if _GLUED_COMMENT.search(text) or "%" in text and _DIRECTIVE_COMMENT.search(text) or \
            "!" in text and _TAG.search(text):
        return None
    try:
        return (yaml.load(text, Loader=loader),)  # noqa: S506 - a safe loader
    except Exception:  # noqa: BLE001 - any failure: the pure-Python reader decides
        return None


def fast_front_matter(text: str):
    """(value,) of a front matter as `yaml.load(text, Loader=FrontMatterLoader)` gives it,
    read by libyaml where the two parsers read the text alike (`fast_load`); else None, and
    the pure-Python reader decides, its errors included."""
    return fast_load(text, _FastFrontMatterLoader)
