"""The escalations pane: the cases table with its `/` filter input and an empty-state note."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Static

from oncall_tui.tui import view
from oncall_tui.tui.keys import bind
from oncall_tui.tui.literal import literal
from oncall_tui.tui.widgets.titles import set_titles
from oncall_tui.tui.widgets.cases import CasesTable


class FilterInput(Input):
    """The `/` filter: narrows the table as you type; Esc clears, Enter returns to the table."""

    BINDINGS = [bind("filter.clear", "clear_filter"), bind("filter.done", "done")]

    class Done(Message):
        def __init__(self, cleared: bool) -> None:
            super().__init__()
            self.cleared = cleared

    def action_clear_filter(self) -> None:
        self.value = ""
        self.post_message(self.Done(cleared=True))

    def action_done(self) -> None:
        self.post_message(self.Done(cleared=False))


class CasesPane(Vertical):
    """The table, its filter input (shown while filtering) and a note when it is empty."""

    ALLOW_MAXIMIZE = True  # z zooms the pane, title and filter included, not the bare table

    def __init__(self, now: Callable[[], datetime], *, pin_priority: str | None = None, **kwargs) -> None:
        """*pin_priority*: the table's rows of this priority stay on screen (the wall pins its P1s)."""
        super().__init__(**kwargs)
        self._now = now
        self._pin_priority = pin_priority
        self.loading_note = "Loading cases…"

    def compose(self) -> ComposeResult:
        yield CasesTable(self._now, pin_priority=self._pin_priority, id="cases-table")
        yield Static("", id="cases-empty", markup=False)

    @property
    def table(self) -> CasesTable:
        return self.query_one(CasesTable)

    def _filter_input(self, value: str = "") -> FilterInput:
        """The `/` input, mounted above the table on first use (the first frame composes only what it shows)."""
        found = self.query(FilterInput)
        if found:
            return found.first()
        field = FilterInput(value, placeholder="filter: id, customer, title, owner", id="filter")
        self.mount(field, before=self.table)
        return field

    filter_input = property(_filter_input)

    def start_filter(self) -> None:
        self.add_class("-filtering")
        self.filter_input.focus()

    def show_filter(self, text: str) -> None:
        """The input shows *text* (shown while there is one)."""
        if text or self.query(FilterInput):
            self._filter_input(text).value = text
        self.set_class(bool(text), "-filtering")

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.table.filter_text = event.value

    @on(FilterInput.Done)
    def _filter_done(self, event: FilterInput.Done) -> None:
        event.stop()
        if event.cleared or not self.filter_input.value:
            self.remove_class("-filtering")
        self.table.focus()

    @on(CasesTable.FilterCleared)
    def _cleared(self, event: CasesTable.FilterCleared) -> None:
        event.stop()
        self.show_filter("")

    @on(CasesTable.ViewChanged)
    def _view_changed(self) -> None:
        self.update_titles()

    def update_titles(self) -> None:
        table = self.table
        shown = table.row_count
        what = "Open escalations" if table.open_only else "All cases"
        title = Text(f"{what} ({shown}")
        if shown != table.total:
            title.append(f" of {table.total}")
        title.append(")")
        if table.filter_text:  # the active filter, where the eye is
            title.append(" · /")
            title.append_text(literal(view.short(table.filter_text, 40)))
        subtitle = Text(f"sort: {view.SORT_LABELS[table.sort_mode]}")
        if table.filter_text:
            subtitle.append(" · filter: ")
            subtitle.append_text(literal(table.filter_text))
        set_titles(self, title, subtitle)
        empty = self.query_one("#cases-empty", Static)
        if shown:
            empty.display = False
            return
        empty.display = True
        if self.loading_note:
            empty.update(self.loading_note)
        elif table.filter_text:
            empty.update(Text(f"No case matches “{table.filter_text}”. Esc clears the filter."))
        elif table.open_only and table.total:
            empty.update("No open cases. Press o to show all cases.")
        else:
            empty.update("No cases in this folder yet. Files you add appear here.")
