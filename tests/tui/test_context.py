"""Views learn about their app through one typed value, never by reaching into it."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.widgets import Static

from oncall_tui.tui.app import OncallApp
from oncall_tui.tui.context import DEFAULT_CONTEXT, context_of
from tests.helpers.config_settings import app_settings


async def test_a_widget_in_the_app_reads_the_apps_context(tmp_path: Path) -> None:
    app = OncallApp(tmp_path, app_settings(user__name="ana", user__aliases=("a.k",)), read_only=True, watch=False)
    async with app.run_test() as pilot:
        await pilot.pause()
        seen = context_of(app.screen)
        assert seen is app.view_context
        assert (seen.read_only, seen.user_name, seen.user_aliases, seen.wall) == (True, "ana", ("a.k",), False)
        assert seen.now is app.now


async def test_a_widget_in_another_app_gets_the_defaults() -> None:
    class Bare(App):
        def compose(self):
            yield Static("x")

    app = Bare()
    async with app.run_test():
        assert context_of(app.query_one(Static)) is DEFAULT_CONTEXT
        assert DEFAULT_CONTEXT.read_only is False and DEFAULT_CONTEXT.user_name is None
