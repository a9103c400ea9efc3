"""SLA clocks: how long an open case has left before its resolution target, or how far past it it is.

The target comes from the case's priority and the team's settings
(:class:`~oncall_tui.core.config.SlaSettings`); the clock starts when the
case was opened (``opened_at``; a date alone counts from its midnight).  A
closed case, or one with no priority or no opening date, has no clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from oncall_tui.core.config import SlaSettings
from oncall_tui.core.dates import as_datetime
from oncall_tui.core.model import Case


@dataclass(frozen=True, slots=True)
class SlaClock:
    due: datetime
    remaining: timedelta
    """Negative once the target has passed."""

    @property
    def breached(self) -> bool:
        return self.remaining < timedelta(0)

    @property
    def text(self) -> str:
        """``2h10m left`` or ``3d4h over``: the two largest units."""
        return f"{short_span(abs(self.remaining))} {'over' if self.breached else 'left'}"

    @property
    def short(self) -> str:
        """The table cell: ``2h10m`` left, or ``-3d4h`` once over (at most 7 characters)."""
        span = short_span(abs(self.remaining))
        return f"-{span}" if self.breached else span


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


def sla_clock(case: Case, targets: SlaSettings, now: datetime) -> SlaClock | None:
    """The resolution clock of an open case, or None when it has none."""
    if not case.is_open:
        return None
    target = targets.target(case.priority)
    opened = as_datetime(case.opened_at, now.tzinfo)
    if target is None or opened is None:
        return None
    due = opened + target.resolution
    return SlaClock(due, due - now)


def breached_count(cases: list[Case], targets: SlaSettings, now: datetime) -> int:
    return sum(1 for case in cases if (clock := sla_clock(case, targets, now)) is not None and clock.breached)
