"""Panes and screens ask for edits with EditRequested, carrying their own selection (no call into the app).

The pane and the case view run here in a bare Textual app that only records the requests it gets.
"""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import App, ComposeResult

from oncall_tui.core.parse import parse_bytes
from oncall_tui.tui.messages import EditRequested
from oncall_tui.tui.screens.case import CaseScreen
from oncall_tui.tui.widgets.actions import ItemsPane
from tests.tui.casefiles import escalation, write
from tests.helpers.tui import frozen_now, wait_for

TIMEOUT = 30.0  # only catches a hang


class Recorder(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.requests: list[EditRequested] = []

    @on(EditRequested)
    def _requested(self, message: EditRequested) -> None:
        self.requests.append(message)


class ItemsApp(Recorder):
    def __init__(self, case) -> None:  # noqa: ANN001 (a Case)
        super().__init__()
        self.case = case

    def compose(self) -> ComposeResult:
        yield ItemsPane(frozen_now, id="items")

    def on_mount(self) -> None:
        pane = self.query_one(ItemsPane)
        pane.show(self.case, [self.case], same_case=False)
        pane.focus()


async def test_space_and_i_on_an_item_post_its_case_and_line(tmp_path: Path) -> None:
    raw = escalation("CE1001", "Acme Rockets").encode()
    case = parse_bytes(raw, "2026/CE1001.md")
    second = case.action_items[1]
    app = ItemsApp(case)
    async with app.run_test(size=(100, 20)) as pilot:
        pane = app.query_one(ItemsPane)
        await wait_for(pilot, lambda: pane.option_count > 0, TIMEOUT)
        for index in range(pane.option_count):  # down to the second item's row
            pane.highlighted = index
            if (chosen := pane.selected_item()) is not None and chosen[1] == second:
                break
        await pilot.press("space", "i")
        await wait_for(pilot, lambda: len(app.requests) == 2, TIMEOUT)
    assert [(r.kind, r.path, r.item_line) for r in app.requests] == [
        ("toggle", "2026/CE1001.md", second.line), ("in_progress", "2026/CE1001.md", second.line)]


async def test_the_case_views_edit_keys_post_the_case_shown(tmp_path: Path) -> None:
    write(tmp_path, "CE1001.md", escalation("CE1001", "Acme Rockets"))
    case = parse_bytes((tmp_path / "CE1001.md").read_bytes(), "CE1001.md")
    app = Recorder()
    async with app.run_test(size=(120, 30)) as pilot:
        app.push_screen(CaseScreen(tmp_path, case))
        await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen) and app.screen.loaded, TIMEOUT)
        await pilot.press("n", "S", "P", "A", "M", "E")
        await wait_for(pilot, lambda: len(app.requests) == 6, TIMEOUT)
    assert [(r.kind, r.path, r.item_line) for r in app.requests] == [
        ("timeline", "CE1001.md", None), ("status", "CE1001.md", None), ("priority", "CE1001.md", None),
        ("item", "CE1001.md", None), ("sentiment", "CE1001.md", None), ("editor", "CE1001.md", 1)]
