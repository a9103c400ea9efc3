"""Which cases alert: a new P1, an SLA breach; once per case per event; never for cases there at start."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from oncall_tui.core.alerts import BREACH, NEW_P1, AlertWatch, terminal_safe
from oncall_tui.core.config import SlaSettings
from oncall_tui.core.model import Case

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)


def case(path: str, priority: str | None, opened: datetime, *, status: str = "in_progress",
         title: str = "Something broke") -> Case:
    return Case(id=path.removesuffix(".md"), kind="escalation", title=title, path=path, customer="Acme",
                priority=priority, status=status, is_open=status not in ("resolved", "closed"),
                opened_at=opened.isoformat())


class Folder:
    def __init__(self, *cases: Case) -> None:
        self.cases = {c.path: c for c in cases}

    def put(self, c: Case) -> list[str]:
        self.cases[c.path] = c
        return [c.path]

    def get(self, path: str) -> Case | None:
        return self.cases.get(path)


def test_cases_present_at_start_never_alert() -> None:
    folder = Folder(case("old-p1.md", "P1", NOW - timedelta(days=14)),  # a P1, breached two weeks ago
                    case("p2.md", "P2", NOW - timedelta(hours=1)))
    watch = AlertWatch(SlaSettings())
    watch.start(folder.cases.values(), NOW)
    assert watch.changed(folder.put(case("old-p1.md", "P1", NOW - timedelta(days=14), title="edited")),
                         folder.get, NOW) == []
    assert watch.tick(NOW + timedelta(hours=1)) == []


def test_a_new_p1_alerts_once_and_its_breach_once_later() -> None:
    folder = Folder()
    watch = AlertWatch(SlaSettings())
    watch.start([], NOW)
    alerts = watch.changed(folder.put(case("new.md", "P1", NOW - timedelta(minutes=10))), folder.get, NOW)
    assert [(a.event, a.path) for a in alerts] == [(NEW_P1, "new.md")]
    assert alerts[0].headline == "New P1: new" and alerts[0].body == "Acme · Something broke"
    assert watch.changed(folder.put(case("new.md", "P1", NOW - timedelta(minutes=10), title="more")),
                         folder.get, NOW) == []
    # P1 resolution target 4 h from opening (status in progress: answered): runs out at 15:50.
    assert watch.tick(NOW + timedelta(hours=3, minutes=49)) == []
    breached = watch.tick(NOW + timedelta(hours=3, minutes=51))
    assert [(a.event, a.path) for a in breached] == [(BREACH, "new.md")]
    assert breached[0].headline == "SLA breached: new (P1)"
    assert watch.tick(NOW + timedelta(hours=5)) == []
    assert watch.changed(folder.put(case("new.md", "P1", NOW - timedelta(minutes=10), title="again")),
                         folder.get, NOW + timedelta(hours=5)) == []


def test_raised_to_p1_alerts_and_a_change_that_breaches_alerts_at_once() -> None:
    folder = Folder(case("c.md", "P3", NOW - timedelta(hours=6)))
    watch = AlertWatch(SlaSettings())
    watch.start(folder.cases.values(), NOW)
    alerts = watch.changed(folder.put(case("c.md", "P1", NOW - timedelta(hours=6))), folder.get, NOW)
    assert sorted(a.event for a in alerts) == [BREACH, NEW_P1]  # 6 h old: past the P1's 4 h at once


def test_only_the_events_asked_for_and_a_removed_case_is_forgotten() -> None:
    folder = Folder()
    watch = AlertWatch(SlaSettings(), events=["breach"])
    watch.start([], NOW)
    assert watch.changed(folder.put(case("p1.md", "P1", NOW - timedelta(minutes=1))), folder.get, NOW) == []
    del folder.cases["p1.md"]
    assert watch.changed(["p1.md"], folder.get, NOW) == []
    assert watch.tick(NOW + timedelta(days=1)) == []  # gone: its clock no longer runs


def test_closed_cases_never_alert() -> None:
    folder = Folder()
    watch = AlertWatch(SlaSettings())
    watch.start([], NOW)
    assert watch.changed(folder.put(case("done.md", "P1", NOW - timedelta(days=2), status="resolved")),
                         folder.get, NOW) == []


def test_terminal_safe_drops_every_control_and_format_character() -> None:
    hostile = "CE1\x1b]0;owned\x07\x1b[2J\x9b31m\x00\u202eevil\u2028x\ty\r\nz" + "a" * 300
    safe = terminal_safe(hostile)
    assert not any(ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F for ch in safe)
    assert "\u202e" not in safe and "\u2028" not in safe
    assert safe.startswith("CE1]0;owned[2J31mevil x y z") and len(safe) == 200 and safe.endswith("…")


def test_a_clock_at_its_due_time_is_not_yet_breached_and_the_tick_stays_cheap() -> None:
    folder = Folder()
    watch = AlertWatch(SlaSettings())
    watch.start([], NOW)
    watch.changed(folder.put(case("p2.md", "P2", NOW - timedelta(days=1))), folder.get, NOW)  # due exactly now
    assert watch.tick(NOW) == [] and watch._next == NOW  # noted, not re-examined at every tick
    assert [a.event for a in watch.tick(NOW + timedelta(seconds=1))] == [BREACH]


def test_a_file_arriving_already_breached_gives_no_breach_alert() -> None:
    folder = Folder()
    watch = AlertWatch(SlaSettings())
    watch.start([], NOW)
    alerts = watch.changed(folder.put(case("old-p4.md", "P4", NOW - timedelta(days=14))), folder.get, NOW)
    assert alerts == []  # a git pull of an old case is not news
    alerts = watch.changed(folder.put(case("old-p1.md", "P1", NOW - timedelta(days=14))), folder.get, NOW)
    assert [a.event for a in alerts] == [NEW_P1]  # a new P1 still is
    assert watch.tick(NOW + timedelta(days=1)) == []
