"""SLA clocks: how long an open case has left before its target, or how far past it it is.

The targets come from the case's priority and the team's settings
(:class:`~oncall_tui.core.config.SlaSettings`); the clocks start when the
case was opened (``opened_at``; a date alone counts from its midnight).  A
case that nobody has answered yet runs against its first-response target;
once answered, against its resolution target.  "Answered" is read from the
file: a status past ``open``, an action item started or done, or a timeline
event after the opening moment.  A closed case, or one with no priority or
no opening date, has no clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dataclasses import dataclass
from datetime import datetime, timedelta

from oncall_tui.core.config import SlaSettings
from oncall_tui.core.dates import as_datetime

if TYPE_CHECKING:  # the case model (pydantic) is not needed before the first frame
    from oncall_tui.core.model import Case

DEFAULT_TARGETS = SlaSettings()
"""The built-in targets, for a screen whose app brings no settings."""


@dataclass(frozen=True, slots=True)
class SlaClock:
    due: datetime
    remaining: timedelta
    """Negative once the target has passed."""
    target: str = "resolution"
    """``"response"`` while the case waits for its first response, then ``"resolution"``."""

    @property
    def breached(self) -> bool:
        return self.remaining < timedelta(0)

    @property
    def text(self) -> str:
        """``2h10m left`` or ``3d4h over``: the two largest units."""
        return f"{short_span(abs(self.remaining))} {'over' if self.breached else 'left'}"

    @property
    def short(self) -> str:
        """The table cell: ``2h10m`` left, or ``-3d4h`` once over; ``r`` first for a first-response clock.

        At most 8 characters, the column's width: from 100 days on, whole days only (``-1039d``).
        """
        days = abs(self.remaining).days
        span = f"{days}d" if days >= 100 else short_span(abs(self.remaining))
        sign = "-" if self.breached else ""
        return f"{'r' if self.target == 'response' else ''}{sign}{span}"


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


def sla_clock(case: Case, targets: SlaSettings, now: datetime) -> SlaClock | None:
    """The clock an open case runs against now (first response, then resolution), or None when it has none."""
    if not case.is_open:
        return None
    target = targets.target(case.priority)
    opened = as_datetime(case.opened_at, now.tzinfo)
    if target is None or opened is None:
        return None
    if not responded(case, opened):
        due = opened + target.first_response
        return SlaClock(due, due - now, "response")
    due = opened + target.resolution
    return SlaClock(due, due - now)


def breached_count(cases: list[Case], targets: SlaSettings, now: datetime) -> int:
    return sum(1 for case in cases if (clock := sla_clock(case, targets, now)) is not None and clock.breached)
