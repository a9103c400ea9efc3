"""The table's sort keys; time to breach at the cost of a subtraction, what does not move with the clock
worked out once per case.

The table keys every shown row again once a minute when it is sorted by time
to breach (the keys move with the clock), 4,446 rows on the wall at 10,000
cases: ~18 % of the wall's idle CPU went to working out each case's SLA
clock afresh (its opening time parsed, its timeline searched for status
entries, whether anyone answered) for a key that only needs ``due - now``.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from datetime import datetime
from typing import TYPE_CHECKING

from oncall_tui.tui import view

if TYPE_CHECKING:
    from oncall_tui.core.config import SlaSettings
    from oncall_tui.core.model import Case


class SortKeys:
    """:func:`view.sort_key`'s tuples (``"owner"``: grouped by person first), with the fixed parts of the time to
    breach remembered per case.

    A case's due time moves with the clock while it waits (its clock is paused), and, when its timeline
    records a status, until the clock is past its last entry and save (a waiting span may end later); such a
    case is worked out in full then, as :func:`~oncall_tui.core.sla.sla_clock` does.  Otherwise the due time
    and the key's tail are fixed until the case changes (a new object), or the targets or the clock's zone do.
    """

    __slots__ = ("_memo",)

    def __init__(self) -> None:
        self._memo: dict[str, tuple] = {}

    def key(self, case: Case, sort: str, now: datetime, targets: SlaSettings | None,
            owners: Callable[[], view.Owners]) -> tuple:
        """The key of *case* under *sort* at *now*; *owners* gives who is who (asked for ``"owner"`` only)."""
        if sort == "owner":  # grouped by person (every spelling of a name), yours first
            return (*view.owner_order(case, owners()), *self.sla(case, now, targets))
        if sort == "sla":
            return self.sla(case, now, targets)
        return view.sort_key(case, sort, now, targets)

    def sla(self, case: Case, now: datetime, targets: SlaSettings | None) -> tuple:
        """``view.sort_key(case, "sla", now, targets)``."""
        memo = self._memo.get(case.path)
        if (memo is None or memo[0] is not case or memo[1] is not targets or memo[2] != now.tzinfo
                or (memo[4] is None and memo[5] is not None and now >= memo[5])):  # settled since
            memo = self._memo[case.path] = (case, targets, now.tzinfo, *self._fixed(case, now, targets))
        due, fixed = memo[3], memo[4]
        if fixed is None:
            return view.sort_key(case, "sla", now, targets)
        if due is None:
            return fixed
        return view.breach_key(False, (due - now).total_seconds(), fixed)

    def forget(self, path: str) -> None:
        self._memo.pop(path, None)

    def retain(self, paths: Container[str]) -> None:
        """Forget the cases no longer in *paths*."""
        for path in [p for p in self._memo if p not in paths]:
            del self._memo[path]

    @staticmethod
    def _fixed(case: Case, now: datetime, targets: SlaSettings | None) -> tuple:
        """``(due, fixed, settled)``: the due time (None without a clock) and the key's fixed part (its ties; the
        whole key without a clock), or ``fixed`` None while they are not fixed: the case waits (its clock is
        paused), or the clock is before *settled*.  A case whose timeline records a status has its waiting spans fixed once the
        clock is past its last entry and its last save (:func:`~oncall_tui.core.sla.waiting_spans`)."""
        if case.status == "waiting":
            return None, None, None
        settled = None
        if any("status" in event.text.casefold() for event in case.timeline):
            zone = now.tzinfo
            moments = [m for event in case.timeline if (m := view.moment(event.at, zone)) is not None]
            saved = view.changed_at(case, zone)
            settled = max([*moments, *([saved] if saved is not None else [])], default=None)
            if settled is not None and now < settled:
                return None, None, settled
        clock, ties = view.breach_parts(case, now, targets)
        if clock is None:
            return None, view.breach_key(None, 0.0, ties), settled
        return clock.due, ties, settled
