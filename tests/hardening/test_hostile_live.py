"""Hostile files dropped into the folder of a running app (real watcher, real Pilot).

The app must keep answering keys while it reads them, show each with its
problem (or list it as skipped), keep the ordinary cases, and never let a
control or bidi character from a file reach the terminal.  The event loop's
stalls meanwhile are measured and printed, not asserted (they depend on how
busy the machine is): ``python -m tests.perf.bench_live`` sets them beside
the 500 ms target.
"""

from __future__ import annotations

import asyncio
import errno
import os
import time
from pathlib import Path

from oncall_tui.core.store import CaseStore
from oncall_tui.tui.app import OncallApp
from tests.hardening.helpers import disk_view, wait_until_equal_to_disk
from tests.hardening.hostile import assert_hostile_outcomes, good_cases, make_fs_cases, write_byte_cases
from tests.hardening.loop import LoopMonitor
from tests.helpers.tui import frozen_now, screen_text, wait_for, wait_loaded

TIMEOUT = 60.0
"""Only catches a hang: the app reads the hostile batch in well under a second on an idle machine."""


def _deny(monkeypatch, name: str) -> None:
    """Reads of *name* fail with EACCES (running as root, a chmod would not stop them)."""
    real_open = os.open

    def refusing_open(path, flags, *args, **kwargs):
        if str(path).endswith(name):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)


async def test_hostile_files_appear_with_problems_while_the_app_keeps_answering(tmp_path: Path, monkeypatch) -> None:
    root = tmp_path / "cases"
    good = good_cases(root)
    _deny(monkeypatch, "denied.md")
    app = OncallApp(root, now=frozen_now, watch=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.pause(0.3)  # the watcher settles in
        monitor = LoopMonitor().start()

        write_byte_cases(root)
        fs_cases = make_fs_cases(root, tmp_path / "outside")
        (root / "denied.md").write_text("# CE9060 - Customer Escalation Summary\n", encoding="utf-8")
        for i in range(10):  # files that exist for a moment between the event and the read
            flicker = root / f"flicker-{i}.md"
            flicker.write_text(f"# CE97{i:02d} - Customer Escalation Summary\n", encoding="utf-8")
            time.sleep(0.003 * i)
            flicker.unlink()

        # The app answers a key while the hostile batch is being read.
        table = app.main.table
        before = table.open_only
        await pilot.press("o")
        assert table.open_only is not before
        await pilot.press("o")

        expected = await asyncio.to_thread(disk_view, root)  # the folder no longer changes: read it once
        await wait_until_equal_to_disk(pilot, root, TIMEOUT, what="hostile files added", disk=expected)
        await monitor.stop()
        print("hostile live:", monitor.summary())

        assert_hostile_outcomes(app.store, fs_cases, good)
        assert app.store.get("denied.md").problems == ["could not read: permission denied"]
        assert not any(p.startswith("flicker-") for p in expected)
        assert all(app.store.get(rel) is not None for rel in good)
        # The status bar counts every file with a problem and every skip.
        await pilot.pause(1.1)
        problems = sum(1 for c in app.store.cases() if c.problems) + len(app.store.skipped)
        assert app.info.problems == problems

        # Nothing from a file reaches the terminal as a control or bidi character.
        for case_id in ("CE9018", "CE9019", "CE9021"):
            await pilot.press("slash", *case_id, "enter")
            await wait_for(pilot, lambda: table.row_count == 1)
            shown = screen_text(app)
            assert case_id in shown
            assert not any(ch in shown for ch in "\x1b\x07\x85\x9b\u202e\u2066\u2069\x00"), case_id
            await pilot.press("escape")
        await pilot.press("slash", *"CE9019", "enter", "enter")  # the case view of the bidi file
        await wait_for(pilot, lambda: getattr(app.screen, "loaded", False))
        view = screen_text(app)
        assert "\\u202e" in view and "\u202e" not in view
        await pilot.press("escape")
        await pilot.press("p")  # the problems list opens with every problem and skip
        await pilot.pause(0.3)
        assert "binary.md" in screen_text(app)
        await pilot.press("escape")
        await pilot.press("q")


async def test_hostile_files_present_at_start_do_not_delay_the_first_frame(tmp_path: Path) -> None:
    """Started on the hostile folder: the good cases and every hostile one show; the app stays usable."""
    root = tmp_path / "cases"
    root.mkdir()
    write_byte_cases(root)
    fs_cases = make_fs_cases(root, tmp_path / "outside")
    good = good_cases(root)
    app = OncallApp(root, now=frozen_now, watch=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await wait_until_equal_to_disk(pilot, root, TIMEOUT, what="hostile folder at start")
        assert_hostile_outcomes(app.store, fs_cases, good)
        await pilot.press("j", "j", "G", "g")
        assert app.main.table.selected_path == app.main.table.shown_paths[0]
        fresh = CaseStore(root)
        fresh.load_all()
        assert fresh.skipped == app.store.skipped
