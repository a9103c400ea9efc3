"""What the dashboard does before its first frame (issue 14 item 5): the CSS styled once, in the wanted theme."""

from __future__ import annotations

from pathlib import Path

from textual.color import Color

from oncall_tui.tui.app import OncallApp
from tests.helpers.config_settings import app_settings
from tests.helpers.tui import frozen_now, wait_loaded
from tests.tui.casefiles import escalation, write


async def test_the_first_frame_is_styled_once_in_the_wanted_theme(tmp_path: Path) -> None:
    """The theme is set before the CSS is first parsed; set on mount, Textual parsed and applied all of it again."""
    write(tmp_path, "CE3000.md", escalation("CE3000", "Acme"))
    app = OncallApp(tmp_path, app_settings(theme="oncall-light"), now=frozen_now, watch=False)
    reparsed: list[str] = []
    reparse = app.stylesheet.reparse

    def counted() -> None:
        reparsed.append(app.theme)
        reparse()

    app.stylesheet.reparse = counted  # type: ignore[method-assign]
    at_first_frame: list[tuple[str, int, Color]] = []
    start_sync = app._start_sync

    def first_frame() -> None:  # the app calls it after the first refresh
        at_first_frame.append((app.theme, len(reparsed), app.screen.styles.background))
        start_sync()

    app._start_sync = first_frame  # type: ignore[method-assign]
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        light = app.screen.styles.background
        assert at_first_frame == [("oncall-light", 0, light)]
        assert light == Color.parse(app.get_theme("oncall-light").background)
        # A theme picked later restyles everything, as before.
        app.theme = "oncall-dark"
        await pilot.pause()
        await pilot.pause()
        assert reparsed == ["oncall-dark"]
        assert app.screen.styles.background == Color.parse(app.get_theme("oncall-dark").background) != light
