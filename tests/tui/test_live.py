"""The dashboard follows the folder: real files changed under a running app with the real watcher."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from oncall_tui.tui.app import OncallApp
from tests.tui.casefiles import escalation, write
from tests.helpers.tui import frozen_now, screen_text, wait_for, wait_loaded

TIMEOUT = 30.0  # only catches a hang


def flashed(table, path: str) -> bool:
    cell = table.get_cell(path, "id")
    return any(not isinstance(span.style, str) and span.style.bgcolor is not None for span in cell.spans)


def notes(app: OncallApp) -> list[str]:
    """The dashboard's toast lines for folder changes, as shown now."""
    return app.main.news.lines


def two_cases(folder: Path) -> OncallApp:
    """CE1001 (Acme Rockets, P2) and CE1002 (Bolt Bikes, P1) in *folder*, and a watching app on it."""
    write(folder, "CE1001.md", escalation("CE1001", "Acme Rockets", priority="High"))
    write(folder, "CE1002.md", escalation("CE1002", "Bolt Bikes", priority="Critical"))
    return OncallApp(folder, now=frozen_now, watch=True)


def many_cases(folder: Path, count: int, first: int) -> None:
    """*count* P2 escalations CE<first>… for "Customer 0"…"""
    for n in range(count):
        write(folder, f"CE{first + n}.md", escalation(f"CE{first + n}", f"Customer {n}", priority="High"))


async def test_panes_follow_writes_edits_renames_deletes_and_vim_saves(tmp_path: Path) -> None:
    app = two_cases(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        table = app.main.table
        table.sort_mode = "priority"  # this test follows rows by priority (the default sort is time to breach)
        assert table.shown_paths == ["CE1002.md", "CE1001.md"]  # P1 first
        await pilot.press("j")
        assert table.selected_path == "CE1001.md"
        await pilot.pause(0.3)  # let the watcher settle in

        # A new file appears: a row is added, flashed, and a toast names the case.
        write(tmp_path, "new/CE1003.md", escalation("CE1003", "Comet Coffee", priority="Low"))
        await wait_for(pilot, lambda: "new/CE1003.md" in table.shown_paths, TIMEOUT)
        assert table.selected_path == "CE1001.md"  # the cursor stayed on its case
        assert "new/CE1003.md" in table.flashing
        assert flashed(table, "new/CE1003.md")  # the row is drawn on the flash background…
        assert any("CE1003" in n and "Comet Coffee" in n for n in notes(app))
        assert table.get_cell("new/CE1003.md", "priority").plain == "P4"
        await wait_for(pilot, lambda: "new/CE1003.md" not in table.flashing, TIMEOUT)  # …briefly
        assert not flashed(table, "new/CE1003.md")

        # Modify the selected case: its cells and the side panes follow in place.
        write(tmp_path, "CE1001.md", escalation("CE1001", "Acme Rockets", priority="Critical", event="Fresh event"))
        await wait_for(pilot, lambda: table.get_cell("CE1001.md", "priority").plain == "P1", TIMEOUT)
        assert table.selected_path == "CE1001.md"
        # The side panes are redrawn one refresh after the table's patch (two short loop turns, not one long one).
        await wait_for(pilot, lambda: any("Fresh event" in row for row in app.main.timeline.row_texts), TIMEOUT)

        # Rename: the old path goes, the new one comes (an add and a delete, both re-read from disk).
        os.rename(tmp_path / "CE1002.md", tmp_path / "CE1002-renamed.md")
        await wait_for(pilot, lambda: "CE1002-renamed.md" in table.shown_paths and "CE1002.md" not in table.shown_paths, TIMEOUT)

        # Vim-style save: original renamed to a backup, a new file written, the backup deleted.
        target = tmp_path / "new" / "CE1003.md"
        backup = tmp_path / "new" / "CE1003.md~"
        os.rename(target, backup)
        target.write_text(escalation("CE1003", "Comet Coffee", priority="Low", status="Closed"), encoding="utf-8")
        backup.unlink()
        await wait_for(pilot, lambda: "new/CE1003.md" not in table.shown_paths, TIMEOUT)
        assert app.store.get("new/CE1003.md").status == "closed"  # updated, not lost
        await pilot.press("o")
        assert "new/CE1003.md" in table.shown_paths
        await pilot.press("o")

        # Delete: the row goes; the cursor lands on a neighbour.
        (tmp_path / "CE1001.md").unlink()
        await wait_for(pilot, lambda: "CE1001.md" not in table.shown_paths, TIMEOUT)
        assert table.selected_path in table.shown_paths
        assert any("Removed CE1001" in n for n in notes(app))

        # Non-case files never reach the table.
        write(tmp_path, "notes.pdf", "x")
        write(tmp_path, ".hidden.md", escalation("CE1009", "Hidden"))
        await pilot.pause(0.5)
        assert sorted(table.shown_paths) == ["CE1002-renamed.md"]
        assert app.store.by_id("CE1009") is None

        # Status bar counts follow too.
        assert app.info.counts["P1"] == 1


async def test_case_view_follows_its_file(tmp_path: Path) -> None:
    write(tmp_path, "CE1001.md", escalation("CE1001", "Acme Rockets"))
    app = OncallApp(tmp_path, now=frozen_now, watch=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("enter")
        await wait_for(pilot, lambda: getattr(app.screen, "loaded", False))
        screen = app.screen
        await pilot.pause(0.3)
        write(tmp_path, "CE1001.md", escalation("CE1001", "Acme Rockets", event="Brand new development"))
        await wait_for(pilot, lambda: "Brand new development" in screen.query_one("Markdown").source, TIMEOUT)
        (tmp_path / "CE1001.md").unlink()
        await wait_for(pilot, lambda: "removed from the folder" in screen_text(app), TIMEOUT)


async def test_folder_vanishes_and_returns(tmp_path: Path) -> None:
    root = tmp_path / "cases"
    write(root, "CE1001.md", escalation("CE1001", "Acme Rockets"))
    app = OncallApp(root, now=frozen_now, watch=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        table = app.main.table
        assert table.shown_paths == ["CE1001.md"]
        await pilot.pause(0.3)
        shutil.rmtree(root)
        await wait_for(pilot, lambda: table.row_count == 0, TIMEOUT)
        await wait_for(pilot, lambda: app.info.folder_missing, TIMEOUT)
        write(root, "CE2002.md", escalation("CE2002", "Bolt Bikes"))
        await wait_for(pilot, lambda: table.shown_paths == ["CE2002.md"], TIMEOUT)
        assert not app.info.folder_missing
        # The watcher was restarted on the new folder: later edits are seen again.
        write(root, "CE2003.md", escalation("CE2003", "Comet Coffee"))
        await wait_for(pilot, lambda: "CE2003.md" in table.shown_paths, TIMEOUT)


async def test_rescan_catches_what_a_deaf_watcher_missed_and_restarts_it(tmp_path: Path) -> None:
    write(tmp_path, "CE1001.md", escalation("CE1001", "Acme Rockets"))
    app = OncallApp(tmp_path, now=frozen_now, watch=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        table = app.main.table
        await pilot.pause(0.3)
        app.sync.stop()  # the watcher goes deaf
        await pilot.pause(0.8)
        write(tmp_path, "CE1002.md", escalation("CE1002", "Bolt Bikes"))
        await pilot.pause(0.5)
        assert "CE1002.md" not in table.shown_paths
        await pilot.press("ctrl+r")  # what the 30-second timer does
        await wait_for(pilot, lambda: "CE1002.md" in table.shown_paths, TIMEOUT)
        # It found something the watcher missed, so a new watcher is running: edits are followed again.
        await pilot.pause(0.8)
        write(tmp_path, "CE1003.md", escalation("CE1003", "Comet Coffee"))
        await wait_for(pilot, lambda: "CE1003.md" in table.shown_paths, TIMEOUT)


async def test_a_bulk_change_patches_rows_without_flashing_each(tmp_path: Path) -> None:
    """A git checkout or a storm changes many rows at once: no flash for each, only for a few."""
    many_cases(tmp_path, 30, 1100)
    app = OncallApp(tmp_path, now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        table = app.main.table
        paths = sorted(table.shown_paths)
        table.apply(app.store.get, paths)  # a bulk update of every row
        await pilot.pause()
        assert table.flashing == {}
        assert not any(flashed(table, path) for path in paths)
        table.apply(app.store.get, paths[:2])  # a few rows: flashed
        await pilot.pause()
        assert set(table.flashing) == set(paths[:2])
        assert flashed(table, paths[0]) and not flashed(table, paths[5])


async def test_one_changed_file_redraws_one_row_of_the_table(tmp_path: Path, monkeypatch) -> None:
    """The table draws rows as cached lines: a change to one case draws that row again and no other."""
    from oncall_tui.tui.widgets.cases import CasesTable

    many_cases(tmp_path, 30, 1100)
    drawn: list[str] = []
    original = CasesTable.draw_row

    def draw_row(self, path: str, *args):  # called only when the line cache has no line for what the row shows
        drawn.append(path)
        return original(self, path, *args)

    monkeypatch.setattr(CasesTable, "draw_row", draw_row)
    app = OncallApp(tmp_path, now=frozen_now, watch=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.pause(0.3)
        table = app.main.table
        assert len(drawn) >= 20  # the first frame drew every visible row
        drawn.clear()
        write(tmp_path, "CE1115.md", escalation("CE1115", "Renamed Co", priority="High"))
        await wait_for(pilot, lambda: table.get_cell("CE1115.md", "customer").plain == "Renamed Co", TIMEOUT)
        await pilot.pause(0.3)
        assert set(drawn) == {"CE1115.md"}, drawn  # drawn again for the change (and its flash), nothing else
        drawn.clear()
        await pilot.press("pagedown")
        assert table.cursor_row > 10 and table.selected_path == table.shown_paths[table.cursor_row]
        await pilot.press("pageup")
        assert table.cursor_row == 0


async def test_rows_off_screen_are_not_drawn_until_they_are_shown(tmp_path: Path) -> None:
    """At 10,000 rows most never reach the screen: their cells are made when a row is first drawn."""
    many_cases(tmp_path, 300, 2000)
    app = OncallApp(tmp_path, now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.pause()
        table = app.main.table
        assert table.row_count == 300
        on_screen = set(table.shown_paths[:table.scrollable_content_region.height])
        assert table.model.looks.drawn() <= on_screen and len(table.model.looks.drawn()) >= 20
        last = table.shown_paths[-1]
        assert table.get_cell(last, "customer").plain.startswith("Customer ")  # made when asked for
        await pilot.press("end")
        await pilot.pause()
        assert f"Customer {int(table.case(table.shown_paths[-1]).id[2:]) - 2000}" in screen_text(app)
        assert len(table.model.looks.drawn()) < 100


async def test_a_row_changed_while_filtered_out_comes_back_changed(tmp_path: Path) -> None:
    """Hidden rows keep their drawn cells for the filter; a change while hidden must still show."""
    app = two_cases(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        table = app.main.table
        table.sort_mode = "priority"  # this test follows rows by priority (the default sort is time to breach)
        assert table.shown_paths == ["CE1002.md", "CE1001.md"]  # P1 first
        await pilot.press("slash", *"acme")
        await wait_for(pilot, lambda: table.shown_paths == ["CE1001.md"], TIMEOUT)
        with pytest.raises(KeyError):
            table.get_cell("CE1002.md", "priority")  # hidden rows have no visible cells
        write(tmp_path, "CE1002.md", escalation("CE1002", "Bolt Bikes", priority="Low"))
        await wait_for(pilot, lambda: table.case("CE1002.md").priority == "P4", TIMEOUT)
        await pilot.press("escape")
        await wait_for(pilot, lambda: table.shown_paths == ["CE1001.md", "CE1002.md"], TIMEOUT)  # P2 before P4 now
        assert table.get_cell("CE1002.md", "priority").plain == "P4"
        assert "Bolt Bikes" in screen_text(app)


async def test_change_news_come_and_go_without_mounting_a_widget_each(tmp_path: Path, monkeypatch) -> None:
    """The news of a folder changing all day reuse one widget (Textual's toasts mount one per message, and a
    real terminal kept closed ones alive); each line names its case and goes after a few seconds."""
    from oncall_tui.tui.widgets import news

    monkeypatch.setattr(news, "SHOW_SECONDS", 0.6)
    app = two_cases(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.pause(0.3)
        widgets = len(list(app.screen.walk_children()))
        assert not app.main.news.display and app.main.news.lines == []
        for n in range(5):
            write(tmp_path, f"CE20{n:02}.md", escalation(f"CE20{n:02}", f"Customer {n}"))
            await wait_for(pilot, lambda n=n: any(f"CE20{n:02}" in line for line in app.main.news.lines), TIMEOUT)
        assert app.main.news.display
        assert len(app.main.news.lines) <= news.MOST_LINES
        shown = screen_text(app)
        assert any(line in shown for line in app.main.news.lines if len(line) < 70)
        assert not app.toasts  # no Textual toast for folder news
        # A burst's running count is one line, rewritten in place (the box keeps its size: no layout pass).
        app.main.news.say("3 changes: CE2000 and 2 more", key="burst")
        app.main.news.say("7 changes: CE2000 and 6 more", key="burst")
        assert [line for line in app.main.news.lines if "changes:" in line] == ["7 changes: CE2000 and 6 more"]
        await wait_for(pilot, lambda: not app.main.news.lines, TIMEOUT)
        await pilot.pause()
        assert not app.main.news.display
        assert len(list(app.screen.walk_children())) == widgets


async def test_a_burst_summary_due_while_the_screen_is_taken_apart_is_dropped(tmp_path: Path) -> None:
    """The burst's summary timer can fire after the dashboard's widgets are gone (found at quit, after a git
    checkout of 200 files); the line then has nowhere to go and is dropped, not a NoMatches."""
    (tmp_path / "CE1001.md").write_text("# CE1001 - One\n\nStatus: Open\n", encoding="utf-8")
    app = OncallApp(tmp_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot)
        app.news.show([f"CE100{n} changed" for n in range(5)])  # more than a toast's worth: a burst
        assert app.news.pending == (5, "CE1000 changed")
        await app.main.news.remove()  # as when the screen is taken apart
        app.news.end_burst()  # raised NoMatches before
        assert app.news.pending is None
