"""The words dates are written with: month names, zone names and offsets, and the lines that state a zone.

The bottom of the date readers (:mod:`oncall_tui.core.dates` reads a date,
:mod:`oncall_tui.core.dayfirst` decides which way ``03/04`` goes): a zone is
kept when the text gives one and never invented when it does not.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

MONTHS = {
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
MONTH_RE = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
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
ZONE_NAMES = "|".join(sorted((z for z in (*ZONE_HOURS, "PT", "ET", "CT", "MT") if z != "Z"), key=len, reverse=True))
ZONE_RE = (
    r"(?P<zone>(?:UTC|GMT)\s?[+-]\s?\d{1,2}(?::?\d{2})?|UTC|GMT|Z|[+-]\d{2}:?\d{2}|(?-i:" + ZONE_NAMES + r"))"
    r"(?![A-Za-z])"
)

def zone_of(text: str | None) -> tzinfo | None:
    """The zone *text* names (``UTC``, ``PDT``, ``+05:30``, ``Pacific``), or None when it names none."""
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


class Patterns:
    """Regular expressions compiled on first use: ``rx = Patterns(ISO=(source, flags))``, then ``rx.ISO``.

    The date modules are imported on the app's start path, before its first frame, and compiling their
    larger patterns there cost ~6 ms; the parse pays the same once, at its first date.  After its first use
    a pattern is a plain attribute of the holder (``__getattr__`` is not asked again).
    """

    def __init__(self, **sources: tuple[str, int]) -> None:
        self._sources = sources

    def __getattr__(self, name: str) -> re.Pattern[str]:
        try:
            source, flags = self.__dict__["_sources"][name]
        except KeyError:
            raise AttributeError(name) from None
        compiled = re.compile(source, flags)
        setattr(self, name, compiled)
        return compiled


_RX = Patterns(ZONE_STATEMENT=(
    r"\b(?:all\s+)?times?(?:stamps?|\s?zone)?\b[^.\n|\d]{0,24}?\b(?:in|are|is|as|shown|given|listed)?\s*\(?"
    r"(?P<zone>(?:UTC|GMT)\s?[+-]\s?\d{1,2}(?::?\d{2})?|UTC|GMT|Pacific|Eastern|Central|Mountain|UK time|London"
    r"|(?-i:" + ZONE_NAMES + r"))(?![A-Za-z])"
    r"|\((?:all\s+times\s+(?:in\s+)?)?(?P<zone2>(?:UTC|GMT)\s?[+-]\s?\d{1,2}(?::?\d{2})?|UTC|GMT|(?-i:" + ZONE_NAMES
    + r"))\)",
    re.IGNORECASE,
))


def zone_statement(text: str) -> tzinfo | None:
    """The zone a line says the times below it are in: ``All times in UTC``, ``Timeline (PDT)``, ``times are Pacific``."""
    if "time" not in text.lower() and "(" not in text:
        return None
    match = _RX.ZONE_STATEMENT.search(text)
    if not match:
        return None
    name = (match.group("zone") or match.group("zone2")).upper().replace(" TIME", "")
    return zone_of(name)


_TIME_WORD = re.compile(r"[Tt](?:ime|IME)")
"""The word :func:`zone_statements` looks for (the oracle of :func:`next_time_word`)."""


def next_time_word(text: str, pos: int, caps: bool) -> int:
    """Where ``_TIME_WORD.search(text, pos)`` matches, or -1; *caps* is whether ``"IME"`` is in *text* at all.

    ``str.find`` of the lower-case tail, checking the letter before it, scans ~5x faster than the regex
    (whose first character is a class: no fast literal search); ``IME`` is looked for only in text that has it.
    """
    at = text.find("ime", pos + 1)
    while at > 0 and text[at - 1] != "t" and text[at - 1] != "T":
        at = text.find("ime", at + 1)
    if caps:
        upper = text.find("IME", pos + 1)
        while upper > 0 and text[upper - 1] != "t" and text[upper - 1] != "T":
            upper = text.find("IME", upper + 1)
        if upper > 0 and (at < 0 or upper < at):
            at = upper
    return at - 1 if at > 0 else -1


def zone_statements(text: str) -> list[tuple[int, tzinfo]]:
    """(0-based line, zone) of every line that states the zone of the times below it.

    Only lines with the word "time" in them can (``All times in UTC``,
    ``## Timeline (PDT)``, ``| Time (UTC) |``): each is found by a search
    for the word and looked at once, however long.
    """
    out: list[tuple[int, tzinfo]] = []
    line_no, pos, size = 0, 0, len(text)
    caps = "IME" in text
    while pos < size:
        hit = next_time_word(text, pos, caps)  # not text.lower(): slow on text with any non-ASCII character
        if hit < 0:
            break
        line_no += text.count("\n", pos, hit)
        start = text.rfind("\n", pos, hit) + 1
        start = max(start, pos)
        end = text.find("\n", hit)
        end = size if end < 0 else end
        if end - start <= 400:
            match = _RX.ZONE_STATEMENT.search(text, max(start, hit - 5), end)  # "all times …" starts 4 before
            if match is not None:
                zone = zone_of((match.group("zone") or match.group("zone2")).upper().replace(" TIME", ""))
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
