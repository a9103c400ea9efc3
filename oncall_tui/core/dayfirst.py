"""Which way a document's numeric dates go (``03/04/2024``: 3 April or March 4), and its first full date."""

from __future__ import annotations

import re
from datetime import date

from oncall_tui.core.datewords import MONTH_RE, MONTHS, Patterns

_NUMERIC_DATE = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})")
"""No look-around: a pattern that starts with a digit class is scanned for quickly; the edges are checked after."""
_DATE_EDGE = frozenset("0123456789.:/-")


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


_RX = Patterns(FULL_DATE=(
    r"(?<![\d-])(?P<y>\d{4})[-_.](?P<m>\d{1,2})[-_.](?P<d>\d{1,2})(?!\d)"
    r"|(?<![\d/.-])(?P<a>\d{1,2})([/.-])(?P<b>\d{1,2})\5(?P<y2>\d{4})(?!\d)"
    r"|\b" + MONTH_RE.replace("(?P<month>", "(?P<mon1>") + r"\s{1,3}(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(?P<y1>\d{4})\b"
    r"|\b(?P<d3>\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:of\s)?" + MONTH_RE.replace("(?P<month>", "(?P<mon3>")
    + r",?\s{1,3}(?P<y3>\d{4})\b",
    re.IGNORECASE,
))


def find_full_date(text: str, dayfirst: bool | DayFirst = False) -> date | None:
    """The first date with day, month and year anywhere in *text* (a title, a file name, a prose line)."""
    for match in _RX.FULL_DATE.finditer(text):
        try:
            if match.group("y"):
                return date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
            if match.group("y2"):
                a, b = int(match.group("a")), int(match.group("b"))
                first_is_day = a > 12 or (dayfirst and b <= 12)
                day, month = (a, b) if first_is_day else (b, a)
                return date(int(match.group("y2")), month, day)
            if match.group("y1"):
                return date(int(match.group("y1")), MONTHS[match.group("mon1").lower().rstrip(".")], int(match.group("d1")))
            return date(int(match.group("y3")), MONTHS[match.group("mon3").lower().rstrip(".")], int(match.group("d3")))
        except ValueError:
            continue
    return None
