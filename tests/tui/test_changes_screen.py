"""The changes view redrawn for a new report before it has been drawn at all."""

from __future__ import annotations

from datetime import datetime, timezone

from textual.app import App

from oncall_tui.core.changes import Report
from oncall_tui.tui.screens.changes import ChangeList, ChangesScreen

NOW = datetime(2026, 12, 5, 3, 0, tzinfo=timezone.utc)


async def test_a_report_for_a_view_pushed_but_not_composed_is_the_one_it_draws() -> None:
    app = App()
    async with app.run_test() as pilot:
        screen = ChangesScreen(Report(since=None, basis="none", groups=[]), NOW)
        app.push_screen(screen)
        # the start report's worker can land here, between the push and the compose (seen under load)
        screen.show_report(Report(since=NOW, basis="mark", groups=[]), NOW)
        await pilot.pause()
        shown = str(screen.query_one(ChangeList).get_option_at_index(0).prompt)
        assert shown == "Nothing changed."  # the new report's basis, not "Nothing to compare with yet."
