"""SLA clocks: how long an open case has left before its target, or how far past it it is.

The targets come from the case's priority and the team's settings
(:class:`~oncall_tui.core.config.SlaSettings`); the clocks start when the
case was opened (``opened_at``; a date alone counts from its midnight).  A
case that nobody has answered yet runs against its first-response target;
once answered, against its resolution target.  "Answered" is read from the
file: a status past ``open``, an action item started or done, or a timeline
event after the opening moment.  A closed case, or one with no priority or
no opening date, has no clock.

While a case is ``waiting`` (waiting on the customer, pending, on hold) its
clock is paused: time spent waiting does not count toward the target.  When
it waited is read from the file (:func:`waiting_spans`):

- a timeline entry that records a status change (``Status: Waiting on
  customer``, ``Status changed to In Progress``, ``Status: Open → Pending``)
  gives the status from its moment on: a waiting one starts a pause, any
  other status ends it;
- the status line says ``waiting`` and no entry says since when: the pause
  started when the file was last saved (its modification time: the latest
  moment the line can have been written, so paused time is never overstated);
- the status line no longer says ``waiting`` but the last status entry did
  (the line was changed by hand, without an entry): that pause ended at the
  next timeline entry after it, else when the file was last saved.

The app's own status key writes such an entry whenever a case goes into or
out of ``waiting`` (see :mod:`oncall_tui.core.edits.fields`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from oncall_tui.core.config import SlaSettings
from oncall_tui.core.later import later

if TYPE_CHECKING:
    from oncall_tui.core.dates import as_datetime, from_mtime_ns
else:  # the dates module (its regexes) is not needed before the first frame: imported on first use
    as_datetime = later(globals(), "as_datetime", "oncall_tui.core.dates")
    from_mtime_ns = later(globals(), "from_mtime_ns", "oncall_tui.core.dates")

if TYPE_CHECKING:  # the case model (pydantic) is not needed before the first frame
    from oncall_tui.core.model import Case

PAUSED_GLYPH = "⏸"

DEFAULT_TARGETS = SlaSettings()
"""The built-in targets, for a screen whose app brings no settings."""


@dataclass(frozen=True, slots=True)
class SlaClock:
    due: datetime
    remaining: timedelta
    """Negative once the target has passed."""
    target: str = "resolution"
    """``"response"`` while the case waits for its first response, then ``"resolution"``."""
    paused: bool = False
    """The case is waiting (on the customer, on hold): the clock stands still, *remaining* does not change."""

    @property
    def breached(self) -> bool:
        return self.remaining < timedelta(0)

    @property
    def text(self) -> str:
        """``2h10m left`` or ``3d4h over``: the two largest units (``, paused`` while the case is waiting)."""
        return f"{short_span(abs(self.remaining))} {'over' if self.breached else 'left'}{', paused' if self.paused else ''}"

    @property
    def short(self) -> str:
        """The table cell: ``2h10m`` left, or ``-3d4h`` once over; ``r`` first for a first-response clock.

        At most 8 characters, the column's width: from 100 days on, whole days only (``-1039d``). A paused
        clock starts with ``⏸`` (``⏸2h10m``), and keeps one unit when two would not fit.
        """
        days = abs(self.remaining).days
        span = f"{days}d" if days >= 100 else short_span(abs(self.remaining))
        sign = "-" if self.breached else ""
        lead = f"{PAUSED_GLYPH if self.paused else ''}{'r' if self.target == 'response' else ''}{sign}"
        if len(lead) + len(span) > 8:
            span = re.match(r"\d+\D", span)[0]  # type: ignore[index]
        return lead + span


def short_span(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    parts: list[str] = []
    for size, unit in ((86400, "d"), (3600, "h"), (60, "m")):
        if seconds >= size:
            parts.append(f"{seconds // size}{unit}")
            seconds %= size
        if len(parts) == 2:
            break
    return "".join(parts) or "<1m"


def responded(case: Case, opened: datetime) -> bool:
    """Someone has answered the case: its status moved on, an item was started, or the timeline went on."""
    if case.status not in (None, "open"):
        return True
    if any(item.status != "open" for item in case.action_items):
        return True
    for event in case.timeline:
        at = as_datetime(event.at, opened.tzinfo)
        if at is not None and at > opened:
            return True
    return False


_STATUS_ENTRY = re.compile(
    r"^\W*status\W*(?:(?:changed|set|moved|updated|now)\W*)?(?:to\b|:|→|->|=)\s*(?P<value>.+)$", re.IGNORECASE)


def status_entry(text: str) -> str | None:
    """The status a timeline entry records, or None: ``Status: Waiting on customer`` → ``waiting``,
    ``Status changed to In Progress`` → ``in_progress``, ``Status: Open → Pending`` → ``waiting`` (the last)."""
    found = _STATUS_ENTRY.match(text.strip())
    if found is None:
        return None
    from oncall_tui.core.parse.fields import status_of  # here: the parser is loaded after the first frame

    value = re.split(r"→|->|\bto\b", found["value"])[-1]
    return status_of(value)


def waiting_spans(case: Case, now: datetime, zone: tzinfo | None = None) -> list[tuple[datetime, datetime]]:
    """When the case was waiting, up to *now*, by the rules of the module docstring (the last span ends at
    *now* while the case is still waiting)."""
    zone = zone if zone is not None else now.tzinfo
    events: list[tuple[datetime, str | None]] = []
    for event in case.timeline:
        at = as_datetime(event.at, zone)  # type: ignore[arg-type]
        if at is not None and at <= now:
            events.append((at, status_entry(event.text)))
    events.sort(key=lambda e: e[0])
    saved = from_mtime_ns(case.source.mtime_ns, zone)
    spans: list[tuple[datetime, datetime]] = []
    since: datetime | None = None
    for at, status in events:
        if status is None:
            continue
        if status == "waiting" and since is None:
            since = at
        elif status != "waiting" and since is not None:
            spans.append((since, at))
            since = None
    if case.status == "waiting":
        if since is None:
            since = saved if saved is not None else max((at for at, _ in events), default=now)
        spans.append((min(since, now), now))
    elif since is not None:
        after = next((at for at, _ in events if at > since), None)
        end = after or (saved if saved is not None and saved > since else since)
        spans.append((since, min(end, now)))
    return [(start, end) for start, end in spans if end > start]


def paused_for(case: Case, opened: datetime, now: datetime) -> timedelta:
    """How long the case has waited since it opened (time that does not count toward its target)."""
    total = timedelta(0)
    for start, end in waiting_spans(case, now):
        start = max(start, opened)
        if end > start:
            total += end - start
    return total


def sla_clock(case: Case, targets: SlaSettings, now: datetime) -> SlaClock | None:
    """The clock an open case runs against now (first response, then resolution), or None when it has none.

    Time the case spent waiting moves its due time on by as much; while it waits the clock is *paused*.
    """
    if not case.is_open:
        return None
    target = targets.target(case.priority)
    opened = as_datetime(case.opened_at, now.tzinfo)
    if target is None or opened is None:
        return None
    waited = paused_for(case, opened, now) if case.status == "waiting" or any(
        "status" in event.text.casefold() for event in case.timeline) else timedelta(0)
    paused = case.status == "waiting"
    if not responded(case, opened):
        due = opened + target.first_response + waited
        return SlaClock(due, due - now, "response", paused)
    due = opened + target.resolution + waited
    return SlaClock(due, due - now, paused=paused)


def breached_count(cases: list[Case], targets: SlaSettings, now: datetime) -> int:
    return sum(1 for case in cases if (clock := sla_clock(case, targets, now)) is not None and clock.breached)
