"""The help key stays in the key bar at every width (it fell off at 100 columns), on every screen."""

from __future__ import annotations

from pathlib import Path

import pytest

from oncall_tui.tui.app import OncallApp
from oncall_tui.tui.screens.help import HelpScreen
from oncall_tui.tui.widgets.keybar import KeyBar
from tests.helpers.tui import copy_samples, frozen_now, wait_for, wait_loaded
from tests.helpers.config_settings import app_settings

WIDTHS = (80, 100, 120, 160)


@pytest.mark.parametrize("wall", [False, True], ids=["dashboard", "wall"])
async def test_help_is_in_the_key_bar_at_every_width_and_runs_when_clicked(
        tmp_path: Path, data_dir: Path, wall: bool) -> None:
    folder = copy_samples(data_dir, tmp_path / "data")
    app = OncallApp(folder, app_settings(wall__cycle_seconds=3600), now=frozen_now, watch=False, wall=wall)
    async with app.run_test(size=(160, 30)) as pilot:
        await wait_loaded(pilot)
        for width in WIDTHS:
            await pilot.resize_terminal(width, 30)
            await pilot.pause(0.1)
            line = app.screen.query_one(KeyBar).render().plain
            assert len(line) == width, (width, line)
            assert "? Help" in line and line.rstrip().endswith("^p palette"), (width, line)
        await pilot.resize_terminal(100, 30)
        await pilot.pause(0.1)
        line = app.screen.query_one(KeyBar).render().plain
        await pilot.click(KeyBar, offset=(line.index("? Help"), 0))
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen), 10)


async def test_help_is_in_the_key_bar_of_the_case_view_at_80_columns(tmp_path: Path, data_dir: Path) -> None:
    folder = copy_samples(data_dir, tmp_path / "data")
    app = OncallApp(folder, now=frozen_now, watch=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("enter")
        await wait_for(pilot, lambda: getattr(app.screen, "loaded", False), 30)
        line = app.screen.query_one(KeyBar).render().plain
        assert "? Help" in line, line
