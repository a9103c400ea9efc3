"""Handing over a shift in the app: seen marks, the changes view, the handover editor, copying, updates, audit."""

from __future__ import annotations

import base64
import difflib
import os
import sys
from pathlib import Path

from oncall_tui.core.changes import SeenMarks, Snapshot, diff, render, report_for
from oncall_tui.core.handover import handover_markdown, status_update_entry, status_update_text, summary_paragraph
from oncall_tui.core.store import CaseStore
from oncall_tui.tui.app import OncallApp
from oncall_tui.tui.screens.changes import ChangeList, ChangesScreen
from oncall_tui.tui.screens.draft import DraftScreen
from tests.core.handover_cases import escalation, write_folder
from tests.helpers.tui import FROZEN, frozen_now, wait_for, wait_loaded
from tests.tui.terminal import Terminal
from tests.helpers.config_settings import app_settings

TIMEOUT = 30.0  # only catches a hang


def listing(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def added_lines(before: bytes, after: bytes) -> list[str]:
    diff_lines = difflib.unified_diff(before.decode().splitlines(), after.decode().splitlines(), lineterm="", n=0)
    return [line for line in diff_lines if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def notes(app: OncallApp) -> list[str]:
    return [str(n.message) for n in app.toasts]


def reopen_quill(folder: Path) -> None:
    """Another program reopens CE7003 while the app is closed."""
    (folder / "CE7003-quill.md").write_text(escalation("CE7003", "Quill Press", priority="P3", status="Open",
                                                       owner="Ines Varga"))


async def test_marks_survive_a_restart_and_a_change_made_while_closed_is_shown(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "cases")
    before = listing(folder)
    app = OncallApp(folder, app_settings(user__name="Dana"), now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await wait_for(pilot, lambda: app.shift.last_report is not None, TIMEOUT)  # worked out off the event loop
        await pilot.pause(0.1)
        assert app.shift.last_report.basis == "none" and not isinstance(app.screen, ChangesScreen)  # nothing to compare
        await pilot.press("m")
        assert SeenMarks(folder, "Dana").latest(reason="mark") is not None
    assert listing(folder) == before  # the marks live in the state folder, never in the case folder
    reopen_quill(folder)
    app = OncallApp(folder, app_settings(user__name="Dana"), now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await wait_for(pilot, lambda: isinstance(app.screen, ChangesScreen), TIMEOUT)
        screen = app.screen
        assert [g.case_id for g in screen.report.groups] == ["CE7003"]
        # The same report and lines as the headless command (one implementation, core/changes.py).
        headless = render(report_for(app.store.cases(), SeenMarks(folder, "Dana"), FROZEN), FROZEN).splitlines()
        shown = [str(o.prompt) for o in screen.query_one(ChangeList).options]
        assert shown[0].startswith("CE7003  ") and [line.strip() for line in shown[1:]] == \
            [line.strip() for line in headless[3:]]
        assert {c.kind for c in screen.report.groups[0].changes} >= {"reopened", "status"}
        table = app.main.table
        assert table.get_cell("CE7003-quill.md", "id").plain == "•CE7003"
        assert table.get_cell("CE7001-lumen.md", "id").plain == "CE7001"
        await pilot.press("enter")  # the case's line: its case view opens, and the marker goes
        await wait_for(pilot, lambda: type(app.screen).__name__ == "CaseScreen", TIMEOUT)
        assert app.screen.case.path == "CE7003-quill.md"
        assert table.get_cell("CE7003-quill.md", "id").plain == "CE7003"
    # That session closed after seeing it: the next start has nothing new to show.
    app = OncallApp(folder, app_settings(user__name="Dana"), now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await wait_for(pilot, lambda: app.shift.last_report is not None, TIMEOUT)
        await pilot.pause(0.1)
        assert app.shift.last_report.groups == [] and not isinstance(app.screen, ChangesScreen)
        await pilot.press("c")  # on demand: an empty report
        await wait_for(pilot, lambda: isinstance(app.screen, ChangesScreen), TIMEOUT)
        assert app.screen.report.groups == []


async def test_a_change_on_disk_while_running_gets_the_marker_and_m_clears_it(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "cases")
    SeenMarks(folder, "Dana").save(Snapshot.of(_cases(folder), FROZEN, "mark"))
    app = OncallApp(folder, app_settings(user__name="Dana"), now=frozen_now, watch=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.pause(0.3)  # the watcher is in place
        table = app.main.table
        assert not table.unseen
        path = folder / "CE7002-orchard.md"
        path.write_text(path.read_text().replace("Priority: P2", "Priority: P1"))
        await wait_for(pilot, lambda: table.get_cell("CE7002-orchard.md", "id").plain == "•CE7002", TIMEOUT)
        await pilot.press("m")
        await wait_for(pilot, lambda: table.get_cell("CE7002-orchard.md", "id").plain == "CE7002", TIMEOUT)
        assert SeenMarks(folder, "Dana").latest().cases["CE7002-orchard.md"]["priority"] == "P1"


def _cases(folder: Path):
    store = CaseStore(folder)
    store.load_all()
    return store.cases()


async def test_a_handover_written_from_the_app_is_a_new_handover_file_matching_the_store(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "cases")
    marked = FROZEN.replace(hour=6)
    SeenMarks(folder, "Dana").save(Snapshot.of(_cases(folder), marked, "mark"))
    reopen_quill(folder)
    before = listing(folder)
    app = OncallApp(folder, app_settings(user__name="Dana"), now=frozen_now, watch=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await wait_for(pilot, lambda: isinstance(app.screen, ChangesScreen), TIMEOUT)
        await pilot.press("escape")
        cases = app.store.cases()
        expected = handover_markdown(cases, diff(SeenMarks(folder, "Dana").latest(), cases, FROZEN), FROZEN,
                                     sla=app.sla, user="Dana")
        await pilot.press("H")
        await wait_for(pilot, lambda: isinstance(app.screen, DraftScreen), TIMEOUT)
        assert app.screen.area.text == expected
        assert "- **P3 CE7003** Quill Press" in expected and "reopened" in expected  # the open cases, the shift
        await pilot.press("ctrl+t")  # the editor copies its text (OSC 52; the terminal test checks the bytes)
        assert app.clipboard == expected and any("terminal clipboard" in m for m in notes(app))
        await pilot.press("ctrl+s")
        rel = "handovers/2026-11-24-1200-dana.md"
        target = folder / rel
        await wait_for(pilot, lambda: target.exists(), TIMEOUT)
        assert target.read_text() == expected
        assert {k: v for k, v in listing(folder).items() if k != rel} == before  # nothing else written
        await wait_for(pilot, lambda: app.store.get(rel) is not None, TIMEOUT)
        case = app.store.get(rel)
        assert (case.kind, case.is_open) == ("handover", False)
        table = app.main.table
        # The new file is selected, as any new file made in the app (the table shows all cases for it) ...
        await wait_for(pilot, lambda: table.selected_path == rel and not table.open_only, TIMEOUT)
        assert app.info.counts == {"P1": 1, "P2": 1, "P3": 1, "P4": 0, "-": 0}  # ... and it is no open case
        await pilot.press("o")  # open cases only: a handover is never an open escalation
        await wait_for(pilot, lambda: table.open_only and rel not in table.shown_paths, TIMEOUT)
        # The previous handover is one key away in the next draft.
        await pilot.press("H")
        await wait_for(pilot, lambda: isinstance(app.screen, DraftScreen), TIMEOUT)
        assert app.screen.previous_path == rel
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: type(app.screen).__name__ == "CaseScreen", TIMEOUT)
        assert app.screen.case.path == rel


async def test_read_only_and_wall_write_nothing_into_the_case_folder(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "cases")
    before = listing(folder)
    app = OncallApp(folder, app_settings(user__name="Dana"), now=frozen_now, watch=False, read_only=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("H")
        await wait_for(pilot, lambda: isinstance(app.screen, DraftScreen), TIMEOUT)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: not isinstance(app.screen, DraftScreen), TIMEOUT)
        await wait_for(pilot, lambda: any("Read-only" in m for m in notes(app)), TIMEOUT)
        await pilot.press("U")  # an edit key: refused
        await pilot.press("m")  # a seen mark: in the user's state folder, allowed
        await pilot.pause(0.2)
    assert listing(folder) == before
    assert SeenMarks(folder, "Dana").latest(reason="mark") is not None
    wall = OncallApp(folder, app_settings(user__name="Wall"), now=frozen_now, watch=False, wall=True)
    async with wall.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        for key in ("H", "U", "m", "c"):
            await pilot.press(key)
        await pilot.pause(0.2)
        assert type(wall.screen).__name__ == "WallScreen"
    assert listing(folder) == before
    assert SeenMarks(folder, "Wall").latest(reason="close") is not None  # the state folder may hold it


async def test_status_update_is_appended_as_one_timeline_entry(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "cases")
    path = folder / "CE7001-lumen.md"
    before = path.read_bytes()
    others = {k: v for k, v in listing(folder).items() if k != "CE7001-lumen.md"}
    app = OncallApp(folder, now=frozen_now, watch=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        app.main.go_to_case("CE7001-lumen.md")  # the table opens sorted by time to breach
        await pilot.pause()
        assert app.main.selected_case().id == "CE7001"
        await pilot.press("U")
        await wait_for(pilot, lambda: isinstance(app.screen, DraftScreen), TIMEOUT)
        text = app.screen.area.text
        assert text == status_update_text(app.store.get("CE7001-lumen.md"), FROZEN)
        app.screen.area.insert("today 14:00 UTC", app.screen.area.document.end)  # the person fills the next update
        edited = app.screen.area.text
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: path.read_bytes() != before, TIMEOUT)
        assert added_lines(before, path.read_bytes()) == [
            f"+- 2026-11-24 12:00 UTC: {status_update_entry(edited)}"]
        assert edited.rstrip().endswith("Next update: today 14:00 UTC")
        assert {k: v for k, v in listing(folder).items() if k != "CE7001-lumen.md"} == others


async def test_status_and_sentiment_changes_leave_a_timeline_entry_unless_turned_off(tmp_path: Path) -> None:
    from textual.widgets import Input

    from oncall_tui.tui.screens.pickers import ChoiceScreen, FormScreen

    folder = write_folder(tmp_path / "cases")
    path = folder / "CE7001-lumen.md"
    before = path.read_bytes()
    app = OncallApp(folder, app_settings(user__name="Dana"), now=frozen_now, watch=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        app.main.go_to_case("CE7001-lumen.md")  # the table opens sorted by time to breach
        await pilot.pause()
        await pilot.press("S")
        await wait_for(pilot, lambda: isinstance(app.screen, ChoiceScreen), TIMEOUT)
        app.screen.dismiss("resolved")
        await wait_for(pilot, lambda: path.read_bytes() != before, TIMEOUT)
        assert added_lines(before, path.read_bytes()) == [
            "-Status: In Progress", "+Status: Resolved", "+Resolved: 2026-11-24 12:00 UTC",
            "+- 2026-11-24 12:00 UTC: Status: In progress → Resolved (by Dana)"]
    # The owner (W): the field the file has, and its entry.
    other = folder / "CE7002-orchard.md"
    before = other.read_bytes()
    async with OncallApp(folder, app_settings(user__name="Dana"), now=frozen_now, watch=True).run_test(size=(160, 45)) as pilot:
        app = pilot.app
        await wait_loaded(pilot)
        app.main.go_to_case("CE7002-orchard.md")
        await pilot.press("W")
        await wait_for(pilot, lambda: isinstance(app.screen, FormScreen), TIMEOUT)
        app.screen.query_one(Input).value = "Ines Varga"
        await pilot.press("enter")
        await wait_for(pilot, lambda: other.read_bytes() != before, TIMEOUT)
        assert added_lines(before, other.read_bytes()) == [
            "-Assigned Engineer: Tariq Bell", "+Assigned Engineer: Ines Varga",
            "+- 2026-11-24 12:00 UTC: Owner: Tariq Bell → Ines Varga (by Dana)"]
    quiet_folder = write_folder(tmp_path / "quiet")
    quiet = quiet_folder / "CE7002-orchard.md"
    before = quiet.read_bytes()
    app = OncallApp(quiet_folder, app_settings(audit__timeline=False), now=frozen_now, watch=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        app.main.go_to_case("CE7002-orchard.md")
        await pilot.press("M")
        await wait_for(pilot, lambda: isinstance(app.screen, FormScreen), TIMEOUT)
        field = app.screen.query_one(Input)
        field.value = "Relieved"
        await pilot.press("enter")
        await wait_for(pilot, lambda: quiet.read_bytes() != before, TIMEOUT)
        assert added_lines(before, quiet.read_bytes()) == ["-Overall sentiment: Calm", "+Overall sentiment: Relieved"]


def test_y_and_Y_send_the_text_to_the_terminal_clipboard_by_osc_52(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "cases")
    with Terminal.oncall(str(folder), cwd=tmp_path, env={"XDG_STATE_HOME": os.environ["XDG_STATE_HOME"]}) as term:
        assert term.wait_for("CE7002", 30)
        term.settle()
        for key in ("/", "CE7001", "\r"):  # the filter picks the case (the table opens sorted by time to breach)
            term.send(key)
            term.settle()
        since = term.mark()
        term.send("y")
        wanted = b"\x1b]52;c;" + base64.b64encode(b"CE7001") + b"\x07"
        assert term.wait_for(wanted, 20, since=since), term.text()[since:][-400:]
        since = term.mark()
        term.send("Y")
        assert term.wait_for(b"\x1b]52;c;", 20, since=since)
        term.settle()
        out = term.text()[since:]
        start = out.index(b"\x1b]52;c;") + len(b"\x1b]52;c;")
        copied = base64.b64decode(out[start:out.index(b"\x07", start)]).decode()
        assert copied.startswith("CE7001 · Lumen Rail · P1 · in progress: Payments from Lumen Rail fail at random.")
        store = CaseStore(folder)
        store.load_all()
        case = store.get("CE7001-lumen.md")
        # The same paragraph the core makes (its SLA figure moves with the clock: compared without it).
        from datetime import datetime

        expected = summary_paragraph(case, datetime.now().astimezone())
        strip = lambda s: " ".join(w for w in s.split() if not w[:1].isdigit())  # noqa: E731
        assert strip(copied) == strip(expected)
        term.send("q")
        assert term.exited_within(20)
    assert sys.platform  # (the pty harness is POSIX only, as the other terminal tests)


async def test_a_change_line_opens_its_case_at_the_event_or_item(tmp_path: Path) -> None:
    from oncall_tui.tui.screens.changes import ChangeList

    folder = write_folder(tmp_path / "cases")
    SeenMarks(folder, "Dana").save(Snapshot.of(_cases(folder), FROZEN.replace(hour=6), "mark"))
    (folder / "CE7002-orchard.md").write_text(escalation(
        "CE7002", "Orchard Bank", priority="P2", owner="Tariq Bell", created="2026-11-22T10:00:00+00:00",
        events=("2026-11-22 10:00 UTC: Ticket opened by Orchard Bank",
                "2026-11-22 12:30 UTC: Waiting on customer for the failing request ids",
                "2026-11-24 09:10 UTC: Orchard sent the request ids"),
        items=("[ ] Collect request ids from Orchard Bank (due 2026-11-23)", "[ ] Check the fraud rules (due 2026-12-10)",
               "[ ] Replay the failing requests (due 2026-11-25)"),
        sentiment="Calm"))
    app = OncallApp(folder, app_settings(user__name="Dana"), now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await wait_for(pilot, lambda: isinstance(app.screen, ChangesScreen), TIMEOUT)
        case = app.store.get("CE7002-orchard.md")
        event_line = next(e.line for e in case.timeline if e.text.startswith("Orchard sent"))
        item_line = next(i.line for i in case.action_items if i.text.startswith("Replay"))
        for line, pane, text in ((event_line, app.main.timeline, "Orchard sent the request ids"),
                                 (item_line, app.main.items, "Replay the failing requests")):
            if not isinstance(app.screen, ChangesScreen):
                await pilot.press("c")
                await wait_for(pilot, lambda: isinstance(app.screen, ChangesScreen), TIMEOUT)
            app.screen.query_one(ChangeList).highlighted = app.screen._targets.index(("CE7002-orchard.md", line))
            await pilot.press("enter")
            await wait_for(pilot, lambda: app.focused is pane and pane.highlighted is not None, TIMEOUT)
            assert app.main.table.selected_path == "CE7002-orchard.md"
            assert text in pane.highlighted_row().prompt.plain
