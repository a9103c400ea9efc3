"""Dates and times as a person types them into a form at incident speed.

Besides ISO (``2026-11-24``, ``2026-11-24 14:30``, ``2026-11-24 14:30 +01:00``) a form field takes:

- ``now``; a bare time of day, ``14:30`` (today at that time);
- an offset from now: ``+2h``, ``-10m``, ``+1h30m``, ``+3d``, ``+1w`` (units ``s``, ``m``, ``h``, ``d``, ``w``);
- a day: ``today``, ``tomorrow``, ``yesterday``, a weekday (``mon`` … ``sun``, or in full: the NEXT one,
  never today: ``mon`` on a Monday is a week on), optionally followed by a time (``tomorrow 09:00``,
  ``fri 16:00 UTC``) or by ``eod``;
- ``eod``: the end of the working day, :data:`EOD_HOUR` o'clock (17:00) today in now's zone, even when that
  has passed (``tomorrow eod`` is the next one).

A day word with no time, in a field that wants a time, keeps now's time of day (``tomorrow`` is 24 hours on).
Everything is relative to the *now* passed in (tests pass a fixed one); a time typed without a zone takes
now's zone.  The functions return None for anything else: the form then says "not a date".
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from oncall_tui.core.dates import MAX_YEAR, MIN_YEAR, Context, match_moment, zone_text

EOD_HOUR = 17
"""``eod`` is 17:00: the end of a working day, in the zone of the person typing (now's zone)."""

_WEEKDAY_NAMES = (
    ("mon", "monday"), ("tue", "tues", "tuesday"), ("wed", "weds", "wednesday"),
    ("thu", "thur", "thurs", "thursday"), ("fri", "friday"), ("sat", "saturday"), ("sun", "sunday"),
)
WEEKDAYS = {name: number for number, names in enumerate(_WEEKDAY_NAMES) for name in names}
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
_OFFSET = re.compile(r"([+-])\s*((?:\d{1,6}\s*[smhdw]\s*)+)", re.IGNORECASE)
_OFFSET_PART = re.compile(r"(\d{1,6})\s*([smhdw])", re.IGNORECASE)
_DAY_WORD = re.compile(r"(?:next\s+)?([a-z]+)(?:\s+(.*))?", re.IGNORECASE)


def _in_range(moment: date) -> bool:
    return MIN_YEAR <= moment.year <= MAX_YEAR


def _day_of(word: str, today: date) -> date | None:
    word = word.lower()
    if word == "today":
        return today
    if word == "tomorrow":
        return today + timedelta(days=1)
    if word == "yesterday":
        return today - timedelta(days=1)
    if word in WEEKDAYS:
        return today + timedelta(days=(WEEKDAYS[word] - today.weekday() - 1) % 7 + 1)
    return None


def _at(day: date, rest: str, now: datetime) -> datetime | None:
    """*day* at the time *rest* gives (``14:30``, ``9:00 UTC``, ``eod``), or at now's time of day."""
    rest = rest.strip()
    if not rest:
        return datetime.combine(day, now.timetz())
    if rest.lower() == "eod":
        return datetime.combine(day, time(EOD_HOUR, 0), tzinfo=now.tzinfo)
    found = match_moment(rest, Context(day=day, zone=now.tzinfo))
    if found is None or found[1] != len(rest) or not isinstance(found[0], datetime):
        return None
    moment = found[0]
    return moment if moment.tzinfo is not None or now.tzinfo is None else moment.replace(tzinfo=now.tzinfo)


def resolve_moment(text: str, now: datetime) -> datetime | None:
    """The date and time *text* means, relative to *now* (see the module's help); None if it means none.

    A bare ISO date (``2026-11-24``) is that day at midnight in now's zone.
    """
    text = " ".join(text.split())
    if not text:
        return None
    try:
        moment = _resolve(text, now)
    except (OverflowError, ValueError):
        return None
    return moment if moment is not None and _in_range(moment) else None


def _resolve(text: str, now: datetime) -> datetime | None:
    lowered = text.lower()
    if lowered == "now":
        return now
    if lowered == "eod":
        return _at(now.date(), "eod", now)
    offset = _OFFSET.fullmatch(text)
    if offset:
        delta = timedelta()
        for amount, unit in _OFFSET_PART.findall(offset.group(2)):
            delta += timedelta(**{_UNITS[unit.lower()]: int(amount)})
        return now + delta if offset.group(1) == "+" else now - delta
    words = _DAY_WORD.fullmatch(text)
    if words:
        day = _day_of(words.group(1), now.date())
        if day is not None and (not lowered.startswith("next") or words.group(1).lower() in WEEKDAYS):
            return _at(day, words.group(2) or "", now)
    found = match_moment(text, Context(day=now.date(), zone=now.tzinfo))  # ISO, or a bare time (today)
    if found is None or found[1] != len(text):
        return None
    moment = found[0]
    if not isinstance(moment, datetime):
        return datetime.combine(moment, time(0, 0), tzinfo=now.tzinfo)
    return moment if moment.tzinfo is not None or now.tzinfo is None else moment.replace(tzinfo=now.tzinfo)


def resolve_day(text: str, now: datetime) -> date | None:
    """The day *text* means (a due date): ``2026-11-30``, ``today``, ``tomorrow``, ``mon``, ``eod``, ``+3d``…"""
    moment = resolve_moment(text, now)
    return moment.date() if moment is not None else None


def _span(delta: timedelta) -> str:
    seconds = int(abs(delta.total_seconds()))
    if seconds < 60:
        return f"{seconds}s"
    minutes = seconds // 60
    if minutes < 60:
        return f"{minutes}m"
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return f"{hours}h{minutes:02d}m" if minutes else f"{hours}h"
    return f"{hours // 24}d"


def describe_moment(moment: datetime, now: datetime) -> str:
    """What a time field resolved to: ``Tue 2026-11-24 14:00 UTC, in 2h``."""
    shown = f"{moment:%a %Y-%m-%d %H:%M}"
    zone = zone_text(moment)
    if zone:
        shown += f" {zone}"
    try:
        delta = moment - now
    except TypeError:  # one naive, one aware: no distance to show
        return shown
    if abs(delta) < timedelta(seconds=1):
        return f"{shown}, now"
    return f"{shown}, {'in ' + _span(delta) if delta > timedelta() else _span(delta) + ' ago'}"


def describe_day(day: date, today: date) -> str:
    """What a date field resolved to: ``Mon 2026-11-30, in 6 days`` (``today``, ``tomorrow``…)."""
    days = (day - today).days
    if days == 0:
        when = "today"
    elif days == 1:
        when = "tomorrow"
    elif days == -1:
        when = "yesterday"
    elif days > 0:
        when = f"in {days} days"
    else:
        when = f"{-days} days ago"
    return f"{day:%a %Y-%m-%d}, {when}"
