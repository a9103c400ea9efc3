"""The wall screen: a read-only board for a shared screen in a team room.

Big figures across the top (open cases by priority, SLA breaches, a clock
and how long ago the folder last changed), the open escalations below, and
the timeline and action items of the case under the cursor.  Every
``cycle_seconds`` the cursor moves to the next open case, so a room sees
each escalation in turn; Space pauses, and moving the cursor by hand starts
the count again.  Open P1s lead the table and stay pinned at its top while the
cycle scrolls the rows below them (the table's *pin_priority*).

It shares the dashboard's parts, not the dashboard: the table, the patches
from the store and the side panes are a :class:`CasesPanes` composed into it
(with the big figures beside them instead of the sentiment pane), so the wall
follows the folder exactly as the dashboard does and keeps nothing that grows.
The clock and the freshness line follow the status bar (each time it is
shown, :class:`StatusBar.Shown`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bisect import bisect_left
from collections.abc import Callable, Sequence
from datetime import datetime

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, Vertical
from textual.css.query import NoMatches
from textual.timer import Timer
from textual.widgets import Digits, Static

from oncall_tui.core.sla import sla_clock
from oncall_tui.tui import view
from oncall_tui.tui.keys import bind
from oncall_tui.tui.context import context_of
from oncall_tui.tui.screens.cases_screen import CasesPanes, CasesScreen
from oncall_tui.tui.widgets.actions import ItemsPane
from oncall_tui.tui.widgets.cases_pane import CasesPane
from oncall_tui.tui.widgets.keybar import KeyBar
from oncall_tui.tui.widgets.status import StatusBar
from oncall_tui.tui.widgets.timeline import TimelinePane

if TYPE_CHECKING:  # the case model (pydantic) is not needed before the first frame
    from oncall_tui.core.model import Case

PINNED_PRIORITY = "P1"
"""While the rows do not all fit, the P1s lead the table and stay on screen as the cycle scrolls the rest."""
WALL_PANES = {"cases": "#cases-table", "timeline": "#timeline", "items": "#items"}


class Tile(Vertical):
    """One big figure with a caption above it."""

    def __init__(self, caption: str, value: str = "0", **kwargs) -> None:
        super().__init__(**kwargs)
        self._caption = caption
        self._value = value

    def compose(self) -> ComposeResult:
        yield Static(Text(self._caption), classes="tile-caption", markup=False)
        yield Digits(self._value, classes="tile-digits")

    def show(self, value: str, caption: str | None = None) -> None:
        """Change the figure (and the caption); untouched when equal, so a steady wall repaints nothing."""
        if value != self._value:
            self._value = value
            self.query_one(Digits).update(value)
        if caption is not None and caption != self._caption:
            self._caption = caption
            self.query_one(".tile-caption", Static).update(Text(caption))


class WallHeader(Horizontal):
    """Open cases per priority, SLA breaches, the clock and the freshness line."""

    def compose(self) -> ComposeResult:
        for priority in view.PRIORITIES:
            yield Tile(f"{priority} open", id=f"tile-{priority.lower()}", classes="tile")
        yield Tile("SLA breached", id="tile-breached", classes="tile")
        yield Tile("--:--", "--:--", id="tile-clock", classes="tile")

    def show_counts(self, counts: dict[str, int], breached: int) -> None:
        for priority in view.PRIORITIES:
            tile = self.query_one(f"#tile-{priority.lower()}", Tile)
            count = counts.get(priority, 0)
            tile.show(str(count))
            tile.set_class(count == 0, "-zero")
        tile = self.query_one("#tile-breached", Tile)
        tile.show(str(breached))
        tile.set_class(breached == 0, "-zero")

    def show_clock(self, now: datetime, caption: str) -> None:
        self.query_one("#tile-clock", Tile).show(f"{now:%H:%M}", caption)


def freshness(now: datetime, last_change: datetime | None) -> str:
    """``updated 12s ago`` (seconds under a minute, then the table's human ages)."""
    if last_change is None:
        return "no changes yet"
    seconds = max(0, int((now - last_change).total_seconds()))
    if seconds < 60:
        return f"updated {seconds}s ago"
    return f"updated {view.human_age(now - last_change)} ago"


class WallScreen(CasesScreen):
    """The dashboard's table and lists under a row of big figures, cycling through open cases."""

    BINDINGS = [bind("wall.pause"), bind("wall.next"), bind("wall.previous")]
    PANES = WALL_PANES

    def __init__(
        self, now: Callable[[], datetime], source: Callable[[], Sequence[Case]] | None = None, *,
        cycle_seconds: float = 20.0,
    ) -> None:
        super().__init__(lambda screen: CasesPanes(screen, source, self._beside, found=self._count))
        self._now = now
        self.cycle_seconds = float(cycle_seconds)
        self.paused = False
        self._cycle: Timer | None = None
        self._counted: tuple | None = None
        self._counts: dict[str, int] = {}
        self._dues: dict[str, tuple[Case, float | None, bool]] = {}
        """Per path, the case, its SLA due time (a timestamp; None without a running clock) and whether its
        clock is paused and breached, worked out once per version of the case: the tick only compares numbers."""
        self._paused_breached = 0
        self._due_list: list[float] = []  # the due times, sorted
        self._next_breach: float | None = None
        self._last_change: datetime | None = None

    def compose(self) -> ComposeResult:
        yield WallHeader(id="wall-header")
        with Grid(id="wall-panes"):
            yield CasesPane(self._now, id="cases-pane", pin_priority=PINNED_PRIORITY)
            yield TimelinePane(id="timeline")
            yield ItemsPane(self._now, id="items")
        yield StatusBar(id="status")
        yield KeyBar()

    def on_mount(self) -> None:
        try:
            table = self.table
        except NoMatches:  # the app quit while the screen was being mounted (a browser tab closed at once)
            return
        table.sort_mode = "sla"  # the wall orders by time to breach: what needs someone now comes first
        self._cycle = self.set_interval(self.cycle_seconds, self.advance, name="wall-cycle")
        self._tick_clock()

    @on(StatusBar.Shown)
    def _status_shown(self, event: StatusBar.Shown) -> None:
        """The clock and the freshness line go with the status bar: every second and after every change."""
        self._last_change = event.last_change
        self._tick_clock()

    # -- cycling --------------------------------------------------------------------------

    def advance(self, step: int = 1) -> None:
        """Move the cursor *step* rows on (wrapping), unless paused; the side panes follow the selection."""
        table = self.table
        if self.paused or not table.row_count:
            return
        table.move_cursor(row=(table.cursor_row + step) % table.row_count, scroll=True)

    def action_toggle_pause(self) -> None:
        self.paused = not self.paused
        if not self.paused and self._cycle is not None:
            self._cycle.reset()
        self._tick_clock()

    def action_next_case(self) -> None:
        self._step(1)

    def action_previous_case(self) -> None:
        self._step(-1)

    def _step(self, step: int) -> None:
        paused, self.paused = self.paused, False
        self.table.hold_cursor()  # a person's step, not the cycle's
        self.advance(step)
        self.paused = paused
        if self._cycle is not None:
            self._cycle.reset()  # a person is looking: the next automatic step waits a full cycle

    def _tick_clock(self) -> None:
        now = self._now()
        caption = freshness(now, self._last_change)
        if self.paused:
            caption = "PAUSED · " + caption
        try:
            self.query_one(WallHeader).show_clock(now, caption)
        except NoMatches:  # the app is shutting down and the header is being taken apart
            return
        if self._counted is None:
            self._count(self.all_cases())
        elif self._next_breach is not None and now.timestamp() >= self._next_breach:
            self._show_counts(now)  # SLA clocks run out with time, not only with changes

    def _count(self, cases: Sequence[Case]) -> None:
        """The figures for changed *cases*: counts, and the due times of the cases that are new or changed."""
        now = self._now()
        self._counts = view.open_counts(cases)
        targets = context_of(self).sla
        known, dues = self._dues, {}
        for case in cases:
            got = known.get(case.path)
            if got is None or got[0] is not case:
                clock = sla_clock(case, targets, now)
                if clock is None:
                    got = (case, None, False)
                elif clock.paused:  # a waiting case's clock stands still: breached or not until it changes
                    got = (case, None, clock.breached)
                else:
                    got = (case, clock.due.timestamp(), False)
            dues[case.path] = got
        self._dues = dues
        self._due_list = sorted(due for _case, due, _paused in dues.values() if due is not None)
        self._paused_breached = sum(1 for _case, _due, paused_breached in dues.values() if paused_breached)
        self._show_counts(now)

    def _show_counts(self, now: datetime) -> None:
        counts, dues = self._counts, self._due_list
        running = bisect_left(dues, now.timestamp())  # due before now: breached (as SlaClock.breached)
        breached = running + self._paused_breached
        # The figure changes with time only when the next running clock runs out: the tick compares to this.
        self._next_breach = dues[running] if running < len(dues) else None
        counted = (tuple(sorted(counts.items())), breached)
        if counted != self._counted:
            try:
                self.query_one(WallHeader).show_counts(counts, breached)
            except NoMatches:  # shutting down
                return
            self._counted = counted

    def _beside(self, case: Case | None, cases: Sequence[Case], data: bool, burst: bool) -> None:
        """Beside the timeline and the items: no sentiment pane here, the big figures follow the cases instead."""
        if data:
            self._count(cases)
