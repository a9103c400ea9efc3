"""Timeline entries: a new line written like its neighbours, in time order.

The shape of an existing timestamp (``**14:23:47**``, ``October 23, 8:00 AM``,
``2024-01-15 10:00``) is read and reused; when that shape cannot say the new
moment (another day, another year, a zone), a date, year or zone is added.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import replace as _replace
from datetime import datetime, tzinfo

from oncall_tui.core.dates import MAX_YEAR, MIN_YEAR, iso, reachable, sort_key
from oncall_tui.core.model import Case
from oncall_tui.core.parse.fields import collect
from oncall_tui.core.parse.timeline import TIMELINE_HEADING
from oncall_tui.core.parse.tree import ListBlock, Para, Section, Table, plain
from oncall_tui.core.edits.patching import (
    Check, Doc, EditRefused, Insert, LIST_LINE, Op, Patched, choose, content_end, differences,
    model_dict, one_line, set_cell, split_row,
)

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
    m = LIST_LINE.match(line)
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
            try:
                moment = datetime.fromisoformat(text)
            except ValueError:
                continue
            if moment.tzinfo is not None:
                return moment.tzinfo
    return None


def _in_zone(at: datetime, zone: tzinfo | None) -> datetime:
    """*at* as the document would write it: in its zone when it has one, else naive."""
    if zone is not None:
        return at.astimezone(zone) if at.tzinfo else at.replace(tzinfo=zone)
    return at.astimezone().replace(tzinfo=None) if at.tzinfo else at


def _timeline_section(doc: Doc, event_lines: set[int]) -> Section | None:
    found = [s for s in doc.sections() if TIMELINE_HEADING.search(s.shown)]
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


def timeline_patch(raw: bytes, case: Case, at: datetime | str, text: str) -> Patched:
    text = one_line(text, "timeline text")
    if isinstance(at, str):
        try:
            at = datetime.fromisoformat(at.strip())
        except ValueError as exc:
            raise EditRefused(f"cannot read the time {at!r} (use YYYY-MM-DD HH:MM)") from exc
    if not isinstance(at, datetime):
        at = datetime.combine(at, datetime.min.time())
    if not reachable(at):  # a zone conversion could leave datetime's range
        raise EditRefused(f"the time {iso(at)} is outside the years {MIN_YEAR}-{MAX_YEAR}")
    # A time given with its zone is written as given (the file's own shape, with the offset added when the
    # file's times are in another zone): what the person typed, not a conversion they never see.
    moment = at if at.tzinfo is not None else _in_zone(at, _doc_zone(case))
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
                m = LIST_LINE.match(template)
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
            at_line = content_end(doc, section)
            candidates = _entry_candidates(template, moment, text, lambda line: [doc.block_before(at_line, [line])])
        else:
            home, heading = _timeline_home(doc, case)
            candidates = _entry_candidates(template, moment, text,
                                           lambda line: [doc.block_before(home, heading + [line])])
    if not candidates:
        raise EditRefused("could not tell how this file writes its timeline entries")
    return choose(doc, case, candidates,
                   lambda new: f"{case.id}: timeline entry added ({_format_stamp(_Shape(), moment)})")


def _timeline_check(expected_at: str, text: str) -> Check:
    want = (expected_at, plain(text))

    def check(old: Case, new: Case) -> str | None:
        before, after = model_dict(old, lines=False), model_dict(new, lines=False)
        old_events, new_events = before.pop("timeline"), after.pop("timeline")
        old_open, new_open = before.pop("opened_at"), after.pop("opened_at")
        if reason := differences(before, after):
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
    pieces, first, last = split_row(doc.lines[line])
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
            new[first + i] = set_cell(cell, value)
        out.append(([Insert(where, ("|".join(new),))], _timeline_check(_expected_at(variant, moment), text)))
    return out
