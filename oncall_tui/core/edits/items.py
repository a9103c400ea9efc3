"""Action items: set an item's status in the file's own marks, add a new item.

Status marks, in the parser's order of precedence: a ``[x]``/``[ ]`` box, a
``✅``/``⏳`` glyph, a ``DONE:``/``TODO:`` lead word, a ``(done)`` tail word, or a
table's Status cell.  An edit rewrites the marks the item already uses and adds
the least it can when it has none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import replace as _replace
from datetime import date

from oncall_tui.core.dates import iso, parse_moment
from oncall_tui.core.model import ActionItem, Case
from oncall_tui.core.parse.actions import ACTION_HEADING, TAKEN_HEADING, status_lead
from oncall_tui.core.parse.tree import Item, ListBlock, Section, Table, plain
from oncall_tui.core.edits.patching import (
    BOX, Check, Doc, EditRefused, GLYPH, GLYPHS_IN_USE, ITEM_STATUSES, ITEM_WORDS, Insert,
    LEAD_WORD, LIST_LINE, NothingToChange, Op, Patched, STATUS_COLUMNS, Set, TAIL_WORD, choose,
    content_end, differences, each_with, find_item, find_row, item_rest, like_case, model_dict,
    one_line, set_cell, split_row, table_aligned, table_column,
)


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
    if m := BOX.match(rest, pos):
        marks = _replace(marks, box=m["mark"], box_gap=m["gap"] or " ")
        pos = m.end()
    if m := GLYPH.match(rest, pos):
        marks = _replace(marks, glyph=m["glyph"], glyph_gap=m["gap"] or " ")
        pos = m.end()
    if m := LEAD_WORD.match(rest, pos):
        marks = _replace(marks, lead=m["word"], lead_gap=m["gap"])
        pos = m.end()
    body = rest[pos:]
    end_text = body if last is None else last
    last_body = end_text
    if m := TAIL_WORD.search(end_text):
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
    tail_word = like_case(cur.tail, word) if cur.tail else word
    need_tail = target == "in_progress"
    box = box_mark if cur.box is not None else None
    out: list[_Marks] = []
    if cur.lead:
        out.append(_replace(cur, lead=like_case(cur.lead, lead), box=box,
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
    m = LIST_LINE.match(first)
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
    glyphish = doc.can_encode("✅⏳") and any(GLYPH.match(item_rest(doc, i.line - 1)) for i in case.action_items)
    out: list[list[Op]] = []
    for variant in _mark_variants(marks, target, glyphish):
        tail = f"{variant.tail_gap}{variant.brackets[0]}{variant.tail}{variant.brackets[1]}" if variant.tail else ""
        if single:
            out.append([Set(item.line, _compose_item(variant, head, body + tail, trail))])
        else:
            out.append([Set(item.line, _compose_item(variant, head, body, trail)),
                        Set(last_line, last_body + tail + last_trail)])
    return out


def _row_status_ops(doc: Doc, table: Table, line: int, target: str) -> list[list[Op]]:
    col = table_column(table, STATUS_COLUMNS)
    if col is None:
        raise EditRefused("this action table has no Status column to change")
    pieces, first, last = split_row(doc.lines[line])
    cells = pieces[first:last]
    if col >= len(cells):
        raise EditRefused("this table row has no Status cell")
    status_cells = []
    for row in table.rows:
        p, f, l = split_row(doc.lines[row.line])
        status_cells += p[f:l][col:col + 1]
    glyphish = doc.can_encode("✅⏳") and any(GLYPHS_IN_USE.search(c) for c in status_cells)
    sample = cells[col].strip().lstrip("✅⏳ ") or "Done"
    words = {"done": "Done", "in_progress": "In Progress", "open": "Open"}
    texts = []
    if glyphish:
        texts.append({"done": "✅ ", "in_progress": "⏳ ", "open": ""}[target] + like_case(sample, words[target]))
    texts.append(like_case(sample, words[target]))
    out = []
    for text in texts:
        new = list(pieces)
        new[first + col] = set_cell(cells[col], text, table_aligned(doc, table))
        out.append([Set(line, "|".join(new))])
    return out


def item_status_patch(raw: bytes, case: Case, target_item: ActionItem, status: str | None) -> Patched:
    if status is not None and status not in ITEM_STATUSES:
        raise EditRefused(f"unknown action item status {status!r}")
    doc = Doc(raw)
    index = _locate_item(case, target_item)
    item = case.action_items[index]
    target = status or ("open" if item.status == "done" else "done")
    if item.status == target:
        raise NothingToChange(f"{case.id}: action item {index + 1} is already {ITEM_WORDS[target]}")
    line = item.line - 1
    table = find_row(doc, line)
    if table is not None:
        candidates = _row_status_ops(doc, table, line, target)
    else:
        found = find_item(doc, line)
        if found is None:
            raise EditRefused("the action item's line could not be found in the file")
        candidates = _list_status_ops(doc, case, found[1], target)

    def check(old: Case, new: Case) -> str | None:
        expected = model_dict(old, lines=True)
        expected["action_items"][index]["status"] = target
        return differences(expected, model_dict(new, lines=True))

    return choose(doc, case, each_with(candidates, check),
                   lambda new: f"{case.id}: action item {index + 1} {ITEM_WORDS[target]}")


_ESCALATION_ORDER = ("next steps", "action items?", "follow[- ]?ups?", r"\bto-?dos?\b|\btasks?\b")
_OTHER_ORDER = ("action items?", "next steps", "follow[- ]?ups?", r"\bto-?dos?\b|\btasks?\b",
                "corrective|preventive|preventative|remediation")


def _action_section(doc: Doc, case: Case) -> Section | None:
    usable = [s for s in doc.sections()
              if ACTION_HEADING.search(s.shown) and not TAKEN_HEADING.search(s.shown)]
    for pattern in _ESCALATION_ORDER if case.kind == "escalation" else _OTHER_ORDER:
        found = [s for s in usable if re.search(pattern, s.shown, re.IGNORECASE)]
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


def add_item_patch(raw: bytes, case: Case, text: str, owner: str | None, due: str | date | None) -> Patched:
    text = one_line(text, "action item text")
    lead = status_lead(text)
    if lead is not None:
        raise EditRefused(f"the text starts with {lead!r}, which is read as the item's status: leave it out "
                          "(a new item is open); nothing was written")
    owner = one_line(owner, "owner") if owner else None
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
            m = LIST_LINE.match(doc.lines[tail_item.line])
            if m is None:
                raise EditRefused("the action list's last item is not a plain list item")
            number = f"{int(m['num']) + 1}{m['delim']}" if m["num"] else m["marker"]
            head = m["indent"] + number + m["gap"]
            siblings = [item_rest(doc, i.line) for i in target.items]
            boxed = sum(bool(BOX.match(s)) for s in siblings) * 2 > len(siblings)
            after = doc.last_content_line(tail_item.line, tail_item.end) + 1
            for body, shown in _item_bodies(text, owner, due_iso, siblings):
                for box in (["[ ] "] if boxed else ["", "[ ] "]):
                    add([Insert(after, (head + box + body,))], shown)
        else:
            at = content_end(doc, section)
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

    return choose(doc, case, candidates, message)


def _added_item_check(text: str, owner: str | None, due: str | None) -> Check:
    expected = {"text": text, "owner": owner, "due": due, "status": "open"}

    def check(old: Case, new: Case) -> str | None:
        before, after = model_dict(old, lines=False), model_dict(new, lines=False)
        old_items, new_items = before.pop("action_items"), after.pop("action_items")
        if reason := differences(before, after):
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
    text_col = table_column(table, ("action", "action item", "task", "item", "description", "what", "title", "follow-up"))
    if text_col is None:
        raise EditRefused("the action table has no Action column")
    cells[text_col] = text.replace("|", "\\|")
    for names, value in ((("owner", "owners", "assignee", "assigned to", "who", "responsible", "dri"), owner),
                         (("due", "due date", "deadline", "target", "target date", "eta", "when"), due),
                         (STATUS_COLUMNS, "Open")):
        col = table_column(table, names)
        if value and col is not None:
            cells[col] = value.replace("|", "\\|")
        elif value and names[0] != "status":
            raise EditRefused(f"the action table has no {names[0].title()} column")
    ref_col = table_column(table, ("id", "#", "ref", "ticket", "key"))
    if ref_col is not None:
        refs = [p[f:l][ref_col].strip() for row in table.rows
                for p, f, l in [split_row(doc.lines[row.line])] if ref_col < l - f]
        cells[ref_col] = _next_ref(refs)
    template_line = table.rows[-1].line if table.rows else table.line
    template = doc.lines[template_line]
    piped = template.lstrip().startswith("|")
    indent = template[: len(template) - len(template.lstrip())]
    row = indent + ("| " if piped else "") + " | ".join(cells) + (" |" if piped else "")
    after = (table.rows[-1].line if table.rows else table.line + 1) + 1
    return [[Insert(after, (row,))]]
