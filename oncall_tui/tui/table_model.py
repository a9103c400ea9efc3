"""The cases table's rows, without Textual: which cases are shown, in what order, where the cursor is.

The model keeps its own reference to every case (so the filter and the
open/all toggle need no store) and patches row by row: a changed case
updates its row, a new one is added, a gone one removed, and the order is
restored by sorting on precomputed keys.  The cursor stays on the same case
through all of it.  Big updates are queued (:meth:`TableModel.queue`) and
taken in chunks of :data:`CHUNK` (:meth:`TableModel.next_batch`), so the
widget can spread them over several event-loop turns.

What each patch did comes back as a :class:`Patch` for the widget
(:mod:`oncall_tui.tui.widgets.cases`) to draw: rows whose look changed,
whether the order or the row count moved, where the cursor goes.

Cells are made lazily, the first time a row is drawn or asked for (at
10,000 rows most never reach the screen), through a cell maker the widget
passes in (:func:`oncall_tui.tui.widgets.case_cells.row_look`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from typing import TYPE_CHECKING

from oncall_tui.core.config import SlaSettings
from oncall_tui.core.sla import DEFAULT_TARGETS
from oncall_tui.tui import view
from oncall_tui.tui.row_looks import FLASH_LIMIT, FLASH_SECONDS, CellMaker, Look, RowLooks  # noqa: F401 (re-exported)
from oncall_tui.tui.sort_keys import SortKeys

if TYPE_CHECKING:  # the case model (pydantic) is not needed before the first frame
    from oncall_tui.core.model import Case

CHUNK = 500
RESORT_SECONDS = 60.0
"""How often the time-to-breach order is worked out again for every row."""


def _owner_names(case: Case | None) -> tuple:
    return (case.owner, *(item.owner for item in case.action_items)) if case is not None else ()


@dataclass
class Patch:
    """What one patch did, for the widget to draw."""

    repaint: list[str] = field(default_factory=list)
    """Shown rows whose line reads differently now (only their lines are drawn again)."""
    redraw_all: bool = False
    """Rows went away or the order moved: every line on screen is drawn again."""
    resized: bool = False
    """Rows came or went: the scrollable size changed."""
    cursor: int | None = None
    """The row the cursor goes to (None: the table is empty)."""


class PatchQueue:
    """Rows waiting to be patched, taken :data:`CHUNK` at a time."""

    def __init__(self) -> None:
        self.pending: dict[str, None] = {}
        self._redraw: set[str] = set()
        self._in_batch = False

    def add(self, paths: Iterable[str], *, redraw: bool) -> None:
        paths = list(paths)
        if redraw:
            self._redraw.update(paths)
        self.pending.update(dict.fromkeys(paths))

    def redraw(self, path: str) -> bool:
        """Whether *path* was queued to be drawn again (asked once, as it is patched)."""
        if path in self._redraw:
            self._redraw.discard(path)
            return True
        return False

    def take(self, rows: list[str], order: Callable[[str], tuple]) -> tuple[list[str], bool]:
        """The next chunk, and whether it is the last.  A big batch goes rows on show (*rows*) first, in display
        order, so the top of the table is patched first; into an empty table (the first load) rows go in
        *order*, so it fills from the top; else rows newly shown are appended below and the batch's last chunk
        sorts them into place."""
        if len(self.pending) > CHUNK and not self._in_batch:
            pending = self.pending
            shown = [p for p in rows if p in pending]
            seen = set(shown)
            rest = [p for p in pending if p not in seen]
            if not shown:
                rest.sort(key=order)
            self.pending = dict.fromkeys(shown + rest)
            self._in_batch = True
        batch = list(islice(self.pending, CHUNK))
        for path in batch:
            del self.pending[path]
        last = not self.pending
        if last:
            self._in_batch = False
        return batch, last


class TableModel:
    """Rows of cases: filter, sort, open-only, pinned priority, cursor; the rows' looks in :attr:`looks`."""

    def __init__(self, now: Callable[[], datetime], make: CellMaker, *, targets: SlaSettings = DEFAULT_TARGETS,
                 user_name: str | None = None, user_aliases: tuple[str, ...] = (),
                 pin_priority: str | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self._now = now
        self.targets = targets
        self.user_name = user_name
        self.user_aliases = user_aliases
        self.pin_priority = pin_priority
        """On the wall, P1: while the rows do not all fit, they lead the order (and the widget pins them)."""
        self.looks = RowLooks(now, make, clock)
        self.open_only = True
        self.sort_mode = "sla"
        self.filter_text = ""
        self.rows: list[str] = []  # row keys (paths) in display order
        self.cursor = 0
        self._index: dict[str, int] | None = None
        self._all: dict[str, Case] = {}
        self._keys = SortKeys()  # remembers the time-to-breach keys' fixed parts, per case
        self._visible: set[str] = set()
        """Rows shown now.  Looks and sort keys are kept for hidden rows too, so the filter can show them again
        without building them anew (dropped when the clock ticks)."""
        self._order: dict[str, tuple] = {}
        self._keyed: dict[str, Case] = {}  # the case each sort key in _order was made from
        self._queue = PatchQueue()
        self._resort_needed = False
        self._follow_top = True
        """The cursor stays on the top row while the first load fills the table (rows arrive in batches and
        sort in above it), until the user moves it or the whole index is shown."""
        self._index_coming = False
        self._keyed_at = 0.0  # when the time-to-breach order was last worked out for every row
        self._lost: str | None = None  # the selected case while a change hides it (see patch)
        self._owners: view.Owners | None = None
        self._pin = False
        self.lines = 0
        """Row lines on screen (0: not laid out yet); the pinned priority leads only when the rows do not fit."""

    # -- reading ------------------------------------------------------------------------------

    @property
    def selected(self) -> str | None:
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    @property
    def total(self) -> int:
        return len(self._all)

    def case(self, path: str) -> Case | None:
        return self._all.get(path)

    def known(self) -> dict[str, Case]:
        """Every case the model knows, shown or not, by path (a copy)."""
        return dict(self._all)

    def index_of(self, path: str) -> int:
        """The display index of *path* (KeyError if it is not shown)."""
        if self._index is None:
            self._index = {key: i for i, key in enumerate(self.rows)}
        return self._index[path]

    def look(self, path: str) -> tuple[int, Look] | None:
        """The look of a shown row with its serial (see :class:`RowLooks`); None if the row is not shown."""
        return self.looks.get(self._all[path]) if path in self._visible else None

    def owners(self) -> view.Owners:
        """Owners of every case the model knows, with the user's name and aliases."""
        if self._owners is None:
            self._owners = view.Owners.of(self._all.values(), self.user_name, self.user_aliases)
        return self._owners

    def is_mine(self, owner: str) -> bool:
        if not self.user_name:  # no name set: no folder-wide owner map needed
            return False
        owners = self.owners()
        return owners.me is not None and owners.key(owner) == owners.me

    @property
    def pinned(self) -> int:
        """How many leading rows are pinned: at most all lines but one, none when all rows fit."""
        lines = max(1, self.lines)
        if not self._pin or len(self.rows) <= lines:
            return 0
        pinned = 0
        for path in self.rows:  # asked for every line drawn: stops at the most that can be pinned
            case = self._all.get(path)
            if pinned == lines - 1 or case is None or case.priority != self.pin_priority:
                break
            pinned += 1
        return pinned

    @property
    def settled(self) -> bool:
        """No rows waiting to be patched."""
        return not self._queue.pending

    # -- changing the cases ---------------------------------------------------------------------------

    def set_cases(self, cases: Iterable[Case]) -> list[str]:
        """Show exactly *cases*; returns the paths to patch."""
        new = {case.path: case for case in cases}
        gone = self._all.keys() - new.keys()
        changed = [p for p, c in new.items() if self._all.get(p) is not c]
        self._all = new
        self._keys.retain(new)
        self._owners = None
        return [*gone, *changed]

    def update(self, get: Callable[[str], Case | None], paths: list[str]) -> None:
        """Re-read *paths* through *get* (None: gone)."""
        for path in paths:
            case = get(path)
            if self._owners is not None and _owner_names(self._all.get(path)) != _owner_names(case):
                self._owners = None  # a name came or went: who is who may have changed
            if case is None:
                self._all.pop(path, None)
                self._keys.forget(path)
            else:
                self._all[path] = case

    def hold_cursor(self) -> None:
        """Someone moved the cursor: it stays on its case from now on, even while the first load fills the table."""
        self._follow_top = False
        self._lost = None  # and a case hidden for a moment no longer calls it back

    def index_coming(self) -> None:
        """The next :meth:`set_cases` is the whole index: once it is patched, the cursor follows its case."""
        self._index_coming = True

    # -- patching -------------------------------------------------------------------------------------

    def queue(self, paths: Iterable[str], *, redraw: bool = True) -> None:
        """Rows to patch (*redraw* False: only shown or hidden, a row shown for the same case keeps its cells)."""
        self._queue.add(paths, redraw=redraw)

    def next_batch(self) -> tuple[list[str], bool]:
        """The next :data:`CHUNK` rows to patch, and whether they are the last of the queue."""
        now = self._now()
        return self._queue.take(self.rows, lambda p: (p in self._all, self._order.get(p) or self._key_of(p, now)))

    def patch(self, paths: list[str], *, final: bool = True) -> Patch:
        """Patch the rows of *paths*; resort (on the batch's last chunk) if the order moved; keep the cursor."""
        now = self._now()
        keep = self.selected
        keep_index = self.cursor if self.rows else 0
        resort = False
        out = Patch()
        removed: set[str] = set()
        for path in paths:
            case = self._all.get(path)
            shown = path in self._visible
            redraw = self._queue.redraw(path)
            if case is None or not self._wanted(case):
                if shown and case is not None and path == keep:
                    # Still in the folder but not shown for now (a file half written by a naive save reads
                    # as empty, not open): the cursor goes back to it if it returns before someone moves it.
                    self._lost = path
                if shown:
                    self._visible.discard(path)
                    removed.add(path)
                if case is None:
                    self._forget(path)
                continue
            if not redraw and self.looks.same_case(case):
                # The same case, drawn before (maybe hidden by the filter since): only membership changes.
                if not shown:
                    self._show(path)
                    resort = True
                    if path not in self._order:
                        self._order[path] = self._sort_key(case, now)
                        self._keyed[path] = case
                continue
            if self.looks.remake(case, now, shown):
                out.repaint.append(path)
            # else never drawn: its cells are made when it is (at 10,000 rows most never are on screen).
            if not shown:
                self._show(path)
                resort = True
            if self._keyed.get(path) is not case:  # else the same key: time moves every row's key at once (resort_all)
                order = self._sort_key(case, now)
                self._keyed[path] = case
                if self._order.get(path) != order:
                    self._order[path] = order
                    resort = True
        if removed:
            self.rows = [key for key in self.rows if key not in removed]
            self._index = None
            out.redraw_all = True
        if resort or self._index is None:
            out.resized = True
            if self._pin_changed():
                self._rekey(now)
                resort = True
        self._resort_needed = self._resort_needed or resort
        if final and self._resort_needed:
            self._resort_needed = False
            out.redraw_all = self._resort() or out.redraw_all
        if self._follow_top:
            keep, keep_index = None, 0
            if self._index_coming and final and self.settled:
                self._follow_top = False
        out.cursor = self._cursor_for(keep, keep_index)
        return out

    def resort_all(self) -> tuple[bool, int | None]:
        """A new sort (or the time-to-breach order a minute on): new keys for every shown row, one sort; whether
        the order moved, and the cursor's row (kept on its case)."""
        now = self._now()
        keep, keep_index = self.selected, self.cursor
        self._keyed_at = now.timestamp()
        self._rekey(now)
        moved = self._resort(only_if_moved=True)
        return moved, self._cursor_for(keep, keep_index)

    def set_lines(self, lines: int) -> bool:
        """The table shows *lines* row lines; True if the pinned rows start or stop leading (:meth:`resort_all`)."""
        self.lines = lines
        return self._pin_changed()

    def tick(self) -> tuple[bool, list[str]]:
        """Every second: whether the time-to-breach order is due again (then :meth:`resort_all`), and the shown
        rows whose age, SLA or last-change cell reads differently by now (to patch); a hidden row whose cells
        went stale forgets them."""
        now = self._now().timestamp()
        resort = self.sort_mode == "sla" and now - self._keyed_at >= RESORT_SECONDS and bool(self.rows)
        due = self.looks.due(now)
        for path in due:
            if path not in self._visible:
                self._forget(path)
        return resort, [path for path in due if path in self._visible]

    # -- internals -------------------------------------------------------------------------------------

    def _wanted(self, case: Case) -> bool:
        return (case.is_open or not self.open_only) and view.matches(case, self.filter_text)

    def _sort_key(self, case: Case, now: datetime) -> tuple:
        key = self._keys.key(case, self.sort_mode, now, self.targets, self.owners)
        if self.pin_priority is not None:
            return (self._pin and case.priority != self.pin_priority, *key)
        return key

    def _key_of(self, path: str, now: datetime) -> tuple:
        case = self._all.get(path)
        return self._sort_key(case, now) if case is not None else ()

    def _rekey(self, now: datetime) -> None:
        """New keys for every shown row; a hidden row gets its key when it is shown again."""
        for path in list(self._order):
            if path in self._visible:
                self._order[path] = self._sort_key(self._all[path], now)
                self._keyed[path] = self._all[path]
            else:
                del self._order[path]
                self._keyed.pop(path, None)

    def _resort(self, *, only_if_moved: bool = False) -> bool:
        """Sort the shown rows by their keys; True if the lines must be drawn again (with *only_if_moved*, only
        when the order changed)."""
        if len(self.rows) <= 1:
            return False
        before = list(self.rows) if only_if_moved else None
        self.rows.sort(key=self._order.__getitem__)
        if before is not None and before == self.rows:
            return False
        self._index = None
        return True

    def _pin_changed(self) -> bool:
        if self.pin_priority is None:
            return False
        pin = self.lines > 0 and len(self.rows) > max(1, self.lines)
        if pin == self._pin:
            return False
        self._pin = pin
        return True

    def _show(self, path: str) -> None:
        self._visible.add(path)
        self.rows.append(path)
        self._index = None

    def _forget(self, path: str) -> None:
        self.looks.forget(path)
        self._order.pop(path, None)
        self._keyed.pop(path, None)

    def _cursor_for(self, keep: str | None, keep_index: int) -> int | None:
        if not self.rows:
            return None
        if self._lost is not None and self._lost in self._visible:
            index = self.index_of(self._lost)
            self._lost = None
        elif keep is not None and keep in self._visible:
            index = self.index_of(keep)
        else:
            index = min(keep_index, len(self.rows) - 1)
        return index
