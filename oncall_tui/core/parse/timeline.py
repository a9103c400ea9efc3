"""Timeline events: the items of a timeline section, plus the header dates.

Entries are read in document order with a *running date* (CASE_MODEL.md,
"Documents in the wild"): it starts at the document's date; a day heading or a
date-only line or row sets it; an entry with a full date sets it; a bare time
earlier than the previous entry's on the same running date rolls to the next
day.  A bare time takes the zone the line above it states ("All times in
UTC", a ``Time (PDT)`` column), else the document's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo

from oncall_tui.core.dates import Context, DayFirst, Stamp, at_moment, iso, match_stamp, parse_moment, sort_key
from oncall_tui.core.model import TimelineEvent
from oncall_tui.core.modelbuild import timeline_event
from oncall_tui.core.parse.fields import EMPHASIS, Fields
from oncall_tui.core.parse.tree import Item, ListBlock, Para, Quote, Section, Table, plain

TIMELINE_HEADING = re.compile(
    r"timeline|chronology|sequence of events|milestones|event log|incident log|\blog of events|\bupdates\b",
    re.IGNORECASE,
)
_BOLD_LEAD = re.compile(r"^\s*(?:\*\*|__)(?P<ts>[^*_]{1,80}?)(?:\*\*|__)\s*:?\s*(?P<rest>.*)$")
_SEPARATOR = re.compile(r"^\s*(?:[-–—:|,]+|\bat\b)?\s*")
_HEADER_EVENT_KEYS = ("created", "opened", "escalated", "detected", "resolved", "closed")
_EVENT_COLUMNS = ("event", "description", "what", "what happened", "action", "details", "text", "update",
                  "milestone", "message", "summary", "notes", "activity")
_AT_LEAD = re.compile(r"^(?:[•·▪‣◦]\s?)?(?:(?:at|on|around|approx(?:imately)?\.?|~|@)\s)?", re.IGNORECASE)
_AT_FIRST = frozenset("•·▪‣◦aAoO~@")
_OPENERS = {"[": "]", "<": ">", "(": ")"}
_WEEKDAY_OR_FILLER = re.compile(r"^\s*(?:\(?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\)?)?\s*$", re.IGNORECASE)


@dataclass(slots=True)
class Running:
    """What the entries read so far say about the next one's date."""

    ctx: Context
    dayfirst: bool | DayFirst = False  # mypyc: case.py passes the lazy DayFirst
    zones: list[tuple[int, tzinfo]] = field(default_factory=list)
    """(0-based line, zone) of each statement of the zone, in line order."""
    start: datetime | None = None
    """The incident's start, for ``T+5min``."""
    day: date | None = None
    last: datetime | None = None
    missed_relative: bool = False

    def __post_init__(self) -> None:
        self.day = self.ctx.day

    def zone_at(self, line: int, day: date | None = None) -> tzinfo | None:
        """The zone of a time on *line* that gives none: the statement above it, else the document's.

        The document's zone (its header time's) goes to bare times and to dates on the document's day
        only, as before statements were read: a dated time on another day stays zoneless.
        """
        index = bisect_right(self.zones, line, key=lambda pair: pair[0]) if self.zones else 0
        if index:
            return self.zones[index - 1][1]
        return self.ctx.zone if day is None or day == self.ctx.day else None

    def year(self) -> int | None:
        """The year of a date written without one: the document's (CASE_MODEL.md), else the running date's."""
        if self.ctx.day is not None:
            return self.ctx.day.year
        return self.day.year if self.day else None


@dataclass(slots=True)
class Entry:
    """One timeline line read: an event (``at`` set), a day marker, or nothing understood."""

    at: str | None
    rest: str
    marker: bool = False


def _after_separator(rest: str) -> str:
    """``_SEPARATOR.sub("", rest, count=1)``: the pattern is anchored and always matches, so a slice does."""
    return rest[_SEPARATOR.match(rest).end():]  # type: ignore[union-attr]


def _stamp_of(raw: str, run: Running) -> tuple[Stamp, str] | None:
    """``**14:23:47** - Alert fired`` / ``[10:42] alice: ...`` → (stamp, the text after it)."""
    text = raw.strip()
    bold = _BOLD_LEAD.match(text) if text[:2] in ("**", "__") else None  # stripped: its `^\s*` matches nothing
    if bold:
        stamp_text = bold.group("ts").strip().rstrip(":").strip()
        found = match_stamp(stamp_text, run.year(), run.dayfirst)
        leftover = stamp_text[found.end:].strip(" -–—:,") if found else ""
        if found and (not leftover or _WEEKDAY_OR_FILLER.match(leftover)):
            return found, _after_separator(bold.group("rest"))
    if text[:1] in _AT_FIRST:
        text = text[_AT_LEAD.match(text).end():]  # type: ignore[union-attr]
    closer = _OPENERS.get(text[:1])
    inner = text[1:].lstrip() if closer else text
    if inner.startswith("`"):
        inner = inner[1:]
    found = match_stamp(inner, run.year(), run.dayfirst)
    if found is None:
        return _labelled(text, run)
    rest = inner[found.end:]
    if rest.startswith("`"):
        rest = rest[1:]
    if closer:
        rest = rest.lstrip()
        if not rest.startswith(closer):
            return None
        rest = rest[1:]
    elif rest[:1].isalnum() and not rest[:1].isspace():
        return None  # `12:30pm-ish`, `2024-03-03abc`: not a stamp followed by text
    return found, _after_separator(rest)


_LABEL_LEAD = re.compile(r"^(?:\*\*|__)?(?P<label>[A-Za-z][\w /&'-]{1,40}?)(?:\*\*|__)?\s?[:–—-]{1,2}\s?(?:\*\*|__)?\s?")


_PARENTHESISED = re.compile(r"\([^()]{0,80}\)")


def _labelled(text: str, run: Running) -> tuple[Stamp, str] | None:
    """A milestone written label first: ``**Detected:** 2024-03-12 09:14 PDT`` → (stamp, ``Detected``)."""
    lead = _LABEL_LEAD.match(text)
    if not lead:
        return None
    tail = text[lead.end():]
    found = match_stamp(tail, run.year(), run.dayfirst)
    if found is None:
        return None
    if found.clock is None and found.relative is None:
        if found.day is not None and lead.group("label").strip().lower() in ("date", "day", "on"):
            return found, ""
        return None
    after = tail[found.end:].strip(" *_.")
    if after and not (after.startswith("(") and after.endswith(")")):
        return None
    return found, lead.group("label").strip()


def _place(stamp: Stamp, rest: str, line: int, run: Running) -> Entry:
    """The stamp on the running date, moving the running date along."""
    if stamp.relative is not None:
        if run.start is None:
            run.missed_relative = True
            return Entry(None, rest)
        shifted = run.start + stamp.relative  # mypyc: not `moment` (typed datetime by its first assignment)
        run.day, run.last = shifted.date(), shifted
        return Entry(iso(shifted), rest)
    if stamp.day is not None:
        day = stamp.day
        if stamp.clock is None and not _PARENTHESISED.sub("", plain(rest)).strip(" -–—:,."):
            run.day, run.last = day, None  # a day heading or a date-only line: the entries below are on it
            return Entry(None, rest, marker=True)
        if run.day is not None and day < run.day:
            # an entry dated before the running date (an earlier cause, a back-reference) is read as
            # written and leaves the running date alone, so the bare times after it keep their day
            moment = at_moment(stamp, day, stamp.zone or run.zone_at(line, day))
            return Entry(iso(moment) if moment is not None else None, rest)
        if run.day != day:
            run.last = None
        run.day = day
        if stamp.clock is None:
            return Entry(iso(day), rest)
    elif run.day is None:
        return Entry(None, rest)
    zone = stamp.zone or run.zone_at(line, stamp.day)
    moment = at_moment(stamp, run.day, zone)
    if moment is None:
        return Entry(None, rest)
    if stamp.day is None and run.last is not None and isinstance(moment, datetime) and _earlier(moment, run.last):
        run.day = run.day + timedelta(days=1)  # `23:50` then `00:20`: past midnight
        moment = at_moment(stamp, run.day, zone)
    if isinstance(moment, datetime):
        run.last = moment
    return Entry(iso(moment), rest)  # type: ignore[arg-type]  # run.day is set: at_moment gives a moment


ROLLOVER_GAP = timedelta(hours=12)
"""How much earlier than the previous entry a bare time must be to mean the next day.

``23:50`` then ``00:20`` is past midnight; ``15:08`` then ``09:00`` is an entry
out of order on the same day (a cause found later, a note added at the end).
"""


def _earlier(moment: datetime, last: datetime) -> bool:
    """Whether *moment* is more than :data:`ROLLOVER_GAP` before *last* (in time when both have zones)."""
    if (moment.tzinfo is None) != (last.tzinfo is None):
        return last.replace(tzinfo=None) - moment.replace(tzinfo=None) > ROLLOVER_GAP
    return last - moment > ROLLOVER_GAP


def read_entry(raw: str, line: int, run: Running) -> Entry | None:
    found = _stamp_of(raw, run)
    if found is None:
        return None
    return _place(found[0], found[1], line, run)


def _problem_no_time(raw: str, line: int, problems: list[str]) -> None:
    shown = plain(raw)
    if shown:
        problems.append(f"line {line + 1}: timeline entry has no time: {shown[:60]!r}")


def _problem_no_date(raw: str, line: int, problems: list[str]) -> None:
    problems.append(f"line {line + 1}: timeline entry has a time but no date: {plain(raw)[:60]!r}")


def _line_event(raw: str, line: int, run: Running, problems: list[str]) -> TimelineEvent | None:
    entry = read_entry(raw, line, run)
    if entry is None:
        if _is_statement(raw):
            return None
        _problem_no_time(raw, line, problems)
        return None
    if entry.marker:
        return None
    if entry.at is None:
        _problem_no_date(raw, line, problems)
        return None
    return timeline_event(at=entry.at, text=plain(entry.rest), line=line + 1)


def _is_statement(raw: str) -> bool:
    """A line about the timeline rather than an entry of it (``All times in UTC.``)."""
    from oncall_tui.core.dates import zone_statement

    return zone_statement(raw) is not None and len(raw) < 120


def _row_stamp(cells: list[str], run: Running) -> tuple[int, list[int], Stamp] | None:
    """The stamp of a row: the first cell that has one, joined with a time in the next cell (Date | Time)."""
    for index, cell in enumerate(cells[:3]):
        text = plain(cell)
        found = _stamp_of(text, run) if text else None
        if found is None or found[1].strip():
            continue
        stamp = found[0]
        used = [index]
        if stamp.day is not None and stamp.clock is None and index + 1 < len(cells):
            after = _stamp_of(plain(cells[index + 1]), run)
            if after and not after[1].strip() and after[0].day is None and after[0].clock is not None:
                other = after[0]
                stamp = Stamp(stamp.day, other.clock, other.zone, stamp.end, year_given=stamp.year_given)
                used.append(index + 1)
        return index, used, stamp
    return None


def _table_events(table: Table, run: Running, problems: list[str]) -> list[TimelineEvent]:
    header = [plain(h).lower().strip() for h in table.header]
    text_col = next((header.index(c) for c in _EVENT_COLUMNS if c in header), None)
    events: list[TimelineEvent] = []
    for row in table.rows:
        found = _row_stamp(row.cells, run)
        if found is None:
            if any(c.strip() for c in row.cells):
                problems.append(f"line {row.line + 1}: timeline row has no time")
            continue
        _index, used, stamp = found
        if text_col is not None and text_col < len(row.cells) and text_col not in used:
            text = plain(row.cells[text_col])
        else:
            text = " - ".join(plain(c) for i, c in enumerate(row.cells) if i not in used and c.strip())
        entry = _place(stamp, text, row.line, run)
        if entry.marker:
            continue
        if entry.at is None:
            problems.append(f"line {row.line + 1}: timeline row has a time but no date")
            continue
        events.append(timeline_event(at=entry.at, text=text, line=row.line + 1))
    return events


def _list_events(block: ListBlock, run: Running, problems: list[str],
                 events: list[TimelineEvent] | None = None) -> list[TimelineEvent]:
    """The events of *block*'s items (and of the lists nested in them), added to *events* (a new list if None)."""
    events = [] if events is None else events
    for item in block.items:
        _item_events(item, run, problems, events)
    return events


def _item_events(item: Item, run: Running, problems: list[str], events: list[TimelineEvent]) -> None:
    """The item's event (or its nested items' under a day or a label), added to *events*."""
    nested = [child for child in item.children if isinstance(child, ListBlock)] if item.children else ()
    para = item.para
    if para is None:
        for child in nested:
            _list_events(child, run, problems, events)
        return
    first_line = para.line
    raw = para.raw
    # the lines joined by a space, each less its trailing spaces (one line: no list of lines to make)
    joined = raw.rstrip() if "\n" not in raw else " ".join(text for _, text in para.raw_lines())
    entry = read_entry(joined, first_line, run)
    if entry is not None and not entry.marker and entry.at is not None:
        events.append(timeline_event(at=entry.at, text=plain(entry.rest), line=first_line + 1))
        return
    if nested and (entry is None or entry.marker):
        # a day (`- Tuesday 12 March`) or a label (`- Detection:`) over the entries nested under it
        for child in nested:
            _list_events(child, run, problems, events)
        return
    if entry is None:
        if not _is_statement(joined):
            _problem_no_time(joined, first_line, problems)
    elif not entry.marker:
        _problem_no_date(joined, first_line, problems)


def _blocks_events(blocks, run: Running, problems: list[str]) -> list[TimelineEvent]:
    events: list[TimelineEvent] = []
    for block in blocks:
        if isinstance(block, Para):
            for line, raw in block.raw_lines():
                if raw.strip():
                    event = _line_event(raw, line, run, problems)
                    if event:
                        events.append(event)
        elif isinstance(block, ListBlock):
            _list_events(block, run, problems, events)
        elif isinstance(block, Table):
            events.extend(_table_events(block, run, problems))
        elif isinstance(block, Quote):
            events.extend(_blocks_events(block.children, run, problems))
    return events


def section_events(section: Section, run: Running, problems: list[str], nested: bool = False) -> list[TimelineEvent]:
    """The events of a timeline section and of the sections under it (day headings, one heading per update)."""
    events: list[TimelineEvent] = []
    if nested:
        entry = read_entry(section.title, section.line, run)
        if entry is not None and not entry.marker and entry.at is not None:
            text = plain(entry.rest)
            first = next((b for b in section.blocks if isinstance(b, Para)), None)
            if not text and first is not None:
                text = plain(first.raw)
            events.append(timeline_event(at=entry.at, text=text, line=section.line + 1))
            for child in section.children:
                events.extend(section_events(child, run, problems, nested=True))
            return events
    events.extend(_blocks_events(section.blocks, run, problems))
    for child in section.children:
        events.extend(section_events(child, run, problems, nested=True))
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
        moment = parse_moment(EMPHASIS.sub("", found.value), ctx)
        if moment is not None:
            events.append(timeline_event(at=iso(moment), text=found.name, line=found.line + 1))
    return events


_TIMELINE_WORDS = ("time", "chrono", "sequence", "milestone", "log", "update")
_TIMELINE_WORD = re.compile("|".join(_TIMELINE_WORDS))


def _may_name_timeline(title: str) -> bool:
    """A word every :data:`TIMELINE_HEADING` match contains (:data:`_TIMELINE_WORDS`), looked for in the lower-cased
    title with one search before the regex."""
    return _TIMELINE_WORD.search(title.lower()) is not None


def timeline_sections(root: Section) -> list[Section]:
    """The outermost sections whose heading names a timeline (one nested in another is read with it)."""
    out: list[Section] = []
    stack = [root]  # document order, as a recursive visit: children pushed last first
    while stack:
        section = stack.pop()
        if section.level and _may_name_timeline(section.shown) and TIMELINE_HEADING.search(section.shown):
            out.append(section)
            continue
        stack.extend(reversed(section.children))
    return out


def build_timeline(root: Section, fields: Fields, run: Running, problems: list[str]) -> list[TimelineEvent]:
    explicit: list[TimelineEvent] = []
    for section in timeline_sections(root):
        run.day, run.last = run.ctx.day, None
        explicit.extend(section_events(section, run, problems))
    stamps = {event.at for event in explicit}
    merged = explicit + [event for event in header_events(fields, run.ctx) if event.at not in stamps]
    return sorted(merged, key=lambda event: (sort_key(event.at), event.line))
