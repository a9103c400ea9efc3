"""Bindings are declared once with ids; the help and the README list every one."""

from __future__ import annotations

from pathlib import Path

from textual.binding import Binding

from oncall_tui.tui.app import OncallApp
from oncall_tui.tui.keys import KEYS
from oncall_tui.tui.screens.case import CaseScreen
from oncall_tui.tui.screens.help import HelpScreen
from oncall_tui.tui.screens.cases_screen import CasesScreen
from oncall_tui.tui.screens.main import MainScreen
from oncall_tui.tui.screens.problems import ProblemList, ProblemsScreen
from oncall_tui.tui.widgets.actions import ItemsPane
from oncall_tui.tui.widgets.cases import CasesTable
from oncall_tui.tui.widgets.cases_pane import FilterInput
from oncall_tui.tui.widgets.listpane import ListPane
from oncall_tui.tui.widgets.sentiment import CustomerList
from oncall_tui.tui.screens.conflict import ConflictScreen
from oncall_tui.tui.screens.history import HistoryScreen
from oncall_tui.tui.screens.wall import WallScreen
from oncall_tui.tui.widgets.timeline import TimelinePane

OURS = [OncallApp, CasesScreen, MainScreen, CasesTable, FilterInput, ListPane, TimelinePane, ItemsPane, CustomerList,
        CaseScreen, HelpScreen, ProblemsScreen, ProblemList, WallScreen, ConflictScreen, HistoryScreen]


def test_ids_are_unique_and_every_binding_of_ours_has_a_declared_id() -> None:
    ids = [k.id for k in KEYS]
    assert len(ids) == len(set(ids))
    for cls in OURS:
        for binding in cls.__dict__.get("BINDINGS", []):
            assert isinstance(binding, Binding) and binding.id in ids, (cls.__name__, binding)


def test_readme_lists_every_key_and_shows_the_screenshot(repo_root: Path) -> None:
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Keys") :]
    section = section[: section.index("\n## ", 4)]
    for key in KEYS:
        assert f"| `{key.shown_keys}` | {key.scope} | {key.long} |" in section, key.id
    assert "](docs/main.svg)" in readme
    svg = (repo_root / "docs" / "main.svg").read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "Open escalations" in svg.replace("&#160;", " ")


async def test_a_keymap_moves_a_binding_by_id(tmp_path: Path, data_dir: Path) -> None:
    from oncall_tui.tui.screens.help import keys_table
    from tests.helpers.tui import copy_samples, frozen_now, wait_loaded

    folder = copy_samples(data_dir, tmp_path / "data")
    app = OncallApp(folder, now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        app.set_keymap({"cases.toggle_open": "A"})
        table = app.main.table
        await pilot.press("o")
        assert table.open_only  # the old key does nothing now
        await pilot.press("A")
        assert not table.open_only
        keys = [str(c) for c in keys_table({"cases.toggle_open": "A"}).columns[0]._cells]
        before = [str(c) for c in keys_table({}).columns[0]._cells]
        assert "A" in keys and keys.count("o") == before.count("o") - 1  # o stays only for the items' overdue view


async def test_the_key_bar_follows_the_focus_and_runs_a_clicked_key(data_dir: Path) -> None:
    from oncall_tui.tui.widgets.keybar import KeyBar

    app = OncallApp(data_dir, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        line = bar.render().plain
        assert line.startswith(" ⏎ Open  o Open/all ") and line.rstrip().endswith("▏^p palette")
        assert len(line) == 160
        await pilot.press("tab")  # the timeline pane: its own keys, not the table's
        await pilot.pause()
        line = bar.render().plain
        assert "t All/this" in line and "o Open/all" not in line
        start = line.index("? Help")
        await pilot.click(KeyBar, offset=(start, 0))
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "esc" in app.screen.query_one(KeyBar).render().plain
