"""Dates as case files write them, turned into the contract's ISO strings.

The formats are the ones support and SRE documents use: ISO dates with an
optional time and zone (``2025-01-14 14:23:47 UTC``), month-name dates
(``October 25, 2024``, ``Oct 23, 8:00 AM``) and bare times (``14:23:47``)
that take their date, and zone, from the document.  A zone is kept when the
text gives one and never invented when it does not.  The month and zone words
are in :mod:`oncall_tui.core.datewords`, which way ``03/04`` goes in
:mod:`oncall_tui.core.dayfirst` (both re-exported here).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import NamedTuple

from oncall_tui.core.datewords import (  # noqa: F401 (ZONE_HOURS, REGION_ZONES, region, zone_*: re-exported)
    MONTH_RE,
    MONTHS,
    REGION_ZONES,
    ZONE_HOURS,
    ZONE_NAMES,
    ZONE_RE,
    Patterns,
    fixed,
    region,
    zone_of,
    zone_statement,
    zone_statements,
    zone_text,
)
from oncall_tui.core.dayfirst import DAY_FIRST_SETTINGS, DayFirst, find_full_date, guess_dayfirst  # noqa: F401

_TIME_RE = (
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"(?:\s*(?P<ampm>[ap]\.?m\.?))?"
    r"(?:\s*\(?" + ZONE_RE + r"\)?)?"
)
_ISO_SOURCE = (
    r"(?P<year>\d{4})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})(?:(?:T|\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s)?)"
    + _TIME_RE + r")?",
    re.IGNORECASE,
)
_MONTH_DAY_SOURCE = (
    MONTH_RE + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?"
    r"(?:(?:,\s*|\s+at\s+|\s+)" + _TIME_RE + r")?",
    re.IGNORECASE,
)
_DAY_MONTH_SOURCE = (
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + MONTH_RE + r"(?:,?\s+(?P<year>\d{4}))?"
    r"(?:(?:,\s*|\s+at\s+|\s+)" + _TIME_RE + r")?",
    re.IGNORECASE,
)
_TIME_ONLY_SOURCE = (_TIME_RE, re.IGNORECASE)
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
    zone: tzinfo | None = None
    dayfirst: bool | DayFirst = False  # mypyc: case.py passes the lazy DayFirst


def _clock(match: re.Match[str]) -> tuple[time, tzinfo | None] | None:
    hour_text = match.group("hour")
    if hour_text is None:
        return None
    minute_text, second_text, ampm_text, zone_name = match.group("minute", "second", "ampm", "zone")
    hour, minute = int(hour_text), int(minute_text)
    second = int(second_text or 0)
    ampm = (ampm_text or "").replace(".", "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second), zone_of(zone_name)


def _combine(day: date, clock: tuple[time, tzinfo | None] | None, ctx: Context) -> Moment:  # noqa: ARG001
    if clock is None:
        return day
    moment, zone = clock
    return fixed(datetime.combine(day, moment, tzinfo=zone))


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
        match = search(_RX.ISO)
        if match:
            day = date(int(match.group("year")), int(match.group("mon")), int(match.group("day")))
            return _combine(day, _clock(match), ctx), match.end()
        for rx in (_RX.MONTH_DAY, _RX.DAY_MONTH):
            match = search(rx)
            if match:
                year_text = match.group("year")
                year = int(year_text) if year_text else (ctx.day.year if ctx.day else None)
                if year is None:
                    return None
                day = date(year, MONTHS[match.group("month").lower().rstrip(".")], int(match.group("day")))
                clock = _clock(match)
                if clock and clock[1] is None and ctx.zone and ctx.day == day:
                    clock = (clock[0], ctx.zone)
                return _combine(day, clock, ctx), match.end()
        match = search(_RX.TIME_ONLY)
        if match is None and anchored and text[:1].isalnum():
            stamp = _free_form(text[:200], ctx.day.year if ctx.day else None, ctx.dayfirst)
            if stamp is not None and (stamp.day or ctx.day) is not None:
                zone = stamp.zone or (ctx.zone if stamp.day in (None, ctx.day) else None)
                moment = at_moment(stamp, ctx.day, zone)
                return (moment, stamp.end) if moment is not None else None
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
    if text[4:5] == "-" and text[7:8] == "-" and text[:4].isascii() and text[:4].isdigit() and text[5:7].isdigit():
        # `YYYY-MM-DD…` (what iso() writes): the year parsed is the one written, so a year in range answers
        # False whether the rest parses (reachable) or not (not a date); no parse needed.
        if MIN_YEAR <= int(text[:4]) <= MAX_YEAR:
            return False
    try:
        return not reachable(from_iso(text))
    except (ValueError, TypeError):
        return False


def _utc_stamp_key(text: str) -> tuple[int, str] | None:
    """:func:`sort_key` of ``YYYY-MM-DDTHH:MM:SS+00:00`` (what iso() writes for a UTC time): the text less its
    offset, once it parses; None for any other text (the slow path then answers)."""
    if (len(text) != 25 or not text.endswith("+00:00") or text[4] != "-" or text[7] != "-" or text[10] != "T"
            or text[13] != ":" or text[16] != ":"):
        return None
    try:
        moment = datetime.fromisoformat(text)  # every other character a digit, a real day and time
    except ValueError:
        return None
    return (0, text[:19]) if reachable(moment) else (1, text)


def sort_key(text: str | None) -> tuple[int, str]:
    """Orders ISO strings in time; unknown dates, and dates the clock cannot reach, sort last."""
    if not text:
        return (1, "")
    fast = _utc_stamp_key(text)
    if fast is not None:
        return fast
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


# --- timeline stamps: the date, time and zone an entry starts with, each part only if written -----------

class Stamp(NamedTuple):
    """What the start of a timeline entry says about when it happened (a tuple: made once per entry)."""

    day: date | None
    """The date written (None: a bare time, which takes the running date)."""
    clock: time | None
    zone: tzinfo | None
    end: int
    """Where the stamp ends in the text."""
    relative: timedelta | None = None
    """``T+5min`` / ``+00:05``: an offset from the incident's start instead of a date and time."""
    year_given: bool = True


_RELATIVE_SOURCE = (
    r"T\s?(?P<sign>[+-])\s?(?P<num>\d{1,4})(?:\s?(?P<unit>hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)(?![a-z]))?"
    r"(?:\s?(?P<num2>\d{1,2})\s?(?:minutes?|mins?|m)(?![a-z]))?"
    r"|(?P<sign3>[+-])(?P<hh>\d{1,2}):(?P<mm>\d{2})(?::(?P<ss>\d{2}))?(?![\d:])",
    0,
)
_WEEKDAY_RE = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?"
_TIME_FIRST_TAIL_SOURCE = (r",?\s+(?:on\s+)?(?=\d|" + MONTH_RE[len("(?P<month>"):-len(")\\.?")] + r")", re.IGNORECASE)
# The free-form path: a short run of date-like tokens handed to dateutil.  Bounded repetition of disjoint
# pieces, so it is linear in the text whatever the text is.
_DATE_TOKEN = (
    r"(?:\d{1,4}(?:st|nd|rd|th)?(?![\w])|" + MONTH_RE.replace("(?P<month>", "(?:") + r"(?![a-z])|" + _WEEKDAY_RE
    + r"(?![a-z])|[ap]\.?m\.?(?![a-z])|(?-i:" + ZONE_NAMES + r")(?![A-Za-z])|(?:UTC|GMT)[+-]\d{1,2}(?::?\d{2})?)"
)
_CANDIDATE_SOURCE = (
    r"(?:" + _WEEKDAY_RE + r",?\s{1,3})?" + _DATE_TOKEN + r"(?:(?:[ \t,/.:-]{1,3}|\s(?:at|@)\s)" + _DATE_TOKEN + r"){0,8}",
    re.IGNORECASE,
)
_RX = Patterns(ISO=_ISO_SOURCE, MONTH_DAY=_MONTH_DAY_SOURCE, DAY_MONTH=_DAY_MONTH_SOURCE, TIME_ONLY=_TIME_ONLY_SOURCE,
               RELATIVE=_RELATIVE_SOURCE, TIME_FIRST_TAIL=_TIME_FIRST_TAIL_SOURCE, CANDIDATE=_CANDIDATE_SOURCE)
"""This module's patterns, compiled on first use (see :class:`~oncall_tui.core.datewords.Patterns`)."""


def _parts_from_regex(match: re.Match[str], ctx_year: int | None) -> tuple[date | None, bool] | None:
    year_text = match.group("year")
    year = int(year_text) if year_text else ctx_year
    if year is None:
        return None
    return date(year, MONTHS[match.group("month").lower().rstrip(".")], int(match.group("day"))), bool(year_text)


def _time_first(text: str, match: re.Match[str], ctx_year: int | None, dayfirst: bool | DayFirst) -> Stamp | None:
    """``11:10 6th Nov 2023``: a time, then the date it belongs to."""
    clock = _clock(match)
    if clock is None:
        return None
    tail = _RX.TIME_FIRST_TAIL.match(text, match.end())
    if not tail:
        return None
    rest = text[tail.end():]
    day: date | None  # mypyc: _parts_from_regex says date | None
    for rx in (_RX.ISO, _RX.MONTH_DAY, _RX.DAY_MONTH):
        found = rx.match(rest)
        if found and found.group("hour") is None:
            if rx is _RX.ISO:
                day, given = date(int(found.group("year")), int(found.group("mon")), int(found.group("day"))), True
            else:
                parts = _parts_from_regex(found, ctx_year)
                if parts is None:
                    return None
                day, given = parts
            return Stamp(day, clock[0], clock[1], tail.end() + found.end(), year_given=given)
    return None


def _free_form(text: str, ctx_year: int | None, dayfirst: bool | DayFirst) -> Stamp | None:
    """dateutil's reading of the date-like run *text* starts with: ``Tuesday 12 March``, ``12/03/2024 10:00``."""
    match = _RX.CANDIDATE.match(text)
    if not match:
        return None
    candidate = match.group().rstrip(" ,/.:-")
    if not any(ch in candidate for ch in "/.:-") and not _HAS_NAME.search(candidate):
        return None  # `15 minutes`, `2 pods`: one number is not a date, and dateutil is not asked
    try:
        result, _ = _dateutil()._parse(candidate, dayfirst=bool(dayfirst))
    except (ValueError, OverflowError, TypeError, IndexError):
        return None
    if result is None:
        return None
    has_time = result.hour is not None
    has_name = any(ch.isalpha() for ch in candidate.replace("T", "")) and bool(
        re.search(MONTH_RE.replace("(?P<month>", "(?:"), candidate, re.IGNORECASE))
    if result.month is not None and result.day is not None:
        if result.year is None and not (has_time or has_name):
            return None  # `3/4 of the nodes` is not a date
        year = result.year if result.year is not None else ctx_year
        if year is None:
            return None
        try:
            day = date(year, result.month, result.day)
        except ValueError:
            return None
    elif has_time and result.year is None and result.month is None and result.day is None:
        day = None
    else:
        return None
    clock = None
    if has_time:
        try:
            clock = time(result.hour, result.minute or 0, result.second or 0)
        except ValueError:
            return None
    zone = None
    if result.tzname:
        zone = zone_of(result.tzname) if result.tzname.upper() in ZONE_HOURS or result.tzname.upper() in REGION_ZONES else None
    if zone is None and result.tzoffset is not None:
        zone = timezone(timedelta(seconds=result.tzoffset))
    return Stamp(day, clock, zone, len(candidate), year_given=result.year is not None)


_HAS_NAME = re.compile(r"[A-Za-z]{3}")


@lru_cache(maxsize=1)
def _dateutil():
    from dateutil import parser

    return parser.parser()


def match_stamp(text: str, ctx_year: int | None = None, dayfirst: bool | DayFirst = False) -> Stamp | None:
    """The stamp *text* starts with: strict ISO and the common spellings by regex, the rest by dateutil."""
    if not text:
        return None
    head = text[0]
    try:
        if head in "T+-":
            rel = _RX.RELATIVE.match(text)
            if rel:
                return Stamp(None, None, None, rel.end(), relative=_relative(rel))
            if head != "T":
                return None
        match = _RX.ISO.match(text)
        if match:
            day = date(int(match.group("year")), int(match.group("mon")), int(match.group("day")))
            clock = _clock(match)
            return Stamp(day, clock[0] if clock else None, clock[1] if clock else None, match.end())
        if head.isdigit():
            match = _RX.TIME_ONLY.match(text)
            if match:
                later = _time_first(text, match, ctx_year, dayfirst)
                if later is not None:
                    return later
                clock = _clock(match)
                if clock is None:
                    return None
                return Stamp(None, clock[0], clock[1], match.end())
        for rx in (_RX.MONTH_DAY, _RX.DAY_MONTH):
            match = rx.match(text)
            if match:
                parts = _parts_from_regex(match, ctx_year)
                if parts is None:
                    return None
                clock = _clock(match)
                return Stamp(parts[0], clock[0] if clock else None, clock[1] if clock else None, match.end(),
                             year_given=parts[1])
        if head.isdigit() or head.isalpha():
            return _free_form(text[:200], ctx_year, dayfirst)
    except ValueError:
        return None
    return None


def _relative(match: re.Match[str]) -> timedelta:
    if match.group("sign3"):
        delta = timedelta(hours=int(match.group("hh")), minutes=int(match.group("mm")), seconds=int(match.group("ss") or 0))
        return -delta if match.group("sign3") == "-" else delta
    num = int(match.group("num"))
    unit = (match.group("unit") or "m")[0].lower()
    delta = {"h": timedelta(hours=num), "m": timedelta(minutes=num), "s": timedelta(seconds=num)}[unit]
    if match.group("num2"):
        delta += timedelta(minutes=int(match.group("num2")))
    return -delta if match.group("sign") == "-" else delta


def at_moment(stamp: Stamp, day: date | None, zone: tzinfo | None) -> Moment | None:
    """A stamp on *day* (its own date if it has one) in *zone* (its own zone if it has one)."""
    on = stamp.day or day
    if on is None:
        return None
    if stamp.clock is None:
        return on
    return fixed(datetime.combine(on, stamp.clock, tzinfo=stamp.zone or zone))
