"""SVG snapshots of the changes view and the handover editor on a copy of data/ (fixed mtimes, frozen clock).

The user's seen mark is a snapshot of the samples taken an hour before the frozen clock; then three files
change (a case resolved, one raised to P1 with a new action item, one with a new timeline entry), each with
a fixed modification time.  Regenerate with ``--snapshot-update`` after a deliberate change.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest

from oncall_tui.core.changes import SeenMarks, Snapshot
from oncall_tui.core.store import CaseStore
from oncall_tui.tui.app import OncallApp
from oncall_tui.tui.screens.changes import ChangesScreen
from oncall_tui.tui.screens.draft import DraftScreen
from tests.helpers.tui import FIXED_MTIME, FROZEN, copy_samples, frozen_now, wait_for, wait_loaded
from tests.helpers.config_settings import app_settings

SIZES = [(160, 45), (100, 30)]


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    os.utime(path, (FIXED_MTIME + 1800, FIXED_MTIME + 1800))  # half an hour before the frozen clock


@pytest.fixture
def folder(tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy_samples(data_dir, tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    store = CaseStore(Path("data"))
    store.load_all()
    SeenMarks(Path("data"), "Dana").save(Snapshot.of(store.cases(), FROZEN - timedelta(hours=1), "mark"))
    _edit(Path("data/CE2004-bluefin-matchmaking-502s.md"), "Status: Monitoring", "Status: Resolved")
    _edit(Path("data/CE2005-meridian-tracking-event-lag.txt"), "Priority: High", "Priority: Critical")
    return Path("data")


async def _changes(pilot) -> None:
    await wait_loaded(pilot)
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ChangesScreen))
    await pilot.pause(0.1)


async def _handover(pilot) -> None:
    await _changes(pilot)
    await pilot.press("escape")
    await pilot.press("H")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, DraftScreen))
    pilot.app.screen.area.cursor_blink = False
    await pilot.pause(0.1)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_changes_view(snap_compare, folder: Path, size: tuple[int, int]) -> None:
    app = OncallApp(folder, app_settings(user__name="Dana"), now=frozen_now, watch=False)
    assert snap_compare(app, terminal_size=size, run_before=_changes)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_handover_editor(snap_compare, folder: Path, size: tuple[int, int]) -> None:
    app = OncallApp(folder, app_settings(user__name="Dana"), now=frozen_now, watch=False)
    assert snap_compare(app, terminal_size=size, run_before=_handover)
