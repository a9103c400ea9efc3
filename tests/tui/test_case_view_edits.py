"""Act from the case view: S, P, M, n, A and E work on the case shown (E at the highlighted problem's line);
read-only refuses with the status bar's flash."""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from oncall_tui.tui.app import OncallApp
from oncall_tui.tui.screens.case import CaseScreen, problem_line
from oncall_tui.tui.screens.pickers import ChoiceScreen, FormScreen, TimelineEntryScreen
from tests.tui.casefiles import escalation, write
from tests.helpers.tui import frozen_now, screen_text, wait_for, wait_loaded
from tests.tui.terminal import Terminal
from tests.tui.test_editor_launch import _wait_file, fake_editor, quits
from tests.helpers.config_settings import app_settings

TIMEOUT = 30.0  # only catches a hang


def changed_lines(before: bytes, after: bytes) -> list[str]:
    diff = difflib.unified_diff(before.decode().splitlines(), after.decode().splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def two_cases(tmp_path: Path) -> Path:
    """CE1002 sorts first in the table (P1); the test opens CE1001, the second row, so a key acting on the
    table's selection instead of the case shown would write the wrong file."""
    write(tmp_path, "CE1001.md", escalation("CE1001", "Acme Rockets", priority="Low"))
    write(tmp_path, "CE1002.md", escalation("CE1002", "Borealis Air", priority="Critical"))
    return tmp_path / "CE1001.md"


async def open_case_view(pilot, app: OncallApp, case_id: str) -> None:
    await wait_loaded(pilot)
    table = app.main.table
    while app.main.selected_case().id != case_id:
        await pilot.press("j")
    await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen) and app.screen.loaded, TIMEOUT)
    assert table.selected_path == f"{case_id}.md"


async def pick(pilot, app: OncallApp, value: str) -> None:
    """Move the picker's highlight down to *value* and choose it, as a person would."""
    from textual.widgets import OptionList

    options = app.screen.query_one(OptionList)
    while options.get_option_at_index(options.highlighted).id != value:
        await pilot.press("down")
    await pilot.press("enter")


async def test_s_in_the_case_view_sets_the_status_of_the_case_shown(tmp_path: Path) -> None:
    """The short version of the test below (which goes through every edit key)."""
    path = two_cases(tmp_path)
    other = tmp_path / "CE1002.md"
    other_before = other.read_bytes()
    app = OncallApp(tmp_path, app_settings(audit__timeline=False), now=frozen_now, watch=False)  # the audit entry is tested in test_handover
    async with app.run_test(size=(120, 40)) as pilot:
        await open_case_view(pilot, app, "CE1001")
        app.main.table.move_cursor(row=0)
        before = path.read_bytes()
        await pilot.press("S")
        await wait_for(pilot, lambda: isinstance(app.screen, ChoiceScreen), TIMEOUT)
        assert "Set status of CE1001" in screen_text(app)
        await pick(pilot, app, "monitoring")
        await wait_for(pilot, lambda: path.read_bytes() != before, TIMEOUT)
        assert changed_lines(before, path.read_bytes()) == ["-Status: Open", "+Status: Monitoring"]
        await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen) and app.screen.case.status == "monitoring",
                       TIMEOUT)
    assert other.read_bytes() == other_before


@pytest.mark.slow
async def test_edit_keys_act_on_the_case_shown(tmp_path: Path) -> None:
    path = two_cases(tmp_path)
    other = tmp_path / "CE1002.md"
    other_before = other.read_bytes()
    app = OncallApp(tmp_path, app_settings(audit__timeline=False), now=frozen_now, watch=True)  # the audit entry is tested in test_handover
    async with app.run_test(size=(120, 40)) as pilot:
        await open_case_view(pilot, app, "CE1001")
        app.main.table.move_cursor(row=0)  # the dashboard's selection moves away: the view's case still wins
        await pilot.pause()

        before = path.read_bytes()
        await pilot.press("S")
        await wait_for(pilot, lambda: isinstance(app.screen, ChoiceScreen), TIMEOUT)
        assert "Set status of CE1001" in screen_text(app)
        await pick(pilot, app, "monitoring")
        await wait_for(pilot, lambda: path.read_bytes() != before, TIMEOUT)
        assert changed_lines(before, path.read_bytes()) == ["-Status: Open", "+Status: Monitoring"]
        assert isinstance(app.screen, CaseScreen)  # back on the case view, which follows its file
        await wait_for(pilot, lambda: app.screen.case.status == "monitoring", TIMEOUT)

        before = path.read_bytes()
        await pilot.press("P")
        await wait_for(pilot, lambda: isinstance(app.screen, ChoiceScreen), TIMEOUT)
        await pilot.press("home", "enter")  # P1
        await wait_for(pilot, lambda: path.read_bytes() != before, TIMEOUT)
        assert changed_lines(before, path.read_bytes())[0] == "-Priority: Low"

        before = path.read_bytes()
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, TimelineEntryScreen), TIMEOUT)
        await pilot.press(*"Rolled back", "enter")
        await wait_for(pilot, lambda: path.read_bytes() != before, TIMEOUT)
        assert "Rolled back" in changed_lines(before, path.read_bytes())[-1]

        before = path.read_bytes()
        await pilot.press("A")
        await wait_for(pilot, lambda: isinstance(app.screen, FormScreen), TIMEOUT)
        await pilot.press(*"Write the postmortem", "enter", "enter", *"tomorrow", "enter")
        await wait_for(pilot, lambda: path.read_bytes() != before, TIMEOUT)
        added = [line for line in changed_lines(before, path.read_bytes()) if line.startswith("+")]
        assert len(added) == 1 and "Write the postmortem" in added[0] and "2026-11-25" in added[0], added

        before = path.read_bytes()
        await pilot.press("M")
        await wait_for(pilot, lambda: isinstance(app.screen, FormScreen), TIMEOUT)
        await pilot.press("ctrl+u", *"Calmer now", "enter")
        await wait_for(pilot, lambda: path.read_bytes() != before, TIMEOUT)
        assert "+Overall sentiment: Calmer now" in changed_lines(before, path.read_bytes())
        await wait_for(pilot, lambda: "Calmer now" in screen_text(app), TIMEOUT)  # the view shows the new file
    assert other.read_bytes() == other_before


async def test_read_only_case_view_flashes_and_writes_nothing(tmp_path: Path) -> None:
    path = two_cases(tmp_path)
    before = path.read_bytes()
    app = OncallApp(tmp_path, now=frozen_now, watch=False, read_only=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_case_view(pilot, app, "CE1001")
        assert "READ-ONLY" in screen_text(app)
        for key in ("S", "P", "M", "n", "A", "E"):
            app.info.flash = None
            await pilot.press(key)
            await pilot.pause(0.1)
            assert isinstance(app.screen, CaseScreen), key  # no dialog, no editor
            assert "read-only: nothing written" in screen_text(app), key
    assert path.read_bytes() == before


def test_problem_lines_are_read_from_the_problem_text() -> None:
    assert problem_line("line 12: unknown priority 'Urgent'") == 12
    assert problem_line("lines 4-9: a table without a header") == 4
    assert problem_line("duplicate id CE1 (also in x.md)") is None


async def test_the_highlighted_problem_gives_the_editor_its_line(tmp_path: Path) -> None:
    """The short version of the terminal test below: what E would open, without a terminal."""
    text = escalation("CE1001", "Acme Rockets", created="the week before last")  # a problem on that line
    write(tmp_path, "CE1001.md", text)
    line = text.splitlines().index("Created: the week before last") + 1
    app = OncallApp(tmp_path, now=frozen_now, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_case_view(pilot, app, "CE1001")
        assert app.screen.editor_line() is None  # the document has the focus: line 1
        await pilot.press("tab", "tab")
        assert app.screen.focused.id == "case-problems"
        assert app.screen.editor_line() == line
        await pilot.press("E")  # no terminal to hand over here: it says so, and names the file
        await wait_for(pilot, lambda: any("open CE1001.md yourself" in str(n.message) for n in app.toasts),
                       TIMEOUT)


@pytest.mark.slow
def test_e_in_the_case_view_opens_the_editor_at_the_highlighted_problem(tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    text = escalation("CE1001", "Acme Rockets", created="the week before last")  # a problem on that line
    write(folder, "CE1001.md", text)
    line = text.splitlines().index("Created: the week before last") + 1
    record = tmp_path / "argv.json"
    editor = fake_editor(tmp_path / "bin", "vim", record)
    env = {"EDITOR": str(editor), "VISUAL": "", "HOME": str(tmp_path), "ONCALL_TUI_CONFIG": "",
           "XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    with Terminal.oncall(".", cwd=folder, env=env) as term:
        assert term.wait_for("Acme", 30), term.text()[-2000:]
        term.settle(quiet=1.0)
        term.send("\r")  # the case view
        assert term.wait_for("Parsed facts", 20), term.text()[-2000:]
        term.settle(quiet=0.5)
        term.send("\t\t")  # the document, the facts, the problem list
        term.settle(quiet=0.5)
        term.send("E")
        assert _wait_file(record, term), term.text()[-2000:]
        assert json.loads(record.read_text()) == [str(editor), f"+{line}", "--", str(folder.resolve() / "CE1001.md")]
        assert quits(term)
