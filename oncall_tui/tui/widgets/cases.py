"""The open escalations table: cases patched row by row, never rebuilt, drawn line by line.

The table keeps its own copy of every case (so toggles and the filter need
no store), and every update goes row by row: a changed case updates its
cells, a new one is added, a gone one removed, and the order is restored by
sorting on precomputed keys.  The cursor stays on the same case through all
of it, and the row that changed is briefly highlighted.

It draws itself with Textual's line API (a ``ScrollView`` whose
``render_line`` draws one row): only the rows on screen are drawn, each
row is one ``Text`` rendered once into a cached strip, and a change to one
row throws away that row's strip and nothing else.  (A ``DataTable`` keys
its cell cache on a table-wide update counter, so one changed cell made it
re-render every visible cell: ~90 ms a frame in a storm of 200 changes.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collections.abc import Callable, Collection, Iterable
import math
import time
from datetime import datetime
from itertools import islice

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.timer import Timer

from oncall_tui.core.conflictmarks import CONFLICT_PROBLEM
from oncall_tui.core.config import SlaSettings
from oncall_tui.core.sla import DEFAULT_TARGETS, SlaClock, sla_clock
from oncall_tui.tui import palette, view
from oncall_tui.tui.keys import bind, nav_bindings
from oncall_tui.tui.literal import literal

if TYPE_CHECKING:  # the case model (pydantic) is not needed before the first frame
    from oncall_tui.core.model import Case

COLUMNS = (
    ("id", "id", 13),
    ("customer", "customer", 13),
    ("owner", "owner", 9),
    ("priority", "pri", 3),
    ("status", "status", 11),
    ("age", "age", 4),
    ("sla", "sla", 8),
    ("items", "items", 5),
    ("sentiment", "mood", 4),
    ("changed", "changed", 7),
)
"""Key, header and fixed width of each column: fixed, so one odd value cannot push the others off screen."""
ID_WIDTH = 13
CUSTOMER_WIDTH = 13
OWNER_WIDTH = 9
DROP_ORDER = ("changed", "sentiment", "age", "items")
"""Columns left out, in this order, while the table is wider than its pane (the rest scrolls sideways)."""
COLUMN_INDEX = {column: index for index, (column, _, _) in enumerate(COLUMNS)}
CELL_PADDING = 1
TABLE_WIDTH = sum(width + 2 * CELL_PADDING for _, _, width in COLUMNS)


def fit_columns(room: int) -> tuple[int, ...]:
    """The indexes of the columns shown in *room* cells: all of them, or fewer by :data:`DROP_ORDER`."""
    shown = list(range(len(COLUMNS)))
    total = TABLE_WIDTH
    for name in DROP_ORDER:
        if total <= room:
            break
        shown.remove(COLUMN_INDEX[name])
        total -= COLUMNS[COLUMN_INDEX[name]][2] + 2 * CELL_PADDING
    return tuple(shown)
_JUSTIFY = {column: "right" if column in ("age", "sla", "items", "changed") else "left" for column, _, _ in COLUMNS}
FLASH_SECONDS = 1.5
CHUNK = 500
FLASH_LIMIT = 20
"""More rows than this changed at once (a git checkout, a storm): no flash, the toast counts them."""


def _cell(text: str, style: Style | str = "", justify: str = "left") -> Text:
    return Text(text, style=style, justify=justify, no_wrap=True, overflow="ellipsis")  # type: ignore[arg-type]


def _owner_names(case: Case | None) -> tuple:
    return (case.owner, *(item.owner for item in case.action_items)) if case is not None else ()


def _same(a: Text, b: Text) -> bool:
    """The cell would look the same (text, spans and base style): no need to touch it."""
    return a.plain == b.plain and a.spans == b.spans and a.style == b.style and a.justify == b.justify


RESORT_SECONDS = 60.0
"""How often the time-to-breach order is worked out again for every row."""


def about_to_breach(clock: SlaClock, case: Case, targets: SlaSettings) -> bool:
    """Running, with at most ``[sla] about_to_breach`` percent of its target left."""
    target = targets.target(case.priority)
    if target is None or clock.breached:
        return False
    span = target.first_response if clock.target == "response" else target.resolution
    return clock.remaining <= span * (targets.about_to_breach / 100)


SECONDS_WINDOW = 120
"""Within this many seconds either side of its due time an SLA cell counts seconds (``1m05s``), ticking every
second; further away it changes once a minute.  It was an hour: at 10,000 generated cases the rows nearest
their due time (the top of the time-to-breach order) then repainted every second, 1.75 % of a core for the
idle dashboard and 2.10 % for the wall; 0.70 % / 0.87 % with minutes only, 1.10 % / 1.22 % with ten minutes
of seconds, 0.85 % / 1.32 % with two (one 40 s run each, on a loaded machine: tests/perf/bench_idle.py)."""


def sla_text(clock: SlaClock) -> str:
    """The SLA cell: within :data:`SECONDS_WINDOW` of the due time, either side, in minutes and seconds
    (``4m05s``, ``r-3m09s``), ticking every second; longer spans as the clock's own short form."""
    seconds = int(abs(clock.remaining).total_seconds())
    if seconds >= SECONDS_WINDOW or clock.paused:  # a paused clock (the case is waiting) stands still: ⏸ and its short form
        return clock.short
    sign = "-" if clock.breached else ""
    return f"{'r' if clock.target == 'response' else ''}{sign}{seconds // 60}m{seconds % 60:02d}s"


def _age_change(start: float, now: float) -> float:
    """When ``human_age(now - start)`` next reads differently (a wall-clock timestamp)."""
    seconds = now - start
    if seconds < 0:
        return start - 60 if seconds < -60 else start
    step = 1
    for size, unit in ((365 * 86400, "y"), (7 * 86400, "w"), (86400, "d"), (3600, "h"), (60, "m")):
        if seconds >= size * (2 if unit in "yw" else 1):
            step = size
            break
    return start + (int(seconds // step) + 1) * step


def next_change(case: Case, now: datetime, clock: SlaClock | None, changed: datetime | None) -> float:
    """The earliest moment any time-dependent cell of *case*'s row changes: its age (open cases), its SLA
    (every second within :data:`SECONDS_WINDOW` of the due time, else at each minute of it), its last change."""
    at = now.timestamp()
    times = [math.inf]
    if case.is_open and (start := view.opened(case, now.tzinfo)) is not None:
        times.append(_age_change(start.timestamp(), at))
    if changed is not None:
        times.append(_age_change(changed.timestamp(), at))
    if clock is not None and not clock.paused:
        due = clock.due.timestamp()
        left = due - at
        step = 1 if abs(left) < SECONDS_WINDOW else 60
        if left > 0:
            times.append(due - (math.ceil(left / step) - 1) * step)
        else:
            times.append(due + (int(-left // step) + 1) * step)
    return min(times)


class CasesTable(ScrollView, can_focus=True):
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

    class RowSelected(Message):
        """Enter or a second click on a row: open its case."""

        def __init__(self, table: CasesTable, path: str) -> None:
            super().__init__()
            self.table = table
            self.path = path

        @property
        def control(self) -> CasesTable:
            return self.table

    class SelectionChanged(Message):
        """The case under the cursor changed (None: the table is empty)."""

        def __init__(self, path: str | None) -> None:
            super().__init__()
            self.path = path

    class ViewChanged(Message):
        """Rows, filter, sort or open-only changed: titles and empty notes need redrawing."""

    open_only: reactive[bool] = reactive(True, init=False)
    sort_mode: reactive[str] = reactive("sla", init=False)
    """Time to breach by default: what needs someone now comes first (the wall sorts so too)."""
    filter_text: reactive[str] = reactive("", init=False)

    def __init__(self, now: Callable[[], datetime], **kwargs) -> None:
        super().__init__(**kwargs)
        self._now = now
        self._rows: list[str] = []
        """Row keys (paths) in display order."""
        self._index: dict[str, int] | None = None
        self._strips: dict[str, tuple[tuple, Strip]] = {}
        self._header: tuple[tuple, Strip] | None = None
        self._removed: set[str] = set()
        self._mounted = False
        self.cursor_row = 0
        self._all: dict[str, Case] = {}
        self._visible: set[str] = set()
        """Rows shown now.  Cells, signatures and sort keys are kept for hidden rows too, so the filter
        can show them again without building them anew (dropped when the clock ticks)."""
        self._sig: dict[str, tuple] = {}
        self._shown_cells: dict[str, list[Text]] = {}
        self._order: dict[str, tuple] = {}
        self._keyed: dict[str, Case] = {}  # the case each sort key in _order was made from
        self._flash: dict[str, float] = {}
        self._due: dict[str, float] = {}
        """When (a wall-clock timestamp) each drawn row's time-dependent cells (age, SLA, changed) next read
        differently: worked out with the cells, so the clock's tick only compares numbers."""
        self._next_due = float("inf")
        """No row's cells change before this (a lower bound of ``_due``): an idle tick compares one number."""
        self._flash_timer: Timer | None = None
        self._selected: str | None = None
        self._emitted: object = object()
        self._pending: dict[str, None] = {}
        self._redraw: set[str] = set()
        self._chunk_scheduled = False
        self._in_batch = False
        self._resort_needed = False
        self._follow_top = True
        """The cursor stays on the top row while the first load fills the table (rows arrive in batches and
        sort in above it), until the user moves it or the whole index is shown."""
        self._index_coming = False
        self._keyed_at = 0.0
        self._lost: str | None = None
        self.unseen: set[str] = set()
        """Cases changed since the user's seen mark, marked (•) until their case is opened (tui/shift.py)."""
        """The selected case while a change hides it (see :meth:`_patch`)."""
        self._columns: tuple[int, ...] = tuple(range(len(COLUMNS)))
        """The columns shown (indexes into COLUMNS), as many as the pane's width holds (:func:`fit_columns`)."""
        self._width = TABLE_WIDTH
        self._owners: view.Owners | None = None
        """Who is who among the owners of every case the table knows (made when needed, dropped on change)."""
        """When the time-to-breach order was last worked out for every row (it moves with the clock)."""

    def on_mount(self) -> None:
        self._mounted = True
        self._reconcile(list(self._all))  # cases that arrived before the table was mounted

    # -- public API ---------------------------------------------------------------

    @property
    def selected_path(self) -> str | None:
        return self._selected

    @property
    def shown_paths(self) -> list[str]:
        """Row keys in display order (for tests and the palette)."""
        return list(self._rows)

    @property
    def row_count(self) -> int:
        return len(self._rows)

    def get_cell(self, path: str, column: str) -> Text:
        """The cell of *path* in *column* as drawn (KeyError if the row is not shown)."""
        if path not in self._visible:
            raise KeyError(path)
        return self._cells_of(path)[COLUMN_INDEX[column]]

    def _cells_of(self, path: str) -> list[Text]:
        """The cells of a shown row, made the first time the row is drawn (or asked for)."""
        cells = self._shown_cells.get(path)
        if cells is None:
            case = self._all.get(path)
            if case is None:
                return []
            cells, self._sig[path] = self._cells(case, self._now(), self._flash.get(path, 0) > self._clock())
            self._shown_cells[path] = cells
        return cells

    @property
    def shown_columns(self) -> list[str]:
        """The keys of the columns on screen, left to right."""
        return [COLUMNS[index][0] for index in self._columns]

    def owners(self) -> view.Owners:
        """Owners of every case the table knows, the user's name and aliases from the app's settings."""
        if self._owners is None:
            app = self.app
            self._owners = view.Owners.of(self._all.values(), getattr(app, "user_name", None),
                                          getattr(app, "user_aliases", ()) or ())
        return self._owners

    def get_row_index(self, path: str) -> int:
        """The display index of *path* (KeyError if it is not shown)."""
        if self._index is None:
            self._index = {key: i for i, key in enumerate(self._rows)}
        return self._index[path]

    @property
    def total(self) -> int:
        return len(self._all)

    def case(self, path: str) -> Case | None:
        return self._all.get(path)

    def all_cases(self) -> list[Case]:
        """Every case the table knows, shown or filtered out, sorted by path."""
        return [self._all[path] for path in sorted(self._all)]

    def hold_cursor(self) -> None:
        """Someone moved the cursor: it stays on its case from now on, even while the first load fills the table."""
        self._follow_top = False
        self._lost = None  # and a case hidden for a moment no longer calls it back

    def index_coming(self) -> None:
        """The next :meth:`set_cases` is the whole index: once it is patched, the cursor follows its case."""
        self._index_coming = True

    def set_cases(self, cases: Iterable[Case]) -> None:
        """Make the table show exactly *cases* (each patched in place, not rebuilt)."""
        new = {case.path: case for case in cases}
        gone = self._all.keys() - new.keys()
        changed = [p for p, c in new.items() if self._all.get(p) is not c]
        self._all = new
        self._owners = None
        self._reconcile([*gone, *changed])

    def apply(
        self, get: Callable[[str], Case | None], paths: Iterable[str], *, flash: bool = True,
        quiet: Collection[str] = (),
    ) -> None:
        """Re-read *paths* through *get* and patch their rows; flash the ones still shown."""
        paths = list(paths)
        for path in paths:
            case = get(path)
            if self._owners is not None and _owner_names(self._all.get(path)) != _owner_names(case):
                self._owners = None  # a name came or went: who is who may have changed
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
        """Redraw the rows whose age, SLA or last-change cell reads differently by now (every second, with the
        status bar's clock); a hidden row whose cells went stale forgets them."""
        now = self._now().timestamp()
        if self.sort_mode == "sla" and now - self._keyed_at >= RESORT_SECONDS and self._rows:
            self.watch_sort_mode()  # time to breach changes with time: every row's key, once a minute
        if now < self._next_due:
            return
        due = [path for path, at in self._due.items() if at <= now]
        self._next_due = min((at for at in self._due.values() if at > now), default=float("inf"))
        if not due:
            return
        visible = self._visible
        for path in due:
            if path not in visible:
                self._forget(path)
        self._reconcile([path for path in due if path in visible])

    def _forget(self, path: str) -> None:
        self._due.pop(path, None)
        self._sig.pop(path, None)
        self._shown_cells.pop(path, None)
        self._order.pop(path, None)
        self._keyed.pop(path, None)
        self._strips.pop(path, None)

    def mark_unseen(self, paths: Collection[str]) -> None:
        """Put the changed marker on these rows (see :attr:`unseen`)."""
        new = [p for p in paths if p not in self.unseen]
        if new:
            self.unseen.update(new)
            self._reconcile(new)

    def mark_seen(self, paths: Collection[str]) -> None:
        gone = [p for p in paths if p in self.unseen]
        if gone:
            self.unseen.difference_update(gone)
            self._reconcile(gone)

    def clear_unseen(self) -> None:
        self.mark_seen(list(self.unseen))

    def select_path(self, path: str) -> bool:
        """Put the cursor on *path* if it is shown."""
        try:
            index = self.get_row_index(path)
        except KeyError:
            return False
        self.hold_cursor()
        self.move_cursor(row=index)
        self._note_selection()
        return True

    def refresh_colors(self) -> None:
        """The theme changed: redraw every row with its colours (the row signature holds the theme)."""
        self._reconcile(list(self._all))

    # -- reactive toggles -----------------------------------------------------------

    def watch_open_only(self) -> None:
        self._reconcile(list(self._all), redraw=False)

    def watch_sort_mode(self) -> None:
        """Only the order changes: new keys for every shown row, one sort, the cursor kept."""
        now = self._now()
        self._keyed_at = now.timestamp()
        keep, keep_index = self._selected, self.cursor_row
        for path in list(self._order):
            if path in self._visible:
                self._order[path] = self._sort_key(self._all[path], now)
                self._keyed[path] = self._all[path]
            else:
                del self._order[path]  # a hidden row gets its key for the new sort when it is shown again
                self._keyed.pop(path, None)
        self._resort(only_if_moved=True)
        self._restore_cursor(keep, keep_index)
        self.post_message(self.ViewChanged())

    def _resort(self, *, only_if_moved: bool = False) -> None:
        """Sort the shown rows by their keys; *only_if_moved* (new keys for the same rows: a new sort, or the
        time-to-breach order once a minute) repaints only when the order changed."""
        if self.row_count > 1:
            before = list(self._rows) if only_if_moved else None
            self._rows.sort(key=self._order.__getitem__)
            if before is not None and before == self._rows:
                return
            self._index = None
            self.refresh()

    def watch_filter_text(self) -> None:
        self._reconcile(list(self._all), redraw=False)

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
        id_cell = literal(case.id)
        conflicted = case.path in getattr(getattr(app, "gitlink", None), "marked", ()) or any(
            p.startswith(CONFLICT_PROBLEM) for p in case.problems)
        if conflicted:  # a git conflict left for a person: both versions kept, C shows them
            id_cell = Text("✖", style=palette.style(app, "error", bold=True)) + id_cell
        if case.path in self.unseen:
            id_cell = Text("•", style="bold") + id_cell
            id_cell.stylize("bold")
        id_cell.no_wrap = True
        id_cell.truncate(ID_WIDTH, overflow="ellipsis")
        customer = literal(case.customer or "—", style="" if case.customer else "dim")
        customer.no_wrap = True
        customer.truncate(CUSTOMER_WIDTH, overflow="ellipsis")
        status = view.STATUS_LABELS.get(case.status or "", "—")
        if case.owner and case.owner.strip():
            mine = False
            if getattr(app, "user_name", None):  # yours in bold (no name set: no folder-wide owner map needed)
                owners = self.owners()
                mine = owners.me is not None and owners.key(case.owner) == owners.me
            owner = literal(view.short_name(case.owner, OWNER_WIDTH), style="bold" if mine else "")
        else:
            owner = literal("—", style="dim")
        owner.no_wrap = True
        owner.truncate(OWNER_WIDTH, overflow="ellipsis")
        clock = sla_clock(case, getattr(app, "sla", None) or DEFAULT_TARGETS, now)
        if clock is None:
            sla = _cell("—", "dim", "right")
        else:
            if clock.breached:
                sla_style = palette.style(app, "sla-breached", bold=True)
            elif clock.paused:
                sla_style = Style(dim=True)  # waiting: not running, so neither warned nor counting
            elif about_to_breach(clock, case, getattr(app, "sla", None) or DEFAULT_TARGETS):
                sla_style = palette.style(app, "sla-warning", bold=True)
            else:
                sla_style = ""
            sla = _cell(sla_text(clock), sla_style, "right")
        due = self._due[case.path] = next_change(case, now, clock, changed)
        if due < self._next_due:
            self._next_due = due
        cells = [
            id_cell,
            customer,
            owner,
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
        sig = (id(case), cells[COLUMN_INDEX["age"]].plain, cells[COLUMN_INDEX["sla"]].plain,
               cells[COLUMN_INDEX["changed"]].plain, flashing, case.path in self.unseen, app.theme, conflicted)
        return cells, sig

    def _reconcile(self, paths: Iterable[str], *, redraw: bool = True) -> None:
        """Patch the rows of *paths*: now for up to :data:`CHUNK` of them, the rest in later turns.

        Big updates (the first load of a large folder, the open/all toggle)
        are spread over several event-loop turns so keys and repaints are
        never held up for long.  *redraw* False (the filter, the open/all
        toggle) only shows or hides rows: a row already shown for the same
        case keeps its cells.
        """
        paths = list(paths)
        if redraw:
            self._redraw.update(paths)
        self._pending.update(dict.fromkeys(paths))
        if not self._chunk_scheduled:
            self._run_pending()

    def _run_pending(self) -> None:
        self._chunk_scheduled = False
        if not self._mounted:  # not mounted yet: on_mount reconciles
            return
        if len(self._pending) > CHUNK and not self._in_batch:
            # A big batch: rows on show first, in display order, so the top of the table is patched first.
            # Into an empty table (the first load) rows go in sorted order, so it fills from the top; else
            # rows newly shown are appended below and the batch's last chunk sorts them into place, so
            # their order does not matter (sorting 10,000 keys was ~15 ms of a filter keystroke).
            pending = self._pending
            shown = [p for p in self._rows if p in pending]
            seen = set(shown)
            rest = [p for p in pending if p not in seen]
            if not shown:
                now = self._now()
                order = self._order
                rest.sort(key=lambda p: (p in self._all, order.get(p) or self._key_of(p, now)))
            self._pending = dict.fromkeys(shown + rest)
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

    def _sort_key(self, case: Case, now: datetime) -> tuple:
        if self.sort_mode == "owner":  # grouped by person (every spelling of a name), yours first
            return (*view.owner_order(case, self.owners()), *view.sort_key(case, "sla", now, getattr(self.app, "sla", None)))
        return view.sort_key(case, self.sort_mode, now, getattr(self.app, "sla", None))

    def _key_of(self, path: str, now: datetime) -> tuple:
        case = self._all.get(path)
        return self._sort_key(case, now) if case is not None else ()

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
        theme = self.app.theme
        for path in paths:
            case = self._all.get(path)
            shown = path in self._visible
            redraw = path in self._redraw
            self._redraw.discard(path)
            if case is None or not self._wanted(case):
                if shown and case is not None and path == self._selected:
                    # Still in the folder but not shown for now (a file half written by a naive save reads
                    # as empty, not open): the cursor goes back to it if it returns before someone moves it.
                    self._lost = path
                if shown:
                    self._visible.discard(path)
                    self._removed.add(path)
                    self._strips.pop(path, None)
                if case is None:
                    self._forget(path)
                continue
            cached = self._sig.get(path)
            if not redraw and cached is not None and cached[0] == id(case) and cached[-1] == theme:
                # The same case, drawn before (maybe hidden by the filter since): only membership changes.
                if not shown:
                    self._show(path)
                    resort = True
                    if path not in self._order:
                        self._order[path] = self._sort_key(case, now)
                        self._keyed[path] = case
                continue
            if path in self._shown_cells:
                cells, sig = self._cells(case, now, self._flash.get(path, 0) > clock)
                if sig != self._sig[path] and shown:
                    old = self._shown_cells[path]
                    if all(_same(cell, before) for cell, before in zip(cells, old)):
                        cells = old
                    else:
                        self._strips.pop(path, None)  # only this row is drawn again
                        self._refresh_row(path)
                self._sig[path] = sig
                self._shown_cells[path] = cells
            # else never drawn: its cells are made when it is (at 10,000 rows most never are on screen).
            if not shown:
                self._show(path)
                self._strips.pop(path, None)
                resort = True
            if redraw or self._keyed.get(path) is not case:  # else only shown or hidden again: the same key
                order = self._sort_key(case, now)
                self._keyed[path] = case
                if self._order.get(path) != order:
                    self._order[path] = order
                    resort = True
        if self._removed:
            removed, self._removed = self._removed, set()
            self._rows = [key for key in self._rows if key not in removed]
            self._index = None
            self.refresh()
        if resort or self._index is None:
            self._update_size()
        self._resort_needed = self._resort_needed or resort
        if final and self._resort_needed:
            self._resort_needed = False
            self._resort()
        if self._follow_top:
            keep, keep_index = None, 0
            if self._index_coming and final and not self._pending:
                self._follow_top = False
        self._restore_cursor(keep, keep_index)
        self.post_message(self.ViewChanged())

    def _show(self, path: str) -> None:
        self._visible.add(path)
        self._rows.append(path)
        self._index = None

    def _restore_cursor(self, keep: str | None, keep_index: int) -> None:
        if not self.row_count:
            self._note_selection()
            return
        if self._lost is not None and self._lost in self._visible:
            index = self.get_row_index(self._lost)
            self._lost = None
        elif keep is not None and keep in self._visible:
            index = self.get_row_index(keep)
        else:
            index = min(keep_index, self.row_count - 1)
        if index != self.cursor_row:
            self.move_cursor(row=index, scroll=True)
        elif self.cursor_row >= self.row_count:
            self.cursor_row = self.row_count - 1
        self._note_selection()

    def _note_selection(self) -> None:
        path = self._rows[self.cursor_row] if 0 <= self.cursor_row < len(self._rows) else None
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

    # -- cursor and scrolling ------------------------------------------------------------

    def move_cursor(self, *, row: int, scroll: bool = True) -> None:
        """Put the cursor on display row *row* (clamped) and keep it on screen."""
        row = max(0, min(row, self.row_count - 1)) if self.row_count else 0
        changed = row != self.cursor_row
        before = self._rows[self.cursor_row] if changed and 0 <= self.cursor_row < len(self._rows) else None
        self.cursor_row = row
        if changed:
            if before is not None:
                self._strips.pop(before, None)
            if self._rows:
                self._strips.pop(self._rows[row], None)
            self.refresh()
        if scroll:
            self._scroll_to_cursor()
        self._note_selection()

    def _scroll_to_cursor(self) -> None:
        rows_visible = max(1, self.scrollable_content_region.height - 1)
        top = int(self.scroll_y)
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False, immediate=True)
        elif self.cursor_row >= top + rows_visible:
            self.scroll_to(y=self.cursor_row - rows_visible + 1, animate=False, immediate=True)

    def on_resize(self, event: events.Resize) -> None:
        self._fit_columns()
        self._scroll_to_cursor()

    def _fit_columns(self) -> None:
        """Show as many columns as the pane's width holds (room kept for the vertical scrollbar)."""
        room = self.size.width - self.styles.scrollbar_size_vertical
        if room <= 0:
            return
        columns = fit_columns(room)
        if columns != self._columns:
            self._columns = columns
            self._width = sum(COLUMNS[i][2] + 2 * CELL_PADDING for i in columns)
            self._strips.clear()
            self._header = None
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
        if self._selected is not None:
            self.post_message(self.RowSelected(self, self._selected))

    def on_click(self, event: events.Click) -> None:
        """A click selects a row; a click on the selected row (or a double click) opens it."""
        if event.y < 1:
            return  # the header
        row = int(self.scroll_y) + event.y - 1
        if not 0 <= row < self.row_count:
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
        self.virtual_size = Size(self._width, self.row_count + 1)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()
        self._header = None

    def on_focus(self, event: events.Focus) -> None:
        self._strips.clear()  # the cursor's colour follows focus
        self.refresh()

    def on_blur(self, event: events.Blur) -> None:
        self._strips.clear()
        self.refresh()

    def _refresh_row(self, path: str) -> None:
        """Repaint the line of one shown row (line 0 is the header), not the whole table: a clock tick that
        changes one SLA cell then sends one line to the terminal, not every row on screen."""
        try:
            self.refresh_lines(self.get_row_index(path) + 1)
        except KeyError:
            self.refresh()

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        if y == 0:
            strip = self._header_strip()
        else:
            row = scroll_y + y - 1
            if 0 <= row < len(self._rows):
                strip = self._row_strip(self._rows[row], row == self.cursor_row)
            else:
                return Strip.blank(width, self.rich_style)
        return strip.crop_extend(scroll_x, scroll_x + width, self.rich_style)

    def _header_strip(self) -> Strip:
        style = self.rich_style + self.get_component_rich_style("cases-table--header")
        key = (style, self._columns)
        if self._header is None or self._header[0] != key:
            cells = [Text(label, justify=_JUSTIFY[column]) for column, label, _ in COLUMNS]
            self._header = (key, self._line(cells, style))
        return self._header[1]

    def _row_strip(self, path: str, cursor: bool) -> Strip:
        cached = self._strips.get(path)
        key = (cursor, self.has_focus)
        if cached is not None and cached[0] == key:
            return cached[1]
        strip = self._line(self._cells_of(path), self.rich_style, cursor=cursor)
        self._strips[path] = (key, strip)
        return strip

    def _line(self, cells: list[Text], style: Style, *, cursor: bool = False) -> Strip:
        """One row: every cell padded to its column's width, on *style*."""
        line = Text(no_wrap=True, end="")
        pad = " " * CELL_PADDING
        for index in self._columns:
            (column, _, width), cell = COLUMNS[index], cells[index]
            text = cell.copy()
            text.truncate(width, overflow="ellipsis")
            room = width - text.cell_len
            line.append(pad)
            if _JUSTIFY[column] == "right":
                line.append(" " * room)
                line.append_text(text)
            else:
                line.append_text(text)
                line.append(" " * room)
            line.append(pad)
        segments = list(line.render(self.app.console))
        segments = list(Segment.apply_style(segments, style))
        if cursor:
            # The cursor's colours win over the cells' own, as a row highlight should.
            cursor_style = self.get_component_rich_style("cases-table--cursor") + Style(dim=False)
            segments = list(Segment.apply_style(segments, post_style=cursor_style))
        return Strip(segments, self._width)
