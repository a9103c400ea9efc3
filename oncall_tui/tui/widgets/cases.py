"""The open escalations table: cases patched row by row, never rebuilt.

The table keeps its own copy of every case (so toggles and the filter need
no store), and every update goes row by row: a changed case updates its
cells, a new one is added, a gone one removed, and the order is restored by
sorting on precomputed keys.  The cursor stays on the same case through all
of it, and the row that changed is briefly highlighted.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
import time
from datetime import datetime
from itertools import islice

from rich.style import Style
from rich.text import Text
from textual import on
from textual.message import Message
from textual.reactive import reactive
from textual.timer import Timer
from textual.widgets import DataTable

from oncall_tui.core.config import SlaSettings
from oncall_tui.core.model import Case
from oncall_tui.core.sla import sla_clock
from oncall_tui.tui import palette, view
from oncall_tui.tui.keys import bind, nav_bindings
from oncall_tui.tui.literal import literal

COLUMNS = (
    ("id", "id", 13),
    ("customer", "customer", 15),
    ("priority", "pri", 3),
    ("status", "status", 11),
    ("age", "age", 5),
    ("sla", "sla", 8),
    ("items", "items", 5),
    ("sentiment", "mood", 4),
    ("changed", "changed", 7),
)
"""Key, header and fixed width of each column: fixed, so one odd value cannot push the others off screen."""
ID_WIDTH = 13
CUSTOMER_WIDTH = 15
DEFAULT_SLA = SlaSettings()
FLASH_SECONDS = 1.5
CHUNK = 500
FLASH_LIMIT = 20
"""More rows than this changed at once (a git checkout, a storm): no flash, the toast counts them."""


class _IdCell(Text):
    """The id cell, which also carries its row key so sorting can find the row."""

    row_key: str = ""


def _cell(text: str, style: Style | str = "", justify: str = "left") -> Text:
    return Text(text, style=style, justify=justify, no_wrap=True, overflow="ellipsis")  # type: ignore[arg-type]


def _same(a: Text, b: Text) -> bool:
    """The cell would look the same (text, spans and base style): no need to touch it."""
    return a.plain == b.plain and a.spans == b.spans and a.style == b.style and a.justify == b.justify


class CasesTable(DataTable):
    """The table of cases; see the module docstring for how it updates."""

    BINDINGS = [
        bind("cases.open_case", "select_cursor"),
        bind("cases.toggle_open"),
        bind("cases.sort"),
        bind("cases.clear_filter"),
        *nav_bindings(first="scroll_top", last="scroll_bottom"),
    ]

    class SelectionChanged(Message):
        """The case under the cursor changed (None: the table is empty)."""

        def __init__(self, path: str | None) -> None:
            super().__init__()
            self.path = path

    class ViewChanged(Message):
        """Rows, filter, sort or open-only changed: titles and empty notes need redrawing."""

    open_only: reactive[bool] = reactive(True, init=False)
    sort_mode: reactive[str] = reactive("priority", init=False)
    filter_text: reactive[str] = reactive("", init=False)

    def __init__(self, now: Callable[[], datetime], **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=False, **kwargs)
        self._now = now
        self._all: dict[str, Case] = {}
        self._sig: dict[str, tuple] = {}
        self._shown_cells: dict[str, list[Text]] = {}
        self._order: dict[str, tuple] = {}
        self._flash: dict[str, float] = {}
        self._flash_timer: Timer | None = None
        self._selected: str | None = None
        self._emitted: object = object()
        self._pending: dict[str, None] = {}
        self._chunk_scheduled = False
        self._in_batch = False
        self._resort_needed = False

    def on_mount(self) -> None:
        for key, label, width in COLUMNS:
            justify = "right" if key in ("age", "sla", "items", "changed") else "left"
            self.add_column(Text(label, justify=justify), key=key, width=width)  # type: ignore[arg-type]
        self._reconcile(list(self._all))  # cases that arrived before the table was mounted

    # -- public API ---------------------------------------------------------------

    @property
    def selected_path(self) -> str | None:
        return self._selected

    @property
    def shown_paths(self) -> list[str]:
        """Row keys in display order (for tests and the palette)."""
        return [row.key.value for row in self.ordered_rows if row.key.value is not None]

    @property
    def total(self) -> int:
        return len(self._all)

    def case(self, path: str) -> Case | None:
        return self._all.get(path)

    def all_cases(self) -> list[Case]:
        """Every case the table knows, shown or filtered out, sorted by path."""
        return [self._all[path] for path in sorted(self._all)]

    def set_cases(self, cases: Iterable[Case]) -> None:
        """Make the table show exactly *cases* (each patched in place, not rebuilt)."""
        new = {case.path: case for case in cases}
        gone = self._all.keys() - new.keys()
        changed = [p for p, c in new.items() if self._all.get(p) is not c]
        self._all = new
        self._reconcile([*gone, *changed])

    def apply(
        self, get: Callable[[str], Case | None], paths: Iterable[str], *, flash: bool = True,
        quiet: Collection[str] = (),
    ) -> None:
        """Re-read *paths* through *get* and patch their rows; flash the ones still shown."""
        paths = list(paths)
        for path in paths:
            case = get(path)
            if case is None:
                self._all.pop(path, None)
            else:
                self._all[path] = case
        if flash and len(paths) <= FLASH_LIMIT:
            until = self._clock() + FLASH_SECONDS
            for path in paths:
                if path in self._all and path not in quiet:
                    self._flash[path] = until
            if self._flash and self._flash_timer is None:
                self._flash_timer = self.set_timer(FLASH_SECONDS + 0.05, self._end_flash)
        self._reconcile(paths)

    def tick(self) -> None:
        """Redraw time-dependent cells (ages, last change) of every row."""
        self._reconcile(list(self._sig))

    def select_path(self, path: str) -> bool:
        """Put the cursor on *path* if it is shown."""
        try:
            index = self.get_row_index(path)
        except Exception:
            return False
        self.move_cursor(row=index)
        self._note_selection()
        return True

    def refresh_colors(self) -> None:
        """The theme changed: redraw every row with its colours (the row signature holds the theme)."""
        self._reconcile(list(self._all))

    # -- reactive toggles -----------------------------------------------------------

    def watch_open_only(self) -> None:
        self._reconcile(list(self._all))

    def watch_sort_mode(self) -> None:
        """Only the order changes: new keys for every shown row, one sort, the cursor kept."""
        now = self._now()
        keep, keep_index = self._selected, self.cursor_row
        for path in self._order:
            self._order[path] = view.sort_key(self._all[path], self.sort_mode, now)
        self._resort()
        self._restore_cursor(keep, keep_index)
        self.post_message(self.ViewChanged())

    def _resort(self) -> None:
        if self.row_count > 1:
            order = self._order
            self.sort(key=lambda values: order[values[0].row_key])

    def watch_filter_text(self) -> None:
        self._reconcile(list(self._all))

    def action_toggle_open(self) -> None:
        self.open_only = not self.open_only

    def action_cycle_sort(self) -> None:
        sorts = view.SORTS
        self.sort_mode = sorts[(sorts.index(self.sort_mode) + 1) % len(sorts)]

    def action_clear_filter(self) -> None:
        self.filter_text = ""
        self.post_message(self.FilterCleared())

    class FilterCleared(Message):
        """Esc on the table: the pane clears its filter input."""

    # -- internals ----------------------------------------------------------------

    @staticmethod
    def _clock() -> float:
        """Flashes are an animation: they run on the monotonic clock, not the (injectable) wall clock."""
        return time.monotonic()

    def _wanted(self, case: Case) -> bool:
        return (case.is_open or not self.open_only) and view.matches(case, self.filter_text)

    def _cells(self, case: Case, now: datetime, flashing: bool) -> tuple[list[Text], tuple]:
        app = self.app
        age = view.age(case, now)
        changed = view.changed_at(case, now.tzinfo)
        mood = view.mood_word(case.sentiment.score if case.sentiment else None)
        id_cell = _IdCell(no_wrap=True, overflow="ellipsis")
        id_cell.append_text(literal(case.id))
        id_cell.truncate(ID_WIDTH, overflow="ellipsis")
        id_cell.row_key = case.path
        customer = literal(case.customer or "—", style="" if case.customer else "dim")
        customer.no_wrap = True
        customer.truncate(CUSTOMER_WIDTH, overflow="ellipsis")
        status = view.STATUS_LABELS.get(case.status or "", "—")
        clock = sla_clock(case, getattr(app, "sla", None) or DEFAULT_SLA, now)
        if clock is None:
            sla = _cell("—", "dim", "right")
        else:
            sla = _cell(clock.short, palette.style(app, "sla-breached", bold=True) if clock.breached else "", "right")
        cells = [
            id_cell,
            customer,
            _cell(case.priority or "—", palette.priority_style(app, case.priority)),
            _cell(status, "dim" if not case.is_open or not case.status else ""),
            _cell(view.human_age(age) if age is not None else "—", "" if age is not None else "dim", "right"),
            sla,
            _cell(f"{case.open_items}/{len(case.action_items)}", "" if case.action_items else "dim", "right"),
            _cell(view.MOOD_GLYPHS[mood], palette.mood_style(app, mood)),
            _cell(view.human_age(now - changed) if changed else "—", "dim", "right"),
        ]
        if flashing:
            flash = palette.style(app, "row-flash", background=True)
            for cell in cells:
                cell.stylize(flash)
        sig = (id(case), cells[4].plain, cells[5].plain, cells[8].plain, flashing, app.theme)
        return cells, sig

    def _reconcile(self, paths: Iterable[str]) -> None:
        """Patch the rows of *paths*: now for up to :data:`CHUNK` of them, the rest in later turns.

        Big updates (the first load of a large folder, the open/all toggle)
        are spread over several event-loop turns so keys and repaints are
        never held up for long.
        """
        self._pending.update(dict.fromkeys(paths))
        if not self._chunk_scheduled:
            self._run_pending()

    def _run_pending(self) -> None:
        self._chunk_scheduled = False
        if not self.columns:  # not mounted yet: on_mount reconciles
            return
        if len(self._pending) > CHUNK and not self._in_batch:
            # A big batch: take rows in display order, so the table fills from the top, already sorted.
            now = self._now()
            first = sorted(self._pending, key=lambda p: (p in self._all, self._key_of(p, now)))
            self._pending = dict.fromkeys(first)
            self._in_batch = True
        batch = list(islice(self._pending, CHUNK))
        for path in batch:
            del self._pending[path]
        last = not self._pending
        self._patch(batch, final=last)
        if last:
            self._in_batch = False
        else:
            self._chunk_scheduled = True
            self.set_timer(0.005, self._run_pending)  # a real loop turn: keys and repaints go first

    def _key_of(self, path: str, now: datetime) -> tuple:
        case = self._all.get(path)
        return view.sort_key(case, self.sort_mode, now) if case is not None else ()

    @property
    def settled(self) -> bool:
        """No rows waiting to be patched."""
        return not self._pending

    def _patch(self, paths: list[str], *, final: bool = True) -> None:
        """Patch the rows of *paths*; resort (on the batch's last chunk) if the order moved; keep the cursor."""
        now = self._now()
        clock = self._clock()
        keep = self._selected
        keep_index = self.cursor_row if self.row_count else 0
        resort = False
        for path in paths:
            case = self._all.get(path)
            shown = path in self._sig
            if case is None or not self._wanted(case):
                if shown:
                    self.remove_row(path)
                    del self._sig[path]
                    self._shown_cells.pop(path, None)
                    self._order.pop(path, None)
                continue
            flashing = self._flash.get(path, 0) > clock
            cells, sig = self._cells(case, now, flashing)
            if not shown:
                self.add_row(*cells, key=path)
                resort = True
            elif sig != self._sig[path]:
                # Only the cells that look different: each update_cell schedules a refresh of its own.
                old = self._shown_cells[path]
                for index, ((column, _, _), cell) in enumerate(zip(COLUMNS, cells)):
                    if _same(cell, old[index]):
                        cells[index] = old[index]
                    else:
                        self.update_cell(path, column, cell)
            self._sig[path] = sig
            self._shown_cells[path] = cells
            order = view.sort_key(case, self.sort_mode, now)
            if self._order.get(path) != order:
                self._order[path] = order
                resort = True
        self._resort_needed = self._resort_needed or resort
        if final and self._resort_needed:
            self._resort_needed = False
            self._resort()
        self._restore_cursor(keep, keep_index)
        self.post_message(self.ViewChanged())

    def _restore_cursor(self, keep: str | None, keep_index: int) -> None:
        if not self.row_count:
            self._note_selection()
            return
        if keep is not None and keep in self._sig:
            index = self.get_row_index(keep)
        else:
            index = min(keep_index, self.row_count - 1)
        if index != self.cursor_row:
            self.move_cursor(row=index, scroll=True)
        self._note_selection()

    def _note_selection(self) -> None:
        path: str | None = None
        if self.row_count:
            try:
                path = self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
            except Exception:
                path = None
        self._selected = path
        if path != self._emitted:
            self._emitted = path
            self.post_message(self.SelectionChanged(path))

    def _end_flash(self) -> None:
        """Unflash the rows whose time is up; one timer at a time, set again for the next to end."""
        self._flash_timer = None
        clock = self._clock()
        done = [p for p, until in self._flash.items() if until <= clock]
        for path in done:
            del self._flash[path]
        if self._flash:
            self._flash_timer = self.set_timer(min(self._flash.values()) - clock + 0.05, self._end_flash)
        if done:
            self._reconcile(done)

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        self._note_selection()
