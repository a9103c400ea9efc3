"""markdown-it tokens → a section tree that keeps every block's source lines.

The tree is deliberately small: sections (from ATX or setext headings) hold
paragraphs, lists (whose items hold a first paragraph and nested blocks),
tables and opaque blocks (code, html, rules).  Line numbers are 0-based
here; the model's ``line`` fields add one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from types import SimpleNamespace

from markdown_it import MarkdownIt
from markdown_it.common.utils import isMdAsciiPunct, isPunctChar, isWhiteSpace
from markdown_it.rules_block.hr import hr as _markdown_hr
from markdown_it.token import Token

from oncall_tui.core.parse.scan import scan


NESTING_LIMIT = 100
"""markdown-it's ``maxNesting`` for blocks: 50 list levels or 100 quote levels.

It bounds the parser's recursion (a few hundred frames at most, well inside
Python's limit, also in worker threads), so a 5,000-level quote is cheap.
"""


@lru_cache(maxsize=1)
def markdown() -> MarkdownIt:
    """The one parser instance (built on first use, not at import).

    Block structure only: the core ``inline`` rule is off, because the tree
    keeps each block's inline *source* and :func:`plain` renders just the
    pieces that are shown, which is several times cheaper than rendering all.
    Nesting is allowed to :data:`NESTING_LIMIT` levels instead of the
    preset's 20 (ten list levels), because what lies past the limit is lost.
    """
    md = MarkdownIt("commonmark", {"html": False, "maxNesting": NESTING_LIMIT}).enable("table")
    md.core.ruler.disable(["inline", "text_join"])
    alt = next(rule.alt for rule in md.block.ruler.__rules__ if rule.name == "hr")  # "at" would reset them
    md.block.ruler.at("hr", _hr, {"alt": list(alt)})
    return md


def _hr(state, start: int, end: int, silent: bool) -> bool:
    """markdown-it's thematic-break rule behind a C-speed rejection of lines that hold anything else.

    The rule scans the rest of the line in Python at every nesting level, so
    one line of ``- - - … - a`` (a list nested as deep as the limit allows)
    cost 50 scans of 2 MB, ~30x the normal per-KB cost.  A line with any
    character but the marker, spaces and tabs is never a rule; the others
    still go through the original, so what is a rule does not change.
    """
    pos = state.bMarks[start] + state.tShift[start]
    stop = state.eMarks[start]
    if pos < stop:
        marker = state.src[pos]
        if marker in "*-_" and state.src[pos:stop].strip(" \t" + marker):
            return False
    return _markdown_hr(state, start, end, silent)


@lru_cache(maxsize=1)
def _inline() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False})


@dataclass(slots=True)
class Span:
    """A block's 0-based first line and the line after its last (markdown-it's ``map``)."""

    line: int
    end: int


@dataclass(slots=True)
class Para(Span):
    raw: str
    """Inline source with markdown kept, list markers and indentation removed."""
    _lines: list[tuple[int, str]] | None = field(default=None, repr=False, compare=False)

    def raw_lines(self) -> list[tuple[int, str]]:
        """Each source line of the paragraph with its 0-based line number (worked out once: fields,
        timeline, actions and sentiment each ask; callers must not change the list)."""
        lines = self._lines
        if lines is None:
            lines = self._lines = [(self.line + i, text.rstrip()) for i, text in enumerate(self.raw.split("\n"))]
        return lines


@dataclass(slots=True)
class Item(Span):
    para: Para | None
    children: list[Block] = field(default_factory=list)


@dataclass(slots=True)
class ListBlock(Span):
    ordered: bool
    items: list[Item] = field(default_factory=list)


@dataclass(slots=True)
class Row:
    line: int
    cells: list[str]


@dataclass(slots=True)
class Table(Span):
    header: list[str]
    rows: list[Row] = field(default_factory=list)


@dataclass(slots=True)
class Quote(Span):
    children: list[Block] = field(default_factory=list)


@dataclass(slots=True)
class Opaque(Span):
    kind: str


Block = Para | ListBlock | Table | Quote | Opaque


@dataclass(slots=True)
class Section:
    level: int
    title: str
    """Heading inline source (markdown kept)."""
    line: int
    end: int = 0
    setext: bool = False
    blocks: list[Block] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)
    parent: Section | None = None
    too_deep: list[tuple[int, int]] = field(default_factory=list)
    """Root only: 0-based [first, end) line ranges markdown-it did not read because nesting went past its limit."""
    _shown: str | None = field(default=None, repr=False, compare=False)
    _walked: list[Section] | None = field(default=None, repr=False, compare=False)

    @property
    def shown(self) -> str:
        """The title as a reader sees it (:func:`plain`), worked out once: every pass over the sections asks."""
        if self._shown is None:
            self._shown = plain(self.title)
        return self._shown

    def walk(self) -> list[Section]:
        """This section and every one below it, in document order; worked out once (the tree is complete when
        anyone walks it, and a dozen passes over the sections ask; callers must not change the list)."""
        walked = self._walked
        if walked is None:
            walked = [self]
            for child in self.children:
                walked.extend(child.walk())
            self._walked = walked
        return walked


def _span(token: Token) -> tuple[int, int]:
    return (token.map[0], token.map[1]) if token.map else (0, 0)


class _Builder:
    def __init__(self, tokens: list[Token], lines: list[str]) -> None:
        self.tokens = tokens
        self.lines = lines
        self.pos = 0

    def blocks_until(self, close: str | None) -> list[Block]:
        out: list[Block] = []
        while self.pos < len(self.tokens):
            token = self.tokens[self.pos]
            if close is not None and token.type == close:
                self.pos += 1
                return out
            block = self.block()
            if block is not None:
                out.append(block)
        return out

    def block(self) -> Block | None:
        token = self.tokens[self.pos]
        start, end = _span(token)
        kind = token.type
        if kind == "paragraph_open":
            inline = self.tokens[self.pos + 1]
            self.pos += 3
            return Para(start, end, inline.content)
        if kind in ("bullet_list_open", "ordered_list_open"):
            self.pos += 1
            block = ListBlock(start, end, kind == "ordered_list_open")
            close = kind.replace("_open", "_close")
            while self.tokens[self.pos].type != close:
                block.items.append(self.item())
            self.pos += 1
            return block
        if kind == "table_open":
            return self.table()
        if kind == "blockquote_open":
            self.pos += 1
            return Quote(start, end, self.blocks_until("blockquote_close"))
        self.pos += 1
        if kind.endswith("_close") or kind == "inline":
            return None
        return Opaque(start, end, kind)

    def item(self) -> Item:
        token = self.tokens[self.pos]
        start, end = _span(token)
        self.pos += 1
        children = self.blocks_until("list_item_close")
        para = children[0] if children and isinstance(children[0], Para) else None
        return Item(start, end, para, children[1:] if para else children)

    def table(self) -> Table:
        start, end = _span(self.tokens[self.pos])
        self.pos += 1
        header: list[str] = []
        rows: list[Row] = []
        current: Row | None = None
        in_head = False
        while self.tokens[self.pos].type != "table_close":
            token = self.tokens[self.pos]
            if token.type == "thead_open":
                in_head = True
            elif token.type == "thead_close":
                in_head = False
            elif token.type == "tr_open":
                current = Row(_span(token)[0], [])
            elif token.type == "tr_close" and current is not None:
                if in_head:
                    header = current.cells
                else:
                    rows.append(current)
                current = None
            elif token.type == "inline" and current is not None:
                current.cells.append(token.content.strip())
            self.pos += 1
        self.pos += 1
        return Table(start, end, header, rows)


def _too_deep(tokens: list[Token], limit: int, total: int) -> list[tuple[int, int]]:
    """Line ranges markdown-it skipped: past ``maxNesting`` it drops blocks without a word.

    The container at the limit loses its inside, and a list item also loses
    the rest of its enclosing blocks (markdown-it jumps to their end), so a
    range runs to the next block that was read, or to the end of the file.
    """
    ranges: list[tuple[int, int]] = []
    for index, token in enumerate(tokens):
        if token.type not in ("blockquote_open", "list_item_open") or token.level + 1 < limit:
            continue
        first = token.map[0] if token.map else 0
        after = next((t.map[0] for t in tokens[index + 1:] if t.map and t.map[0] > first), total)
        ranges.append((first, after))
    return ranges


SCANNER = True
"""Read blocks with the hand-written scanner (:mod:`.scan`) first; markdown-it reads what it declines.

Benchmarks and the differential tests switch it off to run markdown-it alone.
"""

_NODES = SimpleNamespace(Section=Section, Para=Para, ListBlock=ListBlock, Item=Item, Row=Row, Table=Table,
                         Quote=Quote, Opaque=Opaque)


def build(text: str) -> tuple[Section, list[str]]:
    """Parse *text* into a root section (level 0) and its normalised lines."""
    normal = text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
    if SCANNER:
        scanned = scan(normal, _NODES)
        if scanned is not None:
            return scanned
    return build_markdown(normal)


def build_markdown(text: str) -> tuple[Section, list[str]]:
    """:func:`build` by markdown-it alone (the fallback, and the scanner's test oracle)."""
    normal = text.replace("\r\n", "\n").replace("\r", "\n")
    md = markdown()
    tokens = md.parse(normal)
    lines = normal.split("\n")
    root = Section(level=0, title="", line=0, end=len(lines))
    content_lines = len(lines) - 1 if lines[-1] == "" else len(lines)
    root.too_deep = _too_deep(tokens, md.options["maxNesting"], content_lines)
    current = root
    builder = _Builder(tokens, lines)
    while builder.pos < len(tokens):
        token = tokens[builder.pos]
        if token.type == "heading_open":
            level = int(token.tag[1:])
            start, end = _span(token)
            title = tokens[builder.pos + 1].content.strip()
            builder.pos += 3
            while current.level >= level and current.parent is not None:
                current.end = start
                current = current.parent
            section = Section(level, title, start, len(lines), token.markup in ("=", "-"), parent=current)
            current.children.append(section)
            current = section
            continue
        block = builder.block()
        if block is not None:
            current.blocks.append(block)
    return root, lines


PLAIN_LIMIT = 20_000
"""Characters of one piece of inline markdown that are rendered; the rest is shown as written.

markdown-it's inline pass costs up to ~15 µs a character on bracket soup
(``[[[[…``), so a 1 MB heading would take many seconds; no real title, item
or cell is anywhere near this long.
"""


_MARKUP = "*_`[]<>&\\!"
"""The characters that can start inline markup in markdown-it's commonmark preset (this parser's)."""
_MARKUP_RE = re.compile(r"[*_`\[\]<>&\\!]")
_NOT_STAR = "_`[]<>&\\!"


def _can_open_close(last: str, nxt: str) -> tuple[bool, bool]:
    """Whether a run of ``*`` between *last* and *nxt* can open and close emphasis (markdown-it's
    ``scanDelims`` for ``*``, which may split words, so opening is left-flanking and closing right-flanking)."""
    last_punct = isMdAsciiPunct(ord(last)) or isPunctChar(last)
    next_punct = isMdAsciiPunct(ord(nxt)) or isPunctChar(nxt)
    last_space = isWhiteSpace(ord(last))
    next_space = isWhiteSpace(ord(nxt))
    left = not (next_space or (next_punct and not (last_space or last_punct)))
    right = not (last_space or (last_punct and not (next_space or next_punct)))
    return left, right


def _one_emphasis(raw: str) -> str | None:
    """:func:`plain` of ``**Owner:** rest`` or ``*"a quote"* - name`` without markdown-it, else None.

    Only for one ``*``/``**`` span that starts the text, with no other markup character anywhere:
    then markdown-it's inline pass yields the text less the two delimiter runs exactly when the
    opening run can open and the closing run can close (the rule of three cannot apply to two runs
    of equal length 1 or 2).  Anything else is left to markdown-it (tests/core/test_plain_fast.py
    compares the two on generated strings).
    """
    n = 2 if raw[1:2] == "*" else 1
    if raw.count("*") != 2 * n:
        return None
    close = raw.find("*", n)
    if n == 2 and raw[close + 1:close + 2] != "*":
        return None
    inner = raw[n:close]
    rest = raw[close + n:]
    if not inner or any(ch in raw for ch in _NOT_STAR):
        return None
    if not _can_open_close(" ", inner[0])[0] or not _can_open_close(inner[-1], rest[:1] or " ")[1]:
        return None
    return " ".join((inner + rest).split())


def plain(raw: str) -> str:
    """Inline markdown source → the text a reader sees (emphasis, code marks and links dropped)."""
    if not raw:
        return ""
    if _MARKUP_RE.search(raw) is None:
        return " ".join(raw.split())
    if raw[0] == "*" and len(raw) <= PLAIN_LIMIT:
        fast = _one_emphasis(raw)
        if fast is not None:
            return fast
    return _plain_markdown(raw)


def _plain_markdown(raw: str) -> str:
    """:func:`plain` by markdown-it's inline parser (for any text; the fast paths' test oracle)."""
    if not raw:
        return ""
    if len(raw) > PLAIN_LIMIT:
        cut = PLAIN_LIMIT
        gap = " " if raw[cut - 1].isspace() or raw[cut].isspace() else ""
        return " ".join(f"{_plain_markdown(raw[:cut])}{gap}{raw[cut:]}".split())
    md = _inline()
    tokens: list[Token] = []
    md.inline.parse(raw, md, {}, tokens)
    parts: list[str] = []
    for token in tokens:
        if token.type in ("text", "text_special", "code_inline", "html_inline"):
            parts.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif token.type == "image":
            parts.append(token.content)
    return " ".join("".join(parts).split())
