"""Header fields (``Key: value`` in its three spellings) and what they mean."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from oncall_tui.core.parse.tree import Item, ListBlock, Para, Section, Table

# `**Key:** value`, `**Key**: value`, `__Key__: value`, `Key: value`
_FIELD = re.compile(
    r"^\s*(?:[-*+]\s+)?"
    r"(?:(?P<e1>\*\*|__)(?P<k1>[A-Za-z][\w /&().'-]{0,40}?):(?P=e1)"
    r"|(?P<e2>\*\*|__)(?P<k2>[A-Za-z][\w /&().'-]{0,40}?)(?P=e2)\s*:"
    r"|(?P<k3>[A-Z][\w /&().'-]{0,40}?):(?=\s))"
    r"\s*+(?P<value>.*)$"  # not `.*?\s*$`: that is quadratic on a long run of spaces
)


_GENERIC_KEYS = {"field", "fields", "key", "property", "name", "attribute", "item", "details", "metadata", ""}


@dataclass(frozen=True, slots=True)
class Field:
    key: str
    """Lower-cased, single-spaced."""
    name: str
    """As written."""
    value: str
    line: int
    in_list: bool


def normal_key(name: str) -> str:
    return " ".join(name.lower().split())


def field_of(text: str, line: int, in_list: bool) -> Field | None:
    colon = text.find(":")
    if colon < 0 or text.find(",", 0, colon) >= 0:
        # Every spelling has a `:`, and nothing before its first `:` can be a comma (the key's characters,
        # list markers, spaces and emphasis runs): `**March 3, 9:15 AM:** …` is a stamp, not a field.
        return None
    after = text[colon + 1:]
    if not after or after.isspace():
        return None  # `Short-term (4-24 hours):`: a key's `:` is the first, and no value can follow it
    match = _FIELD.match(text)
    if not match:
        return None
    k1, k2, k3, value = match.group("k1", "k2", "k3", "value")
    name = (k1 or k2 or k3).strip()
    value = value.strip()
    if not value or len(name.split()) > 5:
        return None
    return Field(normal_key(name), name, value, line, in_list)


@dataclass(slots=True)
class Fields:
    """Every field of the document; the first one in a paragraph wins, then lists."""

    all: list[Field] = field(default_factory=list)
    _first: dict[str, Field] = field(default_factory=dict)

    def add(self, item: Field) -> None:
        self.all.append(item)
        known = self._first.get(item.key)
        if known is None or (known.in_list and not item.in_list):
            self._first[item.key] = item

    def get(self, *keys: str) -> Field | None:
        for key in keys:
            found = self._first.get(key)
            if found is not None:
                return found
        return None

    def value(self, *keys: str) -> str | None:
        found = self.get(*keys)
        return found.value if found else None


def collect(root: Section, first: list[Field] | None = None) -> Fields:
    """Fields from every paragraph line and every list item's first line, after *first* (front matter)."""
    fields = Fields()
    for found in first or ():
        fields.add(found)

    def visit_blocks(blocks, in_list: bool) -> None:
        for block in blocks:
            if isinstance(block, Para):
                if ":" in block.raw:  # field_of's own first test, for every line at once
                    for line, text in block.raw_lines():
                        found = field_of(text, line, in_list)
                        if found:
                            fields.add(found)
            elif isinstance(block, ListBlock):
                for item in block.items:  # visit_item, inline: a list item is the commonest node by far
                    para = item.para
                    if para is not None and ":" in para.raw:
                        visit_item(item)
                    elif item.children:
                        visit_blocks(item.children, True)
            elif isinstance(block, Table) and len(block.header) == 2:
                visit_table(block)

    def visit_table(table: Table) -> None:
        """A two-column ``| Field | Value |`` table (a wiki page's properties): each row a field, below the text's."""
        rows = [(table.line, table.header)] if normal_key(table.header[0].strip("*_ ")) not in _GENERIC_KEYS else []
        rows += [(row.line, row.cells) for row in table.rows[:60] if len(row.cells) == 2]
        for line, (key, value) in rows:
            key, value = key.strip().strip("*_").strip(), value.strip()
            if key and value and len(key) <= 40 and ":" not in key:
                found = field_of(f"{key}: {value}", line, True)
                if found:
                    fields.add(found)

    def visit_item(item: Item) -> None:
        if item.para is not None:
            raw = item.para.raw
            cut = raw.find("\n")
            text = (raw if cut < 0 else raw[:cut]).rstrip()  # raw_lines()[0], without splitting every line
            found = field_of(text, item.para.line, True) if ":" in text else None  # (field_of's own first test)
            if found:
                fields.add(found)
        if item.children:
            visit_blocks(item.children, True)

    for section in root.walk():
        visit_blocks(section.blocks, False)
    return fields


# --- values ------------------------------------------------------------------

_PRIORITY_WORDS = {
    "critical": "P1", "urgent": "P1", "blocker": "P1", "highest": "P1",
    "high": "P2", "major": "P2",
    "medium": "P3", "moderate": "P3", "normal": "P3",
    "low": "P4", "minor": "P4", "lowest": "P4",
}
_PRIORITY_CODE = re.compile(r"\b(?:P|SEV|S|SEVERITY|PRIORITY)\s*(?:-\s*)?([0-4])\b", re.IGNORECASE)
_STATUS_WORDS = {
    "open": "open", "new": "open", "reopened": "open", "re-opened": "open", "triage": "open",
    "acknowledged": "open", "escalated": "open",
    "waiting": "waiting", "pending": "waiting", "on hold": "waiting", "on-hold": "waiting", "on_hold": "waiting",
    "awaiting": "waiting", "paused": "waiting",
    "in progress": "in_progress", "in-progress": "in_progress", "in_progress": "in_progress",
    "investigating": "in_progress", "ongoing": "in_progress", "active": "in_progress",
    "identified": "in_progress", "mitigating": "in_progress", "working": "in_progress",
    "monitoring": "monitoring", "mitigated": "monitoring", "watching": "monitoring",
    "resolved": "resolved", "fixed": "resolved", "done": "resolved", "complete": "resolved",
    "completed": "resolved",
    "closed": "closed", "cancelled": "closed", "canceled": "closed", "won't fix": "closed",
}


_LOWER_WORD = re.compile(r"[a-z]+")
EMPHASIS = re.compile(r"[*_`]")
"""Every emphasis and code character: taken out of a value read as a word or a date."""
_STATUS_END = re.compile(r"[(\[—–.;,]|\s-\s")
_VALUE_MARKUP = re.compile(r"(\*\*|__|`)")
_PARENTHESISED = re.compile(r"\(([^()]*)\)")
_PARENTHESISED_WHOLE = re.compile(r"\([^()]*\)")
_LIST_SEPARATOR = re.compile(r"[,;]| and ")


def priority_of(value: str) -> str | None:
    match = _PRIORITY_CODE.search(value)
    if match:
        return f"P{max(1, int(match.group(1)))}"
    words = _LOWER_WORD.findall(value.lower())
    for word in words:
        if word in _PRIORITY_WORDS:
            return _PRIORITY_WORDS[word]
    return None


def status_of(value: str) -> str | None:
    text = EMPHASIS.sub("", value).strip().lower()
    text = _STATUS_END.split(text, maxsplit=1)[0].strip()
    if text in _STATUS_WORDS:
        return _STATUS_WORDS[text]
    first_two = " ".join(text.split()[:2])
    if first_two in _STATUS_WORDS:
        return _STATUS_WORDS[first_two]
    first = text.split()[0] if text.split() else ""
    return _STATUS_WORDS.get(first)


def clean_value(value: str) -> str:
    """A field value without markdown emphasis or code marks."""
    if "*" not in value and "_" not in value and "`" not in value:
        return value.strip()  # nothing for the pattern to take out
    return _VALUE_MARKUP.sub("", value).strip()


def _drop_parenthesised(text: str) -> str:
    """Each ``(…)`` (to the first ``)``) and the spaces around it become one space.

    A loop rather than a lazy ``(.*?)`` regex with spaces around it: that
    scans to the end of the text from every ``(`` and every space, which is
    quadratic on a long line.
    """
    parts: list[str] = []
    pos = 0
    while (start := text.find("(", pos)) >= 0:
        end = text.find(")", start + 1)
        if end < 0:
            break
        parts.append(text[pos:start].rstrip())
        pos = end + 1
        while pos < len(text) and text[pos].isspace():
            pos += 1
    if not parts:
        return text
    parts.append(text[pos:])
    return " ".join(parts)


def name_of(value: str) -> str:
    """``TechCorp (Enterprise client, …)`` → ``TechCorp``; ``Maria Sanchez, Support Lead`` → ``Maria Sanchez``."""
    text = clean_value(value)
    text = _drop_parenthesised(text).strip()
    text = text.split(",")[0].strip()
    return text.rstrip(".;: ").strip()


def people_in(value: str) -> list[str]:
    """Names in an attendee-like list: parenthesised names and leading names."""
    text = clean_value(value)
    names: list[str] = []
    for inner in _PARENTHESISED.findall(text):
        first = inner.split(",")[0].strip()
        if first and len(first.split()) <= 3 and first[0].isupper():
            names.append(first)
    outside = _PARENTHESISED_WHOLE.sub("", text)
    for part in _LIST_SEPARATOR.split(outside):
        part = part.strip()
        if part and len(part.split()) <= 3 and all(w[:1].isupper() for w in part.split()):
            names.append(part)
    return names


# --- front matter and org-mode headers -----------------------------------------

_FM_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w .-]{0,40}?)\s*:\s*(?P<value>.*)$")
_FM_ITEM = re.compile(r"^\s+-\s+(?P<value>.*)$|^-\s+(?P<top>.*)$")
FRONT_MATTER_LIMIT = 200
"""Lines looked at for the closing ``---`` of a front matter block."""
_FM_KEYS = {
    "created at": "created", "created_at": "created", "resolved at": "resolved", "started at": "start time",
    "start": "start time", "started": "start time", "ended at": "end time", "end": "end time", "ended": "end time",
    "author": "authors", "incident id": "incident id",
}


def _fm_value(text: str) -> str:
    text = text.strip()
    if text.startswith("#"):
        return ""
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1].strip()
    if text.startswith("[") and text.endswith("]"):
        return ", ".join(part.strip().strip("'\"") for part in text[1:-1].split(",") if part.strip())
    if " #" in text:
        text = text.split(" #", 1)[0].rstrip()
    return text


def front_matter(lines: list[str]) -> tuple[list[Field], int]:
    """The fields of a YAML block between ``---`` lines at the top, and the line after it (0 when none).

    Only flat ``key: value`` lines and ``- item`` lists under a key are read;
    anything nested deeper is skipped, never an error.
    """
    if not lines or lines[0].strip() != "---":
        return [], 0
    end = next((i for i in range(1, min(len(lines), FRONT_MATTER_LIMIT)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        return [], 0
    found: list[Field] = []
    pending: tuple[str, str, int] | None = None
    values: list[str] = []

    def flush() -> None:
        if pending is not None and values:
            key, name, line = pending
            found.append(Field(key, name, ", ".join(values), line, False))

    for index in range(1, end):
        raw = lines[index].rstrip()
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        item = _FM_ITEM.match(raw)
        if item and pending is not None:
            value = _fm_value(item.group("value") or item.group("top") or "")
            if value and ":" not in value[:30]:
                values.append(value)
            continue
        if raw[:1].isspace():
            continue
        match = _FM_LINE.match(raw)
        if not match:
            continue
        flush()
        pending, values = None, []
        name = match.group("key").strip()
        key = normal_key(name.replace("_", " ").replace("-", " "))
        key = _FM_KEYS.get(key, key)
        value = _fm_value(match.group("value"))
        if value:
            found.append(Field(key, name, value, index, False))
        elif not match.group("value").strip():
            pending = (key, name, index)
    flush()
    return found, end + 1


_ORG_HEADING = re.compile(r"^(\*+)(?=\s)")
_ORG_KEYWORD = re.compile(r"^#\+(?P<key>[A-Za-z_]{1,30}):\s*(?P<value>.*)$")


def is_org(lines: list[str]) -> bool:
    """An org-mode outline: ``#+TITLE:`` style keywords near the top."""
    return any(line.startswith("#+") and _ORG_KEYWORD.match(line) for line in lines[:20])


def org_to_markdown(lines: list[str]) -> list[str]:
    """Org headings (``** Timeline``) become ATX headings and ``#+KEY: value`` lines fields, line for line."""
    out: list[str] = []
    for line in lines:
        keyword = _ORG_KEYWORD.match(line)
        if keyword:
            value = keyword.group("value").strip().strip("<>[]")
            out.append(f"{keyword.group('key').capitalize()}: {value}" if value else "")
            continue
        heading = _ORG_HEADING.match(line)
        if heading and len(heading.group(1)) <= 6:
            out.append("#" * len(heading.group(1)) + line[len(heading.group(1)):])
            continue
        out.append(line)
    return out
