"""Rules: small units with a stable code, documented and exemplified in their source.

A rule is a pure function decorated with `@rule(...)`. Document rules take
`(document, context)`; corpus rules take `(corpus, context)` and see every
document, the bibliography and the glossary. Both yield `Finding`s; the
engine turns them into `Diagnostic`s carrying the rule's code and severity.

The docstring is the documentation: a first line saying what the rule
does, a "Why:" paragraph, and "Fails:" / "Passes:" sections holding fenced
examples (```markdown, ```bibtex, ```yaml for the glossary, ```toml for the
rule's options, ```hex for raw bytes of the Markdown file, ```json for what
a registry answers the online checks, ```tsv for Manubot's citation-tags.tsv,
columns two or more spaces apart); a line `{{name}}` stands for an
example several rules share (lint/rules/examples.py). The test suite
runs every example; a rule without both kinds fails the suite.
"""

from __future__ import annotations

import enum
import inspect
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from lint.diagnostics import Edit, Severity, Span
from lint.rules.examples import expand


class Scope(str, enum.Enum):
    DOCUMENT = "document"
    CORPUS = "corpus"
    # Run by the filter stage, once suppressions have been applied to the document.
    FILTER = "filter"


@dataclass(slots=True)
class Finding:
    span: Span
    message: str
    suggestion: str | None = None
    context: str = ""
    path: str | None = None  # corpus rules name the file
    edits: tuple[Edit, ...] = ()
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Option:
    default: Any
    description: str
    # Allowed values: one of `choices` (for a list option, each item), within [minimum, maximum].
    choices: tuple | None = None
    minimum: float | None = None
    maximum: float | None = None

    @property
    def kind(self) -> type:
        return type(self.default)

    @property
    def allowed(self) -> str:
        """The allowed values in words, for the rule reference ("" when any value of the type)."""
        if self.choices is not None:
            return "one of " + ", ".join(f"`{c}`" for c in self.choices)
        if self.minimum is not None and self.maximum is not None:
            return f"from {self.minimum} to {self.maximum}"
        if self.minimum is not None:
            return f"at least {self.minimum}"
        return ""

    def problem(self, value: Any) -> str | None:
        """Why `value` is not allowed (naming what is), or None when it is."""
        if not isinstance(value, self.kind):
            return f"must be a {self.kind.__name__}, not {type(value).__name__}"
        if self.choices is not None:
            items = value if isinstance(value, list) else [value]
            wrong = [item for item in items if item not in self.choices]
            if wrong:
                allowed = ", ".join(repr(c) for c in self.choices)
                return f"cannot be {wrong[0]!r} (allowed: {allowed})"
        if self.minimum is not None and value < self.minimum or \
                self.maximum is not None and value > self.maximum:
            low = "" if self.minimum is None else f"from {self.minimum} "
            high = "" if self.maximum is None else f"to {self.maximum}"
            return f"must be a value {low}{high}".rstrip() + f", not {value!r}"
        return None


@dataclass(slots=True)
class Example:
    passes: bool
    markdown: str | None = None
    markdown_bytes: bytes | None = None
    bibtex: str | None = None
    glossary: str | None = None
    options: str | None = None  # TOML body of [tool.content-lint.rules.CODE]
    citation_tags: str | None = None  # Manubot's citation-tags.tsv
    # JSON: what a local registry answers (online rules): {"crossref": {...work...}} for a
    # DOI, {"search": [...items...]}, {"pubmed": {...summary...}}, or {"status": 500}.
    registry: str | None = None
    genre: str | None = None  # the configured genre ("health", "scholarly" or "book")


@dataclass(slots=True)
class Rule:
    code: str
    name: str
    severity: Severity
    scope: Scope
    check: Callable[..., Iterable[Finding]] | None
    summary: str
    doc: str
    options: dict[str, Option]
    examples: list[Example]
    input_error: bool = False  # the run cannot be trusted: exit 2
    fixable: bool = False
    needs_annotations: bool = False  # reads sentence.annotations (claims, hedges ...)
    reads_unreadable: bool = False  # also checks articles that could not be read
    # Names the rule had before a rename: they still select it (selection.selector_matches),
    # so configurations and suppressions written for the old name keep working.
    former_names: tuple[str, ...] = ()

    @property
    def family(self) -> str:
        return re.match(r"[A-Z]+", self.code).group(0)


_REGISTRY: dict[str, Rule] = {}


def rule(code: str, name: str, severity: Severity, scope: Scope = Scope.DOCUMENT,
         options: dict[str, Option] | None = None, input_error: bool = False,
         fixable: bool = False, needs_annotations: bool = False, reads_unreadable: bool = False,
         former_names: tuple[str, ...] = ()):
    def register(function):
        doc = expand(inspect.cleandoc(function.__doc__ or ""), code)
        names = {name, *former_names}
        if code in _REGISTRY or any(names & {r.name, *r.former_names}
                                    for r in _REGISTRY.values()):
            raise ValueError(f"rule {code} / {name} registered twice")
        _REGISTRY[code] = Rule(
            code=code, name=name, severity=severity, scope=scope,
            check=function,
            summary=doc.split("\n", 1)[0], doc=doc, options=options or {},
            examples=parse_examples(doc), input_error=input_error, fixable=fixable,
            needs_annotations=needs_annotations, reads_unreadable=reads_unreadable,
            former_names=tuple(former_names))
        return function
    return register


def registry() -> dict[str, Rule]:
    import lint.rules  # noqa: F401  (registers every rule module)

    return dict(sorted(_REGISTRY.items()))


_SECTION = re.compile(r"^(Fails|Passes):\s*$", re.MULTILINE)
_FENCE = re.compile(r"^```(\w+)[^\n]*\n(.*?)^```\s*$", re.MULTILINE | re.DOTALL)


def parse_examples(doc: str) -> list[Example]:
    examples: list[Example] = []
    sections = _SECTION.split(doc)
    # split -> [preamble, "Fails", body, "Passes", body, ...]
    for label, body in zip(sections[1::2], sections[2::2]):
        passes = label == "Passes"
        current: Example | None = None
        for language, content in _FENCE.findall(body):
            if language in ("markdown", "hex") or current is None:
                current = Example(passes=passes)
                examples.append(current)
            if language == "markdown":
                current.markdown = content
            elif language == "hex":
                current.markdown_bytes = bytes.fromhex("".join(content.split()))
            elif language == "bibtex":
                current.bibtex = content
            elif language == "yaml":
                current.glossary = content
            elif language == "toml":
                current.options = content
            elif language == "json":
                current.registry = content
            elif language == "tsv":
                # Docstrings expand tabs: columns are written apart by two or more spaces.
                current.citation_tags = re.sub(r" {2,}|\t", "\t", content)
            else:
                raise ValueError(f"unknown example language {language!r}")
    return examples


def doc_sections(doc: str) -> tuple[str, str]:
    """(description, examples part) of a rule docstring."""
    match = _SECTION.search(doc)
    if not match:
        return doc, ""
    return doc[:match.start()].rstrip(), doc[match.start():]
