"""Rows in the first frame: the table's first screenful from the last run, until the index arrives.

A :class:`FirstRows` belongs to the cases screen (the dashboard or the wall).
When the screen mounts, before its first frame, it reads the snapshot that
the last run wrote for this folder (:mod:`oncall_tui.core.rows_snapshot`) and,
if there is one for the same view, the table paints those rows (each cell
through :func:`~oncall_tui.tui.literal.literal`, dimmed) and the status bar
their counts.  The table itself stays empty: no key acts on a snapshot row
(Enter and a click find no row; an edit key says the folder is still being
read), and the first rows of the real index, or any change of the view
(sort, open/all, filter), take the snapshot away.

The snapshot is written again once the index is in the table (off the event
loop), then at quit if the first screenful reads differently by then, and
only while the table shows the view a start shows (the default sort, open
cases, no filter): a snapshot of another view would never be read.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text
from textual.css.query import NoMatches

from oncall_tui.core.rows_snapshot import RowsSnapshot, key_of, read_snapshot, snapshot_path, write_snapshot
from oncall_tui.tui.context import context_of
from oncall_tui.tui.literal import literal
from oncall_tui.tui.widgets.titles import set_titles
from oncall_tui.tui.widgets.case_cells import COLUMNS

if TYPE_CHECKING:
    from oncall_tui.tui.screens.cases_screen import CasesScreen
    from oncall_tui.tui.widgets.cases import CasesTable
    from oncall_tui.tui.widgets.status import StatusInfo

NOTE = "rows from the last start · reading the folder…"
"""The table's subtitle while the snapshot shows."""
KEYS_NOTE = "Still reading the folder: the rows shown are from the last start. Try again in a moment."


class FirstRows:
    """The snapshot of one screen's table; see the module docstring.  *parts*: what else decides the rows'
    cells (the app passes its version, the screen, and the settings the cells depend on)."""

    def __init__(self, folder: Path, info: StatusInfo, *parts: object, cache_dir: Path | None = None) -> None:
        self.path = snapshot_path(folder, cache_dir)
        self.info = info
        self._parts = parts
        self.showing: RowsSnapshot | None = None
        """The snapshot painted now (None: the table shows its own rows, or nothing)."""
        self._start_view: tuple[str, bool, str] | None = None
        self._written: bytes | None = None
        self._saved = False

    @staticmethod
    def _view(table: CasesTable) -> tuple[str, bool, str]:
        return (table.sort_mode, table.open_only, table.filter_text)

    def _key(self, view: tuple[str, bool, str]) -> str:
        return key_of(self._parts, view, [column for column, _, _ in COLUMNS])

    # -- at start ---------------------------------------------------------------------------------

    def paint(self, table: CasesTable) -> None:
        """Before the first frame: the last run's rows and counts, if it left some for this view."""
        from oncall_tui.tui.view import PRIORITIES

        self._start_view = view = self._view(table)
        got = read_snapshot(self.path, self._key(view), columns=len(COLUMNS),
                            priorities=frozenset((*PRIORITIES, "-")))
        if got is None or table.row_count:
            return
        self.showing = got
        self._written = got.to_json(self._key(view))  # the same again after the load: not written again
        table.snapshot_rows = [[literal(cell) for cell in row] for row in got.rows]
        table.snapshot_style = Style(dim=True)
        table.refresh()
        self.info.counts, self.info.problems, self.info.loading = dict(got.counts), got.problems, None

    def view_moved(self, table: CasesTable) -> bool:
        """The table shows another sort, open/all or filter than at start."""
        return self._view(table) != self._start_view

    def dress(self, screen: CasesScreen) -> None:
        """The pane's title and note say what the rows are (after each redraw of its titles); the status bar
        shows the counts (in the first frame: the app's status line waits for the side panes)."""
        if self.showing is None:
            return
        try:
            pane = screen.cases_pane
            set_titles(pane, literal(self.showing.title), Text(NOTE))
            pane.query_one("#cases-empty").display = False
            screen.status.show(self.info, context_of(screen).now())
        except NoMatches:  # the screen is being taken apart (the app is closing)
            pass

    def drop(self, screen: CasesScreen) -> None:
        """The index's rows are coming (or the view changed): the snapshot goes."""
        if self.showing is None:
            return
        self.showing = None
        try:
            table = screen.table
            table.snapshot_rows = None
            table.refresh()
            screen.cases_pane.update_titles()
        except NoMatches:  # the screen is being taken apart (the app is closing)
            pass

    # -- writing ------------------------------------------------------------------------------------

    def capture(self, screen: CasesScreen) -> bytes | None:
        """The first screenful as the snapshot's bytes; None unless the index is in the table and the table
        shows the start's view."""
        if not screen.panes.loaded or self.showing is not None:
            return None
        table = screen.table
        view = self._view(table)
        if view != self._start_view or not table.settled:
            return None
        lines = max(table.size.height - 1, 0)
        rows = []
        for path in table.shown_paths[:lines]:
            got = table.model.look(path)
            if got is not None:
                rows.append(tuple(cell.plain for cell in got[1].cells))
        counts = {name: count for name, count in self.info.counts.items() if isinstance(count, int)}
        title = screen.cases_pane.border_title
        title = title.plain if isinstance(title, Text) else str(title or "")
        return RowsSnapshot(tuple(rows), counts, self.info.problems, title).to_json(self._key(view))

    def save_later(self, screen: CasesScreen) -> None:
        """Once the index is in the table: write the snapshot in a thread if it reads differently from the
        last one (later changes wait for the quit: a row's clock ticking must not write a file each second)."""
        if self._saved:
            return
        data = self.capture(screen)
        if data is None:
            return
        self._saved = True
        if data != self._written:
            self._written = data
            screen.app.run_worker(lambda: write_snapshot(self.path, data), name="rows snapshot", thread=True,
                                  exit_on_error=False)

    def save_now(self, screen: CasesScreen) -> None:
        """At quit: write it now if it reads differently (a few kilobytes; usually it does not)."""
        if not screen.is_attached:
            return
        try:
            data = self.capture(screen)
        except Exception:  # noqa: BLE001 (the screens may be half taken apart: no snapshot then)
            return
        if data is not None and data != self._written:
            self._written = data
            write_snapshot(self.path, data)
