"""Alerts through the terminal: the bell, and a desktop notification as OSC 9 and/or OSC 777.

What deserves an alert is decided in :class:`oncall_tui.core.alerts.AlertWatch`;
this writes it to the terminal the app runs on (the driver's output, as
Textual's own bell does).  Nothing from a file reaches the escape sequence
unfiltered: the case id, title and customer go through
:func:`~oncall_tui.core.alerts.terminal_safe` (no ESC, BEL or any other
control character can end the sequence early or start another), and OSC 777's
``;`` field separator is replaced in them.  A batch of alerts arriving together
(a ``git pull`` of several P1s) rings once and gives one notification per
alert, up to :data:`MAX_NOTIFICATIONS`, then one that sums up the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from oncall_tui.core.alerts import Alert, AlertWatch, terminal_safe
from oncall_tui.core.config import AlertSettings, SlaSettings

if TYPE_CHECKING:  # the case model (pydantic) is not needed before the first frame
    from oncall_tui.core.model import Case
    from textual.app import App

MAX_NOTIFICATIONS = 3
APP_NAME = "oncall-tui"


def sequences(alerts: list[Alert], via: Iterable[str]) -> str:
    """The bytes to write for *alerts* (one batch): a bell, then the notifications."""
    via = set(via)
    if not alerts:
        return ""
    notes = [(a.headline, a.body) for a in alerts[:MAX_NOTIFICATIONS]]
    if len(alerts) > MAX_NOTIFICATIONS:
        rest = alerts[MAX_NOTIFICATIONS:]
        notes.append((f"{len(rest)} more alerts", ", ".join(a.headline for a in rest)))
    out = ["\a"] if "bell" in via else []
    for headline, body in notes:
        headline, body = terminal_safe(headline, limit=80), terminal_safe(body)
        if "osc9" in via:
            out.append(f"\x1b]9;{headline}: {body}\x07")
        if "osc777" in via:
            out.append(f"\x1b]777;notify;{headline.replace(';', ',')};{body.replace(';', ',')}\x07")
    return "".join(out)


class TerminalAlerts:
    """The app's alerts: fed the first load, each change and each clock tick; writes to the terminal."""

    def __init__(self, app: App, settings: AlertSettings | None, *, wall: bool, targets: SlaSettings) -> None:
        self.app = app
        self.settings = settings or AlertSettings()
        self.active = self.settings.wall if wall else self.settings.enabled
        self.watch = AlertWatch(targets, self.settings.events)
        self.given: list[Alert] = []
        """Every alert given (the newest last; kept short)."""

    def start(self, cases: Iterable[Case], now: datetime) -> None:
        if self.active and not self.watch.started:
            self.watch.start(cases, now)

    def changed(self, paths: Iterable[str], get: Callable[[str], Case | None], now: datetime,
                quiet: Iterable[str] = ()) -> None:
        """*quiet*: the app's own writes (a P1 you set yourself is no news to you); they are noted all the same."""
        if self.active:
            quiet = set(quiet)
            self._give([a for a in self.watch.changed(paths, get, now) if a.path not in quiet])

    def tick(self, now: datetime) -> None:
        if self.active:
            self._give(self.watch.tick(now))

    def _give(self, alerts: list[Alert]) -> None:
        if not alerts:
            return
        self.given = (self.given + alerts)[-100:]
        data = sequences(alerts, self.settings.via)
        driver = self.app._driver  # Textual has no public write to the terminal; its bell and clipboard use this
        if data and driver is not None:
            driver.write(data)
