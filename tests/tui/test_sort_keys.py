"""The table's sort keys with the time to breach's fixed parts remembered (tui/sort_keys.py) are
:func:`view.sort_key`'s, at every moment, for every kind of case; and the remembering does spare the work."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from oncall_tui.core.config import SlaSettings
from oncall_tui.core.model import Case, SourceInfo, TimelineEvent
from oncall_tui.core.store import CaseStore
from oncall_tui.tui import view
from oncall_tui.tui.sort_keys import SortKeys
from tests.perf.generate import generate

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)
MODES = ("sla", "owner", "age", "priority", "changed", "customer", "id")


def case(path: str, status: str = "open", priority: str | None = "P2", opened: datetime | None = T0,
         events: tuple[tuple[float, str], ...] = (), **fields) -> Case:
    timeline = [TimelineEvent(at=(T0 + timedelta(hours=h)).isoformat(), text=text, line=10 + n)
                for n, (h, text) in enumerate(events)]
    return Case(id=path.split(".")[0], kind="escalation", title="t", path=path, priority=priority, status=status,
                opened_at=opened.isoformat() if opened else None, timeline=timeline,
                source=SourceInfo(mtime_ns=int((T0 + timedelta(hours=3)).timestamp() * 1e9)), **fields)


HANDMADE = [
    case("A.md"),  # open, not answered: first response due
    case("B.md", status="in_progress", events=((0.5, "Called the customer"),)),  # answered: resolution due
    case("C.md", status="waiting", events=((1, "Status: Waiting on customer"),)),  # paused
    case("D.md", status="in_progress", events=((1, "Status: Waiting on customer"), (30, "Status: In Progress"))),
    case("E.md", status="in_progress", events=((1, "status changed to pending"), (5000, "later"))),  # span ahead
    case("F.md", priority=None),  # no target
    case("G.md", opened=None),  # no clock
    case("H.md", status="resolved"),  # closed
    case("I.md", priority="P1", owner="Dana O."),
    case("J.md", priority="P4", owner="dana-o", customer="Zephyr Air"),
    case("K.md", opened=datetime(2026, 12, 1, 9, 0)),  # naive: read in the clock's zone
    case("L.md", status="in_progress", events=((1, "Status: Waiting on customer"), (2, "Status: In Progress"))),
]


def moments() -> list[datetime]:
    """Before the opening, around the due times to the second and across minute edges, and far ahead; in UTC
    and in three other zones, each moment a new tzinfo object as ``datetime.now().astimezone()`` gives."""
    rng = random.Random(4)
    base = [T0 - timedelta(hours=2), T0, T0 + timedelta(hours=1), T0 + timedelta(days=1), T0 + timedelta(days=40)]
    base += [T0 + timedelta(hours=h, seconds=s) for h in (1, 4, 8, 24) for s in (-61, -60, -59, -1, 0, 1, 59, 60)]
    base += [T0 + timedelta(seconds=rng.randrange(0, 20 * 86400)) for _ in range(30)]
    base.sort()  # the clock goes forward, as the app's does, so what is remembered is used many times over
    return [moment.astimezone(timezone(timedelta(minutes=offset))) for offset in (0, 330, -300, 60) for moment in base]


def owners(cases: list[Case]):
    return lambda: view.Owners.of(cases, "Dana O.", ())


@pytest.mark.parametrize("targets", [None, SlaSettings()])
def test_handmade_cases_key_as_view_sort_key_at_every_moment(targets) -> None:
    keys = SortKeys()
    who = owners(HANDMADE)
    for now in moments():
        for mode in MODES:
            for c in HANDMADE:
                if mode == "owner":
                    expected = (*view.owner_order(c, who()), *view.sort_key(c, "sla", now, targets))
                else:
                    expected = view.sort_key(c, mode, now, targets)
                assert keys.key(c, mode, now, targets, who) == expected, (c.path, mode, now)


def test_generated_cases_sort_the_same_at_every_moment(tmp_path: Path) -> None:
    generate(tmp_path, 300, seed=7)
    store = CaseStore(tmp_path)
    store.load_all(save_cache=False)
    cases = store.cases()
    assert len(cases) == 300
    keys, targets = SortKeys(), SlaSettings()
    for now in moments()[::3]:
        fast = sorted(cases, key=lambda c: keys.key(c, "sla", now, targets, lambda: None))
        slow = sorted(cases, key=lambda c: view.sort_key(c, "sla", now, targets))
        assert [c.path for c in fast] == [c.path for c in slow]


def test_a_changed_case_new_targets_or_another_zone_are_worked_out_again() -> None:
    keys = SortKeys()
    first = case("A.md", status="in_progress", events=((0.5, "Called"),))
    now = T0 + timedelta(hours=30)
    assert keys.sla(first, now, None) == view.sort_key(first, "sla", now, None)
    waiting = first.model_copy(update={"status": "waiting"})
    assert keys.sla(waiting, now, None) == view.sort_key(waiting, "sla", now, None)
    urgent = first.model_copy(update={"priority": "P1"})
    assert keys.sla(urgent, now, None) == view.sort_key(urgent, "sla", now, None) != keys.sla(first, now, None)
    tight = SlaSettings.model_validate({"P1": {"first_response": "5m", "resolution": "1h"}})
    assert keys.sla(urgent, now, tight) == view.sort_key(urgent, "sla", now, tight)
    naive = case("K.md", opened=datetime(2026, 12, 1, 9, 0))
    for minutes in (0, 330, 0, -300):
        zoned = now.astimezone(timezone(timedelta(minutes=minutes)))
        assert keys.sla(naive, zoned, None) == view.sort_key(naive, "sla", zoned, None)


def test_rekeying_at_a_later_minute_works_out_no_clock_again(monkeypatch) -> None:
    """The point of it: a case whose clock cannot pause costs a subtraction once its fixed parts are known."""
    calls = []
    real = view.sla_clock

    def counted(*args):
        calls.append(args[0].path)
        return real(*args)

    monkeypatch.setattr(view, "sla_clock", counted)
    keys = SortKeys()
    for c in HANDMADE:
        keys.sla(c, T0 + timedelta(hours=2), None)
    calls.clear()
    for c in HANDMADE:
        keys.sla(c, T0 + timedelta(hours=2, minutes=1), None)
    # in full: the waiting case, and those whose status entries or last save are still ahead of the clock
    assert sorted(set(calls)) == ["C.md", "D.md", "E.md", "L.md"]
    for c in HANDMADE:
        keys.sla(c, T0 + timedelta(hours=40), None)  # past D.md's last entry (30 h) and L.md's save (3 h)
    calls.clear()
    for c in HANDMADE:
        keys.sla(c, T0 + timedelta(hours=40, minutes=1), None)
    assert sorted(set(calls)) == ["C.md", "E.md"]


def test_forget_and_retain_drop_what_is_gone() -> None:
    keys = SortKeys()
    for c in HANDMADE:
        keys.sla(c, T0, None)
    keys.forget("A.md")
    keys.retain({"B.md", "C.md"})
    assert sorted(keys._memo) == ["B.md", "C.md"]
