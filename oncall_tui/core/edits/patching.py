"""The file as lines, the markup pieces edits recognise, and choosing a verified patch.

A patch is a list of line operations against the unpatched file (:class:`Set`,
:class:`Insert`); :class:`Doc` applies them and re-encodes with the file's own
encoding, BOM and newline, so every untouched byte stays as it was.
:func:`choose` takes the first candidate patch whose re-parse shows exactly the
intended change.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from oncall_tui.core.dates import zone_text
from oncall_tui.core.model import Case
from oncall_tui.core.parse import parse_bytes
from oncall_tui.core.parse.tree import Item, ListBlock, Quote, Section, Table, build, plain
from oncall_tui.core.text import decode, encode

from oncall_tui.core.vocabulary import (  # noqa: F401 (the edits modules take them from here)
    CASE_STATUSES, ITEM_STATUSES, ITEM_WORDS, PRIORITIES, PRIORITY_WORDS, STATUS_LABELS,
)


class EditRefused(Exception):
    """The edit was not made; the message says why, fit to show the user."""


class NothingToChange(EditRefused):
    """The file already says what the edit would make it say."""


@dataclass(frozen=True, slots=True)


class Set:
    line: int
    text: str


@dataclass(frozen=True, slots=True)


class Insert:
    line: int
    """Insert before this 0-based line (``len(lines)`` appends)."""
    texts: tuple[str, ...]


Op = Set | Insert


_NEWLINE = re.compile(r"(\r\n|\r|\n)")


class Doc:
    """A file's lines (content and endings apart), its style and its section tree."""

    def __init__(self, raw: bytes) -> None:
        decoded = decode(raw)
        if decoded.problems or encode(decoded.text, decoded.encoding, decoded.bom) != raw:
            raise EditRefused("this file's bytes are not valid in its own encoding, so it cannot be patched "
                              "byte-exactly; edit it in your editor instead")
        self.encoding, self.bom, self.newline = decoded.encoding, decoded.bom, decoded.newline
        parts = _NEWLINE.split(decoded.text)
        self.lines: list[str] = parts[0::2]
        self.ends: list[str] = [*parts[1::2], ""]
        self.root, _ = build(decoded.text)

    def can_encode(self, text: str) -> bool:
        try:
            text.encode(self.encoding)
        except UnicodeEncodeError:
            return False
        return True

    def render(self, ops: Iterable[Op]) -> bytes:
        """The file with *ops* applied (line numbers refer to the unpatched file)."""
        lines, ends = list(self.lines), list(self.ends)
        for op in sorted(ops, key=lambda op: (op.line, isinstance(op, Set)), reverse=True):
            if isinstance(op, Set):
                lines[op.line] = op.text
            elif op.line >= len(lines):  # append after a last line that has no newline
                ends[-1] = self.newline
                lines.extend(op.texts)
                ends.extend([self.newline] * (len(op.texts) - 1) + [""])
            else:
                lines[op.line:op.line] = op.texts
                ends[op.line:op.line] = [self.newline] * len(op.texts)
        text = "".join(line + end for line, end in zip(lines, ends))
        try:
            return encode(text, self.encoding, self.bom)
        except UnicodeEncodeError as exc:
            bad = exc.object[exc.start:exc.end]
            raise EditRefused(f"{bad!r} cannot be written in this file's encoding ({self.encoding})") from exc

    # ----------------------------------------------------------------- tree look-ups

    def sections(self) -> list[Section]:
        return [s for s in self.root.walk() if s.level]

    def blank(self, line: int) -> bool:
        return not (0 <= line < len(self.lines)) or not self.lines[line].strip()

    def last_content_line(self, start: int, end: int) -> int:
        """The last non-blank line in [start, end)."""
        for line in range(min(end, len(self.lines)) - 1, start - 1, -1):
            if not self.blank(line):
                return line
        return start

    def end_of_file(self) -> int:
        """Where an appended block goes: before the empty string a final newline leaves."""
        return len(self.lines) - 1 if self.lines[-1] == "" and len(self.lines) > 1 else len(self.lines)

    def _gap_before(self, line: int) -> list[str]:
        """A blank line to separate a new block from the line above, unless that is blank or a heading."""
        if self.blank(line - 1) or re.match(r"\s{0,3}(?:#{1,6}(?:\s|$)|[=-]+\s*$)", self.lines[line - 1]):
            return []
        return [""]

    def block_at_end(self, texts: list[str]) -> Insert:
        at = self.end_of_file()
        return Insert(at, tuple(self._gap_before(at) + texts))

    def block_before(self, line: int, texts: list[str]) -> Insert:
        """Insert *texts* as a block of their own before *line* (blank lines kept around it)."""
        if line >= self.end_of_file():
            return self.block_at_end(texts)
        tail = [] if self.blank(line) else [""]
        return Insert(line, tuple(self._gap_before(line) + texts + tail))

    def heading_style(self) -> tuple[bool, bool, int]:
        """(setext, titles end with ':', level) that a new section should use."""
        sections = self.sections()[1:] or self.sections()
        if not sections:
            return False, False, 2
        setext = sum(s.setext for s in sections) * 2 > len(sections)
        colon = sum(s.shown.endswith(":") for s in sections) * 2 > len(sections)
        level = Counter(s.level for s in sections).most_common(1)[0][0]
        return setext, colon, max(2, level) if not setext else 2

    def heading(self, title: str) -> list[str]:
        setext, colon, level = self.heading_style()
        if setext:
            title = title + ":" if colon else title
            return [title, "-" * len(title)]
        return ["#" * level + " " + title]


def walk_blocks(blocks: Iterable) -> Iterator:
    for block in blocks:
        yield block
        if isinstance(block, ListBlock):
            for item in block.items:
                yield from walk_blocks(item.children)
        elif isinstance(block, Quote):
            yield from walk_blocks(block.children)


def all_blocks(doc: Doc) -> Iterator:
    for section in doc.root.walk():
        yield from walk_blocks(section.blocks)


def find_item(doc: Doc, line: int) -> tuple[ListBlock, Item] | None:
    for block in all_blocks(doc):
        if isinstance(block, ListBlock):
            for item in block.items:
                if item.line == line:
                    return block, item
    return None


def find_row(doc: Doc, line: int) -> Table | None:
    for block in all_blocks(doc):
        if isinstance(block, Table) and any(row.line == line for row in block.rows):
            return block
    return None


def heading_end(section: Section) -> int:
    return section.line + (2 if section.setext else 1)


def content_end(doc: Doc, section: Section) -> int:
    """The line after the section's own content (before any sub-section)."""
    start = heading_end(section)
    stop = section.children[0].line if section.children else section.end
    for line in range(min(stop, len(doc.lines)) - 1, start - 1, -1):
        if not doc.blank(line):
            return line + 1
    return start


# The line patterns below are matched against whole file lines, which can be a megabyte long: a lazy
# ``.*?`` before ``[ \t]*$`` (or two adjacent ``[ \t]*``) backtracks quadratically over a run of spaces.
# So text ends at its last non-blank character (``(?:.*[^ \t])?``, one backward pass) and runs of blanks
# are matched possessively; what each group captures is unchanged.
_TEXT_THEN_TRAIL = r"(?:.*[^ \t])?)(?P<trail>[ \t]*)$"

LIST_LINE = re.compile(
    r"^(?P<indent>[ \t]*+(?:>[ \t]?)*+[ \t]*+)(?P<marker>[-*+]|(?P<num>\d{1,9})(?P<delim>[.)]))(?P<gap>[ \t]++)"
    r"(?P<rest>" + _TEXT_THEN_TRAIL
)


BOX = re.compile(r"\[(?P<mark>[ xX✓✔-])\](?P<gap>[ \t]*)")
GLYPH = re.compile("(?P<glyph>✔️|☑️|✅|✔|☑|⏳|🔄|🚧|☐|⬜|❌)(?P<gap>[ \t]*)")


LEAD_WORD = re.compile(r"(?P<word>DONE|TODO|WIP|BLOCKED)(?P<gap>[ \t]*:[ \t]*)", re.IGNORECASE)
TAIL_WORD = re.compile(
    r"(?<![ \t])(?P<gap>[ \t]*)(?P<open>[(\[])(?P<word>done|complete|completed|in progress|in-progress|wip|planned|open|todo|"
    r"blocked)(?P<close>[)\]])(?P<trail>[ \t]*)$",
    re.IGNORECASE,
)


FIELD_LINE = re.compile(
    r"^(?P<pre>[ \t]*(?:[-*+][ \t]+)?)"
    r"(?:(?P<e1>\*\*|__)(?P<k1>[A-Za-z][\w /&().'-]{0,40}?):(?P=e1)"
    r"|(?P<e2>\*\*|__)(?P<k2>[A-Za-z][\w /&().'-]{0,40}?)(?P=e2)[ \t]*:"
    r"|(?P<k3>[A-Z][\w /&().'-]{0,40}?):(?=\s))"
    r"[ \t]*+(?P<value>" + _TEXT_THEN_TRAIL
)


_LABEL_LINE_SHORT = re.compile(
    r"^(?P<pre>\W*(?:\*\*|__)?\s*overall\s+(?:customer\s+)?sentiment\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*)"
    r"(?P<label>.+?)(?P<post>(?:\*\*|__)?[ \t]*)$",
    re.IGNORECASE,
)
_LABEL_PRE = re.compile(
    r"^\W*+(?:\*\*|__)?\s*+overall\s++(?:customer\s++)?sentiment\s*+(?:\*\*|__)?\s*+:\s*+(?:(?:\*\*|__)\s*+)?",
    re.IGNORECASE,
)


class _LabelLine:
    """``Overall sentiment: label`` split into pre, label (shortest, at least one character) and post.

    The one-regex form needs a lazy label before ``(?:**|__)?[ \t]*$``,
    quadratic on long lines; here the prefix is matched possessively and the
    end is found with ``rstrip``, giving the same three parts.
    """

    def match(self, line: str) -> dict[str, str] | None:
        found = _LABEL_PRE.match(line)
        if found is None:
            return None
        rest = line[found.end():]
        if not rest:  # the regex would give back the prefix's last characters; only short lines get here
            short = _LABEL_LINE_SHORT.match(line) if len(line) <= 500 else None
            return short.groupdict() if short else None
        body = rest.rstrip(" \t")
        cut = len(body) - 2 if len(body) > 2 and body[-2:] in ("**", "__") else len(body)
        return {"pre": line[: found.end()], "label": rest[:cut], "post": rest[cut:]}


LABEL_LINE = _LabelLine()


GLYPHS_IN_USE = re.compile("[✅⏳]")


def like_case(sample: str, word: str) -> str:
    """*word* in *sample*'s capitalisation (``DONE``, ``Done``, ``done``, ``In Progress``)."""
    letters = [c for c in sample if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 1:
        return word.upper()
    if sample.istitle():
        return word.title()
    if sample[:1].isupper():
        return word[:1].upper() + word[1:]
    return word.lower()


def one_line(value: str, what: str) -> str:
    value = value.strip()
    if not value:
        raise EditRefused(f"the {what} is empty")
    if any(ord(ch) < 32 or ch in "\x7f\u2028\u2029\x85" for ch in value):
        raise EditRefused(f"the {what} must be a single line of text")
    return value


def model_dict(case: Case, *, lines: bool) -> dict:
    data = case.model_dump(mode="json")
    if not lines:
        for key in ("timeline", "action_items"):
            for entry in data[key]:
                entry.pop("line", None)
        data["problems"] = [re.sub(r"\bline \d+", "line N", p) for p in data["problems"]]
    return data


def differences(old: dict, new: dict) -> str | None:
    changed = [key for key in old if old[key] != new.get(key)]
    return ", ".join(changed) + " would change too" if changed else None


Check = Callable[[Case, Case], str | None]


@dataclass(frozen=True, slots=True)


class Patched:
    data: bytes
    case: Case
    message: str


def choose(doc: Doc, old: Case, candidates: Iterable[tuple[list[Op], Check]], message: Callable[[Case], str]) -> Patched:
    """The first candidate patch whose re-parse passes its check."""
    reasons: list[str] = []
    seen: set[bytes] = set()
    for ops, check in candidates:
        try:
            data = doc.render(ops)
        except EditRefused as exc:
            reasons.append(str(exc))
            continue
        if data in seen:
            continue
        seen.add(data)
        new = parse_bytes(data, old.path)
        reason = check(old, new)
        if reason is None:
            return Patched(data, new, message(new))
        reasons.append(reason)
    why = reasons[0] if reasons else "no place to make it"
    raise EditRefused(f"the change would not read back as intended ({why}); nothing was written")


def each_with(candidates: Iterable[list[Op]], check: Check) -> list[tuple[list[Op], Check]]:
    return [(ops, check) for ops in candidates]


def item_rest(doc: Doc, line: int) -> str:
    m = LIST_LINE.match(doc.lines[line]) if 0 <= line < len(doc.lines) else None
    return m["rest"] if m else ""


def split_row(line: str) -> tuple[list[str], int, int]:
    """A table line's pipe-separated pieces and the slice of them that are cells."""
    pieces = re.split(r"(?<!\\)\|", line)
    first = 1 if not pieces[0].strip() else 0
    last = len(pieces) - 1 if len(pieces) > 1 and not pieces[-1].strip() else len(pieces)
    return pieces, first, last


def set_cell(cell: str, text: str, aligned: bool = False) -> str:
    lead = cell[: len(cell) - len(cell.lstrip())] or " "
    trail = cell[len(cell.rstrip()):] or " "
    new = lead + text + trail
    if aligned and len(new) < len(cell):  # keep the column width of an aligned table
        new = lead + text.ljust(len(cell) - len(lead) - 1) + " "
    return new


def table_aligned(doc: Doc, table: Table) -> bool:
    """Do all the table's lines put their pipes in the same columns?"""
    positions = {tuple(m.start() for m in re.finditer(r"(?<!\\)\|", doc.lines[i])) for i in range(table.line, table.end)
                 if i < len(doc.lines) and doc.lines[i].strip()}
    return len(positions) == 1


def table_column(table: Table, names: tuple[str, ...]) -> int | None:
    header = [plain(h).lower().strip() for h in table.header]
    return next((header.index(n) for n in names if n in header), None)


STATUS_COLUMNS = ("status", "state", "done")



def moment_text(moment: datetime) -> str:
    """``2026-12-04 19:09 +01:00``: a minute with the zone it was taken in (what the person's clock said)."""
    return f"{moment:%Y-%m-%d %H:%M} {zone_text(moment)}".rstrip()
