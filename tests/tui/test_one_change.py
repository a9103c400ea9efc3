"""Each store change is computed once: the changed case read once, the screens share the store's snapshot,
and the requests of the dashboard reach the app as typed messages (issue 15, items 1 and 7)."""

from __future__ import annotations

from pathlib import Path

from oncall_tui.tui.app import OncallApp
from oncall_tui.tui.messages import EditRequested, OpenCase
from oncall_tui.tui.screens.cases_screen import CasesScreen
from oncall_tui.tui.screens.main import MainScreen
from oncall_tui.tui.screens.wall import WallScreen
from tests.tui.casefiles import escalation, write
from tests.helpers.tui import frozen_now, wait_for, wait_loaded


async def test_a_changed_case_is_read_once_and_the_screen_shares_the_store_snapshot(tmp_path: Path) -> None:
    write(tmp_path, "CE1001.md", escalation("CE1001", "Acme"))
    write(tmp_path, "CE1002.md", escalation("CE1002", "Bolt"))
    app = OncallApp(tmp_path, now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        store = app.store
        reads: list[str] = []
        real_get = store.get

        def counting_get(rel: str):
            reads.append(rel)
            return real_get(rel)

        store.get = counting_get  # type: ignore[method-assign]
        write(tmp_path, "CE1002.md", escalation("CE1002", "Bolt Renamed"))
        app.sync.request(["CE1002.md"])
        table = app.main.table
        await wait_for(pilot, lambda: table.get_cell("CE1002.md", "customer").plain == "Bolt Renamed")
        await pilot.pause()
        assert reads.count("CE1002.md") == 1, reads
        assert app.main.all_cases() is store.snapshot()  # no copy of the index re-sorted by the screen


async def test_the_dashboard_posts_typed_requests_to_the_app(tmp_path: Path) -> None:
    write(tmp_path, "CE1001.md", escalation("CE1001", "Acme"))
    app = OncallApp(tmp_path, now=frozen_now, watch=False)
    posted: list[object] = []
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        screen = app.main
        for target in (screen, app):  # a request goes to the screen and bubbles up, or straight to the app
            real_post = target.post_message
            target.post_message = lambda message, real_post=real_post: (  # type: ignore[method-assign]
                isinstance(message, (OpenCase, EditRequested)) and all(m is not message for m in posted)
                and posted.append(message)) or real_post(message)
        screen.open_case("CE1001.md")
        await wait_for(pilot, lambda: getattr(getattr(app.screen, "case", None), "path", None) == "CE1001.md")
        assert posted == [OpenCase("CE1001.md")]  # the screen asked; the app opened the case view
        app.pop_screen()
        screen.action_new_case()
        await pilot.pause()
        assert posted[-1] == EditRequested("new_case", None) and app.screen is not screen  # the new-case form

def test_the_wall_is_composed_from_the_dashboards_parts_not_the_dashboard() -> None:
    assert not issubclass(WallScreen, MainScreen) and issubclass(WallScreen, CasesScreen)
    for hook in ("status_shown", "_draw_extra", "_found_shown"):
        assert not hasattr(CasesScreen, hook) and not hasattr(MainScreen, hook)
