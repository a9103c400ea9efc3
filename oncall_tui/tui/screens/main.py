"""The dashboard: four panes, a status bar and the footer.

The screen owns the selection: the table says which case is under its
cursor, and the side panes are redrawn for it.  Store changes arrive as
paths; the table patches those rows and the side panes redraw only when
their input changed (:class:`~oncall_tui.tui.screens.cases_screen.CasesPanes`).
Beside the timeline and the action items the dashboard shows the sentiment
pane, and over everything the toast line naming the cases that changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Grid
from textual.widget import Widget
from textual.widgets import Static

from oncall_tui.tui.screens.cases_screen import (  # noqa: F401 (describe, NARROW_WIDTH re-exported)
    LATER, NARROW_WIDTH, CasesPanes, CasesScreen, Part, describe)
from oncall_tui.tui.widgets.actions import ItemsPane
from oncall_tui.tui.widgets.cases_pane import CasesPane
from oncall_tui.tui.widgets.keybar import KeyBar
from oncall_tui.tui.widgets.listpane import READING
from oncall_tui.tui.widgets.news import ChangeNews
from oncall_tui.tui.widgets.sentiment import SentimentPane
from oncall_tui.tui.widgets.status import StatusBar
from oncall_tui.tui.widgets.timeline import TimelinePane

if TYPE_CHECKING:  # the case model (pydantic) is not needed before the first frame
    from oncall_tui.core.model import Case

PANES = {"cases": "#cases-table", "timeline": "#timeline", "items": "#items", "sentiment": "#customers"}
TOAST_LIMIT = 3


class MainScreen(CasesScreen):
    """The four panes over the status bar."""

    PANES = PANES
    news = Part(ChangeNews)
    """The toast line naming the cases that changed on disk."""
    sentiment = Part(SentimentPane)

    def __init__(self, now: Callable[[], datetime], source: Callable[[], Sequence[Case]] | None = None) -> None:
        super().__init__(lambda screen: CasesPanes(screen, source, self._beside))
        self._now = now

    def compose(self) -> ComposeResult:
        with Grid(id="panes"):
            yield CasesPane(self._now, id="cases-pane")
            # The side panes come after the first frame (three option lists: their styling and drawing was
            # about a tenth of the time to the first frame); until then a note in their place and frame.
            for pane, title in (("timeline", "Timeline"), ("items", "Action items"), ("sentiment-pane", "Sentiment")):
                placeholder = Static(Text(READING, style="dim"), id=pane, classes=LATER)
                placeholder.border_title = title
                yield placeholder
        yield StatusBar(id="status")
        yield KeyBar()
        yield ChangeNews()

    def later_panes(self) -> list[Widget]:
        return [TimelinePane(id="timeline"), ItemsPane(self._now, id="items"), SentimentPane(id="sentiment-pane")]

    def on_resize(self, event: events.Resize) -> None:
        self.news.place()  # (the narrow class: CasesScreen.on_resize, called by Textual as well)

    def _beside(self, case: Case | None, cases: Sequence[Case], data: bool, burst: bool) -> None:
        """Beside the timeline and the items: the sentiment pane (the case's mood, every customer's)."""
        self.sentiment.show_case(case)
        if data:
            self.sentiment.show_customers(list(cases), burst=burst)
