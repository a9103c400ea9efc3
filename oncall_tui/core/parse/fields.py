"""Header fields (``Key: value`` in its three spellings) and what they mean."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from oncall_tui.core.parse.tree import Item, ListBlock, Para, Section

# `**Key:** value`, `**Key**: value`, `__Key__: value`, `Key: value`
_FIELD = re.compile(
    r"^\s*(?:[-*+]\s+)?"
    r"(?:(?P<e1>\*\*|__)(?P<k1>[A-Za-z][\w /&().'-]{0,40}?):(?P=e1)"
    r"|(?P<e2>\*\*|__)(?P<k2>[A-Za-z][\w /&().'-]{0,40}?)(?P=e2)\s*:"
    r"|(?P<k3>[A-Z][\w /&().'-]{0,40}?):(?=\s))"
    r"\s*+(?P<value>.*)$"  # not `.*?\s*$`: that is quadratic on a long run of spaces
)


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
    match = _FIELD.match(text)
    if not match:
        return None
    name = (match.group("k1") or match.group("k2") or match.group("k3")).strip()
    value = match.group("value").strip()
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


def collect(root: Section) -> Fields:
    """Fields from every paragraph line and every list item's first line."""
    fields = Fields()

    def visit_blocks(blocks, in_list: bool) -> None:
        for block in blocks:
            if isinstance(block, Para):
                for line, text in block.raw_lines():
                    found = field_of(text, line, in_list)
                    if found:
                        fields.add(found)
            elif isinstance(block, ListBlock):
                for item in block.items:
                    visit_item(item)

    def visit_item(item: Item) -> None:
        if item.para is not None:
            line, text = item.para.raw_lines()[0]
            found = field_of(text, line, True)
            if found:
                fields.add(found)
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
    "acknowledged": "open", "pending": "open", "escalated": "open",
    "in progress": "in_progress", "in-progress": "in_progress", "in_progress": "in_progress",
    "investigating": "in_progress", "ongoing": "in_progress", "active": "in_progress",
    "identified": "in_progress", "mitigating": "in_progress", "working": "in_progress",
    "monitoring": "monitoring", "mitigated": "monitoring", "watching": "monitoring",
    "resolved": "resolved", "fixed": "resolved", "done": "resolved", "complete": "resolved",
    "completed": "resolved",
    "closed": "closed", "cancelled": "closed", "canceled": "closed", "won't fix": "closed",
}


def priority_of(value: str) -> str | None:
    match = _PRIORITY_CODE.search(value)
    if match:
        return f"P{max(1, int(match.group(1)))}"
    words = re.findall(r"[a-z]+", value.lower())
    for word in words:
        if word in _PRIORITY_WORDS:
            return _PRIORITY_WORDS[word]
    return None


def status_of(value: str) -> str | None:
    text = re.sub(r"[*_`]", "", value).strip().lower()
    text = re.split(r"[(\[—–.;,]|\s-\s", text, maxsplit=1)[0].strip()
    if text in _STATUS_WORDS:
        return _STATUS_WORDS[text]
    first_two = " ".join(text.split()[:2])
    if first_two in _STATUS_WORDS:
        return _STATUS_WORDS[first_two]
    first = text.split()[0] if text.split() else ""
    return _STATUS_WORDS.get(first)


def clean_value(value: str) -> str:
    """A field value without markdown emphasis or code marks."""
    return re.sub(r"(\*\*|__|`)", "", value).strip()


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
    for inner in re.findall(r"\(([^()]*)\)", text):
        first = inner.split(",")[0].strip()
        if first and len(first.split()) <= 3 and first[0].isupper():
            names.append(first)
    outside = re.sub(r"\([^()]*\)", "", text)
    for part in re.split(r"[,;]| and ", outside):
        part = part.strip()
        if part and len(part.split()) <= 3 and all(w[:1].isupper() for w in part.split()):
            names.append(part)
    return names
