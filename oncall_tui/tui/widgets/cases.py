"""The open escalations table: the cases the screens hand it, patched row by row, never rebuilt.

The rows live in a :class:`~oncall_tui.tui.table_model.TableModel` (which
cases are shown, in what order, where the cursor is); the drawing and
scrolling are :class:`~oncall_tui.tui.widgets.table_view.RowsView`'s.  This
widget takes the store's cases and changes, queues their rows and patches
them :data:`CHUNK` a loop turn (so keys and repaints are never held up for
long), flashes the rows that changed, and has the keys and toggles of the
table (filter, sort, open/all).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.timer import Timer

from oncall_tui.tui import palette, view
from oncall_tui.tui.context import context_of
from oncall_tui.tui.keys import bind, nav_bindings
from oncall_tui.tui.table_model import CHUNK, FLASH_SECONDS, Patch, TableModel  # noqa: F401 (CHUNK re-exported)
from oncall_tui.tui.widgets.case_cells import (  # noqa: F401 (COLUMNS, sla_text, next_change: re-exported)
    COLUMN_INDEX, COLUMNS, SECONDS_WINDOW, Painter, RowLook, next_change, row_look, sla_text)
from oncall_tui.tui.widgets.table_view import RowsView

if TYPE_CHECKING:
    from rich.text import Text

    from oncall_tui.core.model import Case


class _Marks(Protocol):
    @property
    def marked(self) -> Collection[str]: ...


@runtime_checkable
class HasGitMarks(Protocol):
    """An app whose git link marks the cases left in conflict (the ✖ on their rows)."""

    @property
    def gitlink(self) -> _Marks: ...


class CasesTable(RowsView):
    """The table of cases; see the module docstring for how it updates and draws."""

    DEFAULT_CSS = """
    CasesTable {
        background: $surface;
        color: $foreground;
        & > .cases-table--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        & > .cases-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
        &:focus {
            background-tint: $foreground 5%;
            & > .cases-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
        }
    }
    """
    COMPONENT_CLASSES = {"cases-table--header", "cases-table--cursor"}

    BINDINGS = [
        bind("cases.open_case", "select_cursor"),
        bind("cases.toggle_open"),
        bind("cases.sort"),
        bind("cases.clear_filter"),
        *nav_bindings(),
        Binding("pagedown", "page_down", "Page down", show=False, id="nav.page"),
        Binding("pageup", "page_up", "Page up", show=False, id="nav.page"),
    ]

    class FilterCleared(Message):
        """Esc on the table: the pane clears its filter input."""

    open_only: reactive[bool] = reactive(True, init=False)
    sort_mode: reactive[str] = reactive("sla", init=False)
    """Time to breach by default: what needs someone now comes first (the wall sorts so too)."""
    filter_text: reactive[str] = reactive("", init=False)

    def __init__(self, now: Callable[[], datetime], *, pin_priority: str | None = None, **kwargs) -> None:
        """*pin_priority*: rows of this priority lead and stay on screen while the rows do not all fit."""
        super().__init__(TableModel(now, self._look, pin_priority=pin_priority), **kwargs)
        self._now = now
        self._mounted = False
        self._chunk_scheduled = False
        self._flash_timer: Timer | None = None
        self._paint: Painter | None = None
        self._marks: _Marks | None = None  # the app's git link, when it has one
        self.unseen = self.model.looks.unseen
        """Cases changed since the user's seen mark, marked (•) until their case is opened (tui/shift.py)."""

    def on_mount(self) -> None:
        context = context_of(self)
        self.model.targets = context.sla
        self.model.user_name, self.model.user_aliases = context.user_name, context.user_aliases
        self._marks = self.app.gitlink if isinstance(self.app, HasGitMarks) else None
        self._mounted = True
        self.reconcile(list(self.model.known()))  # cases that arrived before the table was mounted

    def _look(self, case: Case, now: datetime, flashing: bool, unseen: bool) -> RowLook:
        app = self.app
        marked = self._marks.marked if self._marks is not None else ()
        paint = self._paint
        if paint is None or paint.theme != app.theme or paint.conflicted is not marked:  # made once per theme
            paint = self._paint = Painter(
                style=lambda name, bold=False, background=False: palette.style(app, name, bold=bold,
                                                                               background=background),
                priority_style=lambda priority: palette.priority_style(app, priority),
                mood_style=lambda mood: palette.mood_style(app, mood),
                theme=app.theme, targets=self.model.targets, conflicted=marked, is_mine=self.model.is_mine)
        return row_look(case, now, flashing=flashing, unseen=unseen, paint=paint)

    # -- public API ---------------------------------------------------------------

    @property
    def shown_paths(self) -> list[str]:
        """Row keys in display order (for tests and the palette)."""
        return list(self.model.rows)

    def get_cell(self, path: str, column: str) -> Text:
        """The cell of *path* in *column* as drawn (KeyError if the row is not shown)."""
        got = self.model.look(path)
        if got is None:
            raise KeyError(path)
        return got[1].cells[COLUMN_INDEX[column]]

    @property
    def total(self) -> int:
        return self.model.total

    def case(self, path: str) -> Case | None:
        return self.model.case(path)

    @property
    def flashing(self) -> dict[str, float]:
        """Rows flashing now, with when (monotonic seconds) their flash ends."""
        return dict(self.model.looks.flashes)

    @property
    def settled(self) -> bool:
        """No rows waiting to be patched."""
        return self.model.settled

    def owners(self) -> view.Owners:
        """Owners of every case the table knows, the user's name and aliases from the app's settings."""
        return self.model.owners()

    def all_cases(self) -> list[Case]:
        """Every case the table knows, shown or filtered out, sorted by path."""
        known = self.model.known()
        return [known[path] for path in sorted(known)]

    def index_coming(self) -> None:
        """The next :meth:`set_cases` is the whole index: once it is patched, the cursor follows its case."""
        self.model.index_coming()

    def set_cases(self, cases: Iterable[Case]) -> None:
        """Make the table show exactly *cases* (each patched in place, not rebuilt)."""
        self.reconcile(self.model.set_cases(cases))

    def apply(
        self, get: Callable[[str], Case | None], paths: Iterable[str], *, flash: bool = True,
        quiet: Collection[str] = (),
    ) -> None:
        """Re-read *paths* through *get* and patch their rows; flash the ones still shown."""
        paths = list(paths)
        self.model.update(get, paths)
        known = [path for path in paths if self.model.case(path) is not None]
        if flash and self.model.looks.flash(paths, known, quiet) and self._flash_timer is None:
            self._flash_timer = self.set_timer(FLASH_SECONDS + 0.05, self._end_flash)
        self.reconcile(paths)

    def tick(self) -> None:
        """Redraw the rows whose age, SLA or last-change cell reads differently by now (every second, with the
        status bar's clock); once a minute the time-to-breach order is worked out again."""
        resort, due = self.model.tick()
        if resort:
            self.watch_sort_mode()
        if due:
            self.reconcile(due)

    def mark_unseen(self, paths: Collection[str]) -> None:
        """Put the changed marker on these rows (see :attr:`unseen`)."""
        new = self.model.looks.mark_unseen(paths)
        if new:
            self.reconcile(new)

    def mark_seen(self, paths: Collection[str]) -> None:
        gone = self.model.looks.mark_seen(paths)
        if gone:
            self.reconcile(gone)

    def clear_unseen(self) -> None:
        self.mark_seen(list(self.model.looks.unseen))

    def refresh_colors(self) -> None:
        """The theme changed: redraw every row with its colours (the row's look holds the theme)."""
        self.reconcile(list(self.model.known()))

    def reconcile(self, paths: Iterable[str], *, redraw: bool = True) -> None:
        """Patch the rows of *paths*: now for up to :data:`CHUNK` of them, the rest in later turns.  *redraw*
        False (the filter, the open/all toggle) only shows or hides rows."""
        self.model.queue(paths, redraw=redraw)
        if not self._chunk_scheduled:
            self._run_pending()

    # -- reactive toggles -----------------------------------------------------------

    def watch_open_only(self, open_only: bool) -> None:
        self.model.open_only = open_only
        self.reconcile(list(self.model.known()), redraw=False)

    def watch_filter_text(self, text: str) -> None:
        self.model.filter_text = text
        self.reconcile(list(self.model.known()), redraw=False)

    def watch_sort_mode(self) -> None:
        """Only the order changes: new keys for every shown row, one sort, the cursor kept."""
        self.model.sort_mode = self.sort_mode
        self.resort_rows()

    def action_toggle_open(self) -> None:
        self.open_only = not self.open_only

    def action_cycle_sort(self) -> None:
        sorts = view.SORTS
        self.sort_mode = sorts[(sorts.index(self.sort_mode) + 1) % len(sorts)]

    def action_clear_filter(self) -> None:
        self.filter_text = ""
        self.post_message(self.FilterCleared())

    # -- patching -------------------------------------------------------------------------

    def _run_pending(self) -> None:
        self._chunk_scheduled = False
        if not self._mounted:  # not mounted yet: on_mount reconciles
            return
        batch, last = self.model.next_batch()
        self.model.lines = self._row_lines()
        self._show_patch(self.model.patch(batch, final=last))
        if not last:
            self._chunk_scheduled = True
            self.set_timer(0.005, self._run_pending)  # a real loop turn: keys and repaints go first

    def _show_patch(self, patch: Patch) -> None:
        for path in patch.repaint:
            self._refresh_row(path)
        if patch.redraw_all:
            self.refresh()
        if patch.resized:
            self._update_size()
        self._put_cursor(patch.cursor)
        self.post_message(self.ViewChanged())

    def _end_flash(self) -> None:
        """Unflash the rows whose time is up; one timer at a time, set again for the next to end."""
        done, next_in = self.model.looks.end_flashes()
        self._flash_timer = None if next_in is None else self.set_timer(next_in + 0.05, self._end_flash)
        if done:
            self.reconcile(done)

