"""Action items: list items and table rows under a heading that names actions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import attrgetter

from oncall_tui.core.dates import Context, iso, parse_moment, relative_day
from oncall_tui.core.model import ActionItem
from oncall_tui.core.modelbuild import action_item
from oncall_tui.core.parse.tree import Item, ListBlock, Para, Section, Table, plain

ACTION_HEADING = re.compile(
    r"action items?|action plan|next steps|follow[- ]?ups?|commitments|resolution plan"
    r"|immediate actions|short[- ]term fixes|long[- ]term (?:improvements|fixes)|remediation"
    r"|corrective actions?|preventive actions?|preventative actions?|\btasks?\b|\bto-?dos?\b"
    r"|(?:corrective|preventive|preventative|prevention|remedial)\s(?:and\s(?:preventive|preventative)\s)?"
    r"(?:measures|steps|work|items)|\bprevention\b|\bimprovements\b|planned actions|\bfixes\b"
    r"|\bwhat we(?:'re| are|'ll| will)?\s(?:going to\s)?do(?:ing)?\b|\bfollow[- ]?up\b|\bactions\b",
    re.IGNORECASE,
)
_ACTION_WORDS = ("action", "step", "follow", "commit", "plan", "fix", "improv", "remed", "correct", "prevent",
                 "task", "to-do", "todo", "to do", "what we", "measure", "work")
"""A word every :data:`ACTION_HEADING` match contains: looked for before the regex is asked."""
_ACTION_WORD = re.compile("|".join(map(re.escape, _ACTION_WORDS)))
"""Any of :data:`_ACTION_WORDS`, in a lower-cased title (one search instead of one ``in`` a word)."""


def _may_name_actions(title: str) -> bool:
    return _ACTION_WORD.search(title.lower()) is not None


_NOT_ACTION_HEADING = re.compile(r"recommendation|actions taken during|timeline|lessons", re.IGNORECASE)
_SEED_ACTION = re.compile(r"action items?|action plan|next steps|follow[- ]?ups?|commitments|resolution plan"
                         r"|immediate actions|remediation|corrective actions?", re.IGNORECASE)
TAKEN_HEADING = re.compile(r"\b(taken|completed|done|performed)\b", re.IGNORECASE)
DONE_WHEN_RESOLVED = re.compile(r"action plan|resolution plan|remediation|corrective", re.IGNORECASE)

_BOX = re.compile(r"^\s*\[(?P<mark>[ xX✓✔-])\]\s*")
_GLYPHS = {"✅": "done", "✔": "done", "✔️": "done", "☑": "done", "☑️": "done", "⏳": "in_progress",
           "🔄": "in_progress", "🚧": "in_progress", "☐": "open", "⬜": "open", "❌": "open"}
_GLYPH_FIRST = frozenset(glyph[0] for glyph in _GLYPHS)
_LEAD_GLYPH = re.compile("^\\s*(" + "|".join(sorted(map(re.escape, _GLYPHS), key=len, reverse=True)) + ")\\s*")
_WORD_DONE = re.compile(r"\b(done|complete|completed|closed|resolved|fixed|shipped)\b", re.IGNORECASE)
_WORD_PROGRESS = re.compile(r"\b(in[ -]progress|wip|ongoing|started|underway|in review)\b", re.IGNORECASE)
_WORD_OPEN = re.compile(r"\b(planned|open|todo|to do|not started|pending|blocked|backlog)\b", re.IGNORECASE)
_CHECKED = re.compile(r"\[[xX]\]")
_TEAM_WORD = re.compile(r"\b(team|squad|crew|ops|oncall|on-call|sre)\b", re.IGNORECASE)
_STATUS_WORDS_RE = r"done|complete|completed|in progress|in-progress|wip|planned|open|todo|blocked"
_LEAD_STATUS = re.compile(
    r"\s*[(\[](?P<word>" + _STATUS_WORDS_RE + r")[)\]]\s*:?\s*"
    r"|\s*(?P<lead>DONE|TODO|WIP|BLOCKED)\s*:\s*|\s*(?-i:(?P<org>DONE|TODO|WIP))\s+",
    re.IGNORECASE,
)
"""``[DONE] …``, ``DONE: …``, org's ``TODO …``: matched at the start only."""
_LEAD_STATUS_FIRST = "([dDtTwWbB"
"""The characters :data:`_LEAD_STATUS` can start with after its spaces (no Unicode case fold of d, t, w or b)."""
_TAIL_STATUS = re.compile(r"[(\[](?P<word>" + _STATUS_WORDS_RE + r")[)\]]\.?\s*$", re.IGNORECASE)
"""``… (done)``: searched in the last few characters only."""
_TAIL = 24
_NAME_TO = re.compile(r"^(?P<name>[A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20})?)\s(?:to|will)\s")
_BRACKET_LEAD = re.compile(r"^\[(?P<name>[^\]\[]{1,30})\]\s")
_TODO_OWNER = re.compile(r"^\s*TODO\s?\((?!due\b)(?P<name>[^()]{1,40})\)\s*:?\s*", re.IGNORECASE)
"""``TODO(name): …``; ``TODO (due 2026-12-01)`` is an item "TODO" with its due date, not the owner "due …"."""
_STRUCK = re.compile(r"^~~(?P<inner>.+)~~\W{0,3}$")


def status_lead(text: str) -> str | None:
    """The status word an item written as *text* (and more after it) would start with (``TODO``, ``DONE:``,
    ``[blocked]``…), which the parser reads as the item's status and leaves out of its text; None if none."""
    found = _LEAD_STATUS.match(text + " ")
    return found.group().strip() if found else None


def _may_lead_name(text: str) -> bool:
    """Whether :data:`_NAME_TO` can match: an ASCII capital first, and its literal ``to`` or ``will`` within the
    first 50 characters (a name of two words of at most 21 letters, then one space, comes before it)."""
    return "A" <= text[:1] <= "Z" and (text.find("to", 0, 50) >= 0 or text.find("will", 0, 50) >= 0)


def _dash_owner(text: str) -> re.Match[str] | None:
    """A trailing ``— Alice`` / ``- Bob Lee``: the name after the last dash, looked at only there."""
    if not text[-1:].isalpha():
        return None
    start = max(0, len(text) - 70)  # a name of two words at most: only the tail can hold it
    tail = text[start:]
    if "—" not in tail and "–" not in tail and " -" not in tail:
        return None
    cut = max(text.rfind(" —", start), text.rfind(" –", start), text.rfind(" -", start))
    if cut < 0:
        return None
    return _DASH_OWNER.match(text, cut)  # the pattern runs to the end of the text or fails


_DASH_OWNER = re.compile(r"\s[—–]\s?(?P<name>@?[A-Z][\w.'-]{1,30}(?:\s[A-Z][\w.'-]{1,30})?)\s*$|\s--?\s(?P<name2>@?[A-Z][a-z][\w.'-]{0,30}(?:\s[A-Z][\w.'-]{1,30})?)\s*$")
_INLINE_OWNER = re.compile(r"[(\[;,.]?\s?\b(?:owner|owners|assignee|assigned to|dri)\s?:\s?(?P<name>@?[\w][\w.' -]{0,40}?)\s*(?:[)\];,.]|$)",
                           re.IGNORECASE)
_DETAIL_FIELD = re.compile(r"^\s*(?:\*\*|__)?(?P<key>owner|owners|assignee|assigned to|dri|due|due date|deadline|eta|status)"
                           r"(?:\*\*|__)?\s?:\s?(?:\*\*|__)?\s*(?P<value>.{1,80}?)\s*$", re.IGNORECASE)
_BOLD_LEAD = re.compile(r"^(?:\*\*|__)(?P<lead>[^*_]{1,60}?)\s*(?::(?:\*\*|__)|(?:\*\*|__)\s*:)\s*(?P<rest>.*)$")
_MENTION = re.compile(r"(?<![\w.@])@(?P<name>[A-Za-z][\w.-]*[\w])")
# No leading `\s*` and a bounded inner part: searched over a whole item, either would be quadratic.
_OWNER_NOTE = re.compile(r"\((?:owner|assignee|assigned to)\s*+:?\s*+(?P<name>[^)]{1,100})\)", re.IGNORECASE)
_DUE_PAREN = re.compile(r"\((?:due|deadline|eta)\s*+:?\s*+(?P<when>[^)]{1,100})\)", re.IGNORECASE)
_DUE_WORD = re.compile(
    r"\b(?:due|by|before|deadline:?)\s+(?P<when>(?:(?:eod|end of day|cob)\s+)?(?:today|tomorrow|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\d{4}-\d{2}-\d{2}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:,? \d{4})?)",
    re.IGNORECASE,
)
_LABEL_ENDS = frozenset(":*_`)]>;\\")
"""Last characters of inline source whose :func:`plain` can end in ``:`` (the colon, or a closing piece of markup)."""
_NUMBERING = re.compile(r"^\s*(?:\d+[.)]|[a-z][.)])\s+")
_TEXT_COLUMNS = ("action", "action item", "task", "item", "description", "what", "title", "follow-up", "summary",
                 "action items", "follow-up item", "remediation", "fix", "improvement", "work item", "issue",
                 "corrective action", "next step", "todo", "to do")
_OWNER_COLUMNS = ("owner", "owners", "assignee", "assigned to", "who", "responsible", "dri", "assigned", "owner/team",
                  "team", "responsible party", "lead")
_DUE_COLUMNS = ("due", "due date", "deadline", "target", "target date", "eta", "when")
_STATUS_COLUMNS = ("status", "state", "done")
_REF_COLUMNS = ("id", "#", "ref", "ticket", "key")


def status_word(text: str) -> str | None:
    """A status written as words or glyphs (``✅ Done``, ``⏳ Planned`` → open: the word wins)."""
    if _WORD_PROGRESS.search(text):
        return "in_progress"
    if _WORD_DONE.search(text):
        return "done"
    if _WORD_OPEN.search(text):
        return "open"
    for glyph, status in _GLYPHS.items():
        if glyph in text:
            return status
    if _CHECKED.search(text):
        return "done"
    if "[ ]" in text:
        return "open"
    return None


@dataclass(slots=True)
class ItemContext:
    ctx: Context
    known_people: frozenset[str]
    default_status: str


def _is_owner(lead: str, known: frozenset[str]) -> bool:
    name = lead.strip()
    if name.lower() in known:
        return True
    return bool(_TEAM_WORD.search(name)) and len(name.split()) <= 4


def _due(text: str, ctx: Context, low: str | None = None) -> str | None:
    """The due date the text gives; *low* is ``text.lower()`` when the caller has it."""
    for rx in (_DUE_PAREN, _DUE_WORD):
        if rx is _DUE_PAREN and "(" not in text:
            continue
        if rx is _DUE_WORD:
            low = text.lower() if low is None else low
            # The pattern's lead words; none of their letters has another case-insensitive match in `re`
            # (unlike i, k and s), so a text whose lower case holds none of them cannot match.
            if "due" not in low and "by" not in low and "before" not in low and "dead" not in low:
                continue
        match = rx.search(text)
        if not match:
            continue
        when = match.group("when").strip()
        moment = parse_moment(when, ctx) or relative_day(when, ctx)
        if moment is not None:
            return iso(moment)
    return None


def name_of_detail(value: str) -> str:
    return plain(value).strip().lstrip("@").rstrip(".;,")


def item_from_text(raw: str, line: int, group: str | None, ictx: ItemContext,
                   details: tuple[tuple[str, str], ...] = ()) -> ActionItem:
    # Each pattern below is asked only when the text has what it must match (a `[` first, a `(`, an `@`…):
    # the same results for a fifth of the regex calls.
    text = raw.strip()
    status: str | None = None
    box = _BOX.match(text) if text[:1] == "[" else None  # stripped: `^\s*\[` needs `[` first
    if box:
        status = "open" if box.group("mark") == " " else "done"
        text = text[box.end():]
    glyph = _LEAD_GLYPH.match(text) if text[:1] in _GLYPH_FIRST else None  # no leading space is left here
    if glyph:
        status = _GLYPHS[glyph.group(1)]
        text = text[glyph.end():]
    owner: str | None = None
    todo = _TODO_OWNER.match(text) if "TODO" in text[:8].upper() else None
    if todo:
        owner, status = todo.group("name").strip().lstrip("@"), status or "open"
        text = text[todo.end():]
    struck = _STRUCK.match(text.strip()) if text.startswith("~~") else None
    if struck:
        status, text = "done", struck.group("inner")
    head = text[:1]
    if head.isspace():
        head = text.lstrip()[:1]
    word = _LEAD_STATUS.match(text) if head in _LEAD_STATUS_FIRST else None
    if word:
        status = status_word(word.group("word") or word.group("lead") or word.group("org")) or status
        text = text[word.end():].strip()
    else:
        cut = max(0, len(text) - _TAIL)
        word = _TAIL_STATUS.search(text, cut) if text.find(")", cut) >= 0 or text.find("]", cut) >= 0 else None
        if word:
            status = status_word(word.group("word")) or status
            text = text[: word.start()].strip()
    lead = _BOLD_LEAD.match(text) if text[:2] in ("**", "__") else None
    if lead:
        name = plain(lead.group("lead"))
        if _is_owner(name, ictx.known_people):
            owner = name
            text = lead.group("rest")
    note = _OWNER_NOTE.search(text) if "(" in text else None
    if owner is None and note:
        owner = note.group("name").strip()
        text = (text[: note.start()].rstrip() + text[note.end():]).strip()
    inline = None
    low = None  # text.lower() while text is unchanged, for _due
    if owner is None and ":" in text:
        low = text.lower()
        if "owner" in low or "assign" in low or "dri" in low:
            inline = _INLINE_OWNER.search(text)
    if inline and inline.group("name").strip():
        owner = inline.group("name").strip().lstrip("@")
        text = (text[: inline.start()].rstrip() + " " + text[inline.end():]).strip()
        low = None
    mention = _MENTION.search(text) if "@" in text else None
    if owner is None and mention:
        owner = mention.group("name")
    lead_name = _NAME_TO.match(text) if owner is None and ictx.known_people and _may_lead_name(text) else None
    if lead_name and lead_name.group("name").lower() in ictx.known_people:
        owner = lead_name.group("name")
    bracket = _BRACKET_LEAD.match(text) if owner is None and text.startswith("[") else None
    if bracket and _is_owner(bracket.group("name"), ictx.known_people):
        owner = bracket.group("name").strip()
        text = text[bracket.end():]
        low = None
    dash = _dash_owner(text) if owner is None else None
    if dash:
        name = (dash.group("name") or dash.group("name2")).lstrip("@")
        if status_word(name) is None:
            owner = name
            text = text[: dash.start()].rstrip()
            low = None
    for key, value in details:
        if key in ("due", "due date", "deadline", "eta"):
            text = f"{text} (due {value})"
            low = None
        elif key == "status":
            status = status_word(value) or status
        elif owner is None:
            owner = name_of_detail(value)
    due = _due(text, ictx.ctx, low)
    return action_item(
        text=plain(text),
        owner=owner,
        due=due,
        status=status or ictx.default_status,
        line=line + 1,
        group=group,
    )


def _label(raw: str) -> str | None:
    """``1. Immediate (0-4 hours):`` / ``**Short-term:**`` → the group label, else None."""
    if raw.rstrip()[-1:] not in _LABEL_ENDS:
        return None  # plain() cannot end in `:` then: it only drops markup and spacing
    shown = plain(raw).strip()
    if not shown.endswith(":") or len(shown) > 80:
        return None
    return _NUMBERING.sub("", shown[:-1]).strip() or None


def _list_items(block: ListBlock, group: str | None, ictx: ItemContext, out: list[ActionItem]) -> None:
    """The items of *block* (and of the lists nested in them), added to *out*."""
    for item in block.items:
        _from_item(item, group, ictx, out)


def _from_item(item: Item, group: str | None, ictx: ItemContext, out: list[ActionItem]) -> None:
    """The item's action (or its nested items' under its label), added to *out*."""
    nested = [child for child in item.children if isinstance(child, ListBlock)] if item.children else ()
    if item.para is None:
        for child in nested:
            _list_items(child, group, ictx, out)
        return
    raw = item.para.raw
    if nested:  # a label (`**Short-term:**`) matters only over nested items
        label = _label(raw)
        details = _details(nested)
        if label is not None and not _BOX.match(raw) and not details:
            for child in nested:
                _list_items(child, label, ictx, out)
            return
    else:
        details = ()
    joined = raw.strip() if "\n" not in raw else " ".join(text.strip() for _, text in item.para.raw_lines())
    out.append(item_from_text(joined, item.line, group, ictx, details))


def _details(nested: list[ListBlock]) -> tuple[tuple[str, str], ...]:
    """``Owner: Alice`` / ``Due: 2024-03-08`` / ``Status: done`` bullets nested under an item: its details."""
    found: list[tuple[str, str]] = []
    for block in nested:
        for child in block.items[:8]:
            if child.para is None:
                continue
            first = child.para.raw.split("\n", 1)[0][:120]
            match = _DETAIL_FIELD.match(first) if ":" in first else None  # every detail has its `:`
            if match:
                found.append((match.group("key").lower(), match.group("value")))
    return tuple(found)


_MARK_WORD = re.compile(r"\b(?-i:DONE|TODO|FIXED|OPEN|WIP)\b|✅|⏳")
_MARK_CELL = {"DONE": "done", "FIXED": "done", "TODO": "open", "OPEN": "open", "WIP": "in_progress", "✅": "done",
              "⏳": "in_progress"}


def _column(header: list[str], names: tuple[str, ...]) -> int | None:
    for name in names:
        if name in header:
            return header.index(name)
    return None


def _table_items(table: Table, group: str | None, ictx: ItemContext) -> list[ActionItem]:
    header = [plain(h).lower().strip() for h in table.header]
    text_col = _column(header, _TEXT_COLUMNS)
    owner_col = _column(header, _OWNER_COLUMNS)
    due_col = _column(header, _DUE_COLUMNS)
    status_col = _column(header, _STATUS_COLUMNS)
    ref_col = _column(header, _REF_COLUMNS)
    out: list[ActionItem] = []
    for row in table.rows:
        cells = [plain(cell) for cell in row.cells] + [""] * max(0, len(header) - len(row.cells))
        if not any(cells):
            continue
        if text_col is None:
            taken = {c for c in (owner_col, due_col, status_col, ref_col) if c is not None}
            text = max((c for i, c in enumerate(cells) if i not in taken), key=len, default="")
        else:
            text = cells[text_col]
        status = status_word(cells[status_col]) if status_col is not None else None
        if status_col is None:
            status = next((_MARK_CELL[m.group().upper()] for i, c in enumerate(cells) if i != text_col
                           for m in [_MARK_WORD.search(c)] if m), None)
        due = None
        if due_col is not None and cells[due_col]:
            moment = parse_moment(cells[due_col], ictx.ctx) or relative_day(cells[due_col], ictx.ctx)
            due = iso(moment) if moment is not None else None
        owner = cells[owner_col].strip() if owner_col is not None and cells[owner_col].strip() else None
        out.append(
            action_item(
                text=text,
                owner=owner,
                due=due,
                status=status or ictx.default_status,
                line=row.line + 1,
                group=group,
                ref=cells[ref_col] if ref_col is not None and cells[ref_col] else None,
            )
        )
    return out


_GLYPH_BULLETS = frozenset("•◦▪‣·")


def section_items(section: Section, ictx: ItemContext) -> list[ActionItem]:
    out: list[ActionItem] = []
    group: str | None = None
    for block in section.blocks:
        if isinstance(block, Para):
            if block.raw[:1] in _GLYPH_BULLETS:
                # `• Add schema validation — Mira`: bullets pasted from a word processor, one item a line
                out.extend(item_from_text(text.lstrip("".join(_GLYPH_BULLETS) + " "), line, group, ictx)
                           for line, text in block.raw_lines() if text[:1] in _GLYPH_BULLETS and text[1:].strip())
                group = None
                continue
            group = _label(block.raw)
            continue
        if isinstance(block, ListBlock):
            _list_items(block, group, ictx, out)
        elif isinstance(block, Table):
            out.extend(_table_items(block, group, ictx))
        group = None
    return out


_INLINE_ACTION = re.compile(r"^\s*(?:\*\*|__)?(?:(?-i:ACTION(?: ITEMS?)?|AI)|action item)(?:\*\*|__)?\s?[:–—]\s?(?:\*\*|__)?\s*",
                            re.IGNORECASE)


def _inline_actions(section: Section, ictx: ItemContext) -> list[ActionItem]:
    """``ACTION: Bo to raise the threshold`` lines in the minutes, outside any action-item section."""
    out: list[ActionItem] = []

    def lines(blocks):
        for block in blocks:
            if isinstance(block, Para):
                if "ACTION" in block.raw or "AI" in block.raw or "ction item" in block.raw:
                    yield from block.raw_lines()
            elif isinstance(block, ListBlock):
                for item in block.items:
                    if item.para is not None:
                        yield from lines([item.para])
                    yield from lines(item.children)

    for line, raw in lines(section.blocks):
        match = _INLINE_ACTION.match(raw)
        if match and raw[match.end():].strip():
            out.append(item_from_text(raw[match.end():], line, None, ictx))
    return out


def build_actions(root: Section, ctx: Context, known_people: frozenset[str], resolved_escalation: bool,
                  inline: bool = True) -> list[ActionItem]:
    """The action items; *inline* says whether the text may hold ``ACTION:`` lines (a cheap test of the text)."""
    items: list[ActionItem] = []
    for section in root.walk():
        title = section.shown
        if not section.level or not _may_name_actions(title) or not ACTION_HEADING.search(title):
            if inline:
                items.extend(_inline_actions(section, ItemContext(ctx, known_people, "open")))
            continue
        if _NOT_ACTION_HEADING.search(title) and not _SEED_ACTION.search(title):
            continue
        default = "open"
        if TAKEN_HEADING.search(title) or (resolved_escalation and DONE_WHEN_RESOLVED.search(title)):
            default = "done"
        items.extend(section_items(section, ItemContext(ctx, known_people, default)))
    return sorted(items, key=attrgetter("line"))
