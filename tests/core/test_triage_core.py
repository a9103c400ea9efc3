"""Issue 16, core side: what counts as open, which file keeps an id, owners' name forms, new cases' times."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from oncall_tui.core.store import CaseStore

REAL = "# CE2005 - Customer Escalation Summary\n\n**Customer:** Kestrel Foods\n**Priority:** P2\n**Status:** Open\n"


def load(root: Path) -> CaseStore:
    store = CaseStore(root)
    store.load_all()
    return store


# --------------------------------------------------------------------------- item 10: problems, not open cases


@pytest.mark.parametrize(("name", "raw"), [
    ("empty.md", b""),
    ("blank.txt", b"  \n\n\t\n"),
    ("bom-only.md", b"\xef\xbb\xbf"),
    ("binary.md", bytes(range(256)) * 8),
    ("binary-after-a-heading.md", b"# CE3001 - Customer Escalation Summary\n" + bytes(range(32)) * 8),
], ids=["empty", "blank", "bom-only", "binary", "binary-after-a-heading"])
def test_empty_blank_bom_only_and_binary_files_are_problems_not_open(tmp_path: Path, name: str, raw: bytes) -> None:
    (tmp_path / name).write_bytes(raw)
    (tmp_path / "CE2005.md").write_text(REAL, encoding="utf-8")
    store = load(tmp_path)
    case = store.get(name)
    assert case.problems, "the file is listed with its problem"
    assert case.is_open is False
    assert [c.path for c in store.cases() if c.is_open] == ["CE2005.md"]


def test_a_case_with_a_stray_nul_byte_stays_an_open_case_with_a_problem(tmp_path: Path) -> None:
    (tmp_path / "CE2005.md").write_text(REAL + "Notes: pasted from a terminal \x00 by mistake.\n", encoding="utf-8")
    case = load(tmp_path).get("CE2005.md")
    assert case.is_open and case.id == "CE2005" and any("NUL" in p for p in case.problems)


def test_an_unreadable_file_is_not_open(tmp_path: Path, monkeypatch) -> None:
    import errno

    (tmp_path / "denied.md").write_text(REAL.replace("CE2005", "CE2006"), encoding="utf-8")
    real_open = os.open

    def refusing(path, flags, *args, **kwargs):
        if str(path).endswith("denied.md"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing)
    case = load(tmp_path).get("denied.md")
    assert case.problems == ["could not read: permission denied"] and case.is_open is False


# --------------------------------------------------------------------------- item 11: a stray copy keeps its hands off the id

ORIGINAL = "CE2005-kestrel-billing.txt"


def test_a_copy_dropped_in_later_gets_the_suffix_not_the_original(tmp_path: Path) -> None:
    (tmp_path / ORIGINAL).write_text(REAL, encoding="utf-8")
    store = load(tmp_path)
    copy = tmp_path / "CE2005-copy.txt"  # sorts before the original by path
    copy.write_bytes((tmp_path / ORIGINAL).read_bytes())
    change = store.refresh(["CE2005-copy.txt"])
    assert change.added == ("CE2005-copy.txt",) and change.updated == ()
    assert store.get(ORIGINAL).id == "CE2005" and store.get(ORIGINAL).problems == []
    assert store.get("CE2005-copy.txt").id == "CE2005-2"
    assert store.by_id("CE2005").path == ORIGINAL


def test_a_fresh_load_gives_the_id_to_the_oldest_file_then_by_path(tmp_path: Path) -> None:
    original = tmp_path / ORIGINAL
    original.write_text(REAL, encoding="utf-8")
    copy = tmp_path / "CE2005-copy.txt"
    copy.write_bytes(original.read_bytes())
    third = tmp_path / "CE2005-z.txt"
    third.write_bytes(original.read_bytes())
    os.utime(original, ns=(1_000_000_000, 1_000_000_000))
    os.utime(copy, ns=(3_000_000_000, 3_000_000_000))
    os.utime(third, ns=(2_000_000_000, 2_000_000_000))
    for _ in range(2):  # the same answer every time
        store = load(tmp_path)
        assert {c.path: c.id for c in store.cases()} == {
            ORIGINAL: "CE2005", "CE2005-z.txt": "CE2005-2", "CE2005-copy.txt": "CE2005-3"}
    os.utime(third, ns=(1_000_000_000, 1_000_000_000))  # same age as the original: path order
    store = load(tmp_path)
    assert store.get("CE2005-z.txt").id == "CE2005-2" and store.get(ORIGINAL).id == "CE2005"


def test_when_the_holder_is_deleted_the_oldest_remaining_file_takes_the_id(tmp_path: Path) -> None:
    original = tmp_path / ORIGINAL
    original.write_text(REAL, encoding="utf-8")
    store = load(tmp_path)
    for name, ns in (("CE2005-b.txt", 3_000_000_000), ("CE2005-c.txt", 2_000_000_000)):
        (tmp_path / name).write_bytes(original.read_bytes())
        os.utime(tmp_path / name, ns=(ns, ns))
    store.refresh(["CE2005-b.txt", "CE2005-c.txt"])
    assert store.get(ORIGINAL).id == "CE2005"
    original.unlink()
    store.refresh([ORIGINAL])
    assert store.get("CE2005-c.txt").id == "CE2005" and store.get("CE2005-b.txt").id == "CE2005-2"


# --------------------------------------------------------------------------- items 2, 3, 4: opened and resolved times


from datetime import datetime, timedelta, timezone  # noqa: E402

from oncall_tui.core import templates as T  # noqa: E402
from oncall_tui.core.edits import SetStatus, apply_edit, undo  # noqa: E402
from oncall_tui.core.parse import parse_bytes  # noqa: E402
from oncall_tui.core.sla import DEFAULT_TARGETS, sla_clock  # noqa: E402
from oncall_tui.core.storage import Storage  # noqa: E402

BERLIN_EVENING = datetime(2026, 12, 4, 19, 9, 30, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize("kind", T.KINDS)
def test_a_new_case_records_the_minute_it_was_opened_with_its_zone(tmp_path: Path, kind: str) -> None:
    result = T.new_case(Storage(tmp_path), kind, title="Kiosks offline", customer="Zephyr Air", priority="P1",
                        now=BERLIN_EVENING)
    case = parse_bytes((tmp_path / result.rel).read_bytes(), result.rel)
    opened = datetime.fromisoformat(case.opened_at)
    assert opened.utcoffset() is not None, case.opened_at  # a zone, not a bare date or a naive time
    assert opened == BERLIN_EVENING.replace(second=0) or opened == BERLIN_EVENING
    # A new P1 is not breached the moment it is made: its clock starts now, not at midnight.
    clock = sla_clock(case, DEFAULT_TARGETS, BERLIN_EVENING + timedelta(minutes=1))
    assert clock is not None and not clock.breached


def test_the_meeting_template_writes_the_priority_and_status_the_form_asked_for(tmp_path: Path) -> None:
    for priority in ("P1", "P4"):
        result = T.new_case(Storage(tmp_path), "meeting", title=f"Review {priority}", customer="Zephyr Air",
                            priority=priority, now=BERLIN_EVENING)
        case = parse_bytes((tmp_path / result.rel).read_bytes(), result.rel)
        assert (case.priority, case.status, case.is_open, case.problems) == (priority, "open", True, [])


RESOLVED_AT = datetime(2026, 12, 5, 9, 41, 0, tzinfo=timezone(timedelta(hours=1)))


def _resolve(root: Path, rel: str, at: datetime = RESOLVED_AT):
    storage = Storage(root)
    before = (root / rel).read_bytes()
    result = apply_edit(storage, rel, SetStatus("resolved", at))
    case = parse_bytes((root / rel).read_bytes(), rel)
    return storage, before, result, case


@pytest.mark.parametrize("kind", T.KINDS)
def test_resolving_records_the_resolution_time(tmp_path: Path, kind: str) -> None:
    made = T.new_case(Storage(tmp_path), kind, title="Kiosks offline", customer="Zephyr Air", priority="P2",
                      now=BERLIN_EVENING)
    storage, before, result, case = _resolve(tmp_path, made.rel)
    assert case.status == "resolved" and not case.is_open and case.problems == []
    assert datetime.fromisoformat(case.resolved_at) == RESOLVED_AT
    key = "End Time" if kind == "incident" else "Resolved"
    added = [line for line in (tmp_path / made.rel).read_text().splitlines() if f"{key}:" in line or f"{key}**:" in line]
    assert len(added) == 1, added
    # Only the status line and the new time line changed; undo puts every byte back.
    assert len((tmp_path / made.rel).read_bytes().splitlines()) == len(before.splitlines()) + 1
    undo(storage, result)
    assert (tmp_path / made.rel).read_bytes() == before


def test_resolving_a_seed_style_escalation_keeps_its_style_and_a_closed_case_keeps_its_time(tmp_path: Path) -> None:
    (tmp_path / "CE2005.txt").write_text(
        "CE2005 - Customer Escalation Summary\n=====================================\n\n"
        "Customer: Kestrel Foods\nPriority: High\nStatus: Monitoring\nCreated: 2026-11-16\n\n"
        "Issue Description:\n------------------\nMeters read twice.\n", encoding="utf-8")
    _, before, _, case = _resolve(tmp_path, "CE2005.txt")
    text = (tmp_path / "CE2005.txt").read_text()
    assert "Status: Resolved\nCreated: 2026-11-16\nResolved: 2026-12-05 09:41 +01:00\n" in text
    assert case.resolved_at == "2026-12-05T09:41:00+01:00"
    # resolved -> closed later: the resolution time stays what it was
    apply_edit(Storage(tmp_path), "CE2005.txt", SetStatus("closed", RESOLVED_AT + timedelta(days=2)))
    assert parse_bytes((tmp_path / "CE2005.txt").read_bytes(), "x").resolved_at == "2026-12-05T09:41:00+01:00"


def test_resolving_an_incident_with_utc_times_writes_its_end_time_in_utc(tmp_path: Path) -> None:
    made = T.new_case(Storage(tmp_path), "incident", title="Search down", priority="P1", now=BERLIN_EVENING)
    _resolve(tmp_path, made.rel)
    assert "**End Time**: 2026-12-05 08:41:00 UTC" in (tmp_path / made.rel).read_text()
