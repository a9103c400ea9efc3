"""The timeline pane: the selected case's events, or all open cases merged."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.reactive import reactive

from oncall_tui.core.model import Case
from oncall_tui.tui import view
from oncall_tui.tui.keys import bind
from oncall_tui.tui.literal import literal
from oncall_tui.tui.widgets.listpane import ListPane, Row, grid

MERGED_LIMIT = 500
TIME_WIDTH = 19
TAG_WIDTH = 16


class TimelinePane(ListPane):
    """Newest last for one case; newest first, tagged with the case id, when merged."""

    BINDINGS = [bind("timeline.merge"), bind("timeline.open_case", "select")]

    merged: reactive[bool] = reactive(False, init=False)

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._case: Case | None = None
        self._cases: Sequence[Case] = ()

    def action_toggle_merged(self) -> None:
        self.merged = not self.merged

    def watch_merged(self) -> None:
        self._redraw(keep_place=False)

    def show(self, case: Case | None, cases: Sequence[Case], *, same_case: bool, data_changed: bool = True) -> None:
        """Draw for the selected *case* (merged mode uses *cases*); keep the place if it is the same case."""
        self._case = case
        self._cases = cases
        if self.merged and not data_changed:
            return  # the merged view does not depend on the selection
        self._redraw(keep_place=same_case or self.merged)

    def _redraw(self, *, keep_place: bool) -> None:
        if self.merged:
            self._draw_merged(keep_place)
        else:
            self._draw_case(keep_place)

    def _draw_case(self, keep_place: bool) -> None:
        case = self._case
        title = Text("Timeline")
        if case is None:
            self.border_title = title
            self.show_rows([Row(Text("No case selected.", style="dim"), header=True)], keep_place=False)
            return
        title.append(" · ")
        title.append_text(literal(case.id))
        self.border_title = title
        self.border_subtitle = Text(f"{len(case.timeline)} events · t: all open cases")
        if not case.timeline:
            self.show_rows([Row(Text("No timeline events in this case.", style="dim"), header=True)], keep_place=False)
            return
        rows = [
            Row(grid((Text(view.time_column(e.at), style="dim"), TIME_WIDTH), (literal(e.text), None)), case.path)
            for e in case.timeline
        ]
        self.show_rows(rows, keep_place=keep_place, at_end=True)

    def _draw_merged(self, keep_place: bool) -> None:
        events = view.merged_timeline(self._cases)
        shown = events[:MERGED_LIMIT]
        self.border_title = Text(f"Timeline · all open cases ({len(events)} events)")
        more = f" · newest {MERGED_LIMIT} shown" if len(events) > MERGED_LIMIT else ""
        self.border_subtitle = Text(f"newest first{more} · t: this case")
        if not shown:
            self.show_rows([Row(Text("No events in open cases.", style="dim"), header=True)], keep_place=False)
            return
        rows = []
        for m in shown:
            body = literal(view.short(m.case.id, TAG_WIDTH), style="bold")
            body.append(" ")
            body.append_text(literal(m.event.text))
            rows.append(Row(grid((Text(view.time_column(m.event.at), style="dim"), TIME_WIDTH), (body, None)), m.case.path))
        self.show_rows(rows, keep_place=keep_place)
