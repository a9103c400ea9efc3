"""Screens and panes ask the app with typed requests (tui/messages.py); the app handles them with ``@on``.

Each request is posted from a widget of the dashboard, as a pane would, and bubbles up to the app.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from oncall_tui.tui.app import OncallApp
from tests.helpers.config_settings import app_settings
from oncall_tui.tui.messages import CopyText, MarkSeen, OpenCase, OpenConflict, StatusStale
from oncall_tui.tui.screens.case import CaseScreen
from tests.core.handover_cases import write_folder
from tests.helpers.tui import frozen_now, screen_text, wait_for, wait_loaded

TIMEOUT = 30.0  # only catches a hang
ORCHARD = "CE7002-orchard.md"


def notes(app: OncallApp) -> list[str]:
    return [str(n.message) for n in app.toasts]


async def test_open_case_without_a_line_shows_the_case_view(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "cases")
    app = OncallApp(folder, app_settings(user__name="Dana"), now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        app.main.items.post_message(OpenCase(ORCHARD))
        await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen), TIMEOUT)
        assert app.screen.case.path == ORCHARD


async def test_open_case_at_a_line_selects_the_case_and_highlights_the_item(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "cases")
    app = OncallApp(folder, app_settings(user__name="Dana"), now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        case = app.store.get(ORCHARD)
        item = case.action_items[-1]
        assert len(case.action_items) > 1  # not the row a pane highlights first anyway
        app.main.table.post_message(OpenCase(ORCHARD, item.line))
        pane = app.main.items
        await wait_for(pilot, lambda: app.focused is pane and pane.highlighted is not None, TIMEOUT)
        assert app.main.table.selected_path == ORCHARD
        assert pane.highlighted_row().target.line == item.line


async def test_open_case_of_a_file_that_went_away_says_so(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "cases")
    app = OncallApp(folder, app_settings(user__name="Dana"), now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        app.main.table.post_message(OpenCase("CE0000-gone.md"))
        await wait_for(pilot, lambda: any("no longer in the folder" in n for n in notes(app)), TIMEOUT)
        assert app.screen is app.main


async def test_mark_seen_copy_text_and_open_conflict_requests(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "cases")
    app = OncallApp(folder, app_settings(user__name="Dana"), now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await wait_for(pilot, lambda: app.shift.last_report is not None, TIMEOUT)
        if app.screen is not app.main:
            app.pop_screen()  # the changes view a first start opens
            await pilot.pause()
        app.main.table.post_message(MarkSeen())
        await wait_for(pilot, lambda: any("Marked everything seen" in n for n in notes(app)), TIMEOUT)
        assert app.shift.seen.latest() is not None and app.shift.seen.latest().reason == "mark"
        app.main.table.post_message(CopyText("CE7002 and more", "the words"))
        await wait_for(pilot, lambda: app.clipboard == "CE7002 and more", TIMEOUT)
        assert any("Copied the words to the terminal clipboard" in n for n in notes(app))
        app.main.table.post_message(OpenConflict(ORCHARD))
        await wait_for(pilot, lambda: any("CE7002 has no git conflict" in n for n in notes(app)), TIMEOUT)


async def test_status_stale_redraws_the_status_bar(tmp_path: Path, monkeypatch) -> None:
    from oncall_tui.tui import app as app_module

    monkeypatch.setattr(app_module, "CLOCK_SECONDS", 3600.0)  # no clock tick redraws it meanwhile
    folder = write_folder(tmp_path / "cases")
    app = OncallApp(folder, app_settings(user__name="Dana"), now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        app.info.flash, app.info.flash_until = "hello-bar", time.monotonic() + 60  # not drawn yet
        await pilot.pause()
        assert "hello-bar" not in screen_text(app)
        app.main.table.post_message(StatusStale())
        await wait_for(pilot, lambda: "hello-bar" in screen_text(app), TIMEOUT)


async def test_a_stale_temp_file_from_a_crashed_write_is_removed_at_start(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "cases")
    stale = folder / ".CE7002-orchard.md.0123456789ab.oncall-tmp"  # as storage names its temp files
    stale.write_text("half a write", encoding="utf-8")
    lookalike = folder / "notes.0123456789ab.oncall-tmp"  # not one of ours: no leading dot
    lookalike.write_text("keep me", encoding="utf-8")
    long_ago = time.time() - 3600
    for path in (stale, lookalike):
        os.utime(path, (long_ago, long_ago))
    cases = sorted(p.name for p in folder.glob("*.md"))
    app = OncallApp(folder, app_settings(user__name="Dana"), now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await wait_for(pilot, lambda: not stale.exists(), TIMEOUT)
    assert lookalike.read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in folder.glob("*.md")) == cases


async def test_a_read_only_app_leaves_temp_files_alone(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "cases")
    stale = folder / ".CE7002-orchard.md.0123456789ab.oncall-tmp"
    stale.write_text("half a write", encoding="utf-8")
    long_ago = time.time() - 3600
    os.utime(stale, (long_ago, long_ago))
    app = OncallApp(folder, now=frozen_now, watch=False, read_only=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.pause(0.3)
    assert stale.exists()
