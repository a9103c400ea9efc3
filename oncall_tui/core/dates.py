"""Dates as case files write them, turned into the contract's ISO strings.

The formats are the ones support and SRE documents use: ISO dates with an
optional time and zone (``2025-01-14 14:23:47 UTC``), month-name dates
(``October 25, 2024``, ``Oct 23, 8:00 AM``) and bare times (``14:23:47``)
that take their date, and zone, from the document.  A zone is kept when the
text gives one and never invented when it does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_MONTH_RE = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_TIME_RE = (
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"(?:\s*(?P<ampm>[ap]\.?m\.?))?"
    r"(?:\s*(?P<zone>UTC|GMT|Z|[+-]\d{2}:?\d{2})(?![A-Za-z]))?"
)
_ISO = re.compile(
    r"(?P<year>\d{4})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})(?:(?:T|\s+)" + _TIME_RE + r")?",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    _MONTH_RE + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?"
    r"(?:(?:,\s*|\s+at\s+|\s+)" + _TIME_RE + r")?",
    re.IGNORECASE,
)
_DAY_MONTH = re.compile(
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_RE + r"(?:,?\s+(?P<year>\d{4}))?"
    r"(?:(?:,\s*|\s+at\s+|\s+)" + _TIME_RE + r")?",
    re.IGNORECASE,
)
_TIME_ONLY = re.compile(_TIME_RE, re.IGNORECASE)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

Moment = date | datetime

MIN_YEAR = 1900
MAX_YEAR = 9000
"""Dates outside these years are ones the clock cannot reach (``9999-12-31``, ``0001-01-01 +14:00``): they
are kept and shown as the file writes them, flagged as a problem on the case, and never used for ages, SLA
clocks or order (they sort last), so no date sum or zone conversion can leave ``datetime``'s range."""


def reachable(moment: Moment) -> bool:
    """True for a date or date-time within :data:`MIN_YEAR`..:data:`MAX_YEAR` (safe for any arithmetic we do)."""
    return MIN_YEAR <= moment.year <= MAX_YEAR


def unreachable_problem(text: str, line: int | None = None) -> str:
    """The problem a case gets for a date the clock cannot reach (*line* is 1-based)."""
    where = f"line {line}: " if line else ""
    return (f"{where}date {text} is outside the years {MIN_YEAR}-{MAX_YEAR}: shown as written, "
            "not used for ages, SLA clocks or order")


@dataclass(frozen=True, slots=True)
class Context:
    """What a document says about its own date: fills in missing parts."""

    day: date | None = None
    zone: timezone | None = None


def _zone(text: str | None) -> timezone | None:
    if not text:
        return None
    text = text.upper()
    if text in ("UTC", "GMT", "Z"):
        return timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _clock(match: re.Match[str]) -> tuple[time, timezone | None] | None:
    hour_text = match.group("hour")
    if hour_text is None:
        return None
    hour, minute = int(hour_text), int(match.group("minute"))
    second = int(match.group("second") or 0)
    ampm = (match.group("ampm") or "").replace(".", "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second), _zone(match.group("zone"))


def _combine(day: date, clock: tuple[time, timezone | None] | None, ctx: Context) -> Moment:  # noqa: ARG001
    if clock is None:
        return day
    moment, zone = clock
    return datetime.combine(day, moment, tzinfo=zone)


def parse_moment(text: str, ctx: Context = Context(), *, anchored: bool = True) -> Moment | None:
    """The date or date-time *text* starts with (or contains, if not anchored)."""
    found = match_moment(text, ctx, anchored=anchored)
    return found[0] if found else None


def match_moment(
    text: str, ctx: Context = Context(), *, anchored: bool = True
) -> tuple[Moment, int] | None:
    """Like :func:`parse_moment`, also giving where in *text* the moment ends."""
    search = (lambda rx: rx.match(text)) if anchored else (lambda rx: rx.search(text))
    try:
        match = search(_ISO)
        if match:
            day = date(int(match.group("year")), int(match.group("mon")), int(match.group("day")))
            return _combine(day, _clock(match), ctx), match.end()
        for rx in (_MONTH_DAY, _DAY_MONTH):
            match = search(rx)
            if match:
                year_text = match.group("year")
                year = int(year_text) if year_text else (ctx.day.year if ctx.day else None)
                if year is None:
                    return None
                day = date(year, _MONTHS[match.group("month").lower().rstrip(".")], int(match.group("day")))
                clock = _clock(match)
                if clock and clock[1] is None and ctx.zone and ctx.day == day:
                    clock = (clock[0], ctx.zone)
                return _combine(day, clock, ctx), match.end()
        match = search(_TIME_ONLY)
        if match and ctx.day is not None:
            clock = _clock(match)
            if clock is None:
                return None
            if clock[1] is None:
                clock = (clock[0], ctx.zone)
            return _combine(ctx.day, clock, ctx), match.end()
    except ValueError:
        return None
    return None


def relative_day(text: str, ctx: Context) -> date | None:
    """``today``/``EOD today``/``tomorrow``/a weekday, against the document's day."""
    if ctx.day is None or not reachable(ctx.day):
        return None
    word = text.strip().lower()
    word = re.sub(r"^(?:eod|end of day|cob|close of business)\s*", "", word) or "today"
    if word == "today":
        return ctx.day
    if word == "tomorrow":
        return ctx.day + timedelta(days=1)
    if word in _WEEKDAYS:
        ahead = (_WEEKDAYS.index(word) - ctx.day.weekday()) % 7
        return ctx.day + timedelta(days=ahead)
    return None


def iso(moment: Moment) -> str:
    """The contract's spelling: ``2024-01-14`` or ``2025-01-14T14:23:47+00:00``."""
    return moment.isoformat()


def from_iso(text: str) -> Moment:
    """Inverse of :func:`iso`."""
    if "T" in text:
        return datetime.fromisoformat(text)
    return date.fromisoformat(text)


def reachable_iso(text: str | None) -> Moment | None:
    """:func:`from_iso` of *text*, or None when it is missing, unreadable or not :func:`reachable`."""
    if not text:
        return None
    try:
        moment = from_iso(text)
    except (ValueError, TypeError):
        return None
    return moment if reachable(moment) else None


def is_unreachable(text: str | None) -> bool:
    """True when *text* is a valid ISO date the clock cannot reach."""
    if not text:
        return False
    try:
        return not reachable(from_iso(text))
    except (ValueError, TypeError):
        return False


def sort_key(text: str | None) -> tuple[int, str]:
    """Orders ISO strings in time; unknown dates, and dates the clock cannot reach, sort last."""
    if not text:
        return (1, "")
    moment = reachable_iso(text)
    if moment is None:
        return (1, text)
    if isinstance(moment, datetime):
        if moment.tzinfo is not None:
            moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
        return (0, moment.isoformat())
    return (0, moment.isoformat())


def as_datetime(text: str | None, default_zone: timezone | None = None) -> datetime | None:
    """An aware datetime for ages and clocks (a date is taken as its midnight); None for an unreachable date."""
    moment = reachable_iso(text)
    if moment is None:
        return None
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, time())
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=default_zone) if default_zone else moment.astimezone()
    return moment


def from_mtime_ns(mtime_ns: int, zone: tzinfo | None = None) -> datetime | None:
    """A file's modification time as an aware datetime, or None when there is none or the clock cannot reach it.

    ``touch -d`` can set any time; ``fromtimestamp`` raises past the platform's range.
    """
    if not mtime_ns:
        return None
    try:
        moment = datetime.fromtimestamp(mtime_ns / 1e9, tz=zone)
    except (OverflowError, ValueError, OSError):
        return None
    return moment if reachable(moment) else None
