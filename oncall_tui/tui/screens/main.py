"""The dashboard: four panes, a status bar and the footer.

The screen owns the selection: the table says which case is under its
cursor, and the side panes are redrawn for it.  Store changes arrive as
paths; the table patches those rows and the side panes redraw only when
their input changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collections.abc import Callable
from datetime import datetime

from textual import on
from textual.app import ComposeResult
from textual import events
from textual.containers import Grid
from textual.css.query import NoMatches
from textual.screen import Screen

from oncall_tui.core.change import Change
from oncall_tui.tui.keys import bind
from oncall_tui.tui.screens.edit_keys import CaseEditKeys
from oncall_tui.tui.literal import plain
from oncall_tui.tui.messages import EditRequested
from oncall_tui.tui.widgets.actions import ItemsPane
from oncall_tui.tui.widgets.cases import CasesTable
from oncall_tui.tui.widgets.cases_pane import CasesPane
from oncall_tui.tui.widgets.keybar import KeyBar
from oncall_tui.tui.widgets.listpane import ListPane
from oncall_tui.tui.widgets.news import ChangeNews
from oncall_tui.tui.widgets.sentiment import CustomerList, SentimentPane
from oncall_tui.tui.widgets.status import StatusBar
from oncall_tui.tui.widgets.timeline import TimelinePane

if TYPE_CHECKING:  # the case model (pydantic) is not needed before the first frame
    from oncall_tui.core.model import Case

PANES = {"cases": "#cases-table", "timeline": "#timeline", "items": "#items", "sentiment": "#customers"}
TOAST_LIMIT = 3
NARROW_WIDTH = 130


def describe(case: Case) -> str:
    """``CE2006 · Halcyon Bank · title`` as safe plain text for toasts."""
    parts = [plain(case.id)]
    if case.customer:
        parts.append(plain(case.customer))
    title = plain(case.title)
    parts.append(title if len(title) <= 60 else title[:59] + "…")
    return " · ".join(parts)


class MainScreen(CaseEditKeys, Screen):
    """The four panes over the status bar."""

    BINDINGS = [
        bind("main.filter"),
        bind("main.pane1"),
        bind("main.pane2"),
        bind("main.pane3"),
        bind("main.pane4"),
        bind("main.zoom"),
        bind("edit.add_event"),
        bind("edit.status"),
        bind("edit.priority"),
        bind("edit.add_item", show=False),
        bind("edit.sentiment", show=False),
        bind("edit.new_case", show=False),
        bind("edit.editor", show=False),
        bind("shift.changes", "app.changes"),
        bind("shift.mark_seen", "app.mark_seen"),
        bind("shift.handover", "app.handover"),
        bind("shift.copy_id", "app.copy_id"),
        bind("shift.copy_summary", "app.copy_summary"),
        bind("edit.status_update", "app.status_update"),
        bind("edit.owner", "app.set_owner"),
        bind("edit.conflict", show=False),
    ]

    def __init__(self, now: Callable[[], datetime], source: Callable[[], list[Case]] | None = None) -> None:
        super().__init__()
        self._now = now
        self._source = source
        self._loaded = False
        self._ready = False
        self._shown_path: str | None = None
        self._shown_case: Case | None = None
        self._cases_cache: list[Case] | None = None
        self._side_pending = False

    def compose(self) -> ComposeResult:
        with Grid(id="panes"):
            yield CasesPane(self._now, id="cases-pane")
            yield TimelinePane(id="timeline")
            yield ItemsPane(self._now, id="items")
            yield SentimentPane(id="sentiment-pane")
        yield StatusBar(id="status")
        yield KeyBar()
        yield ChangeNews()

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.width < NARROW_WIDTH, "-narrow")
        for news in self.query(ChangeNews):  # the wall screen has none
            news.place()

    def on_mount(self) -> None:
        self.set_class(self.size.width < NARROW_WIDTH, "-narrow")
        self._ready = True
        if self._loaded and self._source is not None:  # the index was ready before the screen
            self.set_cases(self._source())
        self.cases_pane.update_titles()
        self._draw_side(data=True)
        update_status = getattr(self.app, "update_status", None)
        if update_status is not None:
            update_status()
        self.table.focus()

    # -- accessors -------------------------------------------------------------------

    @property
    def cases_pane(self) -> CasesPane:
        return self.query_one(CasesPane)

    @property
    def news(self) -> ChangeNews:
        """The toast line naming the cases that changed on disk."""
        return self.query_one(ChangeNews)

    @property
    def table(self) -> CasesTable:
        return self.query_one(CasesTable)

    @property
    def timeline(self) -> TimelinePane:
        return self.query_one(TimelinePane)

    @property
    def items(self) -> ItemsPane:
        return self.query_one(ItemsPane)

    @property
    def sentiment(self) -> SentimentPane:
        return self.query_one(SentimentPane)

    @property
    def status(self) -> StatusBar:
        return self.query_one(StatusBar)

    def all_cases(self) -> list[Case]:
        """Every case the table knows (shown or not), by path; cached until the next change."""
        if self._cases_cache is None:
            self._cases_cache = self.table.all_cases()
        return self._cases_cache

    # -- updates from the app ------------------------------------------------------------

    def set_cases(self, cases: list[Case], *, loading_done: bool = True) -> None:
        """The whole index (first load, rescan): patch everything."""
        self._loaded = self._loaded or loading_done
        if not self._ready:
            return  # on_mount takes the cases from the source
        if loading_done:
            self.cases_pane.loading_note = ""
            self.table.index_coming()
        self._cases_cache = None
        self.table.set_cases(cases)
        self._draw_side(data=True)

    def show_found(self, cases: list[Case]) -> None:
        """Rows for cases a cold first load has read so far (no flash, no toast); the index replaces them."""
        if not self._ready:
            return
        self._cases_cache = None
        found = {case.path: case for case in cases}
        self.table.apply(found.get, list(found), flash=False)
        # No side-pane redraw for the data: the selected case's panes follow the selection as usual, and the
        # views over every case (customer list, merged timeline) wait for the whole index.
        self._found_shown()

    def _found_shown(self) -> None:
        """More rows of a cold first load are on the table (the wall screen counts them)."""

    def apply(
        self, get: Callable[[str], Case | None], change: Change, *, flash: bool = True, quiet: set[str] = frozenset()
    ) -> list[str]:
        """Patch the rows *change* names; returns a toast line per change (before the update for removals).

        *quiet* paths (the app's own writes, already confirmed) get no toast line and no flash.
        """
        toasts: list[str] = []
        if not self._ready:
            return toasts  # on_mount reads the whole index anyway
        table = self.table
        for verb, paths in (("Added", change.added), ("Updated", change.updated), ("Removed", change.removed)):
            for path in paths:
                if path in quiet:
                    continue
                case = get(path) if verb != "Removed" else table.case(path)
                if case is not None:
                    toasts.append(f"{verb} {describe(case)}")
        self._cases_cache = None
        table.apply(get, [*change.added, *change.updated, *change.removed], flash=flash, quiet=quiet)
        self._side_later()
        return toasts

    def _side_later(self) -> None:
        """Redraw the side panes after the table's patch has been painted: two short loop turns, not one long one."""
        if not self._side_pending:
            self._side_pending = True
            self.call_after_refresh(self._side_now)

    def _side_now(self) -> None:
        if self._side_pending:
            self._side_pending = False
            try:
                self._draw_side(data=True, burst=True)
            except NoMatches:  # the screen is being taken apart (the app is closing)
                pass

    def status_shown(self) -> None:
        """The app has just redrawn the status bar (every second, and after each change)."""

    def tick(self) -> None:
        if self._ready:
            try:
                self.table.tick()
            except NoMatches:  # the screen is being taken apart (the app is closing)
                pass

    # -- side panes --------------------------------------------------------------------------

    @property
    def ready(self) -> bool:
        """Composed and mounted: the panes can be drawn."""
        return self._ready

    def refresh_side(self) -> None:
        """Redraw the side panes (the theme changed their colours)."""
        if self._ready:
            self._draw_side(data=True)

    def _draw_side(self, *, data: bool, burst: bool = False) -> None:
        """Redraw the side panes for the selected case; *data*: the cases themselves changed.

        *burst*: the change came from the folder, where more may follow at once (the customer list then
        redraws at most once a second).
        """
        path = self.table.selected_path
        case = self.table.case(path) if path else None
        same = path == self._shown_path
        if data or not same or case is not self._shown_case:
            cases = self.all_cases()
            self.timeline.show(case, cases, same_case=same, data_changed=data)
            self.items.show(case, cases, same_case=same, data_changed=data)
            self._draw_extra(case, cases, data=data, burst=burst)
        self._shown_path = path
        self._shown_case = case

    def _draw_extra(self, case: Case | None, cases: list[Case], *, data: bool, burst: bool) -> None:
        """The panes beside the timeline and the items: here the sentiment pane."""
        self.sentiment.show_case(case)
        if data:
            self.sentiment.show_customers(cases, burst=burst)

    @on(CasesTable.SelectionChanged)
    def _selection_changed(self, event: CasesTable.SelectionChanged) -> None:
        event.stop()
        self._draw_side(data=False)

    # -- actions -------------------------------------------------------------------------------

    def selected_case(self) -> Case | None:
        path = self.table.selected_path if self._ready else None
        return self.table.case(path) if path else None

    def action_new_case(self) -> None:
        self.app.post_message(EditRequested("new_case", None))

    def action_resolve_conflict(self) -> None:
        case = self.selected_case()
        if case is not None:
            self.app.open_conflict(case)  # type: ignore[attr-defined]

    def action_filter(self) -> None:
        self.cases_pane.start_filter()

    def action_zoom(self) -> None:
        """The focused pane (with its title) fills the screen (Textual's maximize); again, it goes back."""
        if self.maximized is not None:
            self.minimize()
        elif self.focused is not None:
            self.maximize(self.focused)

    def action_focus_pane(self, name: str) -> None:
        self.query_one(PANES[name]).focus()

    def action_toggle_open(self) -> None:
        self.table.action_toggle_open()

    def action_cycle_sort(self) -> None:
        self.table.action_cycle_sort()

    def action_toggle_merged(self) -> None:
        self.timeline.action_toggle_merged()

    def action_toggle_all_items(self) -> None:
        self.items.action_toggle_all()

    def action_toggle_overdue_items(self) -> None:
        self.items.action_toggle_overdue()

    def action_toggle_my_items(self) -> None:
        self.items.action_toggle_mine()

    def action_group_by_owner(self) -> None:
        """The table grouped by owner (yours first); again, back to time to breach."""
        table = self.table
        table.sort_mode = "sla" if table.sort_mode == "owner" else "owner"

    def go_to_case(self, path: str) -> bool:
        """Select *path* in the table, widening the view (all cases, no filter) if it is hidden."""
        table = self.table
        case = table.case(path)
        if case is None:
            return False
        if not table.select_path(path):
            if table.filter_text:
                self.cases_pane.filter_input.value = ""
                table.filter_text = ""
                self.cases_pane.remove_class("-filtering")
            if table.open_only and not case.is_open:
                table.open_only = False
            table.select_path(path)
        table.focus()
        return True

    def say(self, line: str, *, key: str | None = None) -> None:
        """Show *line* in the news corner (dropped when the screen is not up, or is being taken apart)."""
        if self._ready:
            for news in self.query(ChangeNews):  # the wall screen has none
                news.say(line, key=key)

    def point_at(self, path: str, line: int) -> bool:
        """Highlight the event or action item of *path* at *line* in its pane; False while the pane does not
        show it yet (the side panes redraw after a selection)."""
        case = self.table.case(path)
        if case is None:
            return False
        is_item = any(item.line == line for item in case.action_items)
        pane: ItemsPane | TimelinePane = self.items if is_item else self.timeline
        if is_item:
            self.items.all_open = False
        else:
            self.timeline.merged = False
        rows = pane._rows  # no public view of a pane's rows yet (listpane.py)
        if is_item:
            index = next((i for i, row in enumerate(rows) if row.path == path
                          and getattr(row.target, "line", None) == line), None)
        else:
            lines = [event.line for event in case.timeline]
            events = [i for i, row in enumerate(rows) if row.path == path and not row.header]
            index = events[lines.index(line)] if line in lines and len(events) == len(lines) else None
        if index is None:
            return False
        pane.focus()
        pane.highlighted = index
        return True

    def open_case(self, path: str | None) -> None:
        if path is None:
            return
        case = self.table.case(path)
        if case is not None:
            self.app.open_case(case)  # type: ignore[attr-defined]

    @on(CasesTable.RowSelected)
    def _row_selected(self, event: CasesTable.RowSelected) -> None:
        event.stop()
        self.open_case(event.path)

    @on(ListPane.OpenCase)
    def _open_from_list(self, event: ListPane.OpenCase) -> None:
        event.stop()
        self.open_case(event.path)

    @on(CustomerList.FilterCustomer)
    def _filter_customer(self, event: CustomerList.FilterCustomer) -> None:
        event.stop()
        pane = self.cases_pane
        pane.add_class("-filtering")
        pane.filter_input.value = plain(event.customer)
        self.table.filter_text = plain(event.customer)
        self.table.focus()
