"""The timeline pane: the selected case's events, or all open cases merged."""

from __future__ import annotations

from typing import TYPE_CHECKING

from collections.abc import Sequence

from rich.text import Text
from textual.reactive import reactive

from oncall_tui.tui import view
from oncall_tui.tui.keys import bind
from oncall_tui.tui.literal import literal
from oncall_tui.tui.widgets.titles import set_titles
from oncall_tui.tui.widgets.listpane import ListPane, Row, layout, loaded

if TYPE_CHECKING:  # the case model (pydantic) is not needed before the first frame
    from oncall_tui.core.model import Case

MERGED_LIMIT = 500
TAG_WIDTH = 16


def case_signature(cases: Sequence[Case], *, open_only: bool = True) -> tuple:
    """Identifies what a merged view shows: each relevant case's path, content and id."""
    return tuple((c.path, c.source.sha256, c.id) for c in cases if c.is_open or not open_only)


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
        self._draw(keep_place=False)

    def show(self, case: Case | None, cases: Sequence[Case], *, same_case: bool, data_changed: bool = True) -> None:
        """Draw for the selected *case* (merged mode uses *cases*); keep the place if it is the same case."""
        self._case = case
        self._cases = cases
        if self.merged and not data_changed:
            return  # the merged view does not depend on the selection
        self._draw(keep_place=same_case or self.merged)

    def _draw(self, *, keep_place: bool) -> None:
        if self.merged:
            events = view.merged_timeline(self._cases)
            more = f" · newest {MERGED_LIMIT} shown" if len(events) > MERGED_LIMIT else ""
            set_titles(self, Text(f"Timeline · all open cases ({view.plural(len(events), 'event')})"),
                       Text(f"newest first{more} · t: this case"))
            self.redraw(keep_place=keep_place, signature=("merged", case_signature(self._cases), self.app.theme))
            return
        case = self._case
        title, subtitle = Text("Timeline"), None
        if case is not None:
            title.append(" · ")
            title.append_text(literal(view.short(case.id, 40)))
            subtitle = Text(f"{view.plural(len(case.timeline), 'event')} · t: all open cases")
        set_titles(self, title, subtitle)
        signature = ("case", case.path, case.source.sha256, case.id) if case else ("none", loaded(self.app))
        self.redraw(keep_place=keep_place, at_end=True, signature=signature)

    def build_rows(self, width: int) -> list[Row]:
        console = self.console
        if self.merged:
            shown = view.merged_timeline(self._cases)[:MERGED_LIMIT]
            if not shown:
                return self.message_row("No events in open cases.")
            rows = []
            stamps = [view.time_column(m.event.at) for m in shown]
            time_width = max(map(len, stamps))
            for m, stamp in zip(shown, stamps):
                body = literal(view.short(m.case.id, TAG_WIDTH), style="bold")
                body.append(" ")
                body.append_text(literal(m.event.text))
                rows.append(Row(layout(console, width, body, [(Text(stamp.ljust(time_width), style="dim"), time_width)]),
                                m.case.path))
            return rows
        case = self._case
        if case is None:
            return self.empty_row("No case selected.")
        if not case.timeline:
            return self.message_row("No timeline events in this case.")
        stamps = [view.time_column(e.at) for e in case.timeline]
        time_width = max(map(len, stamps))
        return [
            Row(layout(console, width, literal(e.text), [(Text(stamp.ljust(time_width), style="dim"), time_width)]), case.path)
            for e, stamp in zip(case.timeline, stamps)
        ]
