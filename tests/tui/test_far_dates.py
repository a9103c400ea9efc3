"""Dates the clock cannot reach: shown as written, flagged as a problem, sorted last, never a crash.

``Created: 9999-12-31 23:59 UTC`` used to crash the dashboard and the wall at
start (an SLA due time past ``datetime.max``), ``0001-01-01 00:00 +14:00``
crashed the parser (its UTC value is before year 1), ``check`` called the
folder clean, and the crashed process exited 0.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest

from oncall_tui.core.config import SlaSettings
from oncall_tui.core.dates import MAX_YEAR, MIN_YEAR, as_datetime, sort_key
from oncall_tui.core.parse import parse_bytes
from oncall_tui.core.sla import breached_count, sla_clock
from oncall_tui.tui import view
from oncall_tui.tui.app import OncallApp
from oncall_tui.tui.screens.case import CaseScreen
from oncall_tui.tui.screens.wall import WallScreen
from tests.tui.casefiles import escalation, write
from tests.helpers.tui import FROZEN, frozen_now, screen_text, wait_for, wait_loaded
from tests.helpers.config_settings import app_settings

ROOT = Path(__file__).resolve().parents[2]

FAR = {
    "CE9001.md": ("9999-12-31 23:59 UTC", "9999-12-31T23:59:00+00:00"),
    "CE9002.md": ("0001-01-01 00:00 +14:00", "0001-01-01T00:00:00+14:00"),
    "CE9003.md": ("1899-12-31", "1899-12-31"),
    "CE9004.md": ("9001-01-01 00:00 -12:00", "9001-01-01T00:00:00-12:00"),
}
NEAR = "CE9000.md"


def _far_case_file(cid: str, created: str) -> str:
    """An escalation created at *created*, with a timeline stamp and a due date just as far."""
    text = escalation(cid, f"Customer of {cid}", created=created, item=f"Call them (due {created[:10]})")
    return text.replace("- 2026-11-21 10:30: Escalated to engineering",
                        f"- 2026-11-21 10:30: Escalated to engineering\n- {created}: Promised a call back")


@pytest.fixture
def far_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "cases"
    write(folder, NEAR, escalation("CE9000", "Near customer"))
    for rel, (created, _iso) in FAR.items():
        write(folder, rel, _far_case_file(rel.removesuffix(".md"), created))
    return folder


def test_far_dates_are_kept_flagged_and_not_used(far_folder: Path) -> None:
    now = FROZEN
    for rel, (_created, iso_text) in FAR.items():
        case = parse_bytes((far_folder / rel).read_bytes(), rel)
        assert case.opened_at == iso_text, "shown as the file writes it"
        far_problems = [p for p in case.problems if f"outside the years {MIN_YEAR}-{MAX_YEAR}" in p]
        assert far_problems and far_problems[0].startswith("line 7: date "), case.problems
        assert as_datetime(case.opened_at) is None and sort_key(case.opened_at)[0] == 1
        assert sla_clock(case, SlaSettings(), now) is None and view.age(case, now) is None
        assert all(not view.overdue(item, now.date()) for item in case.action_items)
        assert any(e.at.startswith(iso_text[:10]) for e in case.timeline)
    near = parse_bytes((far_folder / NEAR).read_bytes(), NEAR)
    assert not near.problems
    cases = [parse_bytes(p.read_bytes(), p.name) for p in sorted(far_folder.iterdir())]
    assert breached_count(cases, SlaSettings(), now) == 1  # the near case only
    for sort in view.SORTS:
        order = [c.path for c in view.visible(cases, open_only=False, query="", sort=sort, now=now)]
        if sort in ("priority", "age"):
            assert order[0] == NEAR, (sort, order)  # the far ones sort last
    far = [sort_key(m.event.at)[0] == 1 for m in view.merged_timeline(cases)]
    assert sum(far) >= len(FAR) and far == sorted(far)  # every far stamp after every reachable one


def test_a_far_file_time_is_no_time() -> None:
    from oncall_tui.core.dates import from_mtime_ns

    assert from_mtime_ns(0) is None
    assert from_mtime_ns(400 * 10**18, timezone.utc) is None  # year ~14600: past datetime's range
    assert from_mtime_ns(250 * 10**18, timezone.utc) is None  # year ~9900: past MAX_YEAR
    assert from_mtime_ns(-(2**62)) is None
    assert from_mtime_ns(1_700_000_000 * 10**9, timezone.utc) == datetime.fromtimestamp(1_700_000_000, timezone.utc)


async def test_the_dashboard_shows_far_dates_without_crashing(far_folder: Path) -> None:
    app = OncallApp(far_folder, now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        table = app.main.table
        assert table.row_count == 1 + len(FAR)
        for sort in ("age", "priority"):
            table.sort_mode = sort
            await wait_for(pilot, lambda: table.settled)
            assert table.shown_paths[0] == NEAR, (sort, table.shown_paths)
        for rel, (_created, iso_text) in FAR.items():
            assert table.select_path(rel)
            await wait_for(pilot, lambda: f"Customer of {rel[:-3]}" in screen_text(app))
            assert str(table.get_cell(rel, "age").plain).strip() == "—"
            await pilot.press("enter")
            await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen))
            await wait_for(pilot, lambda: iso_text in screen_text(app))
            await pilot.press("escape")
            await wait_for(pilot, lambda: not isinstance(app.screen, CaseScreen))
        assert app.is_running


async def test_the_wall_shows_far_dates_without_crashing(far_folder: Path) -> None:
    app = OncallApp(far_folder, app_settings(wall__cycle_seconds=3600), now=frozen_now, watch=False, wall=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        assert isinstance(app.screen, WallScreen)
        table = app.screen.table
        order = table.shown_paths
        assert set(order) == {NEAR, *FAR}
        for _ in order:  # every case in its turn on the wall
            await pilot.press("n")
            await pilot.pause(0.05)
        assert app.is_running
        assert "Customer of CE9001" in screen_text(app) or table.select_path("CE9001.md")


def _cli(args: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "oncall_tui", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


def test_check_and_export_report_far_dates(far_folder: Path) -> None:
    checked = _cli(["check", str(far_folder)])
    assert checked.returncode == 1, checked.stdout + checked.stderr
    for rel, (_created, iso_text) in FAR.items():
        assert f"{rel}: line 7: date {iso_text} is outside the years {MIN_YEAR}-{MAX_YEAR}" in checked.stdout
    assert checked.stdout.rstrip().endswith(f"{1 + len(FAR)} files, {len(FAR)} with problems")
    exported = _cli(["export", str(far_folder)])
    assert exported.returncode == 0 and "Traceback" not in exported.stderr
    by_path = {c["path"]: c for c in json.loads(exported.stdout)}
    for rel, (_created, iso_text) in FAR.items():
        assert by_path[rel]["opened_at"] == iso_text
        assert any("outside the years" in p for p in by_path[rel]["problems"])


# -- a crash of the TUI exits non-zero ------------------------------------------------------------------

CRASH = """
import sys
from oncall_tui.tui import view

def broken(*args, **kwargs):
    raise RuntimeError("provoked by the test")

view.human_age = broken  # called for every row's age: the first frame of cases crashes the app
from oncall_tui.cli import main
sys.exit(main([sys.argv[1]]))
"""


def _run_on_pty(code: str, folder: Path, timeout: float = 60) -> tuple[int, bytes]:
    import fcntl
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 45, 160, 0, 0))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TERM": "xterm-256color"}
    proc = subprocess.Popen([sys.executable, "-c", code, str(folder)], cwd=ROOT, stdin=slave, stdout=slave,
                            stderr=slave, env=env, start_new_session=True)
    os.close(slave)
    out = b""
    deadline = time.monotonic() + timeout
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                try:
                    out += os.read(master, 1 << 16)
                except OSError:
                    break
        code_ = proc.wait(timeout=max(1, deadline - time.monotonic()))
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
    return code_, out


def test_a_crash_of_the_tui_exits_non_zero(far_folder: Path) -> None:
    code, out = _run_on_pty(CRASH, far_folder)
    assert b"provoked by the test" in out  # it did crash, and said why
    assert code != 0


@pytest.mark.parametrize("at", [datetime(9999, 12, 31, 23, 59, tzinfo=timezone.utc), datetime(1, 1, 1, 0, 0)])
def test_a_timeline_entry_at_a_far_time_is_refused_not_a_crash(at: datetime, tmp_path: Path) -> None:
    from oncall_tui.core.edits import EditRefused, add_timeline_entry

    raw = escalation("CE9100", "Zoned", created="2026-11-20 09:00 +14:00").encode()
    case = parse_bytes(raw, "CE9100.md")
    with pytest.raises(EditRefused, match="outside the years"):
        add_timeline_entry(raw, case, at, "Far away")
