"""YAML data files read safely, keeping the line of every mapping and key."""

from __future__ import annotations


import re

import yaml

from lint.diagnostics import Span
from lint.document.loader import ReadFailure, read_text
from lint.yamltext import _EXPRESSION_TAG, _construct_expression
from lint.yamltext import (FAST_SAFE_LOADER, LineDict, explain_yaml_error,  # noqa: F401
                           sanitize)

# Aliases let a tiny file expand into a huge structure ("billion laughs");
# data files have no need for them.
MAX_ALIASES = 100


class DataFileError(Exception):
    def __init__(self, message: str, span: Span, hint: str = ""):
        super().__init__(message)
        self.message = message
        self.span = span
        self.hint = hint


class _Loader(yaml.SafeLoader):
    aliases_seen = 0

    def compose_node(self, parent, index):  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            self.aliases_seen += 1
            if self.aliases_seen > MAX_ALIASES:
                event = self.peek_event()
                raise yaml.constructor.ConstructorError(
                    None, None, f"more than {MAX_ALIASES} YAML aliases", event.start_mark)
        return super().compose_node(parent, index)


def _construct_mapping(loader, node, deep=False):
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise yaml.constructor.ConstructorError(
                None, None, "a mapping key must be a plain value", key_node.start_mark)
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(_EXPRESSION_TAG, _construct_expression)


# libyaml's parser under the same constructors, for texts both parsers read alike: PyYAML's
# pure-Python scanner and composer cost a glossary of 20 KB some 200 M instructions, more
# than any other step of a one-article check's start. Only for a text with no "*" (no
# alias can occur, so none is counted), nothing but newlines and characters PyYAML prints
# (no tab, carriage return, byte-order mark or other line break, where the two count lines
# or reject text differently), no "?" with brackets, no tag (a bare "!" is '' to libyaml
# and None to PyYAML; local tags such as Quarto's "!expr" have constructors on `_Loader`
# only), no "#" glued to a block scalar's header or a directive (libyaml accepts them,
# PyYAML rejects them), and a nesting that cannot be deep (libyaml's composer recurses in
# C: it crashes where PyYAML's stops with RecursionError). A text libyaml rejects is read
# again by `_Loader`, whose error users see. These are the differences known from fuzzing
# the two (review of i194), not a proof that no other exists.
_FastLoader = None
if getattr(yaml, "__with_libyaml__", False):
    class _FastLoader(yaml.CSafeLoader):  # type: ignore[no-redef]
        pass

    _FastLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
                                _construct_mapping)
    _FastLoader.add_constructor(_EXPRESSION_TAG, _construct_expression)

    # A page's front matter as `FrontMatterLoader` reads it (plain mappings), parsed by
    # libyaml: PyYAML's pure-Python parser costs a check some 2 ms an article.
    class _FastFrontMatterLoader(yaml.CSafeLoader):  # type: ignore[no-redef]
        pass

    _FastFrontMatterLoader.add_constructor(_EXPRESSION_TAG, _construct_expression)
else:
    _FastFrontMatterLoader = None
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


def _fast(text: str, loader=_FastLoader):
    """(value,) as libyaml's parser gives it under `loader`'s constructors, or None when
    the pure-Python parser must read the text."""
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
    read by libyaml where the two parsers read the text alike (`_fast`); else None, and
    the pure-Python reader decides, its errors included."""
    return _fast(text, _FastFrontMatterLoader)


def parse_yaml(text: str, line_offset: int = 0):
    """Parse YAML; errors become DataFileError with a 1-based line and column."""
    fast = _fast(text)
    if fast is not None:
        return sanitize(fast[0])
    try:
        return sanitize(yaml.load(text, Loader=_Loader))  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as error:
        line, col, problem, hint = explain_yaml_error(error)
        raise DataFileError(f"invalid YAML: {problem}", Span.at(line + 1 + line_offset, col + 1),
                            hint) from None
    except RecursionError:
        raise DataFileError("invalid YAML: nested too deeply", Span.at(1 + line_offset)) from None


def load_yaml_file(path: str):
    text = read_text(path)
    if isinstance(text, ReadFailure):
        raise DataFileError(text.message, text.span)
    return parse_yaml(text.text)


def line_of(mapping, key=None) -> int:
    if isinstance(mapping, LineDict):
        if key is not None and key in mapping.key_lines:
            return mapping.key_lines[key]
        return mapping.line
    return 1
