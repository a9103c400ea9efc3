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
from functools import lru_cache
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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
ZONE_HOURS = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 1, "BST": 1, "IST": 5.5, "CET": 1, "CEST": 2, "MET": 1,
    "MEST": 2, "EET": 2, "EEST": 3, "MSK": 3, "PST": -8, "PDT": -7, "MST": -7, "MDT": -6, "CST": -6,
    "CDT": -5, "EST": -5, "EDT": -4, "AKST": -9, "AKDT": -8, "HST": -10, "JST": 9, "KST": 9, "HKT": 8,
    "SGT": 8, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
}
"""Zone abbreviations as documents write them, kept as fixed offsets (``IST`` is India's, ``CST`` US Central)."""
REGION_ZONES = {
    "PT": "America/Los_Angeles", "PACIFIC": "America/Los_Angeles", "ET": "America/New_York",
    "EASTERN": "America/New_York", "CT": "America/Chicago", "CENTRAL": "America/Chicago",
    "MT": "America/Denver", "MOUNTAIN": "America/Denver", "UK": "Europe/London", "LONDON": "Europe/London",
    "BERLIN": "Europe/Berlin", "PARIS": "Europe/Paris", "AMSTERDAM": "Europe/Amsterdam",
}
"""Zones named without saying summer or winter: the offset follows the date."""
_ZONE_NAMES = "|".join(sorted((z for z in (*ZONE_HOURS, "PT", "ET", "CT", "MT") if z != "Z"), key=len, reverse=True))
_ZONE_RE = (
    r"(?P<zone>(?:UTC|GMT)\s?[+-]\s?\d{1,2}(?::?\d{2})?|UTC|GMT|Z|[+-]\d{2}:?\d{2}|(?-i:" + _ZONE_NAMES + r"))"
    r"(?![A-Za-z])"
)
_TIME_RE = (
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"(?:\s*(?P<ampm>[ap]\.?m\.?))?"
    r"(?:\s*\(?" + _ZONE_RE + r"\)?)?"
)
_ISO = re.compile(
    r"(?P<year>\d{4})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})(?:(?:T|\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s)?)"
    + _TIME_RE + r")?",
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
    zone: tzinfo | None = None
    dayfirst: bool = False


def _zone(text: str | None) -> tzinfo | None:
    if not text:
        return None
    text = text.upper().replace(" ", "")
    if text in ("UTC", "GMT", "Z"):
        return timezone.utc
    if text in ZONE_HOURS:
        return timezone(timedelta(minutes=round(ZONE_HOURS[text] * 60)))
    if text in REGION_ZONES:
        return region(REGION_ZONES[text])
    if text[:3] in ("UTC", "GMT"):
        text = text[3:]
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    if len(digits) <= 2:
        digits = digits.zfill(2) + "00"
    elif len(digits) == 3:
        digits = "0" + digits
    hours, minutes = int(digits[:2]), int(digits[2:])
    if hours > 14 or minutes > 59:  # no zone is that far from UTC (`UTC+99:99`): not a zone at all
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


@lru_cache(maxsize=32)
def region(name: str) -> tzinfo | None:
    """A zone whose offset depends on the date (``Pacific``); None when the system has no zone data."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def fixed(moment: datetime) -> datetime:
    """A region zone becomes the offset it had at *moment* (the contract keeps offsets, not zone names)."""
    zone = moment.tzinfo
    if zone is None or isinstance(zone, timezone):
        return moment
    offset = moment.utcoffset()
    return moment.replace(tzinfo=timezone(offset)) if offset is not None else moment.replace(tzinfo=None)


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


_RELATIVE = re.compile(
    r"T\s?(?P<sign>[+-])\s?(?P<num>\d{1,4})(?:\s?(?P<unit>hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)(?![a-z]))?"
    r"(?:\s?(?P<num2>\d{1,2})\s?(?:minutes?|mins?|m)(?![a-z]))?"
    r"|(?P<sign3>[+-])(?P<hh>\d{1,2}):(?P<mm>\d{2})(?::(?P<ss>\d{2}))?(?![\d:])",
)
_WEEKDAY_RE = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?"
_TIME_FIRST_TAIL = re.compile(r",?\s+(?:on\s+)?(?=\d|" + _MONTH_RE[len("(?P<month>"):-len(")\\.?")] + r")", re.IGNORECASE)
# The free-form path: a short run of date-like tokens handed to dateutil.  Bounded repetition of disjoint
# pieces, so it is linear in the text whatever the text is.
_DATE_TOKEN = (
    r"(?:\d{1,4}(?:st|nd|rd|th)?(?![\w])|" + _MONTH_RE.replace("(?P<month>", "(?:") + r"(?![a-z])|" + _WEEKDAY_RE
    + r"(?![a-z])|[ap]\.?m\.?(?![a-z])|(?-i:" + _ZONE_NAMES + r")(?![A-Za-z])|(?:UTC|GMT)[+-]\d{1,2}(?::?\d{2})?)"
)
_CANDIDATE = re.compile(
    r"(?:" + _WEEKDAY_RE + r",?\s{1,3})?" + _DATE_TOKEN + r"(?:(?:[ \t,/.:-]{1,3}|\s(?:at|@)\s)" + _DATE_TOKEN + r"){0,8}",
    re.IGNORECASE,
)
_NUMERIC_DATE = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})")
"""No look-around: a pattern that starts with a digit class is scanned for quickly; the edges are checked after."""
_DATE_EDGE = frozenset("0123456789.:/-")


def _parts_from_regex(match: re.Match[str], ctx_year: int | None) -> tuple[date | None, bool] | None:
    year_text = match.group("year")
    year = int(year_text) if year_text else ctx_year
    if year is None:
        return None
    return date(year, _MONTHS[match.group("month").lower().rstrip(".")], int(match.group("day"))), bool(year_text)


def _time_first(text: str, match: re.Match[str], ctx_year: int | None, dayfirst: bool) -> Stamp | None:
    """``11:10 6th Nov 2023``: a time, then the date it belongs to."""
    clock = _clock(match)
    if clock is None:
        return None
    tail = _TIME_FIRST_TAIL.match(text, match.end())
    if not tail:
        return None
    rest = text[tail.end():]
    for rx in (_ISO, _MONTH_DAY, _DAY_MONTH):
        found = rx.match(rest)
        if found and found.group("hour") is None:
            if rx is _ISO:
                day, given = date(int(found.group("year")), int(found.group("mon")), int(found.group("day"))), True
            else:
                parts = _parts_from_regex(found, ctx_year)
                if parts is None:
                    return None
                day, given = parts
            return Stamp(day, clock[0], clock[1], tail.end() + found.end(), year_given=given)
    return None


def _free_form(text: str, ctx_year: int | None, dayfirst: bool) -> Stamp | None:
    """dateutil's reading of the date-like run *text* starts with: ``Tuesday 12 March``, ``12/03/2024 10:00``."""
    match = _CANDIDATE.match(text)
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
        re.search(_MONTH_RE.replace("(?P<month>", "(?:"), candidate, re.IGNORECASE))
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
        zone = _zone(result.tzname) if result.tzname.upper() in ZONE_HOURS or result.tzname.upper() in REGION_ZONES else None
    if zone is None and result.tzoffset is not None:
        zone = timezone(timedelta(seconds=result.tzoffset))
    return Stamp(day, clock, zone, len(candidate), year_given=result.year is not None)


_HAS_NAME = re.compile(r"[A-Za-z]{3}")


@lru_cache(maxsize=1)
def _dateutil():
    from dateutil import parser

    return parser.parser()


def match_stamp(text: str, ctx_year: int | None = None, dayfirst: bool = False) -> Stamp | None:
    """The stamp *text* starts with: strict ISO and the common spellings by regex, the rest by dateutil."""
    if not text:
        return None
    head = text[0]
    try:
        if head in "T+-":
            rel = _RELATIVE.match(text)
            if rel:
                return Stamp(None, None, None, rel.end(), relative=_relative(rel))
            if head != "T":
                return None
        match = _ISO.match(text)
        if match:
            day = date(int(match.group("year")), int(match.group("mon")), int(match.group("day")))
            clock = _clock(match)
            return Stamp(day, clock[0] if clock else None, clock[1] if clock else None, match.end())
        if head.isdigit():
            match = _TIME_ONLY.match(text)
            if match:
                later = _time_first(text, match, ctx_year, dayfirst)
                if later is not None:
                    return later
                clock = _clock(match)
                if clock is None:
                    return None
                return Stamp(None, clock[0], clock[1], match.end())
        for rx in (_MONTH_DAY, _DAY_MONTH):
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


_ZONE_STATEMENT = re.compile(
    r"\b(?:all\s+)?times?(?:stamps?|\s?zone)?\b[^.\n|\d]{0,24}?\b(?:in|are|is|as|shown|given|listed)?\s*\(?"
    r"(?P<zone>(?:UTC|GMT)\s?[+-]\s?\d{1,2}(?::?\d{2})?|UTC|GMT|Pacific|Eastern|Central|Mountain|UK time|London"
    r"|(?-i:" + _ZONE_NAMES + r"))(?![A-Za-z])"
    r"|\((?:all\s+times\s+(?:in\s+)?)?(?P<zone2>(?:UTC|GMT)\s?[+-]\s?\d{1,2}(?::?\d{2})?|UTC|GMT|(?-i:" + _ZONE_NAMES
    + r"))\)",
    re.IGNORECASE,
)


def zone_statement(text: str) -> tzinfo | None:
    """The zone a line says the times below it are in: ``All times in UTC``, ``Timeline (PDT)``, ``times are Pacific``."""
    if "time" not in text.lower() and "(" not in text:
        return None
    match = _ZONE_STATEMENT.search(text)
    if not match:
        return None
    name = (match.group("zone") or match.group("zone2")).upper().replace(" TIME", "")
    return _zone(name)


DAY_FIRST_SETTINGS = ("auto", True, False)
"""The ``[parse] day_first`` setting's values: ``"auto"`` reads a document's own hints, True / False say
which way a document that does not decide by itself is read."""


class DayFirst:
    """Whether a document's numeric dates are day-first, worked out from its text the first time it is asked.

    A date that can only be read one way (``13/03/2024``, ``03/13/2024``)
    decides for the whole document, whatever *setting* says.  Otherwise
    *setting* decides: ``"auto"`` takes dotted dates (``12.03.2024``) as
    day-first and the rest as month-first; True or False read every
    ambiguous date that way (dots included).  Most documents never write a
    numeric date, so the scan of the whole text is paid only by those that do.
    """

    __slots__ = ("_text", "_value", "_setting")

    def __init__(self, text: str, setting: bool | str = "auto") -> None:
        self._text = text
        self._setting = setting
        self._value: bool | None = None if text else setting is True

    def __bool__(self) -> bool:
        if self._value is None:
            setting = self._setting
            guess = guess_dayfirst(self._text, hints=setting == "auto")
            self._value = bool(guess) if guess is not None or setting == "auto" else setting is True
            self._text = ""
        return self._value

    def __repr__(self) -> str:
        return f"DayFirst({'unknown' if self._value is None else self._value})"


def guess_dayfirst(text: str, *, hints: bool = True) -> bool | None:
    """Whether the document's numeric dates are day-first: ``13/03/2024`` says yes, ``03/13/2024`` no.

    With *hints*, dots (``12.03.2024``) say day-first when no date decides;
    without, only a date that cannot be read the other way gives an answer.
    """
    verdict: bool | None = None
    for match in _NUMERIC_DATE.finditer(text):
        start, end = match.span()
        before, after = text[max(0, start - 2):start], text[end:end + 2]
        if (before[-1:].isdigit() or (before[-1:] in _DATE_EDGE and before[:1].isdigit())
                or after[:1].isdigit() or (after[:1] in _DATE_EDGE and after[1:].isdigit())):
            continue  # part of a version number, an IP address or a longer figure (a full stop after it is not)
        first, second = int(match.group(1)), int(match.group(3))
        if first > 12 >= second:
            return True
        if second > 12 >= first:
            return False
        if hints and match.group(2) == "." and verdict is None:
            verdict = True
    return verdict


_FULL_DATE = re.compile(
    r"(?<![\d-])(?P<y>\d{4})[-_.](?P<m>\d{1,2})[-_.](?P<d>\d{1,2})(?!\d)"
    r"|(?<![\d/.-])(?P<a>\d{1,2})([/.-])(?P<b>\d{1,2})\5(?P<y2>\d{4})(?!\d)"
    r"|\b" + _MONTH_RE.replace("(?P<month>", "(?P<mon1>") + r"\s{1,3}(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(?P<y1>\d{4})\b"
    r"|\b(?P<d3>\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:of\s)?" + _MONTH_RE.replace("(?P<month>", "(?P<mon3>")
    + r",?\s{1,3}(?P<y3>\d{4})\b",
    re.IGNORECASE,
)


def find_full_date(text: str, dayfirst: bool = False) -> date | None:
    """The first date with day, month and year anywhere in *text* (a title, a file name, a prose line)."""
    for match in _FULL_DATE.finditer(text):
        try:
            if match.group("y"):
                return date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
            if match.group("y2"):
                a, b = int(match.group("a")), int(match.group("b"))
                first_is_day = a > 12 or (dayfirst and b <= 12)
                day, month = (a, b) if first_is_day else (b, a)
                return date(int(match.group("y2")), month, day)
            if match.group("y1"):
                return date(int(match.group("y1")), _MONTHS[match.group("mon1").lower().rstrip(".")], int(match.group("d1")))
            return date(int(match.group("y3")), _MONTHS[match.group("mon3").lower().rstrip(".")], int(match.group("d3")))
        except ValueError:
            continue
    return None


_TIME_WORD = re.compile(r"[Tt](?:ime|IME)")


def zone_statements(text: str) -> list[tuple[int, tzinfo]]:
    """(0-based line, zone) of every line that states the zone of the times below it.

    Only lines with the word "time" in them can (``All times in UTC``,
    ``## Timeline (PDT)``, ``| Time (UTC) |``): each is found by a search
    for the word and looked at once, however long.
    """
    out: list[tuple[int, tzinfo]] = []
    line_no, pos, size = 0, 0, len(text)
    while pos < size:
        found = _TIME_WORD.search(text, pos)  # not text.lower(): slow on text with any non-ASCII character
        if found is None:
            break
        hit = found.start()
        line_no += text.count("\n", pos, hit)
        start = text.rfind("\n", pos, hit) + 1
        start = max(start, pos)
        end = text.find("\n", hit)
        end = size if end < 0 else end
        if end - start <= 400:
            match = _ZONE_STATEMENT.search(text, max(start, hit - 5), end)  # "all times …" starts 4 before
            if match is not None:
                zone = _zone((match.group("zone") or match.group("zone2")).upper().replace(" TIME", ""))
                if zone is not None:
                    out.append((line_no, zone))
        pos = end + 1
        line_no += 1
    return out


def zone_text(moment: datetime) -> str:
    """``UTC`` or the offset ``+01:00`` of an aware *moment*; empty for a naive one (no zone is invented)."""
    offset = moment.utcoffset()
    if offset is None:
        return ""
    if not offset:
        return "UTC"
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
