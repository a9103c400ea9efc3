"""Issue 16 item 17: the ``waiting`` status (waiting on customer, pending, on hold) pauses the SLA clock."""

from __future__ import annotations

import difflib
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from oncall_tui.core.config import SlaSettings
from oncall_tui.core.edits import SetStatus, apply_edit, undo
from oncall_tui.core.export import export_json
from oncall_tui.core.model import Case, SourceInfo, TimelineEvent
from oncall_tui.core.parse import parse_bytes
from oncall_tui.core.sla import breached_count, sla_clock, status_entry, waiting_spans
from oncall_tui.core.storage import Storage
from oncall_tui.core.store import CaseStore

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)
TARGETS = SlaSettings()  # P2: resolution 1 day


def at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


def case(status: str, *entries: tuple[float, str], saved: datetime | None = None, priority: str = "P2") -> Case:
    """A P2 escalation opened at T0, answered (first response done), with timeline *entries* (hours after T0)."""
    timeline = [TimelineEvent(at=at(h).isoformat(), text=text, line=10 + n) for n, (h, text) in enumerate(entries)]
    source = SourceInfo(mtime_ns=int(saved.timestamp() * 1e9)) if saved else SourceInfo()
    return Case(id="CE1", kind="escalation", title="t", path="CE1.md", priority=priority, status=status,
                opened_at=T0.isoformat(), timeline=timeline, source=source)


@pytest.mark.parametrize("written", ["Waiting on customer", "Pending", "On hold", "Awaiting customer", "WAITING",
                                     "On Hold (change freeze until Monday)"])
def test_the_contracts_waiting_words_read_as_waiting_and_open(tmp_path: Path, written: str) -> None:
    (tmp_path / "CE1.md").write_text(f"# CE1 - Customer Escalation Summary\n\n**Customer:** Zephyr Air\n"
                                     f"**Priority:** P2\n**Status:** {written}\n", encoding="utf-8")
    store = CaseStore(tmp_path)
    store.load_all()
    found = store.get("CE1.md")
    assert found.status == "waiting" and found.is_open and found.status_basis == "field"
    assert '"status": "waiting"' in export_json(tmp_path, use_cache=False)


def test_status_entries_are_read_from_timeline_text() -> None:
    assert status_entry("Status: Waiting on customer (asked for the HAR files)") == "waiting"
    assert status_entry("Status changed to In Progress") == "in_progress"
    assert status_entry("**Status**: Open → Pending") == "waiting"
    assert status_entry("status -> on hold") == "waiting"
    for other in ("Status page updated", "Customer is waiting for a fix", "Statuspage incident opened", "Status"):
        assert status_entry(other) is None, other


def test_time_waiting_between_status_entries_does_not_count() -> None:
    # Waiting from 2h to 6h: the 1-day target is due 4 h later than it would be.
    answered = case("in_progress", (1, "Engineer on the call"), (2, "Status: Waiting on customer"),
                    (6, "Status: In Progress"))
    clock = sla_clock(answered, TARGETS, at(20))
    assert clock is not None and not clock.paused
    assert clock.due == at(28) and clock.remaining == timedelta(hours=8)
    # Past the unpaused due time, still not breached; breached only once the waited hours are used up too.
    assert not sla_clock(answered, TARGETS, at(27)).breached
    assert sla_clock(answered, TARGETS, at(28) + timedelta(minutes=1)).breached


def test_while_waiting_the_clock_stands_still_and_is_marked_paused() -> None:
    waiting = case("waiting", (1, "Engineer on the call"), (2, "Status: Waiting on customer"))
    first, later = sla_clock(waiting, TARGETS, at(3)), sla_clock(waiting, TARGETS, at(60))
    assert first.paused and later.paused
    assert first.remaining == later.remaining == timedelta(hours=22)  # 2 h used before the wait
    assert later.short == "⏸22h" and later.text == "22h left, paused"
    assert breached_count([waiting], TARGETS, at(60)) == 0  # two and a half days on: not breached


def test_a_case_breached_before_it_waited_stays_breached_by_as_much() -> None:
    late = case("waiting", (1, "Engineer on the call"), (30, "Status: Pending"))
    clock = sla_clock(late, TARGETS, at(100))
    assert clock.paused and clock.breached and clock.remaining == timedelta(hours=-6)
    assert clock.short == "⏸-6h"


def test_it_resumes_on_any_other_status_and_counts_again() -> None:
    resumed = case("monitoring", (1, "Engineer on the call"), (2, "Status: On hold"), (10, "Status: Monitoring"))
    assert sla_clock(resumed, TARGETS, at(11)).remaining == timedelta(hours=21)  # 24 - 2 - 1
    assert sla_clock(resumed, TARGETS, at(12)).remaining == timedelta(hours=20)


def test_a_status_line_that_says_waiting_with_no_entry_pauses_from_the_files_save_time() -> None:
    waiting = case("waiting", (1, "Engineer on the call"), saved=at(5))
    assert waiting_spans(waiting, at(9)) == [(at(5), at(9))]
    assert sla_clock(waiting, TARGETS, at(9)).remaining == sla_clock(waiting, TARGETS, at(40)).remaining == timedelta(hours=19)


def test_a_wait_ended_by_hand_without_an_entry_ends_at_the_next_entry_else_at_the_save_time() -> None:
    by_entry = case("in_progress", (2, "Status: Waiting on customer"), (7, "Customer sent the logs"), saved=at(9))
    assert waiting_spans(by_entry, at(10)) == [(at(2), at(7))]
    by_save = case("in_progress", (2, "Status: Waiting on customer"), saved=at(9))
    assert waiting_spans(by_save, at(10)) == [(at(2), at(9))]
    # A wait never counts beyond now, nor before the case opened.
    assert waiting_spans(case("waiting", (2, "Status: Pending")), at(1)) == []


def test_the_status_key_writes_the_line_and_a_timeline_entry_and_the_pause_reads_back(tmp_path: Path) -> None:
    text = ("CE2005 - Customer Escalation Summary\n=====================================\n\n"
            "Customer: Kestrel Foods\nPriority: High\nStatus: In Progress\nCreated: 2026-12-01 09:00 UTC\n\n"
            "Timeline:\n---------\n- 2026-12-01 10:00 UTC: Engineer joined the bridge\n\n"
            "Next Steps:\n-----------\n- [ ] Ask for the HAR files\n")
    (tmp_path / "CE2005.txt").write_text(text, encoding="utf-8")
    storage = Storage(tmp_path)
    first = apply_edit(storage, "CE2005.txt", SetStatus("waiting", at(2)))
    after_wait = (tmp_path / "CE2005.txt").read_text()
    changed = [line for line in difflib.ndiff(text.splitlines(), after_wait.splitlines()) if line[:1] in "+-"]
    assert changed == ["- Status: In Progress", "+ Status: Waiting", "+ - 2026-12-01 11:00 UTC: Status: Waiting"]
    apply_edit(storage, "CE2005.txt", SetStatus("in_progress", at(6)))
    done = parse_bytes((tmp_path / "CE2005.txt").read_bytes(), "CE2005.txt")
    assert done.status == "in_progress" and done.problems == []
    assert [e.text for e in done.timeline][-2:] == ["Status: Waiting", "Status: In Progress"]
    assert sla_clock(done, TARGETS, at(20)).due == at(28)  # the four hours waited are not counted
    # Undo takes back the line and the entry together.
    second = apply_edit(storage, "CE2005.txt", SetStatus("waiting", at(7)))
    undo(storage, second)
    assert "Status: In Progress" in (tmp_path / "CE2005.txt").read_text()
    assert first.message.endswith("noted in the timeline")


def test_other_status_changes_write_only_the_status_line(tmp_path: Path) -> None:
    text = "# CE1 - Customer Escalation Summary\n\n**Priority:** P2\n**Status:** Open\n**Created:** 2026-12-01\n"
    (tmp_path / "CE1.md").write_text(text, encoding="utf-8")
    apply_edit(Storage(tmp_path), "CE1.md", SetStatus("monitoring", at(2)))
    assert (tmp_path / "CE1.md").read_text() == text.replace("**Status:** Open", "**Status:** Monitoring")


def test_the_clock_of_a_real_file_waiting_since_its_save(tmp_path: Path) -> None:
    (tmp_path / "CE1.md").write_text("# CE1 - Customer Escalation Summary\n\n**Priority:** P2\n"
                                     "**Status:** Waiting on customer\n**Created:** 2026-12-01 09:00 UTC\n",
                                     encoding="utf-8")
    os.utime(tmp_path / "CE1.md", (at(3).timestamp(), at(3).timestamp()))
    store = CaseStore(tmp_path)
    store.load_all()
    clock = sla_clock(store.get("CE1.md"), TARGETS, at(50))
    assert clock.paused and clock.remaining == timedelta(hours=21)
