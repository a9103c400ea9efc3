"""Seen marks, snapshots and "what changed since I last looked" (core/changes.py), without Textual."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from oncall_tui.core import changes as ch
from oncall_tui.core.changes import SeenMarks, Snapshot, diff, parse_since, render, report_for
from oncall_tui.core.store import CaseStore
from tests.core.handover_cases import FOLDER, escalation, write_folder

MARKED = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)


def load(folder: Path) -> CaseStore:
    store = CaseStore(folder)
    store.load_all()
    return store


def test_marks_live_in_the_users_state_folder_keyed_by_the_folders_real_path(tmp_path):
    folder = write_folder(tmp_path / "cases")
    before = sorted(p.name for p in folder.rglob("*"))
    link = tmp_path / "link"
    link.symlink_to(folder)
    marks = SeenMarks(link, "Dana")
    saved = marks.save(Snapshot.of(load(folder).cases(), MARKED, "mark"))
    state = Path(os.environ["XDG_STATE_HOME"]) / "oncall-tui" / "seen"
    key = hashlib.sha256(os.fsencode(os.path.realpath(folder))).hexdigest()[:32]
    assert saved.parent.parent == state / key
    assert sorted(p.name for p in folder.rglob("*")) == before  # nothing written into the case folder
    again = SeenMarks(folder, "Dana").latest()
    assert again is not None and again.taken_at == MARKED and again.reason == "mark"
    assert set(again.cases) == set(FOLDER)
    assert SeenMarks(folder, "Someone Else").latest() is None  # per user
    assert SeenMarks(tmp_path, "Dana").latest() is None  # per folder


def test_latest_picks_by_reason_and_time_and_old_snapshots_are_pruned(tmp_path):
    folder = write_folder(tmp_path / "cases")
    cases = load(folder).cases()
    marks = SeenMarks(folder, "Dana")
    marks.save(Snapshot.of(cases, MARKED - timedelta(days=30), "mark"))
    for hours in range(ch.KEEP + 2):
        marks.save(Snapshot.of(cases, MARKED + timedelta(hours=hours), "close"))
    names = sorted(os.listdir(marks.dir))
    assert len(names) == ch.KEEP + 1  # the newest KEEP, and the one mark
    assert marks.latest(reason="mark").taken_at == MARKED - timedelta(days=30)
    assert marks.latest().taken_at == MARKED + timedelta(hours=ch.KEEP + 1)
    assert marks.latest(before=MARKED + timedelta(hours=5, minutes=30)).taken_at == MARKED + timedelta(hours=5)
    (marks.dir / names[-1]).write_bytes(b"{torn")
    assert marks.latest().taken_at == MARKED + timedelta(hours=ch.KEEP)  # a torn file is skipped


def kinds(report: ch.Report) -> set[tuple[str, str]]:
    return {(group.case_id, change.kind) for group in report.groups for change in group.changes}


def test_every_kind_of_change_is_found_from_two_snapshots(tmp_path):
    folder = write_folder(tmp_path / "cases")
    store = load(folder)
    old = Snapshot.of(store.cases(), MARKED, "mark")
    assert len(diff(old, store.cases(), NOW).groups) == 1  # only CE7002's item that went overdue at midnight
    # Another program edits the files while nobody looks.
    files = {
        "CE7001-lumen.md": escalation(
            "CE7001", "Lumen Rail", priority="P1", status="Resolved",
            events=("2026-11-20 09:00 UTC: Customer reported failed card payments",
                    "2026-11-24 08:15 UTC: Fix deployed to all regions"),
            items=("[x] Send the incident summary (due 2026-11-30)", "[x] Roll back the config")),
        "CE7002-orchard.md": escalation(
            "CE7002", "Orchard Bank", priority="P1", status="Open", owner="Ines Varga",
            created="2026-11-22T10:00:00+00:00",
            events=("2026-11-22 10:00 UTC: Ticket opened by Orchard Bank",
                    "2026-11-22 12:30 UTC: Waiting on customer for the failing request ids"),
            items=("[ ] Collect request ids from Orchard Bank (due 2026-11-23)", "[ ] Check the fraud rules (due 2026-12-10)",
                   "[ ] Call Orchard's CTO (due 2026-11-25)"),
            sentiment="Angry and threatening to leave"),
        "CE7003-quill.md": escalation("CE7003", "Quill Press", priority="P3", status="Open",
                                      items=("[ ] Send the incident summary (due 2026-11-30)", "[ ] Roll back the config")),
        "CE7004-new.md": escalation("CE7004", "Vesper Air", priority="P2", created="2026-11-24T07:00:00+00:00"),
    }
    write_folder(folder, files)
    (folder / "CE7001-lumen.md").write_text(files["CE7001-lumen.md"].replace("Priority: P1", "Priority: Urgentish"))
    store.rescan()
    report = diff(old, store.cases(), NOW)
    assert kinds(report) == {
        ("CE7001", "closed"), ("CE7001", "status"), ("CE7001", "priority"), ("CE7001", "event"),
        ("CE7001", "item done"), ("CE7001", "problem"),
        ("CE7002", "priority"), ("CE7002", "owner"), ("CE7002", "item added"), ("CE7002", "overdue"),
        ("CE7002", "sentiment"),
        ("CE7003", "reopened"), ("CE7003", "status"), ("CE7003", "item reopened"),
        ("CE7004", "new case"),
    }
    texts = {(g.case_id, c.kind): c.text for g in report.groups for c in g.changes}
    assert texts[("CE7001", "status")] == "Status: In progress → Resolved"
    assert texts[("CE7002", "owner")] == "Owner: Tariq Bell → Ines Varga"
    assert texts[("CE7001", "event")] == "Fix deployed to all regions"
    assert texts[("CE7002", "item added")] == "Call Orchard's CTO (due 2026-11-25)"
    assert texts[("CE7002", "overdue")] == "Collect request ids from Orchard Bank (due 2026-11-23)"
    assert "unknown priority" in texts[("CE7001", "problem")]
    assert texts[("CE7002", "sentiment")].startswith("sentiment: +0.38 (Calm) → -")
    # Each line can open its case at its place: an event or item carries its line in the file.
    lines = {(g.case_id, c.kind): c.line for g in report.groups for c in g.changes}
    event_line = next(e.line for e in store.get("CE7001-lumen.md").timeline if e.text.startswith("Fix deployed"))
    assert lines[("CE7001", "event")] == event_line
    # Newest first: within a case and between cases.
    for group in report.groups:
        times = [c.at for c in group.changes if c.at is not None]
        assert times == sorted(times, reverse=True)
    newest = [g.newest for g in report.groups]
    assert newest == sorted(newest, reverse=True)
    # A removed file is a change too (one added since the snapshot and removed again is none).
    os.unlink(folder / "CE7003-quill.md")
    os.unlink(folder / "CE7004-new.md")
    store.rescan()
    after = kinds(diff(old, store.cases(), NOW))
    assert ("CE7003", "removed") in after and not any(case_id == "CE7004" for case_id, _ in after)


def test_with_no_snapshot_that_old_the_files_own_times_are_used(tmp_path):
    folder = write_folder(tmp_path / "cases")
    cases = load(folder).cases()
    report = diff(None, cases, NOW, since=datetime(2026, 11, 22, 11, 0, tzinfo=timezone.utc))
    assert report.basis == "time"
    assert kinds(report) == {("CE7002", "event"), ("CE7002", "overdue")}
    assert "not known" in render(report, NOW).splitlines()[0]
    assert diff(None, cases, NOW).basis == "none"
    assert "No seen mark yet" in render(diff(None, cases, NOW), NOW)


def test_report_for_uses_the_last_look_the_last_mark_or_a_time(tmp_path):
    folder = write_folder(tmp_path / "cases")
    cases = load(folder).cases()
    marks = SeenMarks(folder, "Dana")
    marks.save(Snapshot.of([], MARKED - timedelta(days=3), "mark"))  # a mark when the folder was empty
    marks.save(Snapshot.of(cases, MARKED, "close"))
    assert report_for(cases, marks, NOW).since == MARKED
    by_mark = report_for(cases, marks, NOW, mark_only=True)
    assert by_mark.basis == "mark" and {g.case_id for g in by_mark.groups} == {"CE7001", "CE7002", "CE7003"}
    assert report_for(cases, marks, NOW, since=timedelta(hours=24)).since == MARKED  # the newest before 12:00 on the 23rd
    assert report_for(cases, marks, NOW, since=timedelta(hours=30)).since == MARKED - timedelta(days=3)
    assert report_for(cases, marks, NOW, since=timedelta(days=5)).basis == "time"  # older than every snapshot


def test_parse_since():
    assert parse_since("8h") == timedelta(hours=8)
    assert parse_since("1d12h") == timedelta(hours=36)
    assert parse_since("30m") == timedelta(minutes=30)
    for bad in ("", "8", "8x", "0h", "h8"):
        with pytest.raises(ValueError):
            parse_since(bad)


def test_render_shows_file_text_only_as_escaped_text(tmp_path):
    folder = write_folder(tmp_path / "cases")
    store = load(folder)
    old = Snapshot.of(store.cases(), MARKED, "mark")
    (folder / "CE7005-x.md").write_text(escalation("CE7005", "Evil\x1b]52;c;aGk=\x07Corp"))
    store.rescan()
    text = render(diff(old, store.cases(), NOW), NOW)
    assert "\x1b" not in text and "\x07" not in text and "\\x1b" in text


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "oncall_tui", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=60, env={**os.environ, "ONCALL_TUI_USER_NAME": "Dana"})


def test_headless_changes_prints_the_same_report_as_core(tmp_path, repo_root):
    folder = write_folder(tmp_path / "cases")
    store = load(folder)
    SeenMarks(folder, "Dana").save(Snapshot.of(store.cases(), MARKED, "mark"))
    (folder / "CE7003-quill.md").write_text(escalation("CE7003", "Quill Press", priority="P3", status="Open"))
    store.rescan()
    done = _run("changes", str(folder), "--no-cache", cwd=repo_root)
    now = datetime.now().astimezone()
    assert done.returncode == 0, done.stderr
    expected = render(report_for(store.cases(), SeenMarks(folder, "Dana"), now), now)
    assert done.stdout == expected
    assert "reopened" in done.stdout and "CE7003" in done.stdout
    since = _run("changes", str(folder), "--since", "3h", "--no-cache", cwd=repo_root)
    now = datetime.now().astimezone()
    assert since.returncode == 0
    assert since.stdout == render(report_for(store.cases(), SeenMarks(folder, "Dana"), now,
                                             since=timedelta(hours=3)), now)
    bad = _run("changes", str(folder), "--since", "soon", cwd=repo_root)
    assert bad.returncode == 2 and "not a duration" in bad.stderr
    assert sorted(p.name for p in folder.iterdir()) == sorted(FOLDER)  # headless reads only


def _mask_clock(text: str) -> str:
    """The parts of a handover that move with the clock between two runs a moment apart."""
    text = re.sub(r"\d+[dhm](\d+[dhm])?( over| left)|<1m( over| left)", "SPAN", text)
    return re.sub(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d(\+\d\d:\d\d)?", "STAMP", text)


def test_headless_handover_prints_the_same_draft_as_core_and_exits_0(tmp_path, repo_root):
    from oncall_tui.core.config import SlaSettings
    from oncall_tui.core.handover import handover_markdown

    folder = write_folder(tmp_path / "cases")
    store = load(folder)
    done = _run("handover", str(folder), "--no-cache", cwd=repo_root)
    now = datetime.now().astimezone()
    assert done.returncode == 0, done.stderr
    report = report_for(store.cases(), SeenMarks(folder, "Dana"), now)
    expected = handover_markdown(store.cases(), report, now, sla=SlaSettings(), user="Dana")
    assert _mask_clock(done.stdout) == _mask_clock(expected)
    assert done.stdout.startswith("# Shift handover — ") and "(Dana)" in done.stdout.splitlines()[0]


def test_closing_a_case_sums_up_the_items_it_marks_done_in_one_line(tmp_path):
    items = tuple(f"[ ] Step {n} of the plan" for n in range(1, 6))
    folder = write_folder(tmp_path / "cases", {"CE7010.md": escalation("CE7010", "Fern Labs", items=items)})
    store = load(folder)
    old = Snapshot.of(store.cases(), MARKED, "mark")
    done_items = tuple(i.replace("[ ]", "[x]") for i in items)
    (folder / "CE7010.md").write_text(escalation("CE7010", "Fern Labs", status="Resolved", items=done_items))
    store.rescan()
    assert all(i.status == "done" for i in store.get("CE7010.md").action_items)
    done = [c for g in diff(old, store.cases(), NOW).groups for c in g.changes if c.kind == "item done"]
    assert [c.text for c in done] == ["5 items done with the case: Step 1 of the plan, …"]
