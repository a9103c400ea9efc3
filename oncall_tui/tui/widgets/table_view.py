"""A thin widget that draws the rows of a :class:`~oncall_tui.tui.table_model.TableModel` and scrolls them.

It draws itself with Textual's line API (a ``ScrollView`` whose
``render_line`` draws one row): only the rows on screen are drawn, each row
once into a strip kept by :class:`~oncall_tui.tui.widgets.table_lines.TableLines`
under what the line shows, so a change to one row draws that row again and
nothing else.  While the rows do not all fit, a model with a pinned priority
(the wall's, P1) keeps those rows at the top while the rest scroll, like a
spreadsheet's frozen rows.  The cases table (:mod:`oncall_tui.tui.widgets.cases`)
adds what the screens ask of it.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from oncall_tui.tui.table_model import TableModel
from oncall_tui.tui.widgets.case_cells import COLUMNS
from oncall_tui.tui.widgets.table_lines import TableLines


class RowsView(ScrollView, can_focus=True):
    """Rows of a table model under a header line, with a cursor; see the module docstring."""

    class RowSelected(Message):
        """Enter or a second click on a row: open its case."""

        def __init__(self, table: RowsView, path: str) -> None:
            super().__init__()
            self.table = table
            self.path = path

        @property
        def control(self) -> RowsView:
            return self.table

    class SelectionChanged(Message):
        """The case under the cursor changed (None: the table is empty)."""

        def __init__(self, path: str | None) -> None:
            super().__init__()
            self.path = path

    class ViewChanged(Message):
        """Rows, filter, sort or open-only changed: titles and empty notes need redrawing."""

    def __init__(self, model: TableModel, **kwargs) -> None:
        super().__init__(**kwargs)
        self.model = model
        self._draw = TableLines()
        self._emitted: object = object()
        self.snapshot_rows: list[list[Text]] | None = None
        """Rows from the last run, drawn while the table has none of its own (tui/first_rows.py)."""
        self.snapshot_style = Style()

    @property
    def cursor_row(self) -> int:
        return self.model.cursor

    @cursor_row.setter
    def cursor_row(self, row: int) -> None:
        self.model.cursor = row

    @property
    def selected_path(self) -> str | None:
        return self.model.selected

    @property
    def row_count(self) -> int:
        return len(self.model.rows)

    @property
    def pinned(self) -> int:
        """How many leading rows are pinned (see *pin_priority*)."""
        return self.model.pinned

    @property
    def shown_columns(self) -> list[str]:
        """The keys of the columns on screen, left to right."""
        return [COLUMNS[index][0] for index in self._draw.columns]

    def get_row_index(self, path: str) -> int:
        """The display index of *path* (KeyError if it is not shown)."""
        return self.model.index_of(path)

    def hold_cursor(self) -> None:
        """Someone moved the cursor: it stays on its case from now on, even while the first load fills the table."""
        self.model.hold_cursor()

    def select_path(self, path: str) -> bool:
        """Put the cursor on *path* if it is shown."""
        try:
            index = self.get_row_index(path)
        except KeyError:
            return False
        self.hold_cursor()
        self.move_cursor(row=index)
        return True

    def resort_rows(self) -> None:
        """The model's keys changed for every row (a new sort, pins, the clock): one sort, the cursor kept."""
        moved, cursor = self.model.resort_all()
        if moved:
            self.refresh()
        self._put_cursor(cursor)
        self.post_message(self.ViewChanged())

    def _put_cursor(self, index: int | None) -> None:
        if index is not None:
            if index != self.cursor_row:
                self.move_cursor(row=index, scroll=True)
            elif self.cursor_row >= self.row_count:
                self.cursor_row = self.row_count - 1
        self._note_selection()

    def _note_selection(self) -> None:
        path = self.model.selected
        if path != self._emitted:
            self._emitted = path
            self.post_message(self.SelectionChanged(path))

    # -- cursor and scrolling ------------------------------------------------------------

    def move_cursor(self, *, row: int, scroll: bool = True) -> None:
        """Put the cursor on display row *row* (clamped) and keep it on screen."""
        row = max(0, min(row, self.row_count - 1)) if self.row_count else 0
        if row != self.cursor_row:
            old, self.cursor_row = self.cursor_row, row
            self._refresh_table_row(old)  # the two lines the cursor left and reached; a scroll draws the rest
            self._refresh_table_row(row)
        if scroll:
            self._scroll_to_cursor()
        self._note_selection()

    def _row_lines(self) -> int:
        """Row lines on screen (the header takes one); 0 before the table is laid out."""
        height = self.scrollable_content_region.height
        return height - 1 if height > 1 else 0

    def _scroll_to_cursor(self) -> None:
        pinned = self.pinned
        top = int(self.scroll_y)
        rows_visible = max(1, self.scrollable_content_region.height - 1)
        if self.cursor_row < pinned:  # the cycle came round to the pinned rows: the rest from its top again
            self.scroll_to(y=0, animate=False, immediate=True)
        elif self.cursor_row < top + pinned:
            self.scroll_to(y=self.cursor_row - pinned, animate=False, immediate=True)
        elif self.cursor_row >= top + rows_visible:
            self.scroll_to(y=self.cursor_row - rows_visible + 1, animate=False, immediate=True)

    def on_resize(self, event: events.Resize) -> None:
        self._draw.cache.size = 2 * (event.size.height + 8)  # each line on screen with and without the cursor
        if self.model.set_lines(self._row_lines()):
            self.resort_rows()  # the pinned rows start or stop leading: every key again, the cursor kept
        self._fit_columns()
        self._scroll_to_cursor()

    def _clear_caches(self) -> None:
        """Forget the drawn lines (as DataTable's method of this name does): they are drawn again as shown."""
        self._draw.cache.clear()
        self.refresh()

    def _fit_columns(self) -> None:
        """Show as many columns as the pane's width holds (room kept for the vertical scrollbar)."""
        room = self.size.width - self.styles.scrollbar_size_vertical
        if room <= 0:
            return
        if self._draw.fit(room):
            self._update_size()
            self.refresh()

    def _move_by_hand(self, row: int) -> None:
        """A key moved the cursor: from now on it stays with the case it lands on (see :meth:`hold_cursor`)."""
        self.hold_cursor()
        self.move_cursor(row=row)

    def action_cursor_down(self) -> None:
        self._move_by_hand(self.cursor_row + 1)

    def action_cursor_up(self) -> None:
        self._move_by_hand(self.cursor_row - 1)

    def action_first(self) -> None:
        self._move_by_hand(0)

    def action_last(self) -> None:
        self._move_by_hand(self.row_count - 1)

    def action_page_down(self) -> None:
        self._move_by_hand(self.cursor_row + max(1, self.scrollable_content_region.height - 2))

    def action_page_up(self) -> None:
        self._move_by_hand(self.cursor_row - max(1, self.scrollable_content_region.height - 2))

    def action_select_cursor(self) -> None:
        path = self.selected_path
        if path is not None:
            self.post_message(self.RowSelected(self, path))

    def row_at(self, y: int) -> int | None:
        """The row drawn on line *y* of the table (0 is the header)."""
        if y < 1:
            return None
        pinned = self.pinned
        row = y - 1 if y - 1 < pinned else int(self.scroll_y) + y - 1
        return row if 0 <= row < self.row_count else None

    def on_click(self, event: events.Click) -> None:
        """A click selects a row; a click on the selected row (or a double click) opens it."""
        row = self.row_at(event.y)
        if row is None:
            return
        event.stop()
        self.click_row(row, event.chain)

    def click_row(self, row: int, chain: int) -> None:
        """Select *row*; a click on the selected row (or a double click) opens it."""
        self.hold_cursor()
        if row == self.cursor_row or chain > 1:
            self.move_cursor(row=row)
            self.action_select_cursor()
        else:
            self.move_cursor(row=row)

    # -- drawing ------------------------------------------------------------------------------

    def _update_size(self) -> None:
        self.virtual_size = Size(self._draw.width, self.row_count + 1)

    def on_focus(self, event: events.Focus) -> None:
        self.refresh()  # the cursor's colour follows focus

    def on_blur(self, event: events.Blur) -> None:
        self.refresh()

    def _refresh_row(self, path: str) -> None:
        """Repaint the line of one shown row (line 0 is the header), not the whole table: a clock tick that
        changes one SLA cell then sends one line to the terminal, not every row on screen."""
        try:
            self._refresh_table_row(self.get_row_index(path))
        except KeyError:
            self.refresh()

    def _refresh_table_row(self, row: int) -> None:
        """Repaint the line that shows *row* now: a pinned row stays on its line under the header (line 0), the
        others move with the scroll (``refresh_lines`` would count a pinned row as scrolled too)."""
        line = row + 1 if row < self.pinned else row + 1 - int(self.scroll_y)
        self.refresh(Region(0, line, max(self.virtual_size.width, self.size.width), 1))

    def render_line(self, y: int) -> Strip:
        scroll_x = self.scroll_offset.x
        width = self.scrollable_content_region.width
        if y == 0:
            strip = self._header_strip()
        else:
            row = self.row_at(y)
            if row is not None:
                strip = self.row_line(self.model.rows[row], row == self.cursor_row)
            elif self.snapshot_rows and not self.row_count and y <= len(self.snapshot_rows):
                style = self.rich_style + self.snapshot_style
                strip = self._draw.cache.get(("snapshot", y, self._draw.columns, style), lambda: self._draw.draw(
                    self.snapshot_rows[y - 1], style, self.app.console))
            else:
                return Strip.blank(width, self.rich_style)
        return strip.crop_extend(scroll_x, scroll_x + width, self.rich_style)

    def _header_strip(self) -> Strip:
        return self._draw.header(self.rich_style + self.get_component_rich_style("cases-table--header"),
                                 self.app.console)

    def row_line(self, path: str, cursor: bool) -> Strip:
        """The drawn line of a shown row, from the cache when it reads the same as when it was drawn."""
        got = self.model.look(path)
        if got is None:
            return Strip.blank(self._draw.width, self.rich_style)
        serial, look = got
        style = self.rich_style
        cursor_style = self.get_component_rich_style("cases-table--cursor") if cursor else None
        key = (path, serial, cursor, self.has_focus, self._draw.columns, style, cursor_style)
        return self._draw.cache.get(key, lambda: self.draw_row(path, look.cells, style, cursor_style))

    def draw_row(self, path: str, cells: list[Text], style: Style, cursor_style: Style | None) -> Strip:
        """Draw the line of *path*'s row from its *cells* (what :meth:`row_line` keeps)."""
        return self._draw.draw(cells, style, self.app.console, cursor_style)
