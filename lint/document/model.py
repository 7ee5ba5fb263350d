"""The document model: sections, blocks, sentences and citations.

Rules read this model, never files or Markdown. Every element knows where
it came from in the original file (1-based line and column, front matter
included), so findings point at the exact place.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, Iterator

from lint.diagnostics import Position, Span
from lint.document.annotations import DocumentAnnotations, SentenceAnnotations
from lint.document.textmap import SourceText


class BlockKind(str, enum.Enum):
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_CELL = "table_cell"
    BLOCKQUOTE = "blockquote"
    CAPTION = "caption"
    HEADING = "heading"
    FRONT_MATTER = "front_matter"

    def __str__(self) -> str:
        return self.value


# Blocks whose sentences are running prose: headings and captions are
# labels, not statements, and front matter is metadata.
PROSE_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE_CELL,
                         BlockKind.BLOCKQUOTE})


@dataclass(slots=True)
class Citation:
    """One cited key; `[@a; @b, p. 4]` gives two citations in one group."""

    key: str
    span: Span
    start: int  # absolute offsets of the key's citation in the file
    end: int
    locator: str = ""
    prefix: str = ""
    suffix: str = ""
    narrative: bool = False  # `@key says` rather than `[@key]`
    suppress_author: bool = False  # `[-@key]`
    # Manubot persistent identifier (`@doi:10.1/x`): its scheme (doi, pmid, url ...),
    # resolvable without a bibliography entry. Empty for a bibliography key.
    scheme: str = ""

    @property
    def identifier(self) -> str:
        """The identifier without its prefix (`10.1/x` for `@doi:10.1/x`), or ""."""
        return self.key.partition(":")[2] if self.scheme else ""


@dataclass(slots=True, eq=False)
class Sentence:
    text: str  # plain text, citations removed, whitespace collapsed
    raw: str  # plain text as it stands, citations included
    span: Span
    start: int  # absolute offsets in the file
    end: int
    block: "Block"
    citations: list[Citation] = field(default_factory=list)
    # Judgments made by annotators, each with its reasons (see lint/annotate).
    annotations: SentenceAnnotations = field(default_factory=SentenceAnnotations)
    # Token range in the block's spaCy Doc.
    token_start: int = 0
    token_end: int = 0

    @property
    def tokens(self):
        doc = self.block.nlp_doc
        return doc[self.token_start:self.token_end] if doc is not None else None

    @property
    def section(self) -> "Section":
        return self.block.section


@dataclass(slots=True)
class BlockMeta:
    """Where a block sits (heading, list, table, caption); its text ranges that are not prose."""

    level: int | None = None  # a heading's level
    caption_of: str | None = None  # image | table | callout
    ordered: bool | None = None  # a list item's list
    depth: int | None = None
    table_line: int | None = None  # a table cell's table (its first line), row and column
    row: int | None = None
    column: int | None = None
    header: bool = False
    column_header: str = ""
    row_header: str = ""
    end_offset: int = 0  # where the parser stopped reading the block's source
    code_ranges: list[tuple[int, int]] = field(default_factory=list)  # offsets in `text`
    link_ranges: list[tuple[int, int]] = field(default_factory=list)
    citation_ranges: list[tuple[int, int]] = field(default_factory=list)
    given_line: bool = False  # a line given to `classify`: a sentence to judge, never a label
    # Cross-references (`@fig-x`, `@fig:x`, `\@ref(x)`): label and where; not citations.
    crossrefs: list[tuple[str, Span]] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class Block:
    kind: BlockKind
    text: str  # plain text with citations as written
    span: Span
    section: "Section"
    mapping: Any = None  # TextMap from `text` offsets to file offsets
    sentences: list[Sentence] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    meta: BlockMeta = field(default_factory=BlockMeta)
    nlp_doc: Any = None

    @property
    def is_prose(self) -> bool:
        return self.kind in PROSE_KINDS


@dataclass(slots=True, eq=False)
class Section:
    title: str
    level: int  # 0 for the part before the first heading
    path: tuple[str, ...]
    line: int
    blocks: list[Block] = field(default_factory=list)

    @property
    def label(self) -> str:
        return " > ".join(self.path) if self.path else "(top)"


@dataclass(slots=True)
class Problem:
    """Something the parser could not make sense of; DOC rules report these."""

    kind: str  # "unreadable", "front-matter", "suppression"
    message: str
    span: Span
    fatal: bool = False
    hint: str = ""  # what to do, when the likely cause is known


@dataclass(slots=True)
class Suppression:
    """An inline `<!-- content-lint ... -->` directive."""

    action: str  # disable, enable, disable-next-line, disable-file
    selectors: tuple[str, ...]  # codes, prefixes, families or names; empty = all
    span: Span
    target_line: int | None = None  # for disable-next-line
    used: bool = False


@dataclass(slots=True, eq=False)
class Document:
    path: str  # as shown in findings (relative to the project root)
    source: SourceText | None
    front_matter: dict[str, Any] | None = None
    front_matter_span: Span | None = None
    sections: list[Section] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    suppressions: list[Suppression] = field(default_factory=list)
    # Document-level judgments of annotators (acronym definitions and uses ...).
    annotations: DocumentAnnotations = field(default_factory=DocumentAnnotations)

    @property
    def readable(self) -> bool:
        return self.source is not None

    @property
    def blocks(self) -> Iterator[Block]:
        for section in self.sections:
            yield from section.blocks

    @property
    def title_heading(self) -> Block | None:
        """The level-1 heading that opens the page (after its front matter) and titles it,
        or None. With a `title` in the front matter, Quarto, bookdown and pandoc show that
        title and the heading as the first section: then the heading is no title."""
        front = self.front_matter or {}
        if isinstance(front, dict) and front.get("title"):
            return None
        first = next((b for b in self.blocks if b.kind is not BlockKind.FRONT_MATTER), None)
        if first is not None and first.kind is BlockKind.HEADING and first.meta.level == 1:
            return first
        return None

    @property
    def sentences(self) -> Iterator[Sentence]:
        for block in self.blocks:
            yield from block.sentences

    @property
    def citations(self) -> Iterator[Citation]:
        for block in self.blocks:
            yield from block.citations

    def position(self, offset: int) -> Position:
        assert self.source is not None
        return self.source.position(offset)
