"""SVG snapshots of the dashboard and the case view on a copy of data/ (fixed mtimes, frozen clock).

Regenerate with ``pytest tests/tui/test_snapshots.py --snapshot-update`` after a
deliberate change to the layout, and look at the report before committing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from oncall_tui.tui.app import OncallApp
from tests.helpers.tui import copy_samples, frozen_now, wait_for, wait_loaded
from tests.helpers.config_settings import app_settings

SIZES = [(160, 45), (100, 30), (80, 24)]


@pytest.fixture
def folder(tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of data/ opened as the relative path ``data``, so the status bar is the same on every machine."""
    copy_samples(data_dir, tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    return Path("data")


async def _loaded(pilot) -> None:
    await wait_loaded(pilot)
    await pilot.pause(0.1)


async def _case_view(pilot) -> None:
    await wait_loaded(pilot)
    await pilot.press("enter")
    await wait_for(pilot, lambda: getattr(pilot.app.screen, "loaded", False))
    await pilot.pause(0.2)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_main_screen(snap_compare, folder: Path, size: tuple[int, int]) -> None:
    app = OncallApp(folder, now=frozen_now, watch=False)
    assert snap_compare(app, terminal_size=size, run_before=_loaded)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_case_view(snap_compare, folder: Path, size: tuple[int, int]) -> None:
    app = OncallApp(folder, now=frozen_now, watch=False)
    assert snap_compare(app, terminal_size=size, run_before=_case_view)


THEMES = ["oncall-light", "oncall-high-contrast", "oncall-colorblind"]  # oncall-dark: the snapshots above


@pytest.mark.parametrize("theme", THEMES)
def test_main_screen_in_each_bundled_theme(snap_compare, folder: Path, theme: str) -> None:
    app = OncallApp(folder, app_settings(theme=theme), now=frozen_now, watch=False)
    assert snap_compare(app, terminal_size=(160, 45), run_before=_loaded)


def test_main_screen_read_only(snap_compare, folder: Path) -> None:
    """The READ-ONLY badge in the status bar, no edit keys in the footer."""
    app = OncallApp(folder, now=frozen_now, watch=False, read_only=True)
    assert snap_compare(app, terminal_size=(100, 30), run_before=_loaded)


async def _wall_second_case(pilot) -> None:
    """The wall after one step of its cycle: the second open case's timeline and items."""
    await wait_loaded(pilot)
    await pilot.press("n")
    screen = pilot.app.screen
    await wait_for(pilot, lambda: screen.table.cursor_row == 1 and screen.panes.shown_path == screen.table.selected_path)
    await pilot.pause(0.1)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_wall_screen(snap_compare, folder: Path, size: tuple[int, int]) -> None:
    """Big figures (open by priority, SLA breached, clock, freshness), the open escalations, timeline and items."""
    app = OncallApp(folder, app_settings(wall__cycle_seconds=3600), now=frozen_now, watch=False, wall=True)
    assert snap_compare(app, terminal_size=size, run_before=_wall_second_case)


async def _overdue_items(pilot) -> None:
    """The items pane's overdue view across the open cases (3 then o)."""
    await wait_loaded(pilot)
    await pilot.press("3", "o")
    items = pilot.app.main.items  # drawn once its rows are the overdue view (a fixed pause missed it under load)
    await wait_for(pilot, lambda: items.mode == "overdue" and "overdue" in str(items.border_title) and bool(items.row_texts))
    await pilot.pause(0.1)


@pytest.mark.parametrize("size", [(160, 45), (100, 30), (80, 24)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_main_screen_overdue_items(snap_compare, folder: Path, size: tuple[int, int]) -> None:
    """The owner column (yours bold: [user] name = Dana) and the overdue items of every open case."""
    app = OncallApp(folder, app_settings(user__name="Dana"), now=frozen_now, watch=False)
    assert snap_compare(app, terminal_size=size, run_before=_overdue_items)
async def _timeline_dialog(pilot) -> None:
    """The `n` dialog with a quick time typed: the field shows what it resolved to."""
    await wait_loaded(pilot)
    await pilot.press("n", "tab", "ctrl+u", *"-10m")
    await pilot.pause(0.2)


def test_timeline_entry_dialog_80x24(snap_compare, folder: Path) -> None:
    app = OncallApp(folder, now=frozen_now, watch=False)
    assert snap_compare(app, terminal_size=(80, 24), run_before=_timeline_dialog)
