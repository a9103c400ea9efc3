"""Timeline events: the items of a timeline section, plus the header dates."""

from __future__ import annotations

import re

from oncall_tui.core.dates import Context, iso, match_moment, parse_moment, sort_key
from oncall_tui.core.model import TimelineEvent
from oncall_tui.core.parse.fields import Fields
from oncall_tui.core.parse.tree import ListBlock, Para, Section, Table, plain

TIMELINE_HEADING = re.compile(r"timeline|chronology|sequence of events", re.IGNORECASE)
_BOLD_LEAD = re.compile(r"^\s*(?:\*\*|__)(?P<ts>.+?)(?:\*\*|__)\s*:?\s*(?P<rest>.*)$")
_SEPARATOR = re.compile(r"^\s*(?:[-–—:|]+|\bat\b)?\s*")
_HEADER_EVENT_KEYS = ("created", "opened", "escalated", "detected", "resolved", "closed")
_EVENT_COLUMNS = ("event", "description", "what", "what happened", "action", "details", "text")


def _split_stamp(raw: str, ctx: Context) -> tuple[str, str] | None:
    """``**14:23:47** - Alert fired`` → (ISO time, ``Alert fired``)."""
    text = raw.strip()
    bold = _BOLD_LEAD.match(text)
    if bold:
        stamp = bold.group("ts").strip().rstrip(":").strip()
        found = match_moment(stamp, ctx)
        if found and not stamp[found[1]:].strip(" -–—:"):
            rest = _SEPARATOR.sub("", bold.group("rest"), count=1)
            return iso(found[0]), rest
    unbracketed = text[1:] if text.startswith("[") else text
    found = match_moment(unbracketed, ctx)
    if found is None:
        return None
    rest = unbracketed[found[1]:]
    if text.startswith("["):
        if not rest.startswith("]"):
            return None
        rest = rest[1:]
    rest = _SEPARATOR.sub("", rest, count=1)
    return iso(found[0]), rest


def _table_events(table: Table, ctx: Context, problems: list[str]) -> list[TimelineEvent]:
    header = [h.lower().strip() for h in table.header]
    text_col = next((header.index(c) for c in _EVENT_COLUMNS if c in header), None)
    events: list[TimelineEvent] = []
    for row in table.rows:
        stamp_col = None
        at = None
        for index, cell in enumerate(row.cells[:3]):
            moment = parse_moment(plain(cell), ctx)
            if moment is not None:
                stamp_col, at = index, iso(moment)
                break
        if at is None:
            problems.append(f"line {row.line + 1}: timeline row has no time")
            continue
        if text_col is not None and text_col < len(row.cells) and text_col != stamp_col:
            text = plain(row.cells[text_col])
        else:
            text = " - ".join(plain(c) for i, c in enumerate(row.cells) if i != stamp_col and c.strip())
        events.append(TimelineEvent(at=at, text=text, line=row.line + 1))
    return events


def _line_event(raw: str, line: int, ctx: Context, problems: list[str]) -> TimelineEvent | None:
    split = _split_stamp(raw, ctx)
    if split is None:
        shown = plain(raw)
        if shown:
            problems.append(f"line {line + 1}: timeline entry has no time: {shown[:60]!r}")
        return None
    at, rest = split
    return TimelineEvent(at=at, text=plain(rest), line=line + 1)


def section_events(section: Section, ctx: Context, problems: list[str]) -> list[TimelineEvent]:
    events: list[TimelineEvent] = []
    for block in section.blocks:
        if isinstance(block, Para):
            for line, raw in block.raw_lines():
                if raw.strip():
                    event = _line_event(raw, line, ctx, problems)
                    if event:
                        events.append(event)
        elif isinstance(block, ListBlock):
            for item in block.items:
                if item.para is None:
                    continue
                first_line, first = item.para.raw_lines()[0]
                joined = " ".join(text for _, text in item.para.raw_lines())
                event = _line_event(joined, first_line, ctx, problems)
                if event:
                    events.append(event)
        elif isinstance(block, Table):
            events.extend(_table_events(block, ctx, problems))
    return events


def _is_header_event_key(key: str) -> bool:
    return key in _HEADER_EVENT_KEYS or (key.endswith(" time") and not key.startswith("time "))


def header_events(fields: Fields, ctx: Context) -> list[TimelineEvent]:
    """One event per dated header field (``Created``, ``Start Time``, ``Deployment Time``…)."""
    events: list[TimelineEvent] = []
    seen: set[str] = set()
    for found in fields.all:
        if found.key in seen or not _is_header_event_key(found.key):
            continue
        seen.add(found.key)
        moment = parse_moment(re.sub(r"[*_`]", "", found.value), ctx)
        if moment is not None:
            events.append(TimelineEvent(at=iso(moment), text=found.name, line=found.line + 1))
    return events


def build_timeline(root: Section, fields: Fields, ctx: Context, problems: list[str]) -> list[TimelineEvent]:
    explicit: list[TimelineEvent] = []
    for section in root.walk():
        if section.level and TIMELINE_HEADING.search(section.shown):
            explicit.extend(section_events(section, ctx, problems))
    stamps = {event.at for event in explicit}
    merged = explicit + [event for event in header_events(fields, ctx) if event.at not in stamps]
    return sorted(merged, key=lambda event: (sort_key(event.at), event.line))
