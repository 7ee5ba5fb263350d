"""YAML data files read safely, keeping the line of every mapping and key."""

from __future__ import annotations

import yaml

from lint.diagnostics import Span
from lint.document.loader import ReadFailure, read_text
from lint.yamltext import _EXPRESSION_TAG, _construct_expression
# The libyaml fast path lives in lint.yamltext (the document layer reads front matter with it);
# its names stay importable here.
from lint.yamltext import (_FastFrontMatterLoader, _shallow, fast_front_matter,  # noqa: F401
                           fast_load)
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


# libyaml's parser under `_Loader`'s constructors, for the texts `lint.yamltext.fast_load`
# lets it read (where the two parsers differ is explained there).
_FastLoader = None
if getattr(yaml, "__with_libyaml__", False):
    class _FastLoader(yaml.CSafeLoader):  # type: ignore[no-redef]
        pass

    _FastLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
                                _construct_mapping)
    _FastLoader.add_constructor(_EXPRESSION_TAG, _construct_expression)


def _fast(text: str, loader=_FastLoader):
    """(value,) as libyaml's parser gives it under `loader`'s constructors, or None when
    the pure-Python parser must read the text (`lint.yamltext.fast_load`)."""
    return fast_load(text, loader)


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
