"""The status bars' content: filled by the app as news arrive, recounted only after the store changed."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from textual.app import App
from textual.css.query import NoMatches

from oncall_tui.tui import view
from oncall_tui.tui.widgets.status import StatusBar, StatusInfo

if TYPE_CHECKING:
    from oncall_tui.core.store import CaseStore
    from oncall_tui.tui.screens.main import MainScreen


class StatusLine:
    """Draws :attr:`info` on the dashboard's status bar and on every other open screen's (the case view's)."""

    def __init__(self, app: App, main: MainScreen, info: StatusInfo, now: Callable[[], datetime]) -> None:
        self.app = app
        self.main = main
        self.info = info
        self.now = now
        self.stale = True
        """The counts need recounting (the store changed since they were counted)."""

    def flash(self, word: str, seconds: float) -> None:
        self.info.flash, self.info.flash_until = word, time.monotonic() + seconds

    def show(self, store: CaseStore | None) -> None:
        """Redraw the bars; *store*: the folder's cases once they are all read (None before)."""
        main = self.main
        if not main.ready:
            return
        if store is not None and self.stale:
            self.stale = False
            cases = store.cases()
            self.info.counts = view.open_counts(cases)
            self.info.problems = sum(1 for c in cases if c.problems) + len(store.skipped)
        try:
            status = main.status
        except NoMatches:  # the app is shutting down and the screen is being taken apart
            return
        status.show(self.info, self.now())
        main.status_shown()
        for screen in self.app.screen_stack:
            if screen is not main and screen.is_attached:
                for bar in screen.query(StatusBar):  # the case view has one too
                    bar.show(self.info, self.now())
