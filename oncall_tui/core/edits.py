"""Edits written back into a case file as small line patches.

Why patches: the file is the only source of truth and people also edit it by
hand, so an edit changes only the lines it targets and keeps every other byte
(encoding, BOM, newline style, indentation, sections we do not understand).
An edit proposes one or more candidate patches in the file's own style, best
first; a candidate is taken only if re-parsing it shows exactly the intended
change in the model, otherwise nothing is written and :class:`EditRefused`
says why.  :func:`apply_edit` writes through :class:`~oncall_tui.core.storage.Storage`;
when the file changed on disk meanwhile it re-reads it, finds the target again
by its text and patches again (a rebase), or refuses.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from dataclasses import replace as _replace
from datetime import date, datetime, tzinfo

from oncall_tui.core.dates import iso, parse_moment, sort_key
from oncall_tui.core.model import CLOSED_STATUSES, ActionItem, Case
from oncall_tui.core.parse import parse_bytes
from oncall_tui.core.parse.actions import ACTION_HEADING, TAKEN_HEADING
from oncall_tui.core.parse.fields import collect
from oncall_tui.core.parse.timeline import TIMELINE_HEADING
from oncall_tui.core.parse.tree import Item, ListBlock, Para, Quote, Section, Table, build, plain
from oncall_tui.core.storage import ConflictError, Storage, WriteResult
from oncall_tui.core.text import decode, encode

ITEM_STATUSES = ("open", "in_progress", "done")
CASE_STATUSES = ("open", "in_progress", "monitoring", "resolved", "closed")
PRIORITIES = ("P1", "P2", "P3", "P4")
STATUS_LABELS = {"open": "Open", "in_progress": "In Progress", "monitoring": "Monitoring",
                 "resolved": "Resolved", "closed": "Closed"}
ITEM_WORDS = {"open": "open", "in_progress": "in progress", "done": "done"}
PRIORITY_WORDS = {"P1": "Critical", "P2": "High", "P3": "Medium", "P4": "Low"}


class EditRefused(Exception):
    """The edit was not made; the message says why, fit to show the user."""


class NothingToChange(EditRefused):
    """The file already says what the edit would make it say."""


# --------------------------------------------------------------------------- the file as lines


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
        colon = sum(plain(s.title).endswith(":") for s in sections) * 2 > len(sections)
        level = Counter(s.level for s in sections).most_common(1)[0][0]
        return setext, colon, max(2, level) if not setext else 2

    def heading(self, title: str) -> list[str]:
        setext, colon, level = self.heading_style()
        if setext:
            title = title + ":" if colon else title
            return [title, "-" * len(title)]
        return ["#" * level + " " + title]


def _walk(blocks: Iterable) -> Iterator:
    for block in blocks:
        yield block
        if isinstance(block, ListBlock):
            for item in block.items:
                yield from _walk(item.children)
        elif isinstance(block, Quote):
            yield from _walk(block.children)


def _all_blocks(doc: Doc) -> Iterator:
    for section in doc.root.walk():
        yield from _walk(section.blocks)


def _find_item(doc: Doc, line: int) -> tuple[ListBlock, Item] | None:
    for block in _all_blocks(doc):
        if isinstance(block, ListBlock):
            for item in block.items:
                if item.line == line:
                    return block, item
    return None


def _find_row(doc: Doc, line: int) -> Table | None:
    for block in _all_blocks(doc):
        if isinstance(block, Table) and any(row.line == line for row in block.rows):
            return block
    return None


def _heading_end(section: Section) -> int:
    return section.line + (2 if section.setext else 1)


def _content_end(doc: Doc, section: Section) -> int:
    """The line after the section's own content (before any sub-section)."""
    start = _heading_end(section)
    stop = section.children[0].line if section.children else section.end
    for line in range(min(stop, len(doc.lines)) - 1, start - 1, -1):
        if not doc.blank(line):
            return line + 1
    return start


# --------------------------------------------------------------------------- markup pieces

_LIST_LINE = re.compile(
    r"^(?P<indent>[ \t]*(?:>[ \t]?)*[ \t]*)(?P<marker>[-*+]|(?P<num>\d{1,9})(?P<delim>[.)]))(?P<gap>[ \t]+)"
    r"(?P<rest>.*?)(?P<trail>[ \t]*)$"
)
_BOX = re.compile(r"\[(?P<mark>[ xX✓✔-])\](?P<gap>[ \t]*)")
_GLYPH = re.compile("(?P<glyph>✔️|☑️|✅|✔|☑|⏳|🔄|🚧|☐|⬜|❌)(?P<gap>[ \t]*)")
_LEAD_WORD = re.compile(r"(?P<word>DONE|TODO|WIP|BLOCKED)(?P<gap>[ \t]*:[ \t]*)", re.IGNORECASE)
_TAIL_WORD = re.compile(
    r"(?P<gap>[ \t]*)(?P<open>[(\[])(?P<word>done|complete|completed|in progress|in-progress|wip|planned|open|todo|"
    r"blocked)(?P<close>[)\]])(?P<trail>[ \t]*)$",
    re.IGNORECASE,
)
_FIELD_LINE = re.compile(
    r"^(?P<pre>[ \t]*(?:[-*+][ \t]+)?)"
    r"(?:(?P<e1>\*\*|__)(?P<k1>[A-Za-z][\w /&().'-]{0,40}?):(?P=e1)"
    r"|(?P<e2>\*\*|__)(?P<k2>[A-Za-z][\w /&().'-]{0,40}?)(?P=e2)[ \t]*:"
    r"|(?P<k3>[A-Z][\w /&().'-]{0,40}?):(?=\s))"
    r"[ \t]*(?P<value>.*?)(?P<trail>[ \t]*)$"
)
_LABEL_LINE = re.compile(
    r"^(?P<pre>\W*(?:\*\*|__)?\s*overall\s+(?:customer\s+)?sentiment\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*)"
    r"(?P<label>.+?)(?P<post>(?:\*\*|__)?[ \t]*)$",
    re.IGNORECASE,
)
_GLYPHS_IN_USE = re.compile("[✅⏳]")


def _like(sample: str, word: str) -> str:
    """*word* in *sample*'s capitalisation (``DONE``, ``Done``, ``done``, ``In Progress``)."""
    letters = [c for c in sample if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 1:
        return word.upper()
    if sample.istitle():
        return word.title()
    if sample[:1].isupper():
        return word[:1].upper() + word[1:]
    return word.lower()


def _one_line(value: str, what: str) -> str:
    value = value.strip()
    if not value:
        raise EditRefused(f"the {what} is empty")
    if any(ord(ch) < 32 or ch in "\x7f\u2028\u2029\x85" for ch in value):
        raise EditRefused(f"the {what} must be a single line of text")
    return value


# --------------------------------------------------------------------------- checking the model


def _norm(case: Case, *, lines: bool) -> dict:
    data = case.model_dump(mode="json")
    if not lines:
        for key in ("timeline", "action_items"):
            for entry in data[key]:
                entry.pop("line", None)
        data["problems"] = [re.sub(r"\bline \d+", "line N", p) for p in data["problems"]]
    return data


def _differences(old: dict, new: dict) -> str | None:
    changed = [key for key in old if old[key] != new.get(key)]
    return ", ".join(changed) + " would change too" if changed else None


Check = Callable[[Case, Case], str | None]


@dataclass(frozen=True, slots=True)
class Patched:
    data: bytes
    case: Case
    message: str


def _choose(doc: Doc, old: Case, candidates: Iterable[tuple[list[Op], Check]], message: Callable[[Case], str]) -> Patched:
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


def _each(candidates: Iterable[list[Op]], check: Check) -> list[tuple[list[Op], Check]]:
    return [(ops, check) for ops in candidates]


# --------------------------------------------------------------------------- item status


def _locate_item(case: Case, target: ActionItem) -> int:
    """Index of *target* in *case*, found by its text (and ref), nearest line first."""
    same = [i for i, item in enumerate(case.action_items) if item.text == target.text]
    if target.ref:
        same = [i for i in same if case.action_items[i].ref == target.ref] or \
               [i for i, item in enumerate(case.action_items) if item.ref == target.ref]
    if not same:
        raise EditRefused(f"the action item {target.text[:60]!r} is no longer in the file")
    return min(same, key=lambda i: (case.action_items[i].group != target.group,
                                    abs(case.action_items[i].line - target.line)))


@dataclass(frozen=True, slots=True)
class _Marks:
    box: str | None = None
    box_gap: str = " "
    glyph: str | None = None
    glyph_gap: str = " "
    lead: str | None = None
    lead_gap: str = ": "
    tail: str | None = None
    tail_gap: str = " "
    brackets: str = "()"


def _read_marks(rest: str, last: str | None) -> tuple[_Marks, str, str]:
    """An item's status marks, the first line's text after them and the last line before a tail word.

    *last* is None for a one-line item (then a tail word is cut from the first line's text).
    """
    marks = _Marks()
    pos = 0
    if m := _BOX.match(rest, pos):
        marks = _replace(marks, box=m["mark"], box_gap=m["gap"] or " ")
        pos = m.end()
    if m := _GLYPH.match(rest, pos):
        marks = _replace(marks, glyph=m["glyph"], glyph_gap=m["gap"] or " ")
        pos = m.end()
    if m := _LEAD_WORD.match(rest, pos):
        marks = _replace(marks, lead=m["word"], lead_gap=m["gap"])
        pos = m.end()
    body = rest[pos:]
    end_text = body if last is None else last
    last_body = end_text
    if m := _TAIL_WORD.search(end_text):
        marks = _replace(marks, tail=m["word"], tail_gap=m["gap"] or " ", brackets=m["open"] + m["close"])
        last_body = end_text[: m.start()]
    if last is None:
        body = last_body
    return marks, body, last_body


def _mark_variants(cur: _Marks, target: str, glyphish: bool) -> list[_Marks]:
    """Ways to write *target* with the item's own kind of marks, best first."""
    box_mark = ("X" if cur.box == "X" else "x") if target == "done" else " "
    glyph = {"done": "✅", "in_progress": "⏳", "open": None}[target]
    lead = {"done": "DONE", "in_progress": "WIP", "open": "TODO"}[target]
    word = ITEM_WORDS[target]
    tail_word = _like(cur.tail, word) if cur.tail else word
    need_tail = target == "in_progress"
    box = box_mark if cur.box is not None else None
    out: list[_Marks] = []
    if cur.lead:
        out.append(_replace(cur, lead=_like(cur.lead, lead), box=box,
                            glyph=glyph if cur.glyph else None, tail=tail_word if cur.tail else None))
    if cur.glyph:
        out.append(_replace(cur, glyph=glyph, box=box, tail=None))
        out.append(_replace(cur, glyph=glyph, box=box, tail=tail_word if cur.tail else None))
        if target == "open":
            out.append(_replace(cur, glyph=None, box=" ", tail=None))
    if cur.box is not None:
        if need_tail and glyphish:
            out.append(_replace(cur, box=" ", glyph="⏳", tail=None))
        out.append(_replace(cur, box=box_mark, tail=tail_word if need_tail else None))
        out.append(_replace(cur, box=box_mark, tail=tail_word if cur.tail or need_tail else None))
    if not (cur.lead or cur.glyph or cur.box is not None):
        ours = cur.tail is not None and cur.tail.lower() in ("in progress", "in-progress", "wip")
        if cur.tail and not ours:
            out.append(_replace(cur, tail=tail_word))  # the file's own word, updated
        base = _replace(cur, tail=None)
        if target == "done":
            out += [_replace(base, glyph="✅")] if glyphish else []
            out.append(_replace(base, box=box_mark))
        elif target == "in_progress":
            out += [_replace(base, glyph="⏳")] if glyphish else []
            out.append(_replace(base, tail=tail_word))
        else:
            out += [base, _replace(base, box=" ")]
        if cur.tail:
            out.append(_replace(cur, tail=tail_word))
    return out


def _compose_item(marks: _Marks, head: str, body: str, trail: str) -> str:
    parts = [head]
    if marks.box is not None:
        parts.append(f"[{marks.box}]{marks.box_gap}")
    if marks.glyph:
        parts.append(marks.glyph + marks.glyph_gap)
    if marks.lead:
        parts.append(marks.lead + marks.lead_gap)
    parts.append(body)
    return "".join(parts) + trail


def _list_status_ops(doc: Doc, case: Case, item: Item, target: str) -> list[list[Op]]:
    first = doc.lines[item.line]
    m = _LIST_LINE.match(first)
    if m is None:
        raise EditRefused("the action item's line is not a plain list item")
    last_line = item.para.end - 1 if item.para is not None and item.para.end - 1 > item.line else item.line
    head = m["indent"] + m["marker"] + m["gap"]
    rest, trail = m["rest"], m["trail"]
    single = last_line == item.line
    last_src = doc.lines[last_line]
    last_stripped = last_src.rstrip(" \t")
    marks, body, last_body = _read_marks(rest, None if single else last_stripped)
    last_trail = last_src[len(last_stripped):]
    glyphish = doc.can_encode("✅⏳") and any(_GLYPH.match(_item_rest(doc, i.line - 1)) for i in case.action_items)
    out: list[list[Op]] = []
    for variant in _mark_variants(marks, target, glyphish):
        tail = f"{variant.tail_gap}{variant.brackets[0]}{variant.tail}{variant.brackets[1]}" if variant.tail else ""
        if single:
            out.append([Set(item.line, _compose_item(variant, head, body + tail, trail))])
        else:
            out.append([Set(item.line, _compose_item(variant, head, body, trail)),
                        Set(last_line, last_body + tail + last_trail)])
    return out


def _item_rest(doc: Doc, line: int) -> str:
    m = _LIST_LINE.match(doc.lines[line]) if 0 <= line < len(doc.lines) else None
    return m["rest"] if m else ""


def _split_row(line: str) -> tuple[list[str], int, int]:
    """A table line's pipe-separated pieces and the slice of them that are cells."""
    pieces = re.split(r"(?<!\\)\|", line)
    first = 1 if not pieces[0].strip() else 0
    last = len(pieces) - 1 if len(pieces) > 1 and not pieces[-1].strip() else len(pieces)
    return pieces, first, last


def _set_cell(cell: str, text: str, aligned: bool = False) -> str:
    lead = cell[: len(cell) - len(cell.lstrip())] or " "
    trail = cell[len(cell.rstrip()):] or " "
    new = lead + text + trail
    if aligned and len(new) < len(cell):  # keep the column width of an aligned table
        new = lead + text.ljust(len(cell) - len(lead) - 1) + " "
    return new


def _aligned(doc: Doc, table: Table) -> bool:
    """Do all the table's lines put their pipes in the same columns?"""
    positions = {tuple(m.start() for m in re.finditer(r"(?<!\\)\|", doc.lines[i])) for i in range(table.line, table.end)
                 if i < len(doc.lines) and doc.lines[i].strip()}
    return len(positions) == 1


def _column(table: Table, names: tuple[str, ...]) -> int | None:
    header = [plain(h).lower().strip() for h in table.header]
    return next((header.index(n) for n in names if n in header), None)


_STATUS_COLUMNS = ("status", "state", "done")


def _row_status_ops(doc: Doc, table: Table, line: int, target: str) -> list[list[Op]]:
    col = _column(table, _STATUS_COLUMNS)
    if col is None:
        raise EditRefused("this action table has no Status column to change")
    pieces, first, last = _split_row(doc.lines[line])
    cells = pieces[first:last]
    if col >= len(cells):
        raise EditRefused("this table row has no Status cell")
    status_cells = []
    for row in table.rows:
        p, f, l = _split_row(doc.lines[row.line])
        status_cells += p[f:l][col:col + 1]
    glyphish = doc.can_encode("✅⏳") and any(_GLYPHS_IN_USE.search(c) for c in status_cells)
    sample = cells[col].strip().lstrip("✅⏳ ") or "Done"
    words = {"done": "Done", "in_progress": "In Progress", "open": "Open"}
    texts = []
    if glyphish:
        texts.append({"done": "✅ ", "in_progress": "⏳ ", "open": ""}[target] + _like(sample, words[target]))
    texts.append(_like(sample, words[target]))
    out = []
    for text in texts:
        new = list(pieces)
        new[first + col] = _set_cell(cells[col], text, _aligned(doc, table))
        out.append([Set(line, "|".join(new))])
    return out


def _item_status_patch(raw: bytes, case: Case, target_item: ActionItem, status: str | None) -> Patched:
    if status is not None and status not in ITEM_STATUSES:
        raise EditRefused(f"unknown action item status {status!r}")
    doc = Doc(raw)
    index = _locate_item(case, target_item)
    item = case.action_items[index]
    target = status or ("open" if item.status == "done" else "done")
    if item.status == target:
        raise NothingToChange(f"{case.id}: action item {index + 1} is already {ITEM_WORDS[target]}")
    line = item.line - 1
    table = _find_row(doc, line)
    if table is not None:
        candidates = _row_status_ops(doc, table, line, target)
    else:
        found = _find_item(doc, line)
        if found is None:
            raise EditRefused("the action item's line could not be found in the file")
        candidates = _list_status_ops(doc, case, found[1], target)

    def check(old: Case, new: Case) -> str | None:
        expected = _norm(old, lines=True)
        expected["action_items"][index]["status"] = target
        return _differences(expected, _norm(new, lines=True))

    return _choose(doc, case, _each(candidates, check),
                   lambda new: f"{case.id}: action item {index + 1} {ITEM_WORDS[target]}")


# --------------------------------------------------------------------------- adding an action item

_ESCALATION_ORDER = ("next steps", "action items?", "follow[- ]?ups?", r"\bto-?dos?\b|\btasks?\b")
_OTHER_ORDER = ("action items?", "next steps", "follow[- ]?ups?", r"\bto-?dos?\b|\btasks?\b",
                "corrective|preventive|preventative|remediation")


def _action_section(doc: Doc, case: Case) -> Section | None:
    usable = [s for s in doc.sections()
              if ACTION_HEADING.search(plain(s.title)) and not TAKEN_HEADING.search(plain(s.title))]
    for pattern in _ESCALATION_ORDER if case.kind == "escalation" else _OTHER_ORDER:
        found = [s for s in usable if re.search(pattern, plain(s.title), re.IGNORECASE)]
        if found:
            return found[-1]
    return None


def _deepest_group_list(block: ListBlock) -> ListBlock:
    """A grouped list (``1. Immediate:`` over bullets) takes new items in its last group."""
    last = block.items[-1]
    nested = [c for c in last.children if isinstance(c, ListBlock)]
    if nested and last.para is not None and plain(last.para.raw).rstrip().endswith(":"):
        return _deepest_group_list(nested[-1])
    return block


def _item_bodies(text: str, owner: str | None, due: str | None, siblings: list[str]) -> list[tuple[str, str]]:
    """(list item text, what the parser will read as its text), in the list's own owner style first."""
    due_part = f" (due {due})" if due else ""
    text = _escape_lead(text)
    if owner is None:
        return [(text + due_part, plain(text + due_part))]
    bold = (f"**{owner}:** {text}{due_part}", plain(text + due_part))
    note = (f"{text} (owner: {owner}){due_part}", plain(text + due_part))
    mention = None
    if re.fullmatch(r"[A-Za-z][\w.-]*\w", owner):
        mention = (f"{text} @{owner}{due_part}", plain(f"{text} @{owner}{due_part}"))
    uses_bold = any(re.match(r"(?:\[[ xX]\]\s*)?(?:\*\*|__)[^*_]{1,60}?:(?:\*\*|__)", s) for s in siblings)
    uses_mention = any("@" in s for s in siblings)
    order = [bold, mention, note] if uses_bold else [mention, note, bold] if uses_mention else [note, bold, mention]
    return [b for b in order if b]


def _escape_lead(text: str) -> str:
    """Backslash a leading character that would start a heading, quote, list or fence."""
    if re.match(r"[#>+*=`~|-]|\d{1,9}[.)](?:\s|$)", text):
        digits = re.match(r"\d+", text)
        return text[: digits.end()] + "\\" + text[digits.end():] if digits else "\\" + text
    return text


def _next_ref(refs: list[str]) -> str:
    numbered = [m for r in refs if (m := re.fullmatch(r"(.*?)(\d+)", r))]
    if not numbered:
        return ""
    last = numbered[-1]
    prefix = last[1]
    top = max(int(m[2]) for m in numbered if m[1] == prefix)
    return prefix + str(top + 1).zfill(len(last[2]))


def _add_item_patch(raw: bytes, case: Case, text: str, owner: str | None, due: str | date | None) -> Patched:
    text = _one_line(text, "action item text")
    owner = _one_line(owner, "owner") if owner else None
    due_iso = None
    if due:
        moment = parse_moment(due.isoformat() if isinstance(due, date) else str(due).strip())
        if moment is None:
            raise EditRefused(f"cannot read the due date {due!r} (use YYYY-MM-DD)")
        due_iso = iso(moment)
    doc = Doc(raw)
    section = _action_section(doc, case)
    candidates: list[tuple[list[Op], Check]] = []

    def add(ops: list[Op], expected_text: str) -> None:
        candidates.append((ops, _added_item_check(expected_text, owner, due_iso)))

    if section is not None:
        blocks = [b for b in section.blocks if isinstance(b, (ListBlock, Table))]
        last = blocks[-1] if blocks else None
        if isinstance(last, Table):
            for ops in _table_row_ops(doc, last, text, owner, due_iso):
                add(ops, plain(text))
        elif isinstance(last, ListBlock):
            target = _deepest_group_list(last)
            tail_item = target.items[-1]
            m = _LIST_LINE.match(doc.lines[tail_item.line])
            if m is None:
                raise EditRefused("the action list's last item is not a plain list item")
            number = f"{int(m['num']) + 1}{m['delim']}" if m["num"] else m["marker"]
            head = m["indent"] + number + m["gap"]
            siblings = [_item_rest(doc, i.line) for i in target.items]
            boxed = sum(bool(_BOX.match(s)) for s in siblings) * 2 > len(siblings)
            after = doc.last_content_line(tail_item.line, tail_item.end) + 1
            for body, shown in _item_bodies(text, owner, due_iso, siblings):
                for box in (["[ ] "] if boxed else ["", "[ ] "]):
                    add([Insert(after, (head + box + body,))], shown)
        else:
            at = _content_end(doc, section)
            for body, shown in _item_bodies(text, owner, due_iso, []):
                for box in ("", "[ ] "):
                    add([doc.block_before(at, ["1. " + box + body])], shown)
    else:
        title = "Next Steps" if case.kind == "escalation" else "Action Items"
        for body, shown in _item_bodies(text, owner, due_iso, []):
            add([doc.block_at_end(doc.heading(title) + ["1. " + body])], shown)

    def message(new: Case) -> str:
        index = next((i for i, it in enumerate(new.action_items) if it.owner == owner and it.due == due_iso
                      and it.text.startswith(plain(text)[:20])), len(new.action_items) - 1)
        return f"{case.id}: action item {index + 1} added"

    return _choose(doc, case, candidates, message)


def _added_item_check(text: str, owner: str | None, due: str | None) -> Check:
    expected = {"text": text, "owner": owner, "due": due, "status": "open"}

    def check(old: Case, new: Case) -> str | None:
        before, after = _norm(old, lines=False), _norm(new, lines=False)
        old_items, new_items = before.pop("action_items"), after.pop("action_items")
        if reason := _differences(before, after):
            return reason
        if len(new_items) != len(old_items) + 1:
            return f"{len(new_items) - len(old_items)} action items added instead of one"
        for j, entry in enumerate(new_items):
            if new_items[:j] + new_items[j + 1:] == old_items:
                wrong = [k for k, v in expected.items() if entry.get(k) != v]
                return None if not wrong else f"the new item's {', '.join(wrong)} would read differently"
        return "other action items would change"

    return check


def _table_row_ops(doc: Doc, table: Table, text: str, owner: str | None, due: str | None) -> list[list[Op]]:
    width = len(table.header)
    cells = [""] * width
    text_col = _column(table, ("action", "action item", "task", "item", "description", "what", "title", "follow-up"))
    if text_col is None:
        raise EditRefused("the action table has no Action column")
    cells[text_col] = text.replace("|", "\\|")
    for names, value in ((("owner", "owners", "assignee", "assigned to", "who", "responsible", "dri"), owner),
                         (("due", "due date", "deadline", "target", "target date", "eta", "when"), due),
                         (_STATUS_COLUMNS, "Open")):
        col = _column(table, names)
        if value and col is not None:
            cells[col] = value.replace("|", "\\|")
        elif value and names[0] != "status":
            raise EditRefused(f"the action table has no {names[0].title()} column")
    ref_col = _column(table, ("id", "#", "ref", "ticket", "key"))
    if ref_col is not None:
        refs = [p[f:l][ref_col].strip() for row in table.rows
                for p, f, l in [_split_row(doc.lines[row.line])] if ref_col < l - f]
        cells[ref_col] = _next_ref(refs)
    template_line = table.rows[-1].line if table.rows else table.line
    template = doc.lines[template_line]
    piped = template.lstrip().startswith("|")
    indent = template[: len(template) - len(template.lstrip())]
    row = indent + ("| " if piped else "") + " | ".join(cells) + (" |" if piped else "")
    after = (table.rows[-1].line if table.rows else table.line + 1) + 1
    return [[Insert(after, (row,))]]


# --------------------------------------------------------------------------- timestamps in the file's shape

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_MONTH_INDEX = {name.lower(): i for i, name in enumerate(_MONTHS)} | {
    name[:3].lower(): i for i, name in enumerate(_MONTHS)} | {"sept": 8}
_STAMP_ISO = re.compile(r"(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})(?P<sep>T|[ \t]+)?")
_STAMP_MONTH = re.compile(
    r"(?P<month>[A-Za-z]{3,9})(?P<dot>\.)?[ \t]+(?P<d>\d{1,2})(?P<ord>st|nd|rd|th)?(?P<year>,?[ \t]+\d{4})?"
    r"(?P<sep>,[ \t]*|[ \t]+at[ \t]+|[ \t]+)?"
)
_STAMP_TIME = re.compile(
    r"(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?P<ampm>[ \t]*[aApP]\.?[mM]\.?)?"
    r"(?P<zone>[ \t]*(?:UTC|GMT|Z|[+-]\d{2}:?\d{2}))?(?![A-Za-z0-9])"
)


@dataclass(frozen=True, slots=True)
class _Shape:
    """How a file writes its timestamps, so a new one can be written the same way."""

    date: str | None = None  # "iso", "month" or None (time only)
    month_full: bool = True
    month_case: str = "Title"
    dot: bool = False
    ordinal: bool = False
    year: str = ""  # the text before the year (", "), "" when no year is written
    sep: str = " "
    clock: bool = True
    ampm: str = ""  # a sample like " AM" for a 12-hour clock, "" for 24 hours
    pad: bool = True
    seconds: bool = False
    zone: str = ""  # " UTC", "Z", " +02:00" or ""


def _parse_shape(text: str) -> tuple[_Shape, int] | None:
    """The shape of the timestamp *text* starts with, and its length."""
    shape = _Shape()
    date_end = 0
    sep = ""
    if m := _STAMP_ISO.match(text):
        shape, date_end, sep = _replace(shape, date="iso"), m.end("d"), m["sep"] or ""
    elif (m := _STAMP_MONTH.match(text)) and m["month"].lower() in _MONTH_INDEX:
        month = m["month"]
        date_end = m.end("year") if m["year"] else m.end("ord") if m["ord"] else m.end("d")
        shape = _replace(shape, date="month", month_full=len(month) > 3 and month.lower() != "sept",
                         month_case="upper" if month.isupper() else "lower" if month.islower() else "Title",
                         dot=bool(m["dot"]), ordinal=bool(m["ord"]),
                         year=m["year"][: -4] if m["year"] else "")
        sep = m["sep"] or ""
    start = date_end + len(sep) if date_end else 0
    t = _STAMP_TIME.match(text, start) if (sep or not date_end) else None
    if t is None:
        return (_replace(shape, clock=False), date_end) if date_end else None
    hour = t["h"]
    shape = _replace(shape, sep=sep or " ", ampm=t["ampm"] or "", seconds=bool(t["s"]), zone=t["zone"] or "",
                     pad=len(hour) == 2 and (hour.startswith("0") or not t["ampm"]))
    return shape, t.end()


def _format_stamp(shape: _Shape, moment: datetime) -> str:
    out = ""
    if shape.zone and moment.tzinfo is not None:
        name = shape.zone.strip().upper()
        if name in ("UTC", "GMT", "Z") and moment.utcoffset():
            return ""  # cannot say this moment with that zone; no candidate
    if shape.date == "iso":
        out = f"{moment:%Y-%m-%d}"
    elif shape.date == "month":
        name = _MONTHS[moment.month - 1]
        name = name if shape.month_full else name[:3]
        name = name.upper() if shape.month_case == "upper" else name.lower() if shape.month_case == "lower" else name
        day = str(moment.day)
        if shape.ordinal:
            day += "th" if 10 <= moment.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(moment.day % 10, "th")
        out = f"{name}{'.' if shape.dot else ''} {day}" + (f"{shape.year}{moment.year}" if shape.year else "")
    if not shape.clock:
        return out
    if out:
        out += shape.sep
    hour = moment.hour
    if shape.ampm:
        hour = hour % 12 or 12
    out += (f"{hour:02d}" if shape.pad else str(hour)) + f":{moment.minute:02d}"
    if shape.seconds:
        out += f":{moment.second:02d}"
    if shape.ampm:
        out += _ampm(shape.ampm, moment.hour >= 12)
    if shape.zone:
        zone = shape.zone
        if zone.strip()[:1] in "+-":
            offset = moment.strftime("%z") if moment.tzinfo else ""
            if not offset:
                return ""
            text = offset[:3] + (":" if ":" in zone else "") + offset[3:]
            zone = zone[: len(zone) - len(zone.lstrip())] + text
        out += zone
    return out


def _ampm(sample: str, pm: bool) -> str:
    letter = re.search(r"[aApP]", sample)
    assert letter is not None
    new = ("p" if pm else "a")
    new = new.upper() if letter[0].isupper() else new
    return sample[: letter.start()] + new + sample[letter.end():]


def _stamp_variants(shape: _Shape, moment: datetime) -> list[_Shape]:
    """The file's own shape first, then with a zone, a date or a year added, then plain ISO."""
    zone = ""
    if moment.tzinfo is not None:
        zone = " UTC" if not moment.utcoffset() else " " + moment.strftime("%z")[:3] + ":" + moment.strftime("%z")[3:]
    out = [shape]
    if zone and not shape.zone:
        out.append(_replace(shape, zone=zone))
    if shape.date is None:
        dated = _replace(shape, date="iso", sep=" ")
        out += [dated] + ([_replace(dated, zone=zone)] if zone and not shape.zone else [])
    if shape.date == "month" and not shape.year:
        yeared = _replace(shape, year=", ")
        out += [yeared] + ([_replace(yeared, zone=zone)] if zone and not shape.zone else [])
    out.append(_Shape(date="iso", sep=" ", clock=shape.clock, seconds=shape.seconds, zone=shape.zone or zone))
    return out


def _expected_at(shape: _Shape, moment: datetime) -> str:
    if not shape.clock:
        return iso(moment.date())
    return iso(moment.replace(microsecond=0) if shape.seconds else moment.replace(second=0, microsecond=0))


@dataclass(frozen=True, slots=True)
class _EntryLine:
    """A timeline line cut into: before the stamp, stamp, separator, text, trailing space."""

    before: str
    stamp: str
    between: str
    text: str
    after: str

    def with_(self, stamp: str, text: str) -> str:
        return f"{self.before}{stamp}{self.between}{text}{self.after}"


def _entry_line(line: str) -> _EntryLine | None:
    m = _LIST_LINE.match(line)
    pos = len(m["indent"] + m["marker"] + m["gap"]) if m else len(line) - len(line.lstrip())
    end = len(line.rstrip(" \t"))
    rest = line[pos:end]
    if bold := re.match(r"(\*\*|__)(.+?)\1", rest):
        inner = bold[2].rstrip()
        stamp = inner.rstrip(":").rstrip()
        parsed = _parse_shape(stamp)
        if parsed is None or parsed[1] != len(stamp):
            return None
        start, stop, after = pos + 2, pos + 2 + len(stamp), pos + bold.end()
    else:
        lead = 1 if rest.startswith("[") else 0
        parsed = _parse_shape(rest[lead:])
        if parsed is None:
            return None
        start = pos + lead
        stop = after = start + parsed[1]
        if lead:
            if not line[after:].startswith("]"):
                return None
            after += 1
    sep = re.match(r"[ \t]*(?:[-–—:|]+|at\b)?[ \t]*", line[after:end])
    text_start = after + (sep.end() if sep else 0)
    return _EntryLine(line[:start], line[start:stop], line[stop:text_start], line[text_start:end], line[end:])


_NEW_TIMELINE = {
    "escalation": ("Timeline", "- 2000-01-01 00:00 - x"),
    "meeting": ("Timeline of Events", "- **January 1, 12:00 AM:** x"),
    "incident": ("Timeline", "**00:00:00** - x  "),
    "note": ("Timeline", "- 2000-01-01 00:00 - x"),
}


def _doc_zone(case: Case) -> tzinfo | None:
    for text in [e.at for e in case.timeline] + [case.opened_at or ""]:
        if "T" in text:
            moment = datetime.fromisoformat(text)
            if moment.tzinfo is not None:
                return moment.tzinfo
    return None


def _in_zone(at: datetime, zone: tzinfo | None) -> datetime:
    """*at* as the document would write it: in its zone when it has one, else naive."""
    if zone is not None:
        return at.astimezone(zone) if at.tzinfo else at.replace(tzinfo=zone)
    return at.astimezone().replace(tzinfo=None) if at.tzinfo else at


def _timeline_section(doc: Doc, event_lines: set[int]) -> Section | None:
    found = [s for s in doc.sections() if TIMELINE_HEADING.search(plain(s.title))]
    if not found:
        return None
    return max(found, key=lambda s: sum(s.line <= line < s.end for line in event_lines))


def _timeline_home(doc: Doc, case: Case) -> tuple[int, list[str]]:
    """Where a new Timeline section goes (after the header fields' section) and its heading."""
    title = _NEW_TIMELINE.get(case.kind, _NEW_TIMELINE["note"])[0]
    fields = [f for f in collect(doc.root).all if not f.in_list]
    host: Section | None = None
    if fields:
        first = min(f.line for f in fields)
        for section in doc.root.walk():
            if section.line <= first < section.end:
                host = section
    if host is None or not host.level:
        return doc.end_of_file(), doc.heading(title)
    model = host.children[0] if host.children else host
    level = model.level if host.children or host.level > 1 else 2
    if model.setext or (host.setext and not host.children):
        colon = plain(model.title).endswith(":") or case.kind == "escalation"
        text = title + (":" if colon else "")
        heading = [text, ("=" if level == 1 else "-") * len(text)]
    else:
        heading = ["#" * level + " " + title]
    at = host.children[0].line if host.children else host.end
    return at, heading


def _timeline_entries(doc: Doc, section: Section, event_lines: set[int]) -> list[tuple[int, object]]:
    """(line, block) of each parsed entry among the section's own blocks, in file order."""
    out: list[tuple[int, object]] = []
    for block in section.blocks:
        if isinstance(block, Para):
            out += [(line, block) for line in range(block.line, block.end) if line in event_lines]
        elif isinstance(block, ListBlock):
            out += [(item.line, (block, item)) for item in block.items if item.line in event_lines]
        elif isinstance(block, Table):
            out += [(row.line, block) for row in block.rows if row.line in event_lines]
    return out


def _timeline_patch(raw: bytes, case: Case, at: datetime | str, text: str) -> Patched:
    text = _one_line(text, "timeline text")
    if isinstance(at, str):
        try:
            at = datetime.fromisoformat(at.strip())
        except ValueError as exc:
            raise EditRefused(f"cannot read the time {at!r} (use YYYY-MM-DD HH:MM)") from exc
    if not isinstance(at, datetime):
        at = datetime.combine(at, datetime.min.time())
    moment = _in_zone(at, _doc_zone(case))
    doc = Doc(raw)
    event_lines = {e.line - 1 for e in case.timeline}
    section = _timeline_section(doc, event_lines)
    entries = _timeline_entries(doc, section, event_lines) if section else []
    by_line = {e.line - 1: e.at for e in case.timeline}
    candidates: list[tuple[list[Op], Check]] = []
    if entries:
        new_key = sort_key(iso(moment))
        earlier = [(line, block) for line, block in entries if sort_key(by_line[line]) <= new_key]
        anchor_line, anchor = earlier[-1] if earlier else entries[0]
        after = bool(earlier)
        if isinstance(anchor, tuple) and anchor[0].ordered:  # a numbered list: only ever append
            anchor_line, anchor, after = anchor[0].items[-1].line, anchor, True
        if isinstance(anchor, tuple):
            block, item = anchor
            if block.ordered:
                item = block.items[-1]
            where = doc.last_content_line(item.line, item.end) + 1 if after else item.line
            template = doc.lines[item.line]
            if block.ordered:
                m = _LIST_LINE.match(template)
                template = m["indent"] + f"{int(m['num']) + 1}{m['delim']}" + template[m.end("delim"):]
            candidates = _entry_candidates(template, moment, text, lambda line: [Insert(where, (line,))])
        elif isinstance(anchor, Table):
            where = anchor_line + 1 if after else anchor_line
            candidates = _row_entry_candidates(doc, anchor, anchor_line, moment, text, where)
        else:
            where = anchor_line + 1 if after else anchor_line
            candidates = _entry_candidates(doc.lines[anchor_line], moment, text, lambda line: [Insert(where, (line,))])
    else:
        template = _NEW_TIMELINE.get(case.kind, _NEW_TIMELINE["note"])[1]
        if section is not None:
            at_line = _content_end(doc, section)
            candidates = _entry_candidates(template, moment, text, lambda line: [doc.block_before(at_line, [line])])
        else:
            home, heading = _timeline_home(doc, case)
            candidates = _entry_candidates(template, moment, text,
                                           lambda line: [doc.block_before(home, heading + [line])])
    if not candidates:
        raise EditRefused("could not tell how this file writes its timeline entries")
    return _choose(doc, case, candidates,
                   lambda new: f"{case.id}: timeline entry added ({_format_stamp(_Shape(), moment)})")


def _timeline_check(expected_at: str, text: str) -> Check:
    want = (expected_at, plain(text))

    def check(old: Case, new: Case) -> str | None:
        before, after = _norm(old, lines=False), _norm(new, lines=False)
        old_events, new_events = before.pop("timeline"), after.pop("timeline")
        old_open, new_open = before.pop("opened_at"), after.pop("opened_at")
        if reason := _differences(before, after):
            return reason
        keys = Counter((e["at"], e["text"]) for e in new_events)
        if not keys[want]:
            added = Counter((e["at"], e["text"]) for e in new_events) - Counter((e["at"], e["text"]) for e in old_events)
            return f"the entry would read as {next(iter(added), None)!r}"
        keys[want] -= 1
        olds = Counter((e["at"], e["text"]) for e in old_events)
        if +(keys - olds) or any(at != expected_at for at, _ in (olds - keys)):
            return "other timeline events would change"
        if new_open != old_open and new_open != expected_at:
            return "the opening date would change"
        return None

    return check


def _entry_candidates(template: str, moment: datetime, text: str,
                      place: Callable[[str], list[Op]]) -> list[tuple[list[Op], Check]]:
    entry = _entry_line(template)
    parsed = _parse_shape(entry.stamp) if entry else None
    if entry is None or parsed is None:
        return []
    out = []
    for shape in _stamp_variants(parsed[0], moment):
        stamp = _format_stamp(shape, moment)
        if stamp:
            out.append((place(entry.with_(stamp, text)), _timeline_check(_expected_at(shape, moment), text)))
    return out


def _row_entry_candidates(doc: Doc, table: Table, line: int, moment: datetime, text: str,
                          where: int) -> list[tuple[list[Op], Check]]:
    pieces, first, last = _split_row(doc.lines[line])
    cells = pieces[first:last]
    stamp_col = next((i for i, c in enumerate(cells[:3]) if (p := _parse_shape(c.strip())) and p[1] == len(c.strip())), None)
    if stamp_col is None:
        return []
    shape = _parse_shape(cells[stamp_col].strip())[0]
    header = [plain(h).lower().strip() for h in table.header]
    text_col = next((header.index(c) for c in ("event", "description", "what", "what happened", "action", "details",
                                               "text") if c in header), None)
    if text_col is None:
        text_col = next((i for i in range(len(cells)) if i != stamp_col), None)
    if text_col is None:
        return []
    out = []
    for variant in _stamp_variants(shape, moment):
        stamp = _format_stamp(variant, moment)
        if not stamp:
            continue
        new = list(pieces)
        for i, cell in enumerate(cells):
            value = stamp if i == stamp_col else text.replace("|", "\\|") if i == text_col else ""
            new[first + i] = _set_cell(cell, value)
        out.append(([Insert(where, ("|".join(new),))], _timeline_check(_expected_at(variant, moment), text)))
    return out


# --------------------------------------------------------------------------- header fields

_STATUS_KEYS = ("status", "state", "incident status", "case status")
_PRIORITY_KEYS = ("priority", "severity", "sev")
_PRIORITY_CODE = re.compile(r"\b(?:P|SEV|S|SEVERITY|PRIORITY)[ \t]*-?[ \t]*(?P<n>[0-4])\b", re.IGNORECASE)
_PRIORITY_WORD = re.compile(r"\b(?:critical|urgent|blocker|highest|high|major|medium|moderate|normal|low|minor|lowest)\b",
                            re.IGNORECASE)


def _keep_emphasis(old: str, new: str) -> str:
    wrapped = re.fullmatch(r"(\*\*|__|`)(.+)\1", old)
    return f"{wrapped[1]}{new}{wrapped[1]}" if wrapped else new


def _status_texts(old: str, status: str) -> list[str]:
    label = STATUS_LABELS[status]
    core = re.sub(r"^(\*\*|__|`)(.+)\1$", r"\2", old)
    return [_keep_emphasis(old, _like(core, label)), label]


def _priority_texts(old: str, priority: str) -> list[str]:
    digit, word = priority[1], PRIORITY_WORDS[priority]
    out: list[str] = []
    if code := _PRIORITY_CODE.search(old):
        new = old[: code.start("n")] + digit + old[code.end("n"):]
        paren = re.search(r"\((?P<w>" + _PRIORITY_WORD.pattern[2:-2] + r")\)", new, re.IGNORECASE)
        if paren:
            out.append(new[: paren.start("w")] + _like(paren["w"], word) + new[paren.end("w"):])
        out.append(new)
    elif found := _PRIORITY_WORD.search(old):
        out.append(old[: found.start()] + _like(found[0], word) + old[found.end():])
    return out + [priority, word]


def _header_para(doc: Doc) -> Para | None:
    fields = [f for f in collect(doc.root).all if not f.in_list]
    if not fields:
        return None
    first = min(f.line for f in fields)
    return next((b for b in _all_blocks(doc) if isinstance(b, Para) and b.line <= first < b.end), None)


def _field_patch(raw: bytes, case: Case, which: str, value: str) -> Patched:
    is_status = which == "status"
    if value not in (CASE_STATUSES if is_status else PRIORITIES):
        raise EditRefused(f"unknown {which} {value!r}")
    if getattr(case, which) == value:
        label = STATUS_LABELS[value] if is_status else value
        raise NothingToChange(f"{case.id}: {which} is already {label}")
    doc = Doc(raw)
    found = collect(doc.root).get(*(_STATUS_KEYS if is_status else _PRIORITY_KEYS))
    ops: list[list[Op]] = []
    if found is not None:
        line = doc.lines[found.line]
        m = _FIELD_LINE.match(line)
        if m is None:
            raise EditRefused(f"the {which} line could not be read")
        texts = _status_texts(m["value"], value) if is_status else _priority_texts(m["value"], value)
        ops = [[Set(found.line, line[: m.start("value")] + t + line[m.end("value"):])] for t in texts]
    else:
        key = "Status" if is_status else ("Severity" if case.kind == "incident" else "Priority")
        texts = [STATUS_LABELS[value]] if is_status else (
            [PRIORITY_WORDS[value], value] if case.kind == "escalation" else [value, PRIORITY_WORDS[value]])
        ops = [[op] for t in texts for op in _new_field_ops(doc, key, t)]

    def check(old: Case, new: Case) -> str | None:
        before, after = _norm(old, lines=False), _norm(new, lines=False)
        before[which] = value
        if is_status:
            before["is_open"] = value not in CLOSED_STATUSES
            if old.kind == "escalation" and before["is_open"] != old.is_open:
                # a resolved escalation's action plan reads as done: that follows from the status
                for entry in before["action_items"] + after["action_items"]:
                    entry.pop("status")
        return _differences(before, after)

    shown = STATUS_LABELS[value] if is_status else value
    return _choose(doc, case, _each(ops, check), lambda new: f"{case.id}: {which} set to {shown}")


def _new_field_ops(doc: Doc, key: str, value: str) -> list[Op]:
    """A ``Key: value`` line after the last header field, written like its neighbours."""
    para = _header_para(doc)
    if para is None:
        first = next(iter(doc.sections()), None)
        markdown = first is not None and not first.setext
        line = f"**{key}:** {value}" if markdown else f"{key}: {value}"
        return [doc.block_before(_heading_end(first) if first else 0, [line])]
    lines = list(range(para.line, para.end))
    field_lines = [i for i in lines if _FIELD_LINE.match(doc.lines[i])]
    template_at = field_lines[-1]
    m = _FIELD_LINE.match(doc.lines[template_at])
    name = next(g for g in ("k1", "k2", "k3") if m[g])
    trails = Counter(_FIELD_LINE.match(doc.lines[i])["trail"] if _FIELD_LINE.match(doc.lines[i]) else ""
                     for i in (lines[:-1] or lines))
    trail = trails.most_common(1)[0][0]
    template = doc.lines[template_at]
    text = template[: m.start(name)] + key + template[m.end(name): m.start("value")] + value + trail
    where = template_at + 1
    if where == para.end and trail and not m["trail"]:
        where = template_at  # keep the paragraph's last line last (it has no hard break)
    return [Insert(where, (text,))]


# --------------------------------------------------------------------------- sentiment label


def _label_lines(doc: Doc) -> Iterator[int]:
    """Paragraph lines and list items' first lines, in the order the parser reads them."""
    def blocks(items: Iterable) -> Iterator[int]:
        for block in items:
            if isinstance(block, Para):
                yield from range(block.line, block.end)
            elif isinstance(block, ListBlock):
                for item in block.items:
                    if item.para is not None:
                        yield item.para.line
                    yield from blocks(item.children)
            elif isinstance(block, Quote):
                yield from blocks(block.children)

    for section in doc.root.walk():
        yield from blocks(section.blocks)


def _sentiment_patch(raw: bytes, case: Case, label: str) -> Patched:
    label = _one_line(label, "sentiment label")
    expected = plain(label).rstrip(". ")
    if case.sentiment is not None and case.sentiment.label == expected:
        raise NothingToChange(f"{case.id}: sentiment is already {expected!r}")
    doc = Doc(raw)
    ops: list[list[Op]] = []
    for line in _label_lines(doc):
        if m := _LABEL_LINE.match(doc.lines[line]):
            ops = [[Set(line, m["pre"] + label + m["post"])]]
            break
    if not ops and (found := collect(doc.root).get("overall sentiment", "customer sentiment", "sentiment")):
        m = _FIELD_LINE.match(doc.lines[found.line])
        if m:
            ops = [[Set(found.line, doc.lines[found.line][: m.start("value")] + label + doc.lines[found.line][m.end("value"):])]]
    if not ops:
        section = next((s for s in doc.sections() if re.search(r"sentiment", plain(s.title), re.IGNORECASE)), None)
        entry = "Overall sentiment: " + label
        if section is None:
            ops = [[doc.block_at_end(doc.heading("Customer Sentiment") + ["- " + entry])]]
        else:
            lists = [b for b in section.blocks if isinstance(b, ListBlock)]
            if lists and (m := _LIST_LINE.match(doc.lines[lists[-1].items[-1].line])):
                tail = lists[-1].items[-1]
                number = f"{int(m['num']) + 1}{m['delim']}" if m["num"] else m["marker"]
                ops = [[Insert(doc.last_content_line(tail.line, tail.end) + 1, (m["indent"] + number + m["gap"] + entry,))]]
            ops.append([doc.block_before(_content_end(doc, section), [entry])])
            ops.append([doc.block_before(_content_end(doc, section), ["- " + entry])])

    def check(old: Case, new: Case) -> str | None:
        before, after = _norm(old, lines=False), _norm(new, lines=False)
        before.pop("sentiment")
        got = after.pop("sentiment")
        if reason := _differences(before, after):
            return reason
        if not got or got["label"] != expected or got["basis"] != "label":
            return f"the label would read as {got and got['label']!r}"
        return None

    return _choose(doc, case, _each(ops, check), lambda new: f"{case.id}: sentiment set to {expected!r}")


# --------------------------------------------------------------------------- the edits


@dataclass(frozen=True, slots=True)
class SetItemStatus:
    """Mark an action item done, open or in progress (found again by its text)."""

    item: ActionItem
    status: str

    def patch(self, raw: bytes, case: Case) -> Patched:
        return _item_status_patch(raw, case, self.item, self.status)


@dataclass(frozen=True, slots=True)
class ToggleItem:
    """Done ↔ open (an in-progress item becomes done)."""

    item: ActionItem

    def patch(self, raw: bytes, case: Case) -> Patched:
        return _item_status_patch(raw, case, self.item, None)


@dataclass(frozen=True, slots=True)
class AddActionItem:
    text: str
    owner: str | None = None
    due: str | date | None = None

    def patch(self, raw: bytes, case: Case) -> Patched:
        return _add_item_patch(raw, case, self.text, self.owner, self.due)


@dataclass(frozen=True, slots=True)
class AddTimelineEntry:
    at: datetime
    text: str

    def patch(self, raw: bytes, case: Case) -> Patched:
        return _timeline_patch(raw, case, self.at, self.text)


@dataclass(frozen=True, slots=True)
class SetStatus:
    status: str

    def patch(self, raw: bytes, case: Case) -> Patched:
        return _field_patch(raw, case, "status", self.status)


@dataclass(frozen=True, slots=True)
class SetPriority:
    priority: str

    def patch(self, raw: bytes, case: Case) -> Patched:
        return _field_patch(raw, case, "priority", self.priority)


@dataclass(frozen=True, slots=True)
class SetSentiment:
    label: str

    def patch(self, raw: bytes, case: Case) -> Patched:
        return _sentiment_patch(raw, case, self.label)


Edit = SetItemStatus | ToggleItem | AddActionItem | AddTimelineEntry | SetStatus | SetPriority | SetSentiment


# The pure functions: (file bytes, case, target) → new bytes, verified by re-parsing.

def set_item_status(raw: bytes, case: Case, item: ActionItem, status: str) -> bytes:
    return SetItemStatus(item, status).patch(raw, case).data


def toggle_item(raw: bytes, case: Case, item: ActionItem) -> bytes:
    return ToggleItem(item).patch(raw, case).data


def add_action_item(raw: bytes, case: Case, text: str, owner: str | None = None, due: str | date | None = None) -> bytes:
    return AddActionItem(text, owner, due).patch(raw, case).data


def add_timeline_entry(raw: bytes, case: Case, at: datetime, text: str) -> bytes:
    return AddTimelineEntry(at, text).patch(raw, case).data


def set_status(raw: bytes, case: Case, status: str) -> bytes:
    return SetStatus(status).patch(raw, case).data


def set_priority(raw: bytes, case: Case, priority: str) -> bytes:
    return SetPriority(priority).patch(raw, case).data


def set_sentiment(raw: bytes, case: Case, label: str) -> bytes:
    return SetSentiment(label).patch(raw, case).data


# --------------------------------------------------------------------------- writing and undo


@dataclass(frozen=True, slots=True)
class EditResult:
    """What a write did, enough to confirm it and to undo it."""

    rel: str
    message: str
    case: Case | None
    """The case as written (None after undoing a create)."""
    previous: bytes | None
    """The bytes before the edit; None when the edit created the file."""
    previous_sha256: str | None
    data: bytes | None
    sha256: str | None
    rebased: bool = False
    """True when the file changed on disk meanwhile and the edit was re-applied to the new content."""

    @property
    def toast(self) -> str:
        return f"{self.message} ({self.rel})"


def apply_edit(storage: Storage, rel: str, edit: Edit, *, attempts: int = 5) -> EditResult:
    """Read, patch, verify and write *edit*; re-apply it if the file changes meanwhile.

    Raises EditRefused (NothingToChange when there is nothing to do) or a
    StorageError (ReadOnlyError, WriteError, ReadError); the file is then as it was.
    """
    key = storage.rel(rel)
    rebased = False
    for _ in range(attempts):
        snap = storage.read(key)
        case = parse_bytes(snap.data, key, mtime_ns=snap.mtime_ns)
        patched = edit.patch(snap.data, case)
        try:
            written = storage.write(key, patched.data, expected_sha256=snap.sha256)
        except ConflictError:
            rebased = True
            continue
        return EditResult(key, patched.message, patched.case, snap.data, snap.sha256, patched.data,
                          written.sha256, rebased)
    raise EditRefused(f"{key} kept changing on disk while the edit was being written; nothing was written")


def undo(storage: Storage, result: EditResult) -> EditResult:
    """Restore the bytes from before *result*, only if the file is still as the edit left it."""
    try:
        if result.previous is None:
            assert result.sha256 is not None
            storage.remove(result.rel, expected_sha256=result.sha256)
            written: WriteResult | None = None
        elif result.sha256 is None:
            written = storage.write(result.rel, result.previous, expected_sha256=None)
        else:
            written = storage.write(result.rel, result.previous, expected_sha256=result.sha256)
    except ConflictError as exc:
        raise ConflictError(f"{result.rel} changed since the edit; undo refused and nothing was written",
                            path=result.rel, expected=result.sha256, actual=exc.actual_sha256) from exc
    case = parse_bytes(result.previous, result.rel) if result.previous is not None else None
    return EditResult(result.rel, f"undone: {result.message}", case, result.data, result.sha256,
                      result.previous, written.sha256 if written else None)
