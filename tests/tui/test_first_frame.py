"""What the dashboard does before its first frame (issue 14 item 5): the CSS styled once, in the wanted theme,
only what it shows imported and composed, and the last run's rows painted until the index arrives."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from textual.color import Color

from oncall_tui.core.rows_snapshot import MAX_BYTES, MAX_CELL, RowsSnapshot, read_snapshot, write_snapshot
from oncall_tui.core.store import CaseStore
from oncall_tui.tui.app import OncallApp
from oncall_tui.tui.first_rows import KEYS_NOTE
from tests.helpers.config_settings import app_settings
from tests.helpers.tui import frozen_now, screen_text, wait_for, wait_loaded
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


def test_the_first_frame_composes_and_imports_only_what_it_shows(tmp_path: Path) -> None:
    """The edit forms, help, problems and wall screens, the dates module, git's and the palette's are imported on
    first use; the `/` filter input, the loading bar and the dashboard's side panes (a titled note in their place
    until then) are mounted after the first frame; all work as before."""
    import inspect
    import json
    import subprocess
    import sys

    for n in range(3):
        write(tmp_path, f"CE{3000 + n}.md", escalation(f"CE{3000 + n}", f"Customer {n}"))
    side = {"TimelinePane", "ItemsPane", "SentimentPane"}
    later = ["oncall_tui.tui.screens.pickers", "oncall_tui.tui.screens.help", "oncall_tui.tui.screens.problems",
             "oncall_tui.tui.screens.wall", "oncall_tui.tui.widgets.vim", "textual.widgets._progress_bar",
             # the dates module, git's sync modules (git is off here), the palette's commands
             "oncall_tui.core.dates", "oncall_tui.core.gitsync", "oncall_tui.tui.commands"]
    code = f"""
import asyncio, json, sys
from pathlib import Path
from textual.widgets import Input
from oncall_tui.tui.app import OncallApp
seen = {{}}

class App(OncallApp):
    CSS_PATH = {str(Path(inspect.getfile(OncallApp)).parent / OncallApp.CSS_PATH)!r}

    def _start_sync(self):
        seen["modules"] = [m for m in {later!r} if m in sys.modules]
        seen["widgets"] = sorted({{type(w).__name__ for w in self.screen.walk_children()}} & {{"FilterInput", "ProgressBar"}})
        seen["side panes"] = sorted({{type(w).__name__ for w in self.screen.walk_children()}} & {side!r})
        seen["in their place"] = [(w.id, str(w.border_title)) for w in self.screen.query(".-later")]
        super()._start_sync()

async def main():
    app = App(Path({str(tmp_path)!r}))
    async with app.run_test(size=(160, 45)) as pilot:
        while not app.loaded:
            await asyncio.sleep(0.01)
        seen["side panes after"] = sorted({{type(w).__name__ for w in app.screen.walk_children()}} & {side!r})
        seen["placeholders after"] = len(app.screen.query(".-later"))
        await pilot.press("slash", "3", "0", "0", "1")
        await pilot.pause()
        seen["focused"] = type(app.focused).__name__
        seen["rows"] = [app.main.table.case(p).id for p in app.main.table.shown_paths]
        await pilot.press("escape")
        await pilot.pause()
        seen["rows after escape"] = len(app.main.table.shown_paths)
        await pilot.press("question_mark")
        await pilot.pause()
        seen["screen"] = type(app.screen).__name__
    print(json.dumps(seen))

asyncio.run(main())
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60).stdout
    assert json.loads(out) == {"modules": [], "widgets": [], "focused": "FilterInput", "rows": ["CE3001"],
                               "rows after escape": 3, "screen": "HelpScreen", "side panes": [],
                               "in their place": [["timeline", "Timeline"], ["items", "Action items"],
                                                  ["sentiment-pane", "Sentiment"]],
                               "side panes after": sorted(side), "placeholders after": 0}


def test_no_garbage_collection_from_the_command_to_the_first_frame(tmp_path: Path) -> None:
    """The command stops the cyclic collector before it loads the settings and Textual; the app's first frame
    (or a start that ends before one) turns it back on."""
    import inspect
    import json
    import subprocess
    import sys

    write(tmp_path, "CE3000.md", escalation("CE3000", "Acme"))
    code = f"""
import asyncio, gc, json
from pathlib import Path
from oncall_tui import cli
from oncall_tui.tui.app import OncallApp
from oncall_tui.tui.collector import pause_until_first_frame
seen = {{}}

def run_tui(args):
    seen["in the command"] = gc.isenabled()
    return 0

real_run_tui, cli._run_tui = cli._run_tui, run_tui
cli.main([{str(tmp_path)!r}])
seen["after the command"] = gc.isenabled()
cli._run_tui = real_run_tui
seen["a start that stops early"] = [cli.main([{str(tmp_path / "missing")!r}]), gc.isenabled()]

class App(OncallApp):
    CSS_PATH = {str(Path(inspect.getfile(OncallApp)).parent / OncallApp.CSS_PATH)!r}

    def _start_sync(self):
        seen["before the first frame"] = gc.isenabled()
        super()._start_sync()
        seen["after it"] = gc.isenabled()

async def main():
    pause_until_first_frame()
    app = App(Path({str(tmp_path)!r}))
    async with app.run_test() as pilot:
        while not app.loaded:
            await asyncio.sleep(0.01)
    print(json.dumps(seen))

asyncio.run(main())
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60).stdout
    assert json.loads(out.splitlines()[-1]) == {"in the command": False, "after the command": True,
                                                "a start that stops early": [2, True],
                                                "before the first frame": False, "after it": True}


# -- rows in the first frame: the last run's snapshot (tui/first_rows.py, core/rows_snapshot.py) -----------------


class HeldStore(CaseStore):
    """A real store whose first load waits until the test lets it go: the index is held back."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.go = threading.Event()

    def load_all(self, *args, **kwargs):  # noqa: ANN201 (as CaseStore's)
        assert self.go.wait(30), "the test never let the load go"
        return super().load_all(*args, **kwargs)


async def _first_run(folder: Path, *, wall: bool = False) -> list[str]:
    """A start that reads the index and quits: it leaves the snapshot; returns the ids it showed."""
    app = OncallApp(folder, now=frozen_now, watch=False, wall=wall)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await wait_for(pilot, lambda: app.first_rows.path.exists())
        return [app.main.table.case(path).id for path in app.main.table.shown_paths]


async def _held_start(folder: Path, check, *, wall: bool = False) -> OncallApp:
    """A start whose index is held back: *check(app, first_frame_text)* runs in it; then the load goes."""
    store = HeldStore(folder)
    app = OncallApp(folder, now=frozen_now, watch=False, wall=wall, store=store)
    first: list[str] = []
    start_sync = app._start_sync

    def at_first_frame() -> None:
        first.append(screen_text(app))
        start_sync()

    app._start_sync = at_first_frame  # type: ignore[method-assign]
    async with app.run_test(size=(160, 45)) as pilot:
        try:
            await wait_for(pilot, lambda: first)
            await check(app, pilot, first[0])
        finally:
            store.go.set()
        await wait_loaded(pilot)
        await check(app, pilot, None)
    return app


def _row_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if "CE30" in line]


async def test_a_second_start_paints_the_last_rows_in_its_first_frame_then_the_index_replaces_them(
        tmp_path: Path) -> None:
    for n in range(4):
        write(tmp_path, f"CE{3000 + n}.md", escalation(f"CE{3000 + n}", f"Customer {n}", priority="P2"))
    write(tmp_path, "CE3009.md", escalation("CE3009", "Gone Co", status="Closed"))
    shown = await _first_run(tmp_path)
    assert sorted(shown) == ["CE3000", "CE3001", "CE3002", "CE3003"]
    (tmp_path / "CE3003.md").unlink()  # changed while the app was not running: the snapshot still has it
    seen: dict[str, object] = {}

    async def check(app: OncallApp, pilot, first: str | None) -> None:
        table = app.main.table
        if first is not None:
            assert not app.loaded and table.row_count == 0  # the index is held back
            seen["first"] = first
            # A row key on a snapshot row acts on nothing: Enter opens nothing, an edit key says why.
            await pilot.press("enter", "S")
            await pilot.pause()
            seen["screen"] = type(app.screen).__name__
            seen["toasts"] = [toast.message for toast in app.toasts]
            return
        seen["loaded"] = "\n".join(table.render_line(y).text for y in range(6))
        seen["title"] = str(app.main.cases_pane.border_title)
        seen["rows"] = [table.case(path).id for path in table.shown_paths]
        seen["showing"] = app.first_rows.showing

    await _held_start(tmp_path, check)
    first = str(seen["first"])
    assert [line.split()[1] for line in _row_lines(first)] == shown  # the last run's rows, in its order
    assert "4 open: P1 0 P2 4" in first and "rows from the last start" in first and "Loading cases" not in first
    assert seen["screen"] == "MainScreen" and seen["toasts"] == [KEYS_NOTE]
    assert sorted(seen["rows"]) == ["CE3000", "CE3001", "CE3002"] and seen["showing"] is None
    loaded = str(seen["loaded"])
    assert "CE3003" not in loaded and len(_row_lines(loaded)) == 3
    assert seen["title"] == "Open escalations (3 of 4)"


async def test_no_snapshot_means_the_first_frame_is_as_before(tmp_path: Path) -> None:
    write(tmp_path, "CE3000.md", escalation("CE3000", "Acme"))
    seen: list[str] = []

    async def check(app: OncallApp, pilot, first: str | None) -> None:
        if first is not None:
            seen.append(first)
            assert app.first_rows.showing is None

    app = await _held_start(tmp_path, check)
    assert "Loading cases" in seen[0] and not _row_lines(seen[0])
    assert app.first_rows.path.exists()  # written once the index was in the table


async def test_a_view_change_drops_the_snapshot(tmp_path: Path) -> None:
    write(tmp_path, "CE3000.md", escalation("CE3000", "Acme"))
    await _first_run(tmp_path)

    async def check(app: OncallApp, pilot, first: str | None) -> None:
        if first is not None:
            assert _row_lines(first)
            await pilot.press("o")  # all cases: the snapshot was of the open ones
            await pilot.pause()
            assert app.first_rows.showing is None and not _row_lines(screen_text(app))

    await _held_start(tmp_path, check)


async def test_a_hostile_snapshot_is_shown_literally(tmp_path: Path) -> None:
    write(tmp_path, "CE3000.md", escalation("CE3000", "Acme"))
    await _first_run(tmp_path)
    path = OncallApp(tmp_path).first_rows.path
    data = json.loads(path.read_bytes())
    data["rows"][0][0] = "[@click=app.quit]"
    data["rows"][0][1] = "[/]\x1b[31mred\x1b]0;t\x07"
    data["title"] = "[b]Title[/b] \x1b[2J"
    path.write_text(json.dumps(data))

    async def check(app: OncallApp, pilot, first: str | None) -> None:
        if first is not None:
            assert " [@click=app.… " in first  # brackets are characters, not markup (the cell cut to its column)
            assert "[/]\\x1b[31m" in first and "\x1b" not in first  # control characters shown as escapes
            assert "[b]Title[/b] \\x1b[2J" in first
            await pilot.click("#cases-table", offset=(20, 1))  # on the snapshot row: no link, no quit
            await pilot.pause()
            assert app.is_running and type(app.screen).__name__ == "MainScreen"

    await _held_start(tmp_path, check)


@pytest.mark.parametrize("garble", ["not json", "huge", "wrong key", "short row", "bad count", "nested"])
async def test_a_garbled_snapshot_is_ignored(tmp_path: Path, garble: str) -> None:
    write(tmp_path, "CE3000.md", escalation("CE3000", "Acme"))
    await _first_run(tmp_path)
    path = OncallApp(tmp_path).first_rows.path
    data = json.loads(path.read_bytes())
    if garble == "wrong key":
        data["key"] = "0" * 64
    elif garble == "short row":
        data["rows"][0] = data["rows"][0][:2]
    elif garble == "bad count":
        data["counts"]["P1\x1b[2J"] = 3
    elif garble == "nested":
        data["rows"][0][0] = ["CE3000"]
    raw = json.dumps(data).encode()
    if garble == "not json":
        raw = raw[:-5]
    elif garble == "huge":
        raw += b" " * MAX_BYTES  # still the same JSON: only its size is wrong
    path.write_bytes(raw)

    async def check(app: OncallApp, pilot, first: str | None) -> None:
        if first is not None:
            assert app.first_rows.showing is None and "Loading cases" in first and not _row_lines(first)
        else:
            assert _row_lines(screen_text(app))

    await _held_start(tmp_path, check)


def test_snapshot_files_are_read_only_when_whole_and_of_the_right_shape(tmp_path: Path) -> None:
    path = tmp_path / "x.rows.json"
    good = RowsSnapshot((("a", "b"),), {"P1": 1}, 0, "t")
    assert write_snapshot(path, good.to_json("k"))
    assert read_snapshot(path, "k", columns=2, priorities=frozenset({"P1"})) == good
    assert read_snapshot(path, "other", columns=2, priorities=frozenset({"P1"})) is None
    assert read_snapshot(path, "k", columns=3, priorities=frozenset({"P1"})) is None
    assert read_snapshot(path, "k", columns=2, priorities=frozenset({"P2"})) is None
    for raw in (b"[]", b"{}", b"\xff\xfe", b"[" * 100_000, b'{"format": 1}', good.to_json("k")[:-1]):
        path.write_bytes(raw)
        assert read_snapshot(path, "k", columns=2, priorities=frozenset({"P1"})) is None
    data = json.loads(good.to_json("k"))
    for field, value in (("problems", -1), ("problems", True), ("title", 3), ("rows", [["a", 2]]),
                         ("counts", {"P1": "1"}), ("rows", [["a", "b" * (MAX_CELL + 1)]])):
        path.write_text(json.dumps({**data, field: value}))
        assert read_snapshot(path, "k", columns=2, priorities=frozenset({"P1"})) is None, (field, value)
    # An unwritable cache folder: nothing written, no error.
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert not write_snapshot(blocker / "cache" / "x.rows.json", good.to_json("k"))


def test_a_fifo_or_a_link_at_the_snapshot_path_is_not_read(tmp_path: Path) -> None:
    import os
    import threading

    good = RowsSnapshot((("a", "b"),), {"P1": 1}, 0, "t")
    real = tmp_path / "real.rows.json"
    assert write_snapshot(real, good.to_json("k"))
    link = tmp_path / "link.rows.json"
    link.symlink_to(real)
    assert read_snapshot(link, "k", columns=2, priorities=frozenset({"P1"})) is None
    fifo = tmp_path / "fifo.rows.json"
    os.mkfifo(fifo)
    answer: list[object] = []
    reader = threading.Thread(target=lambda: answer.append(
        read_snapshot(fifo, "k", columns=2, priorities=frozenset({"P1"}))), daemon=True)
    reader.start()
    reader.join(30)  # a hang bound: a blocking open of a FIFO with no writer never returns
    assert answer == [None]


async def test_no_snapshot_where_the_cache_folder_cannot_be_written(tmp_path: Path, monkeypatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("ONCALL_TUI_CACHE_DIR", str(blocker / "cache"))
    folder = tmp_path / "cases"
    write(folder, "CE3000.md", escalation("CE3000", "Acme"))
    app = OncallApp(folder, now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.pause(0.1)
        assert app.main.table.row_count == 1
    assert not app.first_rows.path.exists() and app.return_code in (None, 0)


async def test_the_wall_paints_the_last_rows_too(tmp_path: Path) -> None:
    write(tmp_path, "CE3000.md", escalation("CE3000", "Acme", priority="P1"))
    await _first_run(tmp_path, wall=True)

    async def check(app: OncallApp, pilot, first: str | None) -> None:
        if first is not None:
            assert [line.split()[1] for line in _row_lines(first)] == ["CE3000"]

    await _held_start(tmp_path, check, wall=True)


async def test_rows_that_changed_after_the_load_are_saved_at_quit(tmp_path: Path) -> None:
    """After the load the snapshot is written once; later changes (a rescan here) are written at quit."""
    write(tmp_path, "CE3000.md", escalation("CE3000", "Acme"))
    app = OncallApp(tmp_path, now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await wait_for(pilot, lambda: app.first_rows.path.exists())
        written = app.first_rows.path.read_bytes()
        write(tmp_path, "CE3001.md", escalation("CE3001", "Newco", priority="Critical"))
        app.sync.request((), rescan=True)  # (rescan_now asks for none while nothing watches: watch=False)
        await wait_for(pilot, lambda: app.main.table.row_count == 2)
        await pilot.pause(0.2)
        assert app.first_rows.path.read_bytes() == written  # nothing written while it runs
        app.exit()
    assert b"CE3001" in app.first_rows.path.read_bytes()

    async def check(app: OncallApp, pilot, first: str | None) -> None:
        if first is not None:
            # (• : CE3001 changed since the seen mark, as the row showed it at quit)
            assert sorted(line.split()[1] for line in _row_lines(first)) == ["CE3000", "•CE3001"]

    await _held_start(tmp_path, check)
