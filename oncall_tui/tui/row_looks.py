"""The looks of the cases table's rows, without Textual: cells made when first drawn, flashes, unseen marks.

A row's look is its cells, its signature (what it shows) and when its
time-dependent cells (age, SLA, last change) next read differently; the
cells come from a cell maker the widget passes in
(:func:`oncall_tui.tui.widgets.case_cells.row_look`).  Each distinct look
gets a serial, so a drawn line can be cached on (row, serial) and a row that
reads differently is simply drawn under a new key.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import datetime
from itertools import count
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # the case model (pydantic) is not needed before the first frame
    from rich.text import Text

    from oncall_tui.core.model import Case

FLASH_SECONDS = 1.5
FLASH_LIMIT = 20
"""More rows than this changed at once (a git checkout, a storm): no flash, the toast counts them."""
_serials = count(1)


class Look(Protocol):
    """A row's cells (see ``case_cells.RowLook``)."""

    @property
    def cells(self) -> list[Text]: ...
    @property
    def sig(self) -> tuple: ...
    @property
    def due(self) -> float: ...


CellMaker = Callable[["Case", datetime, bool, bool], Look]
"""``make(case, now, flashing, unseen)``: the row's look."""


class RowLooks:
    """The looks of rows (their cells, made the first time they are asked for), their flashes and unseen marks,
    and when their time-dependent cells next read differently."""

    def __init__(self, now: Callable[[], datetime], make: CellMaker, clock: Callable[[], float]) -> None:
        self._now = now
        self._make = make
        self.clock = clock
        """Flashes are an animation: they run on the monotonic clock, not the (injectable) wall clock."""
        self.flashes: dict[str, float] = {}
        """Rows flashing, with when (on :attr:`clock`) their flash ends."""
        self.unseen: set[str] = set()
        """Cases changed since the user's seen mark, marked (•) until their case is opened (tui/shift.py)."""
        self._looks: dict[str, tuple[int, Look]] = {}  # per path: a serial for each distinct look, and the look
        self._due: dict[str, float] = {}
        self._next_due = float("inf")
        """No row's cells change before this (a lower bound of ``_due``): an idle tick compares one number."""

    def get(self, case: Case) -> tuple[int, Look]:
        """The look of *case*'s row with its serial (a new serial whenever it reads differently)."""
        got = self._looks.get(case.path)
        if got is None:
            got = self._looks[case.path] = (next(_serials), self._made(case, self._now()))
        return got

    def same_case(self, case: Case) -> bool:
        """The row has a look made from this very case."""
        got = self._looks.get(case.path)
        return got is not None and got[1].sig[0] == id(case)

    def remake(self, case: Case, now: datetime, shown: bool) -> bool:
        """Make the look of a row drawn before again (not made yet: left for when it is drawn); True when a shown
        row reads differently (its line is drawn again)."""
        got = self._looks.get(case.path)
        if got is None:
            return False
        look = self._made(case, now)
        if shown and look.sig != got[1].sig:
            from oncall_tui.tui.widgets.case_cells import same_look

            if all(same_look(cell, before) for cell, before in zip(look.cells, got[1].cells)):
                self._looks[case.path] = (got[0], look)
                return False
            self._looks[case.path] = (next(_serials), look)
            return True
        self._looks[case.path] = (got[0] if shown else next(_serials), look)
        return False

    def drawn(self) -> set[str]:
        """The rows whose cells have been made (drawn or asked for) and are kept."""
        return set(self._looks)

    def due_at(self, path: str) -> float | None:
        """When (a wall-clock timestamp) the row's time-dependent cells next read differently."""
        return self._due.get(path)

    def due(self, now: float) -> list[str]:
        """The rows whose time-dependent cells read differently by *now* (a timestamp)."""
        if now < self._next_due:
            return []
        due = [path for path, at in self._due.items() if at <= now]
        self._next_due = min((at for at in self._due.values() if at > now), default=float("inf"))
        return due

    def flash(self, paths: list[str], known: Collection[str], quiet: Collection[str] = ()) -> bool:
        """Flash the rows of *paths* still *known* (not a bulk change, not *quiet*); True if any flash runs."""
        if len(paths) <= FLASH_LIMIT:
            until = self.clock() + FLASH_SECONDS
            for path in paths:
                if path in known and path not in quiet:
                    self.flashes[path] = until
        return bool(self.flashes)

    def end_flashes(self) -> tuple[list[str], float | None]:
        """The rows whose flash is over (to patch), and in how many seconds the next one ends."""
        now = self.clock()
        done = [p for p, until in self.flashes.items() if until <= now]
        for path in done:
            del self.flashes[path]
        return done, (min(self.flashes.values()) - now if self.flashes else None)

    def mark_unseen(self, paths: Collection[str]) -> list[str]:
        new = [p for p in paths if p not in self.unseen]
        self.unseen.update(new)
        return new

    def mark_seen(self, paths: Collection[str]) -> list[str]:
        gone = [p for p in paths if p in self.unseen]
        self.unseen.difference_update(gone)
        return gone

    def forget(self, path: str) -> None:
        self._due.pop(path, None)
        self._looks.pop(path, None)

    def _made(self, case: Case, now: datetime) -> Look:
        flashing = self.flashes.get(case.path, 0) > self.clock()
        look = self._make(case, now, flashing, case.path in self.unseen)
        self._due[case.path] = look.due
        if look.due < self._next_due:
            self._next_due = look.due
        return look
