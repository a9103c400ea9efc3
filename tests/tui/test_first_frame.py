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


def test_the_first_frame_composes_and_imports_only_what_it_shows(tmp_path: Path) -> None:
    """The edit forms, help, problems and wall screens are imported on first use; the `/` filter input and the
    loading bar are mounted after the first frame; both work as before."""
    import inspect
    import json
    import subprocess
    import sys

    for n in range(3):
        write(tmp_path, f"CE{3000 + n}.md", escalation(f"CE{3000 + n}", f"Customer {n}"))
    later = ["oncall_tui.tui.screens.pickers", "oncall_tui.tui.screens.help", "oncall_tui.tui.screens.problems",
             "oncall_tui.tui.screens.wall", "oncall_tui.tui.widgets.vim", "textual.widgets._progress_bar"]
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
        super()._start_sync()

async def main():
    app = App(Path({str(tmp_path)!r}))
    async with app.run_test(size=(160, 45)) as pilot:
        while not app.loaded:
            await asyncio.sleep(0.01)
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
                               "rows after escape": 3, "screen": "HelpScreen"}


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
