"""Form dates at incident speed: today, tomorrow, +2h, -10m, mon, eod and ISO, against an injected now."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from oncall_tui.core.quickdates import EOD_HOUR, describe_day, describe_moment, resolve_day, resolve_moment

PLUS1 = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 24, 14, 7, tzinfo=PLUS1)  # a Tuesday


@pytest.mark.parametrize(("text", "expected"), [
    ("now", NOW),
    ("+2h", datetime(2026, 11, 24, 16, 7, tzinfo=PLUS1)),
    ("-10m", datetime(2026, 11, 24, 13, 57, tzinfo=PLUS1)),
    ("+1h30m", datetime(2026, 11, 24, 15, 37, tzinfo=PLUS1)),
    (" + 3d ", datetime(2026, 11, 27, 14, 7, tzinfo=PLUS1)),
    ("+1w", datetime(2026, 12, 1, 14, 7, tzinfo=PLUS1)),
    ("today", NOW),
    ("TODAY 09:15", datetime(2026, 11, 24, 9, 15, tzinfo=PLUS1)),
    ("tomorrow", datetime(2026, 11, 25, 14, 7, tzinfo=PLUS1)),
    ("tomorrow 9:00 UTC", datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc)),
    ("yesterday 23:59", datetime(2026, 11, 23, 23, 59, tzinfo=PLUS1)),
    ("mon", datetime(2026, 11, 30, 14, 7, tzinfo=PLUS1)),
    ("next monday 10:00", datetime(2026, 11, 30, 10, 0, tzinfo=PLUS1)),
    ("tue", datetime(2026, 12, 1, 14, 7, tzinfo=PLUS1)),  # today is Tuesday: the next one is a week on
    ("wed", datetime(2026, 11, 25, 14, 7, tzinfo=PLUS1)),
    ("eod", datetime(2026, 11, 24, EOD_HOUR, 0, tzinfo=PLUS1)),
    ("fri eod", datetime(2026, 11, 27, EOD_HOUR, 0, tzinfo=PLUS1)),
    ("14:30", datetime(2026, 11, 24, 14, 30, tzinfo=PLUS1)),
    ("2026-11-20 08:05", datetime(2026, 11, 20, 8, 5, tzinfo=PLUS1)),
    ("2026-11-20T08:05:00-05:00", datetime(2026, 11, 20, 8, 5, tzinfo=timezone(timedelta(hours=-5)))),
    ("2026-11-20", datetime(2026, 11, 20, 0, 0, tzinfo=PLUS1)),
])
def test_resolve_moment(text: str, expected: datetime) -> None:
    got = resolve_moment(text, NOW)
    assert got == expected and got.utcoffset() == expected.utcoffset(), (text, got)


@pytest.mark.parametrize("text", [
    "", "soon", "+2", "2h", "+2y", "next today", "tomorrow at noonish", "2026-13-40", "2026-11-20 junk",
    "+999999w", "-999999w", "mon 25:00", "14:30 tomorrow",
])
def test_anything_else_is_none(text: str) -> None:
    assert resolve_moment(text, NOW) is None
    assert resolve_day(text, NOW) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("today", date(2026, 11, 24)), ("tomorrow", date(2026, 11, 25)), ("mon", date(2026, 11, 30)),
    ("eod", date(2026, 11, 24)), ("+3d", date(2026, 11, 27)), ("+10h", date(2026, 11, 25)),
    ("2026-12-01", date(2026, 12, 1)), ("Sunday", date(2026, 11, 29)),
])
def test_resolve_day(text: str, expected: date) -> None:
    assert resolve_day(text, NOW) == expected


def test_a_naive_now_gives_naive_times() -> None:
    naive = NOW.replace(tzinfo=None)
    assert resolve_moment("+2h", naive) == datetime(2026, 11, 24, 16, 7)
    assert resolve_moment("tomorrow 08:00", naive) == datetime(2026, 11, 25, 8, 0)


def test_descriptions_say_the_day_the_zone_and_how_far() -> None:
    assert describe_moment(resolve_moment("+2h", NOW), NOW) == "Tue 2026-11-24 16:07 +01:00, in 2h"
    assert describe_moment(resolve_moment("-10m", NOW), NOW) == "Tue 2026-11-24 13:57 +01:00, 10m ago"
    assert describe_moment(NOW.astimezone(timezone.utc), NOW) == "Tue 2026-11-24 13:07 UTC, now"
    assert describe_moment(resolve_moment("mon", NOW), NOW) == "Mon 2026-11-30 14:07 +01:00, in 6d"
    assert describe_day(date(2026, 11, 30), NOW.date()) == "Mon 2026-11-30, in 6 days"
    assert describe_day(date(2026, 11, 25), NOW.date()) == "Wed 2026-11-25, tomorrow"
