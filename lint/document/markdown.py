"""Markdown (CommonMark + GFM tables + YAML front matter) to the document model.

markdown-it-py gives block tokens with line maps; inline pieces are located
in the source one by one so every character of a block's plain text maps
back to a line and column of the file.
"""

from __future__ import annotations

import functools
import re

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.colon_fence import colon_fence_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from lint.diagnostics import Span
from lint.document.citations import (find_citations, find_roles, math_ranges,
                                     template_ranges, tex_command_ranges)
from lint.document.model import (Block, BlockKind, BlockMeta, Citation, Document, Problem,
                                  Section, Suppression)
from lint.document.suppressions import iter_comments, parse_directive
from lint.document.textmap import PlainTextBuilder, SourceText
from lint.yamltext import FrontMatterLoader, explain_yaml_error, fast_front_matter, sanitize

_TABLE_CAPTION = re.compile(r"^(?:Table)?:\s+")  # pandoc's "Table: caption"
# pandoc's attributes after an image: "![caption](fig.png){#fig:x width=50%}"
_ATTRIBUTES = re.compile(r"^\s*\{[^{}]*\}\s*$")
# The end of an image whose caption an HTML comment line cut off (CommonMark ends a
# paragraph there, pandoc does not): "](images/x.svg){#fig:x}".
_IMAGE_END = re.compile(r"^\]\([^()\s]*\)")
# MyST directives whose body is prose (Jupyter Book, mystmd, Sphinx): "```{note}",
# "`````{admonition} Task". Other fences, Quarto's "```{r}" chunks among them, are code.
_PROSE_DIRECTIVE = re.compile(
    r"^\{(?:admonition|note|tip|hint|important|warning|caution|attention|danger|error|"
    r"seealso|margin|sidebar|topic|epigraph|pull-quote|dropdown|tab-item|card)\}")
# A directive's options before its body: ":class: tip" lines, or a YAML block in "---".
_DIRECTIVE_OPTION = re.compile(r"^:[\w-]+:")
# A colon fence that opens a MyST directive (":::{note}", "::::{prf:example}"); any other
# colon fence is a pandoc/Quarto div ("::: {.callout-note}", ":::{#fig-x}"), whose
# body is the document's own Markdown.
_MYST_DIRECTIVE = re.compile(r"^\{[A-Za-z][\w:-]*\}")
# A Quarto callout ("::: {.callout-note collapse=true}", or unbraced "::: callout-note"):
# a heading opening its body is the callout's title, shown in the box's header, not a
# section of the page; unless a title="..." attribute gives the title, as Quarto
# prefers, and the heading stays a heading.
_CALLOUT = re.compile(r"^(?:\{[^{}]*\.callout(?:-[\w-]+)?(?=[\s}])|callout(?:-[\w-]+)?\s*$)")
_TITLE_ATTRIBUTE = re.compile(r"(?<![\w-])title\s*=")


# knitr's chunk delimiters (all_patterns$md): R Markdown and Quarto cut chunks out line by
# line before pandoc reads the Markdown, so a chunk ends whatever block came before it
# ("<br>" then "```{r}": CommonMark would read the chunk as part of the HTML block).
# knitr builds each chunk's end from its opening line: the same prefix and the same
# number of backticks, so a "````{verbatim}" chunk can show a "```{r}" one inside it.
_CHUNK_BEGIN = re.compile(r"^([\t >]*)(```+)\s*\{([a-zA-Z0-9_]+)(.*)\}\s*$")
# Engines whose body is the document's Markdown: knitr's `asis`, tufte's `marginfigure`.
_MARKDOWN_ENGINES = frozenset({"asis", "marginfigure"})
# Options that keep a chunk's output out of the document: on the chunk's line
# ("eval=FALSE") or, Quarto's way, as "#|" lines opening its body ("#| include: false").
# echo=FALSE hides only the code: a figure still renders with its caption, but an asis
# chunk's echo is its text.
_NOT_RUN = r"(?:eval|include)"
_HIDES = r"(?:echo|eval|include)"
_OFF = r"\s*=\s*F(?:ALSE)?\b"
_OFF_YAML = r"\s*[:=]\s*(?:false|no|F|FALSE)\s*(?:#.*)?$"
_OPTION_LINE = re.compile(r"^[\t >]*#\|")
_KNITTED_SUFFIXES = (".rmd", ".qmd")
# A figure's caption written as a chunk option, which pandoc reads as Markdown: knitr's
# `fig.cap="…"` on the chunk's line, Quarto's `#| fig-cap: "…"` in its body.
_FIG_CAP = re.compile(r"""\bfig[.-]cap\s*=\s*(["'])(?P<caption>.*?)(?<!\\)\1""")
_QUARTO_FIG_CAP = re.compile(r"""^\s*#\|\s*fig-cap:\s*(["']?)(?P<caption>.*?)\1\s*$""")


def _off(options: str, option_lines: list[str], names: str) -> bool:
    """Whether one of the options `names` is false on the chunk's line or its "#|" lines."""
    if re.search(rf"\b{names}{_OFF}", options):
        return True
    pattern = re.compile(rf"^[\t >]*#\|\s*{names}{_OFF_YAML}")
    return any(pattern.match(line) for line in option_lines)


def knitr_view(text: str) -> str:
    """The text as pandoc gets it after knitr: each chunk's lines blank (a blockquote's
    ">" kept), the body of a Markdown engine's chunk kept in place, a figure caption given
    as a chunk option as an image's caption on its line, unless the chunk is not run.
    Lines and columns of everything else are the file's."""
    lines = text.split("\n")
    index = 0
    changed = False
    while index < len(lines):
        begin = _CHUNK_BEGIN.match(lines[index])
        if begin is None:
            index += 1
            continue
        prefix, ticks, engine, options = begin.groups()
        chunk_end = re.compile("^" + re.escape(prefix + ticks) + r"\s*$")
        end = next((i for i in range(index + 1, len(lines)) if chunk_end.match(lines[i])),
                   None)
        if end is None:
            break  # an unclosed chunk: left to the Markdown reader, as before
        option_lines = []
        for at in range(index + 1, end):
            if not _OPTION_LINE.match(lines[at]):
                break
            option_lines.append(lines[at])
        keep_body = engine.lower() in _MARKDOWN_ENGINES \
            and not _off(options, option_lines, _HIDES)
        captions = not keep_body and not _off(options, option_lines, _NOT_RUN)
        quote = prefix.rstrip(" \t") if ">" in prefix else ""
        for at in range(index, end + 1):
            if keep_body and index + len(option_lines) < at < end:
                continue
            caption = None
            if captions:
                caption = _FIG_CAP.search(options) if at == index else \
                    _QUARTO_FIG_CAP.match(lines[at]) if at < end else None
            before = lines[at - 1].strip() if at else ""
            if caption and caption.group("caption").strip() and before in ("", quote):
                # An image's caption in the chunk's place (the reader finds its words in
                # the line by their text), a paragraph of its own: a blank line before it.
                lines[at] = f"{quote} ![{caption.group('caption')}]()".lstrip()
            else:
                lines[at] = quote
        changed = True
        index = end + 1
    return "\n".join(lines) if changed else text


# MDX: an ESM statement ("import X from '…'", "export const meta = {…}") opens a block
# (its keyword and a space at the start of a block's first line, so a paragraph's line
# "import antibiotics from abroad" is prose) and runs to a blank line once its braces
# balance ("export default function …" may hold blank lines). Comments are JavaScript's
# inside braces, "{/* … */}".
_ESM_START = re.compile(r"^(?:import|export)\s")
_MDX_COMMENT = re.compile(r"\{/\*.*?\*/\}", re.DOTALL)
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
# A line that is only a JSX element's opening or closing tag: "<Callout type="note">",
# "</Callout>". A self-closing tag ("<Figure … />") is not one.
_JSX_OPEN = re.compile(r"^\s*<([A-Za-z][\w.-]*)(?:\s[^<>]*)?(?<!/)>\s*$")
_JSX_CLOSE = re.compile(r"^\s*</([A-Za-z][\w.-]*)>\s*$")


def mdx_view(text: str) -> str:
    """An MDX page as Markdown: ESM statements and `{/* … */}` comments blank (newlines
    kept, so lines and columns are the file's), and the lines of a JSX element's opening
    and closing tags blank when its children are Markdown ("<Callout>", a line of text,
    "</Callout>": the text is a paragraph, as MDX renders it). Other JSX is left to the
    Markdown reader: an element whose children are elements is an HTML block (not read, as
    a reference list in "<References>"), a line opening with a tag a paragraph."""
    text = _MDX_COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)
    lines = text.split("\n")
    front_end = -1  # the front matter's closing line: its next line opens a block
    if lines and lines[0].rstrip() == "---":
        front_end = next((i for i in range(1, len(lines))
                          if lines[i].rstrip() in ("---", "...")), -1)
    fence = None
    depth = None  # the open braces of the ESM statement being read, None outside one
    for at in range(front_end + 1, len(lines)):
        line = lines[at]
        opening = _FENCE.match(line)
        if fence is not None:
            closing = opening.group(1) if opening else ""
            if closing[:1] == fence[0] and len(closing) >= len(fence):
                fence = None
            continue
        if depth is not None:
            if not line.strip() and depth <= 0:
                depth = None
                continue
            depth += line.count("{") - line.count("}")
            lines[at] = ""
            continue
        if opening:
            fence = opening.group(1)
            continue
        block_start = at == front_end + 1 or not lines[at - 1].strip()
        if block_start and _ESM_START.match(line):
            depth = line.count("{") - line.count("}")
            lines[at] = ""
        elif block_start:  # an element inside another stays part of its HTML block
            _unwrap_jsx(lines, at)
    return "\n".join(lines)


def _unwrap_jsx(lines: list[str], at: int) -> None:
    """Blank an element's opening and closing tag lines when the element starts at `at`
    and its first child line is text, not another tag."""
    opened = _JSX_OPEN.match(lines[at])
    if opened is None or at + 1 >= len(lines):
        return
    child = lines[at + 1].strip()
    if not child or child.startswith("<"):
        return
    name = opened.group(1)
    depth = 0
    for end in range(at + 1, len(lines)):
        tag = _JSX_OPEN.match(lines[end]) or _JSX_CLOSE.match(lines[end])
        if tag is None or tag.group(1) != name:
            continue
        if lines[end].lstrip().startswith("</"):
            if depth == 0:
                lines[at] = lines[end] = ""
                return
            depth -= 1
        else:
            depth += 1


@functools.cache
def _markdown() -> MarkdownIt:
    # Colon fences: MyST's ":::{note}" and pandoc's fenced divs, never paragraphs of ":::".
    return MarkdownIt("commonmark").enable("table").use(front_matter_plugin).use(
        colon_fence_plugin)


def parse_document(path: str, source: SourceText) -> Document:
    return _Parser(path, source).run()


class _Parser:
    def __init__(self, path: str, source: SourceText):
        self.source = source
        self.text = source.text
        self.doc = Document(path=path, source=source)
        self.section = Section(title="", level=0, path=(), line=1)
        self.doc.sections.append(self.section)
        self.headings: list[Section] = []
        self.containers: list[tuple[str, dict]] = []

    # -- driver -----------------------------------------------------------
    def run(self) -> Document:
        lower = self.doc.path.lower()
        view = knitr_view(self.text) if lower.endswith(_KNITTED_SUFFIXES) \
            else mdx_view(self.text) if lower.endswith(".mdx") else self.text
        tokens = _markdown().parse(view)
        if tokens and tokens[0].type == "front_matter":
            self._front_matter(tokens[0])
        elif self.text.startswith("---") and self.text.split("\n", 1)[0].rstrip() == "---":
            self._unclosed_front_matter_check(tokens)
        index = 0
        while index < len(tokens):
            index = self._token(tokens, index)
        return self.doc

    def _token(self, tokens: list[Token], index: int) -> int:
        token = tokens[index]
        kind = token.type
        if kind == "heading_open":
            self._heading(token, tokens[index + 1])
            return index + 3
        if kind in ("bullet_list_open", "ordered_list_open"):
            self.containers.append(("list", {"ordered": kind == "ordered_list_open"}))
        elif kind in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            self.containers.pop()
        elif kind == "blockquote_open":
            self.containers.append(("blockquote", {}))
        elif kind == "paragraph_open":
            self._paragraph(tokens[index + 1], tokens, index)
            return index + 3
        elif kind == "table_open":
            return self._table(tokens, index)
        elif kind == "fence" and token.map and _PROSE_DIRECTIVE.match(token.info):
            self._directive(token)
        elif kind == "colon_fence" and token.map:
            info = token.info.strip()
            if not _MYST_DIRECTIVE.match(info):
                titled_by_heading = bool(_CALLOUT.match(info)) and not _TITLE_ATTRIBUTE.search(info)
                self._directive(token, options=False, callout=titled_by_heading)
            elif _PROSE_DIRECTIVE.match(info):  # other directives (code-cell, math) are code
                self._directive(token)
        elif kind == "html_block":
            self._html(token.content, self.source.line_offset(token.map[0]) if token.map else 0)
            if token.content.lstrip().startswith("<!--") and "-->" not in token.content:
                line = (token.map or [0])[0] + 1
                self.doc.problems.append(Problem(
                    "unclosed-comment", f"HTML comment opened on line {line} is never closed; "
                    "everything after it is hidden from readers and from the linter",
                    Span.at(line)))
        return index + 1

    def _directive(self, token: Token, options: bool = True, callout: bool = False) -> None:
        """A MyST directive's body read as Markdown in its place (its lines are the file's);
        a pandoc div's has no options; a callout's opening heading is its title, a caption."""
        lines = token.content.split("\n")
        skip = 0
        if options and lines and lines[0].strip() == "---":  # options as YAML
            closing = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
            skip = closing + 1 if closing is not None else 0
        while options and skip < len(lines) and _DIRECTIVE_OPTION.match(lines[skip]):
            skip += 1
        first_line = token.map[0] + 1 + skip  # the fence's own line, then its options
        inner = _markdown().parse("\n" * first_line + "\n".join(lines[skip:]))
        index = 0
        if callout and inner and inner[0].type == "heading_open":
            self._add_block(BlockKind.CAPTION, inner[1], meta=BlockMeta(caption_of="callout"))
            index = 3
        while index < len(inner):
            index = self._token(inner, index)

    # -- blocks -----------------------------------------------------------
    def _add_block(self, kind: BlockKind, inline: Token, start: int | None = None,
                   limit: int | None = None, meta: BlockMeta | None = None,
                   strip: re.Pattern | None = None) -> Block:
        line_map = inline.map or [0, 0]
        start = self.source.line_offset(line_map[0]) if start is None else start
        limit = self.source.line_offset(line_map[1]) if limit is None else limit
        builder = PlainTextBuilder(self.text, start, limit)
        if strip is not None:
            match = strip.match(inline.content)
            if match:
                builder.skip_to(match.group(0).rstrip())
        self._inline(inline.children or [], builder, strip_prefix=strip)
        text, mapping = builder.result()
        span = self.source.span(mapping.to_source(0), mapping.to_source(len(text)))
        block = Block(kind=kind, text=text, span=span, section=self.section,
                      mapping=mapping, meta=meta or BlockMeta())
        block.meta.end_offset = builder.cursor
        # Plain-text ranges that are not prose: inline code, TeX math and raw TeX commands
        # such as `\index{...}`, and link text.
        code = builder.ranges.get("code", [])
        code = code + _outside(math_ranges(text), code)
        code = code + _outside(tex_command_ranges(text), code)
        # A template expression holds what is inside it (`{{ f("`x`") }}`): one range.
        templates = _outside(template_ranges(text), code)
        code = [(a, b) for a, b in code if not any(s <= a and b <= e for s, e in templates)]
        block.meta.code_ranges = sorted(code + templates)
        block.meta.link_ranges = builder.ranges.get("link", [])
        # `\@` is a literal at sign for pandoc; bookdown's `\@ref(...)` is found all the same.
        escaped_at = [r for r in builder.ranges.get("escaped", []) if text[r[0]] == "@"]
        roles = find_roles(text, builder.ranges.get("code", []))
        for found in find_citations(text, block.meta.code_ranges, escaped_at) + roles:
            key_start = mapping.to_source(found.key_start)
            span = self.source.span(key_start, mapping.to_source(found.key_end))
            if found.kind == "crossref":
                # A reference to a figure, table or section: neither a citation nor prose.
                block.meta.crossrefs.append((found.key, span))
                block.meta.link_ranges.append((found.start, found.end))
                continue
            block.citations.append(Citation(
                key=found.key, span=span,
                start=mapping.to_source(found.start), end=mapping.to_source(found.end),
                locator=found.locator, prefix=found.prefix, suffix=found.suffix,
                narrative=found.narrative, suppress_author=found.suppress_author,
                scheme=found.scheme))
            block.meta.citation_ranges.append((found.start, found.end))
        self.section.blocks.append(block)
        return block

    def _heading(self, open_token: Token, inline: Token) -> None:
        level = int(open_token.tag[1:])
        while self.headings and self.headings[-1].level >= level:
            self.headings.pop()
        title_builder = PlainTextBuilder(self.text, 0, 0)
        self._inline(inline.children or [], title_builder)
        title = " ".join(title_builder.result()[0].split())
        path = tuple(h.title for h in self.headings) + (title,)
        line = (open_token.map or [0])[0] + 1
        self.section = Section(title=title, level=level, path=path, line=line)
        self.headings.append(self.section)
        self.doc.sections.append(self.section)
        self._add_block(BlockKind.HEADING, inline, meta=BlockMeta(level=level))

    def _paragraph(self, inline: Token, tokens: list[Token], index: int) -> None:
        children = [c for c in inline.children or []
                    if not (c.type == "text" and not c.content.strip())]
        if len(children) == 2 and children[1].type == "text" and \
                _ATTRIBUTES.match(children[1].content):
            children = children[:1]
        if (len(children) == 1 and children[0].type == "image") or \
                _IMAGE_END.match(inline.content) or self._image_cut_by_comment(inline, tokens,
                                                                               index):
            self._add_block(BlockKind.CAPTION, inline, meta=BlockMeta(caption_of="image"))
            return
        if _TABLE_CAPTION.match(inline.content) and self._next_to_table(tokens, index):
            self._add_block(BlockKind.CAPTION, inline, meta=BlockMeta(caption_of="table"),
                            strip=_TABLE_CAPTION)
            return
        kind, meta = BlockKind.PARAGRAPH, BlockMeta()
        for container, info in reversed(self.containers):
            if container == "list":
                kind = BlockKind.LIST_ITEM
                meta = BlockMeta(ordered=info["ordered"],
                                 depth=sum(1 for c, _ in self.containers if c == "list"))
                break
            if container == "blockquote":
                kind = BlockKind.BLOCKQUOTE
                break
        self._add_block(kind, inline, meta=meta)

    @staticmethod
    def _image_cut_by_comment(inline: Token, tokens: list[Token], index: int) -> bool:
        """"![caption ..." whose "](path)" comes after HTML comment lines (Manubot figures
        with "<!-- Figure source ... -->" in their caption)."""
        first = (inline.children or [None])[0]
        if first is None or first.type != "text" or not first.content.startswith("!["):
            return False  # no image opens it, or markdown-it closed the image itself
        after = index + 3
        while after < len(tokens) and tokens[after].type == "html_block":
            after += 1
        return after > index + 3 and after + 1 < len(tokens) and \
            tokens[after].type == "paragraph_open" and \
            bool(_IMAGE_END.match(tokens[after + 1].content))

    @staticmethod
    def _next_to_table(tokens: list[Token], index: int) -> bool:
        after = tokens[index + 3] if index + 3 < len(tokens) else None
        before = tokens[index - 1] if index > 0 else None
        return (after is not None and after.type == "table_open") or (
            before is not None and before.type == "table_close")

    def _table(self, tokens: list[Token], index: int) -> int:
        headers: list[str] = []
        row_index = -1
        table_line = (tokens[index].map or [0])[0] + 1
        cell_index = 0
        row_header = ""
        cursor = 0
        row_limit = 0
        in_head = False
        index += 1
        while index < len(tokens) and tokens[index].type != "table_close":
            token = tokens[index]
            if token.type == "thead_open":
                in_head = True
            elif token.type == "thead_close":
                in_head = False
            elif token.type == "tr_open":
                row_index += 1
                cell_index = 0
                row_map = token.map or [0, 0]
                cursor = self.source.line_offset(row_map[0])
                row_limit = self.source.line_offset(row_map[1])
            elif token.type in ("th_open", "td_open"):
                inline = tokens[index + 1]
                meta = BlockMeta(
                    table_line=table_line, row=row_index, column=cell_index, header=in_head,
                    column_header=headers[cell_index] if cell_index < len(headers) else "",
                    row_header=row_header if cell_index else "")
                block = self._add_block(BlockKind.TABLE_CELL, inline, start=cursor,
                                        limit=row_limit, meta=meta)
                cursor = max(cursor, block.meta.end_offset)
                if in_head:
                    headers.append(block.text.strip())
                if cell_index == 0:
                    row_header = block.text.strip()
                cell_index += 1
                index += 2
            index += 1
        return index + 1

    # -- inline -----------------------------------------------------------
    def _inline(self, children: list[Token], builder: PlainTextBuilder,
                strip_prefix: re.Pattern | None = None) -> None:
        for child in children:
            kind = child.type
            if kind == "link_open":
                builder.open_range("link")
            elif kind == "link_close":
                builder.close_range("link")
            elif kind == "code_inline":
                builder.open_range("code")
                builder.add_found(child.content)
                builder.close_range("code")
            elif kind == "text":
                content = child.content
                if strip_prefix is not None:
                    content = strip_prefix.sub("", content, count=1)
                    strip_prefix = None
                builder.add_found(content)
            elif kind in ("softbreak", "hardbreak"):
                builder.add_separator(" ")
            elif kind == "image":
                self._inline(child.children or [], builder)
            elif kind == "html_inline":
                start = self.text.find(child.content, builder.cursor, builder.limit)
                if start != -1:
                    self._html(child.content, start)
                builder.skip_to(child.content)
            elif child.children:
                self._inline(child.children, builder)

    # -- front matter and suppressions -----------------------------------
    def _front_matter(self, token: Token) -> None:
        line_map = token.map or [0, 1]
        self.doc.front_matter_span = Span.at(line_map[0] + 1)
        try:
            fast = fast_front_matter(token.content) if token.content.strip() else ({},)
            data = sanitize(fast[0] if fast is not None else yaml.load(
                token.content, Loader=FrontMatterLoader))  # noqa: S506 - a SafeLoader subclass
            # Comments only ("# draft") is an empty block, as an empty one is.
            data = {} if data is None else data
        except yaml.YAMLError as error:
            line, col, problem, hint = explain_yaml_error(error)
            # Lines inside the front matter count from the line after its opening '---'.
            problem = re.sub(r"(?<=stopped at line )(\d+)",
                             lambda m: str(int(m.group(1)) + line_map[0] + 1), problem)
            self.doc.problems.append(Problem(
                "front-matter", f"front matter is not valid YAML: {problem}",
                Span.at(line + line_map[0] + 2, col + 1), fatal=True, hint=hint))
            return
        if not isinstance(data, dict):
            self.doc.problems.append(Problem(
                "front-matter",
                f"front matter must be a mapping of keys to values, not a {_yaml_kind(data)}",
                Span.at(line_map[0] + 2), fatal=True))
            return
        self.doc.front_matter = data
        start = self.source.line_offset(line_map[0])
        end = self.source.line_offset(line_map[1]) - 1
        self.doc.front_matter_span = self.source.span(start, max(start, end))
        self.section.blocks.append(Block(
            kind=BlockKind.FRONT_MATTER, text=token.content,
            span=self.doc.front_matter_span, section=self.section))

    def _unclosed_front_matter_check(self, tokens: list[Token]) -> None:
        self.doc.problems.append(Problem(
            "front-matter",
            "front matter opened with '---' on line 1 is never closed; "
            "add a '---' line after the last key", Span.at(1), fatal=True))

    def _html(self, html: str, offset: int) -> None:
        for start, body in iter_comments(html):
            parsed = parse_directive(body)
            if parsed is None:
                continue
            comment_start = offset + start
            span = self.source.span(comment_start, comment_start + len(body) + 7)
            if isinstance(parsed, str):
                self.doc.problems.append(Problem("suppression", parsed, span))
                continue
            action, selectors = parsed
            target = None
            if action == "disable-next-line":
                target = self._next_nonblank_line(span.end.line)
            self.doc.suppressions.append(Suppression(action, selectors, span, target))

    def _next_nonblank_line(self, line: int) -> int:
        lines = self.source.line_starts
        text = self.text
        for index in range(line, len(lines)):
            end = lines[index + 1] if index + 1 < len(lines) else len(text)
            if text[lines[index]:end].strip():
                return index + 1
        return line + 1


def _outside(ranges: list[tuple[int, int]], taken: list[tuple[int, int]]
             ) -> list[tuple[int, int]]:
    """`ranges` that do not start inside one of `taken` (math written inside code)."""
    return [(start, end) for start, end in ranges
            if not any(a <= start < b for a, b in taken)]


def _yaml_kind(value: object) -> str:
    if isinstance(value, list):
        return "list"
    if isinstance(value, str):
        return "string"
    return type(value).__name__
