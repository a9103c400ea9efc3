"""Which cases deserve an alert: a new P1, or an SLA that has just been breached.

:class:`AlertWatch` is told the cases present at start (they never alert: a
folder full of old P1s is not news), then each change and each clock tick.
It answers with the alerts to give now, at most one per case per event, ever:
``new_p1`` when a case is first seen open at P1 (added as P1, or raised to
P1), ``breach`` when a case's SLA clock is seen to run out (with time, or
because a change to a case already known made it so).  A file that arrives
already breached (an old case copied in, a ``git pull`` of last month's
cases) gives no breach alert: that breach is not news either.  The terminal side (bell, OSC 9 / OSC 777 notifications)
lives in :mod:`oncall_tui.tui.alerts`; :func:`terminal_safe` is what it may
put in an escape sequence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from oncall_tui.core.config import SlaSettings
from oncall_tui.core.sla import sla_clock

if TYPE_CHECKING:  # the case model (pydantic) is not needed before the first frame
    from oncall_tui.core.model import Case

NEW_P1 = "new_p1"
BREACH = "breach"
EVENTS = (NEW_P1, BREACH)


@dataclass(frozen=True)
class Alert:
    event: str
    path: str
    case_id: str
    title: str
    customer: str | None
    priority: str | None

    @property
    def headline(self) -> str:
        """``New P1: CE2006`` / ``SLA breached: CE2006 (P2)`` (raw text: see :func:`terminal_safe`)."""
        if self.event == NEW_P1:
            return f"New P1: {self.case_id}"
        return f"SLA breached: {self.case_id}" + (f" ({self.priority})" if self.priority else "")

    @property
    def body(self) -> str:
        return f"{self.customer} · {self.title}" if self.customer else self.title


def _alert(event: str, case: Case) -> Alert:
    return Alert(event, case.path, case.id, case.title, case.customer, case.priority)


class AlertWatch:
    """Remembers what has been alerted; see the module's help.  Paths are the cases' identity."""

    def __init__(self, targets: SlaSettings, events: Iterable[str] = EVENTS) -> None:
        self.targets = targets
        self.events = frozenset(events)
        self._done: set[tuple[str, str]] = set()  # (event, path): alerted, or present at start
        self._due: dict[str, tuple[datetime, Case]] = {}  # running clocks not yet breached
        self._next: datetime | None = None
        self._seen: set[str] = set()  # every path known so far (kept after a removal: a save may be remove+add)
        self.started = False

    def start(self, cases: Iterable[Case], now: datetime) -> None:
        """The cases present at start: no alert for any of them as they are now."""
        self.started = True
        for case in cases:
            self._seen.add(case.path)
            if self._is_p1(case):
                self._done.add((NEW_P1, case.path))
            self._clock(case, now, alert=False)
        self._next = None

    def changed(self, paths: Iterable[str], get: Callable[[str], Case | None], now: datetime) -> list[Alert]:
        """Cases added, changed or removed (*get* gives None for a removed one): the alerts they bring."""
        if not self.started:
            return []
        alerts: list[Alert] = []
        for path in paths:
            case = get(path)
            if case is None:
                self._due.pop(path, None)
                continue
            if self._is_p1(case) and (NEW_P1, path) not in self._done:
                self._done.add((NEW_P1, path))
                if NEW_P1 in self.events:
                    alerts.append(_alert(NEW_P1, case))
            alert = self._clock(case, now, alert=path in self._seen)
            self._seen.add(path)
            if alert is not None:
                alerts.append(alert)
        self._next = None
        return alerts

    def tick(self, now: datetime) -> list[Alert]:
        """Clocks that have run out since the last tick (cheap when none has: one comparison)."""
        if not self.started or not self._due:
            return []
        if self._next is None:
            self._next = min(due for due, _ in self._due.values())
        if now <= self._next:  # a clock is breached once its due time has passed, not at it
            return []
        alerts = []
        for due, case in list(self._due.values()):
            if due < now:
                alert = self._clock(case, now, alert=True)
                if alert is not None:
                    alerts.append(alert)
        self._next = None
        return alerts

    @staticmethod
    def _is_p1(case: Case) -> bool:
        return case.is_open and case.priority == "P1"

    def _clock(self, case: Case, now: datetime, *, alert: bool) -> Alert | None:
        """Note *case*'s clock: running (remember when it runs out) or breached (alert once, if *alert*)."""
        self._due.pop(case.path, None)
        if (BREACH, case.path) in self._done:
            return None
        clock = sla_clock(case, self.targets, now)
        if clock is None or getattr(clock, "paused", False):
            return None
        if not clock.breached:
            self._due[case.path] = (clock.due, case)
            return None
        self._done.add((BREACH, case.path))
        return _alert(BREACH, case) if alert and BREACH in self.events else None


MAX_FIELD = 200


def terminal_safe(text: str, *, limit: int = MAX_FIELD) -> str:
    """*text* fit for an escape sequence: every control character (C0, DEL, C1: ESC and BEL end or start
    sequences), and format and separator character (bidi overrides) dropped; runs of space made one; cut
    to *limit* characters."""
    kept = "".join(" " if ch in "\t\n\r\u2028\u2029" else ch for ch in text
                   if ch in "\t\n\r\u2028\u2029" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Zl", "Zp"))
    kept = " ".join(kept.split())
    return kept if len(kept) <= limit else kept[: limit - 1] + "…"
