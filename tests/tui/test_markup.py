"""A hostile case file: markup and terminal escapes in every field are shown, never obeyed."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Markdown

from oncall_tui.tui.app import OncallApp
from oncall_tui.tui.screens.case import CaseScreen
from oncall_tui.tui.screens.main import MainScreen
from tests.tui.casefiles import escalation, write
from tests.helpers.tui import frozen_now, screen_segments, screen_text, wait_for, wait_loaded

EVIL = "[bold]B[/] [@click=app.quit]Q[/] list[i] \x1b]0;pwned\x07 \x1b[31mR\x00Z"
RAW = ("\x1b", "\x07", "\x00", "\x9b")
VISIBLE = ("[bold]B[/]", "[@click=app.quit]Q[/]", "list[i]", "\\x1b]0;pwned\\x07", "\\x1b[31mR")


def hostile(folder: Path) -> None:
    write(
        folder,
        "evil.md",
        escalation(
            "CE6666",
            "Evil [@click=app.quit]Corp[/] \x1b[31m\x00",
            priority="Critical",
            title="CE6666 - " + EVIL,
            event="Boom " + EVIL,
            item="Do " + EVIL,
        ),
    )
    write(folder, "CE1001.md", escalation("CE1001", "Plain Customer", priority="Low"))


def assert_no_raw_escapes(app: OncallApp) -> None:
    """No character a terminal acts on reaches the output from the file (Textual's own controls aside)."""
    for segment in screen_segments(app):
        if segment.control:
            continue
        assert not any(ch in segment.text for ch in RAW), repr(segment.text)
    svg = app.export_screenshot()
    assert not any(ch in svg for ch in RAW)


def find(text: str, needle: str) -> tuple[int, int]:
    for y, line in enumerate(text.splitlines()):
        x = line.find(needle)
        if x >= 0:
            return x, y
    raise AssertionError(f"{needle!r} not on screen")


async def test_hostile_text_is_literal_and_inert(tmp_path: Path) -> None:
    hostile(tmp_path)
    app = OncallApp(tmp_path, now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        app.main.table.sort_mode = "priority"  # the hostile case on the first row (the default sort is time to breach)
        app.main.table.select_path("evil.md")
        await pilot.pause()
        assert app.main.table.shown_paths[0] == "evil.md"  # P1 first
        text = screen_text(app)
        for needle in VISIBLE:  # timeline and action items
            assert needle in text, needle
        assert "Evil [@click=app.quit]Corp[/]" in text  # the sentiment pane's customer list
        assert "Evil [@click…" in text.split("\n")[2]  # the table's customer cell (cut at its width)
        assert "CE6666" in text
        assert_no_raw_escapes(app)

        # Clicking the would-be links does nothing but move focus (twice: the second click opens the row).
        x, y = find(screen_text(app), "[@click=app.quit]Q")
        await pilot.click(offset=(x + 3, y))
        await pilot.pause()
        assert app.is_running and app.return_code is None
        x, y = find(screen_text(app), "Evil [@click=app.quit]Corp")  # the customer list
        for _ in range(2):
            await pilot.click(offset=(x + 8, y))
            await pilot.pause()
            assert app.is_running and app.return_code is None
        # …and the second click filtered the table by that customer, as shown.
        table = app.main.table
        assert "\\x1b[31m" in table.filter_text and table.shown_paths == ["evil.md"]

        # A toast that names the case is literal too.
        (tmp_path / "evil.md").write_text((tmp_path / "evil.md").read_text() + "\nmore\n")
        app.sync.request(["evil.md"])
        await wait_for(pilot, lambda: any("CE6666" in line for line in app.main.news.lines))
        await pilot.pause(0.2)
        toast = next(line for line in app.main.news.lines if "CE6666" in line)
        assert "[@click=app.quit]" in toast and "\x1b" not in toast
        assert "Evil [@click=app.quit]Corp" in "".join(line for line in screen_text(app).splitlines() if "CE6666" in line)
        assert_no_raw_escapes(app)

        # The palette shows hits literally.
        await pilot.press("ctrl+p")
        for ch in "6666":
            await pilot.press(ch)
        await wait_for(pilot, lambda: "[bold]B[/]" in screen_text(app))
        assert_no_raw_escapes(app)
        for _ in range(3):  # the palette's Esc first clears the query, then closes
            if isinstance(app.screen, MainScreen):
                break
            await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)

        # The case view: the document and the facts, with NUL and ESC made visible.
        await pilot.press("1", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen) and app.screen.loaded)
        source = app.screen.query_one(Markdown).source
        assert "␀" in source and "\\x1b]0;pwned\\x07" in source
        assert not any(ch in source for ch in RAW)
        await pilot.pause(0.2)
        text = screen_text(app)
        assert "[@click=app.quit]Q[/]" in text and "\\x1b[31mR" in text
        assert_no_raw_escapes(app)
        x, y = find(text, "[@click=app.quit]")
        await pilot.click(offset=(x + 3, y))
        await pilot.pause()
        assert app.is_running and app.return_code is None
