"""Forms at incident speed: time and due fields take -10m, +2h, mon, eod… and show what they resolved to;
every picker names its Enter and Esc keys."""

from __future__ import annotations

import difflib
from pathlib import Path

from oncall_tui.tui.app import OncallApp
from oncall_tui.tui.screens.pickers import ChoiceScreen, FormScreen, TimelineEntryScreen
from tests.tui.casefiles import escalation, write
from tests.helpers.tui import frozen_now, screen_text, wait_for, wait_loaded

TIMEOUT = 30.0  # only catches a hang


def added_lines(before: bytes, after: bytes) -> list[str]:
    diff = difflib.unified_diff(before.decode().splitlines(), after.decode().splitlines(), lineterm="", n=0)
    return [line[1:] for line in diff if line.startswith("+") and not line.startswith("+++")]


def one_case(tmp_path: Path) -> Path:
    write(tmp_path, "CE1001.md", escalation("CE1001", "Acme Rockets"))
    return tmp_path / "CE1001.md"


async def test_a_timeline_entry_at_minus_ten_minutes_shows_and_writes_that_time(tmp_path: Path) -> None:
    path = one_case(tmp_path)
    before = path.read_bytes()
    app = OncallApp(tmp_path, now=frozen_now, watch=True)  # frozen now: Tuesday 2026-11-24 12:00 UTC
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, TimelineEntryScreen), TIMEOUT)
        assert "= Tue 2026-11-24 12:00 UTC, now" in screen_text(app)
        await pilot.press("tab", "ctrl+u", *"-10m")
        await wait_for(pilot, lambda: "= Tue 2026-11-24 11:50 UTC, 10m ago" in screen_text(app), TIMEOUT)
        await pilot.press("ctrl+u", *"soonish")
        await wait_for(pilot, lambda: "= not a time yet" in screen_text(app), TIMEOUT)
        await pilot.press("enter")
        assert isinstance(app.screen, TimelineEntryScreen) and "Not a date and time: 'soonish'" in screen_text(app)
        await pilot.press("ctrl+u", *"-10m", "shift+tab", *"Paged the DBA", "enter")
        await wait_for(pilot, lambda: path.read_bytes() != before, TIMEOUT)
        added = added_lines(before, path.read_bytes())
        assert len(added) == 1 and added[0].startswith("- 2026-11-24 11:50") and "Paged the DBA" in added[0], added


async def test_an_action_item_due_mon_is_due_next_monday_and_the_form_says_so(tmp_path: Path) -> None:
    path = one_case(tmp_path)
    before = path.read_bytes()
    app = OncallApp(tmp_path, now=frozen_now, watch=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("A")
        await wait_for(pilot, lambda: isinstance(app.screen, FormScreen), TIMEOUT)
        assert "= no due date" in screen_text(app)
        await pilot.press(*"Roll back the config", "enter", *"Sam", "enter", *"eod")
        await wait_for(pilot, lambda: "= Tue 2026-11-24, today" in screen_text(app), TIMEOUT)
        await pilot.press("ctrl+u", *"mon")
        await wait_for(pilot, lambda: "= Mon 2026-11-30, in 6 days" in screen_text(app), TIMEOUT)
        await pilot.press("enter")
        await wait_for(pilot, lambda: path.read_bytes() != before, TIMEOUT)
        added = added_lines(before, path.read_bytes())
        assert len(added) == 1 and "Roll back the config" in added[0] and "2026-11-30" in added[0], added
        await wait_for(pilot, lambda: len(app.store.get("CE1001.md").action_items) == 3, TIMEOUT)
        assert app.store.get("CE1001.md").action_items[-1].due == "2026-11-30"


async def test_pickers_show_their_enter_and_esc_keys(tmp_path: Path) -> None:
    one_case(tmp_path)
    app = OncallApp(tmp_path, now=frozen_now, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot)
        for key in ("S", "P", "N"):  # status, priority, template
            await pilot.press(key)
            await wait_for(pilot, lambda: isinstance(app.screen, ChoiceScreen), TIMEOUT)
            text = screen_text(app)
            assert "Enter: choose" in text and "Esc: cancel" in text, key
            await pilot.press("escape")
            await wait_for(pilot, lambda: not isinstance(app.screen, ChoiceScreen), TIMEOUT)
        app.search_themes()  # the palette's theme picker
        await pilot.pause(0.3)
        text = screen_text(app)
        assert "Enter: use" in text and "Esc: cancel" in text, text
